/** The chunked Markdown parser gives what remark gives on the whole document. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ChunkCache, parseMarkdown, parseWithRemark, splitChunks, parsePlainText } from '../../server/src/core/parse';
import { listFixtureFiles } from '../helpers/fixtures';
import { prng } from '../helpers/prng';
import { LineIndex, editBetween } from '../../server/src/core/text';

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


/** Pieces that change how a text is cut: blank lines, fences, comments, HTML, indentation, headings, line-break kinds. */
const PIECES = [
  '\n', '\n\n', '\r', '\r\n', '\u2028', ' ', '    ', '\t', '```', '```\n', '~~~\n', '<!--', '-->', '<pre>', '</pre>', '<div>\n',
  '# ', '## Artikel 3\n', 'Titel\n=====\n', '- ', '1. ', '> ', '**', '[', '](x)', 'x', 'Tekst.', '\n\n## Artikel 9 – Relatiebeding\n\n',
];

function edit(text: string, rnd: () => number): string {
  let at = Math.floor(rnd() * (text.length + 1));
  // often at a line start or end, where an edit decides whether a chunk begins
  if (rnd() < 0.3) while (at > 0 && !/[\n\r\u2028]/u.test(text[at - 1])) at--;
  else if (rnd() < 0.2) while (at < text.length && !/[\n\r\u2028]/u.test(text[at])) at++;
  const r = rnd();
  if (r < 0.5) return text.slice(0, at) + PIECES[Math.floor(rnd() * PIECES.length)] + text.slice(at);
  if (r < 0.8) return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(rnd() * 30)));
  return text.slice(0, at) + PIECES[Math.floor(rnd() * PIECES.length)] + text.slice(Math.min(text.length, at + 1 + Math.floor(rnd() * 10)));
}

describe('edit-aware reparse', () => {
  const texts = [Object.values(SAMPLES).join('\n'), ...examples.map((f) => fs.readFileSync(f, 'utf8'))];
  texts.forEach((start, n) => {
    it(`equals a parse from scratch after every random edit (text ${n})`, () => {
      const rnd = prng(7 + n);
      const cache = new ChunkCache();
      let text = start;
      parseMarkdown(text, cache);
      for (let step = 0; step < 60; step++) {
        text = edit(text, rnd);
        const inc = parseMarkdown(text, cache);
        const full = parseMarkdown(text);
        expect(cache.last!.chunks, `step ${step}`).toEqual(splitChunks(text));
        expect(normalise(inc), `step ${step}`).toEqual(normalise(full));
        expect(inc.origins!.length).toBe(inc.blocks.length);
        inc.blocks.forEach((b, k) => expect(b.end - b.start).toBe(inc.origins![k].end - inc.origins![k].start));
      }
    });
  });
  it('re-parses only the chunks around the edit', () => {
    const text = Array.from({ length: 200 }, (_, k) => `## Artikel ${k}\n\nWerknemer zal *niet* ${k} keer.\n`).join('\n');
    const cache = new ChunkCache();
    parseMarkdown(text, cache);
    cache.misses = 0;
    cache.hits = 0;
    const at = text.indexOf('*niet* 100');
    const edited = text.slice(0, at) + 'x' + text.slice(at);
    expect(normalise(parseMarkdown(edited, cache))).toEqual(normalise(parseMarkdown(edited)));
    expect(cache.misses).toBe(1);
    expect(cache.hits + cache.misses).toBe(cache.last!.chunks.length);
  });
});

describe('LineIndex after an edit', () => {
  it('equals a fresh index after every random edit, whatever the line breaks', () => {
    const rnd = prng(99);
    let text = 'a\r\nb\rc\nd\u2028e\u2029f\r\r\n\n';
    let lines = new LineIndex(text);
    for (let step = 0; step < 3000; step++) {
      const at = Math.floor(rnd() * (text.length + 1));
      const ins = Array.from({ length: Math.floor(rnd() * 4) }, () => ['\r', '\n', '\r\n', 'x', '\u2028'][Math.floor(rnd() * 5)]).join('');
      text = text.slice(0, at) + ins + text.slice(Math.min(text.length, at + Math.floor(rnd() * 3)));
      if (text.length > 200) text = text.slice(0, 100);
      lines = LineIndex.edited(lines, text);
      const fresh = new LineIndex(text);
      expect(lines.lineCount, `step ${step}: ${JSON.stringify(text)}`).toBe(fresh.lineCount);
      const all = (ix: LineIndex) => Array.from({ length: text.length + 1 }, (_, o) => `${ix.position(o).line}:${ix.position(o).column}`).join(' ');
      expect(all(lines), `step ${step}: ${JSON.stringify(text)}`).toBe(all(fresh));
    }
  });
  it('editBetween finds the changed span', () => {
    expect(editBetween('abcdef', 'abXdef')).toEqual({ start: 2, oldEnd: 3, newEnd: 3 });
    expect(editBetween('aaaa', 'aaaaa')).toEqual({ start: 4, oldEnd: 4, newEnd: 5 });
    const big = 'x'.repeat(100_000);
    expect(editBetween(big, big.slice(0, 5000) + 'y' + big.slice(5000))).toEqual({ start: 5000, oldEnd: 5000, newEnd: 5001 });
    expect(editBetween(big + 'a' + big, big + 'b' + big)).toEqual({ start: 100_000, oldEnd: 100_001, newEnd: 100_001 });
  });
});
