/** The pure entry point: `lint(text, options) -> Finding[]`. No I/O, no LSP or VS Code types. */
import type {
  AnalyzedDocument, Block, Clause, Finding, Fix, Jurisdiction, Lang, LintOptions, LintResult, Localized, Report, Rule, RuleContext, Severity,
} from './types';
import { LineIndex, releaseRegexMemos } from './text';
import { employerNameList, isSocialMediaDocument, partyTerms, partyTermsSample, rememberPartyTerms, releaseMentionMemos, type PartyTerms } from './social';
import { ChunkCache, parseDocument, type ParsedDocument } from './parse';
import { resegmentClauses, segmentAll, type Segmentation } from './segment';
import { perClause } from './clause-memo';
import { DEFAULT_JURISDICTION, LANGUAGE_SAMPLE, detectGoverningLaw, detectLanguage, type GoverningLaw, type LanguageGuess } from './language';
import { computeFacts } from './facts';
import { parseDirectives, Suppressions } from './directives';
import { resolveCitation } from '../law/citations';
import { canonicalRuleId, rules as allRules } from '../rules';

export const DEFAULT_MAX_LENGTH = 10_000_000;

/**
 * What the incremental path keeps between lints of one document: parsed chunks, and the findings of
 * clause-scoped rules per clause (keyed by the clause's text, its parents and the document context).
 * A lint with state gives exactly what a lint without it gives (a randomized test checks this).
 */
export class LintState {
  chunks = new ChunkCache();
  /** The line index of the last text linted, updated for the next text from the edit between them. */
  lines?: LineIndex;
  /** The clauses of the last Markdown parse, for the next to start from (segment.ts resegmentClauses). */
  segmentation?: Segmentation;
  /** The party terms of the last lint and the text they were counted in. */
  terms?: { lang: Lang; sample: string; terms: PartyTerms };
  /** The language guess of the last lint and the sample it was made from. */
  language?: { sample: string; guess: LanguageGuess };
  private current = new Map<string, RawFinding[]>();
  private previous = new Map<string, RawFinding[]>();
  clauseHits = 0;
  clauseMisses = 0;
  /** Context strings (document facts, rule settings) by a short id, so that clause keys stay short. */
  private contexts = new Map<string, number>();
  contextId(context: string): number {
    let id = this.contexts.get(context);
    if (id === undefined) {
      if (this.contexts.size > 64) this.contexts.clear(); // ids stay unique: the counter goes on
      this.contexts.set(context, (id = this.nextContext++));
    }
    return id;
  }
  private nextContext = 0;
  getClause(key: string): RawFinding[] | undefined {
    let v = this.current.get(key);
    if (!v) {
      v = this.previous.get(key);
      if (v) this.current.set(key, v);
    }
    return v;
  }
  setClause(key: string, findings: RawFinding[]): void {
    this.current.set(key, findings);
  }
  sweep(): void {
    this.previous = this.current;
    this.current = new Map();
  }
  /** Forgets everything kept: the next lint with this state is a lint from scratch. */
  clear(): void {
    this.chunks = new ChunkCache();
    this.current = new Map();
    this.previous = new Map();
    this.contexts.clear();
    this.lines = undefined;
    this.segmentation = undefined;
    this.terms = undefined;
    this.language = undefined;
  }
}

/** A finding before positions are computed, offsets relative to `base`. */
type RawFinding = Omit<Finding, 'line' | 'column' | 'endLine' | 'endColumn' | 'clause'>;

export function analyze(text: string, options: LintOptions = {}, state?: LintState): AnalyzedDocument {
  return analyzeWithOrigins(text, options, state).doc;
}

