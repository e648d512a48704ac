/**
 * Monitoring, consent, #OpenToWork, profile content and expression: the concepts of the rules
 * social-media-monitoring, monitoring-consent-basis, opentowork-scanning, profile-content-ban and
 * expression-blanket-ban.
 *
 * The model. A finding is a combination of concepts inside one *unit* (a sentence or a ';'-part of
 * one, with the lead-in of a list item: socialUnits() in ./social), never a whole phrasing:
 *
 *   actor       who acts: the employer (or a third party working for it), or the employee
 *               (resolveActor: the nearest subject before the action, genitives such as "van
 *               werknemer" / "the Company's" skipped, passives and "werknemer geeft toestemming dat
 *               werkgever ..." turning the employee into the one acted upon)
 *   action      monitor / controleren / nagaan / overvåke (MONITOR), discover or report (DISCOVER),
 *               state or display (DISPLAY), post or express (EXPRESS), consent (CONSENT)
 *   object      private social media, accounts, messages, internet use (monitoringObjects),
 *               #OpenToWork (OPEN_TO_WORK), job title / duties / employer / training (profile content)
 *   qualifiers  private vs public, systematic vs a concrete suspicion, company systems, confidential,
 *               accurate, after leaving, on behalf of the employer, a whistleblowing carve-out
 *   negation    scoped: a negation counts only inside the clause part of the action (cut at commas,
 *               subordinators such as "dat" / "that" / "som", contrastive connectives, and "and" when a
 *               new verb group follows), so "werkgever zal de privé-accounts niet monitoren" is lawful
 *               while "werknemer mag niet weigeren dat werkgever zijn berichten leest" is not.
 *
 * Every regex is built with words() or re() (registered for the ReDoS test), has only bounded gaps
 * such as [^.;:]{0,40}, and is matched once per document through mentions() (memoised), so the rules
 * stay linear in the length of the document.
 */
import type { AnalyzedDocument, Block, Lang } from './types';
import { re, words } from './text';
import { CONFIDENTIALITY, POST_TERMINATION } from './vocabulary';
import {
  AT_TERMINATION, NEGATION, NOT_NEGATION, SOCIAL_PLATFORM, isSocialClause, mentionsIn, mentionsInRanges, rangeOf, socialUnits,
  type Mention, type SocialUnit, type Span,
} from './social';

export type { Mention, SocialUnit, Span };

// =============================================================================================
// Parties

/** The employer (or someone acting for it) as the subject of an action. Genitives are not listed. */
export const EMPLOYER_SUBJECT = words([
  'werkgever', 'de werkgever', 'werkgeefster', 'onderneming', 'het bedrijf', 'de organisatie', 'de vennootschap', 'wij', 'we',
  'hr', 'hrm', 'p&o', 'de afdeling (?:hr|p&o|personeelszaken|ict|it)', 'personeelszaken', 'leidinggevenden?', 'directie', 'management',
  'it-?afdeling', 'ict-?afdeling', 'compliance(?:-?afdeling)?', '(?:een |het )?(?:extern(?:e)? )?(?:bureau|recruitmentbureau|wervingsbureau|onderzoeksbureau|recherchebureau)',
  'derden', 'een derde', 'derde partij(?:en)?', '(?:de )?eigenaar', '(?:de )?bedrijfsleider', '(?:de )?directeur', '(?:de )?leiding',
  'arbeidsgiver(?:en)?', 'selskapet', 'virksomheten', 'bedriften', 'firmaet', 'konsernet', 'vi', 'ledelsen', '(?:nærmeste )?leder(?:en)?',
  'hr-?avdelingen', 'it-?avdelingen', 'personalavdelingen', '(?:et )?(?:eksternt? )?(?:byrå|rekrutteringsbyrå|bemanningsbyrå)', 'tredjepart(?:er)?',
  'the company', 'company', 'the employer', 'employer', 'the firm', 'the group', 'the organi[sz]ation', 'the business', 'human resources',
  'people team', 'line managers?', 'managers?', 'it department', 'security team', '(?:an? |the )?(?:external )?(?:agency|agencies|vendor|provider)',
  'third-?part(?:y|ies)', 'third-?party (?:recruiters?|agenc(?:y|ies)|providers?|vendors?|tools?|services?)', '(?:external )?recruiters?', 'headhunters?',
  'recruiters?', 'headhunters?', 'rekrutterere', 'rekrutterer(?:en)?', 'headhuntere', 'eksterne rekrutterere',
]);

/** The employee (or employees) as the subject of an action. */
export const EMPLOYEE_SUBJECT = words([
  'werknemers?', 'de werknemer', 'werkneemster', 'medewerkers?', 'personeelsleden', 'personeelslid', 'oud-?werknemers?', 'hij', 'zij', 'jij', 'je',
  'arbeidstaker(?:en|e|ne)?', '(?:den |de )?ansatte', 'medarbeider(?:e|en|ne)?', 'tidligere ansatte', 'han', 'du', 'dere',
  'the employee', 'employees?', 'staff(?: members?)?', 'members? of staff', 'workers?', 'personnel', 'former employees', 'you', 'he', 'she', 'they',
  'the executive', 'the worker',
]);

/** A reference to the employee anywhere (subject, genitive or possessive): links an object to the employee. */
export const EMPLOYEE_REF = words([
  'werknemers?', 'werkneemster', 'medewerkers?', 'personeel(?:sleden|slid)?', 'oud-?werknemers?', 'zijn', 'haar', 'hun', 'diens', 'jouw', 'je', 'uw',
  'arbeidstaker(?:en|e|ne|ens|es|s)?', '(?:den |de )?ansattes?', 'medarbeider(?:e|en|ne|es|nes)?', 'tidligere ansattes?', 'sin', 'sitt', 'sine', 'hans', 'hennes',
  'deres', 'din', 'ditt', 'dine',
  'employees?[\'’]?s?', 'employee’s', 'staff(?: members?)?', 'workers?', 'personnel', 'former employees', 'you', 'your', 'their', 'his', 'her', 'his or her',
  'colleagues', 'collega[\'’]?s', 'kolleger',
]);

/** Employees of someone else ("medewerkers van concurrenten", "employees of competitors"): not the employer's staff. */
const OTHER_STAFF = words([
  '(?:werknemers|medewerkers) (?:van|bij) (?:\\p{L}+ ){0,2}(?:concurrent\\p{L}*|andere (?:bedrijven|werkgevers))',
  'employees (?:of|at) (?:\\p{L}+ ){0,2}(?:competitors?|other (?:companies|firms|employers))', 'ansatte (?:hos|i) (?:\\p{L}+ ){0,2}(?:konkurrent\\p{L}*|andre (?:selskaper|virksomheter))',
]);

// =============================================================================================
// Scoping: clause parts and negation

/** Where a clause part ends: punctuation, subordinators, relative pronouns, contrastive connectives. */
const PART_BOUNDARY: Record<Lang, RegExp> = {
  nl: re(
    '[,;:()\\[\\]]|\\s[–—]\\s|(?<![\\p{L}\\p{N}])(?:dat|indien|wanneer|tenzij|maar|terwijl|echter|die|welke|waarin|waarop|omdat|zodat|zodra|nadat|voordat|behalve|mits|doch|want)(?![\\p{L}\\p{N}])',
    'giu',
  ),
  no: re(
    '[,;:()\\[\\]]|\\s[–—]\\s|(?<![\\p{L}\\p{N}])(?:at|dersom|hvis|når|med mindre|men|mens|derimot|som|fordi|slik at|etter at|før|unntatt|bortsett fra|dog)(?![\\p{L}\\p{N}])',
    'giu',
  ),
  en: re(
    '[,;:()\\[\\]]|\\s[–—]\\s|(?<![\\p{L}\\p{N}])(?:that|whether|if|unless|when|where|but|whereas|while|whilst|however|which|who|whom|because|so that|except|although)(?![\\p{L}\\p{N}])',
    'giu',
  ),
};
/** Coordinating conjunctions: a part boundary only when a new verb group or subject follows. */
const CONJUNCTION: Record<Lang, RegExp> = {
  nl: words(['en', 'of', 'noch', 'en/of']),
  no: words(['og', 'eller', 'og/eller']),
  en: words(['and', 'or', 'nor', 'and/or']),
};
/** Finite verbs, modals and auxiliaries that open a new verb group after a conjunction. */
const VERB_GROUP = words([
  'zal', 'zullen', 'kan', 'kunnen', 'mag', 'mogen', 'moet', 'moeten', 'wil', 'willen', 'is', 'zijn', 'wordt', 'worden', 'heeft', 'hebben', 'behoudt', 'dient', 'dienen',
  'skal', 'vil', 'kan', 'må', 'er', 'blir', 'har', 'bør', 'forbeholder', 'plikter',
  'will', 'shall', 'may', 'can', 'must', 'is', 'are', 'does', 'do', 'has', 'have', 'reserves?', 'should', 'would', 'might',
]);
/** Negation words inside these do not negate the action ("niet verplicht", "need not", "ikke forpliktet"). */
const NOT_OBLIGED = words([
  'niet verplicht', 'hoeft (?:\\p{L}+ ){0,4}niet', 'hoeven (?:\\p{L}+ ){0,4}niet', 'niet (?:\\p{L}+ ){0,2}hoeven', 'geen (?:plicht|verplichting)',
  '(?:is|are) not (?:required|obliged|obligated|expected)', 'need not', 'needs not', '(?:does|do) not (?:need|have) to', 'no (?:obligation|requirement)',
  'ikke (?:forpliktet|pålagt|nødvendig)', 'trenger (?:\\p{L}+ ){0,2}ikke', 'behøver (?:\\p{L}+ ){0,2}ikke', 'ingen plikt', 'ikke plikt',
  'niet beperkt', 'not limited', 'without limitation', 'ikke begrenset', 'but not limited', 'inclusief maar niet beperkt tot',
]);
/** Negation particles that negate the predicate when they follow a finite verb or a noun subject (nl, no). */
const POST_NEGATION_NL_NO = words(['niet', 'nooit', 'geenszins', 'ikke', 'aldri', 'ikkje']);
const POST_NEGATION_EN = words(['(?:does|do|did|will|shall|is|are|was|were|may|can|must|would|should|has|have) (?:not|never)', 'never', 'cannot', '\\p{L}+n[\'’]t']);

/** A negation word in [from, to), ignoring "niet alleen", "no later than", "niet verplicht", "need not" and the like. */
export function negatedIn(doc: AnalyzedDocument, from: number, to: number): boolean {
  if (to <= from) return false;
  const negs = mentionsIn(doc, NEGATION, from, to);
  if (!negs.length) return false;
  const skips = [
    ...mentionsIn(doc, NOT_NEGATION, Math.max(0, from - 30), to + 30),
    ...mentionsIn(doc, NOT_OBLIGED, Math.max(0, from - 40), to + 40),
  ];
  return negs.some((n) => !skips.some((s) => s.start <= n.start && n.end <= s.end));
}

/** Start of the clause part that holds `pos` (inside `range`). */
export function partStart(doc: AnalyzedDocument, range: Span, pos: number): number {
  const lang = doc.lang;
  const bounds = mentionsIn(doc, PART_BOUNDARY[lang], range.start, pos);
  const conj = mentionsIn(doc, CONJUNCTION[lang], range.start, pos);
  let start = bounds.length ? bounds[bounds.length - 1].end : range.start;
  // "shall not, during or after the employment, make ...": skip a parenthetical between commas
  const n = bounds.length;
  if (n >= 2 && bounds[n - 1].text === ',' && bounds[n - 2].text === ',' && /^\s*$/u.test(doc.masked.slice(bounds[n - 1].end, pos))) {
    const inner = { start: bounds[n - 2].end, end: bounds[n - 1].start };
    if (!mentionsIn(doc, VERB_GROUP, inner.start, inner.end).length) start = n >= 3 ? bounds[n - 3].end : range.start;
  }
  // "X and will Y": a conjunction followed by a new verb group or subject starts a new part
  for (let i = conj.length - 1; i >= 0; i--) {
    const c = conj[i];
    if (c.start < start) break;
    const rest = { start: c.end, end: pos };
    if (
      mentionsIn(doc, VERB_GROUP, rest.start, rest.end).length ||
      mentionsIn(doc, EMPLOYER_SUBJECT, rest.start, rest.end).some((m) => !isGenitiveSubject(doc, m)) ||
      mentionsIn(doc, EMPLOYEE_SUBJECT, rest.start, rest.end).some((m) => !isGenitiveSubject(doc, m))
    ) {
      start = c.end;
      break;
    }
  }
  return start;
}

/** End of the clause part that holds `pos`: the next boundary or conjunction. */
export function partEnd(doc: AnalyzedDocument, range: Span, pos: number): number {
  const lang = doc.lang;
  const b = mentionsIn(doc, PART_BOUNDARY[lang], pos, range.end)[0];
  let end = b ? b.start : range.end;
  // a conjunction ends the part only when a new verb group or subject follows ("X of Y" lists do not)
  for (const c of mentionsIn(doc, CONJUNCTION[lang], pos, end)) {
    if (
      mentionsIn(doc, VERB_GROUP, c.end, end).length ||
      mentionsIn(doc, EMPLOYER_SUBJECT, c.end, end).some((m) => !isGenitiveSubject(doc, m)) ||
      mentionsIn(doc, EMPLOYEE_SUBJECT, c.end, end).some((m) => !isGenitiveSubject(doc, m))
    ) {
      end = c.start;
      break;
    }
  }
  return end;
}

/** After a relative clause ("zetten de opleidingen die Kok heeft betaald, niet op"), the part that resumes the main clause. */
function resumedPart(doc: AnalyzedDocument, range: Span, pos: number): Span | undefined {
  const b = mentionsIn(doc, PART_BOUNDARY[doc.lang], pos, range.end)[0];
  if (!b || !/^(?:die|dat|welke|som|which|that|who)$/iu.test(b.text)) return undefined;
  const comma = mentionsIn(doc, PART_BOUNDARY[doc.lang], b.end, range.end).find((x) => x.text === ',');
  if (!comma) return undefined;
  return { start: comma.end, end: Math.min(range.end, comma.end + 20) };
}

/**
 * Whether the action at [start, end) is negated: a negation in its clause part before it, a predicate
 * negation after it (nl / no "controleert ... niet", "overvåker ikke"; en only after a noun: "monitoring
 * ... does not take place"), or a negated lead-in ("Werkgever zal nooit:").
 */
