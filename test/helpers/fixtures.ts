/**
 * Fixture contracts with inline expectations (markdownlint style).
 *
 * A Markdown fixture marks each line where a finding must start with an HTML comment on that line:
 *   Het is werknemer verboden gedurende drie (3) jaar ... <!-- expect: restraint-duration -->
 * Several ids: <!-- expect: restraint-duration, passive-contact-ban -->.
 * Known gaps are measured, not hidden: <!-- expect-miss: rule-id --> marks a finding the engine
 * should give but does not yet (counted as a false negative), <!-- expect-false-positive: rule-id -->
 * one it gives but should not (counted as a false positive). Both keep the file test green.
 * Plain-text fixtures (.txt) keep their expectations in a sidecar `<name>.expected.json`:
 *   [{ "line": 12, "ruleId": "restraint-duration" }, { "line": 3, "ruleId": "x", "status": "miss" }]
 * Options: a first-line comment <!-- fixture: jurisdiction=NL lang=nl --> (or in the sidecar
 * { "options": {...}, "expect": [...] }). A `<name>.fixed.md` beside a fixture is the text after
 * applying every preferred fix.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Jurisdiction, Lang, LintOptions } from '../../server/src/core/types';

export const FIXTURE_ROOT = path.join(__dirname, '..', 'fixtures');

export type ExpectStatus = 'expect' | 'miss' | 'false-positive';

export interface Expectation {
  line: number;
  ruleId: string;
  status: ExpectStatus;
}

export interface Fixture {
  file: string;
  rel: string;
  text: string;
  options: LintOptions;
  expectations: Expectation[];
  fixed?: string;
}

export function listFixtureFiles(dir = FIXTURE_ROOT): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const ent of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(d, ent.name);
      if (ent.isDirectory()) walk(full);
      else if (/\.(md|txt)$/u.test(ent.name) && !/\.fixed\.(md|txt)$/u.test(ent.name)) out.push(full);
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return out;
}

const EXPECT_RE = /<!--\s*expect(-miss|-false-positive)?:\s*([^>]*?)\s*-->/gu;
const OPTIONS_RE = /<!--\s*fixture:\s*([^>]*?)\s*-->/u;

function parseOptions(spec: string): LintOptions {
  const o: LintOptions = {};
  for (const part of spec.split(/\s+/u)) {
    const [k, v] = part.split('=');
    if (k === 'jurisdiction') o.jurisdiction = v as Jurisdiction;
    else if (k === 'lang') o.lang = v as Lang;
  }
  return o;
}

export function loadFixture(file: string): Fixture {
  const text = fs.readFileSync(file, 'utf8');
  const rel = path.relative(FIXTURE_ROOT, file).split(path.sep).join('/');
  const isTxt = file.endsWith('.txt');
  let options: LintOptions = { format: isTxt ? 'plaintext' : 'markdown' };
  const expectations: Expectation[] = [];
  if (isTxt) {
    const side = file.replace(/\.txt$/u, '.expected.json');
    const data = fs.existsSync(side) ? JSON.parse(fs.readFileSync(side, 'utf8')) : [];
    const list = Array.isArray(data) ? data : data.expect ?? [];
    if (!Array.isArray(data) && data.options) options = { ...options, ...data.options };
    for (const e of list) expectations.push({ line: e.line, ruleId: e.ruleId, status: e.status ?? 'expect' });
  } else {
    const m = OPTIONS_RE.exec(text);
    if (m) options = { ...options, ...parseOptions(m[1]) };
    text.split(/\r\n|\n|\r/u).forEach((lineText, i) => {
      EXPECT_RE.lastIndex = 0;
      for (let x = EXPECT_RE.exec(lineText); x; x = EXPECT_RE.exec(lineText)) {
        const status: ExpectStatus = x[1] === '-miss' ? 'miss' : x[1] === '-false-positive' ? 'false-positive' : 'expect';
        for (const id of x[2].split(/[\s,]+/u).filter(Boolean)) expectations.push({ line: i + 1, ruleId: id, status });
      }
    });
  }
  const fixedFile = file.replace(/\.(md|txt)$/u, '.fixed.$1');
  return {
    file,
    rel,
    text,
    options,
    expectations,
    fixed: fs.existsSync(fixedFile) ? fs.readFileSync(fixedFile, 'utf8') : undefined,
  };
}

export const key = (line: number, ruleId: string) => `${line}:${ruleId}`;
