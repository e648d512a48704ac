/**
 * What every lint result must satisfy, whatever the input: checked on fuzzed documents, mutated
 * contracts, huge and odd files. Returns the violations as text (empty = fine) so a property can print
 * all of them with the input that caused them.
 */
import type { Finding, LintOptions, LintResult } from '../../../server/src/core/types';
import { JURISDICTIONS, LANGS, SEVERITIES } from '../../../server/src/core/types';
import { applyEdits } from '../../../server/src/core/fixes';

/** Independent oracle for 1-based line/column of an offset (line breaks \n, \r\n, \r, \u2028, \u2029). */
export class LineOracle {
  private readonly starts: number[] = [0];
  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c === '\r' && text[i + 1] === '\n') {
        this.starts.push(i + 2);
        i++;
      } else if (c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029') this.starts.push(i + 1);
    }
  }
  position(offset: number): { line: number; column: number } {
    // binary search for the last line start <= offset
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1 };
  }
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** True when `offset` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

export interface CheckOptions {
  /** Rule ids (and aliases) that exist; a finding's ruleId must be one of them. */
  knownRuleIds?: ReadonlySet<string>;
  /** Also apply every single fix and check the text outside its edits is unchanged (cheap). */
  applyFixes?: boolean;
}

/** All invariants of one lintDocument() result for `text` linted with `options`. */
export function checkResult(text: string, options: LintOptions, result: LintResult, opts: CheckOptions = {}): string[] {
  const v: string[] = [];
  if (!result || !Array.isArray(result.findings)) return ['lintDocument did not return { findings: [] }'];
  if (!Array.isArray(result.internalErrors)) v.push('internalErrors is not an array');
  else for (const e of result.internalErrors) v.push(`internal error in rule ${e.ruleId}: ${e.message.split('\n').slice(0, 4).join(' | ')}`);
  if (result.skipped !== undefined && result.findings.length > 0) v.push('a skipped document has findings');
  v.push(...checkFindings(text, options, result.findings, opts));
  return v;
}

/** The invariants that concern the findings alone (also used for lint(), which returns only them). */
export function checkFindings(text: string, options: LintOptions, findings: readonly Finding[], opts: CheckOptions = {}): string[] {
  const v: string[] = [];
  const lines = new LineOracle(text);
  const n = text.length;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    const at = `finding ${i} (${f.ruleId} ${f.start}-${f.end})`;
    if (!(Number.isInteger(f.start) && Number.isInteger(f.end))) v.push(`${at}: non-integer offsets`);
    if (!(f.start >= 0 && f.start <= f.end && f.end <= n)) v.push(`${at}: range outside the text of length ${n} or start > end`);
    const s = lines.position(f.start);
    const e = lines.position(f.end);
    if (f.line !== s.line || f.column !== s.column) v.push(`${at}: line/column ${f.line}:${f.column}, offsets say ${s.line}:${s.column}`);
    if (f.endLine !== e.line || f.endColumn !== e.column) v.push(`${at}: endLine/endColumn ${f.endLine}:${f.endColumn}, offsets say ${e.line}:${e.column}`);
    if (!SEVERITIES.includes(f.severity)) v.push(`${at}: severity ${String(f.severity)}`);
    if (typeof f.message !== 'string' || f.message.trim() === '') v.push(`${at}: empty message`);
    else if (/\[object Object\]|\bNaN\b|\bundefined (?:maanden|måneder|months|jaar|år|years)\b/u.test(f.message)) v.push(`${at}: message has a formatting slip (NaN, [object Object], undefined): ${f.message}`);
    if (!LANGS.includes(f.lang)) v.push(`${at}: lang ${String(f.lang)}`);
    if (!JURISDICTIONS.includes(f.jurisdiction)) v.push(`${at}: jurisdiction ${String(f.jurisdiction)}`);
    if (options.lang && f.lang !== options.lang) v.push(`${at}: lang ${f.lang} although the option says ${options.lang}`);
    if (options.jurisdiction && f.jurisdiction !== options.jurisdiction) v.push(`${at}: jurisdiction ${f.jurisdiction} although the option says ${options.jurisdiction}`);
    if (opts.knownRuleIds && !opts.knownRuleIds.has(f.ruleId)) v.push(`${at}: unknown rule id`);
    if (options.rules && (options.rules[f.ruleId] === 'off')) v.push(`${at}: the rule is turned off`);
    if (!Array.isArray(f.citations) || f.citations.length === 0) v.push(`${at}: no citation`);
    else for (const c of f.citations) if (!c || typeof c.url !== 'string' || !/^https:\/\//u.test(c.url)) v.push(`${at}: citation without https URL: ${JSON.stringify(c)}`);
    if (!Array.isArray(f.fixes)) {
      v.push(`${at}: fixes is not an array`);
      continue;
    }
    f.fixes.forEach((fix, k) => {
      const fat = `${at} fix ${k} "${fix.title}"`;
      if (typeof fix.title !== 'string' || fix.title.trim() === '') v.push(`${fat}: empty title`);
      if (!Array.isArray(fix.edits) || fix.edits.length === 0) {
        v.push(`${fat}: no edits`);
        return;
      }
      const sorted = fix.edits.slice().sort((a, b) => a.start - b.start || a.end - b.end);
      for (let j = 0; j < sorted.length; j++) {
        const ed = sorted[j];
        if (!(Number.isInteger(ed.start) && Number.isInteger(ed.end) && ed.start >= 0 && ed.start <= ed.end && ed.end <= n)) {
          v.push(`${fat}: edit ${ed.start}-${ed.end} outside the text of length ${n}`);
        }
        if (typeof ed.text !== 'string') v.push(`${fat}: edit text is not a string`);
        if (j > 0 && ed.start < sorted[j - 1].end) v.push(`${fat}: overlapping edits`);
        if (splitsSurrogatePair(text, ed.start) || splitsSurrogatePair(text, ed.end)) v.push(`${fat}: edit ${ed.start}-${ed.end} splits a surrogate pair`);
      }
      if (opts.applyFixes && v.length === 0) v.push(...checkFixPreserves(text, fix.edits, fat));
    });
  }
  for (let i = 1; i < findings.length; i++) {
    const a = findings[i - 1];
    const b = findings[i];
    if (a.start > b.start || (a.start === b.start && a.end > b.end)) v.push(`findings not sorted at ${i}: ${a.start}-${a.end} before ${b.start}-${b.end}`);
  }
  return v;
}

/**
 * Applying the edits changes nothing outside them: the text between, before and after the edits is
 * byte-identical, and each edited range holds exactly the edit's text.
 */
export function checkFixPreserves(text: string, edits: readonly { start: number; end: number; text: string }[], at: string): string[] {
  const out = applyEdits(text, edits);
  const sorted = edits.slice().sort((a, b) => a.start - b.start || a.end - b.end);
  let expected = '';
  let pos = 0;
  for (const e of sorted) {
    expected += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  expected += text.slice(pos);
  if (out === expected) return [];
  let d = 0;
  while (d < out.length && out[d] === expected[d]) d++;
  return [`${at}: applying the fix changed text outside its edits (first difference at ${d}: ${JSON.stringify(out.slice(d, d + 40))} vs ${JSON.stringify(expected.slice(d, d + 40))})`];
}

/** A short, printable description of an input for failure messages (long inputs are summarised). */
export function describeInput(text: string, options: LintOptions): string {
  const shown = text.length > 600 ? `${JSON.stringify(text.slice(0, 300))} … ${JSON.stringify(text.slice(-200))} (${text.length} chars)` : JSON.stringify(text);
  return `lintDocument(${shown}, ${JSON.stringify(options)})`;
}
