import { describe, expect, it } from 'vitest';
import type { Lang } from '../../server/src/core/types';
import {
  extractDurations,
  formatDuration,
  numberWord,
  type Duration,
  type DurationUnit,
} from '../../server/src/core/durations';

type Style = Duration['style'];

/** [text, document language or undefined, matched phrase, amount, unit, months, style, language of the unit]. */
type Positive = [string, Lang | undefined, string, number, DurationUnit, number, Style, Lang];

const W = 12 / 52; // months per week
const D = 12 / 365; // months per day

const positives: Positive[] = [
  // ----- nl
  ['een periode van drie jaren', 'nl', 'drie jaren', 3, 'year', 36, 'word', 'nl'],
  ['2 (twee) jaren', 'nl', '2 (twee) jaren', 2, 'year', 24, 'digit-word', 'nl'],
  ['twee (2) jaar', 'nl', 'twee (2) jaar', 2, 'year', 24, 'word-digit', 'nl'],
  ['gedurende 24 maanden na het einde', 'nl', '24 maanden', 24, 'month', 24, 'digit', 'nl'],
  ['een periode van achttien (18) maanden', 'nl', 'achttien (18) maanden', 18, 'month', 18, 'word-digit', 'nl'],
  ['zes maanden', 'nl', 'zes maanden', 6, 'month', 6, 'word', 'nl'],
  ['gedurende één jaar', 'nl', 'één jaar', 1, 'year', 12, 'word', 'nl'],
  ['een jaar na beëindiging', 'nl', 'een jaar', 1, 'year', 12, 'word', 'nl'],
  ['eén jaar', undefined, 'eén jaar', 1, 'year', 12, 'word', 'nl'],
  ['anderhalf jaar', 'nl', 'anderhalf jaar', 1.5, 'year', 18, 'word', 'nl'],
  ['voor een half jaar', 'nl', 'een half jaar', 0.5, 'year', 6, 'word', 'nl'],
  ['binnen het half jaar', 'nl', 'half jaar', 0.5, 'year', 6, 'word', 'nl'],
  ['1,5 jaar', 'nl', '1,5 jaar', 1.5, 'year', 18, 'digit', 'nl'],
  ['1.5 jaar', 'nl', '1.5 jaar', 1.5, 'year', 18, 'digit', 'nl'],
  ['twaalf maanden', 'nl', 'twaalf maanden', 12, 'month', 12, 'word', 'nl'],
  ['36 maanden', undefined, '36 maanden', 36, 'month', 36, 'digit', 'nl'],
  ['zesendertig maanden', 'nl', 'zesendertig maanden', 36, 'month', 36, 'word', 'nl'],
  ['vierentwintig (24) maanden', 'nl', 'vierentwintig (24) maanden', 24, 'month', 24, 'word-digit', 'nl'],
  ['achtenveertig maanden', 'nl', 'achtenveertig maanden', 48, 'month', 48, 'word', 'nl'],
  ['zestig maanden', 'nl', 'zestig maanden', 60, 'month', 60, 'word', 'nl'],
  ['tweeëntwintig dagen', 'nl', 'tweeëntwintig dagen', 22, 'day', 22 * D, 'word', 'nl'],
  ['eenentwintig dagen', 'nl', 'eenentwintig dagen', 21, 'day', 21 * D, 'word', 'nl'],
  ['twee weken', 'nl', 'twee weken', 2, 'week', 2 * W, 'word', 'nl'],
  ['binnen 4 weken', 'nl', '4 weken', 4, 'week', 4 * W, 'digit', 'nl'],
  ['30 werkdagen', 'nl', '30 werkdagen', 30, 'day', 30 * D, 'digit', 'nl'],
  ['een week', 'nl', 'een week', 1, 'week', W, 'word', 'nl'],
  ['een maand', 'nl', 'een maand', 1, 'month', 1, 'word', 'nl'],
  ['dertien (13) weken', 'nl', 'dertien (13) weken', 13, 'week', 13 * W, 'word-digit', 'nl'],
  ['twee en een half jaar', 'nl', 'twee en een half jaar', 2.5, 'year', 30, 'word', 'nl'],
  ['tweeënhalf jaar', 'nl', 'tweeënhalf jaar', 2.5, 'year', 30, 'word', 'nl'],
  ['anderhalve maand', 'nl', 'anderhalve maand', 1.5, 'month', 1.5, 'word', 'nl'],
  ['TWEE (2) JAAR', 'nl', 'TWEE (2) JAAR', 2, 'year', 24, 'word-digit', 'nl'],
  ['Drie jaar lang', 'nl', 'Drie jaar', 3, 'year', 36, 'word', 'nl'],
  ['12 kalendermaanden', 'nl', '12 kalendermaanden', 12, 'month', 12, 'digit', 'nl'],
  ['een halve dag', 'nl', 'een halve dag', 0.5, 'day', 0.5 * D, 'word', 'nl'],
  ['een periode van twee\njaar', 'nl', 'twee\njaar', 2, 'year', 24, 'word', 'nl'],
  ['twee (2)  jaar', 'nl', 'twee (2)  jaar', 2, 'year', 24, 'word-digit', 'nl'],
  ['twee ( 2 ) jaar', 'nl', 'twee ( 2 ) jaar', 2, 'year', 24, 'word-digit', 'nl'],
  ['1-2 jaar', 'nl', '2 jaar', 2, 'year', 24, 'digit', 'nl'],
  ['  twee   jaar', 'nl', 'twee   jaar', 2, 'year', 24, 'word', 'nl'],
  ['binnen 6 mnd na afloop', 'nl', '6 mnd', 6, 'month', 6, 'digit', 'nl'],
  ['1.000 dagen', 'nl', '1.000 dagen', 1000, 'day', 1000 * D, 'digit', 'nl'],
  // ----- no
  ['ett (1) år', 'no', 'ett (1) år', 1, 'year', 12, 'word-digit', 'no'],
  ['i to år etter', 'no', 'to år', 2, 'year', 24, 'word', 'no'],
  ['12 måneder', 'no', '12 måneder', 12, 'month', 12, 'digit', 'no'],
  ['tolv måneder', 'no', 'tolv måneder', 12, 'month', 12, 'word', 'no'],
  ['seks (6) måneder', 'no', 'seks (6) måneder', 6, 'month', 6, 'word-digit', 'no'],
  ['i et halvt år', 'no', 'et halvt år', 0.5, 'year', 6, 'word', 'no'],
  ['atten måneder', 'no', 'atten måneder', 18, 'month', 18, 'word', 'no'],
  ['24 måneder', undefined, '24 måneder', 24, 'month', 24, 'digit', 'no'],
  ['halvannet år', 'no', 'halvannet år', 1.5, 'year', 18, 'word', 'no'],
  ['halvannen måned', 'no', 'halvannen måned', 1.5, 'month', 1.5, 'word', 'no'],
  ['1,5 år', 'no', '1,5 år', 1.5, 'year', 18, 'digit', 'no'],
  ['ett år', 'no', 'ett år', 1, 'year', 12, 'word', 'no'],
  ['et år', 'no', 'et år', 1, 'year', 12, 'word', 'no'],
  ['en måned', 'no', 'en måned', 1, 'month', 1, 'word', 'no'],
  ['tjuefire måneder', 'no', 'tjuefire måneder', 24, 'month', 24, 'word', 'no'],
  ['trettiseks måneder', 'no', 'trettiseks måneder', 36, 'month', 36, 'word', 'no'],
  ['to uker', 'no', 'to uker', 2, 'week', 2 * W, 'word', 'no'],
  ['ei uke', 'no', 'ei uke', 1, 'week', W, 'word', 'no'],
  ['14 dager', 'no', '14 dager', 14, 'day', 14 * D, 'digit', 'no'],
  ['10 virkedager', 'no', '10 virkedager', 10, 'day', 10 * D, 'digit', 'no'],
  ['i 12 mnd. etter', undefined, '12 mnd.', 12, 'month', 12, 'digit', 'no'],
  ['de første seks månedene', 'no', 'seks månedene', 6, 'month', 6, 'word', 'no'],
  ['tolv måneders karantene', 'no', 'tolv måneders', 12, 'month', 12, 'word', 'no'],
  ['to og et halvt år', 'no', 'to og et halvt år', 2.5, 'year', 30, 'word', 'no'],
  ['ett og et halvt år', 'no', 'ett og et halvt år', 1.5, 'year', 18, 'word', 'no'],
  ['syv dager', 'no', 'syv dager', 7, 'day', 7 * D, 'word', 'no'],
  ['sju år', 'no', 'sju år', 7, 'year', 84, 'word', 'no'],
  ['tjue måneder', 'no', 'tjue måneder', 20, 'month', 20, 'word', 'no'],
  ['ti (10) dager', 'no', 'ti (10) dager', 10, 'day', 10 * D, 'word-digit', 'no'],
  ['Tre år', 'no', 'Tre år', 3, 'year', 36, 'word', 'no'],
  ['en 12-måneders periode', 'no', '12-måneders', 12, 'month', 12, 'digit', 'no'],
  ['2 (to) år', 'no', '2 (to) år', 2, 'year', 24, 'digit-word', 'no'],
  ['i tre år.', undefined, 'tre år', 3, 'year', 36, 'word', 'no'],
  // ----- en
  ['two (2) years', 'en', 'two (2) years', 2, 'year', 24, 'word-digit', 'en'],
  ['24 months', 'en', '24 months', 24, 'month', 24, 'digit', 'en'],
  ['eighteen (18) months', 'en', 'eighteen (18) months', 18, 'month', 18, 'word-digit', 'en'],
  ['12 months', undefined, '12 months', 12, 'month', 12, 'digit', 'en'],
  ['one year', 'en', 'one year', 1, 'year', 12, 'word', 'en'],
  ['six months', 'en', 'six months', 6, 'month', 6, 'word', 'en'],
  ['for a year after', 'en', 'a year', 1, 'year', 12, 'word', 'en'],
  ['a month', 'en', 'a month', 1, 'month', 1, 'word', 'en'],
  ['for a year and a half', 'en', 'a year and a half', 1.5, 'year', 18, 'word', 'en'],
  ['one and a half years', 'en', 'one and a half years', 1.5, 'year', 18, 'word', 'en'],
  ['for half a year', 'en', 'half a year', 0.5, 'year', 6, 'word', 'en'],
  ['1.5 years', 'en', '1.5 years', 1.5, 'year', 18, 'digit', 'en'],
  ['twenty-four months', 'en', 'twenty-four months', 24, 'month', 24, 'word', 'en'],
  ['twenty four months', 'en', 'twenty four months', 24, 'month', 24, 'word', 'en'],
  ['thirty-six (36) months', 'en', 'thirty-six (36) months', 36, 'month', 36, 'word-digit', 'en'],
  ['a 12-month period', 'en', '12-month', 12, 'month', 12, 'digit', 'en'],
  ['a twelve-month period', 'en', 'twelve-month', 12, 'month', 12, 'word', 'en'],
  ['within 5 business days', 'en', '5 business days', 5, 'day', 5 * D, 'digit', 'en'],
  ['10 working days', 'en', '10 working days', 10, 'day', 10 * D, 'digit', 'en'],
  ['two weeks', 'en', 'two weeks', 2, 'week', 2 * W, 'word', 'en'],
  ['1 day', 'en', '1 day', 1, 'day', D, 'digit', 'en'],
  ['twelve (12) calendar months', 'en', 'twelve (12) calendar months', 12, 'month', 12, 'word-digit', 'en'],
  ['two years and a half', 'en', 'two years and a half', 2.5, 'year', 30, 'word', 'en'],
  ['a half year', 'en', 'a half year', 0.5, 'year', 6, 'word', 'en'],
  ["on two years' notice", 'en', 'two years', 2, 'year', 24, 'word', 'en'],
  ['for a period of 6 months following the Termination Date', 'en', '6 months', 6, 'month', 6, 'digit', 'en'],
  ['Two (2) Years', 'en', 'Two (2) Years', 2, 'year', 24, 'word-digit', 'en'],
  ['2 (two) years', 'en', '2 (two) years', 2, 'year', 24, 'digit-word', 'en'],
  ['2 and a half years', 'en', '2 and a half years', 2.5, 'year', 30, 'digit', 'en'],
  ['1 week', 'en', '1 week', 1, 'week', W, 'digit', 'en'],
];

