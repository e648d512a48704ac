/**
 * Durations in employment contracts: "twee (2) jaar", "18 måneder", "a year and a half", "36 maanden".
 *
 * extractDurations() finds every duration phrase in a text (nl, no, en; number words and digits);
 * formatDuration() writes a new duration in the style of a found one, for fixes
 * ("drie (3) jaar" + 12 months → "één (1) jaar").
 *
 * The text is split once into tokens (letter runs, ASCII digit runs, single other characters) and a small
 * hand-written parser tries a bounded number of tokens at each token. No regex backtracks over more than
 * one token, so extraction is linear in the length of the text, also for adversarial input.
 */
import type { Lang } from './types';

export type DurationUnit = 'day' | 'week' | 'month' | 'year';

export interface Duration {
  /** Offsets in the given text of the whole duration phrase, e.g. "twee (2) jaar", "a year and a half". */
  start: number;
  end: number;
  /** 2, 18, 1.5 ... */
  amount: number;
  unit: DurationUnit;
  /** Normalised: year = 12, month = 1, week = 12/52, day = 12/365. */
  months: number;
  /** Language of the unit word. */
  lang: Lang;
  /** How the number was written, so a fix can keep the style. */
  style: 'word' | 'digit' | 'word-digit' | 'digit-word';
  /**
   * The matched phrase, text.slice(start, end). Set by extractDurations; formatDuration reads it to keep the
   * noun form ("jaren", "månedene", "mnd."), the article ("a year", "et år"), a hyphen ("12-month") and the
   * capitalisation. Optional so that callers may build a Duration by hand.
   */
  text?: string;
}

const MONTHS_PER_UNIT: Record<DurationUnit, number> = { year: 12, month: 1, week: 12 / 52, day: 12 / 365 };

// ---------------------------------------------------------------------------------------------
// Number words

const NL_SMALL = [
  '', 'één', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien',
  'elf', 'twaalf', 'dertien', 'veertien', 'vijftien', 'zestien', 'zeventien', 'achttien', 'negentien',
];
const NL_TENS = ['', '', 'twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig'];

const NO_SMALL = [
  '', 'ett', 'to', 'tre', 'fire', 'fem', 'seks', 'sju', 'åtte', 'ni', 'ti',
  'elleve', 'tolv', 'tretten', 'fjorten', 'femten', 'seksten', 'sytten', 'atten', 'nitten',
];
const NO_TENS = ['', '', 'tjue', 'tretti', 'førti', 'femti', 'seksti', 'sytti', 'åtti', 'nitti'];

