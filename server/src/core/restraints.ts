/** Finding restraint clauses and their durations: shared by the restraint rules. */
import type { AnalyzedDocument, Clause, ClauseKind, Sentence } from './types';
import { RESTRAINT_KINDS, restraintKindsOfSentence } from './segment';
import { extractDurations, type Duration } from './durations';
import { findAllIn, findIn, words } from './text';
import { perClause } from './clause-memo';
import {
  CONFIDENTIALITY, CONTRACT_DOCUMENT, DERIVED_FROM, LOOK_BACK_YEAR, PLACEHOLDER, POLICY_DOCUMENT, POST_TERMINATION, PROCEDURE, PROHIBITION,
  REASON_GIVEN, RESTRAINT_OBJECT, RESTRAINT_REFERENCE, TITLE_WORDS, WEIGHTY_INTERESTS,
} from './vocabulary';

export interface RestraintSentence {
  clause: Clause;
  sentence: Sentence;
  /** Restraint kinds of the sentence itself, or else of its clause. */
  kinds: Set<ClauseKind>;
}

/**
 * Sentences that impose a restraint (computed once per analysed document; do not mutate): either the sentence itself does (prohibition + after
 * termination + clients/competition, or names the restraint), or it sits in a restraint clause
 * (by title or content) and states a prohibition or a period after termination.
 */
const sentenceCache = new WeakMap<AnalyzedDocument, RestraintSentence[]>();
const clauseCache = new WeakMap<AnalyzedDocument, RestraintClause[]>();

export function restraintSentences(doc: AnalyzedDocument): RestraintSentence[] {
  const cached = sentenceCache.get(doc);
  if (cached) return cached;
  const out = findRestraintSentences(doc);
  sentenceCache.set(doc, out);
  return out;
}

function findRestraintSentences(doc: AnalyzedDocument): RestraintSentence[] {
  const out: RestraintSentence[] = [];
  for (const clause of doc.clauses) {
    // per clause: [sentence index, kinds]; a clause's restraint sentences depend on it alone
    for (const [i, kinds] of perClause(clause, 'restraint-sentences', () => restraintSentencesOf(doc.masked, clause))) {
      out.push({ clause, sentence: clause.sentences[i], kinds: new Set(kinds) });
    }
  }
  return out;
}

function restraintSentencesOf(masked: string, clause: Clause): Array<[number, ClauseKind[]]> {
  const out: Array<[number, ClauseKind[]]> = [];
  const clauseKinds = [...clause.kinds].filter((k) => RESTRAINT_KINDS.has(k));
  const titled = clause.heading !== undefined && (
    findIn(TITLE_WORDS['non-compete'], masked, clause.heading.start, clause.heading.end) ||
    findIn(TITLE_WORDS['non-solicitation'], masked, clause.heading.start, clause.heading.end) ||
    findIn(TITLE_WORDS['no-hire'], masked, clause.heading.start, clause.heading.end) ||
    clause.parents.some((p) => findIn(TITLE_WORDS['non-compete'], p) || findIn(TITLE_WORDS['non-solicitation'], p))
  );
  clause.sentences.forEach((sentence, i) => {
    const own = sentence.kinds ?? restraintKindsOfSentence(masked, sentence.start, sentence.end);
    if (own.size) {
      out.push([i, [...own]]);
    } else if (titled || clauseKinds.length) {
      const confidential = findIn(CONFIDENTIALITY, masked, sentence.start, sentence.end);
      const after = findIn(POST_TERMINATION, masked, sentence.start, sentence.end);
      // "The Company will retain personnel records for two years after the employment ends" is no restraint:
      // a sentence bound only by "after termination" must name the restraint or what it restrains
      const bound =
        findIn(PROHIBITION, masked, sentence.start, sentence.end) ||
        findIn(RESTRICTED_PERIOD, masked, sentence.start, sentence.end) ||
        (after && (findIn(RESTRAINT_REFERENCE, masked, sentence.start, sentence.end) || findIn(RESTRAINT_OBJECT, masked, sentence.start, sentence.end)));
      if (bound && !confidential) out.push([i, clauseKinds.length ? clauseKinds : ['non-solicitation']]);
    }
  });
  return out;
}

const RESTRICTED_PERIOD = words(['restricted period', 'restriction period', 'beperkingsperiode', 'periode van het beding', 'karenstid', 'bindingstid']);