/** [text, document language or undefined]: no duration at all. */
const negatives: [string, Lang | undefined][] = [
  ['artikel 12', 'nl'],
  ['§ 14 A-1', 'no'],
  ['lid 2', 'nl'],
  ['€ 10.000', 'nl'],
  ['kr 100 000', 'no'],
  ['8 G', 'no'],
  ['50 km', undefined],
  ['70 %', undefined],
  ['1 januari 2026', 'nl'],
  ['1 January 2026', 'en'],
  ['om 10:30 uur', 'nl'],
  ['jaarlijks', 'nl'],
  ['maandelijks', 'nl'],
  ['€ 500 per maand', 'nl'],
  ['yearly', 'en'],
  ['monthly salary', 'en'],
  ['het jaarsalaris', 'nl'],
  ['månedslønn', 'no'],
  ['the yearbook', 'en'],
  ['dagelijks', 'nl'],
  ['komen opdagen', 'nl'],
  ['per år', 'no'],
  ['every year', 'en'],
  ['in the year 2026', 'en'],
  ['12jaar', 'nl'],
  ['de 13e maand', 'nl'],
  ['den 3. måned', 'no'],
  ["six months' salary", 'en'],
  ['tre måneders lønn', 'no'],
  ['drie maanden salaris', 'nl'],
  ['from month to month', 'en'],
  ['uren en dagen', 'nl'],
  ['up to years', 'en'],
  ['A1 jaar', 'nl'],
  ['1.2.3 jaar', 'nl'],
  ['voor onbepaalde tijd', 'nl'],
  ['for an unlimited period', 'en'],
  ['twee', 'nl'],
  ['jaar', 'nl'],
  ['twice a year', 'en'],
  ['once a month', 'en'],
  ['£500 a month', 'en'],
  ['a salary of £50,000 a year', 'en'],
  ['40 hours a week', 'en'],
];

