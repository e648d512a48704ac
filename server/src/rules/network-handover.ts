import type { AnalyzedDocument, Jurisdiction, Localized, Rule } from '../core/types';
import {
  HANDOVER_GENERIC, HANDOVER_STRONG, OBLIGATION, PERMISSION, POSTED_CONTENT, TRANSFER, hasIn, isPersonalSocial, pairSubjects, socialUnits, type RelationHit, type SocialUnit, type Subject,
} from '../core/social';

/**
 * The employee must export, hand over, copy or transfer the personal network: a hand-over or
 * transfer verb paired with connections, followers, the network or social contacts (not the
 * employer's own page followers or CRM records), pointing at anyone but the employee, not negated.
 */
export function networkHandover(doc: AnalyzedDocument, unit: SocialUnit): RelationHit | undefined {
  const accept = (s: Subject, all: readonly Subject[]) =>
    (s.kind === 'connections' || s.kind === 'followers' || s.kind === 'network' || s.kind === 'contacts') && isPersonalSocial(doc, unit, s, all);
  for (const re of [HANDOVER_STRONG, TRANSFER]) {
    for (const hit of pairSubjects(doc, unit, re, { accept, maxAfter: 70, mode: 'transfer' })) {
      if (!hit.negated && hit.owner?.party !== 'employee') return hit;
    }
  }
  // "delen", "share", "gi", "provide": only the network right beside the verb, and not when posts are what is shared
  for (const hit of pairSubjects(doc, unit, HANDOVER_GENERIC, { accept, maxAfter: 60, maxBefore: 40, mode: 'transfer' })) {
    if (hit.negated || hit.owner?.party === 'employee') continue;
    const r = hit.relation;
    const between = hit.subject.start >= r.end ? { start: r.end, end: hit.subject.start } : { start: r.end, end: Math.min(hit.span.end, r.end + 30) };
    if (hasIn(doc, POSTED_CONTENT, between.start, between.end)) continue;
    // "berichten van relaties ... delen": the network only qualifies the posts
    if (hasIn(doc, POSTED_CONTENT, Math.max(hit.span.start, hit.subject.start - 25), hit.subject.start)) continue;
    // "mag ... delen", "may share": a permission, not a duty
    if (hasIn(doc, PERMISSION, hit.span.start, r.start) && !hasIn(doc, OBLIGATION, hit.span.start, hit.span.end)) continue;
    return hit;
  }
  return undefined;
}

const MESSAGES: Record<Jurisdiction, Localized> = {
  NL: {
    nl: 'Werknemer moet zijn persoonlijke netwerk (connecties) exporteren of overdragen; dat zijn persoonsgegevens van derden zonder grondslag voor werkgever (AVG art. 6, en art. 14: de contacten moeten worden geïnformeerd).',
    no: 'Arbeidstakeren må eksportere eller overlevere sitt personlige nettverk; det er personopplysninger om tredjepersoner som arbeidsgiveren ikke har behandlingsgrunnlag for (GDPR art. 6 og 14).',
    en: "The employee must export or hand over the personal network (connections); these are third parties' personal data the employer has no basis to collect (GDPR arts 6 and 14).",
  },
  NO: {
    nl: 'Werknemer moet zijn persoonlijke netwerk exporteren of overdragen; dat zijn persoonsgegevens van derden zonder grondslag voor werkgever (AVG art. 6 en 14).',
    no: 'Arbeidstakeren må eksportere eller overlevere sitt personlige nettverk (forbindelser); det er personopplysninger om tredjepersoner uten behandlingsgrunnlag for arbeidsgiveren (personvernforordningen art. 6, og art. 14: kontaktene må informeres).',
    en: "The employee must export or hand over the personal network (connections); these are third parties' personal data the employer has no basis to collect (GDPR arts 6 and 14).",
  },
  UK: {
    nl: 'Werknemer moet zijn persoonlijke netwerk exporteren of overdragen; rechters kunnen openbaarmaking van zakelijke contacten bevelen (Hays v Ions), maar een algemene plicht raakt gegevens van derden (LinkedIn User Agreement § 2.2).',
    no: 'Arbeidstakeren må eksportere eller overlevere sitt personlige nettverk; domstolene kan pålegge fremleggelse av forretningskontakter (Hays v Ions), men en generell plikt omfatter tredjepersoners opplysninger (LinkedIn User Agreement § 2.2).',
    en: "The employee must export or hand over the personal network; courts may order disclosure of business contacts (Hays v Ions), but a blanket duty reaches third parties' data and the member's account (LinkedIn User Agreement § 2.2).",
  },
};

export const rule: Rule = {
  meta: {
    id: 'network-handover',
    title: {
      nl: 'Persoonlijk netwerk exporteren of overdragen',
      no: 'Personlig nettverk må eksporteres eller overleveres',
      en: 'Personal network exported or handed over',
    },
    description: {
      nl: 'Werknemer moet de lijst van zijn persoonlijke connecties of contacten op LinkedIn of sociale media exporteren of aan werkgever overdragen.',
      no: 'Arbeidstakeren må eksportere eller overlevere listen over sine personlige forbindelser eller kontakter på LinkedIn eller sosiale medier til arbeidsgiveren.',
      en: 'The employee must export or hand over to the employer the list of personal connections or contacts on LinkedIn or social media.',
    },
    rationale: {
      nl: 'De connecties van werknemer zijn persoonsgegevens van derden. Werkgever heeft voor het verzamelen van een heel netwerk geen grondslag (AVG art. 6) en zou de betrokkenen moeten informeren (art. 14); LinkedIn staat overdracht van connecties niet toe. Zakelijke contactgegevens horen tijdens het dienstverband in het CRM.',
      no: 'Arbeidstakerens forbindelser er personopplysninger om tredjepersoner. Arbeidsgiveren har ikke behandlingsgrunnlag for å samle inn et helt nettverk (GDPR art. 6) og måtte ha informert de registrerte (art. 14); LinkedIn tillater ikke overføring av forbindelser. Forretningskontakter bør registreres i CRM-systemet under arbeidsforholdet.',
      en: "The employee's connections are third parties' personal data; collecting a whole network needs a lawful basis and notice to the people concerned, and LinkedIn does not allow connections to be transferred. English courts may order disclosure of business contacts in a dispute (Hays v Ions), which is a remedy, not a contractual duty to hand over the network.",
    },
    alternative: {
      nl: 'Laat zakelijke contactgegevens tijdens het dienstverband in het CRM van werkgever vastleggen; persoonlijke connecties blijven van werknemer.',
      no: 'La forretningskontakter registreres i arbeidsgiverens CRM-system under arbeidsforholdet; personlige forbindelser tilhører arbeidstakeren.',
      en: "Have business contact data recorded in the employer's CRM during employment; personal connections remain the employee's.",
    },
    severity: { NL: 'warning', NO: 'warning', UK: 'info' },
    languages: ['nl', 'no', 'en'],
    citations: {
      all: ['linkedin-user-agreement'],
      NL: ['gdpr-6', 'gdpr-14'],
      NO: ['gdpr-6', 'gdpr-14'],
      UK: ['hays-v-ions'],
    },
    fixable: false,
    scope: 'clause',
    tags: ['beyond-first-holdout'],
  },
  check(ctx) {
    const { doc } = ctx;
    for (const unit of socialUnits(doc)) {
      if (!networkHandover(doc, unit)) continue;
      ctx.report({ start: unit.start, end: unit.end, message: MESSAGES[ctx.jurisdiction] });
    }
  },
};
