/** The chunked Markdown parser gives what remark gives on the whole document. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ChunkCache, parseMarkdown, parseWithRemark, splitChunks, parsePlainText } from '../../server/src/core/parse';
import { listFixtureFiles } from '../helpers/fixtures';

const root = path.join(__dirname, '..', '..');
const examples = fs.existsSync(path.join(root, 'examples'))
  ? fs.readdirSync(path.join(root, 'examples')).filter((f) => f.endsWith('.md')).map((f) => path.join(root, 'examples', f))
  : [];

const SAMPLES: Record<string, string> = {
  headings: '# Arbeidsovereenkomst\n\n## Artikel 1 – Duur\n\nDeze overeenkomst gaat in op 1 januari.\n',
  'loose list with continuation': '1. Werknemer zal\n\n   geen contact hebben.\n\n2. Tweede **punt** met [link](http://x.nl).\n',
  'fence with blank lines': 'Tekst.\n\n```\ncode\n\nmeer code\n```\n\nNa de code.\n',
  'comment over blank lines': '<!-- clauselint-disable\n\nrestraint-duration -->\n\nTekst.\n',
  table: '| a | b |\n|---|---|\n| x *y* | z |\n\nDaarna.\n',
  blockquote: '> citaat\n>\n> tweede\n\nTekst.\n',
  'crlf and bold heading': '**Artikel 13 Concurrentiebeding**\r\n\r\nWerknemer zal zich onthouden.\r\n',
  'indented code after paragraph': 'Tekst.\n\n    indented code\n\nNa.\n',
  'setext heading': 'Titel\n=====\n\nTekst.\n',
};

function normalise(p: { masked: string; blocks: Array<{ kind: string; start: number; end: number; depth?: number }> }) {
  return { masked: p.masked, blocks: p.blocks.map((b) => `${b.kind}:${b.start}-${b.end}:${b.depth ?? ''}`) };
}

describe('chunked Markdown parsing', () => {
  for (const [name, text] of Object.entries(SAMPLES)) {
    it(`equals whole-document remark: ${name}`, () => {
      expect(normalise(parseMarkdown(text))).toEqual(normalise(parseWithRemark(text)));
    });
  }
  for (const file of [...examples, ...listFixtureFiles().filter((f) => f.endsWith('.md'))]) {
    it(`equals whole-document remark: ${path.relative(root, file)}`, () => {
      const text = fs.readFileSync(file, 'utf8');
      expect(normalise(parseMarkdown(text))).toEqual(normalise(parseWithRemark(text)));
    });
  }
  it('masked text has the length and line breaks of the source', () => {
    for (const text of Object.values(SAMPLES)) {
      const { masked } = parseMarkdown(text);
      expect(masked.length).toBe(text.length);
      expect(masked.replace(/[^\r\n]/gu, '')).toBe(text.replace(/[^\r\n]/gu, ''));
    }
  });
  it('never cuts inside a fence, a comment or before an indented line', () => {
    const chunks = splitChunks(SAMPLES['fence with blank lines']);
    expect(chunks.length).toBe(3);
    expect(splitChunks(SAMPLES['comment over blank lines']).length).toBe(2);
    expect(splitChunks(SAMPLES['loose list with continuation']).length).toBe(2);
  });
  it('reuses cached chunks and gives the same result', () => {
    const cache = new ChunkCache();
    const text = Object.values(SAMPLES).join('\n');
    const first = parseMarkdown(text, cache);
    const all = splitChunks(text).map((c) => text.slice(c.start, c.end));
    const chunks = all.length;
    expect(cache.misses).toBe(new Set(all).size);
    cache.misses = 0;
    cache.hits = 0;
    const edited = text.replace('Daarna.', 'Daarna!');
    expect(normalise(parseMarkdown(edited, cache))).toEqual(normalise(parseMarkdown(edited)));
    expect(cache.misses).toBe(1);
    expect(cache.hits).toBe(chunks - 1);
    expect(normalise(first)).toEqual(normalise(parseMarkdown(text)));
  });
});

describe('plain text', () => {
  it('turns numbered clause lines into headings', () => {
    const text = 'ARBEIDSOVEREENKOMST\n\nArtikel 12 Relatiebeding\nHet is werknemer verboden.\n\n12.1 Nadere regels\n\n§ 7 Konkurranseklausul\n\nClause 9.2 Restrictions\n';
    const { blocks } = parsePlainText(text);
    const headings = blocks.filter((b) => b.kind === 'heading').map((b) => text.slice(b.start, b.end));
    expect(headings).toEqual(['ARBEIDSOVEREENKOMST', 'Artikel 12 Relatiebeding', '12.1 Nadere regels', '§ 7 Konkurranseklausul', 'Clause 9.2 Restrictions']);
  });
});

describe('fast paths equal remark', () => {
  const cases = [
    '# Titel', '## Artikel 12 – Relatiebeding', '   ### Drie spaties', '## Kop met sluiting ##', '#', '## ', '#Geen kop',
    '####### zeven', '## Kop *met* nadruk', '## Kop\\', '## § 7 Konkurranseklausul', '## 12. Non-solicitation  ',
    'Gewone alinea zonder opmaak.', 'Alinea\nover twee regels.', '12. Relatiebeding', '**Artikel 13 Concurrentiebeding**',
    'Titel\n=====', 'Titel\n---', '  Titel  \n   ==  ', 'Titel\r\n===', '- Titel\n---', '1. Titel\n===', 'Titel *x*\n===',
    'Titel\n    ===', '    Titel\n===', 'Titel\n= =', 'a\n=\nb\n=\nc\n-\n', '# a\nTekst.\n## b\nMeer tekst.\n',
  ];
  for (const c of cases) {
    it(JSON.stringify(c), () => {
      expect(normalise(parseMarkdown(c))).toEqual(normalise(parseWithRemark(c)));
    });
  }
});

describe('chunks without blank lines', () => {
  const long = (n: number) => Array.from({ length: n }, (_, i) => (i % 3 === 2 ? `Zin ${i} eindigt hier.` : `regel ${i} loopt door`)).join('\n');
  const cases: Record<string, string> = {
    'ATX headings with text between': '# Titel\nTekst.\n## Artikel 1\nHet is verboden.\n### Sub\n- punt\n- punt\n# Na\n',
    'setext headings in a row': 'a\n=\nb\n-\nc\n===\nTekst\nnog\n',
    'heading inside a fence stays in it': '```\n# geen kop\nregel\n```\n# Kop\n',
    'heading after an HTML block stays in it': '<div>\n# in html\n</div>\n',
    'list then heading': '- a\n  b\n# Kop\n> c\n# Kop 2\n',
    'a long paragraph-run cut at sentence ends': long(300),
  };
  for (const [name, text] of Object.entries(cases)) {
    it(`equals whole-document remark (masked text; blocks up to paragraph cuts): ${name}`, () => {
      const chunked = normalise(parseMarkdown(text));
      const whole = normalise(parseWithRemark(text));
      expect(chunked.masked).toEqual(whole.masked);
      if (name.startsWith('a long')) {
        // cut every SOFT_MAX_LINES lines, only after a sentence end
        const cuts = splitChunks(text);
        expect(cuts.length).toBeGreaterThan(3);
        for (const c of cuts.slice(0, -1)) expect(text.slice(c.start, c.end)).toMatch(/\.$/u);
      } else expect(chunked.blocks).toEqual(whole.blocks);
    });
  }
  it('cuts before ATX headings and after two-line setext headings, not inside fences or HTML blocks', () => {
    expect(splitChunks(cases['ATX headings with text between']).length).toBe(4);
    expect(splitChunks(cases['setext headings in a row']).length).toBe(4);
    expect(splitChunks(cases['heading inside a fence stays in it']).length).toBe(2);
    expect(splitChunks(cases['heading after an HTML block stays in it']).length).toBe(1);
  });
});

describe('pathological structure', () => {
  const cases: Record<string, string> = {
    'setext headings': 'a\n=\n'.repeat(25_000),
    'ATX headings': '# a\n'.repeat(25_000),
    'nested links': `${'['.repeat(10_000)}a${'](b)'.repeat(10_000)}`,
    'link references': '[a][b] '.repeat(14_000),
    'list staircase': Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- a`).join('\n'),
    'table with 5,000 rows': `| a | b |\n| --- | --- |\n${'| twee jaar | na het einde |\n'.repeat(5_000)}`,
  };
  for (const [name, text] of Object.entries(cases)) {
    it(`${name}: parses in linear time (same masked length)`, () => {
      const t0 = performance.now();
      const { masked } = parseMarkdown(text);
      expect(masked.length).toBe(text.length);
      expect(performance.now() - t0).toBeLessThan(3000); // remark alone: 10 s to minutes on these
    });
  }
});

describe('pathological nesting', () => {
  for (const [name, line] of [['lists', '- '], ['quotes', '> '], ['ordered', '1. ']] as const) {
    it(`${name}: 20,000 nested markers parse quickly`, () => {
      const text = `${line.repeat(20000)}tekst\n\nNa.\n`;
      const t0 = performance.now();
      const { masked, blocks } = parseMarkdown(text);
      expect(masked.length).toBe(text.length);
      expect(blocks.length).toBeGreaterThan(0);
      expect(performance.now() - t0).toBeLessThan(2000);
    });
  }
  it('nesting up to 32 levels still goes through remark', () => {
    const text = `${'> '.repeat(32)}tekst\n`;
    expect(normalise(parseMarkdown(text))).toEqual(normalise(parseWithRemark(text)));
  });
});

describe('astral characters', () => {
  // found by `npm run fuzz` (seed 144148277): micromark ended a text node between the two halves of
  // U+10000 next to U+2028 line separators; the masked text kept half the pair, a sentence ended inside
  // it and the whistleblowing carve-out fix inserted its text between the halves
  const text =
    '\ufeff- <span title="x">Werknemer</span> <!-- clauselint-disable-next-line -->\u2028- negative consequences #open for work  [^2]: onthoudt zich . \u2028- \u{10000} \u2028\u2028> [. ](https://example.invalid/a)\u2028\u2028';
  it('a masked text never holds half a surrogate pair', () => {
    for (const parsed of [parseMarkdown(text), parseWithRemark(text)]) {
      const { masked } = parsed;
      for (let i = 0; i + 1 < text.length; i++) {
        if ((text.charCodeAt(i) & 0xfc00) !== 0xd800 || (text.charCodeAt(i + 1) & 0xfc00) !== 0xdc00) continue;
        const kept = [masked[i] === text[i], masked[i + 1] === text[i + 1]];
        expect(kept[0], `pair at ${i}`).toBe(kept[1]);
      }
      for (const b of parsed.blocks) {
        expect((text.charCodeAt(b.start) & 0xfc00) === 0xdc00).toBe(false);
        expect((text.charCodeAt(b.end) & 0xfc00) === 0xdc00).toBe(false);
      }
    }
  });
});