describe('extractDurations: phrasings', () => {
  it('has enough phrasings', () => {
    expect(positives.length).toBeGreaterThanOrEqual(80);
    expect(negatives.length).toBeGreaterThanOrEqual(15);
  });

  it.each(positives)('%j (%s) → %j', (text, lang, match, amount, unit, months, style, unitLang) => {
    const found = extractDurations(text, lang);
    expect(found).toHaveLength(1);
    const [d] = found;
    expect(text.slice(d.start, d.end)).toBe(match);
    expect(d.text).toBe(match);
    expect(d.amount).toBeCloseTo(amount, 10);
    expect(d.unit).toBe(unit);
    expect(d.months).toBeCloseTo(months, 10);
    expect(d.style).toBe(style);
    expect(d.lang).toBe(unitLang);
    // Without a document language the result is the same (the language only breaks ties).
    if (lang) expect(extractDurations(text).map((x) => [x.start, x.end, x.amount, x.unit])).toEqual([[d.start, d.end, d.amount, d.unit]]);
  });

  it.each(negatives)('%j (%s) → nothing', (text, lang) => {
    expect(extractDurations(text, lang)).toEqual([]);
  });
});

describe('extractDurations: documents', () => {
  it('finds every duration, in order, with offsets into the text', () => {
    const text = 'Het beding geldt één jaar en zes maanden; de boete bedraagt € 500 per dag, na 2 (twee) jaren vervalt het.';
    const found = extractDurations(text, 'nl');
    expect(found.map((d) => text.slice(d.start, d.end))).toEqual(['één jaar', 'zes maanden', '2 (twee) jaren']);
    expect(found.map((d) => d.months)).toEqual([12, 6, 24]);
  });

  it('keeps offsets right after astral characters and combining marks', () => {
    const text = '😀 e\u0301e\u0301n jaar en 😀 to år';
    const found = extractDurations(text);
    expect(found.map((d) => text.slice(d.start, d.end))).toEqual(['e\u0301e\u0301n jaar', 'to år']);
    expect(found[0].amount).toBe(1);
  });

  it('reads a Norwegian number word with an ambiguous unit as Norwegian only without a Dutch document language', () => {
    expect(extractDurations('uren en dagen').map((d) => [d.amount, d.unit, d.lang])).toEqual([[1, 'day', 'no']]);
    expect(extractDurations('uren en dagen', 'nl')).toEqual([]);
    // a unit word that is only Norwegian is still accepted in a Dutch document
    expect(extractDurations('en måned', 'nl').map((d) => d.lang)).toEqual(['no']);
  });

  it('uses the document language for a unit word shared by two languages', () => {
    expect(extractDurations('2 week', 'en')[0].lang).toBe('en');
    expect(extractDurations('2 week', 'nl')[0].lang).toBe('nl');
    expect(extractDurations('3 dagen', 'no')[0].lang).toBe('no');
    expect(extractDurations('3 dagen')[0].lang).toBe('nl');
  });

  it('rejects number words and unit words of different languages', () => {
    expect(extractDurations('twee years')).toEqual([]);
    expect(extractDurations('two jaar')).toEqual([]);
    expect(extractDurations('fire days')).toEqual([]);
  });

  it('keeps the period and drops the rate in "one day a week"', () => {
    const text = 'one day a week for a year';
    expect(extractDurations(text, 'en').map((d) => text.slice(d.start, d.end))).toEqual(['one day', 'a year']);
  });

  it('takes the word when the parenthesised digits disagree (words prevail)', () => {
    expect(extractDurations('twee (3) jaar', 'nl')[0].amount).toBe(2);
    expect(extractDurations('3 (twee) jaar', 'nl')[0].amount).toBe(2);
  });

  it('recognises every number word 1..60 it can write, in every language', () => {
    const units: Record<Lang, string> = { nl: 'maanden', no: 'måneder', en: 'months' };
    for (const lang of ['nl', 'no', 'en'] as Lang[]) {
      for (let n = 1; n <= 60; n++) {
        const text = `${numberWord(n, lang, 'common')} ${units[lang]}`;
        const found = extractDurations(text, lang);
        expect(found.map((d) => [d.amount, d.unit, d.start, d.end]), text).toEqual([[n, 'month', 0, text.length]]);
      }
    }
  });
});

