/**
 * fast-check arbitraries for the engine: random Unicode (lone surrogates, NUL, BOM, every line break),
 * random Markdown (nested lists and quotes, tables, HTML, code fences, directives), contract-like text
 * built from the engine's own vocabulary (so rules fire and fixes exist), lint options, and mutations of
 * real documents. The vocabulary is read from the words()/re() registry, so new rules feed the fuzzer.
 */
import fc from 'fast-check';
import type { Jurisdiction, Lang, LintOptions, RuleSetting } from '../../../server/src/core/types';
import { literalFragments, type CorpusDoc } from './corpus';

export const LINE_BREAKS = ['\n', '\r\n', '\r', '\u2028', '\u2029'] as const;

/** Characters that break naive text handling. */
export const NASTY_CHARS = [
  '\u0000', '\ufeff', '\ud800', '\udbff', '\udc00', '\udfff', '\u{1F600}', '\u{1F468}\u200d\u{1F469}\u200d\u{1F467}', 'e\u0301', '\u0301',
  '\u200b', '\u200d', '\u202e', '\u2066', '\u00a0', '\u2007', '\u3000', '\t', '\v', '\f', '\u0085', '\u2028', '\u2029', '\r', '\n', '\r\n',
  'ß', 'İ', 'ı', 'ǅ', 'ﬁ', 'Å', 'Å', 'ø', 'æ', 'é', '½', '²', '٣', '中', 'א', '\\', '`', '*', '_', '~', '|', '<', '>', '&', '[', ']', '(', ')', '#',
  '<!--', '-->', '```', '~~~', '    ', '---', '===', '> ', '- ', '1. ', '§', '–', '—', '’', '“', '”', '«', '»', '$', '^', '.', '?', '!', ':', ';',
];

/** Text vocabulary of the engine (fragments of every words() alternative), plus duration pieces. */
export interface Vocabulary {
  words: string[];
  numbers: string[];
  units: string[];
}

export function vocabularyFrom(patterns: ReadonlyArray<{ alternatives?: readonly string[]; regex: RegExp }>): Vocabulary {
  const words = new Set<string>();
  for (const p of patterns) {
    for (const a of p.alternatives ?? []) for (const f of literalFragments(a)) words.add(f);
  }
  return {
    words: [...words].sort(),
    numbers: [
      '1', '2', '3', '6', '12', '18', '24', '36', '99', '1.5', '0', '10.000', '2,5', 'een', 'één', 'twee', 'drie', 'anderhalf', 'tweeënhalf', 'vierentwintig',
      'ett', 'en', 'et', 'to', 'tre', 'halvannet', 'tjuefire', 'atten', 'a', 'one', 'two', 'three', 'eighteen', 'twenty-four', 'thirty six', 'half a',
      'twee (2)', '3 (drie)', 'to (2)', 'eighteen (18)', 'twelve (12)', 'et halvt', 'een half', 'a year and a half',
    ],
    units: ['jaar', 'jaren', 'maand', 'maanden', 'mnd.', 'weken', 'dagen', 'år', 'året', 'måneder', 'måneders', 'uker', 'dager', 'year', 'years', 'month', 'months', 'calendar months', 'weeks', 'days', '-month', '-year'],
  };
}

const LANG_OPT = fc.constantFrom<Lang | undefined>(undefined, undefined, 'nl', 'no', 'en');
const JUR_OPT = fc.constantFrom<Jurisdiction | undefined>(undefined, undefined, 'NL', 'NO', 'UK');

/** Lint options: format, language, jurisdiction, sometimes rule settings and hidden false positives. */
export function optionsArb(ruleIds: readonly string[]): fc.Arbitrary<LintOptions> {
  const setting = fc.constantFrom<RuleSetting>('off', 'info', 'warning', 'error');
  const rules = fc.option(fc.dictionary(fc.constantFrom(...ruleIds, 'no-such-rule', '__proto__', 'constructor'), setting, { maxKeys: 4 }), { freq: 4 });
  const hidden = fc.option(fc.array(fc.record({ rule: fc.constantFrom(...ruleIds), text: fc.string({ minLength: 1, maxLength: 12 }) }), { maxLength: 2 }), { freq: 6 });
  return fc.record({
    format: fc.constantFrom('markdown' as const, 'plaintext' as const),
    lang: LANG_OPT,
    jurisdiction: JUR_OPT,
    rules: rules.map((r) => r ?? undefined),
    hiddenFalsePositives: hidden.map((h) => h ?? undefined),
  }).map((o) => {
    const clean: LintOptions = { format: o.format };
    if (o.lang) clean.lang = o.lang;
    if (o.jurisdiction) clean.jurisdiction = o.jurisdiction;
    if (o.rules) clean.rules = o.rules;
    if (o.hiddenFalsePositives) clean.hiddenFalsePositives = o.hiddenFalsePositives;
    return clean;
  });
}

