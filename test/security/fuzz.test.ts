/**
 * The engine never throws and always terminates (issue 6, item 1). fast-check feeds lintDocument() and
 * lint() (both formats, every jurisdiction and language option) random Unicode, random Markdown, contract
 * text built from the engine's own vocabulary, long lines, and mutated example contracts and fixtures
 * (globbed at run time), and every example/fixture goes through line-ending, BOM, NUL and lone-surrogate
 * transforms. Each result must hold the invariants of helpers/invariants.ts: no exception, no internal
 * error, findings sorted, ranges inside the text, line/column consistent with the offsets, fix edits
 * inside the text and touching nothing else.
 *
 * `npm test` runs the light budget (≥ 2,000 cases); `npm run fuzz` runs ×50 (≥ 100,000) and prints the
 * count. CLAUSELINT_FUZZ_SEED=<n> replays a run. Properties run in child processes that are killed when
 * a case hangs, with the input saved for a reproducer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEAVY, runs, SCALE, SEED } from './helpers/budget';
import { runFuzz, type FuzzOutcome, type FuzzTask } from './helpers/fuzz-runner';
import { killAllChildren, runList } from './helpers/child-process';
import type { LintOptions } from '../../server/src/core/types';

/** Light budget per property (×55 in `npm run fuzz`: > 100,000); with the corpus sweep ≥ 2,000 in `npm test`. */
const PROPERTIES: Array<[string, number, string]> = [
  ['unicode', 800, 'random Unicode: any code point, graphemes, lone surrogates, NUL, BOM, every line break'],
  ['markdown', 500, 'random Markdown: nested lists and quotes, tables, HTML, code fences, directives, mixed line breaks'],
  ['markdown-deep', 40, 'random Markdown nested up to 60 levels, 30 blocks'],
  ['contract', 250, 'contract clauses from the engine vocabulary with durations (findings and fixes)'],
  ['mutation', 300, 'mutated example contracts and fixtures (deletions, splices, line endings, wrapping, numbers)'],
  ['long-line', 15, `single lines of up to ${HEAVY ? '100,000' : '30,000'} characters of vocabulary`],
];

const outcomes = new Map<string, FuzzOutcome>();

beforeAll(async () => {
  const tasks: FuzzTask[] = PROPERTIES.map(([name, light], i) => ({ name, numRuns: runs(light), seed: SEED + i }));
  tasks.push({ name: 'corpus', numRuns: 0, seed: SEED });
  for (const [k, v] of await runFuzz(tasks)) outcomes.set(k, v);
}, HEAVY ? 6 * 3600_000 : 300_000);

afterAll(() => {
  killAllChildren();
  const lines = [...outcomes.values()].map((o) => `  ${o.name.padEnd(16)} ${String(o.numRuns).padStart(8)} cases ${String(o.engineCalls).padStart(8)} engine calls ${(o.ms / 1000).toFixed(1).padStart(7)} s wall ${((o.cpuMs ?? 0) / 1000).toFixed(1).padStart(7)} s CPU${o.failure ? '  FAILED' : ''}`);
  const total = [...outcomes.values()].reduce((n, o) => n + o.numRuns, 0);
  const calls = [...outcomes.values()].reduce((n, o) => n + o.engineCalls, 0);
  console.log(`\n[fuzz] ${total} cases, ${calls} engine calls (seed ${SEED}${HEAVY ? `, heavy ×${SCALE}` : ''})\n${lines.join('\n')}\n`);
});