describe('numberWord', () => {
  it.each([
    [1, 'nl', 'één'],
    [2, 'nl', 'twee'],
    [12, 'nl', 'twaalf'],
    [18, 'nl', 'achttien'],
    [21, 'nl', 'eenentwintig'],
    [22, 'nl', 'tweeëntwintig'],
    [24, 'nl', 'vierentwintig'],
    [36, 'nl', 'zesendertig'],
    [48, 'nl', 'achtenveertig'],
    [60, 'nl', 'zestig'],
    [1, 'no', 'ett'],
    [2, 'no', 'to'],
    [12, 'no', 'tolv'],
    [18, 'no', 'atten'],
    [24, 'no', 'tjuefire'],
    [36, 'no', 'trettiseks'],
    [1, 'en', 'one'],
    [12, 'en', 'twelve'],
    [24, 'en', 'twenty-four'],
    [36, 'en', 'thirty-six'],
  ] as [number, Lang, string][])('%i %s → %s', (n, lang, word) => {
    expect(numberWord(n, lang)).toBe(word);
  });

  it('handles Norwegian gender and the range', () => {
    expect(numberWord(1, 'no', 'common')).toBe('en');
    expect(numberWord(1, 'no', 'neuter')).toBe('ett');
    expect(numberWord(0, 'nl')).toBeUndefined();
    expect(numberWord(1.5, 'en')).toBeUndefined();
    expect(numberWord(100, 'en')).toBeUndefined();
  });
});

