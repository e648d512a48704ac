/**
 * Restraint analysis (restraintSentences, restraintDurations, look-back, compensation, motivation) and the
 * restraint rules as valid / invalid / output tables (textlint-tester style).
 */
import { describe, expect, it } from 'vitest';
import { analyze, lint } from '../../server/src/core/lint';
import { applyEdits, fixAllEdits } from '../../server/src/core/fixes';
import {
  combineDurations, lookBackPeriods, motivations, restraintClauses, restraintDurations, restraintSentences,
} from '../../server/src/core/restraints';
import { compensationTerms } from '../../server/src/core/compensation';
import { extractDurations } from '../../server/src/core/durations';
import { deleteProse } from '../../server/src/core/edits';
import { MOTIVATION_PLACEHOLDER } from '../../server/src/rules/restraint-fixed-term-motivation';
import type { Jurisdiction, LintOptions } from '../../server/src/core/types';

describe('restraint sentences', () => {
  const restraints: Array<[string, string]> = [
    ['non-compete', 'Werknemer verbindt zich om gedurende een periode van 2 jaar na beëindiging van het dienstverband geen betrekking te aanvaarden bij een concurrent.'],
    ['non-solicitation', 'Het is de werknemer niet toegestaan om binnen 18 maanden na zijn uitdiensttreding klanten van werkgever te bedienen.'],
    ['non-compete', 'Werknemer onthoudt zich gedurende dertig maanden na afloop van de arbeidsovereenkomst van iedere vorm van concurrentie met werkgever.'],
    ['non-compete', 'Arbeidstakeren forplikter seg til, i en periode på 18 måneder etter at arbeidsforholdet er avsluttet, ikke å ta arbeid hos en konkurrent.'],
    ['non-compete', 'Etter fratredelse kan arbeidstaker ikke på noen måte bistå konkurrerende virksomheter i to år.'],
    ['non-solicitation', 'I et tidsrom av tjuefire måneder etter opphør av arbeidsforholdet er det arbeidstaker forbudt å henvende seg til Selskapets kunder.'],
    ['non-compete', 'The Employee undertakes that he will not, for a period of 2 years after the Termination Date, work for any business which competes with the Company.'],
    ['non-solicitation', 'During the period of eighteen months following termination of employment, the Employee must not canvass or solicit business from any customer of the Company.'],
    ['no-hire', 'The Employee shall not, within a year and a half after leaving, employ or engage any Key Employee.'],
  ];
  for (const [kind, text] of restraints) {
    it(`${kind}: ${text.slice(0, 60)}…`, () => {
      const found = restraintSentences(analyze(text));
      expect(found.length).toBe(1);
      expect([...found[0].kinds]).toContain(kind);
    });
  }
  const notRestraints = [
    'Werknemer zal zowel tijdens als na afloop van het dienstverband geheimhouding betrachten omtrent klanten van werkgever.',
    'Het is werknemer tijdens de duur van de arbeidsovereenkomst niet toegestaan nevenwerkzaamheden te verrichten voor concurrenten.',
    'Arbeidstaker har taushetsplikt om kundeforhold, også etter at arbeidsforholdet er opphørt.',
    'The Employee shall not, during or after the employment, disclose any Confidential Information relating to clients of the Company.',
  ];
  for (const text of notRestraints) {
    it(`not a restraint: ${text.slice(0, 60)}…`, () => expect(restraintSentences(analyze(text))).toEqual([]));
  }
  it('a retention period in a restraint clause is not the restraint', () => {
    const doc = analyze('# 12. Non-dealing\n\nThe Employee shall not, for six months following the Termination Date, deal with any Restricted Client.\n\nThe Company will retain personnel records for two years after the employment ends.\n', { jurisdiction: 'UK' });
    expect(restraintDurations(doc).map((d) => d.duration.months)).toEqual([6]);
  });
});

describe('durations of restraints', () => {
  it('joins "een jaar en zes maanden" into 18 months', () => {
    const text = 'gedurende een jaar en zes maanden niet';
    const joined = combineDurations(text, extractDurations(text, 'nl'));
    expect(joined.map((d) => [d.months, text.slice(d.start, d.end)])).toEqual([[18, 'een jaar en zes maanden']]);
  });
  it('keeps look-back periods apart', () => {
    const doc = analyze('Het is werknemer verboden gedurende twaalf maanden na het einde van de arbeidsovereenkomst relaties te benaderen met wie hij in de laatste 24 maanden contact had.');
    expect(restraintDurations(doc).map((d) => d.duration.months)).toEqual([12]);
    const s = doc.clauses[0].sentences[0];
    expect(lookBackPeriods(doc, s.start, s.end).map((l) => l.months)).toEqual([24]);
  });
  it('reads "det siste året" as a one-year look-back', () => {
    const doc = analyze('Arbeidstaker skal i tolv måneder etter fratreden ikke kontakte kunder arbeidstakeren har hatt kontakt med det siste året.');
    const s = doc.clauses[0].sentences[0];
    expect(lookBackPeriods(doc, s.start, s.end).map((l) => l.months)).toEqual([12]);
  });
});

