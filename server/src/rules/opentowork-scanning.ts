import type { Jurisdiction, Localized, Rule } from '../core/types';
import { openToWorkHits } from '../core/monitoring';

/**
 * The employer learns employees' #OpenToWork / job-seeking status through third parties, competitors'
 * recruiters, tools, scraping or its own checks, or requires employees to report that they are open
 * to work. Error. Not: internal vacancies, voluntary conversations, negated scanning, candidates
 * outside the company.
 */
const LAW: Record<Jurisdiction, Localized> = {
  NL: { nl: 'AVG art. 5 lid 1 sub a-b, 6 lid 1 sub f, 6 lid 4 en 14', no: 'GDPR art. 5 nr. 1 a-b, 6 nr. 1 f, 6 nr. 4 og 14', en: 'GDPR arts 5(1)(a)-(b), 6(1)(f), 6(4) and 14' },
  NO: {
    nl: 'AVG art. 5 lid 1 sub a-b, 6 lid 4 en 14; aml. § 9-1',
    no: 'personvernforordningen art. 5 nr. 1 a-b, 6 nr. 4 og 14; aml. § 9-1',
    en: 'GDPR arts 5(1)(a)-(b), 6(4) and 14; Working Environment Act § 9-1',
  },
  UK: { nl: 'UK GDPR art. 5 lid 1 sub a-b, 6 lid 4 en 14', no: 'UK GDPR art. 5 nr. 1 a-b, 6 nr. 4 og 14', en: 'UK GDPR arts 5(1)(a)-(b), 6(4) and 14' },
};

export const rule: Rule = {
  meta: {
    id: 'opentowork-scanning',
    title: {
      nl: 'Nagaan of werknemers #OpenToWork zijn',
      no: 'Kartlegging av om ansatte er «åpen for arbeid»',
      en: 'Scanning employees for #OpenToWork',
    },
    description: {
      nl: 'Werkgever achterhaalt via derden, recruiters, tools of scraping of werknemers openstaan voor ander werk, of verplicht werknemers dat te melden.',
      no: 'Arbeidsgiver kartlegger via tredjeparter, rekrutterere, verktøy eller skraping om ansatte er åpne for nye jobber, eller pålegger ansatte å melde det.',
      en: 'The employer learns through third parties, recruiters, tools or scraping whether employees are open to work, or requires employees to report it.',
    },
    rationale: {
      nl: 'Dat iemand openstaat voor ander werk, deelt hij met recruiters, niet met zijn werkgever. Die gegevens via derden of tools verzamelen is in strijd met rechtmatigheid en doelbinding (AVG art. 5 lid 1 sub a en b), gaat verder dan een gerechtvaardigd belang toelaat (art. 6 lid 1 sub f), is verdere verwerking voor een onverenigbaar doel (art. 6 lid 4) en vereist informatie aan de werknemer (art. 14). LinkedIn staat het gebruik van Recruiter alleen toe voor werving. Een meldplicht maakt de werknemer tot bron van dezelfde gegevens.',
      no: 'At en arbeidstaker er åpen for nye jobber, deles med rekrutterere, ikke med arbeidsgiveren. Å hente slike opplysninger via tredjeparter eller verktøy strider mot lovlighet og formålsbegrensning (personvernforordningen art. 5 nr. 1 a og b), går lenger enn en berettiget interesse tillater (art. 6 nr. 1 f), er viderebehandling for et uforenlig formål (art. 6 nr. 4) og krever informasjon til den ansatte (art. 14). LinkedIns vilkår tillater Recruiter bare til rekruttering. Som kontrolltiltak mangler det saklig grunn (aml. § 9-1).',
      en: "Whether an employee is open to work is shared with recruiters, not with the employer. Collecting it through third parties or tools breaches lawfulness and purpose limitation (GDPR art. 5(1)(a)-(b)), goes beyond a legitimate interest (art. 6(1)(f)), is further processing for an incompatible purpose (art. 6(4)) and requires notice to the employee (art. 14). LinkedIn's terms allow Recruiter only for recruiting. A duty to report turns the employee into the source of the same data.",
    },
    alternative: {
      nl: 'Schrap de bepaling. Wie behoud van personeel wil bevorderen, voert loopbaangesprekken waarin de werknemer zelf bepaalt wat hij deelt.',
      no: 'Stryk bestemmelsen. Vil arbeidsgiver beholde ansatte, kan den tilby karrieresamtaler der arbeidstakeren selv bestemmer hva som deles.',
      en: 'Delete the clause. To retain staff, offer career conversations in which the employee decides what to share.',
    },
    severity: { NL: 'error', NO: 'error', UK: 'error' },
    languages: ['nl', 'no', 'en'],
    citations: {
      all: ['gdpr-5', 'gdpr-6', 'gdpr-14', 'linkedin-service-terms'],
      NO: ['aml-9-1'],
    },
    fixable: false,
    scope: 'clause',
  },
  check(ctx) {
    const law = LAW[ctx.jurisdiction];
    for (const hit of openToWorkHits(ctx.doc)) {
      const start = Math.min(hit.action.start, hit.status.start);
      const end = Math.max(hit.action.end, hit.status.end);
      const message: Localized =
        hit.kind === 'report'
          ? {
              nl: `Werknemer moet melden dat hij openstaat voor ander werk; werkgever mag die status niet verzamelen (${law.nl}).`,
              no: `Arbeidstaker må melde fra om at hen er åpen for nye jobber; arbeidsgiver kan ikke samle inn denne statusen (${law.no}).`,
              en: `Employees must report that they are open to work; the employer may not collect that status (${law.en}).`,
            }
          : {
              nl: `Werkgever gaat na of werknemers #OpenToWork zijn via derden, recruiters of tools: onrechtmatige verwerking voor een ander doel (${law.nl}).`,
              no: `Arbeidsgiver kartlegger om ansatte er «åpen for arbeid» via tredjeparter, rekrutterere eller verktøy: ulovlig behandling for et annet formål (${law.no}).`,
              en: `The employer finds out whether employees are #OpenToWork through third parties, recruiters or tools: unlawful processing for another purpose (${law.en}).`,
            };
      ctx.report({ start, end, message });
    }
  },
};
