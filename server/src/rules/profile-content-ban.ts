import type { AnalyzedDocument, Jurisdiction, Localized, Rule } from '../core/types';
import { profileBanHits, type ProfileContent } from '../core/monitoring';
import { partyTerms, replacementRange, sentenceCase } from '../core/social';

/**
 * The employee may not state job title, duties, employer or employer-paid training on a personal
 * profile. Warning. Not: a ban on trade secrets or confidential client information, a demand that the
 * title shown be accurate (Ktr. Utrecht 2018), removing the employer after leaving.
 */
const LABEL: Record<ProfileContent, Localized> = {
  title: { nl: 'functietitel', no: 'stillingstittel', en: 'job title' },
  duties: { nl: 'werkzaamheden', no: 'arbeidsoppgaver', en: 'duties' },
  employer: { nl: 'werkgever', no: 'arbeidsgiver', en: 'employer' },
  training: { nl: 'opleidingen', no: 'kurs og sertifiseringer', en: 'training' },
};

const LAW: Record<Jurisdiction, Localized> = {
  NL: { nl: 'art. 7:611 BW; art. 8 en 10 EVRM', no: 'art. 7:611 BW; EMK art. 8 og 10', en: 'art. 7:611 BW; ECHR arts 8 and 10' },
  NO: { nl: 'art. 8 en 10 EVRM', no: 'EMK art. 8 og 10', en: 'ECHR arts 8 and 10' },
  UK: { nl: 'art. 8 en 10 EVRM', no: 'EMK art. 8 og 10', en: 'ECHR arts 8 and 10' },
};

const join = (parts: string[], and: string) => (parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} ${and} ${parts[parts.length - 1]}`);

/** The narrowed clause: only confidential information and trade secrets stay off personal profiles. */
export function confidentialOnlyClause(doc: AnalyzedDocument, capital: boolean): string {
  const t = partyTerms(doc);
  const text: Localized = {
    nl: `${t.employee} maakt op persoonlijke profielen geen vertrouwelijke informatie of bedrijfsgeheimen ${t.employerOf} of diens klanten openbaar`,
    no: `${t.employee} skal ikke offentliggjøre konfidensiell informasjon eller forretningshemmeligheter om ${t.employer} eller ${t.employerOf} kunder på personlige profiler`,
    en: `${t.employee} shall not disclose confidential information or trade secrets of ${t.employer} or its clients on a personal profile`,
  };
  return sentenceCase(text[doc.lang], capital);
}

export const rule: Rule = {
  meta: {
    id: 'profile-content-ban',
    title: {
      nl: 'Verbod om functie, werkgever of opleiding op een profiel te vermelden',
      no: 'Forbud mot å oppgi stilling, arbeidsgiver eller kurs på profilen',
      en: 'Ban on stating job title, employer or training on a profile',
    },
    description: {
      nl: 'Werknemer mag zijn functietitel, werkzaamheden, werkgever of door werkgever betaalde opleidingen niet op een persoonlijk profiel vermelden.',
      no: 'Arbeidstaker får ikke oppgi stillingstittel, arbeidsoppgaver, arbeidsgiver eller kurs betalt av arbeidsgiver på en personlig profil.',
      en: 'The employee may not state their job title, duties, employer or employer-paid training on a personal profile.',
    },
    rationale: {
      nl: 'Een instructie moet een redelijk doel dienen en evenredig zijn (goed werkgeverschap, art. 7:611 BW). Wat iemand over zijn eigen loopbaan vertelt, valt onder zijn privéleven en vrijheid van meningsuiting (art. 8 en 10 EVRM). Werkgever mag eisen dat de vermelde functietitel juist is (Ktr. Utrecht 2018) en mag bedrijfsgeheimen en vertrouwelijke klantinformatie beschermen, maar een algemeen verbod om functie, werkgever of opleidingen te noemen gaat verder dan nodig.',
      no: 'Hva en arbeidstaker forteller om sin egen karriere, hører til privatlivet og ytringsfriheten (EMK art. 8 og 10). Arbeidsgiver kan verne forretningshemmeligheter og fortrolige kundeopplysninger og kreve at tittelen er korrekt, men et generelt forbud mot å oppgi stilling, arbeidsgiver eller kurs går lenger enn nødvendig og er vanskelig å begrunne i styringsretten.',
      en: "What an employee says about their own career belongs to their private life and freedom of expression (ECHR arts 8 and 10); under Dutch law an instruction must also be reasonable and proportionate (art. 7:611 BW). The employer may protect trade secrets and confidential client information and may require that the title shown is accurate (Ktr. Utrecht 2018), but a general ban on naming one's job, employer or training goes further than needed.",
    },
    alternative: {
      nl: 'Beperk het verbod tot vertrouwelijke informatie en bedrijfsgeheimen, en eis zo nodig dat een vermelde functietitel overeenkomt met de arbeidsovereenkomst.',
      no: 'Begrens forbudet til konfidensiell informasjon og forretningshemmeligheter, og krev eventuelt at en oppgitt tittel stemmer med arbeidsavtalen.',
      en: 'Limit the ban to confidential information and trade secrets and, if needed, require that any job title shown matches the employment contract.',
    },
    severity: { NL: 'warning', NO: 'warning', UK: 'warning' },
    languages: ['nl', 'no', 'en'],
    citations: {
      all: ['echr-8', 'echr-10'],
      NL: ['bw-7-611', 'ktr-utrecht-2018-functietitel'],
    },
    fixable: true,
    scope: 'clause',
  },
  check(ctx) {
    const law = LAW[ctx.jurisdiction];
    for (const hit of profileBanHits(ctx.doc)) {
      const what = {
        nl: join(hit.contents.map((c) => LABEL[c].nl), 'of'),
        no: join(hit.contents.map((c) => LABEL[c].no), 'eller'),
        en: join(hit.contents.map((c) => LABEL[c].en), 'or'),
      };
      const fixes = [];
      if (!hit.unit.lead) {
        const range = replacementRange(ctx.doc, hit.unit);
        fixes.push({
          title: {
            nl: 'Beperk tot vertrouwelijke informatie',
            no: 'Begrens til konfidensiell informasjon',
            en: 'Narrow to confidential information',
          },
          edits: [{ start: range.start, end: range.end, text: confidentialOnlyClause(ctx.doc, hit.unit.sentenceStart) }],
          preferred: true,
        });
      }
      ctx.report({
        start: hit.start,
        end: hit.end,
        message: {
          nl: `Verbod om ${what.nl} op een persoonlijk profiel te vermelden gaat verder dan nodig; bescherm alleen vertrouwelijke informatie (${law.nl}).`,
          no: `Forbud mot å oppgi ${what.no} på en personlig profil går lenger enn nødvendig; vern bare konfidensiell informasjon (${law.no}).`,
          en: `A ban on stating ${what.en} on a personal profile goes further than needed; protect only confidential information (${law.en}).`,
        },
        fixes,
      });
    }
  },
};