describe('compensation terms', () => {
  const cases: Array<[string, Array<[string, number?, string?]>]> = [
    ['Klausulen gjelder uten særskilt vederlag.', [['excluded']]],
    ['Arbeidstaker har ikke krav på kompensasjon.', [['excluded']]],
    ['Selskapet betaler 50 % av arbeidstakers fastlønn.', [['rate', 50]]],
    ['Selskapet betaler 100 % av lønn opp til 8 G og 70 % av lønn over 8 G.', [['rate', 100, 'up-to-8g'], ['rate', 70, 'above-8g']]],
    ['Kompensasjonen utgjør sytti prosent av arbeidsvederlaget opp til 8 G.', [['rate', 70, 'up-to-8g']]],
    ['Selskapet betaler kompensasjon etter arbeidsmiljøloven § 14 A-3.', [['statutory']]],
    ['Kompensasjonen avkortes med inntil 50 % av annen arbeidsinntekt.', []],
    ['Ved brudd betaler arbeidstaker en konvensjonalbot tilsvarende 50 % av månedslønnen.', []],
    ['zonder dat werkgever daarvoor enige vergoeding verschuldigd is', [['excluded']]],
    ['Werkgever betaalt een vergoeding van 25% van het maandsalaris.', [['rate', 25]]],
    ['Werkgever betaalt de helft van het laatst verdiende salaris.', [['rate', 50]]],
    ['The salary constitutes full consideration for the restrictions.', [['excluded']]],
    ['The Company shall pay 60 per cent of the basic salary.', [['rate', 60]]],
    ['Overtime is paid at 150 per cent.', []],
  ];
  for (const [text, want] of cases) {
    it(text, () => {
      const got = compensationTerms(text, 0, text.length).map((t) => [t.kind, t.percent, t.tier].filter((x) => x !== undefined));
      expect(got).toEqual(want);
    });
  }
});

describe('motivations (art. 7:653 lid 2 BW)', () => {
  const head = '# Arbeidsovereenkomst voor bepaalde tijd\n\n## Artikel 9 Concurrentiebeding\n\nHet is werknemer verboden gedurende twaalf maanden na het einde van de arbeidsovereenkomst werkzaam te zijn voor een concurrent.\n\n';
  const cases: Array<[string, { concrete: boolean; placeholder: boolean }]> = [
    [MOTIVATION_PLACEHOLDER.nl, { concrete: true, placeholder: true }],
    ['Werkgever heeft bij dit beding een zwaarwegend bedrijfsbelang.', { concrete: false, placeholder: false }],
    ['Het beding is noodzakelijk vanwege zwaarwegende bedrijfsbelangen.', { concrete: false, placeholder: false }],
    ['Het beding is noodzakelijk vanwege zwaarwegende bedrijfsbelangen, omdat werknemer de prijsafspraken met alle ziekenhuizen kent.', { concrete: true, placeholder: false }],
  ];
  for (const [text, want] of cases) {
    it(text, () => {
      const m = motivations(analyze(head + text + '\n'));
      expect(m.length).toBe(1);
      expect({ concrete: m[0].concrete, placeholder: m[0].placeholder !== undefined }).toEqual(want);
    });
  }
});

describe('deleteProse', () => {
  it('keeps an HTML comment inside the deleted range', () => {
    const text = 'met die relaties, <!-- c -->\nook niet indien de relatie belt. Einde.';
    const masked = analyze(text).masked;
    const from = text.indexOf(',');
    const to = text.indexOf(' belt') + ' belt'.length;
    expect(applyEdits(text, deleteProse(text, masked, from, to))).toBe('met die relaties<!-- c -->. Einde.');
  });
});

// ---------------------------------------------------------------------------------------------
// Rule tables: valid texts give no finding of the rule; invalid ones give `count` findings and, after
// every preferred fix, `output`.

interface Invalid {
  text: string;
  options?: LintOptions;
  count?: number;
  message?: RegExp;
  output?: string;
}
interface Table {
  valid: Array<string | { text: string; options?: LintOptions }>;
  invalid: Invalid[];
}

