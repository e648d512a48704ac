import type { AnalyzedDocument, Jurisdiction, Localized, Rule } from '../core/types';
import {
  CLEANUP_VERB, CLIENTS, MAX_PER_UNIT, DATA_OR_DEVICE, DATA_STORE, DELETE, NETWORK_DELETE, OBLIGATION, PERMISSION, SOCIAL_PLATFORM, findSubjects, isNegated,
  isSocialTitled, mentionsIn, partyTerms, rangeOf, replacementRange, sentenceCase, socialUnits, spanAround, type Mention, type SocialUnit,
} from '../core/social';

/**
 * A clean-up duty: a deletion verb whose object is connections, contacts, followers, the network or
 * clients, on social media (a platform in the span, a network-only verb such as "ontkoppelen", an
 * inherently social object such as connections, or a social-media title above), not negated and not a
 * mere permission. Deleting employer data from private devices, or the employer's logo or job title,
 * has no such object and is not matched.
 */
export function cleanupDuty(doc: AnalyzedDocument, unit: SocialUnit): Mention | undefined {
  for (const d of mentionsIn(doc, DELETE, unit.start, unit.end).slice(0, MAX_PER_UNIT)) {
    const range = rangeOf(unit, d.start);
    const span = spanAround(doc, range, d.start, d.end);
    // the object, or what directly follows the verb ("rydde opp i sine forbindelser", "clean up their network")
    const cleanUp = mentionsIn(doc, CLEANUP_VERB, d.start, d.end).length > 0;
    const subjects = findSubjects(doc, span.start, span.end).filter(
      (s) =>
        s.kind !== 'company-thing' && (cleanUp || (s.kind !== 'profile' && s.kind !== 'account')) && s.owner !== 'company' &&
        (s.role === 'object' || (s.role === 'place' && s.start >= d.end && s.start - d.end <= 20)),
    );
    const clients = mentionsIn(doc, CLIENTS, span.start, span.end).filter((c) => c.end <= d.start || c.start >= d.end);
    const objects: Mention[] = [...subjects, ...clients].filter((o) => o.end <= d.start || o.start >= d.end || o.start > d.start);
    if (!objects.length) continue;
    const platform = mentionsIn(doc, SOCIAL_PLATFORM, span.start, span.end).length > 0;
    const networkVerb = mentionsIn(doc, NETWORK_DELETE, d.start, d.end).length > 0;
    const socialObject = subjects.some((s) => s.kind === 'connections' || s.kind === 'followers' || s.kind === 'network' || s.social);
    // "schoont zijn LinkedIn-account op": cleaning up a profile or account must name a platform
    if (!clients.length && subjects.every((s) => s.kind === 'profile' || s.kind === 'account') && !subjects.some((s) => s.social)) continue;
    // with no platform, a device or data store as the place makes it a data-deletion duty
    const place = [...mentionsIn(doc, DATA_OR_DEVICE, span.start, span.end), ...mentionsIn(doc, DATA_STORE, span.start, span.end)];
    if (!platform && place.length && !socialObject) continue;
    if (!(platform || networkVerb || socialObject || isSocialTitled(doc, unit.clause))) continue;
    // negation between the verb and its nearest object ("hoeft zijn connecties niet te verwijderen", "verwijdert geen connecties")
    const dist = (o: Mention) => (o.start >= d.end ? o.start - d.end : d.start - o.end);
    const nearest = objects.reduce((a, b) => (dist(a) <= dist(b) ? a : b));
    const first = objects.reduce((a, b) => (a.start <= b.start ? a : b));
    const negEnd = Math.max(d.end, nearest.start);
    if (isNegated(doc, Math.max(span.start, Math.min(d.start, nearest.start, first.start) - 30), negEnd)) continue;
    const permission = mentionsIn(doc, PERMISSION, span.start, d.start);
    if (permission.length && !mentionsIn(doc, OBLIGATION, span.start, span.end).length) continue;
    return d;
  }
  return undefined;
}

