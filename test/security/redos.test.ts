/**
 * No ReDoS (issue 6, item 2). Every regular expression of the engine — found automatically through the
 * words()/re() registry, the modules' exports, the regex literals of server/src and a trap on the RegExp
 * constructor while the corpus is linted — gets adversarial 100,000-character lines (generic runs plus
 * near-matches built from its own alternatives) and must finish each in < 1 s. Then lint() runs on
 * adversarial ~100 KB documents per language. The work runs in child processes that are killed when
 * they hang, so a catastrophic pattern fails the test instead of freezing it. The slowest case is printed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractFiles, SEEDS } from './helpers/corpus';
import { enumeratePatterns, type Enumeration, type PatternInfo } from './helpers/patterns';
import { Child, childBundle, killAllChildren, runList, type ChildMessage } from './helpers/child-process';
import { HEAVY } from './helpers/budget';
import { adversarialDocuments } from './helpers/documents';

/** Per pattern and input, and per adversarial document. */
const BUDGET_MS = 1000;
/** A child that uses this much CPU on one input is killed and the case counted as a hang. */
const HANG_MS = HEAVY ? 60_000 : 3_000;
const MAX_FRAGMENTS = HEAVY ? 64 : 6;
const SHARDS = 2;
/** lint() of one ~100 KB document that has used this much CPU is killed (and fails). */
const LINT_HANG_MS = HEAVY ? 120_000 : 3_000;

let enumeration: Enumeration;
const report: string[] = [];

beforeAll(async () => {
  childBundle(); // build the child bundle before the clock of the first test starts
  enumeration = await enumeratePatterns(async () => {
    // runtime-built patterns: lint the whole corpus in every jurisdiction while the RegExp trap is on
    const { lintDocument } = await import('../../server/src/core/lint');
    for (const d of [...SEEDS, ...contractFiles()]) {
      for (const jurisdiction of ['NL', 'NO', 'UK'] as const) lintDocument(d.text, { format: d.format, jurisdiction });
    }
  });
}, 120_000);

afterAll(() => {
  killAllChildren();
  if (report.length) console.log(`\n[redos]\n${report.join('\n')}\n`);
});

interface PatternResult {
  pattern: PatternInfo;
  slowest: { name: string; ms: number };
  cases: number;
  hung?: string;
}

/** Runs the patterns in `SHARDS` children; a hung child is killed and restarted after the culprit. */
async function timePatterns(patterns: PatternInfo[]): Promise<PatternResult[]> {
  const results: PatternResult[] = [];
  const shard = async (list: PatternInfo[]) => {
    let from = 0;
    while (from < list.length) {
      const todo = list.slice(from);
      const child = new Child();
      let current = { i: 0, input: '' };
      try {
        await child.request({ op: 'regex', patterns: todo, maxFragments: MAX_FRAGMENTS }, { cpuMs: HANG_MS }, (m: ChildMessage) => {
          if (m.op === 'tick') current = { i: m.i as number, input: m.input as string };
          else if (m.op === 'pattern') {
            results.push({ pattern: todo[m.i as number], slowest: m.slowest as PatternResult['slowest'], cases: m.cases as number });
          }
        });
        from = list.length;
      } catch (e) {
        if (!(e as { timeout?: boolean }).timeout) throw e;
        results.push({ pattern: todo[current.i], slowest: { name: current.input, ms: HANG_MS }, cases: 0, hung: current.input });
        from += current.i + 1;
      } finally {
        child.kill();
      }
    }
  };
  const shards: PatternInfo[][] = Array.from({ length: SHARDS }, () => []);
  patterns.forEach((p, i) => shards[i % SHARDS].push(p));
  await Promise.all(shards.map(shard));
  return results;
}

const show = (p: PatternInfo) => `/${p.source.length > 160 ? `${p.source.slice(0, 160)}…` : p.source}/${p.flags} (${p.origins[0]})`;