const NL: LintOptions = { jurisdiction: 'NL' };
const NO: LintOptions = { jurisdiction: 'NO' };
const UK: LintOptions = { jurisdiction: 'UK' };
const with_ = (o: LintOptions, j?: Jurisdiction): LintOptions => (j ? { ...o, jurisdiction: j } : o);

const TABLES: Record<string, Table> = {
  'restraint-duration': {
    valid: [
      { text: 'Het is werknemer verboden gedurende twaalf (12) maanden na het einde van de arbeidsovereenkomst werkzaam te zijn voor een concurrent.', options: NL },
      { text: 'Arbeidstaker skal ikke rekruttere Selskapets ansatte i 24 måneder etter fratreden.', options: NO },
      { text: 'For twelve months after the Termination Date the Employee shall not solicit any Client with whom the Employee had material dealings in the 24 months before that date.', options: UK },
    ],
    invalid: [
      {
        text: 'Het is werknemer verboden gedurende drie (3) jaar na het einde van de arbeidsovereenkomst werkzaam te zijn voor een concurrent.',
        options: NL,
        message: /36 maanden .* twee jaar/u,
        output: 'Het is werknemer verboden gedurende één (1) jaar na het einde van de arbeidsovereenkomst werkzaam te zijn voor een concurrent.',
      },
      {
        text: 'De werknemer mag na uitdiensttreding gedurende een jaar en zes maanden niet in dienst treden bij een concurrent.',
        options: NL,
        message: /18 maanden/u,
        output: 'De werknemer mag na uitdiensttreding gedurende een jaar niet in dienst treden bij een concurrent.',
      },
      {
        text: 'Arbeidstaker skal i atten måneder etter fratreden ikke kontakte kunder arbeidstakeren har hatt kontakt med det siste året.',
        options: NO,
        output: 'Arbeidstaker skal i tolv måneder etter fratreden ikke kontakte kunder arbeidstakeren har hatt kontakt med det siste året.',
      },
    ],
  },
  'restraint-fixed-term-motivation': {
    valid: [
      { text: '# Arbeidsovereenkomst voor onbepaalde tijd\n\nHet is werknemer verboden gedurende twaalf maanden na het einde van de arbeidsovereenkomst werkzaam te zijn voor een concurrent.\n' },
      { text: '# Arbeidsovereenkomst voor bepaalde tijd\n\nHet is werknemer verboden gedurende twaalf maanden na het einde van de arbeidsovereenkomst werkzaam te zijn voor een concurrent.\n', options: NO },
    ],
    invalid: [
      {
        text: '# Arbeidsovereenkomst voor bepaalde tijd\r\n\r\n## Artikel 9 Concurrentiebeding\r\n\r\nHet is werknemer verboden gedurende twaalf maanden na het einde van de arbeidsovereenkomst werkzaam te zijn voor een concurrent.\r\n',
        options: NL,
        message: /zonder schriftelijke motivering/u,
        output: `# Arbeidsovereenkomst voor bepaalde tijd\r\n\r\n## Artikel 9 Concurrentiebeding\r\n\r\nHet is werknemer verboden gedurende twaalf maanden na het einde van de arbeidsovereenkomst werkzaam te zijn voor een concurrent.\r\n\r\n${MOTIVATION_PLACEHOLDER.nl}\r\n`,
      },
      {
        text: `ARBEIDSOVEREENKOMST VOOR BEPAALDE TIJD\n\nArtikel 9 - Relatiebeding\nHet is werknemer verboden gedurende twaalf maanden na het einde van de arbeidsovereenkomst relaties te benaderen met wie hij het laatste jaar contact had.\n${MOTIVATION_PLACEHOLDER.nl}\n`,
        options: { ...NL, format: 'plaintext' },
        message: /nog niet ingevuld/u,
      },
    ],
  },
  'restraint-no-compensation': {
    valid: [
      { text: '# Konkurranseklausul\n\nArbeidstaker skal i tolv måneder etter fratreden ikke ta ansettelse hos en konkurrent. Selskapet betaler full lønn i perioden.\n', options: NO },
      { text: '# Kundeklausul\n\nArbeidstaker skal i tolv måneder etter fratreden ikke kontakte kunder arbeidstakeren har hatt kontakt med det siste året, uten kompensasjon.\n', options: NO },
      { text: '# Non-compete\n\nFor six months after the Termination Date the Employee shall not work for a competitor, without additional compensation.\n', options: UK },
    ],
    invalid: [
      {
        text: '# Konkurranseklausul\n\nArbeidstaker skal i tolv måneder etter fratreden ikke ta ansettelse hos en konkurrent, uten noen kompensasjon.\n',
        options: NO,
        output: '# Konkurranseklausul\n\nArbeidstaker skal i tolv måneder etter fratreden ikke ta ansettelse hos en konkurrent, mot kompensasjon etter arbeidsmiljøloven § 14 A-3.\n',
      },
      { text: '# Concurrentiebeding\n\nHet is werknemer verboden gedurende twaalf maanden na het einde van de arbeidsovereenkomst werkzaam te zijn voor een concurrent. Werknemer heeft geen aanspraak op een vergoeding.\n', options: NL, message: /art\. 7:653 lid 5 BW/u },
    ],
  },
  'passive-contact-ban': {
    valid: [
      { text: '# Relatiebeding\n\nHet is werknemer verboden gedurende twaalf maanden na het einde van de arbeidsovereenkomst relaties actief te benaderen. Werknemer mag wel reageren op vragen van relaties die zelf contact opnemen.\n', options: NL },
      { text: '# Non-dealing\n\nFor six months after the Termination Date the Employee shall not deal with any Restricted Client.\n', options: UK },
    ],
    invalid: [
      {
        text: '# Relatiebeding\n\nHet is werknemer verboden gedurende twaalf maanden na het einde van de arbeidsovereenkomst contact te hebben met relaties van werkgever.\n',
        options: NL,
        output: '# Relatiebeding\n\nHet is werknemer verboden gedurende twaalf maanden na het einde van de arbeidsovereenkomst actief contact op te nemen met relaties van werkgever.\n',
      },
      {
        text: '# Non-dealing\n\nFor six months after the Termination Date the Employee shall not deal with any Restricted Client.\n',
        options: NO,
        output: '# Non-dealing\n\nFor six months after the Termination Date the Employee shall not solicit any Restricted Client.\n',
      },
      {
        text: '# Kundeklausul\n\nArbeidstaker skal i seks måneder etter fratreden ikke kontakte kunder arbeidstakeren har hatt ansvar for det siste året, selv om kunden selv tar kontakt.\n',
        options: NO,
        output: '# Kundeklausul\n\nArbeidstaker skal i seks måneder etter fratreden ikke kontakte kunder arbeidstakeren har hatt ansvar for det siste året.\n',
      },
    ],
  },
  'restraint-scope-undefined': {
    valid: [
      { text: '# Relatiebeding\n\nHet is werknemer verboden gedurende twaalf maanden na het einde van de arbeidsovereenkomst (potentiële) relaties te benaderen met wie hij in de laatste 24 maanden contact had.\n', options: NL },
      { text: 'Werkgever is wereldwijd actief. Werknemer houdt vertrouwelijke informatie in de ruimste zin des woords geheim.\n', options: NL },
    ],
    invalid: [
      { text: '# Kundeklausul\n\nArbeidstaker skal i tolv måneder etter fratreden ikke kontakte potensielle kunder.\n', options: NO, message: /potensielle kunder/u },
      { text: '# Non-compete\n\nFor six months after the Termination Date the Employee shall not compete with the Company worldwide.\n', options: UK, message: /geographic/u },
    ],
  },
  'restraint-on-dismissal': {
    valid: [
      { text: '# Konkurranseklausul\n\nArbeidstaker skal i tolv måneder etter fratreden ikke ta ansettelse hos en konkurrent, uansett årsak, med mindre oppsigelsen ikke er saklig begrunnet i arbeidstakers forhold.\n', options: NO },
      { text: '# Restrictions\n\nFor six months after termination howsoever arising the Employee shall not solicit any Restricted Client.\n', options: UK },
    ],
    invalid: [
      {
        text: '# Konkurranseklausul\n\nArbeidstaker skal i tolv måneder etter fratreden ikke ta ansettelse hos en konkurrent. Klausulen gjelder uavhengig av hvem som sier opp.\n',
        options: NO,
        output: '# Konkurranseklausul\n\nArbeidstaker skal i tolv måneder etter fratreden ikke ta ansettelse hos en konkurrent. Klausulen gjelder.\n',
      },
    ],
  },
  'restraint-not-in-contract': {
    valid: [
      { text: '# Arbeidsovereenkomst\n\n## Relatiebeding\n\nHet is werknemer verboden gedurende twaalf maanden na het einde van de arbeidsovereenkomst klanten te benaderen. De procedure voor ontheffing staat in het personeelshandboek.\n', options: NL },
    ],
    invalid: [
      { text: '# Personeelshandboek\n\n## Relatiebeding\n\nMedewerkers mogen gedurende twaalf maanden na uitdiensttreding geen klanten benaderen.\n', options: NL, message: /reglement of handboek/u },
      { text: '# Employment Agreement\n\n## Restrictive covenants\n\nThe restrictive covenants set out in the Staff Handbook, as amended from time to time, apply after the employment ends.\n', options: UK, count: 1 },
    ],
  },
};

