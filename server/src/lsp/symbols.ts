/** Document symbols: the clauses as a hierarchy, "Artikel 12 – Relatiebeding (24 maanden)". */
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalyzedDocument, ClauseKind, Finding } from '../core/types';
import { restraintDurations } from '../core/restraints';
import { rangeOf } from './diagnostics';
import { kindLabel, t } from './i18n';

/** Outline icon per clause kind, in priority order (the first kind a clause has decides). */
const KIND_SYMBOLS: Array<[ClauseKind, SymbolKind]> = [
  ['non-compete', SymbolKind.Event],
  ['non-solicitation', SymbolKind.Event],
  ['no-hire', SymbolKind.Event],
  ['social-media', SymbolKind.Interface],
  ['monitoring', SymbolKind.Interface],
  ['penalty', SymbolKind.Constant],
  ['study-costs', SymbolKind.Constant],
  ['compensation', SymbolKind.Constant],
  ['confidentiality', SymbolKind.Key],
  ['ip', SymbolKind.Key],
  ['notice', SymbolKind.Number],
  ['probation', SymbolKind.Number],
  ['term', SymbolKind.Number],
  ['governing-law', SymbolKind.Namespace],
];

export function symbolKindOf(kinds: ReadonlySet<ClauseKind>): SymbolKind {
  for (const [k, s] of KIND_SYMBOLS) if (kinds.has(k)) return s;
  return SymbolKind.String;
}

/** Restraint durations per clause index, as written in the document ("drie (3) jaar"), without repeats. */
export function durationsByClause(doc: AnalyzedDocument): Map<number, { texts: string[]; months: number }> {
  const out = new Map<number, { texts: string[]; months: number }>();
  for (const { restraint, duration } of restraintDurations(doc)) {
    const text = doc.text.slice(duration.start, duration.end).replace(/\s+/gu, ' ').trim();
    const entry = out.get(restraint.clause.index) ?? { texts: [], months: 0 };
    if (!entry.texts.includes(text)) entry.texts.push(text);
    entry.months = Math.max(entry.months, duration.months);
    out.set(restraint.clause.index, entry);
  }
  return out;
}

export function documentSymbols(doc: TextDocument, analyzed: AnalyzedDocument, findings: readonly Finding[]): DocumentSymbol[] {
  const durations = durationsByClause(analyzed);
  const roots: DocumentSymbol[] = [];
  const stack: Array<{ depth: number; symbol: DocumentSymbol; end: number }> = [];
  const close = (entry: { symbol: DocumentSymbol; end: number }) => {
    entry.symbol.range = rangeOf(doc, doc.offsetAt(entry.symbol.range.start), entry.end);
  };
  for (const clause of analyzed.clauses) {
    const heading = clause.heading;
    if (!heading) continue;
    const depth = heading.depth ?? 1;
    while (stack.length && stack[stack.length - 1].depth >= depth) close(stack.pop()!);
    const title = clause.title || t('noHeading', analyzed.lang);
    const d = durations.get(clause.index);
    const count = findings.filter((f) => f.start >= clause.start && f.start <= clause.end).length;
    const detail = [
      [...clause.kinds].map((k) => kindLabel(k, analyzed.lang)).join(', '),
      count ? t('findings', analyzed.lang, count) : '',
    ].filter(Boolean).join(' · ');
    const symbol: DocumentSymbol = {
      name: d ? `${title} (${d.texts.join(', ')})` : title,
      detail: detail || undefined,
      kind: symbolKindOf(clause.kinds),
      range: rangeOf(doc, clause.start, clause.end),
      selectionRange: rangeOf(doc, heading.start, heading.end),
      children: [],
    };
    const parent = stack[stack.length - 1];
    if (parent) parent.symbol.children!.push(symbol);
    else roots.push(symbol);
    // an ancestor's range covers its descendants
    for (const s of stack) s.end = Math.max(s.end, clause.end);
    stack.push({ depth, symbol, end: clause.end });
  }
  while (stack.length) close(stack.pop()!);
  return roots;
}