/** Random Unicode: any code point, graphemes, and the nasty characters, lone surrogates included. */
export function unicodeArb(maxLength = 400): fc.Arbitrary<string> {
  const unit = fc.oneof(
    { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
    { weight: 2, arbitrary: fc.constantFrom(...NASTY_CHARS) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 6 }) },
  );
  return fc.array(unit, { maxLength: Math.ceil(maxLength / 3) }).map((a) => a.join(''));
}

/** Contract-like prose: vocabulary fragments, durations, punctuation and the odd nasty character. */
export function proseArb(v: Vocabulary, maxWords = 40): fc.Arbitrary<string> {
  const duration = fc.tuple(fc.constantFrom(...v.numbers), fc.constantFrom(' ', '', '-', '\u00a0', '  '), fc.constantFrom(...v.units)).map(([n, s, u]) => `${n}${u.startsWith('-') ? '' : s}${u}`);
  const token = fc.oneof(
    { weight: 6, arbitrary: v.words.length ? fc.constantFrom(...v.words) : fc.constant('relatiebeding') },
    { weight: 3, arbitrary: duration },
    { weight: 2, arbitrary: fc.constantFrom('Werknemer', 'werkgever', 'the Employee', 'arbeidstakeren', 'klanten', 'LinkedIn', 'Company', 'selskapet', 'de', 'het', 'the', 'og', 'and', 'en') },
    { weight: 2, arbitrary: fc.constantFrom('.', ',', ';', ':', '(', ')', '!', '?', '"', '’s', '–', '—', '/', '...') },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }) },
    { weight: 1, arbitrary: fc.constantFrom(...NASTY_CHARS) },
    { weight: 1, arbitrary: fc.integer({ min: -5, max: 10_000_000 }).map(String) },
  );
  return fc.array(token, { minLength: 1, maxLength: maxWords }).chain((tokens) =>
    fc.array(fc.constantFrom(' ', ' ', ' ', '', '  ', '\t', '\n'), { minLength: tokens.length, maxLength: tokens.length }).map((seps) => tokens.map((t, i) => t + seps[i]).join('')),
  );
}

/** Inline Markdown around prose: emphasis, links, code, HTML, directives. */
function inlineArb(v: Vocabulary): fc.Arbitrary<string> {
  const prose = proseArb(v, 12);
  return fc.oneof(
    { weight: 5, arbitrary: prose },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('*', '**', '_', '__', '~~', '***', '`'), prose).map(([m, p]) => `${m}${p}${m}`) },
    { weight: 1, arbitrary: fc.tuple(prose, fc.constantFrom('https://example.invalid/a', 'mailto:x@y', '', '<>', 'javascript:alert(1)')).map(([p, u]) => `[${p}](${u})`) },
    { weight: 1, arbitrary: prose.map((p) => `<span title="${p.replace(/"/gu, '')}">${p}</span>`) },
    { weight: 1, arbitrary: fc.constantFrom('<!-- clauselint-disable-next-line -->', '<!-- clauselint-disable restraint-duration -->', '<!-- clauselint-enable -->', '<!-- clauselint-disable-line restraint-duration, no-such-rule -->', '<!-- clauselint-disable', '<!--', '-->', '<br>', '&amp;', '&#0;', '&#x110000;', '\\', '  \n') },
    { weight: 1, arbitrary: prose.map((p) => `[^${p.length % 7}]: ${p}`) },
  );
}

export interface MarkdownConstraints {
  /** Nesting depth of lists and block quotes. */
  maxDepth: number;
  maxBlocks: number;
}

