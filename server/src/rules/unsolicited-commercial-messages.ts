import type { AnalyzedDocument, Jurisdiction, Localized, Rule } from '../core/types';
import {
  COMMERCIAL, CONSENT_OR_COMPLIANCE, MAX_PER_UNIT, EMPLOYEE_OWNER, EMPLOYER_ACTOR, MESSAGE_ACTION, MESSAGE_CHANNEL, MESSAGE_NOUN, OBLIGATION,
  PERMISSION, POSTING, isNegated, mentionsIn, mentionsInRanges, rangeOf, socialUnits, spanAround, type Mention, type SocialUnit,
} from '../core/social';

/**
 * A duty to send commercial messages to people who did not ask for them: a sending verb (or a
 * message noun that is not a post) with commercial content or sales targets and a platform or
 * messaging channel, in one span; not negated, not a mere permission, not sent by the employer
 * itself, and without a consent, existing-customer or compliance qualifier.
 */
export function commercialMessagingDuty(doc: AnalyzedDocument, unit: SocialUnit): Mention | undefined {
  for (const a of mentionsIn(doc, MESSAGE_ACTION, unit.start, unit.end).slice(0, MAX_PER_UNIT)) {
    const range = rangeOf(unit, a.start);
    const span = spanAround(doc, range, a.start, a.end);
    const ranges = unit.lead ? [unit.lead, span] : [span];
    const commercial = mentionsInRanges(doc, COMMERCIAL, ranges);
    if (!commercial.length) continue;
    if (!mentionsInRanges(doc, MESSAGE_CHANNEL, ranges).length) continue;
    if (mentionsInRanges(doc, CONSENT_OR_COMPLIANCE, ranges).length) continue;
    // "berichten plaatsen" / "post messages" is posting to a feed, not messaging a person
    const isNoun = mentionsIn(doc, MESSAGE_NOUN, a.start, a.end).some((n) => n.start === a.start && n.end === a.end);
    if (isNoun && mentionsIn(doc, POSTING, span.start, span.end).length) continue;
    const end = commercial.filter((c) => c.start >= span.start && c.end <= span.end).reduce((m, c) => Math.max(m, c.end), a.end);
    if (isNegated(doc, span.start, end)) continue;
    const obligation = mentionsIn(doc, OBLIGATION, span.start, span.end).length > 0;
    if (!obligation && mentionsIn(doc, PERMISSION, span.start, a.start).length) continue;
    // who sends: the nearest party before the verb
    const parties = [
      ...mentionsIn(doc, EMPLOYER_ACTOR, span.start, a.start).map((m) => ({ m, employer: true })),
      ...mentionsIn(doc, EMPLOYEE_OWNER, span.start, a.start).map((m) => ({ m, employer: false })),
    ].sort((x, y) => y.m.end - x.m.end);
    if (parties.length && parties[0].employer && !mentionsIn(doc, EMPLOYEE_OWNER, span.start, span.end).length) continue;
    return a;
  }
  return undefined;
}

const MESSAGES: Record<Jurisdiction, Localized> = {
  NL: {
    nl: 'Werknemer moet commerciële berichten via LinkedIn of sociale media sturen aan mensen die daar niet om vroegen; ongevraagde elektronische reclame aan natuurlijke personen vereist voorafgaande toestemming (art. 11.7 Telecommunicatiewet).',
    no: 'Arbeidstakeren må sende kommersielle meldinger via LinkedIn eller sosiale medier til personer som ikke har bedt om dem; uanmodet elektronisk reklame til fysiske personer krever forhåndssamtykke (art. 11.7 Telecommunicatiewet).',
    en: 'The employee must send commercial messages via LinkedIn or social media to people who did not ask for them; unsolicited electronic marketing to individuals needs prior consent (art. 11.7 Telecommunicatiewet).',
  },
  NO: {
    nl: 'Werknemer moet commerciële berichten via LinkedIn of sociale media sturen aan mensen die daar niet om vroegen; dat vereist voorafgaande toestemming (markedsføringsloven § 15).',
    no: 'Arbeidstakeren må sende markedsføringsmeldinger via LinkedIn eller sosiale medier til personer som ikke har bedt om dem; slike henvendelser til fysiske personer krever forhåndssamtykke (markedsføringsloven § 15).',
    en: 'The employee must send commercial messages via LinkedIn or social media to people who did not ask for them; this needs prior consent (Marketing Control Act § 15).',
  },
  UK: {
    nl: 'Werknemer moet commerciële berichten via LinkedIn of sociale media sturen aan mensen die daar niet om vroegen; ongevraagde direct marketing per elektronisch bericht vereist toestemming (PECR reg. 22).',
    no: 'Arbeidstakeren må sende kommersielle meldinger via LinkedIn eller sosiale medier til personer som ikke har bedt om dem; uanmodet direkte markedsføring krever samtykke (PECR reg. 22).',
    en: 'The employee must send commercial messages via LinkedIn or social media to people who did not ask for them; unsolicited electronic direct marketing to individuals needs prior consent (PECR reg. 22).',
  },
};

