/** Finding restraint clauses and their durations: shared by the restraint rules. */
import type { AnalyzedDocument, Clause, ClauseKind, Sentence } from './types';
import { RESTRAINT_KINDS, restraintKindsOfSentence } from './segment';
import { extractDurations, type Duration } from './durations';
import { findIn, words } from './text';
import { CONFIDENTIALITY, POST_TERMINATION, PROHIBITION, TITLE_WORDS } from './vocabulary';

export interface RestraintSentence {
  clause: Clause;
  sentence: Sentence;
  /** Restraint kinds of the sentence itself, or else of its clause. */
  kinds: Set<ClauseKind>;
}

/**
 * Sentences that impose a restraint: either the sentence itself does (prohibition + after
 * termination + clients/competition, or names the restraint), or it sits in a restraint clause
 * (by title or content) and states a prohibition or a period after termination.
 */
export function restraintSentences(doc: AnalyzedDocument): RestraintSentence[] {
  const out: RestraintSentence[] = [];
  const { masked } = doc;
  for (const clause of doc.clauses) {
    const clauseKinds = new Set([...clause.kinds].filter((k) => RESTRAINT_KINDS.has(k)));
    const titled = clause.heading !== undefined && (
      findIn(TITLE_WORDS['non-compete'], masked, clause.heading.start, clause.heading.end) ||
      findIn(TITLE_WORDS['non-solicitation'], masked, clause.heading.start, clause.heading.end) ||
      findIn(TITLE_WORDS['no-hire'], masked, clause.heading.start, clause.heading.end) ||
      clause.parents.some((p) => findIn(TITLE_WORDS['non-compete'], p) || findIn(TITLE_WORDS['non-solicitation'], p))
    );
    for (const sentence of clause.sentences) {
      const own = restraintKindsOfSentence(masked, sentence.start, sentence.end);
      if (own.size) {
        out.push({ clause, sentence, kinds: own });
      } else if (titled || clauseKinds.size) {
        const confidential = findIn(CONFIDENTIALITY, masked, sentence.start, sentence.end);
        const bound = findIn(PROHIBITION, masked, sentence.start, sentence.end) || findIn(POST_TERMINATION, masked, sentence.start, sentence.end) || findIn(RESTRICTED_PERIOD, masked, sentence.start, sentence.end);
        if (bound && !confidential) {
          out.push({ clause, sentence, kinds: clauseKinds.size ? clauseKinds : new Set<ClauseKind>(['non-solicitation']) });
        }
      }
    }
  }
  return out;
}

const RESTRICTED_PERIOD = words(['restricted period', 'restriction period', 'beperkingsperiode', 'periode van het beding', 'karenstid', 'bindingstid']);

/** A period looking back ("in de laatste 12 maanden", "in the 12 months prior to", "siste år"). */
const LOOK_BACK_BEFORE = words([
  'laatste', 'afgelopen', 'voorafgaande', 'voorgaande', 'in the last', 'in the preceding', 'in the previous', 'during the last',
  'within the last', 'siste', 'foregående', 'forutgående', 'de siste',
]);
const LOOK_BACK_AFTER = words([
  'voorafgaand aan', 'voorafgaande aan', 'voor (?:de|het) (?:einde|beëindiging|datum)', 'prior to', 'preceding', 'before the',
  'immediately before', 'før (?:fratreden|opphør|oppsigelse|arbeidsforholdets)', 'forut for', 'forutgående',
]);
/** Durations that are not the restraint's own: notice, probation, payment, penalty per day. */
const OTHER_PERIOD = words([
  'opzegtermijn', 'opzeggingstermijn', 'proeftijd', 'oppsigelsestid(?:en)?', 'prøvetid(?:en)?', 'notice', 'probation(?:ary)?',
  'salaris', 'lønn', 'salary', 'pay', 'loon', 'vergoeding van', 'studiekosten', 'terugbetal\\p{L}*', 'tilbakebetal\\p{L}*', 'repay\\p{L}*',
]);

export function isLookBack(masked: string, d: Duration): boolean {
  const before = masked.slice(Math.max(0, d.start - 40), d.start);
  const after = masked.slice(d.end, d.end + 40);
  return findIn(LOOK_BACK_BEFORE, before) !== undefined || (findIn(LOOK_BACK_AFTER, after)?.index ?? 99) < 6;
}

export function isOtherPeriod(masked: string, d: Duration): boolean {
  const before = masked.slice(Math.max(0, d.start - 35), d.start);
  return findIn(OTHER_PERIOD, before) !== undefined;
}

export interface RestraintDuration {
  restraint: RestraintSentence;
  duration: Duration;
}

/** Durations that state how long a restraint lasts (look-back periods, notice and the like excluded). */
export function restraintDurations(doc: AnalyzedDocument): RestraintDuration[] {
  const out: RestraintDuration[] = [];
  for (const r of restraintSentences(doc)) {
    for (const d of extractDurations(r.sentence.text, doc.lang)) {
      const duration = { ...d, start: d.start + r.sentence.start, end: d.end + r.sentence.start };
      if (isLookBack(doc.masked, duration) || isOtherPeriod(doc.masked, duration)) continue;
      out.push({ restraint: r, duration });
    }
  }
  return out;
}