const MESSAGES: Record<Jurisdiction, Localized> = {
  NL: {
    nl: 'LinkedIn-opschoonbeding: het verwijderen van connecties werkt als een verkapt relatiebeding en moet dus voldoen aan art. 7:653 BW (schriftelijk, beperkt, gemotiveerd); kennis van het netwerk verdwijnt er niet mee.',
    no: 'LinkedIn-oppryddingsklausul: plikten til å slette forbindelser virker som en skjult kundeklausul og må oppfylle art. 7:653 BW (skriftlig, avgrenset, begrunnet).',
    en: 'LinkedIn clean-up clause: deleting connections works as a disguised non-solicitation clause and must meet art. 7:653 BW (in writing, limited, justified); deleting connections does not delete knowledge.',
  },
  NO: {
    nl: 'LinkedIn-opschoonbeding: het verwijderen van connecties werkt als een verkapt klantenbeding en moet voldoen aan aml. kapittel 14 A (schriftelijk, alleen klanten van het laatste jaar, hooguit één jaar).',
    no: 'LinkedIn-oppryddingsklausul: plikten til å slette forbindelser virker som en skjult kundeklausul og må oppfylle aml. kapittel 14 A (skriftlig, bare kunder fra siste år, høyst ett år, § 14 A-4).',
    en: 'LinkedIn clean-up clause: deleting connections works as a disguised customer clause and must meet chapter 14 A of the Working Environment Act (in writing, only last-year customers, at most one year, § 14 A-4).',
  },
  UK: {
    nl: 'LinkedIn-opschoonbeding: het verwijderen van connecties werkt als een verkapte non-solicitation en moet de restraint-of-trade-toets doorstaan (gerechtvaardigd belang, niet ruimer dan nodig).',
    no: 'LinkedIn-oppryddingsklausul: plikten til å slette forbindelser virker som en skjult kundeklausul og må tåle restraint of trade-prøvingen (legitim interesse, ikke videre enn nødvendig).',
    en: 'LinkedIn clean-up clause: deleting connections works as a disguised non-solicitation covenant and must pass the restraint-of-trade test (legitimate interest, no wider than necessary).',
  },
};

/** Replacement text: limit the duty to business data outside the CRM and refer to the restraint. */
export function cleanupReplacement(doc: AnalyzedDocument, capital: boolean, referenceOnly = false): string {
  const t = partyTerms(doc);
  const nl = referenceOnly
    ? `voor contact met relaties ${t.employerOf} na het einde van het dienstverband gelden uitsluitend de afspraken die daarover schriftelijk in de arbeidsovereenkomst zijn gemaakt`
    : `bij het einde van het dienstverband verwijdert ${t.employee} zakelijke gegevens ${t.employerOf} die buiten het CRM zijn opgeslagen; voor contact met relaties gelden uitsluitend de afspraken die daarover schriftelijk in de arbeidsovereenkomst zijn gemaakt`;
  const no = referenceOnly
    ? `kontakt med ${t.employerOf} kunder etter fratreden reguleres bare av en skriftlig avtalt kundeklausul`
    : `ved fratreden sletter ${t.employee} ${t.employerOf} forretningsdata som er lagret utenfor CRM-systemet; kontakt med kunder reguleres bare av en skriftlig avtalt kundeklausul`;
  const en = referenceOnly
    ? `contact with ${t.employerOf} clients after termination is governed only by the agreed non-solicitation covenant`
    : `on termination ${t.employee} shall delete ${t.employerOf} business data held outside the CRM; contact with clients is governed only by the agreed non-solicitation covenant`;
  return sentenceCase({ nl, no, en }[doc.lang], capital);
}

