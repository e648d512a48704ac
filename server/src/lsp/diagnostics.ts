/** Findings → LSP diagnostics; the size-guard and config-problem diagnostics. */
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Severity } from '../core/types';
import type { ConfigProblem } from '../core/config';
import { ruleDocUrl } from '../node/docs';

export const SOURCE = 'clauselint';

export function toLspSeverity(s: Severity): DiagnosticSeverity {
  return s === 'error' ? DiagnosticSeverity.Error : s === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information;
}

export function rangeOf(doc: TextDocument, start: number, end: number): Range {
  const len = doc.getText().length;
  const s = Math.max(0, Math.min(start, len));
  const e = Math.max(s, Math.min(end, len));
  return { start: doc.positionAt(s), end: doc.positionAt(e) };
}

/**
 * No `data`: code actions find their findings by range in the per-document lint state. (Each
 * diagnostic carried its rule id, offsets and version there, read by nothing: 15 % of every publish,
 * which for a 1 MB contract is 700 KB per keystroke, encoded by the server and parsed by the editor.)
 */
export function findingToDiagnostic(f: Finding, doc: TextDocument, docsBaseUrl: string): Diagnostic {
  return {
    range: rangeOf(doc, f.start, f.end),
    severity: toLspSeverity(f.severity),
    code: f.ruleId,
    codeDescription: { href: ruleDocUrl(f.ruleId, docsBaseUrl || undefined) },
    source: SOURCE,
    message: f.message,
  };
}

/** The one informational diagnostic of a document that was not linted, saying why (harper's size guard). */
export function skippedDiagnostic(reason: string): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: SOURCE,
    message: reason,
  };
}

/**
 * Config problems as diagnostics on the open .clauselintrc.json. The range is the last key of the
 * problem's path ("rules.foo" → the string "foo") where it can be found, else the first line.
 */
export function configProblemDiagnostics(doc: TextDocument, problems: readonly ConfigProblem[]): Diagnostic[] {
  const text = doc.getText();
  return problems.map((p) => {
    let range: Range = { start: { line: 0, character: 0 }, end: doc.positionAt(Math.min(text.length, firstLineEnd(text))) };
    const key = lastKey(p.key);
    if (key !== undefined) {
      const at = text.indexOf(JSON.stringify(key));
      if (at >= 0) range = rangeOf(doc, at, at + JSON.stringify(key).length);
    }
    return {
      range,
      severity: DiagnosticSeverity.Warning,
      source: SOURCE,
      code: 'config',
      message: `${p.key}: ${p.message}`,
    };
  });
}

function firstLineEnd(text: string): number {
  const i = text.search(/\r|\n/u);
  return i < 0 ? text.length : i;
}

/** "rules.restraint-duration" → "restraint-duration"; "hiddenFalsePositives[0].rule" → "rule"; "(root)" → undefined. */
function lastKey(path: string): string | undefined {
  if (path === '(root)') return undefined;
  const first = path.split('.')[0].replace(/\[\d+\]$/u, '');
  if (first === 'rules') return path.slice('rules.'.length) || 'rules';
  const parts = path.split('.');
  return parts[parts.length - 1].replace(/\[\d+\]$/u, '');
}