describe('formatDuration', () => {
  const like = (phrase: string, lang?: Lang): Duration => {
    const [d] = extractDurations(phrase, lang);
    if (!d) throw new Error(`no duration in ${phrase}`);
    return d;
  };

  it.each([
    ['drie (3) jaar', 'nl', 12, 'één (1) jaar'],
    ['36 maanden', 'nl', 12, '12 maanden'],
    ['eighteen (18) months', 'en', 12, 'twelve (12) months'],
    ['to år', 'no', 12, 'ett år'],
    ['two (2) years', 'en', 24, 'two (2) years'],
    ['36 maanden', 'nl', 24, '24 maanden'],
    ['drie jaren', 'nl', 24, 'twee jaren'],
    ['drie jaren', 'nl', 12, 'één jaar'],
    ['drie jaar', 'nl', 24, 'twee jaar'],
    ['drie (3) jaar', 'nl', 18, 'achttien (18) maanden'],
    ['Twee (2) jaar', 'nl', 12, 'Eén (1) jaar'],
    ['TWEE (2) JAAR', 'nl', 12, 'ÉÉN (1) JAAR'],
    ['2 (twee) jaren', 'nl', 12, '1 (één) jaar'],
    ['een jaar', 'nl', 12, 'een jaar'],
    ['anderhalf jaar', 'nl', 12, 'één jaar'],
    ['to år', 'no', 1, 'en måned'],
    ['tre år', 'no', 18, 'atten måneder'],
    ['atten måneder', 'no', 12, 'tolv måneder'],
    ['tjuefire (24) måneder', 'no', 12, 'tolv (12) måneder'],
    ['18 måneder', 'no', 12, '12 måneder'],
    ['de tjuefire månedene', 'no', 12, 'tolv månedene'],
    ['tolv måneders', 'no', 6, 'seks måneders'],
    ['24 mnd.', 'no', 12, '12 mnd.'],
    ['et halvt år', 'no', 12, 'ett år'],
    ['et år', 'no', 12, 'et år'],
    ['Tre år', 'no', 12, 'Ett år'],
    ['two years', 'en', 12, 'one year'],
    ['three years', 'en', 36, 'three years'],
    ['a year and a half', 'en', 12, 'one year'],
    ['a year', 'en', 24, 'two years'],
    ['a year', 'en', 12, 'a year'],
    ['24 months', 'en', 1, '1 month'],
    ['Three (3) years', 'en', 12, 'One (1) year'],
    ['a 24-month period', 'en', 12, '12-month'],
    ['en 24-måneders periode', 'no', 12, '12-måneders'],
    ['6 mnd', 'nl', 12, '12 mnd'],
    ['12 calendar months', 'en', 6, '6 calendar months'],
    ['two (2) years', 'en', 18, 'eighteen (18) months'],
  ] as [string, Lang, number, string][])('%j (%s) with %i months → %j', (phrase, lang, months, expected) => {
    expect(formatDuration(months, like(phrase, lang))).toBe(expected);
  });

  it('works on a Duration built by hand (no text)', () => {
    const base = { start: 0, end: 0, amount: 2, months: 24 };
    expect(formatDuration(12, { ...base, unit: 'year', lang: 'no', style: 'word' })).toBe('ett år');
    expect(formatDuration(12, { ...base, unit: 'year', lang: 'nl', style: 'word-digit' })).toBe('één (1) jaar');
    expect(formatDuration(24, { ...base, unit: 'year', lang: 'nl', style: 'word' })).toBe('twee jaar');
    expect(formatDuration(6, { ...base, unit: 'month', lang: 'en', style: 'digit-word' })).toBe('6 (six) months');
  });

  it('round-trips: the formatted text is found again with the new length', () => {
    for (const phrase of ['drie (3) jaar', 'tjuefire måneder', 'Eighteen (18) months', '2 (twee) jaren', 'a 24-month']) {
      const d = like(phrase);
      for (const months of [1, 6, 12, 24]) {
        const out = formatDuration(months, d);
        const [again] = extractDurations(out, d.lang);
        expect(again?.months, `${phrase} → ${out}`).toBeCloseTo(months, 10);
        expect(again.style).toBe(d.style);
        expect(again.start === 0 && again.end === out.length).toBe(true);
      }
    }
  });
});

