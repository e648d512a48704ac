import type { Rule } from '../core/types';
import { consentHits } from '../core/monitoring';

/**
 * The employee "consents" / "geeft toestemming" / "samtykker" to monitoring or to the processing of
 * social-media data. Consent is rarely free in an employment relationship (WP249; GDPR art. 4(11),
 * 7(4), recital 43): the employer needs another legal basis. Not: consent of the employer ("zonder
 * toestemming van werkgever"), a clause that expressly does not rely on consent, genuinely voluntary
 * schemes without consequences.
 */
export const rule: Rule = {
  meta: {
    id: 'monitoring-consent-basis',
    title: {
      nl: 'Toestemming van werknemer als grondslag voor monitoring',
      no: 'Arbeidstakers samtykke som grunnlag for overvåking',
      en: "Employee consent as the basis for monitoring",
    },
    description: {
      nl: 'Werknemer "geeft toestemming" voor monitoring of voor verwerking van zijn sociale-mediagegevens, alsof toestemming de grondslag kan zijn.',
      no: 'Arbeidstaker "samtykker" til overvåking eller til behandling av opplysninger fra sosiale medier, som om samtykke kan være behandlingsgrunnlaget.',
      en: 'The employee "consents" to monitoring or to processing of social-media data, as if consent could be the legal basis.',
    },
    rationale: {
      nl: 'Toestemming moet vrij gegeven zijn (AVG art. 4 punt 11 en art. 7 lid 4). In een arbeidsrelatie is dat zelden zo: de werknemer kan moeilijk weigeren zonder nadelige gevolgen (overweging 43; WP29-advies 2/2017). Een monitoringbeding dat op toestemming steunt, heeft dus meestal geen geldige grondslag; werkgever moet een gerechtvaardigd belang aantonen en een belangenafweging maken.',
      no: 'Samtykke må være frivillig (personvernforordningen art. 4 nr. 11 og art. 7 nr. 4). I et arbeidsforhold er det sjelden tilfelle, fordi arbeidstakeren vanskelig kan nekte uten negative følger (fortalepunkt 43; WP29-uttalelse 2/2017). En overvåkingsklausul som bygger på samtykke, mangler derfor som regel gyldig grunnlag; arbeidsgiver må ha en berettiget interesse og foreta en interesseavveining.',
      en: 'Consent must be freely given (GDPR art. 4(11) and 7(4)). In employment it rarely is, because the employee cannot easily refuse without detriment (recital 43; WP29 Opinion 2/2017). A monitoring clause that rests on consent therefore usually lacks a valid basis; the employer must rely on a legitimate interest and a balancing test.',
    },
    alternative: {
      nl: 'Vervang de toestemming door een informatieplicht: beschrijf welke controle plaatsvindt, op grond van welk gerechtvaardigd belang, met welke waarborgen, en verwijs naar het privacybeleid.',
      no: 'Erstatt samtykket med informasjon: beskriv hvilken kontroll som skjer, på hvilket grunnlag (berettiget interesse), med hvilke garantier, og vis til personvernerklæringen.',
      en: 'Replace the consent with a notice: describe what monitoring takes place, on which legitimate interest, with which safeguards, and refer to the privacy notice.',
    },
    severity: { NL: 'warning', NO: 'warning', UK: 'warning' },
    languages: ['nl', 'no', 'en'],
    citations: {
      all: ['gdpr-4-11', 'gdpr-7-4', 'gdpr-recital-43', 'gdpr-6', 'wp249'],
    },
    fixable: false,
    scope: 'clause',
    tags: ['not-in-first-holdout'],
  },
  check(ctx) {
    for (const hit of consentHits(ctx.doc)) {
      const start = Math.min(hit.consent.start, hit.purpose.start);
      const end = Math.max(hit.consent.end, hit.purpose.end);
      ctx.report({
        start,
        end,
        message: {
          nl: 'Toestemming van werknemer is zelden een geldige grondslag voor monitoring, omdat zij in een arbeidsrelatie niet vrij is (AVG art. 4 punt 11, 7 lid 4, overweging 43; WP249).',
          no: 'Arbeidstakers samtykke er sjelden gyldig grunnlag for overvåking, fordi det ikke er frivillig i et arbeidsforhold (GDPR art. 4 nr. 11, 7 nr. 4, fortalepunkt 43; WP249).',
          en: "The employee's consent is rarely a valid basis for monitoring, because it is not freely given in employment (GDPR arts 4(11), 7(4), recital 43; WP249).",
        },
      });
    }
  },
};