export function actionNegated(doc: AnalyzedDocument, unit: SocialUnit, start: number, end: number, noun = false): boolean {
  const range = rangeOf(unit, start);
  if (negatedIn(doc, partStart(doc, range, start), start)) return true;
  // "leest geen privéberichten", "reads no private messages", "leser ingen meldinger": the object is negated
  if (/^\s+(?:\p{L}+\s+)?(?:geen|no|ingen|niets|nothing|ingenting|intet|none)(?![\p{L}])/iu.test(doc.masked.slice(end, Math.min(range.end, end + 30)))) return true;
  const after = { start: end, end: partEnd(doc, range, end) };
  const post = doc.lang === 'en' ? (noun ? POST_NEGATION_EN : undefined) : POST_NEGATION_NL_NO;
  const resumed = doc.lang !== 'en' ? resumedPart(doc, range, end) : undefined;
  if (resumed && /^\s*(?:\p{L}+\s+)?(?:niet|nooit|ikke|aldri)(?![\p{L}])/iu.test(doc.masked.slice(resumed.start, resumed.end))) return true;
  if (post && mentionsIn(doc, post, after.start, after.end).some((n) => !insideAny(n, mentionsIn(doc, NOT_NEGATION, after.start, after.end + 20)) && !insideAny(n, mentionsIn(doc, NOT_OBLIGED, after.start, after.end + 30)))) return true;
  if (unit.lead && range !== unit.lead && /:\s*$/u.test(doc.masked.slice(unit.lead.start, unit.lead.end + 1))) {
    if (negatedIn(doc, unit.lead.start, unit.lead.end)) return true;
  }
  return false;
}

function insideAny(m: Span, list: readonly Span[]): boolean {
  return list.some((s) => s.start <= m.start && m.end <= s.end);
}

/** Whether a phrase is directly negated ("geen privéberichten", "not private messages", "ingen private kontoer"). */
export function phraseNegated(doc: AnalyzedDocument, unit: SocialUnit, s: Span): boolean {
  const range = rangeOf(unit, s.start);
  return negatedIn(doc, Math.max(range.start, partStart(doc, range, s.start), s.start - 22), s.start);
}

// =============================================================================================
// Actors

/** Consent, acceptance and tolerance: "werknemer geeft toestemming dat werkgever ...", "employees accept monitoring". */
const PATIENT_MARKER = words([
  'toestemming', 'instemm\\p{L}*', 'stemt', 'stemmen', 'akkoord', 'accepte\\p{L}*', 'aanvaard\\p{L}*', 'erken\\p{L}*', 'bewust', 'bekend',
  'onderworpen', 'dulden', 'duldt', 'gedoog\\p{L}*', 'toestaan', 'staat toe', 'staan toe', 'toe te staan', 'verleent', 'verlenen', 'geeft', 'geven', 'verstrekt', 'verstrekken',
  'medewerking', 'meewerken', 'werkt mee', 'werken mee',
  'consent\\p{L}*', 'agree\\p{L}*', 'accept\\p{L}*', 'acknowledg\\p{L}*', 'aware', 'understand\\p{L}*', 'subject to', 'tolerat\\p{L}*',
  'allow\\p{L}*', 'permit\\p{L}*', 'grant\\p{L}*', 'give[sn]?', 'provide\\p{L}*', 'cooperat\\p{L}*', 'co-operat\\p{L}*', 'submit\\p{L}*',
  'samtykk\\p{L}*', 'godta\\p{L}*', 'aksepter\\p{L}*', 'er kjent med', 'innforstått', 'klar over', 'underlagt', 'gjenstand for', 'tillat\\p{L}*',
  'gi', 'gir', 'gitt', 'medvirk\\p{L}*', 'bistå\\p{L}*',
]);
/** Passive auxiliaries. */
const PASSIVE_AUX = words(['wordt', 'worden', 'werd', 'werden', 'is', 'zijn', 'be', 'is', 'are', 'was', 'were', 'been', 'being', 'blir', 'bli', 'blitt', 'ble']);
const PARTICIPLE: Record<Lang, RegExp> = {
  nl: re('^(?:ge\\p{L}+[dt]|\\p{L}{1,8}ge\\p{L}+[dt]|\\p{L}*ge(?:lezen|keken|zien|gaan|zocht|trokken|nomen|houden))$', 'iu'),
  en: re('^(?:\\p{L}+ed|read|seen|kept|done)$', 'iu'),
  no: re('^\\p{L}+(?:et|t)$', 'iu'),
};
const PARTICIPLE_WORD: Record<Lang, RegExp> = {
  nl: re('(?<![\\p{L}])(?:ge\\p{L}+[dt]|\\p{L}{1,8}ge\\p{L}+[dt]|\\p{L}*ge(?:lezen|keken|zien|gaan|zocht|trokken|nomen|houden))(?![\\p{L}])', 'iu'),
  en: re('(?<![\\p{L}])(?:\\p{L}+ed|read|seen|kept)(?![\\p{L}])', 'iu'),
  no: re('(?<![\\p{L}])\\p{L}+(?:et|t)(?![\\p{L}])', 'iu'),
};
const NO_S_PASSIVE = re('^\\p{L}+(?:es|s)$', 'iu');

export type Actor = 'employer' | 'employee' | 'none';