/** Random Markdown documents with mixed line breaks. */
export function markdownArb(v: Vocabulary, c: MarkdownConstraints = { maxDepth: 6, maxBlocks: 12 }): fc.Arbitrary<string> {
  const inline = inlineArb(v);
  const line = fc.array(inline, { minLength: 1, maxLength: 4 }).map((a) => a.join(' '));
  const title = fc.oneof(
    v.words.length ? fc.constantFrom(...v.words) : fc.constant('Relatiebeding'),
    fc.tuple(fc.integer({ min: 0, max: 99 }), fc.constantFrom(...(v.words.length ? v.words : ['Relatiebeding']))).map(([n, w]) => `Artikel ${n} – ${w}`),
    fc.tuple(fc.integer({ min: 0, max: 99 }), line).map(([n, w]) => `§ ${n} ${w}`),
    fc.tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 9 }), line).map(([a, b, w]) => `${a}.${b} ${w}`),
    line.map((l) => l.toUpperCase()),
  );
  const block: fc.Arbitrary<string> = fc.oneof(
    { weight: 4, arbitrary: fc.array(line, { minLength: 1, maxLength: 3 }).map((ls) => ls.join('\n')) },
    { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 1, max: 7 }), title).map(([d, t]) => `${'#'.repeat(d)} ${t}`) },
    { weight: 1, arbitrary: fc.tuple(title, fc.constantFrom('=', '-', '===', '---')).map(([t, u]) => `${t}\n${u}`) },
    { weight: 1, arbitrary: title.map((t) => `**${t}**`) },
    {
      weight: 2,
      arbitrary: fc.tuple(fc.integer({ min: 1, max: c.maxDepth }), fc.array(line, { minLength: 1, maxLength: 5 }), fc.constantFrom('-', '*', '+', '1.', '1)', 'a)', '(i)')).map(([depth, items, marker]) =>
        items.map((it, i) => `${'  '.repeat(i % depth)}${marker} ${it}`).join('\n'),
      ),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.integer({ min: 1, max: c.maxDepth }), fc.array(line, { minLength: 1, maxLength: 4 })).map(([depth, ls]) => ls.map((l, i) => `${'> '.repeat(1 + (i % depth))}${l}`).join('\n')),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.integer({ min: 1, max: 5 }), fc.array(fc.array(inline, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }), fc.boolean()).map(([cols, rows, delimiter]) => {
        const head = `| ${Array.from({ length: cols }, (_, i) => `h${i}`).join(' | ')} |`;
        const sep = `|${' --- |'.repeat(cols)}`;
        const body = rows.map((r) => `| ${r.join(' | ').replace(/\n/gu, ' ')} |`);
        return [head, ...(delimiter ? [sep] : []), ...body].join('\n');
      }),
    },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('```', '~~~', '````', '```js'), line, fc.boolean()).map(([f, l, close]) => `${f}\n${l}\n${close ? f.replace(/js$/u, '') : ''}`) },
    { weight: 1, arbitrary: line.map((l) => `    ${l}`) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('div', 'pre', 'script', 'style', 'textarea', 'table', 'p', '?xml', '!DOCTYPE'), line, fc.boolean()).map(([t, l, close]) => `<${t}>\n${l}\n${close ? `</${t.replace(/^[?!]/u, '')}>` : ''}`) },
    { weight: 1, arbitrary: fc.constantFrom('---', '***', '___', '<!-- clauselint-disable -->', '<!-- clauselint-enable -->', 'clauselint-disable-next-line restraint-duration', '[x]: https://example.invalid', '<!--\nunclosed') },
  );
  return fc.tuple(
    fc.array(block, { minLength: 1, maxLength: c.maxBlocks }),
    fc.array(fc.constantFrom('\n\n', '\n', '\r\n\r\n', '\r\r', '\u2028\u2028', '\n\n\n', '\n \n', '\r\n'), { minLength: c.maxBlocks, maxLength: c.maxBlocks }),
    fc.constantFrom('', '', '', '\ufeff', '\n', ' '),
    fc.constantFrom<(typeof LINE_BREAKS)[number] | 'keep'>('keep', 'keep', 'keep', ...LINE_BREAKS),
  ).map(([blocks, seps, prefix, eol]) => {
    const doc = prefix + blocks.map((b, i) => b + seps[i]).join('');
    return eol === 'keep' ? doc : doc.replace(/\r\n|\n/gu, eol);
  });
}

