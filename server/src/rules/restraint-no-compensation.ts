import type { Localized, ReportFix, Rule } from '../core/types';
import { findIn, words } from '../core/text';
import { restraintClauses } from '../core/restraints';
import { compensationTerms, type CompensationTerm } from '../core/compensation';
import { TITLE_WORDS } from '../core/vocabulary';

/** A sentence about the customer clause only: "kundeklausulen gjelder uten kompensasjon" is lawful. */
const CUSTOMER_CLAUSE_ONLY = words([
  'kundeklausul(?:en|er)?', 'kundeforbud(?:et)?', 'relatiebeding(?:en)?', 'klantenbeding', 'non-?solicitation', 'non-?dealing',
]);

/** Replacement for an exclusion phrase "uten særskilt vederlag": compensation by the statute. */
const STATUTORY: Localized = {
  nl: 'tegen een vergoeding volgens § 14 A-3 van de Noorse arbeidsmiljøloven',
  no: 'mot kompensasjon etter arbeidsmiljøloven § 14 A-3',
  en: 'against compensation under section 14 A-3 of the Norwegian Working Environment Act',
};
const PREPOSITIONAL = /^(?:uten|without|zonder)\s/iu;

export const rule: Rule = {
  meta: {
    id: 'restraint-no-compensation',
    title: {
      nl: 'Concurrentiebeding zonder (voldoende) vergoeding',
      no: 'Konkurranseklausul uten lovbestemt kompensasjon',
      en: 'Non-compete without the compensation the law requires',
    },
    description: {
      nl: 'Een concurrentiebeding dat vergoeding uitsluit of minder betaalt dan de wet (Noorwegen) of het wetsvoorstel (Nederland) voorziet.',
      no: 'En konkurranseklausul som utelukker kompensasjon eller gir mindre enn aml. § 14 A-3 krever (100 % av lønn opp til 8 G, minst 70 % over).',
      en: 'A non-compete that excludes compensation or pays less than Norwegian law requires (100 % of pay up to 8 G, at least 70 % above) or the Dutch bill proposes.',
    },
    rationale: {
      nl: 'Noorwegen: een konkurranseklausul bindt alleen als de werkgever een vergoeding betaalt van 100 % van het loon tot 8 G en ten minste 70 % daarboven (aml. § 14 A-3). Nederland: de rechter kan een vergoeding toekennen als het beding de werknemer in aanzienlijke mate belemmert (art. 7:653 lid 5 BW); het wetsvoorstel modernisering concurrentiebeding stelt een vergoeding van 50 % van het maandloon per maand voor (nog geen wet).',
      no: 'En konkurranseklausul er bare bindende dersom arbeidsgiver betaler kompensasjon lik 100 % av arbeidsvederlaget opp til 8 G og minst 70 % av vederlaget over 8 G (aml. § 14 A-3); kompensasjonen kan begrenses til 12 G. Kundeklausuler krever ikke kompensasjon.',
      en: 'Norway: a non-compete binds only if the employer pays 100 % of pay up to 8 G and at least 70 % above 8 G (Working Environment Act § 14 A-3); it may be capped at 12 G. Customer clauses need no compensation. Netherlands: the court may award compensation (art. 7:653(5) BW), and the bill modernising the non-compete proposes 50 % of monthly pay per month (a proposal, not law).',
    },
    alternative: {
      nl: 'Noorwegen: "Arbeidsgiver betaler kompensasjon etter arbeidsmiljøloven § 14 A-3." Nederland: spreek een vergoeding af voor de duur van het beding (het wetsvoorstel noemt 50 % van het maandloon per maand).',
      no: 'Skriv: "Så lenge klausulen gjøres gjeldende, betaler arbeidsgiver kompensasjon etter arbeidsmiljøloven § 14 A-3."',
      en: 'Norway: "While the restriction is enforced the Company shall pay compensation in accordance with section 14 A-3 of the Working Environment Act." Netherlands: agree a payment for the restricted period (the bill proposes 50 % of monthly pay per month).',
    },
    severity: { NL: 'info', NO: 'error' },
    languages: ['nl', 'no', 'en'],
    citations: {
      NL: ['bw-7-653-lid-5', 'nl-wetsvoorstel-concurrentiebeding'],
      NO: ['aml-14a-3'],
    },
    fixable: true,
    scope: 'clause',
  },
  check(ctx) {
    const { doc } = ctx;
    const { masked } = doc;
    const NO = ctx.jurisdiction === 'NO';
    for (const rc of restraintClauses(doc)) {
      if (!rc.kinds.has('non-compete')) continue;
      const terms: CompensationTerm[] = [];
      for (const s of rc.related) {
        const text = masked.slice(s.start, s.end);
        // "Kundeklausulen gjelder uten kompensasjon": no compensation is due for a customer clause
        if (findIn(CUSTOMER_CLAUSE_ONLY, text) && !findIn(TITLE_WORDS['non-compete'], text)) continue;
        terms.push(...compensationTerms(masked, s.start, s.end));
      }
      for (const t of terms) {
        if (t.kind === 'statutory') continue;
        if (t.kind === 'excluded') {
          const fixes: ReportFix[] = [];
          if (NO && PREPOSITIONAL.test(masked.slice(t.start, t.end))) {
            fixes.push({
              title: { nl: 'Vervang door de wettelijke vergoeding', no: 'Erstatt med lovbestemt kompensasjon', en: 'Replace with the statutory compensation' },
              edits: [{ start: t.start, end: t.end, text: STATUTORY[ctx.lang] }],
              preferred: true,
            });
          }
          ctx.report({
            start: t.start,
            end: t.end,
            message: NO
              ? {
                  nl: 'Concurrentiebeding zonder vergoeding: naar Noors recht bindt het alleen tegen 100 % van het loon tot 8 G en 70 % daarboven (aml. § 14 A-3).',
                  no: 'Konkurranseklausul uten kompensasjon er ikke bindende: arbeidsgiver må betale 100 % av lønn opp til 8 G og minst 70 % over (aml. § 14 A-3).',
                  en: 'Non-compete without compensation does not bind: the employer must pay 100 % of pay up to 8 G and at least 70 % above (Working Environment Act § 14 A-3).',
                }
              : {
                  nl: 'Concurrentiebeding sluit elke vergoeding uit: de rechter kan toch een vergoeding toekennen (art. 7:653 lid 5 BW); het wetsvoorstel stelt 50 % van het maandloon per maand voor.',
                  no: 'Konkurranseklausulen utelukker kompensasjon: nederlandsk domstol kan likevel tilkjenne kompensasjon (art. 7:653 lid 5 BW); lovforslaget foreslår 50 % av månedslønnen.',
                  en: 'The non-compete excludes any payment: a Dutch court may still award compensation (art. 7:653(5) BW), and the bill proposes 50 % of monthly pay per month.',
                },
            fixes,
          });
          continue;
        }
        const pct = t.percent ?? 0;
        if (NO) {
          const min = t.tier === 'above-8g' ? 70 : 100;
          if (pct >= min) continue;
          ctx.report({
            start: t.start,
            end: t.end,
            message: {
              nl: `Vergoeding van ${pct} % is lager dan het Noorse minimum van ${min} % ${t.tier === 'above-8g' ? 'boven 8 G' : 'van het loon tot 8 G'} (aml. § 14 A-3).`,
              no: `Kompensasjon på ${pct} % er lavere enn lovens minimum på ${min} % ${t.tier === 'above-8g' ? 'av lønn over 8 G' : 'av lønn opp til 8 G'} (aml. § 14 A-3).`,
              en: `Compensation of ${pct} % is below the statutory ${min} % ${t.tier === 'above-8g' ? 'of pay above 8 G' : 'of pay up to 8 G'} (Working Environment Act § 14 A-3).`,
            },
          });
        } else {
          if (pct >= 50) continue;
          ctx.report({
            start: t.start,
            end: t.end,
            message: {
              nl: `Vergoeding van ${pct} % is lager dan de 50 % van het maandloon die het wetsvoorstel modernisering concurrentiebeding voorstelt (zie ook art. 7:653 lid 5 BW).`,
              no: `Kompensasjon på ${pct} % er lavere enn de 50 % det nederlandske lovforslaget foreslår (art. 7:653 lid 5 BW).`,
              en: `Compensation of ${pct} % is below the 50 % of monthly pay the Dutch bill proposes (see art. 7:653(5) BW).`,
            },
          });
        }
      }
    }
  },
};
