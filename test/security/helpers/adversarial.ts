/**
 * Adversarial inputs for the ReDoS tests: 100,000-character lines built to make a backtracking regex
 * engine work hard — long runs of one character class, repeated near-matches ("twee twee twee …"),
 * fragments of the pattern's own alternatives repeated with and without separators, a prefix followed
 * by a long run of white space, and so on. Deterministic: the same pattern always gets the same inputs.
 */
import { literalFragments } from './corpus';
import { prng } from '../../helpers/prng';

export const LINE_LENGTH = 100_000;

export interface AdversarialInput {
  /** Short description for reports, e.g. 'repeat("twee ")'. */
  name: string;
  text: string;
}

/** `unit` repeated to exactly `length` characters (never splitting a surrogate pair at the end). */
export function fill(unit: string, length = LINE_LENGTH, tail = ''): string {
  if (unit.length === 0) return tail;
  const body = unit.repeat(Math.ceil((length - tail.length) / unit.length)).slice(0, Math.max(0, length - tail.length));
  const safe = /[\ud800-\udbff]$/u.test(body) ? body.slice(0, -1) + 'x' : body;
  return safe + tail;
}


function randomText(seed: number, alphabet: string[], length = LINE_LENGTH): string {
  const r = prng(seed);
  const parts: string[] = [];
  let n = 0;
  while (n < length) {
    const s = alphabet[Math.floor(r() * alphabet.length)];
    parts.push(s);
    n += s.length;
  }
  return parts.join('').slice(0, length);
}

/** Inputs every pattern gets. */
export function genericInputs(): AdversarialInput[] {
  const units: Array<[string, string] | [string, string, string]> = [
    ['a', 'a'], ['a…!', 'a', '!'], ['é', 'é'], ['A', 'A'], ['ø', 'ø'], ['aA1', 'aA1'],
    ['digits', '1'], ['digits…x', '7', 'x'], ['digit space', '1 '], ['12.', '12.'], ['1.1', '1.'], ['1,000', '1,000,'], ['10.000 ', '10.000 '],
    ['spaces', ' '], ['spaces…x', ' ', 'x'], ['tabs', '\t'], ['newlines', '\n'], ['crlf', '\r\n'], ['cr', '\r'], ['nbsp', '\u00a0'],
    ['u2028', '\u2028'], ['mixed ws', ' \t \u00a0\n'],
    ['dots', '.'], ['dot space', '. '], ['dot space Cap', '. A'], ['!?', '!?'], ['hyphens', '-'], ['hyphen word', 'a-'], ['dashes', '–—'],
    ['stars', '*'], ['underscores', '_'], ['hashes', '#'], ['gt', '>'], ['gt space', '> '], ['pipes', '|'], ['pipe cell', '| a '],
    ['parens', '('], ['paren num', '(2) '], ['brackets', '['], ['link', '[a]('], ['lt', '<'], ['html open', '<!--'], ['html tag', '<a '],
    ['amp', '&'], ['backticks', '`'], ['section', '§ '], ['apostrophe s', "'s "], ['quotes', '"“'], ['colon', ':'], ['comma space', ', '],
    ['emoji', '\u{1F600}'], ['lone high surrogate', '\ud800'], ['lone low surrogate', '\udc00'], ['combining', 'e\u0301'], ['nul', '\u0000'],
    ['bom', '\ufeff'], ['zwsp', '\u200b'], ['rtl', '\u202e'], ['cjk', '中'], ['arabic digits', '٣'], ['half', '½'],
    ['twee', 'twee '], ['twee (2)', 'twee (2) '], ['jaar', 'jaar '], ['maanden', 'maanden '], ['år', 'år '], ['måneder', 'måneder '],
    ['months', 'months '], ['twenty-', 'twenty-'], ['twenty ', 'twenty '], ['a year and', 'a year and '], ['and a half', 'and a half '],
    ['en een half', 'en een half '], ['og et halvt', 'og et halvt '], ['1 (een)', '1 (een) '], ['artikel', 'artikel '], ['Artikel 1.', 'Artikel 1.'],
    ['clause 1.1', 'clause 1.1.'], ['na het', 'na het '], ['shall not', 'shall not '], ['skal ikke', 'skal ikke '], ['niet', 'niet '],
    ['directive', 'clauselint-disable '], ['<!-- clauselint', '<!-- clauselint-disable '], ['linkedin', 'LinkedIn-'], ['http', 'http://'],
    ['@', '@'], ['www.', 'www.'], ['€ 1', '€ 1'], ['kr', 'kr 1 '], ['%', '1%'], ['G', '1 G '],
  ];
  const out: AdversarialInput[] = units.map(([name, unit, tail]) => ({ name: `repeat(${JSON.stringify(name)})`, text: fill(unit, LINE_LENGTH, tail ?? '') }));
  out.push({ name: 'prefix + 100k spaces + x', text: 'Het is werknemer verboden' + fill(' ', LINE_LENGTH - 30) + 'x' });
  out.push({ name: 'random ascii', text: randomText(1, [...'abcdefghijklmnopqrstuvwxyz .,;:!?()-1234567890\n']) });
  out.push({ name: 'random words', text: randomText(2, ['twee ', 'jaar ', 'na ', 'het ', 'einde ', '(2) ', 'maanden ', 'verboden ', 'klanten ', 'år ', 'skal ', 'ikke ', 'the ', 'shall ', 'not ', 'months ', 'after ', '. ', ', ']) });
  out.push({ name: 'random unicode', text: randomText(3, [...'aéøåÆ中😀\u0301\u00a0\u2028\t \n.-*#>|[]()<!'].concat(['\ud800', '\udc00'])) });
  return out;
}

/**
 * Inputs derived from the pattern: its literal fragments (or, for words(), its alternatives) repeated
 * with and without separators, near-misses (the fragment minus its last character, all but its last
 * word), and a fragment followed by a long run of white space.
 */
export function derivedInputs(source: string, alternatives: readonly string[] | undefined, maxFragments: number): AdversarialInput[] {
  const frags = new Set<string>();
  for (const a of alternatives ?? []) for (const f of literalFragments(a)) frags.add(f);
  for (const f of literalFragments(source)) frags.add(f);
  let list = [...frags];
  if (list.length > maxFragments) {
    // the longest (most backtracking per attempt), the shortest (most attempts) and some in between
    const byLength = list.slice().sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    const half = Math.ceil(maxFragments / 2);
    const picked = new Set([...byLength.slice(0, half), ...byLength.slice(-Math.floor(maxFragments / 2))]);
    list = [...picked];
  }
  const out: AdversarialInput[] = [];
  for (const f of list) {
    const q = JSON.stringify(f);
    out.push({ name: `repeat(${q} + " ")`, text: fill(`${f} `) });
    out.push({ name: `repeat(${q})`, text: fill(f) });
    if (f.length > 2) out.push({ name: `repeat(${JSON.stringify(f.slice(0, -1))} + " ")`, text: fill(`${f.slice(0, -1)} `) });
    const ws = f.split(' ');
    if (ws.length > 1) {
      const head = ws.slice(0, -1).join(' ');
      out.push({ name: `repeat(${JSON.stringify(head)} + " ")`, text: fill(`${head} `) });
      out.push({ name: `repeat(${JSON.stringify(ws.join('\n'))} + "\\n")`, text: fill(`${ws.join('\n  ')}\n`) });
    }
    out.push({ name: `${q} + 100k spaces + "!"`, text: f + fill(' ', LINE_LENGTH - f.length - 1) + '!' });
    out.push({ name: `repeat(${q} + "-")`, text: fill(`${f}-`) });
  }
  return out;
}
