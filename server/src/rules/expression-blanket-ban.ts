import type { Jurisdiction, Localized, Rule } from '../core/types';
import { expressionHits } from '../core/monitoring';

/**
 * A blanket ban on any statement "not in the interest of the employer", on any criticism, or on any
 * post about the employer or its industry without approval. Warning. Not: confidentiality clauses,
 * bans on speaking on behalf of the employer without approval, narrow standards (untrue, defamatory,
 * discriminatory, unnecessarily harmful), bans that already carve out whistleblowing.
 */
export const CARVE_OUT_TEXT: Localized = {
  nl: 'Dit beperkt niet het melden van misstanden (klokkenluiden) of uitlatingen die de wet toestaat.',
  no: 'Dette begrenser ikke varsling eller ytringer som loven tillater.',
  en: 'This does not restrict protected disclosures (whistleblowing) or statements the law allows.',
};

const LAW: Record<Jurisdiction, Localized> = {
  NL: {
    nl: 'art. 7:611 BW, art. 10 EVRM; Wet bescherming klokkenluiders en Richtlijn 2019/1937 art. 24',
    no: 'art. 7:611 BW, EMK art. 10; Wet bescherming klokkenluiders og direktiv 2019/1937 art. 24',
    en: 'art. 7:611 BW, ECHR art. 10; Whistleblowers Protection Act and Directive 2019/1937 art. 24',
  },
  NO: {
    nl: 'art. 10 EVRM; aml. hoofdstuk 2 A (klokkenluiden)',
    no: 'EMK art. 10; aml. kapittel 2 A (varsling)',
    en: 'ECHR art. 10; Working Environment Act chapter 2 A (whistleblowing)',
  },
  UK: {
    nl: 'art. 10 EVRM; ERA 1996 s.43J (beding tegen beschermde meldingen is nietig)',
    no: 'EMK art. 10; ERA 1996 s.43J (klausul mot beskyttet varsling er ugyldig)',
    en: 'ECHR art. 10; ERA 1996 s.43J (a gag on protected disclosures is void)',
  },
};

export const rule: Rule = {
  meta: {
    id: 'expression-blanket-ban',
    title: {
      nl: 'Algemeen verbod op uitlatingen of kritiek',
      no: 'Generelt forbud mot ytringer eller kritikk',
      en: 'Blanket ban on statements or criticism',
    },
    description: {
      nl: 'Een algemeen verbod op elke uitlating die "niet in het belang van werkgever" is, op elke kritiek, of op elk bericht over werkgever of de branche zonder toestemming.',
      no: 'Et generelt forbud mot enhver ytring som ikke er «i arbeidsgivers interesse», mot all kritikk, eller mot ethvert innlegg om arbeidsgiver eller bransjen uten godkjenning.',
      en: 'A blanket ban on any statement "not in the interest of the employer", on any criticism, or on any post about the employer or its industry without approval.',
    },
    rationale: {
      nl: 'Werknemers hebben vrijheid van meningsuiting (art. 10 EVRM); goed werknemerschap (art. 7:611 BW) verbiedt alleen uitlatingen die werkgever onnodig schaden. Een algemeen verbod omvat ook het melden van misstanden, en een beding dat klokkenluiden beperkt is nietig (Richtlijn 2019/1937 art. 24; Wet bescherming klokkenluiders; in Noorwegen aml. kapittel 2 A; in het VK ERA 1996 s.43J).',
      no: 'Arbeidstakere har ytringsfrihet (EMK art. 10) og kan bare begrenses av lojalitetsplikten når ytringen skader arbeidsgivers saklige interesser uforholdsmessig. Et generelt forbud omfatter også varsling, og retten til å varsle etter aml. kapittel 2 A kan ikke avtales bort til ugunst for arbeidstakeren (aml. § 1-9; i EU direktiv 2019/1937 art. 24; i Storbritannia ERA 1996 s.43J).',
      en: "Employees have freedom of expression (ECHR art. 10); the duty of loyalty only covers statements that harm the employer unnecessarily. A blanket ban also covers whistleblowing, and a term that stops protected disclosures is void (ERA 1996 s.43J; Directive 2019/1937 art. 24 and the Dutch Whistleblowers Protection Act; Norway's Working Environment Act chapter 2 A).",
    },
    alternative: {
      nl: 'Beperk het verbod tot vertrouwelijke informatie, onware of lasterlijke uitlatingen en uitlatingen namens werkgever zonder toestemming, en voeg toe dat het melden van misstanden en wettelijk toegestane uitlatingen niet worden beperkt.',
      no: 'Begrens forbudet til konfidensiell informasjon, uriktige eller ærekrenkende ytringer og uttalelser på vegne av arbeidsgiver uten godkjenning, og legg til at varsling og ytringer loven tillater ikke begrenses.',
      en: 'Limit the ban to confidential information, untrue or defamatory statements and statements on behalf of the employer without approval, and add that protected disclosures and statements the law allows are not restricted.',
    },
    severity: { NL: 'warning', NO: 'warning', UK: 'warning' },
    languages: ['nl', 'no', 'en'],
    citations: {
      all: ['echr-10'],
      NL: ['bw-7-611', 'dir-2019-1937-24', 'wbk'],
      NO: ['aml-2a'],
      UK: ['era-1996-s43j'],
    },
    fixable: true,
    scope: 'clause',
  },
  check(ctx) {
    const law = LAW[ctx.jurisdiction];
    const { doc } = ctx;
    for (const hit of expressionHits(doc)) {
      const sentence = hit.unit.sentence;
      const last = doc.masked.slice(sentence.start, sentence.end).trimEnd().slice(-1);
      const carve = CARVE_OUT_TEXT[doc.lang];
      const insert = /[.!?;,:]/u.test(last) ? ` ${carve}` : `. ${carve}`;
      const what: Localized =
        hit.kind === 'interest'
          ? { nl: 'elke uitlating die niet in het belang van werkgever is', no: 'enhver ytring som ikke er i arbeidsgivers interesse', en: 'any statement not in the employer\'s interest' }
          : hit.kind === 'criticism'
            ? { nl: 'elke kritiek', no: 'all kritikk', en: 'any criticism' }
            : { nl: 'elk bericht over werkgever of de branche zonder toestemming', no: 'ethvert innlegg om arbeidsgiver eller bransjen uten godkjenning', en: 'any post about the employer or its industry without approval' };
      ctx.report({
        start: hit.start,
        end: hit.end,
        message: {
          nl: `Algemeen verbod op ${what.nl} raakt ook klokkenluiden en toelaatbare kritiek (${law.nl}).`,
          no: `Generelt forbud mot ${what.no} rammer også varsling og lovlig kritikk (${law.no}).`,
          en: `A blanket ban on ${what.en} also catches whistleblowing and lawful criticism (${law.en}).`,
        },
        fixes: [
          {
            title: {
              nl: 'Voeg uitzondering voor klokkenluiden toe',
              no: 'Legg til unntak for varsling',
              en: 'Add a whistleblowing carve-out',
            },
            edits: [{ start: sentence.end, end: sentence.end, text: insert }],
            preferred: true,
          },
        ],
      });
    }
  },
};
