/**
 * The bundled examples against examples/EXPECTED.md: every row that names rules must get a finding of
 * each of them on its line(s); every finding must sit on a row that names its rule (rows marked "none"
 * must stay clean). Also prints per-example precision/recall.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../server/src/core/lint';

const dir = path.join(__dirname, '..', 'examples');
const expectedMd = fs.readFileSync(path.join(dir, 'EXPECTED.md'), 'utf8');

interface Row { from: number; to: number; rules: string[]; label: string }

function parseExpected(): Map<string, Row[]> {
  const out = new Map<string, Row[]>();
  let current: string | undefined;
  for (const line of expectedMd.split('\n')) {
    const h = /^##\s.*`([^`]+\.md)`/u.exec(line);
    if (h) {
      current = h[1];
      out.set(current, []);
      continue;
    }
    if (!current || !line.startsWith('|') || /^\|\s*(Clause|---)/u.test(line)) continue;
    const cells = line.split('|').map((c) => c.trim());
    const lines = /^(\d+)(?:\s*[–-]\s*(\d+))?$/u.exec(cells[2] ?? '');
    if (!lines) continue;
    const rules = [...(cells[4] ?? '').matchAll(/([a-z]+(?:-[a-z]+)+)\s*\(/gu)].map((m) => m[1]);
    out.get(current)!.push({ from: Number(lines[1]), to: Number(lines[2] ?? lines[1]), rules, label: `${cells[1]} ${cells[3]}` });
  }
  return out;
}

const expected = parseExpected();

describe('examples match examples/EXPECTED.md', () => {
  it('covers the three example contracts', () => {
    expect([...expected.keys()].sort()).toEqual(['arbeidsavtale-no.md', 'arbeidsovereenkomst-nl.md', 'employment-contract-en.md']);
  });
  for (const [file, rows] of expected) {
    it(file, () => {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const findings = lint(text);
      const missing: string[] = [];
      const unexpected: string[] = [];
      let tp = 0;
      for (const row of rows) {
        for (const rule of row.rules) {
          if (findings.some((f) => f.ruleId === rule && f.line >= row.from && f.line <= row.to)) tp++;
          else missing.push(`${row.label} (line ${row.from}): ${rule}`);
        }
      }
      for (const f of findings) {
        const row = rows.find((r) => f.line >= r.from && f.line <= r.to);
        if (!row || !row.rules.includes(f.ruleId)) unexpected.push(`line ${f.line} ${f.ruleId}: "${text.slice(f.start, f.end).slice(0, 60)}"`);
      }
      const precision = tp / Math.max(1, tp + unexpected.length);
      const recall = tp / Math.max(1, tp + missing.length);
      console.log(`${file}: ${findings.length} findings, precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`);
      expect({ missing, unexpected }).toEqual({ missing: [], unexpected: [] });
    });
  }
});