export const rule: Rule = {
  meta: {
    id: 'linkedin-cleanup',
    title: {
      nl: 'LinkedIn-opschoonbeding',
      no: 'Plikt til å rydde LinkedIn-nettverket',
      en: 'LinkedIn clean-up clause',
    },
    description: {
      nl: 'Werknemer moet bij of na het einde van het dienstverband zakelijke contacten of connecties verwijderen van zijn persoonlijke LinkedIn of sociale media.',
      no: 'Arbeidstakeren må ved eller etter fratreden slette forretningskontakter eller forbindelser fra sin personlige LinkedIn-profil eller sosiale medier.',
      en: 'At or after the end of employment the employee must remove business contacts or connections from personal LinkedIn or social media.',
    },
    rationale: {
      nl: 'Een opschoonplicht beperkt de werknemer na het dienstverband in het contact met relaties van werkgever: het is een relatiebeding in vermomming en moet dus schriftelijk zijn overeengekomen, niet te ruim zijn en bij bepaalde tijd gemotiveerd (art. 7:653 BW). Rechters kijken naar actief benaderen: een LinkedIn-connectie kon een schending zijn (Vzr. Rb. Arnhem 2011), enkel contact via sociale media niet (Ktr. Maastricht 2012). Connecties verwijderen wist bovendien de kennis niet.',
      no: 'En plikt til å slette forbindelser begrenser arbeidstakerens kontakt med kunder etter fratreden og er en skjult kundeklausul: den må være skriftlig og holde seg innenfor aml. § 14 A-4 (bare kunder arbeidstakeren har hatt kontakt med siste år, høyst ett år), og kan ikke brukes til å hindre at kunder selv tar kontakt.',
      en: "A duty to delete connections restrains the employee's dealings with clients after leaving: it is a non-solicitation covenant in disguise and is void unless it protects a legitimate interest and goes no further than reasonably necessary. Deleting connections does not delete knowledge; a targeted, time-limited covenant protects the employer better.",
    },
    alternative: {
      nl: 'Beperk de plicht tot zakelijke gegevens van werkgever die buiten het CRM zijn opgeslagen en verwijs voor contact met relaties naar een schriftelijk overeengekomen relatiebeding.',
      no: 'Begrens plikten til arbeidsgiverens forretningsdata lagret utenfor CRM-systemet, og la kontakt med kunder reguleres av en skriftlig kundeklausul.',
      en: "Limit the duty to the employer's business data held outside the CRM and leave contact with clients to an agreed, reasonable non-solicitation covenant.",
    },
    severity: { NL: 'warning', NO: 'warning', UK: 'warning' },
    languages: ['nl', 'no', 'en'],
    citations: {
      NL: ['bw-7-653', 'rb-arnhem-2011-linkedin', 'ktr-maastricht-2012-linkedin'],
      NO: ['aml-14a-4', 'aml-14a-1'],
      UK: ['restraint-of-trade'],
    },
    fixable: true,
    scope: 'clause',
  },
  check(ctx) {
    const { doc } = ctx;
    for (const unit of socialUnits(doc)) {
      if (!cleanupDuty(doc, unit)) continue;
      const fixes = [];
      if (!unit.lead) {
        const range = replacementRange(doc, unit);
        fixes.push(
          {
            title: {
              nl: 'Beperk tot zakelijke gegevens buiten het CRM en verwijs naar het relatiebeding',
              no: 'Begrens til forretningsdata utenfor CRM og vis til kundeklausulen',
              en: 'Limit to business data outside the CRM and refer to the non-solicitation covenant',
            },
            edits: [{ start: range.start, end: range.end, text: cleanupReplacement(doc, unit.sentenceStart) }],
            preferred: true,
          },
          {
            title: {
              nl: 'Vervang door een verwijzing naar het relatiebeding',
              no: 'Erstatt med en henvisning til kundeklausulen',
              en: 'Replace with a reference to the non-solicitation covenant',
            },
            edits: [{ start: range.start, end: range.end, text: cleanupReplacement(doc, unit.sentenceStart, true) }],
          },
        );
      }
      ctx.report({ start: unit.start, end: unit.end, message: MESSAGES[ctx.jurisdiction], fixes });
    }
  },
};
