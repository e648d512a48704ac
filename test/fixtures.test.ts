/**
 * Runs every fixture under test/fixtures, asserts the findings line by line, and prints precision
 * and recall per rule and overall (known misses and false positives included), which must be ≥ 0.95.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { lint } from '../server/src/core/lint';
import { applyEdits, fixAllEdits } from '../server/src/core/fixes';
import { rules } from '../server/src/rules';
import { key, listFixtureFiles, loadFixture } from './helpers/fixtures';

interface Tally { tp: number; fp: number; fn: number }
const perRule = new Map<string, Tally>();
const tally = (id: string) => {
  let t = perRule.get(id);
  if (!t) perRule.set(id, (t = { tp: 0, fp: 0, fn: 0 }));
  return t;
};

const files = listFixtureFiles();

describe('fixtures', () => {
  it('exist', () => {
    expect(files.length).toBeGreaterThan(0);
  });
  for (const file of files) {
    const fx = loadFixture(file);
    it(fx.rel, () => {
      const findings = lint(fx.text, fx.options);
      const actual = new Map<string, number>();
      for (const f of findings) actual.set(key(f.line, f.ruleId), (actual.get(key(f.line, f.ruleId)) ?? 0) + 1);
      const unexpected: string[] = [];
      const missing: string[] = [];
      const expected = new Set<string>();
      for (const e of fx.expectations) {
        const k = key(e.line, e.ruleId);
        expected.add(k);
        const found = actual.has(k);
        if (e.status === 'expect') {
          if (found) tally(e.ruleId).tp++;
          else {
            tally(e.ruleId).fn++;
            missing.push(k);
          }
        } else if (e.status === 'miss') {
          if (found) unexpected.push(`${k} (marked expect-miss but found: promote it to expect)`);
          else tally(e.ruleId).fn++;
        } else {
          if (found) tally(e.ruleId).fp++;
          else unexpected.push(`${k} (marked expect-false-positive but not found: remove the mark)`);
        }
      }
      for (const k of actual.keys()) {
        if (!expected.has(k)) {
          tally(k.slice(k.indexOf(':') + 1)).fp++;
          const f = findings.find((x) => key(x.line, x.ruleId) === k)!;
          unexpected.push(`${k} "${fx.text.slice(f.start, f.end)}": ${f.message}`);
        }
      }
      expect({ missing, unexpected }).toEqual({ missing: [], unexpected: [] });
      if (fx.fixed !== undefined) {
        expect(applyEdits(fx.text, fixAllEdits(findings))).toBe(fx.fixed);
      }
    });
  }
});

afterAll(() => {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const rows: string[] = [];
  for (const r of rules) {
    const t = perRule.get(r.meta.id) ?? { tp: 0, fp: 0, fn: 0 };
    tp += t.tp;
    fp += t.fp;
    fn += t.fn;
    const p = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1;
    const rc = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 1;
    rows.push(`  ${r.meta.id.padEnd(34)} tp ${String(t.tp).padStart(3)} fp ${String(t.fp).padStart(3)} fn ${String(t.fn).padStart(3)}  precision ${p.toFixed(3)}  recall ${rc.toFixed(3)}`);
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  console.log(
    `\nFixture precision/recall over ${files.length} fixtures:\n${rows.join('\n')}\n  OVERALL${' '.repeat(29)}tp ${tp} fp ${fp} fn ${fn}  precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}\n`,
  );
  expect(precision).toBeGreaterThanOrEqual(0.95);
  expect(recall).toBeGreaterThanOrEqual(0.95);
});