describe('the engine never throws and always terminates', () => {
  for (const [name, light, what] of PROPERTIES) {
    it(`${name}: ${what} (${runs(light)} cases)`, () => {
      const o = outcomes.get(name);
      expect(o, `no outcome for ${name}`).toBeDefined();
      expect(o!.failure ?? '', `property ${name}`).toBe('');
      expect(o!.numRuns).toBe(runs(light));
    });
  }

  it('every example and fixture, with CRLF / CR / U+2028 / mixed line breaks, BOM, NUL bytes, lone surrogates, NFD, upper case, quoted, listed: both formats, all jurisdictions', () => {
    const o = outcomes.get('corpus');
    expect(o).toBeDefined();
    expect(o!.failure ?? '').toBe('');
    expect(o!.numRuns).toBeGreaterThan(100);
  });

  it(`runs at least ${HEAVY ? '100,000' : '2,000'} cases in total`, () => {
    const total = [...outcomes.values()].reduce((n, o) => n + o.numRuns, 0);
    expect(total).toBeGreaterThanOrEqual(HEAVY ? 100_000 : 2_000);
    if (HEAVY) expect(PROPERTIES.reduce((n, [, light]) => n + runs(light), 0)).toBeGreaterThanOrEqual(100_000);
  });
});

/** Fixed extreme inputs, linted in-process (each is small enough to be quick when the engine is healthy). */
const EXTREMES: Array<[string, string]> = [
  ['empty', ''],
  ['only a BOM', '\ufeff'],
  ['only NUL bytes', '\u0000'.repeat(1000)],
  ['only line breaks of every kind', '\n\r\n\r\u2028\u2029'.repeat(500)],
  ['a CR before LF at the very end', 'Het is werknemer verboden gedurende drie jaar na het einde klanten te benaderen.\r'],
  ['lone surrogates everywhere', '\ud800\udc00\udc00\ud800'.repeat(300)],
  ['a surrogate pair split by a line break', 'twee\ud83d\n\ude00 jaar'],
  ['10,000-deep block quote', `${'>'.repeat(10_000)} Het is werknemer verboden gedurende drie jaar na het einde van de arbeidsovereenkomst klanten te benaderen.`],
  ['10,000-deep block quote with spaces', `${'> '.repeat(10_000)}The Employee shall not for three years after termination compete.`],
  ['1,000-deep nested list', Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i * 2)}- a`).join('\n')],
  ['a code fence that never closes', '```\nThe Employee shall not for three years after termination compete.\n'.repeat(50)],
  ['an HTML comment that never closes', '<!-- clauselint-disable\nThe Employee shall not for three years after termination compete.\n'.repeat(50)],
  ['a directive naming 5,000 rules', `<!-- clauselint-disable ${'restraint-duration '.repeat(5000)}-->\nThe Employee shall not for three years after termination compete.`],
  ['a table row of 2,000 cells', `| ${'twee jaar na het einde | '.repeat(2000)}\n| ${'--- | '.repeat(2000)}`],
  ['a heading of 10,000 characters', `## ${'Relatiebeding '.repeat(700)}\n\nHet is werknemer verboden gedurende drie jaar na het einde klanten te benaderen.`],
  ['3,000 headings', '## Artikel 1 – Relatiebeding\n'.repeat(3000)],
  ['numbers at the limits', 'The Employee shall not for 99999999999999999999 years or 1e309 months or 0.0000001 days or -3 years after termination compete.'],
];

const EXTREME_CASES = EXTREMES.flatMap(([name, text]) => (['markdown', 'plaintext'] as const).map((format) => ({ name: `${name} (${format})`, text, options: { format } as LintOptions })));
/** CPU time after which an extreme input counts as a hang. */
const EXTREME_CPU_MS = HEAVY ? 600_000 : 20_000;
const extremeResults = new Map<string, string>();

describe('extreme inputs (both formats)', () => {
  beforeAll(async () => {
    const items = EXTREME_CASES.map(({ text, options }) => ({ text, options }));
    for (const r of await runList('fuzz-child.ts', 'check-list', { items }, items.length, EXTREME_CPU_MS)) {
      extremeResults.set(EXTREME_CASES[r.i].name, r.reply ? String(r.reply.failure ?? '') : `no answer within ${EXTREME_CPU_MS / 1000} s of CPU (killed)`);
    }
  }, HEAVY ? 6 * 3600_000 : 600_000);
  for (const c of EXTREME_CASES) {
    it(c.name, () => {
      expect(extremeResults.get(c.name) ?? 'no result').toBe('');
    });
  }
});