function isGenitiveSubject(doc: AnalyzedDocument, m: Span): boolean {
  const before = doc.masked.slice(Math.max(0, m.start - 14), m.start);
  const after = doc.masked.slice(m.end, m.end + 3);
  if (/^['’]s?(?![\p{L}])/u.test(after)) return true; // the Company's, employees'
  const lang = doc.lang;
  const gen = lang === 'nl' ? /(?:^|[^\p{L}])(?:van|namens|aan)\s+(?:de\s+|het\s+)?$/iu : lang === 'no' ? /(?:^|[^\p{L}])(?:til|hos|for|om)\s+(?:den\s+|de\s+)?$/iu : /(?:^|[^\p{L}])(?:of|to|from|for|about|behalf of)\s+(?:the\s+|its\s+|our\s+)?$/iu;
  return gen.test(before);
}

/**
 * Who performs the action at [start, end): the nearest subject before it in its range (genitives
 * skipped); an employee turns into the one acted upon when a consent / acceptance word or a passive
 * stands between them, or an employer agent follows ("door werkgever", "by the Company", "av Selskapet").
 */
function nearestSubject(doc: AnalyzedDocument, from: number, to: number): { m: Mention; who: Actor } | undefined {
  const cands: Array<{ m: Mention; who: Actor }> = [
    ...mentionsIn(doc, EMPLOYER_SUBJECT, from, to).map((m) => ({ m, who: 'employer' as Actor })),
    ...mentionsIn(doc, EMPLOYEE_SUBJECT, from, to).map((m) => ({ m, who: 'employee' as Actor })),
  ].filter((c) => !isGenitiveSubject(doc, c.m));
  cands.sort((a, b) => a.m.end - b.m.end || (b.m.end - b.m.start) - (a.m.end - a.m.start));
  return cands[cands.length - 1];
}

export function resolveActor(doc: AnalyzedDocument, unit: SocialUnit, start: number, end: number): Actor {
  const range = rangeOf(unit, start);
  const find = (from: number, to: number) => nearestSubject(doc, from, to);
  let nearest = find(range.start, start);
  let between: Span | undefined = nearest ? { start: nearest.m.end, end: start } : undefined;
  if (!nearest && unit.lead && range !== unit.lead) {
    nearest = find(unit.lead.start, unit.lead.end);
    between = nearest ? { start: nearest.m.end, end: unit.lead.end } : undefined;
  }
  const verb = doc.masked.slice(start, end);
  const aux = between !== undefined && mentionsIn(doc, PASSIVE_AUX, between.start, between.end).length > 0;
  const passive =
    (aux && PARTICIPLE[doc.lang].test(verb)) ||
    // "Oud-werknemers worden ... gevolgd om na te gaan": the main clause is passive
    (aux && nearest?.who === 'employee' && PARTICIPLE_WORD[doc.lang].test(doc.masked.slice(between!.start, between!.end).replace(/(?:verplicht|bevoegd|gerechtigd|forpliktet|pliktet|berettiget|entitled|obliged|required|expected|allowed|permitted|not)/giu, ' '))) ||
    (doc.lang === 'no' && NO_S_PASSIVE.test(verb) && !/(?:ss|us|is)$/iu.test(verb));
  const agent = doc.masked.slice(end, Math.min(range.end, end + 60));
  const employerAgent = /(?:^|[^\p{L}])(?:door|by|av)\s+(?:de\s+|het\s+|the\s+|een\s+|an?\s+)?(?:werkgever|onderneming|bedrijf|hr|company|employer|firm|arbeidsgiver(?:en)?|selskapet|bedriften|virksomheten|us|ons|oss|derden|third part|bureau|agency|byrå)/iu.test(agent);
  if (!nearest) return employerAgent || passive ? 'employer' : 'none';
  if (nearest.who === 'employer') return 'employer';
  if (employerAgent || passive) return 'employer';
  if (between && mentionsIn(doc, PATIENT_MARKER, between.start, between.end).length) return 'employer';
  return 'employee';
}

// =============================================================================================
// Monitoring

/** Monitoring actions: verbs and nouns. Strong ones count with any personal social object. */
export const MONITOR = words([
  'monitor\\p{L}*', 'gemonitord', 'controle(?:ren|ert|erde|erden)', 'gecontroleerd', 'controles?', 'nagaan', 'nagegaan', 'na te gaan', 'na te trekken', 'in de gaten te houden', 'bij te houden', 'mee te lezen', 'door te lichten', 'gaat[^.;:]{0,60}?\\sna', 'screen\\p{L}*', 'gescreend',
  'scan(?:nen|t|de|den)?', 'gescand', 'analyse(?:ren|ert|erde)', 'geanalyseerd', 'doorzoek\\p{L}*', 'doorzocht', 'in de gaten (?:houden|gehouden)', 'houdt[^.;:]{0,60}?\\sin de gaten',
  'toezicht', 'volgsysteem', 'personeelsvolgsysteem', 'registre(?:ren|ert)', 'geregistreerd', 'loggen', 'logt', 'gelogd', 'inzien', 'ingezien', 'inzage', 'lezen', 'leest', 'gelezen',
  'mee(?:ge)?lez\\p{L}*', 'leest[^.;:]{0,40}?\\smee', 'mee(?:ge)?kijk\\p{L}*', 'kijkt[^.;:]{0,40}?\\smee', 'kijken[^.;:]{0,40}?\\smee', 'checken', 'checkt', 'gecheckt', 'natrekken', 'nagetrokken', 'trekt[^.;:]{0,40}?\\sna', 'bijhouden', 'houdt[^.;:]{0,40}?\\sbij',
  'doorlichten', 'doorgelicht', 'onderzoeken', 'onderzoekt', 'onderzocht', 'observe\\p{L}*', 'surveillance', 'bespieden',
  'overvåk\\p{L}*', 'kontroller\\p{L}*', 'kontroll(?:en|er|tiltak)?', 'gjennomgå\\p{L}*', 'gjennomgang(?:en)?', 'gå(?:r)? gjennom', 'gått gjennom', 'se(?:r)? gjennom',
  'følge(?:r)? med (?:på|med)', 'skann\\p{L}*', 'analyser\\p{L}*', 'logg(?:e|er|es|et|føre|fører|føres)', 'registrer(?:e|er|es|t)', 'kartlegg\\p{L}*', 'innsyn', 'lese', 'leser', 'leses', 'lest',
  'sjekk(?:e|er|es|et)?', 'observer(?:e|er|es|t)', 'undersøk(?:e|er|es|t)', 'logging(?:en)?', 'overvåkingsprogram\\p{L}*',
  'monitor(?:s|ed|ing)?', 'check(?:s|ed|ing)?', 'review(?:s|ed|ing)?', 'inspect\\p{L}*', 'screen(?:s|ed|ing)', 'scan(?:s|ned|ning)?', 'track(?:s|ed|ing)?', 'audit(?:s|ed|ing)?',
  'surveil\\p{L}*', 'observ(?:e|es|ed|ing)', 'log(?:s|ged|ging)', 'record(?:s|ed|ing)?', 'read(?:s|ing)?', 'examin\\p{L}*', 'analy[sz]\\p{L}*', 'intercept\\p{L}*',
  'keep (?:an eye on|track of|under surveillance)', 'go(?:es)? through', 'went through', 'going through', 'look(?:s|ed|ing)? through', 'trawl(?:s|ed|ing)?(?: through)?',
  'comb(?:s|ed|ing)? through', 'sift(?:s|ed|ing)? through', 'scroll(?:s|ed|ing)? through', 'keeps (?:an eye on|track of)', 'vet(?:s|ted|ting)?',
]);
/** Weak looking: counts only with a private object or a systematic qualifier ("bekijken", "view", "access"). */
export const LOOK = words([
  'bekijk\\p{L}*', 'bekeken', 'raadple\\p{L}*', 'geraadpleegd', 'toegang', 'opvragen', 'opgevraagd', 'vraagt[^.;:]{0,40}?\\sop',
  'se på', 'ser på', 'sees på', 'tilgang', 'be om', 'ber om', 'hente(?:r)? inn', 'innhente\\p{L}*',
  'view(?:s|ed|ing)?', 'look(?:s|ed|ing)? at', 'access(?:es|ed|ing)?', 'consult(?:s|ed|ing)?', 'request(?:s|ed|ing)? (?:sight|access|copies)', 'see',
  // "follow" only as following a person's accounts, not "following termination" or "følger reglene"
  'volg(?:en|t) (?:\\p{L}+ ){0,4}op (?:sociale media|linkedin|facebook|instagram|tiktok|x)', 'follow(?:s|ed|ing)? (?:\\p{L}+ ){0,3}on (?:social media|linkedin|facebook|instagram|tiktok|x)',
  'følge(?:r)? (?:\\p{L}+ ){0,3}på (?:sosiale medier|linkedin|facebook|instagram|tiktok)',
]);
const NOUN_ACTION = re('(?:ing|ance|ion|ions|tie|ties|ing(?:en)?|gang(?:en)?|toezicht|inzage|innsyn|controles?|kontroll(?:en|er)?)$', 'iu');

/** Social objects named with a platform. */
const PLATFORM = SOCIAL_PLATFORM;
/** Generic social nouns: count when the unit names a platform or the clause is about social media, or with a private qualifier. */
const PROFILE_NOUN = words([
  'profiel(?:en)?', 'accounts?', 'profiles?', 'profil(?:en|er|ene)?', 'kont(?:o|oen|oer|oene)', 'posts?', 'berichten', 'innlegg(?:ene|et)?', 'tijdlijn',
  'timelines?', 'feeds?', 'tweets?', 'reacties', 'comments', 'kommentarer', 'likes', 'volgers', 'followers', 'følgere', 'netwerk', 'network', 'nettverk(?:et)?',
  'online (?:activiteiten|gedrag|activity|activities|behaviour|behavior|presence|aanwezigheid|profiles?)', 'onlinegedrag', 'onlineactiviteit\\p{L}*',
  'nettaktivitet\\p{L}*', 'aktivitet(?:er|en)? på nett(?:et)?', 'activiteiten online', 'gebruik van sociale media', 'bruk(?:en)? av sosiale medier', 'use of social media',
]);
/** Private communication: always the employee's private sphere (→ error). */
const PRIVATE_MESSAGES = words([
  'privéberichten', 'privé-?berichten', 'priv[ée]-?(?:chats?|gesprekken|correspondentie|appjes|apps)', 'priv[ée]-?e-?mail\\p{L}*', 'privémail\\p{L}*', 'privéberichtenverkeer', 'persoonlijke (?:berichten|e-?mail\\p{L}*|correspondentie|communicatie|chats?|mail)',
  'chatberichten', 'chatgesprekken', 'chats?', 'whatsapp(?:-?\\p{L}+)?', 'signal-?berichten', 'direct messages?', 'directe berichten', 'dm[\'’]?s', 'inmail\\p{L}*',
  'messenger(?:-?\\p{L}+)?', 'private (?:messages?|e-?mails?|correspondence|communications?|chats?|conversations?)', 'personal (?:messages?|e-?mails?|correspondence|communications?|chats?|conversations?)',
  'direktemelding\\p{L}*', 'privat(?:e)? (?:meldinger|e-?post|korrespondanse|kommunikasjon|samtaler)', 'personlig(?:e)? (?:meldinger|e-?post|korrespondanse|kommunikasjon)',
  'chatmeldinger', 'chatter', 'privatmeldinger', 'privat e-?post',
]);
/** Messages that are private when read on a platform ("meldinger på LinkedIn", "messages sent via Facebook"). */
const MESSAGE_NOUN = words(['meldinger(?:ne)?', 'messages', 'message', 'berichtenverkeer', 'correspondentie', 'correspondence', 'korrespondanse(?:n)?', 'samtaler', 'conversations']);
const INTERNET = words([
  'internet(?:gebruik|verkeer)?', 'surfgedrag', 'browsegedrag', 'browsergeschiedenis', 'zoekgeschiedenis', 'internet (?:use|usage|activity|traffic|history)', 'browsing(?: history| activity)?',
  'web ?browsing', 'websites? visited', 'bezochte websites', 'internett(?:bruk|trafikk)?', 'nettbruk(?:en)?', 'nettlesing', 'nettleserhistorikk', 'nettrafikk', 'besøkte nettsider',
]);
/** The private sphere: a qualifier near an object. */
const PRIVATE = words([
  'privé', 'priv[ée]-?\\p{L}+', 'persoonlijke?', 'private?', 'personal', 'privat(?:e|t)?', 'personlig(?:e|t)?', 'privatliv(?:et)?', 'privésfeer', 'privacy-?sfeer',
  'buiten (?:werktijd|het werk|werktijden|kantoortijd|diensttijd)', 'in (?:zijn|haar|hun|de) vrije tijd', 'outside (?:of )?(?:work|working hours|office hours|the workplace)',
  'in (?:their|his|her|your) (?:own |spare |free )?time', 'utenfor (?:arbeidstid(?:en)?|jobb(?:en)?|arbeid(?:et)?|arbeidsplassen)', '(?:på|i) fritid(?:en)?', 'thuis', 'at home', 'hjemme',
  'non-?work', 'niet-?zakelijk\\p{L}*', 'ikke-?jobbrelater\\p{L}*',
]);
/** "Own" counts only directly before its object ("eigen accounts", "own profiles", "egne profiler"). */
const OWN = words(['eigen', 'own', 'egen', 'egne', 'eget']);
/** Not the private sphere although "personal"/"privé" occurs: finance, data-protection terms. */
const NOT_PRIVATE = words([
  'personal (?:account )?dealing', 'personal (?:trading|investment) accounts?', 'personal data', 'persoonsgegevens', 'personopplysninger', 'persoonlijke gegevens',
  'personal information', 'personlige opplysninger', 'privacy\\p{L}*', 'personeels\\p{L}+', 'personal development', 'persoonlijke ontwikkeling', 'personlig utvikling',
]);
/** Publicly visible only. */
const PUBLIC = words([
  'openbare?', 'openbaar (?:toegankelijke?|zichtbare?|beschikbare?)', 'publiek(?:elijk)?(?: toegankelijke?| zichtbare?)?', 'voor iedereen (?:zichtbaar|toegankelijk|leesbaar)',
  'public(?:ly)?(?: available| visible| accessible)?', 'publicly (?:posted|shared)', 'visible to (?:everyone|anyone|all)', 'open to the public',
  'offentlig(?:e|t)?(?: tilgjengelig(?:e)?)?', 'åpent tilgjengelig(?:e)?', 'synlig(?:e)? for alle', 'allment tilgjengelig(?:e)?', 'åpent', 'åpne',
  'door iedereen', 'voor iedereen', 'by anyone', 'by everyone', 'to anyone', 'av alle', 'for alle', 'av hvem som helst',
]);
/** Company systems (announced monitoring of these is lawful). */
const COMPANY_SYSTEMS = words([
  'bedrijfs(?:systemen|middelen|netwerk|apparatuur|laptops?|telefoons?|e-?mail|mail|accounts?)', 'ict-?(?:middelen|voorzieningen|systemen)', 'it-?(?:middelen|voorzieningen|systemen)',
  'systemen van (?:de )?werkgever', 'netwerk van (?:de )?werkgever', 'apparatuur van (?:de )?werkgever', 'zakelijke? (?:e-?mail\\p{L}*|mailbox\\p{L}*|accounts?|telefoon|laptop)', 'werk(?:laptop|telefoon|mail)',
  'laptop van de zaak', 'telefoon van de zaak', 'e-?mail van de zaak',
  'company(?:-issued|-owned|-provided)? (?:systems?|network|devices?|equipment|e-?mail(?: accounts?)?|laptops?|phones?|accounts?|it)', 'work (?:e-?mail|devices?|accounts?|laptops?|phones?)',
  'business (?:e-?mail|systems?|accounts?)', 'corporate (?:network|systems?|e-?mail|devices?)', 'it systems', 'its (?:systems|network|equipment)', 'the company[\'’]s (?:systems?|network|equipment|devices?|e-?mail)',
  '(?:selskapets|arbeidsgivers|arbeidsgiverens|bedriftens|virksomhetens) (?:it-?)?(?:systemer|nettverk|utstyr|e-?post(?:kasse)?|datamaskiner|pc-?er|telefoner|enheter)',
  'jobb-?(?:e-?post|pc|telefon|mobil)', 'e-?postkasse(?:n)? på jobb', 'arbeidsgivers e-?post', 'epostforskriften', 'e-?postforskriften', 'forskrift om arbeidsgivers innsyn',
]);
/** Company-owned social accounts and pages (monitoring or running these is the employer's own business). */
const COMPANY_SOCIAL = words([
  'bedrijfs(?:pagina|account|profiel)\\p{L}*', 'company (?:pages?|accounts?|channels?|profiles?)', 'corporate (?:accounts?|channels?|pages?|profiles?)', 'official (?:accounts?|channels?|pages?)',
  'socialemediakana(?:al|len) van (?:de )?(?:werkgever|onderneming)', 'kana(?:al|len) van (?:de )?(?:werkgever|onderneming)', 'accounts? van (?:de )?(?:werkgever|onderneming)',
  'pagina(?:\'s)? van (?:de )?(?:werkgever|onderneming)', 'profiel(?:en)? van (?:de )?(?:werkgever|onderneming)',
  'the company[\'’]s (?:social media )?(?:accounts?|pages?|channels?|profiles?)', 'accounts? of the company', 'bedrifts(?:side|konto|profil)\\p{L}*',
  '(?:selskapets|arbeidsgivers|arbeidsgiverens|bedriftens|virksomhetens) (?:sosiale medie-?)?(?:kontoer|konto|sider?|kanaler|profiler?)', 'zakelijke (?:accounts?|pagina\\p{L}*|profielen)',
  'werkgevers (?:accounts?|kanalen|pagina\\p{L}*)',
]);
/** A concrete suspicion / targeted investigation. */
const SUSPICION = words([
  '(?:concreet|gerechtvaardigd|redelijk|ernstig|gegrond|specifiek)e? (?:en (?:\\p{L}+ )?)?vermoeden\\p{L}*', 'vermoeden van', 'concrete (?:aanwijzingen|aanleiding|signalen)', 'gegronde (?:reden|redenen)',
  '(?:specifiek|concreet|gericht|intern|individueel)e? onderzoek\\p{L}*', 'onderzoek naar (?:een )?(?:vermoed|mogelijk|concreet)\\p{L}*', 'in individuele gevallen', 'klacht',
  '(?:reasonable|specific|concrete|well-?founded|justified|genuine) (?:\\p{L}+ )?(?:suspicion|grounds?|concerns?|belief)', 'reasonable grounds to (?:suspect|believe)', 'grounds to suspect',
  'suspect(?:s|ed)? (?:misconduct|breach|wrongdoing|fraud)', 'suspicion of', '(?:specific|particular|targeted|formal|disciplinary|internal) (?:\\p{L}+ )?investigations?', 'investigation into', 'complaint',
  'in individual cases', 'on a case-by-case basis', 'klaagt', 'klagen', 'complains?', 'complained', 'klager',
  '(?:konkret|begrunnet|rimelig|saklig|velbegrunnet) mistanke', 'mistanke om', 'grunn til å tro', 'konkret (?:undersøkelse|granskning|gransking)', 'gransking\\p{L}*', 'granskning\\p{L}*',
  'i enkelttilfeller', 'klage',
]);
/** The suspicion is negated: systematic by design ("zonder concreet vermoeden", "without any suspicion", "uten mistanke"). */
const NO_SUSPICION = words([
  'zonder (?:dat er )?(?:\\p{L}+ ){0,3}(?:vermoeden|aanleiding|aanwijzing\\p{L}*|reden|verdenking)', 'ook (?:als|wanneer|indien) er geen (?:\\p{L}+ ){0,2}(?:vermoeden|aanleiding)', 'ongeacht (?:een )?(?:\\p{L}+ ){0,2}vermoeden',
  'without (?:any )?(?:\\p{L}+ ){0,2}(?:suspicion|grounds|cause|reason)', 'regardless of (?:any )?(?:\\p{L}+ ){0,2}suspicion', 'irrespective of (?:any )?(?:\\p{L}+ ){0,2}suspicion',
  'whether or not (?:there is )?(?:any )?(?:\\p{L}+ ){0,2}suspicion', 'even (?:in the absence of|without) (?:any )?(?:\\p{L}+ ){0,2}suspicion',
  'uten (?:at det foreligger )?(?:\\p{L}+ ){0,2}(?:mistanke|grunn|foranledning)', 'uavhengig av (?:om det foreligger )?(?:\\p{L}+ ){0,2}mistanke', 'også (?:når|om) det ikke (?:foreligger|er) (?:\\p{L}+ ){0,2}mistanke',
]);
/** Systematic, routine, at any time: makes weak looking count. */
const SYSTEMATIC = words([
  'systematisch\\p{L}*', 'stelselmatig\\p{L}*', 'structureel', 'structurele', 'continu', 'voortdurend\\p{L}*', 'permanent\\p{L}*', 'doorlopend\\p{L}*', 'regelmatig\\p{L}*',
  'periodiek\\p{L}*', 'dagelijks\\p{L}*', 'wekelijks\\p{L}*', 'maandelijks\\p{L}*', 'steekproef\\p{L}*', 'geautomatiseerd\\p{L}*', 'te allen tijde', 'op elk moment', 'altijd',
  'systematic\\p{L}*', 'continuous\\p{L}*', 'ongoing', 'regular(?:ly)?', 'routine(?:ly)?', 'periodic(?:al|ally)?', 'daily', 'weekly', 'monthly', 'at any time', 'at all times',
  'from time to time', 'proactive(?:ly)?', 'automated', 'random(?:ly)?', 'spot-?checks?',
  'systematisk', 'kontinuerlig', 'løpende', 'jevnlig', 'regelmessig', 'fortløpende', 'daglig', 'ukentlig', 'månedlig', 'når som helst', 'til enhver tid', 'stikkprøve\\p{L}*',
  'automatisk', 'rutinemessig',
]);
/** Accuracy of what a profile says: "check that the job title is accurate" is not monitoring, "state a false title" not a content ban. */
export const ACCURACY = words([
  'juist(?:e|heid)?', 'onjuist\\p{L}*', 'correct(?:e|heid)?', 'incorrect\\p{L}*', 'accura\\p{L}*', 'inaccura\\p{L}*', 'misleid\\p{L}*', 'mislead\\p{L}*', 'false(?:ly)?', 'valse?',
  'onware?', 'untrue', 'inflated', 'exaggerat\\p{L}*', 'overdreven', 'overdrevet', 'fictie\\p{L}*', 'fictitious', 'fake', 'nep', 'wrong(?:ly)?', 'verkeerde?', 'werkelijke?',
  'daadwerkelijke?', 'actual', 'genuine', 'faktiske?', 'korrekt\\p{L}*', 'riktig\\p{L}*', 'uriktig\\p{L}*', 'feilaktig\\p{L}*', 'villedende', 'falsk\\p{L}*',
  'overeenkom\\p{L}*', 'overeenstemm\\p{L}*', 'consistent', 'match(?:es|ing)?', 'samsvar\\p{L}*', 'stemme overens', 'stemmer overens', 'zoals (?:vermeld|opgenomen|vastgelegd) in',
  'as (?:stated|set out|described|given) in', 'slik (?:den|det) (?:står|fremgår)', 'up to date', 'up-to-date', 'actueel', 'bijgewerkt', 'oppdatert', 'misrepresent\\p{L}*',
  'impersonat\\p{L}*', 'voordoen als', 'utgi seg for', 'samme som', 'same as', 'dezelfde als', 'gelijk aan', 'describe (?:yourself|themselves|himself|herself) as', 'give the impression', 'indruk', 'inntrykk',
]);

export type MonitoringGrade = 'private' | 'social';

export interface MonitoringHit {
  unit: SocialUnit;
  action: Mention;
  object: Mention;
  /** 'private': private accounts, private messages or private internet use (error); 'social': social media in general (warning). */
  grade: MonitoringGrade;
  /** The monitoring is explicitly systematic or explicitly without a suspicion. */
  systematic: boolean;
  /** The objects are messages (direct messages, private e-mail, chats). */
  messages: boolean;
}

interface ObjectHit {
  m: Mention;
  grade: MonitoringGrade;
  messages: boolean;
}

function near(list: readonly Span[], s: Span, before: number, after: number): boolean {
  return list.some((q) => (q.end <= s.start && s.start - q.end <= before) || (q.start >= s.end && q.start - s.end <= after) || (q.start <= s.start && q.end >= s.end) || (q.start >= s.start && q.end <= s.end));
}

/** Personal social-media objects of a unit, with their grade; company-owned and negated ones removed. */
export function monitoringObjects(doc: AnalyzedDocument, unit: SocialUnit): ObjectHit[] {
  const body: Span = { start: unit.start, end: unit.end };
  const ranges = unit.ranges;
  const privates = mentionsInRanges(doc, PRIVATE, ranges).filter((p) => !mentionsInRanges(doc, NOT_PRIVATE, ranges).some((n) => n.start <= p.start && p.end <= n.end));
  const own = mentionsInRanges(doc, OWN, ranges);
  const companySocial = mentionsInRanges(doc, COMPANY_SOCIAL, ranges);
  const platforms = mentionsInRanges(doc, PLATFORM, ranges);
  const socialContext = platforms.length > 0 || isSocialClause(doc, unit.clause);
  const isPrivate = (m: Span) => near(privates, m, 40, 40) || near(own, m, 2, 0);
  const companyOnly = companySocial.length > 0 && privates.length === 0;
  const out: ObjectHit[] = [];
  const push = (m: Mention, grade: MonitoringGrade, messages: boolean) => {
    if (m.start < body.start || m.end > body.end) return; // objects must sit in the unit itself, not its lead
    if (insideAny(m, companySocial) || near(companySocial, m, 0, 0)) return;
    const before = doc.masked.slice(Math.max(0, m.start - 24), m.start);
    if (/(?:company|corporate|official|zakelijke?|bedrijfs|werkgevers|business|selskapets|bedriftens|arbeidsgivers|arbeidsgiverens)\s*(?:[-'’s]+\s*)?$/iu.test(before)) return;
    if (/(?:the company|employer|selskapet|werkgever|onderneming)[’']s\s+(?:\p{L}+\s+){0,2}$/iu.test(before)) return;
    if (phraseNegated(doc, unit, m)) return;
    if (companyOnly && grade === 'social') return;
    out.push({ m, grade, messages });
  };
  for (const m of mentionsInRanges(doc, PRIVATE_MESSAGES, ranges)) push(m, 'private', true);
  for (const m of mentionsInRanges(doc, MESSAGE_NOUN, ranges)) {
    if (doc.lang === 'nl' && !isPrivate(m)) continue; // "berichten" are posts as well as messages
    if (platforms.length || isPrivate(m)) push(m, 'private', true);
  }
  for (const m of platforms) push(m, isPrivate(m) ? 'private' : 'social', false);
  for (const m of mentionsInRanges(doc, PROFILE_NOUN, ranges)) {
    const priv = isPrivate(m);
    if (!socialContext && !priv) continue;
    push(m, priv ? 'private' : 'social', false);
  }
  for (const m of mentionsInRanges(doc, INTERNET, ranges)) {
    if (isPrivate(m)) push(m, 'private', false);
  }
  return out;
}

/**
 * Systematic monitoring of (former) employees' private social media, messages or internet use by the
 * employer, without a concrete suspicion. Not: public posts only, targeted checks on a suspicion,
 * company systems, company pages, the employee's own job duties, negated monitoring, #OpenToWork
 * (opentowork-scanning), accuracy checks of a job title.
 */
export function monitoringHits(doc: AnalyzedDocument): MonitoringHit[] {
  const out: MonitoringHit[] = [];
  for (const unit of socialUnits(doc)) {
    const hit = monitoringInUnit(doc, unit);
    if (hit) out.push(hit);
  }
  return out;
}

export function monitoringInUnit(doc: AnalyzedDocument, unit: SocialUnit): MonitoringHit | undefined {
  const ranges = unit.ranges;
  const strong = mentionsInRanges(doc, MONITOR, ranges);
  const weak = mentionsInRanges(doc, LOOK, ranges);
  if (!strong.length && !weak.length) return undefined;
  if (mentionsInRanges(doc, OPEN_TO_WORK, ranges).length) return undefined; // opentowork-scanning's
  const objects = monitoringObjects(doc, unit);
  if (!objects.length) return undefined;
  const hasEmployee = mentionsInRanges(doc, EMPLOYEE_REF, ranges).length > 0 || objects.some((o) => o.grade === 'private');
  if (!hasEmployee) return undefined;
  const systems = mentionsInRanges(doc, COMPANY_SYSTEMS, ranges).length > 0;
  const noSuspicion = mentionsInRanges(doc, NO_SUSPICION, ranges).length > 0;
  const suspicion = !noSuspicion && mentionsInRanges(doc, SUSPICION, ranges).length > 0;
  if (suspicion) return undefined;
  const systematic = noSuspicion || mentionsInRanges(doc, SYSTEMATIC, ranges).length > 0;
  const publicOnly = mentionsInRanges(doc, PUBLIC, ranges).filter((p) => !phraseNegated(doc, unit, p));
  if (mentionsInRanges(doc, ACCURACY, ranges).length) return undefined;

  let candidates = objects;
  // company systems: only private messages and private accounts still count
  if (systems) candidates = candidates.filter((o) => o.messages || (o.grade === 'private' && !mentionsInRanges(doc, INTERNET, [o.m]).length));
  // public posts only: private messages and private accounts still count
  if (publicOnly.length) candidates = candidates.filter((o) => o.messages || (o.grade === 'private' && !near(publicOnly, o.m, 40, 30)));
  if (!candidates.length) return undefined;

  const actions = [
    ...strong.map((m) => ({ m, strong: true })),
    ...weak.map((m) => ({ m, strong: false })),
  ].sort((a, b) => a.m.start - b.m.start);
  for (const { m: action, strong: isStrong } of actions) {
    const range = rangeOf(unit, action.start);
    // the object must be in the action's clause part, or the action is in the lead-in
    const inLead = unit.lead !== undefined && range === unit.lead;
    const objs = candidates.filter((o) => inLead || (o.m.start >= partStartLoose(doc, range, action.start) && o.m.start <= partEndLoose(doc, range, action.end)));
    if (!objs.length) continue;
    const privateObjs = objs.filter((o) => o.grade === 'private');
    if (!isStrong && !privateObjs.length && !systematic) continue;
    const noun = NOUN_ACTION.test(action.text);
    if (actionNegated(doc, unit, action.start, action.end, noun)) continue;
    if (resolveActor(doc, unit, action.start, action.end) === 'employee') continue;
    const object = (privateObjs.length ? privateObjs : objs).reduce((best, o) => (Math.abs(o.m.start - action.start) < Math.abs(best.m.start - action.start) ? o : best));
    return {
      unit,
      action,
      object: object.m,
      grade: privateObjs.length ? 'private' : 'social',
      systematic,
      messages: objs.some((o) => o.messages),
    };
  }
  return undefined;
}

/** Looser part bounds for pairing an action with its object: only sentence punctuation and contrast cut. */
const LOOSE_BOUNDARY = re('[;:()]|(?<![\\p{L}\\p{N}])(?:maar|echter|terwijl|but|whereas|however|men|mens|derimot|behalve|except|unntatt)(?![\\p{L}\\p{N}])', 'giu');
function partStartLoose(doc: AnalyzedDocument, range: Span, pos: number): number {
  const b = mentionsIn(doc, LOOSE_BOUNDARY, range.start, pos);
  return b.length ? b[b.length - 1].end : range.start;
}
function partEndLoose(doc: AnalyzedDocument, range: Span, pos: number): number {
  const b = mentionsIn(doc, LOOSE_BOUNDARY, pos, range.end)[0];
  return b ? b.start : range.end;
}

// =============================================================================================
// Consent as the basis of monitoring

/** Consent words. */
export const CONSENT = words([
  'toestemming', 'instemming', 'stemt (?:\\p{L}+ ){0,3}in', 'stemmen (?:\\p{L}+ ){0,3}in', 'in te stemmen', 'instemt', 'instemmen',
  'gaat (?:\\p{L}+ ){0,3}akkoord met (?:de |het )?(?:monitor\\p{L}*|controle\\p{L}*|controleren|inzage|verwerk\\p{L}*)', 'akkoord met (?:de |het )?(?:monitor\\p{L}*|controle\\p{L}*|controleren|inzage|verwerk\\p{L}*)',
  'consent(?:s|ed|ing)?', 'agrees? to (?:the )?(?:monitoring|review|inspection|processing|surveillance|checking)', 'agreed to (?:the )?(?:monitoring|review|processing)',
  'samtykk\\p{L}*', 'godtar (?:at|overvåking|kontroll|gjennomgang|behandling)', 'aksepterer (?:at|overvåking|kontroll)',
]);
/** Consent from the employer, a manager or a third party: the employee asking permission, not consenting. */
const EMPLOYER_CONSENT = words([
  '(?:toestemming|instemming|goedkeuring) (?:van|door) (?:de |het |zijn |haar )?(?:werkgever|leidinggevende|directie|hr|onderneming|bedrijf|manager|afdeling|ondernemingsraad|or)',
  '(?:consent|approval|permission) (?:of|from|by) (?:the |his |her |their |your |a )?(?:company|employer|manager|line manager|hr|director|board|works council|management|firm)',
  '(?:the )?(?:company|employer|manager)[\'’]s (?:prior )?(?:written )?consent',
  'samtykke (?:fra|av) (?:arbeidsgiver(?:en)?|selskapet|leder(?:en)?|ledelsen|bedriften|hr)', '(?:arbeidsgivers|arbeidsgiverens|selskapets|bedriftens|leders) (?:skriftlige )?samtykke',
  '(?:toestemming|instemming) (?:van|door) (?:de )?(?:ondernemingsraad|or)',
]);
/** Processing of (social-media) data. */
const PROCESSING = words([
  'verwerk\\p{L}*', 'verwerking\\p{L}*', 'processing', 'process(?:es|ed)?', 'behandl\\p{L}*', 'use of (?:\\p{L}+ ){0,2}data', 'gebruik van (?:\\p{L}+ ){0,2}gegevens', 'bruk av (?:\\p{L}+ ){0,2}opplysninger',
  'verzamel\\p{L}*', 'collect\\p{L}*', 'innsaml\\p{L}*', 'opslaan', 'bewaren', 'store', 'lagre\\p{L}*',
]);
const DATA = words(['gegevens', 'persoonsgegevens', 'data', 'personal data', 'information', 'informatie', 'opplysninger', 'personopplysninger', 'content', 'inhoud', 'innhold(?:et)?']);
/** Consent is explicitly not the basis. */
const NOT_CONSENT_BASIS = words([
  'niet (?:\\p{L}+ ){0,3}op (?:uw |je |jouw |zijn |haar )?toestemming', 'geen toestemming (?:nodig|vereist|gevraagd|nodig)', 'niet gebaseerd op toestemming',
  'not (?:\\p{L}+ ){0,3}(?:on|upon) (?:your |the employee[\'’]s |their |employee )?consent', 'no consent (?:is )?(?:needed|required|sought|asked)', 'does not (?:rely|depend) on (?:\\p{L}+ ){0,2}consent',
  'rather than (?:on )?consent', 'not (?:based )?(?:on|upon) the basis of (?:\\p{L}+ )?consent', 'niet (?:gebaseerd )?op (?:basis|grond) van (?:\\p{L}+ )?toestemming',
  'ikke (?:\\p{L}+ ){0,3}(?:på grunnlag av|basert på) (?:\\p{L}+ )?samtykke', 'not (?:\\p{L}+ ){0,2}(?:rely|relies|relied|based) (?:up)?on (?:\\p{L}+ ){0,2}consent', 'instead of consent', 'in plaats van toestemming', 'i stedet for samtykke',
  'ikke (?:\\p{L}+ ){0,3}på (?:ditt |arbeidstakers |den ansattes |ansattes )?samtykke', 'ikke basert på samtykke', 'ikke (?:nødvendig|behov for) (?:med )?samtykke',
]);
/** Consent that is genuinely free: voluntary, without consequences, withdrawable. */
const FREE_CONSENT = words([
  'vrijwillig\\p{L}*', 'zonder (?:enige )?(?:nadelige )?(?:gevolgen|consequenties)', 'voluntar\\p{L}*', 'without (?:any )?(?:detriment|adverse consequences?|negative consequences?|penalty|consequence)',
  'frivillig\\p{L}*', 'uten (?:negative )?(?:konsekvenser|følger)', 'opt-?in',
]);
const WITHOUT = words(['zonder', 'without', 'uten']);
const GIVE = words(['verleent', 'verlenen', 'geeft', 'geven', 'gegeven', 'verleend', 'grants?', 'gives?', 'given', 'granted', 'gir', 'gi', 'gitt', 'hereby', 'hierbij', 'herved']);
const CONSENT_BY_SIGNING = words([
  'door (?:ondertekening|ondertekenen|het ondertekenen)', 'bij ondertekening', 'by signing', 'by (?:their |his or her |your )?signature', 'ved (?:å )?(?:signere|undertegne|signering|underskrift)',
  'med (?:sin|din) underskrift', 'ved å skrive under',
]);

export interface ConsentHit {
  unit: SocialUnit;
  consent: Mention;
  purpose: Mention;
}

/** The employee's consent given as the basis of monitoring or of processing social-media data. */
export function consentHits(doc: AnalyzedDocument): ConsentHit[] {
  const out: ConsentHit[] = [];
  for (const unit of socialUnits(doc)) {
    const hit = consentInUnit(doc, unit);
    if (hit) out.push(hit);
  }
  return out;
}

function consentInUnit(doc: AnalyzedDocument, unit: SocialUnit): ConsentHit | undefined {
  const ranges = unit.ranges;
  const consents = mentionsInRanges(doc, CONSENT, ranges);
  if (!consents.length) return undefined;
  if (mentionsInRanges(doc, NOT_CONSENT_BASIS, ranges).length) return undefined;
  const block = blockOf(doc, unit.start);
  if (block && mentionsIn(doc, FREE_CONSENT, block.start, block.end).length) return undefined;
  const employerConsent = mentionsInRanges(doc, EMPLOYER_CONSENT, ranges);
  // purposes: monitoring, or processing of social-media / private data
  const objects = monitoringObjects(doc, unit);
  const purposes: Mention[] = [
    ...mentionsInRanges(doc, MONITOR, ranges),
    ...mentionsInRanges(doc, LOOK, ranges).filter((l) => objects.length > 0 || /toegang|tilgang|access|innsyn|inzage/iu.test(l.text)),
  ];
  const processing = mentionsInRanges(doc, PROCESSING, ranges);
  if (processing.length && (objects.length || mentionsInRanges(doc, PLATFORM, ranges).length) && mentionsInRanges(doc, DATA, ranges).length + objects.length > 0) purposes.push(...processing);
  if (!purposes.length) return undefined;
  for (const c of consents) {
    if (insideAny(c, employerConsent) || near(employerConsent, c, 0, 0)) continue;
    if (mentionsInRanges(doc, OPEN_TO_WORK, ranges).length && !purposes.length) continue;
    // "zonder toestemming": a consent basis only when the action itself is negated ("will not monitor ... without consent")
    const range = rangeOf(unit, c.start);
    const w = mentionsIn(doc, WITHOUT, Math.max(range.start, c.start - 30), c.start);
    const purpose = purposes.reduce((best, p) => (Math.abs(p.start - c.start) < Math.abs(best.start - c.start) ? p : best));
    if (w.length) {
      if (!actionNegated(doc, unit, purpose.start, purpose.end, NOUN_ACTION.test(purpose.text))) continue;
    } else {
      if (negatedIn(doc, partStart(doc, range, c.start), c.start)) continue;
      // the employee gives it: an employee subject before it, "by signing", or the employee's genitive
      const giver = consentGiver(doc, unit, c);
      if (giver === 'employer') continue;
    }
    return { unit, consent: c, purpose };
  }
  return undefined;
}

function consentGiver(doc: AnalyzedDocument, unit: SocialUnit, c: Mention): Actor {
  const range = rangeOf(unit, c.start);
  const after = doc.masked.slice(c.end, Math.min(range.end, c.end + 40));
  if (/^\s*(?:van|door|of|from|by|fra|av)\s+(?:de\s+|het\s+|the\s+|den\s+)?(?:werknemer|medewerker|employee|staff|arbeidstaker|ansatte|medarbeider|betrokkene|data subject|the individual|you)/iu.test(after)) return 'employee';
  const before = doc.masked.slice(Math.max(range.start, c.start - 30), c.start);
  if (/(?:werknemers|employee[’']s|employees[’']|your|their|his|her|zijn|haar|hun|uw|jouw|arbeidstakers|arbeidstakerens|ansattes|den ansattes|ditt|hans|hennes|deres|sitt)\s+(?:\p{L}+\s+)?$/iu.test(before)) return 'employee';
  if (mentionsInRanges(doc, CONSENT_BY_SIGNING, unit.ranges).length) return 'employee';
  // "Werknemer verleent werkgever hierbij toestemming": the employee is the subject of the give-verb
  const employees = mentionsIn(doc, EMPLOYEE_SUBJECT, range.start, c.start).filter((m) => !isGenitiveSubject(doc, m));
  if (employees.some((e) => mentionsIn(doc, GIVE, e.end, c.start).length > 0)) return 'employee';
  const subject = nearestSubject(doc, range.start, c.start) ?? (unit.lead && range !== unit.lead ? nearestSubject(doc, unit.lead.start, unit.lead.end) : undefined);
  if (subject?.who === 'employee') return 'employee';
  // "Monitoring takes place with consent" / "on the basis of consent": nobody named, still the employee's consent
  if (!subject) return 'employee';
  // "Werkgever vraagt werknemer om toestemming" / "the Company will ask for consent": the employee gives it
  const between = doc.masked.slice(Math.max(range.start, c.start - 60), c.start);
  if (/(?:vraagt|vragen|verzoekt|ask(?:s|ed)?|request(?:s|ed)?|seek(?:s)?|obtain(?:s|ed)?|innhente\p{L}*|ber om|be om|indhente)/iu.test(between)) return 'employee';
  return 'employer';
}

// =============================================================================================
// #OpenToWork

/** Job-seeking status: #OpenToWork, "open to work", "openstaat voor ander werk", "åpen for nye muligheter". */
export const OPEN_TO_WORK = words([
  '#?open ?to ?work', '#?opentowork', '#?open ?for ?work', '[«"“\']?open to work[»"”\']?', 'open (?:to|for) (?:new )?(?:opportunities|jobs?|roles?|offers?|positions?)',
  'open (?:to|for) (?:a )?(?:new|other|another) (?:job|role|position|employer|employment)', '(?:actively |passively )?(?:looking|searching) for (?:a )?(?:new |another |other )?(?:job|jobs|role|position|employment|work|employer)',
  'job[- ]?seek(?:ing|ers?)(?: status)?', 'job[- ]?search(?:ing|es)?', 'job[- ]?hunting', 'applying for (?:jobs|positions|roles)(?: elsewhere)?', 'appl(?:y|ies|ied|ying) (?:for (?:\\p{L}+ ){0,2})?elsewhere',
  'seek(?:s|ing)? (?:other|new|alternative|outside) (?:employment|work|jobs?|positions?|roles?)', 'consider(?:s|ing)? (?:leaving|a move|other opportunities|a career move)',
  'intention to leave', 'plans? to leave', 'candidate status', 'career interests',
  'open(?:staat|staan|stond|te staan) voor (?:een )?(?:ander(?:e)?|nieuw(?:e)?) (?:werk|baan|banen|functies?|uitdaging(?:en)?|kansen|mogelijkheden|werkgever|job|carrièrestap)',
  'openstaan voor (?:een )?(?:ander(?:e)?|nieuw(?:e)?) (?:werk|baan|functie|uitdaging|kansen|werkgever)', 'open voor (?:een )?(?:ander(?:e)?|nieuw(?:e)?) (?:werk|baan|functie|uitdaging(?:en)?|kansen|mogelijkheden)',
  'op zoek (?:is |zijn |gaat |gaan )?naar (?:een )?(?:ander(?:e)?|nieuw(?:e)?) (?:werk|baan|functie|werkgever|job|uitdaging|betrekking)', 'werkzoekend\\p{L}*',
  'solliciteert', 'solliciteren (?:bij|elders)', 'elders (?:gaan |willen )?sollicite(?:ren|ert)', 'bij (?:een )?andere werkgever(?:s)? sollicite(?:ren|ert)', 'gesolliciteerd', 'sollicitatieactiviteiten', 'sollicitaties (?:elders|bij)', 'vertrekplannen', 'vertrekwens',
  'beschikbaar voor (?:een )?(?:nieuwe|andere) (?:baan|functie|werkgever)', 'overstap', 'carrièreinteresses', 'kandidaatstatus',
  '[«"“\']?åpen for (?:nye |andre )?(?:arbeid|jobb(?:er)?|muligheter|stillinger|jobbtilbud|tilbud|jobbmuligheter)[»"”\']?', 'jobbsøk\\p{L}*', 'søker (?:ny|annen|andre|nye) (?:jobb|stilling(?:er)?|arbeid)',
  'søker (?:jobb|stilling(?:er)?) (?:andre steder|hos andre|eksternt)', 'søker (?:ny |annen )?(?:jobb|stilling(?:er)?) (?:i|hos) (?:en )?(?:annen|andre)', 'på jakt etter (?:ny|en ny|annen|en annen) (?:jobb|stilling|arbeidsgiver)', 'ser etter (?:ny|en ny|annen|en annen) (?:jobb|stilling|arbeidsgiver)',
  'vurderer å (?:slutte|bytte jobb|skifte jobb)', 'planer om å slutte', 'jobbytte', 'kandidatstatus',
]);
/** Finding out or passing on: discover / identify / report. */
const DISCOVER = words([
  'nagaan', 'nagegaan', 'na te gaan', 'door te geven', 'in kaart te brengen', 'op de hoogte te (?:stellen|brengen|houden)', 'kenbaar te maken', 'te laten weten', 'bij te houden', 'op te sporen',
  'gaat[^.;:]{0,60}?\\sna', 'laat[^.;:]{0,60}?\\snagaan', 'achterhal\\p{L}*', 'signaler\\p{L}*', 'gesignaleerd', 'detecte\\p{L}*', 'gedetecteerd',
  'in kaart (?:brengen|gebracht|brengt)', 'brengt[^.;:]{0,40}?\\sin kaart', 'opspor\\p{L}*', 'opgespoord', 'identific\\p{L}*', 'geïdentificeerd', 'monitor\\p{L}*', 'gemonitord',
  'controle(?:ren|ert)', 'gecontroleerd', 'scan(?:nen|t)?', 'gescand', 'doorzoek\\p{L}*', 'check(?:en|t)', 'gecheckt', 'inventaris\\p{L}*', 'rapporte\\p{L}*', 'gerapporteerd',
  'doorgeven', 'doorgegeven', 'geeft[^.;:]{0,40}?\\sdoor', 'geven[^.;:]{0,40}?\\sdoor', 'melden', 'meldt', 'melding', 'gemeld', 'informeren', 'informeert', 'geïnformeerd',
  'op de hoogte (?:stellen|brengen|houden)', 'stelt[^.;:]{0,40}?\\sop de hoogte', 'laten weten', 'laat[^.;:]{0,40}?\\sweten', 'tip(?:t|pen)', 'getipt', 'waarschuw\\p{L}*',
  'bijhouden', 'houdt[^.;:]{0,40}?\\sbij', 'opvragen', 'navragen', 'vraagt[^.;:]{0,40}?\\sna', 'scrap\\p{L}*', 'gescrapet', 'gescraped', 'verzamel\\p{L}*', 'verzameld',
  'registre(?:ren|ert)', 'geregistreerd', 'zoekopdracht\\p{L}*', 'nagaat', 'vastleggen', 'vastgelegd', 'doorzoekt', 'kenbaar (?:maken|gemaakt)', 'maakt[^.;:]{0,40}?\\skenbaar',
  'kartlegg\\p{L}*', 'identifiser\\p{L}*', 'avdekk\\p{L}*', 'finne ut', 'finner ut', 'overvåk\\p{L}*', 'sjekk(?:e|er|es|et)?', 'skann\\p{L}*', 'rapporter\\p{L}*',
  'melde(?:r|s)?(?: fra)?', 'meldt', 'gi(?:r)? beskjed', 'gi(?:r)? melding', 'informere\\p{L}*', 'varsle\\p{L}*', 'opplys(?:e|er|es)', 'videreformidl\\p{L}*', 'tipse\\p{L}*', 'følge(?:r)? med',
  'registrer(?:e|er|es|t)', 'hente(?:r)? inn', 'innhent\\p{L}*', 'søk(?:e|er)? (?:etter|i)', 'logg(?:e|er|føre)',
  'identif(?:y|ies|ied|ying)', 'detect\\p{L}*', 'find(?:s)? out', 'found out', 'flag(?:s|ged|ging)?', 'track\\p{L}*', 'monitor\\p{L}*', 'check\\p{L}*', 'scan\\p{L}*', 'search\\p{L}*',
  'learn(?:s|ed|t)?', 'discover\\p{L}*', 'spot(?:s|ted|ting)?', 'alert\\p{L}*', 'notif\\p{L}*', 'inform\\p{L}*', 'report\\p{L}*', 'tell(?:s)?', 'let[^.;:]{0,30}?\\sknow',
  'disclose\\p{L}*', 'declare\\p{L}*', 'pass(?:es|ed)? on', 'share\\p{L}*', 'scrap\\p{L}*', 'collect\\p{L}*', 'gather\\p{L}*', 'harvest\\p{L}*', 'compil\\p{L}*', 'screen\\p{L}*',
  'ask(?:s|ed)? (?:\\p{L}+ ){0,3}(?:whether|if)', 'inquir\\p{L}*', 'enquir\\p{L}*', 'map(?:s|ped|ping)', 'watch\\p{L}*', 'keep track', 'surveil\\p{L}*', 'notice(?:s|d)?',
]);
/** Reporting verbs: the employee's duty to tell (needs an obligation when the employee is the actor). */
const REPORT = words([
  'melden', 'meldt', 'melding', 'gemeld', 'informeren', 'informeert', 'op de hoogte (?:stellen|brengen)', 'stelt[^.;:]{0,40}?\\sop de hoogte', 'laten weten', 'laat[^.;:]{0,40}?\\sweten',
  'kenbaar (?:maken|gemaakt)', 'maakt[^.;:]{0,40}?\\skenbaar', 'mededelen', 'deelt[^.;:]{0,40}?\\smee', 'doorgeven', 'geeft[^.;:]{0,40}?\\sdoor', 'door te geven',
  'kenbaar te maken', 'te laten weten', 'op de hoogte te (?:stellen|brengen)',
  'melde(?:r|s)?(?: fra)?', 'meldt', 'gi(?:r)? beskjed', 'gi(?:r)? melding', 'informere\\p{L}*', 'varsle\\p{L}*', 'opplys(?:e|er|es)', 'orientere\\p{L}*',
  'notif\\p{L}*', 'inform\\p{L}*', 'report\\p{L}*', 'tell(?:s)?', 'let[^.;:]{0,30}?\\sknow', 'disclose\\p{L}*', 'declare\\p{L}*', 'advise\\p{L}*',
]);
/** Voluntary: "kan", "mag", "may", "is free to", "encouraged", "frivillig". */
const VOLUNTARY = words([
  'kan', 'kunnen', 'mag', 'mogen', 'is vrij', 'zijn vrij', 'vrijwillig\\p{L}*', 'desgewenst', 'op eigen initiatief', 'worden aangemoedigd', 'wordt aangemoedigd', 'welkom',
  'may', 'can', 'is free to', 'are free to', 'are welcome', 'is welcome', 'encouraged', 'voluntar\\p{L}*', 'if (?:they|he|she|you) (?:wish|choose|want)', 'at (?:their|your|his or her) discretion',
  'står fritt', 'frivillig\\p{L}*', 'oppfordres', 'oppfordrer', 'dersom (?:han|hun|de|du) ønsker', 'om (?:han|hun|de|du) ønsker', 'velkommen',
]);
const OBLIGATION = words([
  'moet', 'moeten', 'dient', 'dienen', 'is verplicht', 'zijn verplicht', 'verplicht', 'verplichting', 'zal', 'zullen', 'verbindt zich',
  'must', 'shall', 'is required', 'are required', 'required to', 'is obliged', 'are obliged', 'obliged to', 'are expected', 'is expected', 'will', 'undertakes?', 'duty',
  'skal', 'må', 'plikter', 'plikt', 'er forpliktet', 'forplikter seg', 'pålegges', 'pålagt',
]);
/** Internal mobility: telling HR about an internal vacancy is not job-seeking surveillance. */
const INTERNAL = words([
  'intern(?:e)? (?:vacatures?|functies?|sollicitaties?|mobiliteit|overstap|doorstroming)', 'binnen (?:de |het )?(?:onderneming|bedrijf|organisatie|concern|groep)',
  'internal (?:vacanc(?:y|ies)|roles?|positions?|mobility|moves?|applications?|opportunities|transfers?)', 'within the (?:company|group|firm|organi[sz]ation)',
  'intern(?:e)? (?:stillinger|stilling|utlysning(?:er)?|mobilitet|søknad(?:er)?)', 'internt i (?:selskapet|konsernet|virksomheten)', 'innad i (?:selskapet|konsernet|virksomheten)',
]);

export interface OpenToWorkHit {
  unit: SocialUnit;
  action: Mention;
  status: Mention;
  kind: 'scan' | 'report';
}

/** The employer learns job-seeking status through third parties, tools or its own checks, or makes employees report it. */
export function openToWorkHits(doc: AnalyzedDocument): OpenToWorkHit[] {
  const out: OpenToWorkHit[] = [];
  for (const unit of socialUnits(doc)) {
    const ranges = unit.ranges;
    const statuses = mentionsInRanges(doc, OPEN_TO_WORK, ranges).filter((s) => s.start >= unit.start - 1 && !phraseNegated(doc, unit, s));
    if (!statuses.length) continue;
    if (mentionsInRanges(doc, INTERNAL, ranges).length) continue;
    const staff = mentionsInRanges(doc, EMPLOYEE_REF, ranges).filter((e) => !mentionsInRanges(doc, OTHER_STAFF, ranges).some((o) => o.start <= e.start && e.end <= o.end));
    if (!staff.length) continue;
    const status = statuses[0];
    const overlapsStatus = (a: Span) => statuses.some((s) => a.start < s.end && s.start < a.end);
    const actions = mentionsInRanges(doc, DISCOVER, ranges).filter((a) => !overlapsStatus(a));
    let found: OpenToWorkHit | undefined;
    for (const action of actions) {
      if (actionNegated(doc, unit, action.start, action.end, NOUN_ACTION.test(action.text))) continue;
      const actor = resolveActor(doc, unit, action.start, action.end);
      const isReport = mentionsInRanges(doc, REPORT, [action]).some((r) => r.start === action.start);
      if (actor === 'employee' || (actor === 'none' && isReport)) {
        if (!isReport) continue;
        // the employee tells: only a duty counts, not an invitation
        const range = rangeOf(unit, action.start);
        const before = { start: partStart(doc, range, action.start), end: action.start };
        const scope = unit.lead && range !== unit.lead ? [unit.lead, before] : [before];
        if (mentionsInRanges(doc, NOT_OBLIGED, scope).length || mentionsInRanges(doc, NOT_OBLIGED, ranges).length) continue;
        const voluntary = mentionsInRanges(doc, VOLUNTARY, scope).length > 0 || mentionsInRanges(doc, FREE_CONSENT, ranges).length > 0;
        const obliged = mentionsInRanges(doc, OBLIGATION, scope).length > 0;
        const presentTense = doc.lang === 'nl' || doc.lang === 'no' ? /^(?:meldt|informeert|stelt|laat|maakt|deelt|geeft|melder|gir|informerer|varsler|opplyser|orienterer)/iu.test(action.text) : /^(?:notifies|informs|reports|tells|lets|discloses|declares|advises)/iu.test(action.text);
        if (voluntary && !obliged) continue;
        if (!obliged && !presentTense) continue;
        found = { unit, action, status, kind: 'report' };
      } else {
        found = { unit, action, status, kind: isReport && actor === 'none' ? 'report' : 'scan' };
      }
      break;
    }
    if (found) out.push(found);
  }
  return out;
}

// =============================================================================================
// Profile content bans

/** Stating or displaying something on a profile. */
export const DISPLAY = words([
  'vermeld\\p{L}*', 'noem(?:en|t)?', 'genoemd', 'tonen', 'toon(?:t)?', 'getoond', 'weergeven', 'weergegeven', 'geeft[^.;:]{0,40}?\\sweer', 'plaats(?:en|t)?', 'geplaatst', 'publice(?:ren|ert)', 'gepubliceerd',
  'opnemen', 'opgenomen', 'neemt[^.;:]{0,40}?\\sop', 'zetten', 'gezet', 'zet[^.;:]{0,40}?\\sop', 'aangeven', 'aangegeven', 'presente(?:ren|ert)', 'gepresenteerd', 'delen', 'deelt', 'gedeeld',
  'laten zien', 'bekend (?:te )?maken', 'bekendmaken', 'openbaar (?:te )?maken', 'zichtbaar (?:te )?maken', 'toevoegen', 'toegevoegd', 'voegt[^.;:]{0,40}?\\stoe', 'melden', 'prijsgeven',
  'state(?:s|d)?', 'list(?:s|ed|ing)?', 'display(?:s|ed|ing)?', 'show(?:s|n|ed|ing)?', 'mention(?:s|ed|ing)?', 'include(?:s|d)?', 'publish\\p{L}*', 'post(?:s|ed|ing)?', 'add(?:s|ed|ing)?',
  'identif(?:y|ies|ying) (?:themselves|himself|herself|yourself|oneself) as', 'describe\\p{L}*', 'refer(?:s|red|ring)? to', 'reference\\p{L}*', 'advertis\\p{L}*', 'disclos\\p{L}*', 'present(?:s|ed|ing)?', 'feature(?:s|d)?',
  'reveal\\p{L}*', 'name(?:s|d)? (?:the company|their employer|the employer)', 'put(?:s|ting)?', 'appear(?:s)?', 'be (?:visible|shown|seen)',
  'staan', 'vermeld staan', 'te zien zijn', 'zichtbaar zijn', 'stå', 'fremgå\\p{L}*', 'være synlig',
  'oppgi\\p{L}*', 'oppgitt', 'oppfør\\p{L}*', 'føre(?:s)? opp', 'fører opp', 'ført opp', 'vis(?:e|er|es)', 'nevn\\p{L}*', 'publiser\\p{L}*', 'legge(?:s)? ut', 'legger ut', 'lagt ut',
  'angi(?:r|s)?', 'angitt', 'skrive(?:r)?', 'opplys(?:e|er|es)', 'presenter(?:e|er|es)', 'dele(?:r|s)?', 'synliggjør\\p{L}*', 'omtal\\p{L}*', 'legge(?:s)? til', 'legger til', 'røpe(?:r)?',
]);
const CONTENT_TITLE = words([
  'functietitel\\p{L}*', 'functienaam', 'functiebenaming', 'functie', 'functieomschrijving', 'titel', 'job ?titles?', 'titles?', 'positions?', 'roles?', 'job descriptions?', 'seniority',
  'stillingstittel\\p{L}*', 'stillingsbetegnelse\\p{L}*', 'tittel(?:en)?', 'stilling(?:en)?', 'rolle(?:n)?',
]);
const CONTENT_DUTIES = words([
  'taken', 'werkzaamheden', 'verantwoordelijkheden', 'functie-?inhoud', 'duties', 'responsibilities', 'tasks', 'day-to-day work', 'what (?:they|he|she|you) do',
  'arbeidsoppgaver(?:ne)?', 'oppgaver(?:ne)?', 'ansvarsområde\\p{L}*', 'arbeidsområde\\p{L}*', 'hva (?:han|hun|de) jobber med',
]);
const CONTENT_EMPLOYER = words([
  '(?:de )?naam van (?:de |het )?(?:werkgever|onderneming|bedrijf|organisatie)', 'werkgever als (?:huidige |zijn |haar |hun )?werkgever', 'werkgever', 'bedrijfsnaam', 'logo',
  'dienstverband(?: bij (?:de )?werkgever)?', 'arbeidsrelatie', 'werkervaring', 'dat (?:hij|zij|werknemer) (?:bij|voor) (?:de )?(?:werkgever|onderneming) werk\\p{L}*',
  '(?:in dienst|werkzaam) (?:is |zijn )?(?:bij|van) (?:de )?(?:werkgever|onderneming|het bedrijf)', 'onderneming', 'het bedrijf',
  'dat (?:hij|zij|ze|je|jij|werknemer|hij of zij) (?:bij|voor) (?:de |het )?\\p{L}+(?: \\p{L}+)? (?:werkt|werken|werkzaam is|in dienst is)', 'waar (?:hij|zij|ze|je|jij) werk(?:t|en)', 'bij wie (?:hij|zij|ze|je) (?:werkt|in dienst is)',
  'that (?:they|he|she|you) (?:work|works|are employed|is employed) (?:for|by|at) \\p{L}+(?: \\p{L}+)?',
  'at (?:han|hun|de|du) (?:jobber|arbeider|er ansatt) (?:i|hos|for) \\p{L}+(?: \\p{L}+)?',
  'the company(?: name)?', 'the company[\'’]s name', 'the name of the company', 'the company as (?:(?:his|her|their|an?|your) )?(?:current |present )?employer',
  '(?:his|her|their|your) employer', 'employer', '(?:an? )?employees? of the company', '(?:an? )?(?:member of )?staff of the company',
  '(?:een )?(?:werknemer|medewerker) van (?:de )?(?:werkgever|onderneming)', '(?:en )?ansatt (?:i|hos) (?:selskapet|bedriften)', 'employment (?:with|by|at) the company', 'that (?:they|he|she|you) (?:work|works|are employed|is employed) (?:for|by|at) the company',
  'who (?:they|he|she|you) work for', 'where (?:they|he|she|you) work', 'place of work',
  'arbeidsgiver(?:en)?', 'selskapet(?: som arbeidsgiver)?', 'navnet på (?:selskapet|arbeidsgiver(?:en)?|bedriften)', 'selskapets navn', 'arbeidsgiverens navn', 'bedriftens navn',
  '(?:hvor|hvem) (?:han|hun|de) (?:jobber|arbeider)(?: for)?', 'at (?:han|hun|de|arbeidstaker(?:en)?) er ansatt (?:i|hos) (?:selskapet|bedriften|virksomheten)',
  'ansettelsesforhold(?:et)?', 'arbeidsforhold(?:et)?', 'arbeidserfaring(?:en)?', 'arbeidssted(?:et)?',
]);
const CONTENT_NAMED = words(['(?:de )?naam van (?:de |het )?\\p{L}[\\p{L}&-]*', 'the (?:company )?name (?:of )?\\p{L}[\\p{L}&-]*', 'navnet (?:på|til) \\p{L}[\\p{L}&-]*']);
const CONTENT_TRAINING = words([
  'opleiding(?:en)?', 'cursus(?:sen)?', 'trainingen', 'certifica(?:at|ten)', 'certificering(?:en)?', 'diploma(?:\'s)?', 'vaardigheden', 'kwalificaties',
  'training(?:s)?', 'courses?', 'certifications?', 'certificates?', 'qualifications?', 'accreditations?', 'badges?', 'skills',
  'kurs(?:et|ene|er)?', 'sertifisering(?:er|ene)?', 'sertifikat(?:er|ene)?', 'kursbevis', 'utdanning(?:en)?', 'opplæring(?:en)?', 'kompetansebevis', 'ferdigheter', 'kvalifikasjoner',
]);
/** Where: a personal profile, social media, online. */
const PROFILE_PLACE = words([
  'profiel(?:en)?', 'profiles?', 'profil(?:en|er|ene)?', 'online', 'internet', 'op het web', 'on the web', 'på nett(?:et)?', 'cv', 'curriculum vitae', 'bio', 'headline', 'kopregel',
]);
/** A content ban: a prohibition, or a condition of prior approval. */
const APPROVAL_CONDITION = words([
  '(?:alleen|uitsluitend|slechts) (?:na|met) (?:\\p{L}+ ){0,3}(?:toestemming|goedkeuring|akkoord)', 'zonder (?:\\p{L}+ ){0,3}(?:toestemming|goedkeuring|akkoord)', 'na (?:voorafgaande )?(?:schriftelijke )?goedkeuring',
  'behoeft (?:\\p{L}+ ){0,3}(?:toestemming|goedkeuring)', 'ter goedkeuring', '(?:moet|moeten|dient|dienen) (?:\\p{L}+ ){0,4}(?:goedgekeurd|worden goedgekeurd)', 'vooraf (?:laten )?goedkeuren',
  'only (?:with|after|once|upon) (?:\\p{L}+ ){0,3}(?:approval|consent|permission|authori[sz]ation|clearance)', 'without (?:\\p{L}+ ){0,3}(?:approval|consent|permission|authori[sz]ation|clearance)',
  'subject to (?:\\p{L}+ ){0,3}(?:approval|consent|clearance|sign-?off)', 'requires? (?:\\p{L}+ ){0,3}(?:approval|consent|permission|authori[sz]ation|clearance)',
  '(?:must|shall|should) (?:first )?be (?:pre-?)?(?:approved|cleared|authori[sz]ed)', 'pre-?approv\\p{L}*',
  'unless (?:\\p{L}+ ){0,4}(?:approved|cleared|authori[sz]ed|signed off)', '(?:must|shall|should) (?:first )?(?:obtain|get|seek) (?:\\p{L}+ ){0,2}(?:approval|consent|permission|clearance)',
  'zonder dat (?:\\p{L}+ ){0,5}(?:goedgekeurd|toestemming)', '(?:moet|moeten|dient|dienen) (?:eerst |vooraf )?(?:toestemming|goedkeuring) (?:te )?(?:vragen|krijgen|hebben)',
  '(?:må|skal) (?:først |på forhånd )?(?:innhente|få|ha) (?:\\p{L}+ )?(?:godkjenning|samtykke|tillatelse)',
  'kun (?:etter|med) (?:\\p{L}+ ){0,3}(?:godkjenning|samtykke|tillatelse|klarering)', 'uten (?:\\p{L}+ ){0,3}(?:godkjenning|samtykke|tillatelse)', 'forhåndsgodkjen\\p{L}*',
  '(?:skal|må) (?:\\p{L}+ ){0,3}godkjennes', 'godkjennes (?:på forhånd|av)', 'krever (?:\\p{L}+ ){0,3}(?:godkjenning|samtykke|tillatelse)', 'etter (?:forutgående |forhånds)?(?:skriftlig )?godkjenning',
]);
const PROHIBIT_WORD = words([
  'verboden', 'niet toegestaan', 'onthoudt zich', 'onthouden', 'is prohibited', 'are prohibited', 'prohibited', 'not permitted', 'not allowed', 'refrain(?:s)? from',
  'forbudt', 'ikke tillatt', 'ikke lov', 'avstå(?:r)? fra', 'unnlate\\p{L}*', 'unngå(?:r)?', 'avoid(?:s)?', 'vermijdt', 'vermijden', 'vermijd',
]);
/** Content qualified as confidential / secret: a confidentiality rule, not a content ban. */
const CONFIDENTIAL_Q = words([
  'vertrouwelijke?', 'geheime?', 'bedrijfsgeheim\\p{L}*', 'gevoelige?', 'confidential', 'secret', 'trade secrets?', 'sensitive', 'non-?public', 'niet-?openbare?', 'proprietary',
  'konfidensiell(?:e)?', 'fortrolig(?:e)?', 'hemmelig(?:e)?', 'forretningshemmelighet\\p{L}*', 'sensitiv(?:e)?', 'taushetsbelagt(?:e)?', 'klantnamen', 'namen van klanten', 'client names',
  'names of clients', 'kundenavn', 'navn på kunder', 'klantgegevens', 'client data', 'kundedata', 'klanten', 'clients', 'kunder', 'projectdetails', 'project details', 'prosjektdetaljer',
]);
/** Exceptions: "anything beyond their job title" / "other than", "behalve", "utover". */
const EXCEPT = words(['anders dan', 'behalve', 'met uitzondering van', 'uitgezonderd', 'buiten', 'meer dan', 'other than', 'except(?: for)?', 'apart from', 'beyond', 'besides', 'more than', 'utover', 'annet enn', 'bortsett fra', 'unntatt', 'mer enn']);
/** "About", "on behalf of", "from", "by": the employer word is not what is stated. */
const NOT_CONTENT_BEFORE: Record<Lang, RegExp> = {
  nl: re('(?:^|[^\\p{L}])(?:van|namens|door|over|betreffende|aangaande|inzake|omtrent|met|aan|uit naam van|op naam van|tegenover|richting|voor)\\s+(?:de\\s+|het\\s+|een\\s+)?$', 'iu'),
  no: re('(?:^|[^\\p{L}])(?:av|fra|til|om|vedrørende|angående|på vegne av|i navnet til|for|med|mot|hos)\\s+(?:den\\s+|det\\s+|de\\s+)?$', 'iu'),
  en: re('(?:^|[^\\p{L}])(?:of|by|from|about|regarding|concerning|on behalf of|in the name of|with|to|against|for|relating to|related to)\\s+(?:the\\s+|a\\s+|an\\s+|its\\s+)?$', 'iu'),
};
const AFTER_LEAVING = words([
  'niet (?:langer|meer) (?:in dienst|werkzaam)', 'no longer (?:employed|works?|working|with the company)', 'ikke lenger (?:ansatt|jobber|arbeider)', 'former employer',
  'voormalige? werkgever', 'tidligere arbeidsgiver', 'oud-?werkgever', 'uit dienst', 'has left', 'have left', 'har sluttet', 'slutter', 'leaves the company',
]);

export type ProfileContent = 'title' | 'duties' | 'employer' | 'training';

export interface ProfileBanHit {
  unit: SocialUnit;
  /** The phrase that states the ban (display verb to content, or the reverse). */
  start: number;
  end: number;
  contents: ProfileContent[];
}

/** Employee may not state job title, duties, employer or employer-paid training on a personal profile. */
export function profileBanHits(doc: AnalyzedDocument): ProfileBanHit[] {
  const out: ProfileBanHit[] = [];
  for (const unit of socialUnits(doc)) {
    const hit = profileBanInUnit(doc, unit);
    if (hit) out.push(hit);
  }
  return out;
}

function profileBanInUnit(doc: AnalyzedDocument, unit: SocialUnit): ProfileBanHit | undefined {
  const ranges = unit.ranges;
  const body: Span[] = [{ start: unit.start, end: unit.end }];
  const displays = mentionsInRanges(doc, DISPLAY, ranges);
  if (!displays.length) return undefined;
  const place = mentionsInRanges(doc, PROFILE_PLACE, ranges).length + mentionsInRanges(doc, PLATFORM, ranges).length > 0;
  if (!place) return undefined;
  if (mentionsInRanges(doc, ACCURACY, ranges).length) return undefined;
  if (mentionsInRanges(doc, AFTER_LEAVING, ranges).length || mentionsInRanges(doc, POST_TERMINATION, ranges).length || mentionsInRanges(doc, AT_TERMINATION, ranges).length) return undefined;
  const approval = mentionsInRanges(doc, APPROVAL_CONDITION, ranges);
  const prohibit = mentionsInRanges(doc, PROHIBIT_WORD, ranges).filter((p) => !negatedIn(doc, Math.max(rangeOf(unit, p.start).start, p.start - 25), p.start));
  const confidential = mentionsInRanges(doc, CONFIDENTIAL_Q, ranges);
  const excepts = mentionsInRanges(doc, EXCEPT, ranges);
  const lang = doc.lang;

  const contents: Array<{ m: Mention; kind: ProfileContent }> = [];
  const add = (re0: RegExp, kind: ProfileContent) => {
    for (const m of mentionsInRanges(doc, re0, body)) {
      const range = rangeOf(unit, m.start);
      const before = doc.masked.slice(Math.max(range.start, m.start - 45), m.start);
      // confidential qualifier directly before, with no list separator in between
      if (confidential.some((c) => c.end <= m.start && m.start - c.end <= 40 && !/(?:,|\s(?:of|en|or|and|eller|og)\s)/iu.test(doc.masked.slice(c.end, m.start)))) continue;
      if (confidential.some((c) => c.start >= m.end && c.start - m.end <= 40 && /^\s*(?:\p{L}+\s+){0,2}(?:die|dat|which|that|som|containing|met|with|med)\s/iu.test(doc.masked.slice(m.end, c.start + 1)))) continue;
      if (excepts.some((x) => x.end <= m.start && m.start - x.end <= 30)) continue;
      if (kind === 'employer') {
        if (NOT_CONTENT_BEFORE[lang].test(before)) continue;
        const bare = /^(?:werkgever|onderneming|het bedrijf|employer|the company|arbeidsgiver(?:en)?|selskapet)$/iu.test(m.text);
        if (bare) {
          // a bare employer word is content only after a display verb, a list separator or a possessive
          const ok =
            /(?:,|\s(?:of|en|noch|or|and|nor|eller|og|verken)|(?:^|\s)(?:zijn|haar|hun|diens|their|his|her|your|sin|sitt|sine))\s+(?:de\s+|het\s+|the\s+)?$/iu.test(before) ||
            displays.some((d) => d.end <= m.start && /^\s*(?:de\s+|het\s+|the\s+)?$/iu.test(doc.masked.slice(d.end, m.start))) ||
            /^\s*(?:som|as|als)\s+(?:\p{L}+\s+)?(?:arbeidsgiver|employer|werkgever)/iu.test(doc.masked.slice(m.end, m.end + 30)) ||
            /^\s*(?:sin|sitt)(?![\p{L}])/iu.test(doc.masked.slice(m.end, m.end + 6));
          if (!ok) continue;
        }
      }
      if (kind === 'training' || kind === 'duties' || kind === 'title') {
        if (NOT_CONTENT_BEFORE[lang].test(before) && !/(?:van|of|av)\s+(?:de\s+|the\s+)?$/iu.test(before)) continue;
      }
      contents.push({ m, kind });
    }
  };
  add(CONTENT_TITLE, 'title');
  add(CONTENT_DUTIES, 'duties');
  add(CONTENT_EMPLOYER, 'employer');
  add(CONTENT_TRAINING, 'training');
  // "de naam van Glans", "the name Harbour": a capitalised name after "naam van" / "name" (case checked on the source)
  for (const m of mentionsInRanges(doc, CONTENT_NAMED, body)) {
    const word = /(?<![\p{L}&-])[&-]*(\p{L}[\p{L}&-]*)$/u.exec(doc.text.slice(m.start, m.end)); // linear: starts only where a run starts
    if (word && /^\p{Lu}/u.test(word[1])) contents.push({ m, kind: 'employer' });
  }
  if (!contents.length) return undefined;
  // "functie" / "rol" / "position" alone must stand near a title word or a display verb to be the job title
  for (const d of displays) {
    const range = rangeOf(unit, d.start);
    const neg =
      actionNegated(doc, unit, d.start, d.end, false) ||
      negatedIn(doc, d.start, d.end) || // separable verbs: "neemt zijn taken niet op"
      contents.some((c) => c.m.start > d.end && c.m.start - d.end < 60 && phraseNegated(doc, unit, c.m));
    const appr = approval.some((a) => a.start >= range.start && a.end <= range.end) || (unit.lead !== undefined && approval.some((a) => a.start >= unit.lead!.start && a.end <= unit.lead!.end));
    const proh = prohibit.length > 0;
    if (!neg && !appr && !proh) continue;
    // the banned content must be in the display verb's clause part (loosely) or in the same list item
    const lo = partStartLoose(doc, range, d.start);
    const hi = partEndLoose(doc, range, d.end);
    const mine = contents.filter((c) => (c.m.start >= lo && c.m.end <= hi) || (unit.lead !== undefined && range === unit.lead));
    if (!mine.length) continue;
    // not a ban when the sentence only makes stating optional ("is niet verplicht", "need not")
    if (mentionsInRanges(doc, NOT_OBLIGED, ranges).length && !proh && !appr) continue;
    // a ban in a lead-in ("Niet vermeld worden:") is reported on the content of each item
    const inLead = unit.lead !== undefined && range === unit.lead;
    const start = Math.min(...(inLead ? [] : [d.start]), ...mine.map((c) => c.m.start));
    const end = Math.max(...(inLead ? [] : [d.end]), ...mine.map((c) => c.m.end));
    return { unit, start, end, contents: [...new Set(mine.map((c) => c.kind))] };
  }
  return undefined;
}

// =============================================================================================
// Expression bans

/** Statements, posts and opinions (nouns). */
const STATEMENT = words([
  'uitlating(?:en)?', 'uitspra(?:ak|ken)', 'mededeling(?:en)?', 'berichten', 'bericht', 'posts?', 'uiting(?:en)?', 'opmerking(?:en)?', 'commentaar', 'reacties?', 'mening(?:en)?',
  'standpunt(?:en)?', 'publicaties?', 'content', 'inhoud', 'iets', 'niets', 'blogs?',
  'statements?', 'comments?', 'remarks?', 'opinions?', 'views', 'anything', 'material', 'publications?', 'communications?', 'criticism', 'kritiek', 'kritikk(?:en)?',
  'ytring(?:er|en|ene)?', 'uttalelse(?:r|n|ne)?', 'innlegg(?:et|ene)?', 'kommentar(?:er|en|ene)?', 'meninger', 'synspunkt(?:er)?', 'noe', 'noen ting', 'ingenting',
]);
/** Posting and speaking (verbs). */
const EXPRESS = words([
  'uitlaten', 'laat[^.;:]{0,50}?\\suit', 'uit te laten', 'uitspreken', 'spreekt[^.;:]{0,40}?\\suit', 'posten', 'post', 'gepost', 'plaatsen', 'plaatst', 'geplaatst', 'publiceren', 'publiceert',
  'gepubliceerd', 'delen', 'deelt', 'gedeeld', 'reageren', 'reageert', 'twitteren', 'bloggen', 'schrijven', 'schrijft', 'uiten', 'uit te spreken',
  'post(?:s|ed|ing)?', 'publish\\p{L}*', 'share(?:s|d)?', 'sharing', 'comment(?:s|ed|ing)?', 'express\\p{L}*', 'tweet\\p{L}*', 'blog(?:s|ged|ging)?', 'make (?:any )?(?:public )?(?:statements?|comments?|remarks?)',
  'speak(?:s|ing)? (?:publicly|out|about|on)', 'write(?:s)? about', 'voice(?:s|d)?', 'criticis\\p{L}*', 'criticiz\\p{L}*',
  'fremsett\\p{L}*', 'komme med', 'kommer med', 'uttale seg', 'uttaler seg', 'uttalt seg', 'ytre seg', 'ytrer seg', 'ytret seg', 'publisere\\p{L}*', 'legge(?:s)? ut', 'legger ut', 'lagt ut', 'dele(?:r|s)?', 'kommentere\\p{L}*', 'skrive(?:r)?', 'omtale\\p{L}*', 'kritisere\\p{L}*',
]);
/** "Not in the interest of the employer": the blanket standard. */
const AGAINST_INTEREST = words([
  'niet in het (?:\\p{L}+ )?belang', 'in strijd met (?:de |het )?(?:\\p{L}+ )?belang(?:en)?', 'strijdig met (?:de |het )?(?:\\p{L}+ )?belang(?:en)?', 'tegen (?:de |het )?belang(?:en)?', 'niet ten goede',
  'niet (?:\\p{L}+ ){0,2}(?:bevorderlijk|gunstig)', 'schadelijk voor (?:de |het )?(?:belangen|imago|reputatie|goede naam|naam)', 'nadelig voor',
  'not in (?:the )?(?:best )?interests?', 'contrary to (?:the )?(?:\\p{L}+ ){0,2}interests?', 'against (?:the )?(?:\\p{L}+ ){0,2}interests?', 'conflicts? with (?:the )?(?:\\p{L}+ ){0,2}interests?', 'not in keeping with (?:the )?interests?',
  'ikke (?:er )?i (?:arbeidsgivers|arbeidsgiverens|selskapets|bedriftens|virksomhetens) (?:\\p{L}+ )?interesse', 'i strid med (?:arbeidsgivers|arbeidsgiverens|selskapets|bedriftens|virksomhetens) (?:\\p{L}+ )?interesser',
  'ikke tjener (?:arbeidsgiver(?:en)?|selskapet|bedriften|virksomheten)',
  '(?:de )?belangen van (?:de |het )?\\p{L}+ (?:kunnen |kan |zouden kunnen )?(?:schaden|schaadt|benadelen)', '(?:de |het )?\\p{L}+ (?:kunnen |kan )?(?:schaden|benadelen) in (?:zijn|haar|diens) belangen',
  '(?:detrimental|prejudicial|harmful|damaging) to (?:the )?(?:\\p{L}+[\'’]s )?(?:best )?interests?', 'harm(?:s)? (?:the )?(?:\\p{L}+[\'’]s )?interests?', 'damag(?:e|es) (?:the )?(?:\\p{L}+[\'’]s )?interests?',
  'skade (?:arbeidsgivers|arbeidsgiverens|selskapets|bedriftens|virksomhetens) (?:\\p{L}+ )?interesser', 'skadelig for (?:arbeidsgivers|selskapets|bedriftens) interesser', 'til skade for (?:arbeidsgiver(?:en)?|selskapet|bedriften|virksomheten)', 'ufordelaktig for', 'skadelig for',
]);
/** Any criticism / negative statement. */
const CRITICISM = words([
  'kritiek', 'kritisch\\p{L}*', 'negatie(?:f|ve)', 'negatief', 'ongunstig(?:e)?', 'afkeurend\\p{L}*', 'klachten',
  'criticism', 'critical', 'criticis\\p{L}*', 'criticiz\\p{L}*', 'negative(?:ly)?', 'unfavou?rabl\\p{L}*', 'adverse(?:ly)?', 'complain(?:t|ts|ing)?',
  'kritikk(?:en)?', 'kritisk(?:e)?', 'kritisere\\p{L}*', 'negativ(?:e|t)?', 'ufordelaktig(?:e)?', 'klage\\p{L}*',
]);
/** The employer, its people, products or industry as the subject of a post. */
const EMPLOYER_TOPIC = words([
  'werkgever', 'de werkgever', 'onderneming', 'het bedrijf', 'bedrijf', 'de organisatie', 'collega[\'’]?s', 'leidinggevenden?', 'directie', 'management', 'producten', 'diensten', 'branche', 'sector',
  'industrie', 'markt', 'vakgebied', 'het werk', 'zijn werk', 'haar werk', 'hun werk', 'werk(?:gerelateerd|-gerelateerd)\\p{L}*', 'werkgerelateerde', 'concern', 'groep',
  'the company', 'company', 'the employer', 'employer', 'the firm', 'the group', 'the business', 'colleagues', 'management', 'managers', 'products', 'services', 'industry', 'sector', 'market',
  'work', 'their work', 'their job', 'work-?related', 'us', 'our',
  'arbeidsgiver(?:en)?', 'selskapet', 'bedriften', 'virksomheten', 'konsernet', 'kolleger', 'kollegaer', 'ledelsen', 'leder(?:e|en|ne)?', 'produkter', 'tjenester', 'bransjen', 'bransje',
  'næringen', 'sektoren', 'markedet', 'arbeidsplassen', 'jobben', 'arbeidet', 'jobbrelater\\p{L}*', 'arbeidsrelater\\p{L}*',
  // the employer named by its kind of organisation, and industries named by compounds
  'het (?:restaurant|hotel|kantoor|ziekenhuis|kinderdagverblijf|bureau|filiaal|warenhuis|concern)', 'de (?:school|winkel|praktijk|stichting|gemeente|vereniging|zaak|fabriek|kliniek|instelling|zorginstelling|firma|maatschap|universiteit|hogeschool)',
  'the (?:hotel|restaurant|practice|school|trust|store|shop|clinic|hospital|charity|council|university|partnership|office|branch|agency)',
  '(?:hotellet|restauranten|kontoret|skolen|butikken|klinikken|sykehuset|kommunen|stiftelsen|foreningen|firmaet|fabrikken|praksisen|barnehagen|universitetet)',
  '\\p{L}+(?:branche|sector|industrie|bransjen|næringen|sektoren|industry|sector)', 'horeca', 'hospitality', 'reiselivet',
]);
const ABOUT = words([
  'over', 'omtrent', 'betreffende', 'aangaande', 'inzake', 'met betrekking tot', 'in verband met', 'gerelateerd aan', 'die betrekking (?:hebben|heeft) op', 'die verband houden met',
  'about', 'regarding', 'concerning', 'relating to', 'related to', 'in relation to', 'with respect to', 'referring to', 'on the subject of', 'that mentions?', 'mentioning', 'which (?:relates?|refers?) to',
  'om', 'vedrørende', 'angående', 'knyttet til', 'relatert til', 'i forbindelse med', 'som gjelder', 'som omhandler', 'omhandler',
]);
/** Lawful narrow standards: untrue, defamatory, discriminatory, unnecessary harm. */
const LIMITED = words([
  'onnodig\\p{L}*', 'onterecht\\p{L}*', 'ongefundeerd\\p{L}*', 'ongegrond\\p{L}*', 'onjuist\\p{L}*', 'onware?', 'lasterlijk\\p{L}*', 'smadelijk\\p{L}*', 'beledigend\\p{L}*', 'discrimine\\p{L}*',
  'intimiderend\\p{L}*', 'bedreigend\\p{L}*', 'onrechtmatig\\p{L}*', 'misleidend\\p{L}*', 'kwetsend\\p{L}*', 'grievend\\p{L}*',
  'unnecessar\\p{L}*', 'gratuitous\\p{L}*', 'unjustifi\\p{L}*', 'unfounded', 'untrue', 'false', 'defamatory', 'libel\\p{L}*', 'slander\\p{L}*', 'abusive', 'harass\\p{L}*', 'discriminat\\p{L}*',
  'threatening', 'offensive', 'obscene', 'unlawful', 'illegal', 'misleading', 'malicious', 'bullying', 'hateful',
  'usaklig\\p{L}*', 'uriktig\\p{L}*', 'ærekrenk\\p{L}*', 'trakasser\\p{L}*', 'diskriminer\\p{L}*', 'truende', 'sjikan\\p{L}*', 'grunnløs\\p{L}*', 'unødvendig\\p{L}*', 'ulovlig\\p{L}*',
  'villedende', 'krenkende', 'hetsende', 'illojal\\p{L}*',
]);
/** Speaking on behalf of the employer, official statements, the press: a spokesperson rule. */
const ON_BEHALF = words([
  'namens', 'uit naam van', 'op naam van', 'als vertegenwoordiger', 'in (?:zijn|haar|hun) hoedanigheid', 'officiële?', 'officieel', 'woordvoer\\p{L}*', 'de pers', 'pers(?:bericht\\p{L}*|contact\\p{L}*|vragen)?', 'de media', 'journalist\\p{L}*',
  'on (?:the company[\'’]s )?behalf', 'in the name of', 'as (?:a )?representatives?', 'representing', 'official\\p{L}*', 'spokes\\p{L}*', 'the press', 'press', 'media (?:enquiries|inquiries|interviews?|contacts?|requests?)', 'journalists?',
  'authori[sz]ed to speak', 'speak for', 'speak on behalf',
  'på vegne av', 'i navnet til', 'i (?:selskapets|arbeidsgivers|arbeidsgiverens|bedriftens) navn', 'som representant', 'offisiell\\p{L}*', 'talsperson\\p{L}*', 'talsmann', 'pressen', 'presse(?:henvendelser|kontakt)?', 'medie(?:ne|henvendelser)', 'journalister',
]);
/** A whistleblowing or lawful-speech carve-out in the same paragraph: the ban is already qualified. */
export const CARVE_OUT = words([
  'klokkenlui\\p{L}*', 'misstand(?:en)?', 'wet bescherming klokkenluiders', 'wettelijk (?:toegestaan\\p{L}*|beschermd\\p{L}*)', 'die de wet toestaat', 'wet (?:toestaat|toelaat)',
  'whistle-?blow\\p{L}*', 'protected disclosures?', 'public interest disclosures?', 'the law (?:allows|permits|protects)', 'permitted by law', 'required by law', 'protected by law',
  'nothing in this (?:\\p{L}+ ){0,2}(?:prevents|restricts|stops|prohibits|limits)', 'niets in (?:dit|deze) (?:\\p{L}+ ){0,2}(?:belet|beperkt|verhindert|verbiedt)',
  'ingenting i (?:denne|dette) (?:\\p{L}+ ){0,2}(?:hindrer|begrenser|forbyr)',
  'varsl\\p{L}*', 'kapittel 2 ?a', 'loven tillater', 'som loven tillater', 'lovlig\\p{L}*', 'ytringsfrihet\\p{L}*', 'freedom of expression', 'vrijheid van meningsuiting',
]);
/** Blanket markers: any, every, no ... at all. */
const BLANKET = words([
  'enige', 'enig', 'iedere', 'ieder', 'elke', 'alle', 'geen enkele', 'op geen enkele wijze', 'in welke vorm dan ook', 'op welke wijze dan ook', 'hoe dan ook', 'wat dan ook', 'geen', 'niets', 'iets',
  'any', 'all', 'every', 'anything', 'whatsoever', 'of any kind', 'in any form', 'in any way', 'no',
  'enhver', 'ethvert', 'noen', 'noe', 'alle', 'ingen', 'ingenting', 'overhodet', 'i noen form',
]);

const STRONG_BLANKET = words([
  'enige', 'iedere', 'elke', 'alle', 'geen enkele', 'op geen enkele wijze', 'in welke vorm dan ook', 'any', 'every', 'all', 'whatsoever', 'of any kind', 'in any form',
  'enhver', 'ethvert', 'noen som helst', 'overhodet', 'alle',
]);

export type ExpressionKind = 'interest' | 'criticism' | 'approval';

export interface ExpressionHit {
  unit: SocialUnit;
  start: number;
  end: number;
  kind: ExpressionKind;
}

export function blockOf(doc: AnalyzedDocument, pos: number): Block | undefined {
  let lo = 0;
  let hi = doc.blocks.length - 1;
  let found: Block | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = doc.blocks[mid];
    if (b.start <= pos) {
      found = b;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found && pos <= found.end ? found : undefined;
}

/** A blanket ban on statements "not in the interest of the employer", on any criticism, or on any post about the employer or its industry without approval. */
export function expressionHits(doc: AnalyzedDocument): ExpressionHit[] {
  const out: ExpressionHit[] = [];
  for (const unit of socialUnits(doc)) {
    const hit = expressionInUnit(doc, unit);
    if (hit) out.push(hit);
  }
  return out;
}

function expressionInUnit(doc: AnalyzedDocument, unit: SocialUnit): ExpressionHit | undefined {
  const ranges = unit.ranges;
  const body: Span[] = [{ start: unit.start, end: unit.end }];
  const speech = [...mentionsInRanges(doc, STATEMENT, ranges), ...mentionsInRanges(doc, EXPRESS, ranges)].sort((a, b) => a.start - b.start);
  if (!speech.length) return undefined;
  const block = blockOf(doc, unit.start);
  if (block && mentionsIn(doc, CARVE_OUT, block.start, block.end).length) return undefined;
  if (mentionsInRanges(doc, ON_BEHALF, ranges).length) return undefined;
  const interest = mentionsInRanges(doc, AGAINST_INTEREST, body);
  const limited = mentionsInRanges(doc, LIMITED, ranges);
  // criticism counts unless the sentence narrows it (untrue, defamatory, unnecessary ...) — "any criticism" always counts
  const criticism = mentionsInRanges(doc, CRITICISM, body).filter(
    (c) => !limited.length || mentionsIn(doc, STRONG_BLANKET, Math.max(unit.start, c.start - 30), c.start).length > 0,
  );
  const confidential = mentionsInRanges(doc, CONFIDENTIALITY, ranges).length + mentionsInRanges(doc, CONFIDENTIAL_Q, ranges).filter((c) => !/^(?:klanten|clients|kunder)$/iu.test(c.text)).length > 0;
  const prohibit = mentionsInRanges(doc, PROHIBIT_WORD, ranges).filter((p) => !negatedIn(doc, Math.max(rangeOf(unit, p.start).start, p.start - 25), p.start));
  const approval = mentionsInRanges(doc, APPROVAL_CONDITION, ranges);
  const negatedSpeech = speech.filter(
    (s) => actionNegated(doc, unit, s.start, s.end, false) || phraseNegated(doc, unit, s) || (/\s/u.test(s.text) && negatedIn(doc, s.start, s.end)),
  );
  const banned = prohibit.length > 0 || negatedSpeech.length > 0;
  // an invitation to raise concerns internally first is not a ban on criticism
  const internalFirst = /(?:eerst|first|først)\s+(?:\p{L}+\s+){0,3}(?:intern|internally|internt)|intern(?:e)? (?:melding|kanalen)|internal (?:channels|procedure)|interne kanaler/iu.test(doc.masked.slice(unit.start, unit.end));

  const span = (ms: Span[]) => ({ start: Math.min(...ms.map((m) => m.start)), end: Math.max(...ms.map((m) => m.end)) });

  // 1. "not in the interest of the employer"
  if (interest.length && banned) {
    const s = speech.find((x) => x.start >= rangeOf(unit, interest[0].start).start) ?? speech[0];
    return { unit, ...span([s, interest[0]]), kind: 'interest' };
  }
  if (confidential && !interest.length) return undefined;
  // 2. any criticism
  if (criticism.length && banned && !internalFirst) {
    const c = criticism[0];
    const s = speech.filter((x) => x.start !== c.start);
    const anchor = s.length ? s.reduce((best, x) => (Math.abs(x.start - c.start) < Math.abs(best.start - c.start) ? x : best)) : c;
    return { unit, ...span([anchor, c]), kind: 'criticism' };
  }
  if (limited.length) return undefined;
  // 3. any post about the employer or the industry without approval (or at all)
  const abouts = mentionsInRanges(doc, ABOUT, body);
  for (const a of abouts) {
    const topic = mentionsIn(doc, EMPLOYER_TOPIC, a.end, Math.min(unit.end, a.end + 30))[0];
    if (!topic || !/^\s*(?:(?:de|het|een|zijn|haar|hun|the|its|their|our|his|her|den|det|sin|sitt|sine)\s+)?(?:\p{L}+\s+){0,1}$/iu.test(doc.masked.slice(a.end, topic.start))) continue;
    const near = speech.filter((s) => s.end <= a.start + 1 && a.start - s.end <= 60);
    if (!near.length) continue;
    const s = near[near.length - 1];
    const blanket = mentionsInRanges(doc, BLANKET, ranges).length > 0 || doc.lang === 'nl';
    const appr = approval.length > 0;
    if (!(appr || (banned && blanket))) continue;
    if (!appr && negatedSpeech.length === 0 && prohibit.length === 0) continue;
    return { unit, ...span([s, topic]), kind: 'approval' };
  }
  return undefined;
}
