/** The pure entry point: `lint(text, options) -> Finding[]`. No I/O, no LSP or VS Code types. */
import type {
  AnalyzedDocument, Finding, Fix, Jurisdiction, Lang, LintOptions, LintResult, Localized, Report, Rule, RuleContext, Severity,
} from './types';
import { LineIndex } from './text';
import { parseDocument } from './parse';
import { segmentClauses } from './segment';
import { DEFAULT_JURISDICTION, detectGoverningLaw, detectLanguage } from './language';
import { computeFacts } from './facts';
import { parseDirectives, Suppressions } from './directives';
import { resolveCitation } from '../law/citations';
import { canonicalRuleId, rules as allRules } from '../rules';

export const DEFAULT_MAX_LENGTH = 10_000_000;

export function analyze(text: string, options: LintOptions = {}): AnalyzedDocument {
  const format = options.format ?? 'markdown';
  const { masked, blocks } = parseDocument(text, format);
  const clauses = segmentClauses(masked, blocks);
  const lang: Lang = options.lang ?? detectLanguage(masked).lang;
  const governingLaw = detectGoverningLaw(masked, clauses.flatMap((c) => c.sentences));
  let jurisdiction: Jurisdiction;
  let jurisdictionSource: AnalyzedDocument['jurisdictionSource'];
  if (options.jurisdiction) {
    jurisdiction = options.jurisdiction;
    jurisdictionSource = 'option';
  } else if (governingLaw) {
    jurisdiction = governingLaw.jurisdiction;
    jurisdictionSource = 'governing-law';
  } else {
    jurisdiction = DEFAULT_JURISDICTION[lang];
    jurisdictionSource = 'language';
  }
  return {
    text,
    masked,
    format,
    lang,
    jurisdiction,
    langSource: options.lang ? 'option' : 'detected',
    jurisdictionSource,
    blocks,
    clauses,
    facts: computeFacts(masked, blocks, clauses, governingLaw),
  };
}

export function lint(text: string, options: LintOptions = {}): Finding[] {
  return lintDocument(text, options).findings;
}

export function lintDocument(text: string, options: LintOptions = {}, ruleSet: readonly Rule[] = allRules): LintResult {
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  if (text.length > maxLength) {
    const doc = analyze('', options);
    return {
      findings: [],
      doc,
      skipped: `document has ${text.length} characters, more than the limit of ${maxLength}; not linted`,
      internalErrors: [],
    };
  }
  const doc = analyze(text, options);
  const lines = new LineIndex(text);
  const settings = normaliseSettings(options.rules);
  const findings: Finding[] = [];
  const internalErrors: LintResult['internalErrors'] = [];
  const t = (l: Localized) => l[doc.lang];

  for (const rule of ruleSet) {
    const { meta } = rule;
    const base = meta.severity[doc.jurisdiction];
    const setting = settings.get(meta.id);
    if (base === undefined || setting === 'off') continue;
    const ruleFindings: Finding[] = [];
    const ctx: RuleContext = {
      doc,
      lang: doc.lang,
      jurisdiction: doc.jurisdiction,
      severity: base,
      t,
      report: (r: Report) => {
        ruleFindings.push(toFinding(rule, r, setting as Severity | undefined, doc, lines));
      },
    };
    try {
      rule.check(ctx);
      findings.push(...ruleFindings);
    } catch (e) {
      internalErrors.push({ ruleId: meta.id, message: (e as Error)?.stack ?? String(e) });
    }
  }

  const suppressions = new Suppressions(parseDirectives(text, lines, doc.format === 'plaintext'), text, lines, canonicalRuleId);
  const hidden = (options.hiddenFalsePositives ?? []).map((h) => ({ rule: canonicalRuleId(h.rule), text: h.text.toLowerCase() }));
  const seen = new Set<string>();
  const kept = findings.filter((f) => {
    const key = `${f.ruleId}:${f.start}:${f.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    if (suppressions.isSuppressed(f.ruleId, f.start, f.line - 1)) return false;
    if (hidden.length) {
      const sentence = sentenceAround(doc, f.start).toLowerCase();
      if (hidden.some((h) => h.rule === f.ruleId && sentence.includes(h.text))) return false;
    }
    return true;
  });
  kept.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  return { findings: kept, doc, internalErrors };
}

function normaliseSettings(rules: LintOptions['rules']): Map<string, string> {
  const m = new Map<string, string>();
  if (!rules) return m;
  for (const id of Object.keys(rules)) m.set(canonicalRuleId(id), rules[id]);
  return m;
}

function toFinding(rule: Rule, r: Report, setting: Severity | undefined, doc: AnalyzedDocument, lines: LineIndex): Finding {
  const { meta } = rule;
  const lang = doc.lang;
  const start = Math.max(0, Math.min(r.start, doc.text.length));
  const end = Math.max(start, Math.min(r.end, doc.text.length));
  const ids = r.citations ?? [...(meta.citations[doc.jurisdiction] ?? []), ...(meta.citations.all ?? [])];
  const fixes: Fix[] = (r.fixes ?? []).map((f) => ({
    title: typeof f.title === 'string' ? f.title : f.title[lang],
    edits: f.edits,
    preferred: f.preferred,
  }));
  const s = lines.position(start);
  const e = lines.position(end);
  const clause = doc.clauses.find((c) => c.start <= start && start <= c.end);
  return {
    ruleId: meta.id,
    severity: setting ?? r.severity ?? meta.severity[doc.jurisdiction]!,
    start,
    end,
    line: s.line,
    column: s.column,
    endLine: e.line,
    endColumn: e.column,
    message: typeof r.message === 'string' ? r.message : r.message[lang],
    citations: ids.map((id) => resolveCitation(id, lang)),
    fixes,
    lang,
    jurisdiction: doc.jurisdiction,
    clause: clause?.title || undefined,
  };
}

function sentenceAround(doc: AnalyzedDocument, offset: number): string {
  for (const c of doc.clauses) {
    if (offset < c.start || offset > c.end) continue;
    for (const s of c.sentences) if (s.start <= offset && offset <= s.end) return s.text;
    if (c.heading && c.heading.start <= offset && offset <= c.heading.end) return doc.masked.slice(c.heading.start, c.heading.end);
  }
  return '';
}
