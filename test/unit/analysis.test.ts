/**
 * Document analysis in the three languages: language detection, governing law, fixed-term and policy
 * detection, plain-text clause headings and sentence splitting (table-driven).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/core/lint';
import { detectGoverningLaw, detectLanguage } from '../../server/src/core/language';
import { detectFixedTerm, detectPolicyDocument } from '../../server/src/core/facts';
import { parsePlainText, parseMarkdown } from '../../server/src/core/parse';
import { splitSentences } from '../../server/src/core/segment';
import type { Lang } from '../../server/src/core/types';

describe('language detection', () => {
  const cases: Array<[Lang, string]> = [
    ['nl', 'Het is werknemer verboden gedurende twaalf maanden na het einde van de arbeidsovereenkomst werkzaam te zijn voor een concurrent.'],
    ['nl', 'Werknemer zal zich onthouden van het benaderen van relaties van werkgever.'],
    ['no', 'Arbeidstaker skal i tolv måneder etter fratreden ikke ta ansettelse hos konkurrerende virksomhet.'],
    ['no', 'Kundeklausulen gjelder kunder som arbeidstakeren har hatt kontakt med det siste året.'],
    ['en', 'The Employee shall not, for six months after the Termination Date, solicit any Client of the Company.'],
    ['en', 'This agreement is governed by the laws of England and Wales.'],
  ];
  for (const [lang, text] of cases) {
    it(`${lang}: ${text.slice(0, 50)}…`, () => expect(detectLanguage(text).lang).toBe(lang));
  }
});

describe('governing law', () => {
  const cases: Array<[string, 'NL' | 'NO' | 'UK' | undefined]> = [
    ['Op deze overeenkomst is Nederlands recht van toepassing.', 'NL'],
    ['This agreement is governed by the laws of the Netherlands.', 'NL'],
    ['Avtalen reguleres av nederlandsk rett.', 'NL'],
    ['Avtalen reguleres av norsk rett.', 'NO'],
    ['This Agreement shall be governed by Norwegian law.', 'NO'],
    ['Op deze arbeidsovereenkomst is Noors recht van toepassing.', 'NO'],
    ['This contract is governed by the law of England and Wales.', 'UK'],
    ['Deze overeenkomst wordt beheerst door Engels recht.', 'UK'],
    ['Werkgever is gevestigd in Nederland en werkt ook in Noorwegen.', undefined],
  ];
  for (const [text, want] of cases) {
    it(`${want ?? 'none'}: ${text}`, () => {
      expect(detectGoverningLaw(text, [{ start: 0, end: text.length }])?.jurisdiction).toBe(want);
    });
  }
  it('decides the jurisdiction of an English contract', () => {
    const doc = analyze('# Agreement\n\nThe Employee shall not compete.\n\nThis agreement is governed by Dutch law.\n');
    expect([doc.lang, doc.jurisdiction, doc.jurisdictionSource]).toEqual(['en', 'NL', 'governing-law']);
  });
});

describe('fixed-term detection', () => {
  const fixed = [
    'De arbeidsovereenkomst wordt aangegaan voor bepaalde tijd van twaalf maanden.',
    'Deze tijdelijke arbeidsovereenkomst loopt tot 1 januari 2026.',
    'Arbeidstaker er midlertidig ansatt fra 1. mars 2025.',
    'Ansettelsen er midlertidig og gjelder til 31. mai 2026.',
    'This is a fixed-term contract for the period from 1 February 2025 to 31 January 2026.',
    'The Employee is employed on a fixed-term basis.',
    'Employment Agreement (fixed term)',
  ];
  const permanent = [
    'De arbeidsovereenkomst wordt aangegaan voor onbepaalde tijd.',
    'De arbeidsovereenkomst eindigt van rechtswege op de dag waarop werknemer de AOW-gerechtigde leeftijd bereikt.',
    'Arbeidstaker er fast ansatt, ikke midlertidig ansatt.',
    'This is not a fixed-term contract.',
    'A bonus is paid for each fixed-term project.',
    'Ved midlertidig fravær skal arbeidstaker varsle leder.',
  ];
  for (const t of fixed) it(`fixed: ${t}`, () => expect(detectFixedTerm(t)).toBeDefined());
  for (const t of permanent) it(`permanent: ${t}`, () => expect(detectFixedTerm(t)).toBeUndefined());
});

describe('policy documents', () => {
  const cases: Array<[string, boolean]> = [
    ['# Personeelshandboek Brouwer Groep\n\nTekst.\n', true],
    ['# Staff Handbook — Pennine Recruitment Ltd\n\nText.\n', true],
    ['# Personalhåndbok for Vestland Energi AS\n\nTekst.\n', true],
    ['# Bijlage bij de arbeidsovereenkomst: IT-reglement\n\nTekst.\n', true],
    ['# Arbeidsovereenkomst\n\nHet personeelshandboek is van toepassing.\n', false],
    ['# Employment Agreement\n\nThe Staff Handbook applies.\n', false],
  ];
  for (const [text, want] of cases) {
    it(`${want ? 'policy' : 'contract'}: ${text.split('\n')[0]}`, () => {
      const { masked, blocks } = parseMarkdown(text);
      expect(detectPolicyDocument(masked, blocks)).toBe(want);
    });
  }
});

describe('plain-text clause headings', () => {
  const headings = ['12. Relatiebeding', 'Artikel 12', 'Artikel 12 - Concurrentiebeding', '§ 7 Konkurranseklausul', 'Clause 9.2 Restrictions', 'RELATIEBEDING', '12. Non-solicitation'];
  const prose = [
    'Artikel 7:653 BW bepaalt dat een concurrentiebeding schriftelijk moet zijn.',
    'Het is werknemer verboden gedurende twaalf maanden na het einde van de arbeidsovereenkomst klanten te benaderen.',
    'The Employee shall not solicit any Client.',
  ];
  for (const h of headings) {
    it(`heading: ${h}`, () => {
      const { blocks } = parsePlainText(`${h}\nDe tekst van het artikel staat hier en loopt door tot het einde.\n`);
      expect(blocks[0].kind).toBe('heading');
    });
  }
  for (const p of prose) {
    it(`prose: ${p.slice(0, 40)}…`, () => {
      const { blocks } = parsePlainText(`${p}\n`);
      expect(blocks[0].kind).not.toBe('heading');
    });
  }
});

describe('sentences', () => {
  const cases: Array<[string, number]> = [
    ['Werknemer zal geen klanten benaderen. Dit beding geldt twaalf maanden.', 2],
    ['Zie art. 7:653 lid 3 BW. Het beding is nietig.', 2],
    ['Jf. aml. § 14 A-4 gjelder klausulen i ett år. Den er skriftlig.', 2],
    ['The Company (i.e. the employer) may act. The Employee may not.', 2],
    ['Een boete van € 2.500 per dag, vermeerderd met rente.', 1],
  ];
  for (const [text, n] of cases) {
    it(`${n}: ${text}`, () => expect(splitSentences(text, 0, text.length).length).toBe(n));
  }
});

describe('clauses', () => {
  it('segments headings, kinds and parents in Markdown', () => {
    const doc = analyze('# Arbeidsovereenkomst\n\n## Artikel 12 – Relatiebeding\n\nHet is werknemer verboden klanten te benaderen.\n\n## Artikel 13 – Concurrentie- en relatiebeding\n\nTekst.\n');
    const titles = doc.clauses.map((c) => c.title);
    expect(titles).toEqual(['Arbeidsovereenkomst', 'Artikel 12 – Relatiebeding', 'Artikel 13 – Concurrentie- en relatiebeding']);
    expect([...doc.clauses[1].kinds]).toContain('non-solicitation');
    expect([...doc.clauses[2].kinds]).toEqual(expect.arrayContaining(['non-compete', 'non-solicitation']));
    expect(doc.clauses[1].parents).toEqual(['Arbeidsovereenkomst']);
  });
});
