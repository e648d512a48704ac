/**
 * The incremental path gives exactly what a full lint gives: documents are edited at random (insert,
 * delete, replace, paste a clause, change the governing law) and after every edit the incremental
 * result is compared with a fresh full lint; the same from every fixture. Random edits rarely change a
 * document-level fact that an unchanged clause's findings depend on, so each fact in the clause cache
 * key (party terms, social-media document title, policy document, the employer's name) also has an
 * edit of its own; each of those tests fails when its fact is left out of the key.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LintState, lintDocument } from '../server/src/core/lint';
import { IncrementalLinter } from '../server/src/core/incremental';
import type { LintOptions } from '../server/src/core/types';
import { listFixtureFiles } from './helpers/fixtures';
import { prng } from './helpers/prng';

const root = path.join(__dirname, '..');
const examples = fs.readdirSync(path.join(root, 'examples')).filter((f) => /-(nl|no|en)\.md$/u.test(f)).map((f) => fs.readFileSync(path.join(root, 'examples', f), 'utf8'));
const fixtures = listFixtureFiles().filter((f) => f.endsWith('.md')).map((f) => fs.readFileSync(f, 'utf8'));


const STEPS = Number(process.env.CLAUSELINT_INCREMENTAL_STEPS ?? 25);
const FIXTURE_STEPS = Math.max(1, Math.round(STEPS / 6));

const SNIPPETS = [
  'x', ' ', '\n', '\n\n', '24 maanden', 'drie (3) jaar', 'eighteen (18) months', 'to år', '## Artikel 99 – Relatiebeding\n\n',
  'Het is werknemer verboden gedurende twee (2) jaar na het einde van de arbeidsovereenkomst contact te hebben met relaties van werkgever.',
  'Op deze overeenkomst is Nederlands recht van toepassing.', 'This agreement is governed by the laws of England and Wales.',
  'Deze overeenkomst is aangegaan voor bepaalde tijd.', '<!-- clauselint-disable-next-line -->\n', '**', '- ', '> ', '```\n',
  'Het LinkedIn-profiel van werknemer is eigendom van werkgever.', 'Arbeidstaker skal ikke kontakte kunder i 18 måneder etter fratreden.',
  // headings that change the parents of the clauses after them
  '#', '# ', '\n\n# Bijlage\n\n', '\n\n### 1.1 Relatiebeding\n\n', 'Concurrentiebeding ',
];

function view(r: ReturnType<typeof lintDocument>) {
  return r.findings.map((f) => ({ ...f, citations: f.citations.map((c) => c.id) }));
}

/** What the analysis gives besides findings: clauses (with parents, kinds, sentences), blocks, facts. */
function structure(r: ReturnType<typeof lintDocument>) {
  const d = r.doc;
  return {
    lang: d.lang,
    jurisdiction: d.jurisdiction,
    facts: d.facts,
    blocks: d.blocks.map((b) => `${b.kind}:${b.start}-${b.end}:${b.depth ?? ''}`).join(' '),
    clauses: d.clauses.map((c) => ({
      index: c.index,
      span: [c.start, c.end],
      heading: c.heading && [c.heading.start, c.heading.end],
      title: c.title,
      parents: c.parents,
      kinds: [...c.kinds].sort(),
      blocks: c.blocks.map((b) => `${b.start}-${b.end}`).join(' '),
      sentences: c.sentences.map((x) => `${x.start}-${x.end}:${[...(x.kinds ?? [])].sort()}:${x.text === d.masked.slice(x.start, x.end)}`).join(' '),
    })),
  };
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
          const incremental = inc.lint(text, options);
          const full = lintDocument(text, options);
          const a = view(incremental);
          const b = view(full);
          if (JSON.stringify(a) !== JSON.stringify(b)) {
            throw new Error(`mismatch at example ${i}, step ${step} (seed ${1000 + i})`);
          }
          expect(structure(incremental), `example ${i}, step ${step} (seed ${1000 + i})`).toEqual(structure(full));
        }
      });
    }, 30_000 + STEPS * 1_500);
  }
  it('a failure in the incremental path is reported and redone from scratch, not kept', () => {
    const state = new LintState();
    const text = examples[0];
    lintDocument(text, {}, undefined, state);
    (state.chunks.last as unknown as { chunks: unknown }).chunks = null; // a broken state: the reparse throws
    const edited = `${text.slice(0, text.length >> 1)}x${text.slice(text.length >> 1)}`;
    const result = lintDocument(edited, {}, undefined, state);
    expect(view(result)).toEqual(view(lintDocument(edited)));
    expect(result.internalErrors.map((e) => e.ruleId)).toEqual(['incremental']);
    const again = `${edited.slice(0, 100)}y${edited.slice(100)}`;
    const next = lintDocument(again, {}, undefined, state);
    expect(next.internalErrors).toEqual([]);
    expect(view(next)).toEqual(view(lintDocument(again)));
  });

  it('an edit in a new place after an edit elsewhere re-parses one chunk and re-runs one clause', () => {
    const inc = new IncrementalLinter();
    const text = examples.join('\n\n');
    inc.lint(text);
    const a = text.indexOf(' ', Math.floor(text.length / 3));
    let edited = `${text.slice(0, a)}x${text.slice(a)}`;
    inc.lint(edited);
    const before = inc.stats;
    const b = edited.indexOf(' ', Math.floor((2 * edited.length) / 3));
    edited = `${edited.slice(0, b)}y${edited.slice(b)}`;
    expect(view(inc.lint(edited))).toEqual(view(lintDocument(edited)));
    expect(inc.stats.chunkMisses - before.chunkMisses).toBe(1);
    expect(inc.stats.clauseMisses - before.clauseMisses).toBe(1);
  });

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
    // every clause-scoped rule is re-run on the edited clause only
    expect(after.clauseMisses - before.clauseMisses).toBe(1);
    expect(after.clauseHits - before.clauseHits).toBeGreaterThan(20);
  });

  // The document-level facts a clause-scoped rule reads are part of its cache key: an edit far from a
  // clause that changes one of them must change that clause's findings (random edits rarely do this).
  const CLEANUP = '## Artikel 9 – Sociale media\n\nBij einde dienstverband verwijdert werknemer alle via het werk verkregen connecties op LinkedIn.\n';
  const FACT_EDITS: Array<[string, string, string]> = [
    // party terms used in the model clause: "werkgever" → "Werkgever"
    ['party terms', `# Arbeidsovereenkomst\n\nDe werkgever en de werkgever spreken af dat de werkgever betaalt.\n\n${CLEANUP}`,
      `# Arbeidsovereenkomst\n\nDe Werkgever en de Werkgever spreken af dat de Werkgever betaalt, zoals de Werkgever wil.\n\n${CLEANUP}`],
    // a social-media policy by its title: a clause under it is about social media
    // (a first line, not a heading: a heading would change the clause's parents, which are in the key anyway)
    ['document title', 'Arbeidsovereenkomst\n\n## Artikel 3\n\nWerkgever controleert de berichten van werknemers.\n',
      'Socialemediabeleid\n\n## Artikel 3\n\nWerkgever controleert de berichten van werknemers.\n'],
    // a unilateral policy by its title (a sibling heading, so not a parent): a restraint in it does not bind
    ['policy document', '## Arbeidsovereenkomst\n\n## Artikel 5 – Relatiebeding\n\nHet is werknemer verboden gedurende één jaar na het einde van het dienstverband klanten van werkgever te benaderen.\n',
      '## Personeelshandboek\n\n## Artikel 5 – Relatiebeding\n\nHet is werknemer verboden gedurende één jaar na het einde van het dienstverband klanten van werkgever te benaderen.\n'],
    // the employer's own name: "the Kestrel Instagram account" is the company's
    ['employer name', 'Agreement between Kestrel Media Ltd and the Employee.\n\n## 4. Accounts\n\nThe Kestrel Instagram account and its followers belong to the Company and must be handed over on termination.\n',
      'Agreement between Kestrel Media Ltd (the "Company") and the Employee.\n\n## 4. Accounts\n\nThe Kestrel Instagram account and its followers belong to the Company and must be handed over on termination.\n'],
  ];
  for (const [name, before, after] of FACT_EDITS) {
    it(`an edit that changes a document fact relints the clauses that read it (${name})`, () => {
      const inc = new IncrementalLinter();
      expect(view(inc.lint(before))).toEqual(view(lintDocument(before)));
      expect(view(inc.lint(after))).toEqual(view(lintDocument(after)));
      expect(view(inc.lint(before))).toEqual(view(lintDocument(before)));
    });
  }
  it('the fact edits above do change findings (else they would test nothing)', () => {
    const changed = FACT_EDITS.filter(([, before, after]) => {
      const tail = (t: string) => JSON.stringify(view(lintDocument(t)).filter((f) => f.start >= t.indexOf('##')).map((f) => [f.ruleId, f.message, f.fixes.map((x) => x.edits.map((e) => e.text))]));
      return tail(before) !== tail(after);
    });
    expect(changed.map(([n]) => n)).toEqual(FACT_EDITS.map(([n]) => n));
  });

  it(`starting from every fixture (both formats, detected and NO jurisdiction), ${FIXTURE_STEPS} random edits each`, () => {
    const files = listFixtureFiles();
    let compared = 0;
    files.forEach((file, i) => {
      const format = file.endsWith('.txt') ? 'plaintext' : 'markdown';
      for (const jurisdiction of [undefined, 'NO'] as const) {
        const options: LintOptions = { format, jurisdiction };
        const rnd = prng(5000 + i);
        const inc = new IncrementalLinter();
        let text = fs.readFileSync(file, 'utf8');
        for (let step = 0; step <= FIXTURE_STEPS; step++) {
          const incremental = inc.lint(text, options);
          const full = lintDocument(text, options);
          compared++;
          const where = `${path.relative(root, file)} (${jurisdiction ?? 'detected'}), step ${step} (seed ${5000 + i})`;
          if (JSON.stringify(view(incremental)) !== JSON.stringify(view(full))) throw new Error(`mismatch on ${where}`);
          if (JSON.stringify(structure(incremental)) !== JSON.stringify(structure(full))) throw new Error(`analysis differs on ${where}`);
          text = randomEdit(text, rnd, pool);
        }
      }
    });
    expect(compared).toBe(files.length * 2 * (FIXTURE_STEPS + 1));
  }, 30_000 + FIXTURE_STEPS * 6_000);
});
