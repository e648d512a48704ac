import type { Jurisdiction, Localized, Rule } from '../core/types';
import { monitoringHits } from '../core/monitoring';

/**
 * Systematic monitoring of (former) employees' private social media, messages or internet use by the
 * employer, without a concrete suspicion. Warning; error where it reaches private accounts, private
 * messages or private internet use. The concepts (actor, monitoring action, personal object, private /
 * public, suspicion, company systems, negation) live in ../core/monitoring.ts.
 */
const BASIS: Record<Jurisdiction, Localized> = {
  NL: {
    nl: 'AVG art. 5, 6 lid 1 sub f en 88; instemming OR nodig (art. 27 lid 1 sub l WOR); EHRM Bărbulescu',
    no: 'GDPR art. 5, 6(1)(f) og 88; samtykke fra ondernemingsraad (art. 27 lid 1 sub l WOR); EMD Bărbulescu',
    en: 'GDPR arts 5, 6(1)(f) and 88; works council consent (art. 27(1)(l) WOR); ECtHR Bărbulescu',
  },
  NO: {
    nl: 'AVG art. 5, 6 lid 1 sub f en 88; aml. § 9-1 (zakelijke grond, niet onevenredig); EHRM Bărbulescu',
    no: 'personvernforordningen art. 5, 6 nr. 1 bokstav f og 88; aml. § 9-1 (saklig grunn, ikke uforholdsmessig); EMD Bărbulescu',
    en: 'GDPR arts 5, 6(1)(f) and 88; Working Environment Act § 9-1 (objective reason, not disproportionate); ECtHR Bărbulescu',
  },
  UK: {
    nl: 'AVG art. 5, 6 lid 1 sub f en 88; art. 8 EVRM en EHRM Bărbulescu',
    no: 'GDPR art. 5, 6(1)(f) og 88; EMK art. 8 og EMD Bărbulescu',
    en: 'UK GDPR arts 5, 6(1)(f) and 88; ECHR art. 8 and Bărbulescu v Romania',
  },
};

export const rule: Rule = {
  meta: {
    id: 'social-media-monitoring',
    title: {
      nl: 'Monitoring van privé-sociale media of berichten van werknemers',
      no: 'Overvåking av ansattes private sosiale medier eller meldinger',
      en: "Monitoring of employees' private social media or messages",
    },
    description: {
      nl: 'Werkgever monitort stelselmatig en zonder concreet vermoeden de (privé-)sociale media, privéberichten of het privé-internetgebruik van (oud-)werknemers.',
      no: 'Arbeidsgiver overvåker systematisk og uten konkret mistanke (tidligere) ansattes private sosiale medier, meldinger eller nettbruk.',
      en: "The employer systematically monitors (former) employees' private social media, messages or internet use without a concrete suspicion.",
    },
    rationale: {
      nl: 'Monitoring is alleen rechtmatig als ze noodzakelijk is voor een gerechtvaardigd belang, het minst ingrijpende middel is en vooraf is aangekondigd (AVG art. 5, 6 lid 1 sub f en 88; WP29-advies 2/2017). Het EHRM eist in Bărbulescu (2017) een voorafgaande kennisgeving en evenredigheid; het lezen van privéberichten is zelden gerechtvaardigd. De Autoriteit Persoonsgegevens staat werkgevers hooguit toe openbare informatie te bekijken. In Nederland heeft een personeelsvolgsysteem de instemming van de ondernemingsraad nodig (art. 27 lid 1 sub l WOR); in Noorwegen vereist elk kontrolltiltak saklig grunn en evenredigheid (aml. § 9-1).',
      no: 'Overvåking er bare lovlig når den er nødvendig for en berettiget interesse, er det minst inngripende tiltaket og er varslet på forhånd (personvernforordningen art. 5, 6 nr. 1 bokstav f og 88; WP29-uttalelse 2/2017). EMD krever i Bărbulescu (2017) forhåndsvarsel og forholdsmessighet; å lese private meldinger er sjelden forsvarlig. Etter aml. § 9-1 må kontrolltiltak ha saklig grunn i virksomhetens forhold og ikke innebære en uforholdsmessig belastning. I Nederland krever et personalovervåkingssystem samtykke fra ondernemingsraad (WOR art. 27).',
      en: "Monitoring is lawful only if it is necessary for a legitimate interest, the least intrusive means and announced in advance (GDPR arts 5, 6(1)(f) and 88; WP29 Opinion 2/2017). In Bărbulescu v Romania (2017) the Grand Chamber required prior notice and proportionality; reading private messages is rarely justified. Under Dutch law a staff-monitoring system needs works council consent (WOR art. 27(1)(l)); under Norwegian law a control measure needs an objective reason and must not be disproportionate (aml. § 9-1).",
    },
    alternative: {
      nl: 'Beperk controle tot aangekondigde monitoring van bedrijfssystemen en tot gerichte controles bij een concreet vermoeden, met een belangenafweging vooraf; bekijk hooguit openbare berichten en nooit privéberichten.',
      no: 'Begrens kontrollen til varslet kontroll av virksomhetens systemer og til målrettede undersøkelser ved konkret mistanke, med en forholdsmessighetsvurdering på forhånd; se høyst på offentlige innlegg og aldri private meldinger.',
      en: 'Limit monitoring to announced monitoring of company systems and to targeted checks on a concrete suspicion, after a documented balancing test; look at public posts at most, never private messages.',
    },
    severity: { NL: 'warning', NO: 'warning', UK: 'warning' },
    languages: ['nl', 'no', 'en'],
    citations: {
      all: ['gdpr-5', 'gdpr-6', 'gdpr-88', 'wp249', 'echr-8', 'barbulescu'],
      NL: ['wor-27', 'ap-werknemers-sociale-media'],
      NO: ['aml-9-1'],
    },
    fixable: false,
    scope: 'clause',
  },
  check(ctx) {
    const basis = BASIS[ctx.jurisdiction];
    for (const hit of monitoringHits(ctx.doc)) {
      const start = Math.min(hit.action.start, hit.object.start);
      const end = Math.max(hit.action.end, hit.object.end);
      const what: Localized =
        hit.grade === 'private'
          ? hit.messages
            ? { nl: 'privéberichten of privé-accounts', no: 'private meldinger eller kontoer', en: 'private messages or accounts' }
            : { nl: 'privé-accounts of privégebruik', no: 'private kontoer eller privat bruk', en: 'private accounts or private use' }
          : { nl: 'sociale media', no: 'sosiale medier', en: 'social media' };
      const message: Localized = {
        nl: `Werkgever monitort ${what.nl} van werknemers zonder concreet vermoeden; alleen noodzakelijke, aangekondigde en evenredige controle is toegestaan (${basis.nl}).`,
        no: `Arbeidsgiver overvåker ansattes ${what.no} uten konkret mistanke; bare nødvendig, varslet og forholdsmessig kontroll er tillatt (${basis.no}).`,
        en: `The employer monitors employees' ${what.en} without a concrete suspicion; only necessary, announced and proportionate checks are allowed (${basis.en}).`,
      };
      ctx.report({
        start,
        end,
        severity: hit.grade === 'private' ? 'error' : undefined,
        message,
      });
    }
  },
};
