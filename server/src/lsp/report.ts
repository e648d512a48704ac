/** The data of the client's clause report and status bar (custom requests; plain JSON, no LSP types). */
import type { AnalyzedDocument, ClauseKind, Finding, Severity } from '../core/types';
import { LineIndex } from '../core/text';
import { ruleDocUrl } from '../node/docs';
import type { ClauseReport, ClauseReportRow, SeverityCounts } from './protocol';
import { durationsByClause } from './symbols';
import { kindLabel, t } from './i18n';

/** Clauses the report lists even without findings. */
const REPORTED_KINDS: ReadonlySet<ClauseKind> = new Set(['non-compete', 'non-solicitation', 'no-hire', 'social-media', 'monitoring']);
const RANK: Record<Severity | 'ok', number> = { ok: 0, info: 1, warning: 2, error: 3 };

export function countSeverities(findings: readonly Finding[]): SeverityCounts {
  const c: SeverityCounts = { error: 0, warning: 0, info: 0, total: findings.length };
  for (const f of findings) c[f.severity]++;
  return c;
}

/** Every restraint or social-media clause, and every clause with a finding, in document order. */
export function clauseReport(uri: string, doc: AnalyzedDocument, findings: readonly Finding[], docsBaseUrl: string, skipped?: string): ClauseReport {
  const durations = durationsByClause(doc);
  const lines = new LineIndex(doc.text);
  const lineOf = (offset: number) => lines.position(offset).line;
  const rows: ClauseReportRow[] = [];
  const used = new Set<Finding>();
  for (const clause of doc.clauses) {
    const inClause = findings.filter((f) => !used.has(f) && f.start >= clause.start && f.start <= clause.end);
    const kinds = [...clause.kinds];
    if (inClause.length === 0 && !kinds.some((k) => REPORTED_KINDS.has(k))) continue;
    for (const f of inClause) used.add(f);
    const d = durations.get(clause.index);
    let status: Severity | 'ok' = 'ok';
    for (const f of inClause) if (RANK[f.severity] > RANK[status]) status = f.severity;
    rows.push({
      title: clause.title || t('noHeading', doc.lang),
      line: lineOf(clause.start),
      kinds,
      kindLabels: kinds.map((k) => kindLabel(k, doc.lang)),
      durations: d?.texts ?? [],
      months: d?.months,
      status,
      findings: inClause.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        line: f.line,
        citations: f.citations.map((c) => ({ label: c.label, url: c.url })),
        docUrl: ruleDocUrl(f.ruleId, docsBaseUrl || undefined),
      })),
    });
  }
  return { uri, lang: doc.lang, jurisdiction: doc.jurisdiction, rows, skipped };
}
