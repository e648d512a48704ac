/**
 * Benchmark corpus: contracts of a given size in UTF-8 bytes, built from the three example contracts
 * (examples/*.md) section by section. Sections rotate nl → no → en, each language walks its sections in
 * a seeded shuffled order (so the restraint and social-media clauses are spread through the document
 * at every size), and every copy is varied — article and clause numbers run on through the document,
 * names, companies and amounts change per copy — so that hardly any chunk is byte-identical to another
 * (identical chunks would flatter a cache). Deterministic for a given (size, seed).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { prng } from '../test/helpers/prng';

export type BenchLang = 'nl' | 'no' | 'en';

export const EXAMPLE_FILES: Record<BenchLang, string> = {
  nl: 'examples/arbeidsovereenkomst-nl.md',
  no: 'examples/arbeidsavtale-no.md',
  en: 'examples/employment-contract-en.md',
};

/** The benchmark sizes (SI: 1 KB = 1000 bytes, 1 MB = 1 000 000 bytes). */
export const SIZES = [
  { label: '10 KB', bytes: 10_000 },
  { label: '100 KB', bytes: 100_000 },
  { label: '1 MB', bytes: 1_000_000 },
  { label: '5 MB', bytes: 5_000_000 },
] as const;

interface Section {
  lang: BenchLang;
  /** The section's own number in the example (heading "Artikel 13", "§ 13", "13."). */
  number: number;
  text: string;
}

interface Corpus {
  preamble: Record<BenchLang, string>;
  sections: Record<BenchLang, Section[]>;
}

const HEADING: Record<BenchLang, RegExp> = {
  nl: /^## Artikel (\d+)/u,
  no: /^## § (\d+)/u,
  en: /^## (\d+)\./u,
};

/** Names and companies of the examples, with the pools their copies draw from. */
const PEOPLE: Record<BenchLang, { names: string[]; first: string[]; last: string[]; company: string; companyVariant: (c: number) => string }> = {
  nl: {
    names: ['Jan Jansen', 'P. de Vries'],
    first: ['Jan', 'Sanne', 'Pieter', 'Fatima', 'Daan', 'Lotte', 'Mohamed', 'Eva', 'Bram', 'Noor', 'Thijs'],
    last: ['Jansen', 'de Vries', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'Bos', 'Vos', 'Peters', 'Hendriks', 'Dekker'],
    company: 'Voorbeeld Software B.V.',
    companyVariant: (c) => `Voorbeeld ${['Software', 'Logistiek', 'Advies', 'Techniek', 'Zorg', 'Media', 'Bouw'][c % 7]} ${c} B.V.`,
  },
  no: {
    names: ['Ola Nordmann', 'Kari Eksempel'],
    first: ['Ola', 'Kari', 'Lars', 'Ingrid', 'Ahmed', 'Sofie', 'Jonas', 'Nora', 'Emil', 'Maja', 'Henrik'],
    last: ['Nordmann', 'Eksempel', 'Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Berg', 'Haugen', 'Dahl', 'Lie'],
    company: 'Eksempel Salg AS',
    companyVariant: (c) => `Eksempel ${['Salg', 'Bygg', 'Data', 'Frakt', 'Helse', 'Energi', 'Media'][c % 7]} ${c} AS`,
  },
  en: {
    names: ['Alex Sample', 'Sam Specimen'],
    first: ['Alex', 'Sam', 'Jordan', 'Priya', 'Oliver', 'Amelia', 'Tom', 'Grace', 'Ravi', 'Isla', 'Owen'],
    last: ['Sample', 'Specimen', 'Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Evans', 'Patel', 'Clarke', 'Hughes', 'Walker'],
    company: 'Example Advisory Ltd',
    companyVariant: (c) => `Example ${['Advisory', 'Consulting', 'Digital', 'Analytics', 'Partners', 'Systems', 'Labs'][c % 7]} ${c} Ltd`,
  },
};

const MONEY = /(€ |kr |£)(\d{1,3}(?:[., ]\d{3})*)/gu;

let cachedCorpus: Corpus | undefined;