describe('ReDoS: every regex of the engine on adversarial 100,000-character lines', () => {
  it('finds the patterns (registry, exports, literals, constructions)', () => {
    expect(enumeration.importErrors, 'modules under server/src/core and server/src/rules that fail to import').toEqual([]);
    expect(enumeration.uncompilable).toEqual([]);
    const fromRegistry = enumeration.patterns.filter((p) => p.origins.some((o) => o.startsWith('registry')));
    const fromLiterals = enumeration.patterns.filter((p) => p.origins.some((o) => o.startsWith('literal')));
    const constructed = enumeration.patterns.filter((p) => p.origins.some((o) => o.startsWith('constructed')));
    report.push(
      `patterns: ${enumeration.patterns.length} distinct (registry ${fromRegistry.length}, literals ${fromLiterals.length}, ` +
        `constructed at run time ${constructed.length})`,
    );
    expect(fromRegistry.length).toBeGreaterThan(10);
    expect(fromLiterals.length).toBeGreaterThan(10);
    // the vocabulary of the core must be among them
    expect(fromRegistry.some((p) => p.alternatives?.includes('relatiebeding(?:en)?'))).toBe(true);
  });

  it('sees every `new RegExp(<computed>)` of server/src execute while the corpus is linted (else its pattern is untested)', () => {
    // A site listed here builds a pattern that neither the registry nor the corpus run reached: wrap it in
    // re() from core/text.ts (then the registry has it), or add a fixture that exercises it.
    expect(enumeration.unobservedDynamicSites).toEqual([]);
  });

  it(`each pattern answers every adversarial line in < ${BUDGET_MS} ms`, async () => {
    const results = await timePatterns(enumeration.patterns);
    expect(results.length).toBe(enumeration.patterns.length);
    const sorted = results.slice().sort((a, b) => b.slowest.ms - a.slowest.ms);
    const cases = results.reduce((n, r) => n + r.cases, 0);
    report.push(`regex cases: ${cases} (${results.length} patterns × their inputs)`);
    report.push('slowest patterns:');
    for (const r of sorted.slice(0, 5)) report.push(`  ${r.slowest.ms.toFixed(1).padStart(8)} ms  ${r.slowest.name}  on  ${show(r.pattern)}`);
    const slow = sorted.filter((r) => r.hung || r.slowest.ms >= BUDGET_MS);
    expect(
      slow.map((r) => `${r.hung ? `HUNG (killed after ${HANG_MS} ms)` : `${r.slowest.ms.toFixed(0)} ms`} on ${r.slowest.name}: ${show(r.pattern)}`),
    ).toEqual([]);
  }, 600_000);
});

interface DocResult {
  name: string;
  format: string;
  lang: string;
  /** CPU time of lint() (ms); wallMs is the wall-clock time, which other load on the machine inflates. */
  ms: number;
  wallMs: number;
  fixMs: number;
  findings: number;
  violations: string[];
  structural: boolean;
  length: number;
  killed?: boolean;
}

const DOCS = adversarialDocuments().map((d) => ({ key: `${d.name} (${d.format})`, lang: d.lang, structural: !!d.structural }));
const docResults = new Map<string, DocResult>();

/** Lints every adversarial document in a child; one that uses LINT_HANG_MS of CPU is killed. */
async function lintDocsInChild(): Promise<void> {
  for (const r of await runList('child.ts', 'lint', {}, DOCS.length, LINT_HANG_MS, true)) {
    const d = DOCS[r.i];
    if (r.reply) docResults.set(d.key, r.reply as unknown as DocResult);
    else docResults.set(d.key, { name: d.key, format: '', lang: d.lang, ms: LINT_HANG_MS, wallMs: 0, fixMs: 0, findings: 0, violations: [], structural: d.structural, length: 0, killed: true });
  }
}

const verdict = (key: string): string[] => {
  const r = docResults.get(key);
  if (!r) return [`${key}: no result`];
  const out: string[] = [];
  if (r.killed) out.push(`${key}: no answer within ${LINT_HANG_MS} ms of CPU (killed)`);
  else {
    if (r.ms >= BUDGET_MS) out.push(`${key}: lint ${r.ms.toFixed(0)} ms of CPU`);
    if (r.fixMs >= BUDGET_MS) out.push(`${key}: fix-all ${r.fixMs.toFixed(0)} ms`);
    for (const v of r.violations) out.push(`${key}: ${v}`);
  }
  return out;
};

describe('ReDoS: lint() on adversarial ~100 KB documents', () => {
  beforeAll(async () => {
    await lintDocsInChild();
    const sorted = [...docResults.values()].sort((a, b) => b.ms - a.ms);
    report.push(`adversarial documents: ${docResults.size}; slowest lint() runs:`);
    for (const d of sorted.slice(0, 8)) {
      report.push(`  ${d.killed ? `>${LINT_HANG_MS}` : d.ms.toFixed(0).padStart(8)} ms  ${d.name}${d.killed ? ' (killed)' : ` (${d.length} chars, ${d.findings} findings; fix-all ${d.fixMs.toFixed(0)} ms)`}`);
    }
  }, 600_000);

  for (const lang of ['nl', 'no', 'en'] as const) {
    it(`${lang}: pathological lines inside a restraint clause lint in < ${BUDGET_MS} ms (markdown and plain text), within the invariants`, () => {
      expect(DOCS.filter((d) => d.lang === lang).flatMap((d) => verdict(d.key))).toEqual([]);
    });
  }
  for (const d of DOCS.filter((x) => x.structural)) {
    it(`Markdown structure: ${d.key} lints in < ${BUDGET_MS} ms without throwing`, () => {
      expect(verdict(d.key)).toEqual([]);
    });
  }
});