/** A period looking back ("in de laatste 12 maanden", "in the 12 months prior to", "siste år"). */
const LOOK_BACK_BEFORE = words([
  'laatste', 'afgelopen', 'voorafgaande', 'voorgaande', 'in the last', 'in the preceding', 'in the previous', 'during the last',
  'within the last', 'siste', 'foregående', 'forutgående', 'de siste',
]);
const LOOK_BACK_AFTER = words([
  'voorafgaand aan', 'voorafgaande aan', 'voor (?:de|het) (?:einde|beëindiging|datum)', 'voor (?:zijn|haar|diens) (?:vertrek|uitdiensttreding)',
  'prior to', 'preceding', 'before (?:the|that|this|such|his|her|their|leaving|termination)', 'immediately (?:before|prior)',
  'før (?:fratreden|fratredelse\\p{L}*|opphør\\p{L}*|oppsigelse\\p{L}*|arbeidsforholdets|redegjørelse\\p{L}*|arbeidsgiver|sin|hans|hennes)', 'forut for', 'forutgående',
]);
/** Durations that are not the restraint's own: notice, probation, payment, penalty per day. */
const OTHER_PERIOD = words([
  'opzegtermijn', 'opzeggingstermijn', 'proeftijd', 'oppsigelsestid(?:en)?', 'prøvetid(?:en)?', 'notice', 'probation(?:ary)?',
  'salaris', 'lønn', 'salary', 'pay', 'loon', 'vergoeding van', 'studiekosten', 'terugbetal\\p{L}*', 'tilbakebetal\\p{L}*', 'repay\\p{L}*',
]);

/** Words that introduce a restraint's length: "geldt gedurende", "for a period of", "gjelder i". */
const DURATION_LEAD =
  /(?:gedurende|geldt|gelden|duurt|looptijd van|periode van|termijn van|tot|for a period of|period of|for|lasts?|during|continues?|applies|within|i en periode på|periode på|gjelder i|gjelder|varer|løper|i|binnen|within)\s+(?:(?:de|het|een|a|the|en|et|ei)\s+)?(?:(?:periode|period|tijd|duur)\s+(?:van|of|på)\s+)?$/iu;

export function isLookBack(masked: string, d: Duration): boolean {
  const before = masked.slice(Math.max(0, d.start - 40), d.start);
  const after = masked.slice(d.end, d.end + 40);
  return findIn(LOOK_BACK_BEFORE, before) !== undefined || (findIn(LOOK_BACK_AFTER, after)?.index ?? 99) < 6;
}

export function isOtherPeriod(masked: string, d: Duration): boolean {
  const before = masked.slice(Math.max(0, d.start - 35), d.start);
  return findIn(OTHER_PERIOD, before) !== undefined;
}

/**
 * "een jaar en zes maanden", "ett år og seks måneder", "one year and six months": adjacent durations joined by
 * "en" / "og" / "and" are one period. The combined duration keeps the first part's style (for the fix's wording).
 */
export function combineDurations(text: string, durations: Duration[]): Duration[] {
  const out: Duration[] = [];
  for (const d of durations) {
    const prev = out[out.length - 1];
    if (prev && prev.months > d.months && /^\s+(?:en|og|and|plus)\s+$/iu.test(text.slice(prev.end, d.start))) {
      out[out.length - 1] = { ...prev, end: d.end, months: prev.months + d.months, text: text.slice(prev.start, d.end) };
      continue;
    }
    out.push(d);
  }
  return out;
}

export interface RestraintDuration {
  restraint: RestraintSentence;
  duration: Duration;
}

