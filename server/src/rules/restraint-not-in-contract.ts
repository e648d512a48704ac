import type { Localized, Rule } from '../core/types';
import { findIn } from '../core/text';
import { agreedInContract, policySource, restraintAnchor, restraintClauses } from '../core/restraints';
import { EXPRESSLY_ACCEPTED, UNILATERAL_AMENDMENT } from '../core/vocabulary';

const BASIS = {
  NL: { nl: 'art. 7:653 lid 1 BW', no: 'art. 7:653 lid 1 BW', en: 'art. 7:653(1) BW' },
  NO: { nl: 'aml. § 14 A-1 lid 3', no: 'aml. § 14 A-1 tredje ledd', en: 'Working Environment Act § 14 A-1(3)' },
  UK: { nl: 'restraint of trade', no: 'restraint of trade', en: 'restraint of trade' },
} as const;

export const rule: Rule = {
  meta: {
    id: 'restraint-not-in-contract',
    title: {
      nl: 'Beding staat in een reglement of handboek in plaats van in de arbeidsovereenkomst',
      no: 'Klausulen står i et reglement eller en håndbok i stedet for i arbeidsavtalen',
      en: 'Restraint imposed by a policy or handbook instead of the signed contract',
    },
    description: {
      nl: 'Een concurrentie- of relatiebeding dat wordt opgelegd via een personeelshandboek, IT-reglement, socialemediabeleid of ander eenzijdig document, of dat werkgever eenzijdig kan wijzigen.',
      no: 'En konkurranse- eller kundeklausul som pålegges gjennom en personalhåndbok, et reglement, en policy eller et annet ensidig dokument, eller som arbeidsgiver kan endre ensidig.',
      en: 'A non-compete or non-solicitation restraint imposed through a handbook, policy or other unilateral document, or one the employer can change alone ("as amended from time to time").',
    },
    rationale: {
      nl: 'Een concurrentie- of relatiebeding is alleen geldig als het schriftelijk is overeengekomen met een meerderjarige werknemer (art. 7:653 lid 1 BW). Een reglement of handboek dat de werkgever eenzijdig vaststelt, is geen overeenkomst; een algemene verwijzing naar een reglement is niet genoeg. Een beding dat de werkgever eenzijdig kan aanpassen, is evenmin door de werknemer aanvaard.',
      no: 'Konkurranse- og kundeklausuler må inngås skriftlig for å være gyldige (aml. § 14 A-1 tredje ledd, jf. § 14 A-4). En personalhåndbok eller et reglement som arbeidsgiver fastsetter ensidig, er ingen avtale, og en klausul som arbeidsgiver kan endre ensidig, er ikke avtalt.',
      en: 'A restraint binds only if it is a term of the contract. Staff handbooks and policies are often non-contractual, and a covenant the employer may amend "from time to time" is not one the employee agreed to; either way the restraint is unlikely to be enforced as written.',
    },
    alternative: {
      nl: 'Neem het beding zelf op in de (door beide partijen ondertekende) arbeidsovereenkomst, of in een bijlage die uitdrukkelijk wordt genoemd, aan de overeenkomst wordt gehecht en door de werknemer voor akkoord wordt ondertekend. Het handboek mag alleen de procedure beschrijven.',
      no: 'Ta klausulen inn i den skriftlige arbeidsavtalen som begge parter signerer (eller i et vedlegg som avtalen uttrykkelig viser til og arbeidstaker signerer). Håndboken kan bare beskrive fremgangsmåten.',
      en: 'Put the restraint in the signed contract itself, or in a schedule expressly referred to, attached and accepted in the contract; let the handbook describe procedure only. Any change to the restraint needs the employee\'s written agreement.',
    },
    severity: { NL: 'error', NO: 'error', UK: 'warning' },
    languages: ['nl', 'no', 'en'],
    citations: {
      NL: ['bw-7-653-lid-1'],
      NO: ['aml-14a-1-ledd-3', 'aml-14a-4'],
      UK: ['restraint-of-trade'],
    },
    fixable: false,
    scope: 'clause',
  },
  check(ctx) {
    const { doc } = ctx;
    const { masked } = doc;
    const basis = BASIS[ctx.jurisdiction][ctx.lang];
    for (const rc of restraintClauses(doc)) {
      const sentences = rc.related;
      const agreed = sentences.some((s) => agreedInContract(masked, s.start, s.end));
      const accepted = (s: { start: number; end: number }) => findIn(EXPRESSLY_ACCEPTED, masked, s.start, s.end) !== undefined;

      // 1. A policy document that itself imposes the restraint: once per restraint clause.
      if (doc.facts.isPolicyDocument && !agreed) {
        const at = restraintAnchor(doc, rc.restraints[0]);
        ctx.report({
          ...at,
          message: {
            nl: `Dit beding staat in een eenzijdig reglement of handboek, niet in de ondertekende arbeidsovereenkomst; zo is het niet geldig (${basis}).`,
            no: `Denne klausulen står i et ensidig reglement eller en håndbok, ikke i den signerte arbeidsavtalen, og er derfor ikke gyldig (${basis}).`,
            en: `This restraint is imposed by a unilateral policy or handbook, not the signed contract, so it is unlikely to bind (${basis}).`,
          } satisfies Localized,
        });
        continue;
      }

      for (const s of sentences) {
        // 2. A contract clause that says the restraint follows from a policy.
        const source = policySource(masked, s.start, s.end);
        if (source && !accepted(s) && !agreedInContract(masked, s.start, s.end)) {
          ctx.report({
            ...source,
            message: {
              nl: `Het beding wordt ontleend aan een reglement of beleid; alleen een in de arbeidsovereenkomst overeengekomen beding is geldig (${basis}).`,
              no: `Klausulen bygger på et reglement eller en policy; bare en klausul avtalt skriftlig i arbeidsavtalen er gyldig (${basis}).`,
              en: `The restraint is taken from a policy or handbook; only a restraint agreed in the contract itself is likely to bind (${basis}).`,
            },
          });
          continue;
        }
        // 3. A restraint the employer can change alone.
        const amend = findIn(UNILATERAL_AMENDMENT, masked, s.start, s.end);
        if (amend) {
          ctx.report({
            start: amend.index,
            end: amend.index + amend[0].length,
            message: {
              nl: `Werkgever kan dit beding eenzijdig wijzigen; wat niet schriftelijk is overeengekomen, bindt de werknemer niet (${basis}).`,
              no: `Arbeidsgiver kan endre klausulen ensidig; det som ikke er avtalt skriftlig, binder ikke arbeidstaker (${basis}).`,
              en: `The employer can change this restraint alone; terms the employee did not agree to are unlikely to bind (${basis}).`,
            },
          });
        }
      }
    }
  },
};