/** A contract of restraint clauses: a title, then sentences of prohibition + duration + after-termination + object. */
export function contractArb(v: Vocabulary): fc.Arbitrary<string> {
  const byLang = {
    nl: { title: ['Artikel 12 – Relatiebeding', 'Concurrentiebeding', 'Artikel 3 Anti-ronselbeding', '## Sociale media'], ban: ['Het is werknemer verboden', 'Werknemer zal zich onthouden van', 'Werknemer mag niet'], after: ['na het einde van de arbeidsovereenkomst', 'na uitdiensttreding', 'na beëindiging van het dienstverband'], object: ['contact te onderhouden met relaties van werkgever', 'werkzaam te zijn bij een concurrent', 'medewerkers te benaderen', 'klanten te benaderen'] },
    no: { title: ['§ 7 Konkurranseklausul', 'Kundeklausul', '§ 9 Sosiale medier'], ban: ['Arbeidstakeren skal ikke', 'Arbeidstakeren forplikter seg til ikke å'], after: ['etter fratreden', 'etter arbeidsforholdets opphør'], object: ['ta ansettelse hos en konkurrent', 'kontakte selskapets kunder', 'rekruttere ansatte'] },
    en: { title: ['9. Non-compete', 'Non-solicitation', 'Restrictive covenants', '10. Social media'], ban: ['The Employee shall not', 'The Employee undertakes not to'], after: ['after the Termination Date', 'following termination of employment'], object: ['compete with the Company', 'solicit any Client', 'employ or engage any key employee'] },
  };
  const sentence = fc.constantFrom('nl' as const, 'no' as const, 'en' as const).chain((lang) => {
    const l = byLang[lang];
    const duration = fc.tuple(fc.constantFrom(...v.numbers), fc.constantFrom(...v.units)).map(([n, u]) => (u.startsWith('-') ? `${n}${u}` : `${n} ${u}`));
    return fc.tuple(fc.constantFrom(...l.ban), fc.constantFrom('gedurende', 'i', 'for', 'for a period of', ''), duration, fc.constantFrom(...l.after), fc.constantFrom(...l.object), fc.constantFrom('.', '.', ';', '', '!'))
      .map(([b, p, d, a, o, end]) => `${b} ${p} ${d} ${a} ${o}${end}`.replace(/\s+/gu, ' '));
  });
  const clause = fc.tuple(
    fc.constantFrom(...byLang.nl.title, ...byLang.no.title, ...byLang.en.title),
    fc.array(sentence, { minLength: 1, maxLength: 4 }),
    fc.array(proseArb(v, 10), { maxLength: 1 }),
    fc.constantFrom('## ', '# ', '', '**', '1. '),
  ).map(([t, ss, extra, h]) => `${h}${t}${h === '**' ? '**' : ''}\n\n${[...ss, ...extra].join(' ')}\n`);
  return fc.tuple(fc.array(clause, { minLength: 1, maxLength: 5 }), fc.constantFrom('\n', '\r\n', '\n\n')).map(([cs, sep]) => `# Contract\n\n${cs.join(sep)}`.replace(/\n/gu, sep === '\r\n' ? '\r\n' : '\n'));
}

// ---------------------------------------------------------------------------------------------
// Mutations of real documents

export type Mutation =
  | { op: 'delete'; at: number; len: number }
  | { op: 'duplicate'; at: number; len: number }
  | { op: 'insert'; at: number; text: string }
  | { op: 'swap-eol'; eol: string }
  | { op: 'bom' }
  | { op: 'truncate'; at: number }
  | { op: 'splice'; other: number; at: number; len: number }
  | { op: 'number'; at: number; value: string }
  | { op: 'wrap'; at: number; len: number; before: string; after: string }
  | { op: 'case'; at: number; len: number; upper: boolean }
  | { op: 'prefix-lines'; prefix: string };