export const rule: Rule = {
  meta: {
    id: 'unsolicited-commercial-messages',
    title: {
      nl: 'Verplichting tot ongevraagde commerciële berichten',
      no: 'Plikt til å sende uanmodet markedsføring',
      en: 'Duty to send unsolicited commercial messages',
    },
    description: {
      nl: 'Werknemer moet via LinkedIn of andere platforms commerciële berichten sturen aan mensen die daar geen toestemming voor gaven.',
      no: 'Arbeidstakeren må sende kommersielle meldinger via LinkedIn eller andre plattformer til personer som ikke har samtykket.',
      en: 'The employee must send commercial messages through LinkedIn or other platforms to people who did not consent.',
    },
    rationale: {
      nl: 'Ongevraagde elektronische berichten voor commerciële doeleinden aan natuurlijke personen zijn in beginsel alleen toegestaan met voorafgaande toestemming (art. 11.7 Telecommunicatiewet); voor bestaande klanten en rechtspersonen gelden andere regels. Een contractuele plicht om prospects via InMail of privéberichten te benaderen laat werknemer (en werkgever) dat risico lopen; LinkedIn staat ongevraagde reclame evenmin toe.',
      no: 'Markedsføringshenvendelser til fysiske personer via elektroniske kommunikasjonsmetoder som tillater individuell kommunikasjon krever som hovedregel forhåndssamtykke (markedsføringsloven § 15); det finnes unntak for eksisterende kundeforhold. En plikt til å kontakte prospekter med direktemeldinger flytter risikoen over på arbeidstakeren.',
      en: 'Sending unsolicited electronic direct-marketing messages to individuals needs their prior consent, subject to the soft opt-in for existing customers (PECR reg. 22). A contractual duty to message prospects through InMail or direct messages puts the employee (and employer) at risk.',
    },
    alternative: {
      nl: 'Beperk berichten tot mensen die toestemming gaven of bestaande klanten, of laat werknemer alleen op vragen reageren; marketing loopt via kanalen van werkgever die aan art. 11.7 Telecommunicatiewet voldoen.',
      no: 'Begrens meldinger til personer som har samtykket eller eksisterende kunder, og la markedsføring gå gjennom arbeidsgiverens kanaler i samsvar med markedsføringsloven § 15.',
      en: "Limit messages to people who have consented or existing customers, or to replies to enquiries; run marketing through the employer's channels in line with PECR.",
    },
    severity: { NL: 'info', NO: 'info', UK: 'info' },
    languages: ['nl', 'no', 'en'],
    citations: {
      NL: ['tw-11-7'],
      NO: ['mfl-15'],
      UK: ['pecr-22'],
    },
    fixable: false,
    scope: 'clause',
    tags: ['beyond-first-holdout'],
  },
  check(ctx) {
    const { doc } = ctx;
    for (const unit of socialUnits(doc)) {
      if (!commercialMessagingDuty(doc, unit)) continue;
      ctx.report({ start: unit.start, end: unit.end, message: MESSAGES[ctx.jurisdiction] });
    }
  },
};