const EN_SMALL = [
  '', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** Dutch compound: "eenentwintig", "tweeëntwintig", "vierentwintig". */
function nlCompound(unit: string, tens: string): string {
  return unit + (unit.endsWith('e') && unit !== 'een' ? 'ën' : 'en') + tens;
}

/**
 * Cardinal number word for 1..99 (undefined otherwise). Norwegian 1 is "ett" (neuter, as in "ett år") unless
 * gender is 'common' ("en måned"); Dutch 1 is "één".
 */
export function numberWord(n: number, lang: Lang, gender: 'neuter' | 'common' = 'neuter'): string | undefined {
  if (!Number.isInteger(n) || n < 1 || n > 99) return undefined;
  const tens = Math.floor(n / 10);
  const unit = n % 10;
  switch (lang) {
    case 'nl':
      if (n < 20) return NL_SMALL[n];
      return unit === 0 ? NL_TENS[tens] : nlCompound(unit === 1 ? 'een' : NL_SMALL[unit], NL_TENS[tens]);
    case 'no':
      if (n === 1) return gender === 'common' ? 'en' : 'ett';
      if (n < 20) return NO_SMALL[n];
      return NO_TENS[tens] + (unit === 0 ? '' : unit === 1 ? 'en' : NO_SMALL[unit]);
    case 'en':
      if (n < 20) return EN_SMALL[n];
      return EN_TENS[tens] + (unit === 0 ? '' : '-' + EN_SMALL[unit]);
  }
}

interface NumEntry {
  value: number;
  lang: Lang;
  /** "a", "een", "en", "et", "ei": can be followed by a half word ("een half jaar", "et halvt år"). */
  article?: boolean;
  /** The word itself contains a half: "anderhalf", "halvannet", "tweeënhalf". */
  half?: boolean;
  /** English tens word that may take a units word after a hyphen or space: "twenty-four". */
  enTens?: boolean;
}

/** All readings of one spelling, precomputed so that the scanner allocates nothing for a non-match. */
interface NumWord {
  value: number;
  langs: Lang[];
  /** Languages in which the word is an article that can take a half word. */
  articleLangs: Lang[];
  half: boolean;
  /** English tens word ("twenty"). */
  enTens: boolean;
  /** English units word 1..9 that can follow a tens word. */
  enUnit: boolean;
}

const NUMBER_WORDS = new Map<string, NumWord>();
function addNumber(word: string, entry: NumEntry): void {
  const key = word.normalize('NFC');
  let w = NUMBER_WORDS.get(key);
  if (!w) {
    w = { value: entry.value, langs: [], articleLangs: [], half: false, enTens: false, enUnit: false };
    NUMBER_WORDS.set(key, w);
  } else if (w.value !== entry.value) {
    throw new Error(`durations: "${key}" has two values`);
  }
  if (!w.langs.includes(entry.lang)) w.langs.push(entry.lang);
  if (entry.article && !w.articleLangs.includes(entry.lang)) w.articleLangs.push(entry.lang);
  if (entry.half) w.half = true;
  if (entry.enTens) w.enTens = true;
  if (entry.lang === 'en' && !entry.article && entry.value >= 1 && entry.value <= 9) w.enUnit = true;
}

// Dutch
for (let n = 2; n < 20; n++) addNumber(NL_SMALL[n], { value: n, lang: 'nl' });
for (const w of ['één', 'een', 'eén', 'éen']) addNumber(w, { value: 1, lang: 'nl', article: true });
for (let t = 2; t <= 9; t++) {
  addNumber(NL_TENS[t], { value: t * 10, lang: 'nl' });
  for (let u = 1; u <= 9; u++) {
    const unitWords = u === 1 ? ['een', 'één'] : [NL_SMALL[u]];
    for (const uw of unitWords) {
      const forms = new Set([nlCompound(uw, NL_TENS[t]), uw + 'en' + NL_TENS[t], uw + 'ën' + NL_TENS[t]]);
      for (const f of forms) addNumber(f, { value: t * 10 + u, lang: 'nl' });
    }
  }
}
for (const w of ['anderhalf', 'anderhalve']) addNumber(w, { value: 1.5, lang: 'nl', half: true });
for (let n = 1; n <= 20; n++) {
  const unitWords = n === 1 ? ['een', 'één'] : [NL_SMALL[n]];
  for (const uw of unitWords) {
    for (const joint of ['en', 'ën']) {
      for (const half of ['half', 'halve']) addNumber(uw + joint + half, { value: n + 0.5, lang: 'nl', half: true });
    }
  }
}
// Norwegian
for (let n = 2; n < 20; n++) addNumber(NO_SMALL[n], { value: n, lang: 'no' });
addNumber('syv', { value: 7, lang: 'no' });
for (const w of ['en', 'ett', 'et', 'ei']) addNumber(w, { value: 1, lang: 'no', article: true });
{
  const tensForms: [number, string][] = NO_TENS.map((w, t) => [t, w] as [number, string]).filter(([t]) => t >= 2);
  tensForms.push([2, 'tyve'], [3, 'tredve']);
  const unitForms: [number, string][] = [[1, 'en'], [1, 'ett']];
  for (let u = 2; u <= 9; u++) unitForms.push([u, NO_SMALL[u]]);
  unitForms.push([7, 'syv']);
  for (const [t, tw] of tensForms) {
    addNumber(tw, { value: t * 10, lang: 'no' });
    for (const [u, uw] of unitForms) addNumber(tw + uw, { value: t * 10 + u, lang: 'no' });
  }
}
for (const w of ['halvannet', 'halvannen']) addNumber(w, { value: 1.5, lang: 'no', half: true });
// English (compounds "twenty-four" / "twenty four" are joined by the parser)
for (let n = 1; n < 20; n++) addNumber(EN_SMALL[n], { value: n, lang: 'en' });
for (let t = 2; t <= 9; t++) addNumber(EN_TENS[t], { value: t * 10, lang: 'en', enTens: true });
addNumber('a', { value: 1, lang: 'en', article: true });

/** Half words after an article ("een half jaar", "et halvt år", "a half year") or alone (nl, no). */
const HALF_WORDS = new Map<string, Lang>([
  ['half', 'nl'],
  ['halve', 'nl'],
  ['halvt', 'no'],
  ['halv', 'no'],
]);

// ---------------------------------------------------------------------------------------------
// Unit words

/** Noun form of a unit word, so a fix can write the same form. */
type UnitForm = 'sg' | 'pl' | 'def' | 'defpl' | 'gen' | 'genpl' | 'abbr';

interface UnitEntry {
  unit: DurationUnit;
  lang: Lang;
  form: UnitForm;
}

const UNIT_WORDS = new Map<string, UnitEntry[]>();
function addUnits(lang: Lang, unit: DurationUnit, forms: Partial<Record<UnitForm, string[]>>): void {
  for (const [form, words] of Object.entries(forms) as [UnitForm, string[]][]) {
    for (const w of words) {
      const key = w.normalize('NFC');
      const list = UNIT_WORDS.get(key) ?? [];
      list.push({ unit, lang, form });
      UNIT_WORDS.set(key, list);
    }
  }
}

addUnits('nl', 'year', { sg: ['jaar', 'kalenderjaar'], pl: ['jaren', 'kalenderjaren'] });
addUnits('nl', 'month', { sg: ['maand', 'kalendermaand'], pl: ['maanden', 'kalendermaanden'] });
addUnits('nl', 'week', { sg: ['week', 'kalenderweek'], pl: ['weken', 'kalenderweken'] });
addUnits('nl', 'day', { sg: ['dag', 'werkdag', 'kalenderdag'], pl: ['dagen', 'werkdagen', 'kalenderdagen'] });

addUnits('no', 'year', { sg: ['år', 'kalenderår'], def: ['året'], defpl: ['årene'], gen: ['års'] });
addUnits('no', 'month', {
  sg: ['måned', 'kalendermåned'],
  pl: ['måneder', 'kalendermåneder'],
  def: ['måneden'],
  defpl: ['månedene'],
  gen: ['måneds'],
  genpl: ['måneders'],
  abbr: ['mnd'],
});
addUnits('no', 'week', { sg: ['uke'], pl: ['uker'], def: ['uken', 'uka'], defpl: ['ukene'], gen: ['ukes'], genpl: ['ukers'] });
addUnits('no', 'day', {
  sg: ['dag', 'døgn', 'virkedag', 'arbeidsdag', 'kalenderdag'],
  pl: ['dager', 'virkedager', 'arbeidsdager', 'kalenderdager'],
  def: ['dagen', 'døgnet'],
  defpl: ['dagene'],
  genpl: ['dagers', 'døgns', 'virkedagers', 'arbeidsdagers'],
});

// "mnd" is registered after the Norwegian one: without a document language, "12 mnd." reads as Norwegian.
addUnits('nl', 'month', { abbr: ['mnd'] });

addUnits('en', 'year', { sg: ['year'], pl: ['years'] });
addUnits('en', 'month', { sg: ['month'], pl: ['months'] });
addUnits('en', 'week', { sg: ['week'], pl: ['weeks'] });
addUnits('en', 'day', { sg: ['day'], pl: ['days'] });

/** English words between the number and the unit: "5 business days", "12 calendar months". */
const EN_UNIT_MODIFIERS = new Set(['calendar', 'business', 'working', 'consecutive', 'full', 'clear']);

/**
 * Words after a unit that make the phrase an amount of pay rather than a period: "six months' salary",
 * "tre måneders lønn", "drie maanden salaris".
 */
const PAY_WORDS = new Set([
  'salary', 'pay', 'wage', 'wages', 'remuneration', 'earnings', 'compensation',
  'salaris', 'loon', 'brutoloon', 'brutosalaris', 'bezoldiging',
  'lønn', 'fastlønn', 'grunnlønn', 'gasje', 'godtgjørelse', 'vederlag',
]);

/**
 * Words before English "a" that make "a year", "a month" a rate rather than a period: "twice a year",
 * "40 hours a week", "£500 a month" (a number before "a" counts too).
 */
const EN_RATE_WORDS = new Set([
  'once', 'twice', 'thrice', 'times', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months',
  'pound', 'pounds', 'euro', 'euros', 'dollar', 'dollars', 'krone', 'kroner', 'gbp', 'eur', 'usd', 'nok', 'k',
]);

// ---------------------------------------------------------------------------------------------
// Tokens

/** Token kinds. Not 0: a typed array reads 0 past the last token. */
const Kind = {
  /** Letters (with combining marks). */
  Word: 1,
  /** ASCII digits. */
  Digit: 2,
  /** Other numeric characters (½, ², Arabic-Indic digits): alphanumeric for word boundaries only. */
  OtherNumber: 3,
  /** Any other single non-space character. */
  Punct: 4,
} as const;
type Kind = (typeof Kind)[keyof typeof Kind];

/** Character class for the tokenizer: white space, or the kind of token the character belongs to. */
const SPACE = 0;
type CharClass = Kind | typeof SPACE;

const nonAsciiClass = new Map<number, CharClass>();
function classify(cp: number): CharClass {
  if (cp < 128) {
    if ((cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90)) return Kind.Word;
    if (cp >= 48 && cp <= 57) return Kind.Digit;
    if (cp === 32 || (cp >= 9 && cp <= 13)) return SPACE;
    return Kind.Punct;
  }
  let c = nonAsciiClass.get(cp);
  if (c === undefined) {
    const ch = String.fromCodePoint(cp);
    c = /[\p{L}\p{M}]/u.test(ch) ? Kind.Word
      : /\p{N}/u.test(ch) ? Kind.OtherNumber
      : /\s/u.test(ch) ? SPACE
      : Kind.Punct;
    nonAsciiClass.set(cp, c);
  }
  return c;
}

/** Longest word in any word list: longer tokens are not looked up (a decomposed spelling may be twice as long). */
const MAX_KEY_LENGTH = Math.max(
  ...[NUMBER_WORDS.keys(), UNIT_WORDS.keys(), HALF_WORDS.keys(), EN_UNIT_MODIFIERS, PAY_WORDS, EN_RATE_WORDS].flatMap((keys) => [...keys].map((k) => k.length)),
);

const ASCII_CLASS = new Uint8Array(128);
for (let cp = 0; cp < 128; cp++) ASCII_CLASS[cp] = classify(cp);

class Tokens {
  starts: Int32Array;
  ends: Int32Array;
  kinds: Uint8Array;
  readonly length: number;
  /** text.toLowerCase() when that keeps every offset, else undefined. */
  private readonly lowerText: string | undefined;

  readonly text: string;

  constructor(text: string) {
    this.text = text;
    const n = text.length;
    let capacity = Math.min(n, 1024) + 1;
    let starts = new Int32Array(capacity);
    let ends = new Int32Array(capacity);
    let kinds = new Uint8Array(capacity);
    let count = 0;
    let p = 0;
    while (p < n) {
      let width = 1;
      let c: CharClass;
      const code = text.charCodeAt(p);
      if (code < 128) c = ASCII_CLASS[code] as CharClass;
      else {
        const cp = text.codePointAt(p)!;
        if (cp > 0xffff) width = 2;
        c = classify(cp);
      }
      if (c === SPACE) {
        p += width;
        continue;
      }
      const start = p;
      p += width;
      if (c !== Kind.Punct) {
        // a run of letters (with combining marks), of ASCII digits, or of other numeric characters
        while (p < n) {
          const next = text.charCodeAt(p);
          if (next < 128) {
            if (ASCII_CLASS[next] !== c) break;
            p++;
          } else {
            const cp = text.codePointAt(p)!;
            if (classify(cp) !== c) break;
            p += cp > 0xffff ? 2 : 1;
          }
        }
      }
      if (count === capacity) {
        capacity *= 2;
        const s2 = new Int32Array(capacity);
        s2.set(starts);
        starts = s2;
        const e2 = new Int32Array(capacity);
        e2.set(ends);
        ends = e2;
        const k2 = new Uint8Array(capacity);
        k2.set(kinds);
        kinds = k2;
      }
      starts[count] = start;
      ends[count] = p;
      kinds[count] = c;
      count++;
    }
    this.starts = starts;
    this.ends = ends;
    this.kinds = kinds;
    this.length = count;
    const lower = text.toLowerCase();
    this.lowerText = lower.length === n ? lower : undefined;
  }

  raw(i: number): string {
    return this.text.slice(this.starts[i], this.ends[i]);
  }

  /** Lower-cased, NFC-normalised token text; '' for a word too long to be in any word list. */
  low(i: number): string {
    const a = this.starts[i];
    const b = this.ends[i];
    if (b - a > MAX_KEY_LENGTH * 2) return '';
    let v = this.lowerText !== undefined ? this.lowerText.slice(a, b) : this.text.slice(a, b).toLowerCase();
    for (let p = 0; p < v.length; p++) {
      if (v.charCodeAt(p) >= 0x300) {
        v = v.normalize('NFC');
        break;
      }
    }
    return v;
  }

  isAlnum(i: number): boolean {
    return i >= 0 && i < this.length && this.kinds[i] !== Kind.Punct;
  }

  isPunct(i: number, chars: string): boolean {
    return i >= 0 && i < this.length && this.kinds[i] === Kind.Punct && chars.includes(this.text[this.starts[i]]);
  }

  /** Token i+1 touches token i. */
  adjacent(i: number): boolean {
    return i + 1 < this.length && this.ends[i] === this.starts[i + 1];
  }

  /** Only white space, and at most one line break, between token i and token i+1. */
  spaced(i: number): boolean {
    if (i < 0 || i + 1 >= this.length) return false;
    const a = this.ends[i];
    const b = this.starts[i + 1];
    if (b === a) return false;
    if (b - a === 1) return true;
    let breaks = 0;
    for (let p = a; p < b; p++) {
      if (this.text.charCodeAt(p) === 10 && ++breaks > 1) return false;
    }
    return true;
  }

  /** Token i+1 follows token i directly or after white space (for parentheses). */
  near(i: number): boolean {
    return this.adjacent(i) || this.spaced(i);
  }

  /** Token i is the word w (case-insensitive) and follows token i-1 after a space. */
  wordAfter(i: number, words: readonly string[]): boolean {
    return i < this.length && this.kinds[i] === Kind.Word && this.spaced(i - 1) && words.includes(this.low(i));
  }
}

// ---------------------------------------------------------------------------------------------
// Parser

interface NumberCore {
  value: number;
  /** Languages of the number word; null for digits. */
  langs: Lang[] | null;
  kind: 'word' | 'digit';
  /** Last token of the number. */
  last: number;
  article: boolean;
  half: boolean;
}

interface UnitMatch {
  unit: DurationUnit;
  entries: UnitEntry[];
  /** First token of the unit phrase (a modifier such as "calendar", else the noun). */
  first: number;
  noun: number;
  /** Last token including an abbreviation dot. */
  last: number;
}

/** Internal detail of a match, used by formatDuration to keep the form of the original. */
interface MatchDetail {
  duration: Duration;
  firstNumberWord?: string;
  article: boolean;
  hyphen: boolean;
  modifier?: string;
  form: UnitForm;
  unitRaw: string;
}

const DECIMAL_OR_TIME = '.,:/';
const EN: Lang[] = ['en'];

function parseDigits(tk: Tokens, i: number): NumberCore | undefined {
  const { text } = tk;
  // Not inside a larger alphanumeric run ("A1", "1e"), a decimal or time ("1.5", "10:30"), or a grouped number.
  if (i > 0 && tk.adjacent(i - 1)) {
    if (tk.isAlnum(i - 1)) return undefined;
    if (tk.isPunct(i - 1, DECIMAL_OR_TIME) && i > 1 && tk.adjacent(i - 2) && tk.kinds[i - 2] === Kind.Digit) return undefined;
  }
  const digits = tk.raw(i);
  if (
    digits.length === 3 && i > 0 && tk.kinds[i - 1] === Kind.Digit && tk.ends[i - 1] + 1 === tk.starts[i] &&
    tk.ends[i - 1] - tk.starts[i - 1] <= 3 && /[ \u00a0\u202f]/.test(text[tk.ends[i - 1]])
  ) {
    return undefined; // "kr 100 000"
  }
  if (digits.length > 7) return undefined;
  let value = Number(digits);
  let last = i;
  if (tk.adjacent(i) && tk.isPunct(i + 1, '.,') && tk.adjacent(i + 1) && tk.kinds[i + 2] === Kind.Digit) {
    const frac = tk.raw(i + 2);
    if (frac.length <= 2) {
      value = Number(`${digits}.${frac}`);
      last = i + 2;
    } else if (frac.length === 3 && digits.length <= 3) {
      // Thousands grouping: "10.000", "1,000,000" (at most four groups).
      const sep = text[tk.starts[i + 1]];
      let groups = digits;
      let j = i;
      for (let g = 0; g < 4; g++) {
        if (tk.adjacent(j) && tk.isPunct(j + 1, sep) && tk.adjacent(j + 1) && tk.kinds[j + 2] === Kind.Digit && tk.raw(j + 2).length === 3) {
          groups += tk.raw(j + 2);
          j += 2;
        } else break;
      }
      value = Number(groups);
      last = j;
    } else {
      return undefined;
    }
  }
  // Not followed by letters or digits ("1e", "12jaar") or by more of a number ("1.2.3", "10:30").
  if (tk.adjacent(last)) {
    if (tk.isAlnum(last + 1)) return undefined;
    if (tk.isPunct(last + 1, DECIMAL_OR_TIME) && tk.adjacent(last + 1) && tk.isAlnum(last + 2)) return undefined;
  }
  return { value, langs: null, kind: 'digit', last, article: false, half: false };
}

function parseWordNumber(tk: Tokens, i: number): NumberCore | undefined {
  if (i > 0 && tk.adjacent(i - 1) && tk.isAlnum(i - 1)) return undefined;
  const w = tk.low(i);
  const word = NUMBER_WORDS.get(w);
  if (word) {
    let core: NumberCore = {
      value: word.value, langs: word.langs, kind: 'word', last: i, article: word.articleLangs.length > 0, half: word.half,
    };
    // "twenty-four", "twenty four"
    if (word.enTens) {
      let j = -1;
      if (tk.adjacent(i) && tk.isPunct(i + 1, '-') && tk.adjacent(i + 1)) j = i + 2;
      else if (tk.spaced(i)) j = i + 1;
      if (j > 0 && j < tk.length && tk.kinds[j] === Kind.Word) {
        const u = NUMBER_WORDS.get(tk.low(j));
        if (u?.enUnit) core = { value: word.value + u.value, langs: EN, kind: 'word', last: j, article: false, half: false };
      }
    }
    // "een half jaar", "et halvt år", "a half year"
    if (word.articleLangs.length && tk.spaced(i) && tk.kinds[i + 1] === Kind.Word) {
      const h = tk.low(i + 1);
      const halfLang = h === 'half' ? (word.articleLangs.includes('en') ? 'en' : 'nl') : HALF_WORDS.get(h);
      if (halfLang && word.articleLangs.includes(halfLang)) {
        core = { value: 0.5, langs: [halfLang], kind: 'word', last: i + 1, article: false, half: true };
      }
    }
    if (tk.adjacent(core.last) && tk.isAlnum(core.last + 1)) return undefined;
    return core;
  }
  const halfLang = HALF_WORDS.get(w);
  if (halfLang) {
    if (tk.adjacent(i) && tk.isAlnum(i + 1)) return undefined;
    return { value: 0.5, langs: [halfLang], kind: 'word', last: i, article: false, half: true };
  }
  return undefined;
}

function parseNumber(tk: Tokens, i: number): NumberCore | undefined {
  if (i >= tk.length) return undefined;
  if (tk.kinds[i] === Kind.Digit) return parseDigits(tk, i);
  if (tk.kinds[i] === Kind.Word) return parseWordNumber(tk, i);
  return undefined;
}

/** "and a half" (en), "en een half" (nl), "og et halvt" (no) after token `last`; returns the new last token and language. */
function parseAndAHalf(tk: Tokens, last: number): { last: number; lang: Lang } | undefined {
  const j = last + 1;
  if (j >= tk.length || tk.kinds[j] !== Kind.Word || !tk.spaced(last)) return undefined;
  const joint = tk.low(j);
  const pattern: [Lang, string, string[], string[]] | undefined =
    joint === 'and' ? ['en', 'and', ['a'], ['half']]
    : joint === 'en' ? ['nl', 'en', ['een', 'één'], ['half', 'halve']]
    : joint === 'og' ? ['no', 'og', ['et', 'ett', 'en', 'ei'], ['halvt', 'halv']]
    : undefined;
  if (!pattern) return undefined;
  if (!tk.wordAfter(j + 1, pattern[2]) || !tk.wordAfter(j + 2, pattern[3])) return undefined;
  if (tk.adjacent(j + 2) && tk.isAlnum(j + 3)) return undefined;
  return { last: j + 2, lang: pattern[0] };
}

function parseUnit(tk: Tokens, i: number, allowModifier: boolean): UnitMatch | undefined {
  if (i >= tk.length || tk.kinds[i] !== Kind.Word) return undefined;
  let noun = i;
  if (allowModifier && EN_UNIT_MODIFIERS.has(tk.low(i))) {
    if (!tk.spaced(i) || i + 1 >= tk.length || tk.kinds[i + 1] !== Kind.Word) return undefined;
    noun = i + 1;
  }
  let entries = UNIT_WORDS.get(tk.low(noun));
  if (!entries) return undefined;
  if (noun !== i) entries = entries.filter((e) => e.lang === 'en');
  if (!entries.length) return undefined;
  let last = noun;
  if (tk.adjacent(noun)) {
    if (tk.isAlnum(noun + 1)) return undefined;
    if (tk.low(noun) === 'mnd' && tk.isPunct(noun + 1, '.')) last = noun + 1;
  }
  return { unit: entries[0].unit, entries, first: i, noun, last };
}

/** A pay word after the unit, optionally after a possessive: "six months' salary", "tre måneders lønn". */
function followedByPay(tk: Tokens, last: number): boolean {
  let j = last;
  if (tk.adjacent(j) && tk.isPunct(j + 1, "'’")) {
    j++;
    if (tk.adjacent(j) && j + 1 < tk.length && tk.low(j + 1) === 's') j++;
  }
  return tk.spaced(j) && tk.kinds[j + 1] === Kind.Word && PAY_WORDS.has(tk.low(j + 1));
}

/** English "a" at token i follows a number or a rate word: "twice a year", "£500 a month", "40 hours a week". */
function isEnRate(tk: Tokens, i: number): boolean {
  if (i === 0 || !tk.near(i - 1)) return false;
  const k = tk.kinds[i - 1];
  return k === Kind.Digit || k === Kind.OtherNumber || (k === Kind.Word && EN_RATE_WORDS.has(tk.low(i - 1)));
}

/** Decides the language of number + unit, or rejects a mix such as Norwegian "en" + Dutch "dagen" in a Dutch text. */
function agree(numLangs: Lang[] | null, unit: UnitMatch, lang: Lang | undefined): { lang: Lang; entry: UnitEntry } | undefined {
  const unitLangs = unit.entries.map((e) => e.lang);
  let chosen: Lang | undefined;
  if (numLangs === null) {
    chosen = lang && unitLangs.includes(lang) ? lang : unitLangs[0];
  } else {
    const common = numLangs.filter((l) => unitLangs.includes(l));
    if (!common.length) return undefined;
    if (!lang || common.includes(lang)) chosen = lang && common.includes(lang) ? lang : common[0];
    else if (unitLangs.includes(lang)) return undefined; // the unit word is also a word of the document language
    else chosen = common[0];
  }
  const entry = unit.entries.find((e) => e.lang === chosen)!;
  return { lang: chosen, entry };
}

function matchAt(tk: Tokens, i: number, lang: Lang | undefined): MatchDetail | undefined {
  if (tk.kinds[i] !== Kind.Word && tk.kinds[i] !== Kind.Digit) return undefined;

  // "half a year", "half a calendar month"
  if (tk.kinds[i] === Kind.Word && tk.low(i) === 'half' && !(i > 0 && tk.adjacent(i - 1) && tk.isAlnum(i - 1)) && tk.wordAfter(i + 1, ['a']) && tk.spaced(i + 1)) {
    const unit = parseUnit(tk, i + 2, true);
    if (unit) {
      const ag = agree(['en'], unit, lang);
      if (ag && !followedByPay(tk, unit.last)) {
        return build(tk, i, unit.last, 0.5, ag.entry, 'word', {
          article: false, hyphen: false, firstNumberWord: 'half', unitTokens: unit,
        });
      }
    }
  }

  const core = parseNumber(tk, i);
  if (!core) return undefined;
  let value = core.value;
  let numLangs = core.langs;
  let cursor = core.last;

  const isEnArticle = core.article && core.langs?.length === 1 && core.langs[0] === 'en';
  if (isEnArticle && isEnRate(tk, i)) return undefined;

  // "one and a half years", "twee en een half jaar", "ett og et halvt år"
  let halfExtended = core.half;
  if (!core.half && !isEnArticle && Number.isInteger(value)) {
    const h = parseAndAHalf(tk, cursor);
    if (h && (numLangs === null || numLangs.includes(h.lang))) {
      value += 0.5;
      numLangs = [h.lang];
      cursor = h.last;
      halfExtended = true;
    }
  }

  // "twee (2) jaar", "2 (twee) jaren"
  let style: Duration['style'] = core.kind;
  if (!isEnArticle && tk.near(cursor) && tk.isPunct(cursor + 1, '(') && tk.near(cursor + 1)) {
    const inner = parseNumber(tk, cursor + 2);
    if (inner && inner.kind !== core.kind && !(inner.article && inner.langs?.includes('en')) && tk.near(inner.last) && tk.isPunct(inner.last + 1, ')')) {
      style = core.kind === 'word' ? 'word-digit' : 'digit-word';
      if (core.kind === 'digit' && inner.langs) {
        numLangs = inner.langs; // the word tells the language of "2 (twee)"
        if (inner.value !== value) value = inner.value; // words prevail over digits
      }
      cursor = inner.last + 1;
    }
  }

  // Separator and unit: "twee jaar", "12-month"
  let unit: UnitMatch | undefined;
  let hyphen = false;
  if (tk.adjacent(cursor) && tk.isPunct(cursor + 1, '-') && tk.adjacent(cursor + 1) && style !== 'word-digit' && style !== 'digit-word') {
    unit = parseUnit(tk, cursor + 2, false);
    hyphen = !!unit;
  } else if (tk.spaced(cursor)) {
    unit = parseUnit(tk, cursor + 1, true);
  }
  if (!unit) return undefined;
  const ag = agree(numLangs, unit, lang);
  if (!ag) return undefined;
  let last = unit.last;

  // "a year and a half", "two years and a half"
  if (!halfExtended && ag.lang === 'en' && Number.isInteger(value) && !hyphen) {
    const h = parseAndAHalf(tk, last);
    if (h && h.lang === 'en') {
      value += 0.5;
      last = h.last;
    }
  }
  if (followedByPay(tk, last)) return undefined;

  return build(tk, i, last, value, ag.entry, style, {
    article: core.article && core.value === 1 && value === 1,
    hyphen,
    firstNumberWord: core.kind === 'word' ? tk.low(i) : undefined,
    unitTokens: unit,
  });
}

function build(
  t: Tokens,
  first: number,
  lastTok: number,
  amount: number,
  entry: UnitEntry,
  st: Duration['style'],
  d: { article: boolean; hyphen: boolean; firstNumberWord?: string; unitTokens: UnitMatch },
): MatchDetail {
  const start = t.starts[first];
  const end = t.ends[lastTok];
  const duration: Duration = {
    start,
    end,
    amount,
    unit: entry.unit,
    months: amount * MONTHS_PER_UNIT[entry.unit],
    lang: entry.lang,
    style: st,
    text: t.text.slice(start, end),
  };
  const u = d.unitTokens;
  return {
    duration,
    firstNumberWord: d.firstNumberWord,
    article: d.article,
    hyphen: d.hyphen,
    modifier: u.first !== u.noun ? t.raw(u.first) : undefined,
    form: entry.form,
    unitRaw: t.text.slice(t.starts[u.noun], t.ends[u.last]),
  };
}

function scan(text: string, lang: Lang | undefined, limit = Infinity): MatchDetail[] {
  const tk = new Tokens(text);
  const out: MatchDetail[] = [];
  for (let i = 0; i < tk.length && out.length < limit; i++) {
    const m = matchAt(tk, i, lang);
    if (m) {
      out.push(m);
      // continue after the match
      while (i + 1 < tk.length && tk.starts[i + 1] < m.duration.end) i++;
    }
  }
  return out;
}

/**
 * All durations in `text`, in order. When `lang` is given, number words of that language are preferred: a
 * number word of another language is only accepted with a unit word that is not also a word of `lang`
 * (so "en dagen" in a Dutch text is not "one day"). Digits are accepted with a unit word of any language.
 */
export function extractDurations(text: string, lang?: Lang): Duration[] {
  return scan(text, lang).map((m) => m.duration);
}

// ---------------------------------------------------------------------------------------------
// Formatting

function unitNoun(lang: Lang, unit: 'year' | 'month', amount: number, form: UnitForm, hyphen: boolean, raw: string): string {
  const one = amount === 1;
  switch (lang) {
    case 'nl':
      if (unit === 'year') return !one && form === 'pl' ? 'jaren' : 'jaar';
      if (form === 'abbr') return raw.toLowerCase();
      return one ? 'maand' : 'maanden';
    case 'no':
      if (unit === 'year') {
        if (form === 'def' || form === 'defpl') return one ? 'året' : 'årene';
        if (form === 'gen' || form === 'genpl') return 'års';
        return 'år';
      }
      if (form === 'abbr') return raw.toLowerCase();
      if (form === 'def' || form === 'defpl') return one ? 'måneden' : 'månedene';
      if (form === 'gen' || form === 'genpl') return one ? 'måneds' : 'måneders';
      return one ? 'måned' : 'måneder';
    case 'en':
      return one || hyphen ? unit : unit + 's';
  }
}

function numberText(amount: number, lang: Lang, unit: 'year' | 'month', style: Duration['style'], detail: MatchDetail | undefined): string {
  const integer = Number.isInteger(amount);
  const digits = integer ? String(amount) : String(Math.round(amount * 100) / 100).replace('.', lang === 'en' ? '.' : ',');
  let word: string | undefined;
  if (integer) {
    const prev = detail?.firstNumberWord;
    if (amount === 1 && detail?.article && prev) {
      if (lang === 'en' && prev === 'a') word = 'a';
      else if (lang === 'nl' && prev === 'een') word = 'een';
      else if (lang === 'no' && unit === 'year' && prev === 'et') word = 'et';
    }
    word ??= numberWord(amount, lang, unit === 'year' ? 'neuter' : 'common');
  }
  if (!word || style === 'digit') return digits;
  if (style === 'word') return word;
  return style === 'word-digit' ? `${word} (${digits})` : `${digits} (${word})`;
}

function capitalizeLike(out: string, like: string | undefined, lang: Lang): string {
  if (!like) return out;
  const letters = like.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return out.toUpperCase();
  const first = like[0];
  if (first && first !== first.toLowerCase()) {
    if (lang === 'nl' && out.startsWith('één')) return 'Eén' + out.slice(3);
    return out.charAt(0).toUpperCase() + out.slice(1);
  }
  return out;
}

/**
 * A duration of `months` in the language and style of `like`, in whole units: years when `like` is in years
 * and `months` is a multiple of 12, else months. Keeps the noun form ("jaren", "månedene", "mnd."), a hyphen
 * ("12-month"), an English modifier ("calendar"), an article for one ("a year", "een jaar", "et år") and the
 * capitalisation of the first letter ("Eén (1) jaar" for Dutch).
 */
export function formatDuration(months: number, like: Duration): string {
  const toYears = like.unit === 'year' && months % 12 === 0;
  const unit: 'year' | 'month' = toYears ? 'year' : 'month';
  const amount = toYears ? months / 12 : months;
  const detail = like.text ? scan(like.text, like.lang, 1)[0] : undefined;
  const lang = like.lang;
  const form: UnitForm = detail?.form ?? 'sg';
  const hyphen = detail?.hyphen ?? false;
  const num = numberText(amount, lang, unit, like.style, detail);
  let noun = unitNoun(lang, unit, amount, form, hyphen, detail?.unitRaw ?? '');
  if (detail?.modifier && like.unit === unit) noun = `${detail.modifier.toLowerCase()} ${noun}`;
  return capitalizeLike(`${num}${hyphen ? '-' : ' '}${noun}`, like.text, lang);
}