/** Durations that state how long a restraint lasts (look-back periods, notice and the like excluded). */
export function restraintDurations(doc: AnalyzedDocument): RestraintDuration[] {
  const out: RestraintDuration[] = [];
  const { masked } = doc;
  for (const r of restraintSentences(doc)) {
    const { start, end } = r.sentence;
    // "Het concurrentiebeding is nodig gezien de productroadmap voor de komende twee jaar": a sentence that only
    // names the restraint states its length only with a duration lead ("geldt gedurende", "for a period of")
    const namesOnly = !findIn(PROHIBITION, masked, start, end) && !findIn(POST_TERMINATION, masked, start, end);
    for (const d of combineDurations(r.sentence.text, extractDurations(r.sentence.text, doc.lang))) {
      const duration = { ...d, start: d.start + start, end: d.end + start };
      if (isLookBack(masked, duration) || isOtherPeriod(masked, duration)) continue;
      if (namesOnly && !DURATION_LEAD.test(masked.slice(Math.max(start, duration.start - 30), duration.start))) continue;
      out.push({ restraint: r, duration });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Restraint clauses: the clause, its restraint sentences and every sentence that is about them.

export interface RestraintClause {
  clause: Clause;
  /** The restraint sentences of the clause, in order. */
  restraints: RestraintSentence[];
  /** Union of the restraint kinds of its sentences. */
  kinds: Set<ClauseKind>;
  /**
   * Sentences about the restraint: every sentence of a clause titled as a restraint (or under such a
   * title); otherwise the restraint sentences, the other sentences of their blocks and sentences that
   * refer back to the restraint ("dit beding", "the restrictions", "klausulen").
   */
  related: Sentence[];
  /** The clause (or an enclosing clause) is titled as a restraint. */
  titled: boolean;
}

const RESTRAINT_TITLE_KINDS = ['non-compete', 'non-solicitation', 'no-hire'] as const;

export function isRestraintTitle(masked: string, start: number, end: number): boolean {
  return RESTRAINT_TITLE_KINDS.some((k) => findIn(TITLE_WORDS[k], masked, start, end) !== undefined);
}

export function restraintClauses(doc: AnalyzedDocument): RestraintClause[] {
  const cached = clauseCache.get(doc);
  if (cached) return cached;
  const out = findRestraintClauses(doc);
  clauseCache.set(doc, out);
  return out;
}

function findRestraintClauses(doc: AnalyzedDocument): RestraintClause[] {
  const byClause = new Map<Clause, RestraintSentence[]>();
  for (const r of restraintSentences(doc)) {
    const list = byClause.get(r.clause);
    if (list) list.push(r);
    else byClause.set(r.clause, [r]);
  }
  const out: RestraintClause[] = [];
  for (const [clause, restraints] of byClause) {
    const kinds = new Set<ClauseKind>();
    for (const r of restraints) for (const k of r.kinds) kinds.add(k);
    // per clause: whether it is titled as a restraint, and the indices of its related sentences
    const [titled, related] = perClause(clause, 'restraint-related', () => relatedSentences(doc.masked, clause, restraints));
    out.push({ clause, restraints, kinds, related: related.map((i) => clause.sentences[i]), titled });
  }
  return out;
}

function relatedSentences(masked: string, clause: Clause, restraints: readonly RestraintSentence[]): [boolean, number[]] {
  const titled =
    (clause.heading !== undefined && isRestraintTitle(masked, clause.heading.start, clause.heading.end)) ||
    clause.parents.some((p) => isRestraintTitle(p, 0, p.length));
  if (titled) return [true, clause.sentences.map((_, i) => i)];
  const blocks = clause.blocks.filter((b) => restraints.some((r) => r.sentence.start >= b.start && r.sentence.end <= b.end));
  const related: number[] = [];
  clause.sentences.forEach((s, i) => {
    if (
      restraints.some((r) => r.sentence === s) ||
      blocks.some((b) => s.start >= b.start && s.end <= b.end) ||
      findIn(RESTRAINT_REFERENCE, masked, s.start, s.end) !== undefined
    ) related.push(i);
  });
  return [false, related];
}

/**
 * The phrase a restraint finding points at when the problem is the restraint as a whole: the
 * restraint's name in the sentence ("relatiebeding", "konkurranseklausul"), else its prohibition
 * ("Het is werknemer verboden", "shall not"), else the sentence's first words.
 */
export function restraintAnchor(doc: AnalyzedDocument, r: RestraintSentence): { start: number; end: number } {
  const { masked } = doc;
  const { start, end } = r.sentence;
  for (const k of RESTRAINT_TITLE_KINDS) {
    const m = findIn(TITLE_WORDS[k], masked, start, end);
    if (m) return { start: m.index, end: m.index + m[0].length };
  }
  const p = findIn(PROHIBITION, masked, start, end);
  if (p) return { start: p.index, end: p.index + p[0].length };
  const first = /^\S+(?:\s+\S+){0,3}/u.exec(r.sentence.text);
  return { start, end: start + (first ? first[0].length : end - start) };
}

// ---------------------------------------------------------------------------------------------
// Look-back periods: which clients a restraint covers ("in de laatste 24 maanden", "siste år").

export interface LookBackPeriod {
  start: number;
  end: number;
  months: number;
}

/** Look-back periods in masked[from, to): durations used as look-back and "het laatste jaar"-phrases. */
export function lookBackPeriods(doc: AnalyzedDocument, from: number, to: number): LookBackPeriod[] {
  const out: LookBackPeriod[] = [];
  for (const d of extractDurations(doc.masked.slice(from, to), doc.lang)) {
    const duration = { ...d, start: d.start + from, end: d.end + from };
    if (isLookBack(doc.masked, duration)) out.push({ start: duration.start, end: duration.end, months: duration.months });
  }
  for (const m of findAllIn(LOOK_BACK_YEAR, doc.masked, from, to)) {
    if (!out.some((o) => o.start < m.index + m[0].length && m.index < o.end)) out.push({ start: m.index, end: m.index + m[0].length, months: 12 });
  }
  return out.sort((a, b) => a.start - b.start);
}

// ---------------------------------------------------------------------------------------------
// Written motivation of a restraint in a fixed-term contract (art. 7:653 lid 2 BW).

export interface Motivation {
  /** The sentence that gives the motivation. */
  sentence: Sentence;
  clause: Clause;
  /** The weighty-interests phrase (or the sentence start when the sentence only says it motivates). */
  start: number;
  end: number;
  /** A template placeholder is left in it ("[beschrijf de concrete belangen]"). */
  placeholder?: { start: number; end: number };
  /** It says why: a reason beyond the formula "zwaarwegende bedrijfsbelangen". */
  concrete: boolean;
}

const MOTIVATION_WORD = words([
  'motiveert', 'motiveren', 'gemotiveerd', 'motivering', 'onderbouwing', 'motivation', 'reasons? for (?:this|these|the) (?:clause|restrictions?|covenants?)',
  'justification', 'begrunnelse(?:n)?', 'begrunner', 'begrunnet',
]);
const REASONS_TITLE = words(['reasons?', 'grounds', 'redenen', 'reden', 'grunner', 'grunnlag', 'belang(?:en)?', 'interests?', 'interesser']);
const MOTIVATION_TITLE = words(['motivering', 'motivation', 'justification', 'begrunnelse', 'zwaarwegend\\p{L}*', 'rechtvaardiging']);

/** Sentences that motivate a restraint, with whether they are concrete or only a placeholder or formula. */
export function motivations(doc: AnalyzedDocument): Motivation[] {
  const out: Motivation[] = [];
  for (const clause of doc.clauses) {
    // per clause, in clause-relative form: [sentence index, start, end, placeholder start/end or -1, concrete]
    for (const [i, start, end, phStart, phEnd, concrete] of perClause(clause, 'motivations', () => motivationsOf(doc.masked, clause))) {
      out.push({
        sentence: clause.sentences[i],
        clause,
        start: clause.start + start,
        end: clause.start + end,
        placeholder: phStart >= 0 ? { start: clause.start + phStart, end: clause.start + phEnd } : undefined,
        concrete,
      });
    }
  }
  return out;
}

function motivationsOf(masked: string, clause: Clause): Array<[number, number, number, number, number, boolean]> {
  const out: Array<[number, number, number, number, number, boolean]> = [];
  const h = clause.heading;
  // "Artikel 14 – Motivering", "10. Reasons for the non-compete", "Grunner for konkurranseklausulen"
  const titledMotivation =
    h !== undefined &&
    (findIn(MOTIVATION_TITLE, masked, h.start, h.end) !== undefined ||
      (findIn(REASONS_TITLE, masked, h.start, h.end) !== undefined && isRestraintTitle(masked, h.start, h.end)));
  clause.sentences.forEach((sentence, i) => {
    const weighty = findIn(WEIGHTY_INTERESTS, masked, sentence.start, sentence.end);
    const motivates = findIn(MOTIVATION_WORD, masked, sentence.start, sentence.end);
    const aboutRestraint = () =>
      findIn(RESTRAINT_REFERENCE, masked, sentence.start, sentence.end) !== undefined || isRestraintTitle(masked, sentence.start, sentence.end) ||
      (clause.heading !== undefined && isRestraintTitle(masked, clause.heading.start, clause.heading.end));
    if (!weighty && !titledMotivation && !(motivates && aboutRestraint())) return;
    const next = clause.sentences[i + 1];
    const sameBlock = next && clause.blocks.some((b) => b.start <= sentence.start && next.end <= b.end);
    const to = sameBlock ? next.end : sentence.end;
    const ph = findIn(PLACEHOLDER, masked, sentence.start, to);
    const at = weighty ?? motivates;
    const start = at ? at.index : sentence.start;
    const end = at ? at.index + at[0].length : Math.min(sentence.end, sentence.start + 40);
    const c = clause.start;
    out.push([i, start - c, end - c, ph ? ph.index - c : -1, ph ? ph.index + ph[0].length - c : -1, givesReason(masked, sentence.start, to)]);
  });
  return out;
}

/** A reason connector ("omdat", "namelijk", "because", "fordi") that introduces more than the formula itself. */
function givesReason(masked: string, from: number, to: number): boolean {
  for (const m of findAllIn(REASON_GIVEN, masked, from, to)) {
    const after = m.index + m[0].length;
    const rest = masked.slice(after, Math.min(to, after + 160));
    const formula = findIn(WEIGHTY_INTERESTS, rest);
    const restWords = rest.replace(/[[\]().,:;]/gu, ' ').trim().split(/\s+/u).filter(Boolean).length;
    // "vanwege zwaarwegende bedrijfsbelangen." says nothing new
    if (formula && formula.index < 25 && restWords - formula[0].split(/\s+/u).length < 4) continue;
    if (restWords >= 4) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Where the restraint comes from: the signed contract, or a unilateral policy.

/** The policy phrase in masked[from, to) that a restraint is said to follow from ("zoals opgenomen in het personeelshandboek"). */
export function policySource(masked: string, from: number, to: number): { start: number; end: number } | undefined {
  for (const p of findAllIn(POLICY_DOCUMENT, masked, from, to)) {
    const before = masked.slice(Math.max(from, p.index - 60), p.index);
    const derived = lastMatch(DERIVED_FROM, before) ?? namedIn(before);
    if (!derived) continue;
    const gap = before.slice(derived.index + derived[0].length);
    // "zoals opgenomen in het toepasselijke personeelshandboek": a few words at most, no clause break
    if (gap.length > 35 || /[.;:]/u.test(gap)) continue;
    // "houdt zich aan het relatiebeding en de gedragscode": the restraint is named beside the policy, not taken from it
    if (isRestraintTitle(gap, 0, gap.length) || findIn(RESTRAINT_REFERENCE, gap)) continue;
    const dStart = p.index - before.length + derived.index;
    // "de procedure voor ontheffing is beschreven in het handboek": the policy holds only the procedure
    const subject = masked.slice(Math.max(from, dStart - 60), dStart + derived[0].length);
    if (findIn(PROCEDURE, subject) || findIn(PROCEDURE, masked, dStart, p.index)) continue;
    return { start: dStart, end: p.index + p[0].length };
  }
  return undefined;
}

/** The restraint is said to be agreed in the (individual) contract: "zoals opgenomen in je arbeidsovereenkomst". */
export function agreedInContract(masked: string, from: number, to: number): boolean {
  for (const c of findAllIn(CONTRACT_DOCUMENT, masked, from, to)) {
    const before = masked.slice(Math.max(from, c.index - 50), c.index);
    if (lastMatch(DERIVED_FROM, before) || /(?:^|\s)(?:in|i|under)\s+(?:je|jouw|uw|your|their|his|her|din|sin|deres|hans|hennes)\s+(?:\p{L}+\s+)?$/iu.test(before)) return true;
  }
  return false;
}

/** "het relatiebeding in het personeelshandboek", "kundeklausulen i personalhåndboken": the restraint's name, then in / i. */
function namedIn(before: string): RegExpExecArray | undefined {
  const m = /(?:^|[^\p{L}])(in|i)\s+(?:(?:het|de|the|our|its|this|dit|deze)\s+)?(?:\p{L}+['’]s\s+)?(?:\p{L}+\s+)?$/iu.exec(before);
  if (!m) return undefined;
  const head = before.slice(Math.max(0, m.index - 40), m.index + 1);
  if (!isRestraintTitle(head, 0, head.length) && !findIn(RESTRAINT_REFERENCE, head)) return undefined;
  const at = m.index + m[0].indexOf(m[1]);
  const out = [m[1]] as unknown as RegExpExecArray;
  out.index = at;
  return out;
}

function lastMatch(re: RegExp, text: string): RegExpExecArray | undefined {
  let last: RegExpExecArray | undefined;
  for (const m of findAllIn(re, text)) last = m;
  return last;
}
