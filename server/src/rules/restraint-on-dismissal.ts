import type { ReportFix, Rule } from '../core/types';
import { findAllIn, findIn } from '../core/text';
import { restraintClauses } from '../core/restraints';
import { deleteProse } from '../core/edits';
import { ANY_TERMINATION, DISMISSAL_CARVE_OUT } from '../core/vocabulary';

/** Where the "however it ends" words start inside a match that begins with the termination noun. */
const KEY = /(?:for (?:any|whatever) reason|howsoever|however|om welke reden|op welke wijze|door wie|uansett|uavhengig av)/iu;

const LEADING =
  /^(?:ongeacht|om welke|door wie|ook|eveneens|tevens|uavhengig|uansett|også|likeledes|tilsvarende|regardless|irrespective|however|howsoever|whether|including|even)/iu;

export const rule: Rule = {
  meta: {
    id: 'restraint-on-dismissal',
    title: {
      nl: 'Beding geldt ook na ontslag door de werkgever',
      no: 'Klausulen gjelder også ved arbeidsgivers oppsigelse',
      en: 'Restraint applies however, or by whom, the employment ends',
    },
    description: {
      nl: 'Een beding dat geldt "ongeacht de wijze van beëindiging" of "ook als werkgever opzegt".',
      no: 'En klausul som gjelder "uavhengig av hvem som sier opp" eller "også ved arbeidsgivers oppsigelse".',
      en: 'A restraint that applies "regardless of who terminates" or "irrespective of how or by whom" the employment ends.',
    },
    rationale: {
      nl: 'Nederland: de werkgever kan geen rechten ontlenen aan het beding als het einde van de arbeidsovereenkomst het gevolg is van zijn ernstig verwijtbaar handelen of nalaten (art. 7:653 lid 4 BW); een beding dat "ongeacht de wijze van beëindiging" geldt, wekt een verkeerde indruk. Noorwegen: een konkurranse- of kundeklausul kan niet worden ingeroepen na opzegging door de werkgever, tenzij de opzegging berust op de werknemer zelf (aml. § 14 A-1 lid 4, § 14 A-4).',
      no: 'En konkurranseklausul eller kundeklausul kan ikke gjøres gjeldende ved oppsigelse fra arbeidsgiver, med mindre oppsigelsen er saklig begrunnet i arbeidstakerens forhold, eller når arbeidsgivers mislighold har gitt arbeidstakeren rimelig grunn til å slutte (aml. § 14 A-1 fjerde ledd, jf. § 14 A-4). En klausul som gjelder uansett hvem som sier opp, er i strid med dette.',
      en: 'Norway: a non-compete or customer clause cannot be invoked after dismissal by the employer unless the dismissal is justified by the employee\'s own circumstances (Working Environment Act § 14 A-1(4), § 14 A-4). Netherlands: the employer cannot rely on the clause where the employment ends through its own serious culpability (art. 7:653(4) BW).',
    },
    alternative: {
      nl: 'Schrap "ongeacht de wijze van beëindiging", of voeg toe: "Werkgever kan geen rechten ontlenen aan dit beding als het einde van de arbeidsovereenkomst het gevolg is van ernstig verwijtbaar handelen of nalaten van werkgever."',
      no: 'Stryk "uavhengig av hvem som sier opp", eller skriv: "Klausulen gjelder ikke dersom arbeidsgiver sier opp arbeidstaker, med mindre oppsigelsen er saklig begrunnet i arbeidstakers forhold."',
      en: 'Delete the words, or provide that the restraint does not apply where the employer dismisses the employee other than for the employee\'s own conduct (Norway) or through its own serious culpability (Netherlands).',
    },
    severity: { NL: 'info', NO: 'error' },
    languages: ['nl', 'no', 'en'],
    citations: {
      NL: ['bw-7-653-lid-4'],
      NO: ['aml-14a-1-ledd-4', 'aml-14a-4'],
    },
    fixable: true,
    scope: 'clause',
  },
  check(ctx) {
    const { doc } = ctx;
    const { masked } = doc;
    for (const rc of restraintClauses(doc)) {
      // a carve-out anywhere in the clause ("Klausulen gjelder ikke dersom arbeidsgiver sier opp …") keeps the rule
      if (rc.related.some((s) => findIn(DISMISSAL_CARVE_OUT, masked, s.start, s.end))) continue;
      for (const s of rc.related) {
        for (const m of findAllIn(ANY_TERMINATION, masked, s.start, s.end)) {
          let start = m.index;
          const end = m.index + m[0].length;
          // "termination … for whatever reason": point at the words that say "however it ends"
          const key = LEADING.test(m[0]) ? undefined : KEY.exec(m[0]);
          if (key && key.index > 0) start += key.index;
          const fixes: ReportFix[] = [];
          // delete the words with their separator, up to the next punctuation ("…sier opp arbeidsforholdet.")
          const before = masked.slice(Math.max(s.start, start - 4), start);
          const sep = /,\s*$|(?<!\s)\s+$/u.exec(before);
          // (a comma or point between digits is part of a number, "2,5 jaar", not a clause break)
          const rest = /^[^.,;:!?()\n\r]{0,40}?(?=[.,](?!\d)|[;:!?)])/u.exec(masked.slice(end, end + 42));
          if (sep && start - sep[0].length > s.start && rest) {
            const from = start - sep[0].length;
            let to = end + rest[0].length;
            if (masked[to] === ',' && masked[from] === ',') to++;
            fixes.push({
              title: { nl: 'Schrap deze woorden', no: 'Stryk disse ordene', en: 'Delete these words' },
              edits: deleteProse(doc.text, masked, from, to),
              preferred: true,
            });
          }
          ctx.report({
            start,
            end,
            message: ctx.jurisdiction === 'NO'
              ? {
                  nl: 'Het beding geldt ook na opzegging door de werkgever; dat kan alleen als de opzegging berust op de werknemer zelf (aml. § 14 A-1 lid 4).',
                  no: 'Klausulen gjelder også ved arbeidsgivers oppsigelse; den kan da bare gjøres gjeldende når oppsigelsen er saklig begrunnet i arbeidstakers forhold (aml. § 14 A-1 fjerde ledd).',
                  en: 'The restraint applies even after dismissal by the employer; it can then only be invoked if the dismissal is for the employee\'s own circumstances (Working Environment Act § 14 A-1(4)).',
                }
              : {
                  nl: 'Het beding geldt ongeacht hoe het dienstverband eindigt; na ernstig verwijtbaar handelen van werkgever kan hij er geen rechten aan ontlenen (art. 7:653 lid 4 BW).',
                  no: 'Klausulen gjelder uansett hvordan arbeidsforholdet slutter; etter nederlandsk rett kan arbeidsgiver ikke påberope den etter eget alvorlig klanderverdig forhold (art. 7:653 lid 4 BW).',
                  en: 'The restraint applies however the employment ends, but the employer cannot rely on it after its own serious culpability (art. 7:653(4) BW).',
                },
            fixes,
          });
        }
      }
    }
  },
};