/** `analyze`, plus (with a state) the cached chunk block each block comes from (parse.ts `origins`). */
function analyzeWithOrigins(text: string, options: LintOptions, state?: LintState): { doc: AnalyzedDocument; origins?: Block[]; edit?: ParsedDocument['edit'] } {
  const format = options.format ?? 'markdown';
  const { masked, blocks, origins, edit } = parseDocument(text, format, state?.chunks);
  const prev = state?.segmentation;
  const seg = prev && edit && prev.blocks === edit.previous ? resegmentClauses(masked, blocks, origins, prev, edit) : segmentAll(masked, blocks, origins);
  if (state) state.segmentation = origins ? seg : undefined;
  const clauses = seg.clauses;
  if (origins) {
    // clauses kept from the previous lint have theirs; a clause's blocks are the next ones in `blocks`
    clauses.forEach((c, k) => {
      const first = seg.firstBlock[k];
      if (!c.identity && c.blocks.length) c.identity = { anchor: origins[first], key: `${c.parents.join('\u0001')}\u0000${clauseContent(text, c, origins, first)}` };
    });
  }
  const lang: Lang = options.lang ?? languageOf(masked, state);
  const governingLaw = firstGoverningLaw(masked, clauses);
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
  const doc: AnalyzedDocument = {
    text,
    masked,
    format,
    lang,
    jurisdiction,
    langSource: options.lang ? 'option' : 'detected',
    jurisdictionSource,
    blocks,
    clauses,
    facts: computeFacts(masked, blocks, clauses, governingLaw, origins),
  };
  return { doc, origins, edit };
}

/** The party terms of the document; with a state, counted again only when the text they are counted in changed. */
function termsOf(doc: AnalyzedDocument, state: LintState): PartyTerms {
  const sample = partyTermsSample(doc.masked);
  const kept = state.terms;
  if (kept && kept.lang === doc.lang && kept.sample === sample) {
    rememberPartyTerms(doc, kept.terms);
    return kept.terms;
  }
  const terms = partyTerms(doc);
  state.terms = { lang: doc.lang, sample, terms };
  return terms;
}

/** The detected language; with a state, guessed again only when the sample it reads changed. */
function languageOf(masked: string, state?: LintState): Lang {
  const sample = masked.length > LANGUAGE_SAMPLE ? masked.slice(0, LANGUAGE_SAMPLE) : masked;
  if (state?.language?.sample === sample) return state.language.guess.lang;
  const guess = detectLanguage(sample);
  if (state) state.language = { sample, guess };
  return guess.lang;
}

/** The first governing-law sentence of the document, found clause by clause (kept per clause between lints). */
function firstGoverningLaw(masked: string, clauses: readonly Clause[]): GoverningLaw | undefined {
  for (const c of clauses) {
    const hit = perClause(c, 'governing-law', () => {
      const g = detectGoverningLaw(masked, c.sentences);
      return g ? { ...g, start: g.start - c.start, end: g.end - c.start } : null;
    });
    if (hit) return { ...hit, start: hit.start + c.start, end: hit.end + c.start };
  }
  return undefined;
}

export function lint(text: string, options: LintOptions = {}): Finding[] {
  return lintDocument(text, options).findings;
}

export function lintDocument(
  text: string,
  options: LintOptions = {},
  ruleSet: readonly Rule[] = allRules,
  state?: LintState,
): LintResult {
  try {
    try {
      return lintDocumentOnce(text, options, ruleSet, state);
    } catch (e) {
      if (!state) throw e;
      // a failure in the incremental path must not stick to the document: start again from scratch
      state.clear();
      const result = lintDocumentOnce(text, options, ruleSet, state);
      result.internalErrors.push({ ruleId: 'incremental', message: `relint failed and was redone from scratch: ${(e as Error)?.stack ?? String(e)}` });
      return result;
    }
  } finally {
    releaseRegexMemos(); // no text outlives its lint in a regex's memo
    releaseMentionMemos();
  }
}