function loadCorpus(root: string): Corpus {
  if (cachedCorpus) return cachedCorpus;
  const preamble = {} as Record<BenchLang, string>;
  const sections = {} as Record<BenchLang, Section[]>;
  for (const lang of Object.keys(EXAMPLE_FILES) as BenchLang[]) {
    const text = fs.readFileSync(path.join(root, EXAMPLE_FILES[lang]), 'utf8').replace(/\r\n?/gu, '\n');
    const parts = text.split(/^(?=## )/mu);
    preamble[lang] = parts[0].replace(/^# .*\n+/u, '');
    sections[lang] = parts.slice(1).map((s) => {
      const m = HEADING[lang].exec(s);
      if (!m) throw new Error(`bench: unexpected section heading in ${EXAMPLE_FILES[lang]}: ${s.split('\n')[0]}`);
      return { lang, number: Number(m[1]), text: s.endsWith('\n\n') ? s : s.replace(/\n*$/u, '\n\n') };
    });
  }
  cachedCorpus = { preamble, sections };
  return cachedCorpus;
}


function shuffled<T>(items: readonly T[], rnd: () => number): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/** Names, companies and amounts of copy `c` (c = 0 keeps the example's own). */
function vary(text: string, lang: BenchLang, c: number): string {
  if (c === 0) return text;
  const p = PEOPLE[lang];
  let out = text.split(p.company).join(p.companyVariant(c));
  p.names.forEach((name, i) => {
    const replacement = `${p.first[(c + 3 * i) % p.first.length]} ${p.last[(c * 7 + i) % p.last.length]}`;
    out = out.split(name).join(replacement);
    // initials as in "J. Jansen"
    const [first, ...rest] = name.split(' ');
    if (first.length > 2) out = out.split(`${first[0]}. ${rest.join(' ')}`).join(`${replacement[0]}. ${replacement.split(' ').slice(1).join(' ')}`);
  });
  out = out.replace(MONEY, (_m, cur: string, amount: string) => {
    const last3 = amount.slice(-3);
    const n = (Number(last3) + c * 37) % 1000;
    return cur + amount.slice(0, -3) + String(n).padStart(last3.length, '0');
  });
  return out;
}

/** Section `s` renumbered to `to`: its heading and its clause numbers ("13.2" → "57.2"). */
function renumber(s: Section, to: number): string {
  const heading = HEADING[s.lang];
  let text = s.text.replace(heading, (m, n: string) => m.replace(n, String(to)));
  text = text.replace(/^(\d+)\.(\d+)(?=\s)/gmu, (m, a: string, b: string) => (Number(a) === s.number ? `${to}.${b}` : m));
  return text;
}

export interface GeneratedContract {
  text: string;
  bytes: number;
  sections: number;
  languages: Record<BenchLang, number>;
}

/**
 * A contract of at most `targetBytes` UTF-8 bytes (and within one section of it): a title, the Dutch
 * preamble, then varied sections rotating through the three languages.
 */
export function generateContract(targetBytes: number, seed = 1, root = process.cwd()): GeneratedContract {
  const corpus = loadCorpus(root);
  const rnd = prng(seed * 2654435761);
  const langs: BenchLang[] = ['nl', 'no', 'en'];
  const orders = {} as Record<BenchLang, Section[]>;
  const cursor = { nl: 0, no: 0, en: 0 };
  const copies = new Map<Section, number>();
  for (const l of langs) orders[l] = shuffled(corpus.sections[l], rnd);

  const parts: string[] = [`# Arbeidsovereenkomst / arbeidsavtale / employment agreement (bench ${seed})\n\n`, corpus.preamble.nl];
  let bytes = Buffer.byteLength(parts.join(''), 'utf8');
  const languages = { nl: 0, no: 0, en: 0 };
  let n = 0;
  for (;;) {
    const lang = langs[n % 3];
    if (cursor[lang] === orders[lang].length) {
      orders[lang] = shuffled(corpus.sections[lang], rnd);
      cursor[lang] = 0;
    }
    const section = orders[lang][cursor[lang]];
    const copy = copies.get(section) ?? 0;
    const text = vary(renumber(section, n + 1), lang, copy + seed - 1);
    const size = Buffer.byteLength(text, 'utf8');
    if (bytes + size > targetBytes) break;
    parts.push(text);
    bytes += size;
    cursor[lang]++;
    copies.set(section, copy + 1);
    languages[lang]++;
    n++;
  }
  const text = parts.join('');
  return { text, bytes: Buffer.byteLength(text, 'utf8'), sections: n, languages };
}

/**
 * Two one-character edits in the middle of `text`: a letter inserted into a word of the clause
 * paragraph nearest the middle ('x' in version A, 'q' in B), so that alternating A and B makes every
 * relint a real change.
 */
export function middleEdits(text: string): { offset: number; a: string; b: string } {
  const mid = Math.floor(text.length / 2);
  const re = /^\d+\.\d+ \S+ ([A-Za-zÀ-ÿ]{4,})/gmu;
  re.lastIndex = mid;
  const m = re.exec(text) ?? (() => {
    re.lastIndex = 0;
    return re.exec(text);
  })();
  const offset = m ? m.index + m[0].length - m[1].length + 2 : mid;
  return {
    offset,
    a: text.slice(0, offset) + 'x' + text.slice(offset),
    b: text.slice(0, offset) + 'q' + text.slice(offset),
  };
}
