/**
 * What the editor should show, computed by the same pure `lint()` the language server calls: the
 * scenarios compare the page with it instead of hard-coding findings of examples that keep changing.
 */
import { analyze, lint } from '../../../server/src/core/lint';
import type { Finding, LintOptions } from '../../../server/src/core/types';

export type { Finding };
export { analyze, lint };

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
}

export function counts(findings: readonly Finding[]): Counts {
  return {
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    infos: findings.filter((f) => f.severity === 'info').length,
  };
}

/** The aria label VS Code's Problems panel gives a marker row (without the trailing source part). */
export function ariaPrefix(f: Finding): string {
  const sev = f.severity === 'error' ? 'Error' : f.severity === 'warning' ? 'Warning' : 'Info';
  return `${sev}: ${f.message} at line ${f.line} and character ${f.column}`;
}

/** Clause titles as the Outline should list them (clauses that have a heading). */
export function clauseTitles(text: string, options: LintOptions = {}): string[] {
  return analyze(text, options)
    .clauses.filter((c) => c.heading)
    .map((c) => c.title);
}

/** A finding with a fix and a citation matching `citation` (e.g. /7:653/), preferring `ruleId`. */
export function findingWithFix(findings: readonly Finding[], ruleId: string, citation: RegExp): Finding | undefined {
  const fixable = findings.filter((f) => f.fixes.length > 0);
  return (
    fixable.find((f) => f.ruleId === ruleId && f.citations.some((c) => citation.test(c.label))) ??
    fixable.find((f) => f.ruleId === ruleId) ??
    fixable.find((f) => f.citations.some((c) => citation.test(c.label)))
  );
}

/**
 * A ~`targetBytes` contract made by repeating `example`: every copy keeps its lawful paragraphs, and
 * only every k-th copy keeps the paragraphs that carry findings, with k chosen so that the whole
 * document has fewer than `maxFindings` findings (VS Code shows at most 1000 per file, and the count
 * must be able to move). Returns the text and its findings.
 */
export function bigContract(example: string, targetBytes = 1_000_000, maxFindings = 600): { text: string; findings: Finding[] } {
  const paragraphs = example.split(/\n{2,}/);
  // Offsets of each paragraph in `example`, to tell which ones hold a finding.
  const starts: number[] = [];
  let at = 0;
  for (const p of paragraphs) {
    at = example.indexOf(p, at);
    starts.push(at);
    at += p.length;
  }
  const own = lint(example);
  const flagged = new Set(
    paragraphs.map((p, i) => (own.some((f) => f.start < starts[i] + p.length && f.end > starts[i]) ? i : -1)).filter((i) => i >= 0),
  );
  const lawful = paragraphs.filter((_, i) => !flagged.has(i)).join('\n\n');
  const copies = Math.max(2, Math.ceil(targetBytes / Buffer.byteLength(lawful + '\n\n')));
  // About half of maxFindings, estimated from the example's own findings: one lint of the big text (slow
  // while the engine is) instead of a search.
  let k = Math.max(1, Math.ceil((copies * Math.max(1, own.length)) / (maxFindings / 2)));
  for (;;) {
    const parts: string[] = [];
    for (let i = 0; i < copies; i++) parts.push(i % k === 0 ? example.trimEnd() : lawful);
    const text = parts.join('\n\n') + '\n';
    const findings = lint(text);
    if (findings.length < maxFindings || k > copies) return { text, findings };
    k *= 2;
  }
}