function lintDocumentOnce(text: string, options: LintOptions, ruleSet: readonly Rule[], state?: LintState): LintResult {
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
  const { doc, edit: parsedEdit } = analyzeWithOrigins(text, options, state);
  const settings = normaliseSettings(options.rules);
  const raw: RawFinding[] = [];
  const internalErrors: LintResult['internalErrors'] = [];

  const active = ruleSet.filter((r) => r.meta.severity[doc.jurisdiction] !== undefined && settings.get(r.meta.id) !== 'off');
  const run = (rules: readonly Rule[], view: AnalyzedDocument, sink: RawFinding[]) => {
    for (const rule of rules) {
      const found: RawFinding[] = [];
      const ctx: RuleContext = {
        doc: view,
        lang: view.lang,
        jurisdiction: view.jurisdiction,
        severity: rule.meta.severity[view.jurisdiction]!,
        t: (l: Localized) => l[view.lang],
        report: (r: Report) => found.push(toRawFinding(rule, r, settings.get(rule.meta.id) as Severity | undefined, view)),
      };
      try {
        rule.check(ctx);
        sink.push(...found);
      } catch (e) {
        internalErrors.push({ ruleId: rule.meta.id, message: (e as Error)?.stack ?? String(e) });
      }
    }
  };

  const clauseRules = state ? active.filter((r) => r.meta.scope === 'clause') : [];
  run(state ? active.filter((r) => r.meta.scope !== 'clause') : active, doc, raw);
  if (state && clauseRules.length) {
    // Clause-scoped rules see one clause at a time through its parents and the document-level facts
    // below: a clause whose text, parents and context are unchanged keeps its findings. Every
    // document-level value a clause-scoped rule reads must be in this key (and is computed here, on
    // the whole document, before the view of the dirty clauses exists).
    const context = state.contextId(JSON.stringify([
      doc.lang, doc.jurisdiction, doc.format, doc.facts.isFixedTerm, doc.facts.isPolicyDocument,
      isSocialMediaDocument(doc), employerNameList(doc), termsOf(doc, state),
      clauseRules.map((r) => [r.meta.id, settings.get(r.meta.id) ?? '']),
    ]));
    const dirty: Array<{ clause: AnalyzedDocument['clauses'][number]; key: string }> = [];
    for (const clause of doc.clauses) {
      const id = clause.identity;
      let key: string;
      if (id) {
        // the same string object on every lint of an unchanged clause: its hash is computed once
        if (id.findingsKey?.context !== context) id.findingsKey = { context, key: `${context}\u0000${id.key}` };
        key = id.findingsKey.key;
      } else key = `${context}\u0000${clause.parents.join('\u0001')}\u0000${text.slice(clause.start, clause.end)}`;
      const hit = state.getClause(key);
      if (hit) {
        state.clauseHits++;
        for (const f of hit) raw.push(shift(f, clause.start));
      } else {
        state.clauseMisses++;
        dirty.push({ clause, key });
      }
    }
    if (dirty.length) {
      const found: RawFinding[] = [];
      run(clauseRules, { ...doc, clauses: dirty.map((d) => d.clause) }, found);
      const perClause = new Map<string, RawFinding[]>(dirty.map((d) => [d.key, []]));
      for (const f of found) {
        raw.push(f);
        const owner = dirty[ownerIndex(dirty, f.start)];
        perClause.get(owner.key)!.push(shift(f, -owner.clause.start));
      }
      for (const d of dirty) state.setClause(d.key, perClause.get(d.key)!);
    }
    state.sweep();
  }

  // the edit the parse found, when it is from the same previous text (finding it again costs ~1 ms per MB)
  const parsed = parsedEdit?.previousText === state?.lines?.source ? parsedEdit?.text : undefined;
  const lines = state?.lines ? LineIndex.edited(state.lines, text, parsed) : new LineIndex(text);
  if (state) state.lines = lines;
  const suppressions = new Suppressions(parseDirectives(text, lines, doc.format === 'plaintext'), text, lines, canonicalRuleId);
  const hidden = (options.hiddenFalsePositives ?? []).map((h) => ({ rule: canonicalRuleId(h.rule), text: h.text.toLowerCase() }));
  const seen = new Set<string>();
  raw.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message));
  const findings: Finding[] = [];
  let clauseIdx = 0;
  for (const f of raw) {
    const key = `${f.ruleId}:${f.start}:${f.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const s = lines.position(f.start);
    if (suppressions.isSuppressed(f.ruleId, f.start, s.line - 1)) continue;
    if (hidden.length) {
      const sentence = sentenceAround(doc, f.start).toLowerCase();
      if (hidden.some((h) => h.rule === f.ruleId && sentence.includes(h.text))) continue;
    }
    while (clauseIdx + 1 < doc.clauses.length && doc.clauses[clauseIdx + 1].start <= f.start) clauseIdx++;
    const clause = doc.clauses[clauseIdx];
    const e = lines.position(f.end);
    // the properties written out in the order of toRawFinding (a spread was ~10 % of a 1 MB relint)
    findings.push({
      ruleId: f.ruleId,
      severity: f.severity,
      start: f.start,
      end: f.end,
      message: f.message,
      citations: f.citations,
      fixes: f.fixes,
      lang: f.lang,
      jurisdiction: f.jurisdiction,
      line: s.line,
      column: s.column,
      endLine: e.line,
      endColumn: e.column,
      clause: clause && clause.start <= f.start && f.start <= clause.end ? clause.title || undefined : undefined,
    });
  }
  return { findings, doc, internalErrors };
}

/**
 * What a clause's findings depend on besides its context: its text. With origins (Markdown with a
 * chunk cache) the text is named by the ids of the cached chunk blocks it consists of, their offsets
 * in the clause and the text between them — short keys that need no hashing of the clause text; a
 * cached chunk block stands for exactly one text (its chunk is cached by its text).
 */
function clauseContent(text: string, clause: Clause, origins: readonly Block[], first: number): string {
  let key = '';
  let prevEnd = clause.start;
  for (let i = 0; i < clause.blocks.length; i++) {
    const b = clause.blocks[i];
    const origin = origins[first + i];
    key += `${text.slice(prevEnd, b.start)}\u0001${originId(origin)}:${b.end - b.start}\u0001`;
    prevEnd = b.end;
  }
  return key;
}

const originIds = new WeakMap<Block, number>();
let nextOriginId = 0;
function originId(b: Block): number {
  let id = originIds.get(b);
  if (id === undefined) originIds.set(b, (id = nextOriginId++));
  return id;
}

/** The last dirty clause starting at or before `offset` (dirty clauses are in document order). */
function ownerIndex(dirty: Array<{ clause: { start: number } }>, offset: number): number {
  let lo = 0;
  let hi = dirty.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (dirty[mid].clause.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function shift(f: RawFinding, by: number): RawFinding {
  if (by === 0) return f;
  return {
    ...f,
    start: f.start + by,
    end: f.end + by,
    fixes: f.fixes.map((x) => ({ ...x, edits: x.edits.map((e) => ({ ...e, start: e.start + by, end: e.end + by })) })),
  };
}

function normaliseSettings(rules: LintOptions['rules']): Map<string, string> {
  const m = new Map<string, string>();
  if (!rules) return m;
  for (const id of Object.keys(rules)) m.set(canonicalRuleId(id), rules[id]);
  return m;
}

function toRawFinding(rule: Rule, r: Report, setting: Severity | undefined, doc: AnalyzedDocument): RawFinding {
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
  return {
    ruleId: meta.id,
    severity: setting ?? r.severity ?? meta.severity[doc.jurisdiction]!,
    start,
    end,
    message: typeof r.message === 'string' ? r.message : r.message[lang],
    citations: ids.map((id) => resolveCitation(id, lang)),
    fixes,
    lang,
    jurisdiction: doc.jurisdiction,
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
