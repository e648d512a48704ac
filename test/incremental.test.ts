/**
 * The incremental path gives exactly what a full lint gives: documents are edited at random (insert,
 * delete, replace, paste a clause, change the governing law) and after every edit the incremental
 * result is compared with a fresh full lint.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintDocument } from '../server/src/core/lint';
import { IncrementalLinter } from '../server/src/core/incremental';
import type { LintOptions } from '../server/src/core/types';
import { listFixtureFiles } from './helpers/fixtures';

const root = path.join(__dirname, '..');
const examples = fs.readdirSync(path.join(root, 'examples')).filter((f) => /-(nl|no|en)\.md$/u.test(f)).map((f) => fs.readFileSync(path.join(root, 'examples', f), 'utf8'));
const fixtures = listFixtureFiles().filter((f) => f.endsWith('.md')).map((f) => fs.readFileSync(f, 'utf8'));

/** Small deterministic PRNG so a failure can be replayed from its seed. */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STEPS = Number(process.env.CLAUSELINT_INCREMENTAL_STEPS ?? 25);

const SNIPPETS = [
  'x', ' ', '\n', '\n\n', '24 maanden', 'drie (3) jaar', 'eighteen (18) months', 'to år', '## Artikel 99 – Relatiebeding\n\n',
  'Het is werknemer verboden gedurende twee (2) jaar na het einde van de arbeidsovereenkomst contact te hebben met relaties van werkgever.',
  'Op deze overeenkomst is Nederlands recht van toepassing.', 'This agreement is governed by the laws of England and Wales.',
  'Deze overeenkomst is aangegaan voor bepaalde tijd.', '<!-- clauselint-disable-next-line -->\n', '**', '- ', '> ', '```\n',
  'Het LinkedIn-profiel van werknemer is eigendom van werkgever.', 'Arbeidstaker skal ikke kontakte kunder i 18 måneder etter fratreden.',
];

function view(r: ReturnType<typeof lintDocument>) {
  return r.findings.map((f) => ({ ...f, citations: f.citations.map((c) => c.id) }));
}

function randomEdit(text: string, rnd: () => number, pool: string[]): string {
  const at = Math.floor(rnd() * (text.length + 1));
  const kind = rnd();
  if (kind < 0.35) return text.slice(0, at) + SNIPPETS[Math.floor(rnd() * SNIPPETS.length)] + text.slice(at);
  if (kind < 0.6) return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(rnd() * 40)));
  if (kind < 0.8) {
    const src = pool[Math.floor(rnd() * pool.length)];
    const from = Math.floor(rnd() * src.length);
    return text.slice(0, at) + src.slice(from, from + Math.floor(rnd() * 400)) + text.slice(at);
  }
  // one character changed in place: the typing case
  return text.slice(0, at) + String.fromCharCode(97 + Math.floor(rnd() * 26)) + text.slice(at + 1);
}

describe('incremental relint equals full lint', () => {
  const pool = [...examples, ...fixtures];
  const cases: Array<[string, LintOptions]> = [
    ['markdown', {}],
    ['markdown NO', { jurisdiction: 'NO' }],
    ['plaintext', { format: 'plaintext' }],
    ['rules off', { rules: { 'restraint-duration': 'off', 'profile-ownership': 'info' } }],
  ];
  for (const [name, options] of cases) {
    it(`after ${STEPS} random edits on each example (${name})`, () => {
      examples.forEach((start, i) => {
        const rnd = prng(1000 + i);
        const inc = new IncrementalLinter();
        let text = start;
        expect(view(inc.lint(text, options))).toEqual(view(lintDocument(text, options)));
        for (let step = 0; step < STEPS; step++) {
          text = randomEdit(text, rnd, pool);
          const a = view(inc.lint(text, options));
          const b = view(lintDocument(text, options));
          if (JSON.stringify(a) !== JSON.stringify(b)) {
            throw new Error(`mismatch at example ${i}, step ${step} (seed ${1000 + i})`);
          }
        }
      });
    });
  }
  it('reuses clauses and chunks on a one-character edit', () => {
    const inc = new IncrementalLinter();
    const text = examples.join('\n\n');
    inc.lint(text);
    const before = inc.stats;
    const mid = Math.floor(text.length / 2);
    inc.lint(text.slice(0, mid) + 'x' + text.slice(mid));
    const after = inc.stats;
    expect(after.chunkMisses - before.chunkMisses).toBeLessThanOrEqual(2);
    expect(after.chunkHits - before.chunkHits).toBeGreaterThan(10);
  });
});