describe('extractDurations: performance on adversarial input', () => {
  const N = 100_000;
  const inputs: [string, string][] = [
    ['"twee " repeated', 'twee '.repeat(N / 5)],
    ['"1" repeated', '1'.repeat(N)],
    ['"jaar " repeated', 'jaar '.repeat(N / 5)],
    ['"twee (2) " repeated', 'twee (2) '.repeat(N / 9)],
    ['"1." repeated', '1.'.repeat(N / 2)],
    ['"111 " repeated', '111 '.repeat(N / 4)],
    ['"a year and a " repeated', 'a year and a '.repeat(N / 13)],
    ['"twenty-" repeated', 'twenty-'.repeat(N / 7)],
    ['"(" repeated', '('.repeat(N)],
    ['"half a " repeated', 'half a '.repeat(N / 7)],
    ['"en og et " repeated', 'en og et '.repeat(N / 9)],
    ['spaces then "jaar"', ' '.repeat(N) + 'jaar'],
    ['"twee (2) jaar " repeated (all matches)', 'twee (2) jaar '.repeat(N / 14)],
  ];

  it.each(inputs)('%s (100,000 characters) finishes quickly', (name, input) => {
    extractDurations(input.slice(0, 1000)); // warm up
    const t0 = performance.now();
    const found = extractDurations(input);
    const ms = performance.now() - t0;
    console.log(`durations perf: ${name}: ${input.length} chars, ${found.length} durations, ${ms.toFixed(1)} ms`);
    expect(ms).toBeLessThan(1000);
  });
});