export function mutationArb(docCount: number): fc.Arbitrary<Mutation> {
  const at = fc.double({ min: 0, max: 1, noNaN: true });
  const len = fc.integer({ min: 0, max: 400 });
  const asPos = (x: number) => Math.floor(x * 1_000_000); // scaled later to the text length
  return fc.oneof(
    fc.record({ op: fc.constant('delete' as const), at: at.map(asPos), len }),
    fc.record({ op: fc.constant('duplicate' as const), at: at.map(asPos), len }),
    fc.record({ op: fc.constant('insert' as const), at: at.map(asPos), text: fc.oneof(unicodeArb(30), fc.constantFrom(...NASTY_CHARS)) }),
    fc.record({ op: fc.constant('swap-eol' as const), eol: fc.constantFrom(...LINE_BREAKS, '\n\r') }),
    fc.record({ op: fc.constant('bom' as const) }),
    fc.record({ op: fc.constant('truncate' as const), at: at.map(asPos) }),
    fc.record({ op: fc.constant('splice' as const), other: fc.nat({ max: Math.max(0, docCount - 1) }), at: at.map(asPos), len: fc.integer({ min: 0, max: 2000 }) }),
    fc.record({ op: fc.constant('number' as const), at: at.map(asPos), value: fc.constantFrom('0', '99999999999', '1.5', '-3', '½', '٣', 'twintig', 'hundred', '1e9', '(12)', 'NaN') }),
    fc.record({ op: fc.constant('wrap' as const), at: at.map(asPos), len, before: fc.constantFrom('**', '`', '<!-- ', '[', '> ', '- ', '| ', '```\n', '<div>\n'), after: fc.constantFrom('**', '`', ' -->', '](x)', '', ' |', '\n```', '\n</div>') }),
    fc.record({ op: fc.constant('case' as const), at: at.map(asPos), len, upper: fc.boolean() }),
    fc.record({ op: fc.constant('prefix-lines' as const), prefix: fc.constantFrom('> ', '- ', '    ', '1. ', '\t', '| ', '>>> ') }),
  );
}

/** Applies mutations in order; positions are fractions of the current length. */
export function applyMutations(text: string, mutations: readonly Mutation[], corpus: readonly CorpusDoc[]): string {
  let t = text;
  const pos = (x: number) => Math.min(t.length, Math.floor((x / 1_000_000) * (t.length + 1)));
  for (const m of mutations) {
    switch (m.op) {
      case 'delete': {
        const a = pos(m.at);
        t = t.slice(0, a) + t.slice(a + m.len);
        break;
      }
      case 'duplicate': {
        const a = pos(m.at);
        t = t.slice(0, a + m.len) + t.slice(a, a + m.len) + t.slice(a + m.len);
        break;
      }
      case 'insert': {
        const a = pos(m.at);
        t = t.slice(0, a) + m.text + t.slice(a);
        break;
      }
      case 'swap-eol':
        t = t.replace(/\r\n|\n|\r/gu, m.eol);
        break;
      case 'bom':
        t = `\ufeff${t}`;
        break;
      case 'truncate':
        t = t.slice(0, pos(m.at));
        break;
      case 'splice': {
        const other = corpus[m.other % Math.max(1, corpus.length)]?.text ?? '';
        const a = pos(m.at);
        const b = Math.floor((m.at / 1_000_000) * other.length);
        t = t.slice(0, a) + other.slice(b, b + m.len) + t.slice(a);
        break;
      }
      case 'number': {
        const a = pos(m.at);
        const d = /\d+/u.exec(t.slice(a));
        if (d) t = t.slice(0, a + d.index) + m.value + t.slice(a + d.index + d[0].length);
        break;
      }
      case 'wrap': {
        const a = pos(m.at);
        t = t.slice(0, a) + m.before + t.slice(a, a + m.len) + m.after + t.slice(a + m.len);
        break;
      }
      case 'case': {
        const a = pos(m.at);
        const mid = t.slice(a, a + m.len);
        t = t.slice(0, a) + (m.upper ? mid.toUpperCase() : mid.toLowerCase()) + t.slice(a + m.len);
        break;
      }
      case 'prefix-lines':
        t = t.split('\n').map((l) => m.prefix + l).join('\n');
        break;
    }
  }
  return t;
}
