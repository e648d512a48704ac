/**
 * Fixes lose nothing (issue 6, item 5). For every finding with fixes in every example, fixture and seed:
 * applying any single fix changes only its edits' ranges (the rest byte-identical); fix-all (core/fixes.ts
 * fixAllEdits + applyEdits) touches nothing outside its edits; and fix-all is idempotent: a second round
 * of lint + fix-all on the fixed text changes nothing (a failure names the rule that keeps rewriting).
 * Properties extend the checks to generated contracts and mutated documents; there, where one fix can
 * make another possible, idempotence is that of the product's fix-all (core/fixes.ts fixAllText: rounds
 * until one changes nothing, as the CLI's --fix and the editor's source.fixAll apply it).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintDocument } from '../../server/src/core/lint';
import { applyEdits, fixAllEdits } from '../../server/src/core/fixes';
import type { LintOptions } from '../../server/src/core/types';
import { contractFiles, ROOT, SEEDS, type CorpusDoc } from './helpers/corpus';
import { checkFixPreserves } from './helpers/invariants';
import { loadFixture } from '../helpers/fixtures';
import { HEAVY, runs, SEED } from './helpers/budget';
import { runFuzz, type FuzzOutcome } from './helpers/fuzz-runner';
import { killAllChildren } from './helpers/child-process';

/** Options a fixture asks for (its first-line comment or sidecar), else its format only. */
function optionsOf(d: CorpusDoc): LintOptions {
  if (d.name.startsWith('test/fixtures/') && !/\.fixed\.(?:md|txt)$/u.test(d.name)) {
    try {
      return loadFixture(path.join(ROOT, d.name)).options;
    } catch {
      // a fixture being written: lint it with its format only
    }
  }
  return { format: d.format };
}

const docs = [...SEEDS, ...contractFiles()];

describe('every fix of every finding in the examples, fixtures and seeds', () => {
  let withFixes = 0;
  let fixCount = 0;
  afterAll(() => console.log(`\n[fixes] ${docs.length} documents, ${withFixes} with fixes, ${fixCount} single fixes applied\n`));

  for (const d of docs) {
    it(`${d.name}: each single fix changes only its range; fix-all changes only its edits and is idempotent`, () => {
      const options = optionsOf(d);
      const r1 = lintDocument(d.text, options);
      expect(r1.internalErrors).toEqual([]);
      const problems: string[] = [];
      let any = false;
      for (const f of r1.findings) {
        for (const fix of f.fixes) {
          any = true;
          fixCount++;
          problems.push(...checkFixPreserves(d.text, fix.edits, `${f.ruleId} at ${f.line}:${f.column} fix "${fix.title}"`));
          const fixed = applyEdits(d.text, fix.edits);
          if (fixed === d.text) problems.push(`${f.ruleId} at ${f.line}:${f.column} fix "${fix.title}" changes nothing`);
          const again = lintDocument(fixed, options);
          if (again.internalErrors.length) problems.push(`after ${f.ruleId} fix "${fix.title}": internal errors ${JSON.stringify(again.internalErrors).slice(0, 300)}`);
        }
      }
      if (any) withFixes++;
      const edits = fixAllEdits(r1.findings);
      problems.push(...checkFixPreserves(d.text, edits, 'fix-all'));
      const once = applyEdits(d.text, edits);
      const r2 = lintDocument(once, options);
      expect(r2.internalErrors).toEqual([]);
      const twice = applyEdits(once, fixAllEdits(r2.findings));
      if (twice !== once) {
        const rewriting = r2.findings.filter((f) => f.fixes.some((x) => x.preferred)).map((f) => `${f.ruleId} at ${f.line}:${f.column} "${once.slice(f.start, f.end)}"`);
        problems.push(`fix-all is not idempotent: the second round still rewrites ${rewriting.slice(0, 5).join('; ')}`);
      }
      expect(problems).toEqual([]);
    });
  }

  it('the fixtures with a .fixed.md counterpart are fixed to exactly it by fix-all (and it is a fixed point)', () => {
    const problems: string[] = [];
    for (const d of docs.filter((x) => x.name.startsWith('test/fixtures/') && !/\.fixed\./u.test(x.name))) {
      const fixedPath = path.join(ROOT, d.name.replace(/\.(md|txt)$/u, '.fixed.$1'));
      if (!fs.existsSync(fixedPath)) continue;
      const options = optionsOf(d);
      const expected = fs.readFileSync(fixedPath, 'utf8');
      const after = applyEdits(d.text, fixAllEdits(lintDocument(d.text, options).findings));
      if (after !== expected) problems.push(`${d.name}: fix-all differs from its .fixed file`);
      const onFixed = applyEdits(expected, fixAllEdits(lintDocument(expected, options).findings));
      if (onFixed !== expected) problems.push(`${d.name}: fix-all still changes its .fixed file`);
    }
    expect(problems).toEqual([]);
  });
});

const outcomes = new Map<string, FuzzOutcome>();
const FIX_PROPERTIES: Array<[string, number, string]> = [
  ['fix-all-contract', 150, 'generated contracts'],
  ['fix-all-mutation', 100, 'mutated examples and fixtures'],
];

describe('fix-all is idempotent and local on generated documents (property)', () => {
  beforeAll(async () => {
    for (const [k, v] of await runFuzz(FIX_PROPERTIES.map(([name, light], i) => ({ name, numRuns: runs(light), seed: SEED + 100 + i })))) outcomes.set(k, v);
  }, HEAVY ? 6 * 3600_000 : 300_000);
  afterAll(() => {
    killAllChildren();
    console.log(`\n[fixes] properties: ${[...outcomes.values()].map((o) => `${o.name} ${o.numRuns} cases`).join(', ')}\n`);
  });
  for (const [name, light, what] of FIX_PROPERTIES) {
    it(`${name}: ${what} (${runs(light)} cases)`, () => {
      const o = outcomes.get(name);
      expect(o).toBeDefined();
      expect(o!.failure ?? '').toBe('');
      expect(o!.numRuns).toBe(runs(light));
    });
  }
});