for (const [ruleId, table] of Object.entries(TABLES)) {
  describe(`rule table: ${ruleId}`, () => {
    for (const v of table.valid) {
      const { text, options } = typeof v === 'string' ? { text: v, options: undefined } : v;
      it(`valid: ${text.replace(/\s+/gu, ' ').slice(0, 70)}…`, () => {
        expect(lint(text, with_(options ?? {})).filter((f) => f.ruleId === ruleId)).toEqual([]);
      });
    }
    for (const inv of table.invalid) {
      it(`invalid: ${inv.text.replace(/\s+/gu, ' ').slice(0, 70)}…`, () => {
        const findings = lint(inv.text, inv.options ?? {});
        const mine = findings.filter((f) => f.ruleId === ruleId);
        expect(mine.length).toBe(inv.count ?? mine.length);
        expect(mine.length).toBeGreaterThan(0);
        for (const f of mine) expect(f.citations.length).toBeGreaterThan(0);
        if (inv.message) expect(mine[0].message).toMatch(inv.message);
        if (inv.output !== undefined) expect(applyEdits(inv.text, fixAllEdits(mine))).toBe(inv.output);
      });
    }
  });
}

describe('the inserted motivation placeholder is itself reported until filled in', () => {
  for (const lang of ['nl', 'en', 'no'] as const) {
    it(lang, () => {
      const text = {
        nl: '# Arbeidsovereenkomst voor bepaalde tijd\n\nHet is werknemer verboden gedurende twaalf maanden na het einde van de arbeidsovereenkomst werkzaam te zijn voor een concurrent.\n',
        en: '# Fixed-term employment contract\n\nFor twelve months after the end of the employment the Employee shall not work for a competitor.\n\nThis contract is governed by Dutch law.\n',
        no: '# Midlertidig arbeidsavtale\n\nArbeidstaker skal i tolv måneder etter fratreden ikke ta ansettelse hos en konkurrent.\n\nAvtalen reguleres av nederlandsk rett.\n',
      }[lang];
      const first = lint(text).filter((f) => f.ruleId === 'restraint-fixed-term-motivation');
      expect(first.length).toBe(1);
      const fixed = applyEdits(text, fixAllEdits(first));
      expect(fixed).toContain(MOTIVATION_PLACEHOLDER[lang]);
      const again = lint(fixed).filter((f) => f.ruleId === 'restraint-fixed-term-motivation');
      expect(again.length).toBe(1);
      expect(fixed.slice(again[0].start, again[0].end)).toMatch(/^\[.*\]$/u);
      const filled = fixed.replace(/\[[^\]]*\]/u, lang === 'no' ? 'arbeidstaker kjenner alle anbudsprisene' : lang === 'nl' ? 'werknemer kent alle tariefafspraken met de klanten' : 'the Employee knows every tender price');
      expect(lint(filled).filter((f) => f.ruleId === 'restraint-fixed-term-motivation')).toEqual([]);
    });
  }
});

describe('restraint clauses', () => {
  it('relates the sentences of a titled clause and of the restraint paragraph only', () => {
    const doc = analyze('Het is werknemer verboden gedurende twaalf maanden na het einde van de arbeidsovereenkomst klanten te benaderen. Dit beding geldt ook voor oud-klanten.\n\nWerknemer ontvangt geen vergoeding voor reiskosten.\n');
    const [rc] = restraintClauses(doc);
    expect(rc.related.map((s) => s.text.slice(0, 20))).toEqual(['Het is werknemer ver', 'Dit beding geldt ook']);
  });
});

describe('restraint-on-dismissal fix', () => {
  it('never deletes into a number ("howsoever terminated 2,5 jaar"): fix-all stays idempotent', () => {
    const text =
      '## Artikel 12 – Relatiebeding\n\nHet is werknemer verboden gedurende 1 jaar na het einde van de arbeidsovereenkomst contact te onderhouden met relaties van werkgever. #open for work howsoever terminated 2,5 jaar\n';
    const once = applyEdits(text, fixAllEdits(lint(text)));
    expect(once).not.toMatch(/work,\d/u);
    expect(applyEdits(once, fixAllEdits(lint(once)))).toBe(once);
  });
});
