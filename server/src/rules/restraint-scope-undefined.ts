import type { Localized, Rule } from '../core/types';
import { findAllIn, findIn, words } from '../core/text';
import { lookBackPeriods, restraintClauses } from '../core/restraints';
import { ALL_CLIENTS, BROADEST_SENSE, CLIENT_QUALIFIER, POTENTIAL_CLIENT, UNLIMITED_TERRITORY } from '../core/vocabulary';

/** Client nouns, to point at "Selskapets kunder" when a customer clause names no tie to the employee. */
const CLIENT_NOUN = words([
  'kunder(?:ne)?', 'kundeforhold(?:ene)?', 'oppdragsgivere', 'forretningsforbindelser', 'relaties', 'klanten', 'clients?', 'customers?',
]);

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

export const rule: Rule = {
  meta: {
    id: 'restraint-scope-undefined',
    title: {
      nl: 'Beding zonder afbakening van relaties of gebied',
      no: 'Klausul uten avgrensning av kunder eller område',
      en: 'Restraint without limits on whom or where',
    },
    description: {
      nl: 'Een beding dat alle (potentiële) relaties omvat zonder terugkijkperiode, of geldt "in de ruimste zin des woords", "in welke hoedanigheid dan ook", wereldwijd of "in Nederland en daarbuiten".',
      no: 'En kundeklausul som omfatter potensielle kunder eller kunder utover dem arbeidstakeren har hatt kontakt med eller ansvar for det siste året, eller en klausul uten geografisk avgrensning.',
      en: 'A restraint covering all or prospective clients with no look-back period, or applying "worldwide", "in the widest sense" or "in any capacity whatsoever".',
    },
    rationale: {
      nl: 'Hoe ruimer het beding, hoe eerder de rechter het matigt of vernietigt (art. 7:653 lid 3 BW): een relatiebeding hoort te gaan over relaties met wie de werknemer daadwerkelijk contact had, in een bepaalde periode. Het wetsvoorstel modernisering concurrentiebeding wil bovendien een verplichte geografische afbakening (voorstel, nog geen wet).',
      no: 'En kundeklausul kan bare omfatte kunder arbeidstakeren har hatt kontakt med eller ansvar for det siste året (aml. § 14 A-4). Potensielle kunder og kunder arbeidstakeren ikke har hatt befatning med, kan ikke omfattes. Også en konkurranseklausul må begrenses til det arbeidsgiverens særlige behov krever (§ 14 A-1).',
      en: 'A restraint is enforceable only so far as reasonably necessary to protect a legitimate interest; covenants over all or prospective customers regardless of the employee\'s dealings, or with worldwide reach, are routinely struck down, and a court will only sever words, not rewrite the clause (Tillman v Egon Zehnder).',
    },
    alternative: {
      nl: 'Beperk het beding tot relaties met wie werknemer in de laatste twaalf (12) maanden voor het einde van het dienstverband zakelijk contact had, en noem een concreet gebied.',
      no: 'Begrens klausulen til kunder arbeidstakeren har hatt kontakt med eller ansvar for det siste året før fratreden.',
      en: 'Limit the covenant to clients with whom the Employee had material dealings in the 12 months before the Termination Date, and to a defined territory.',
    },
    severity: { NL: 'warning', NO: 'error', UK: 'warning' },
    languages: ['nl', 'no', 'en'],
    citations: {
      NL: ['bw-7-653-lid-3', 'nl-wetsvoorstel-concurrentiebeding'],
      NO: ['aml-14a-4', 'aml-14a-1-ledd-2'],
      UK: ['tillman', 'restraint-of-trade'],
    },
    fixable: false,
    scope: 'clause',
  },
  check(ctx) {
    const { doc } = ctx;
    const { masked } = doc;
    const NO = ctx.jurisdiction === 'NO';
    const article: Localized = NO
      ? { nl: 'aml. § 14 A-4', no: 'aml. § 14 A-4', en: 'Working Environment Act § 14 A-4' }
      : ctx.jurisdiction === 'NL'
        ? { nl: 'art. 7:653 lid 3 BW', no: 'art. 7:653 lid 3 BW', en: 'art. 7:653(3) BW' }
        : { nl: 'restraint of trade', no: 'restraint of trade', en: 'restraint of trade' };
    const law = article[ctx.lang];

    for (const rc of restraintClauses(doc)) {
      // 1. Open-ended wording and unlimited territory
      for (const s of rc.related) {
        for (const re of [BROADEST_SENSE, UNLIMITED_TERRITORY]) {
          for (const m of findAllIn(re, masked, s.start, s.end)) {
            const territory = re === UNLIMITED_TERRITORY;
            ctx.report({
              start: m.index,
              end: m.index + m[0].length,
              severity: NO ? 'warning' : undefined,
              citations: NO ? ['aml-14a-1-ledd-2'] : undefined,
              message: territory
                ? {
                    nl: `Het beding heeft geen geografische grens ("${m[0]}"); de rechter kan het matigen (${law}).`,
                    no: `Klausulen har ingen geografisk avgrensning ("${m[0]}"); den kan bare gjelde så langt arbeidsgiverens behov krever (${NO ? 'aml. § 14 A-1' : law}).`,
                    en: `The restraint has no geographic limit ("${m[0]}"), which courts rarely find reasonably necessary (${law}).`,
                  }
                : {
                    nl: `"${m[0]}" maakt het beding onbepaald ruim; de rechter kan het matigen of vernietigen (${law}).`,
                    no: `"${m[0]}" gjør klausulen ubestemt vid; den kan bare gjelde så langt arbeidsgiverens behov krever (${NO ? 'aml. § 14 A-1' : law}).`,
                    en: `"${m[0]}" makes the restraint open-ended, so it may be struck down as wider than necessary (${law}).`,
                  },
            });
          }
        }
      }

      // 2. Which clients: only for customer clauses
      if (!rc.kinds.has('non-solicitation')) continue;
      const sentences = rc.related;
      const qualified = sentences.some((s) => findIn(CLIENT_QUALIFIER, masked, s.start, s.end));
      const lookBacks = sentences.flatMap((s) => lookBackPeriods(doc, s.start, s.end));
      const potential = sentences.flatMap((s) => findAllIn(POTENTIAL_CLIENT, masked, s.start, s.end));
      const all = sentences
        .flatMap((s) => findAllIn(ALL_CLIENTS, masked, s.start, s.end))
        // "any Client of the Company": a defined term, whose definition decides
        .filter((m) => !(ctx.lang === 'en' && /\b(?:Clients?|Customers?)\b/u.test(m[0])));

      if (NO) {
        const longest = lookBacks.reduce<(typeof lookBacks)[number] | undefined>((a, b) => (!a || b.months > a.months ? b : a), undefined);
        let at: { start: number; end: number } | undefined;
        let message: Localized | undefined;
        if (potential.length) {
          at = { start: potential[0].index, end: potential[0].index + potential[0][0].length };
          message = {
            nl: `Een kundeklausul mag geen potentiële klanten omvatten, alleen klanten met wie de werknemer het laatste jaar contact had (aml. § 14 A-4).`,
            no: `En kundeklausul kan ikke omfatte potensielle kunder, bare kunder arbeidstaker har hatt kontakt med eller ansvar for det siste året (aml. § 14 A-4).`,
            en: `A customer clause may not cover prospective customers, only customers the employee dealt with in the last year (Working Environment Act § 14 A-4).`,
          };
        } else if (longest && longest.months > 12 + 1e-9) {
          at = longest;
          message = {
            nl: `De kundeklausul kijkt ${fmt(longest.months)} maanden terug; de wet staat alleen klanten uit het laatste jaar toe (aml. § 14 A-4).`,
            no: `Kundeklausulen omfatter kunder fra de siste ${fmt(longest.months)} månedene; loven tillater bare det siste året (aml. § 14 A-4).`,
            en: `The customer clause looks back ${fmt(longest.months)} months; the Act allows only customers from the last year (Working Environment Act § 14 A-4).`,
          };
        } else if (!qualified) {
          const first = all[0] ?? sentences.map((s) => findIn(CLIENT_NOUN, masked, s.start, s.end)).find((m) => m);
          if (first) at = { start: first.index, end: first.index + first[0].length };
          message = {
            nl: `De kundeklausul is niet beperkt tot klanten met wie de werknemer het laatste jaar contact had of voor wie hij verantwoordelijk was (aml. § 14 A-4).`,
            no: `Kundeklausulen er ikke begrenset til kunder arbeidstaker har hatt kontakt med eller ansvar for det siste året (aml. § 14 A-4).`,
            en: `The customer clause is not limited to customers the employee dealt with or was responsible for in the last year (Working Environment Act § 14 A-4).`,
          };
        } else if (!longest) {
          const q = sentences.map((s) => findIn(CLIENT_QUALIFIER, masked, s.start, s.end)).find((m) => m)!;
          at = { start: q.index, end: q.index + q[0].length };
          message = {
            nl: `De kundeklausul noemt geen periode: alleen klanten uit het laatste jaar mogen eronder vallen (aml. § 14 A-4).`,
            no: `Kundeklausulen har ingen tidsavgrensning: bare kunder fra det siste året kan omfattes (aml. § 14 A-4).`,
            en: `The customer clause sets no period: only customers dealt with in the last year may be covered (Working Environment Act § 14 A-4).`,
          };
        }
        if (at && message) ctx.report({ ...at, message, citations: ['aml-14a-4'] });
        continue;
      }

      if (qualified || lookBacks.length) continue;
      const seen = new Set<number>();
      for (const m of [...potential, ...all].sort((a, b) => a.index - b.index)) {
        if ([...seen].some((s) => Math.abs(s - m.index) < 30)) continue;
        seen.add(m.index);
        ctx.report({
          start: m.index,
          end: m.index + m[0].length,
          message: {
            nl: `Het beding omvat "${m[0]}" zonder beperking tot relaties met wie werknemer in een bepaalde periode contact had (${law}).`,
            no: `Klausulen omfatter "${m[0]}" uten å begrense seg til kunder arbeidstakeren har hatt kontakt med i en bestemt periode (${law}).`,
            en: `The restraint covers "${m[0]}" without limiting it to clients the employee dealt with in a set period (${law}).`,
          },
        });
      }
    }
  },
};
