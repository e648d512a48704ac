/**
 * Parsing: Markdown through unified + remark-parse (+ GFM tables), plain text through a line-based
 * block splitter. Both produce blocks with exact source offsets and a `masked` copy of the text in
 * which everything that is not prose (markup, link targets, HTML, code) is blanked with spaces, so
 * that offsets in `masked` are offsets in the source.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Block, DocFormat } from './types';
import type { BlockEdit } from './segment';
import { editBetween, highSurrogateAt, lowSurrogateAt, type TextEdit } from './text';

export interface ParsedDocument {
  masked: string;
  blocks: Block[];
  /**
   * With a chunk cache: for each block, the block of the cached chunk it was shifted from. The same
   * chunk text gives the same objects on every parse, so later stages can key their own per-block
   * results on them (segment.ts, lint.ts).
   */
  origins?: Block[];
  /** From an edit-aware reparse: which blocks are those of the previous parse (`previous`), unchanged or moved. */
  edit?: BlockEdit & { previous: readonly Block[]; previousText: string; text: TextEdit };
}

interface MdNode {
  type: string;
  depth?: number;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const markdownParser = unified().use(remarkParse).use(remarkGfm);

/** Replaces every character but line breaks with a space. */
export function blank(s: string): string {
  return s.replace(/[^\n\r\u2028\u2029]/g, ' ');
}

export function parseDocument(text: string, format: DocFormat, cache?: ChunkCache): ParsedDocument {
  return format === 'plaintext' ? parsePlainText(text) : parseMarkdown(text, cache);
}

// ---------------------------------------------------------------------------------------------
// Markdown, chunk by chunk
//
// The document is cut into top-level chunks at blank lines (never inside a code fence, an HTML
// comment or raw HTML block, and never before an indented line, which continues a list item or an
// indented code block). A chunk of plain prose — no block markers at line starts, no inline markup
// characters — is one paragraph and needs no parser; every other chunk goes through remark on its
// own. The same cut is used for every lint, so a cached chunk gives exactly what parsing it again
// would: the incremental path in the server re-parses only the chunks an edit touched.

export interface ParsedChunk {
  /** Masked text of the chunk (same length as the chunk). */
  masked: string;
  /** Blocks with offsets relative to the chunk start. */
  blocks: Block[];
}

/** A cache of parsed chunks keyed by chunk text; `sweep()` drops chunks the last parse did not use. */
export class ChunkCache {
  private current = new Map<string, ParsedChunk>();
  private previous = new Map<string, ParsedChunk>();
  hits = 0;
  misses = 0;
  get(key: string): ParsedChunk | undefined {
    let v = this.current.get(key);
    if (v) return v;
    v = this.previous.get(key);
    if (v) this.current.set(key, v);
    return v;
  }
  set(key: string, value: ParsedChunk): void {
    this.current.set(key, value);
  }
  /** Call after a parse: keeps only what that parse used. */
  sweep(): void {
    this.previous = this.current;
    this.current = new Map();
  }
  get size(): number {
    return this.current.size + this.previous.size;
  }
  /** The last parse, for the next one to start from (see parseMarkdown). */
  last?: LastParse;
}

/** A parse kept for the next: its text, chunks, their parses and where each chunk's blocks begin. */
interface LastParse {
  text: string;
  chunks: Chunk[];
  parsed: ParsedChunk[];
  /** firstBlock[k]: index in `blocks` of chunk k's first block; one more entry, blocks.length. */
  firstBlock: number[];
  masked: string;
  blocks: Block[];
  origins: Block[];
}

export interface Chunk {
  start: number;
  end: number;
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/u;
const RAW_HTML_OPEN = /^ {0,3}<(pre|script|style|textarea)(?:\s|>|$)/iu;

/** Cuts Markdown into top-level chunks separated by blank lines. */
export function splitChunks(text: string): Chunk[] {
  return scanChunks(text, 0).chunks;
}

/**
 * The chunks of text from `from` on, which must be 0 or the start of a chunk: the scanner's state at a
 * chunk start is always the initial one (no open fence, comment or HTML block; the previous line is not
 * looked at before a line of the chunk is read). With `resync`, the scan stops before the first chunk
 * whose start it accepts (`resyncAt`): the incremental path stops where the chunks of the text after an
 * edit are those of the previous text, shifted.
 */
export function scanChunks(text: string, from: number, resync?: (start: number) => boolean): { chunks: Chunk[]; resyncAt?: number } {
  const chunks: Chunk[] = [];
  const n = text.length;
  let pos = from;
  let chunkStart = -1;
  let chunkEnd = -1;
  let fence: string | undefined;
  let inComment = false;
  let rawHtml: string | undefined;
  let pendingBlank = false;
  let prevLine = '';
  let linesInChunk = 0;
  let chunkHasHtml = false;
  let firstLine = '';
  while (pos < n) {
    let eol = pos;
    while (eol < n) {
      const c = text.charCodeAt(eol);
      if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) break;
      eol++;
    }
    let next = eol;
    if (next < n) next += text.charCodeAt(next) === 13 && text.charCodeAt(next + 1) === 10 ? 2 : 1;
    const line = text.slice(pos, eol);
    const blankLine = line.trim() === '';
    if (fence !== undefined || inComment || rawHtml !== undefined) {
      if (chunkStart < 0) chunkStart = pos;
      chunkEnd = eol;
      if (fence !== undefined) {
        const m = FENCE_OPEN.exec(line);
        if (m && m[1][0] === fence[0] && m[1].length >= fence.length && line.trim() === m[1]) fence = undefined;
      } else if (inComment) {
        if (line.includes('-->')) inComment = false;
      } else if (rawHtml !== undefined && new RegExp(`</${rawHtml}>`, 'iu').test(line)) rawHtml = undefined;
    } else if (blankLine) {
      pendingBlank = chunkStart >= 0;
    } else {
      const indented = /^(?: {4}|\t| {0,3}\t)/u.test(line) || /^ {1,3}\S/u.test(line);
      if (pendingBlank && !indented) {
        chunks.push({ start: chunkStart, end: chunkEnd });
        chunkStart = -1;
      } else if (chunkStart >= 0 && !indented && !chunkHasHtml && startsNewBlock(line, prevLine, firstLine, linesInChunk)) {
        // no blank line, but a block boundary remark would see too: keeps chunks short (see SOFT_MAX_LINES)
        chunks.push({ start: chunkStart, end: chunkEnd });
        chunkStart = -1;
      }
      pendingBlank = false;
      if (chunkStart < 0) {
        if (resync?.(pos)) return { chunks, resyncAt: pos };
        chunkStart = pos;
        linesInChunk = 0;
        chunkHasHtml = false;
        firstLine = line;
      }
      chunkEnd = eol;
      linesInChunk++;
      if (HTML_LINE.test(line)) chunkHasHtml = true;
      const f = FENCE_OPEN.exec(line);
      if (f && !(f[1][0] === '`' && line.slice(line.indexOf(f[1]) + f[1].length).includes('`'))) fence = f[1];
      else {
        const open = line.lastIndexOf('<!--');
        if (open >= 0 && line.indexOf('-->', open + 4) < 0) inComment = true;
        const raw = RAW_HTML_OPEN.exec(line);
        if (raw && !new RegExp(`</${raw[1]}>`, 'iu').test(line)) rawHtml = raw[1].toLowerCase();
      }
    }
    if (!blankLine) prevLine = line;
    pos = next;
  }
  if (chunkStart >= 0) chunks.push({ start: chunkStart, end: chunkEnd });
  return { chunks };
}

/**
 * A chunk with no blank line may still be long (a template pasted without blank lines, or hostile
 * input: 25,000 setext headings in a row cost remark minutes, as its cost grows with the square of
 * the chunk). It is also cut, without a blank line, where a new top-level block begins for sure:
 * before an ATX heading at column 0; after a two-line setext heading ("Titel" / "====="); and — once
 * the chunk has SOFT_MAX_LINES lines — before a line starting with a letter or digit at column 0 after
 * a line that closes its paragraph (an underline, a thematic break or a sentence end). Never after a
 * line opening an HTML block, which only a blank line ends.
 */
const SOFT_MAX_LINES = 64;
const ATX_LINE = /^#{1,6}(?:[ \t]|$)/u;
const HTML_LINE = /^ {0,3}</u;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/u;
const CLOSES_PARAGRAPH = /(?:^ {0,3}(?:=+|-+|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})[ \t]*$|[.;:!?]["'”’)]?[ \t]*$)/u;
const PROSE_START = /^(?!\d{1,9}[.)](?:[ \t]|$))[\p{L}\p{N}]/u;

function startsNewBlock(line: string, prevLine: string, firstLine: string, linesInChunk: number): boolean {
  if (ATX_LINE.test(line)) return true;
  if (!PROSE_START.test(line)) return false;
  if (linesInChunk === 2 && SETEXT_UNDERLINE.test(prevLine) && PROSE_START.test(firstLine)) return true;
  return linesInChunk >= SOFT_MAX_LINES && CLOSES_PARAGRAPH.test(prevLine);
}

/** Line starts that make a chunk more than a plain paragraph. */
const BLOCK_MARKER = /^ {0,3}(?:[#>=|<`~+*-]|\d{1,9}[.)](?:\s|$)|\[)/u;
/** Inline characters that may start markup (emphasis, code, links, HTML, escapes, entities, tables, strike). */
const INLINE_MARKUP = /[*_`[\]<>\\|~]|&[#\p{L}]|!\[/u;

/** A line opening more than 32 nested containers ("- - - - …", "> > > …", "1. 1. 1. …"). */
const DEEP_NESTING = /^[ \t]*(?:(?:[-*+>]|\d{1,9}[.)])[ \t]*){33}/mu;

/** A two-line setext heading: indentation, content (trailing blanks apart), line break, underline. */
const SETEXT_HEADING = /^( {0,3})([^\s](?:[^\r\n\u2028\u2029]*[^\s])?)[ \t]*(\r\n|[\n\r])( {0,3}(=+|-+))[ \t]*$/u;
/** A line indented by 64 columns or more. */
const DEEP_INDENT = /^(?: {0,3}\t| {4}){16}/mu;
/** More inline markup characters than MAX_MARKUP in one chunk. */
const MAX_MARKUP = 2000;
function markupHeavy(text: string): boolean {
  if (text.length < MAX_MARKUP) return false;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    switch (text.charCodeAt(i)) {
      case 0x5b: // [
      case 0x5d: // ]
      case 0x2a: // *
      case 0x5f: // _
      case 0x60: // `
      case 0x3c: // <
      case 0x26: // &
      case 0x5c: // \
      case 0x7c: // |
      case 0x7e: // ~
        if (++n > MAX_MARKUP) return true;
    }
  }
  return false;
}

/** A one-line ATX heading: indentation, the #'s, the content (without a closing # sequence). */
const ATX_HEADING = /^( {0,3})(#{1,6})(?:[ \t]+([^\r\n]*?))?(?:[ \t]+#+)?[ \t]*$/u;

function isPlainProse(chunk: string): boolean {
  if (INLINE_MARKUP.test(chunk)) return false;
  for (const line of chunk.split(/\r\n|[\n\r\u2028\u2029]/u)) {
    // a blank line inside a chunk or an indented line means lists or indented code: let remark decide
    if (BLOCK_MARKER.test(line) || line.trim() === '' || /^(?: {4}|\t)/u.test(line)) return false;
  }
  return true;
}

export function parseMarkdown(text: string, cache?: ChunkCache): ParsedDocument {
  if (cache?.last) return reparseMarkdown(text, cache, cache.last);
  const chunks = splitChunks(text);
  const parsed = chunks.map((ch) => parsedChunk(text, ch, cache));
  const blocks: Block[] = [];
  const origins: Block[] | undefined = cache ? [] : undefined;
  const firstBlock: number[] = [];
  const parts: string[] = [];
  let at = 0;
  chunks.forEach((ch, k) => {
    firstBlock.push(blocks.length);
    parts.push(blank(text.slice(at, ch.start)), parsed[k].masked);
    at = ch.end;
    for (const b of parsed[k].blocks) {
      blocks.push({ ...b, start: b.start + ch.start, end: b.end + ch.start });
      origins?.push(b);
    }
  });
  firstBlock.push(blocks.length);
  parts.push(blank(text.slice(at)));
  const masked = parts.join('');
  if (cache) {
    cache.sweep();
    cache.last = { text, chunks, parsed, firstBlock, masked, blocks, origins: origins! };
  }
  return { masked, blocks, origins };
}

function parsedChunk(text: string, ch: Chunk, cache: ChunkCache | undefined): ParsedChunk {
  const chunkText = text.slice(ch.start, ch.end);
  let parsed = cache?.get(chunkText);
  if (parsed) cache!.hits++;
  else {
    parsed = parseMarkdownChunk(chunkText);
    if (cache) {
      cache.misses++;
      cache.set(chunkText, parsed);
    }
  }
  return parsed;
}

/**
 * The parse of `text` from the parse of an earlier text: chunks before the edit keep their blocks,
 * chunks are cut again from the chunk before the edit until a chunk starts where one started before
 * (shifted by the edit's length change), and the chunks after that are the earlier ones, shifted.
 * The chunking, and so the result, is exactly that of a parse from scratch (test/unit/parse.test.ts).
 */
function reparseMarkdown(text: string, cache: ChunkCache, last: LastParse): ParsedDocument {
  const edit = editBetween(last.text, text);
  const delta = edit.newEnd - edit.oldEnd;
  const old = last.chunks;
  // the last chunk starting at or before the edit; the cut is redone from the chunk before it
  let i = -1;
  for (let lo = 0, hi = old.length - 1; lo <= hi; ) {
    const mid = (lo + hi) >> 1;
    if (old[mid].start <= edit.start) (i = mid), (lo = mid + 1);
    else hi = mid - 1;
  }
  const keep = Math.max(0, i - 1);
  const restart = i >= 1 ? old[keep].start : 0;
  let j = keep;
  const scan = scanChunks(text, restart, (start) => {
    if (start < edit.newEnd) return false;
    while (j < old.length && old[j].start < start - delta) j++;
    return j < old.length && old[j].start === start - delta;
  });
  const tail = scan.resyncAt === undefined ? old.length : j;

  const chunks = old.slice(0, keep);
  const parsed = last.parsed.slice(0, keep);
  const firstBlock = last.firstBlock.slice(0, keep);
  const blocks = last.blocks.slice(0, last.firstBlock[keep]);
  const origins = last.origins.slice(0, last.firstBlock[keep]);
  const parts: string[] = [last.masked.slice(0, restart)];
  let at = restart;
  const add = (ch: Chunk, p: ParsedChunk, shifted?: number) => {
    chunks.push(ch);
    parsed.push(p);
    firstBlock.push(blocks.length);
    if (shifted === undefined) {
      parts.push(blank(text.slice(at, ch.start)), p.masked);
      at = ch.end;
    }
    for (const b of p.blocks) {
      blocks.push({ ...b, start: b.start + ch.start, end: b.end + ch.start });
      origins.push(b);
    }
  };
  let o = keep;
  for (const ch of scan.chunks) {
    // a chunk that ends before the edit is one of the previous chunks (same text, same place): reuse its
    // parse without looking its text up, so that its blocks stay the same objects as before
    let p: ParsedChunk | undefined;
    if (ch.end <= edit.start) {
      while (o < old.length && old[o].start < ch.start) o++;
      if (o < old.length && old[o].start === ch.start && old[o].end === ch.end) p = last.parsed[o];
    }
    if (p) cache.hits++;
    add(ch, p ?? parsedChunk(text, ch, cache));
  }
  const newSuffix = blocks.length;
  if (scan.resyncAt !== undefined) {
    parts.push(blank(text.slice(at, scan.resyncAt)), last.masked.slice(scan.resyncAt - delta));
    for (let k = tail; k < old.length; k++) {
      const ch = delta === 0 ? old[k] : { start: old[k].start + delta, end: old[k].end + delta };
      if (delta === 0) {
        chunks.push(ch);
        parsed.push(last.parsed[k]);
        firstBlock.push(blocks.length);
        for (let b = last.firstBlock[k]; b < last.firstBlock[k + 1]; b++) {
          blocks.push(last.blocks[b]);
          origins.push(last.origins[b]);
        }
      } else add(ch, last.parsed[k], delta);
    }
  } else parts.push(blank(text.slice(at)));
  firstBlock.push(blocks.length);
  cache.hits += keep + (old.length - tail);
  const masked = parts.join('');
  cache.sweep();
  const blockEdit = { prefix: last.firstBlock[keep], oldSuffix: last.firstBlock[tail], newSuffix, delta, previous: last.blocks, previousText: last.text, text: edit };
  cache.last = { text, chunks, parsed, firstBlock, masked, blocks, origins };
  return { masked, blocks, origins, edit: blockEdit };
}

/** Parses one chunk (offsets relative to it). */
export function parseMarkdownChunk(text: string): ParsedChunk {
  if (DEEP_NESTING.test(text) || DEEP_INDENT.test(text) || markupHeavy(text)) {
    // 33+ nested list or quote markers on a line, a line indented 64 columns or more (a list staircase),
    // or thousands of inline markup characters in one chunk (nested or unclosed links, emphasis, tables
    // of thousands of cells): remark's cost grows with the square of these, and no contract has them —
    // read the chunk as plain text instead (same offsets, no markup removed).
    return parsePlainText(text);
  }
  const heading = ATX_HEADING.exec(text);
  if (heading && !INLINE_MARKUP.test(heading[3] ?? '') && !/[\r\n\u2028\u2029]/u.test(text)) {
    // "## Artikel 12 – Relatiebeding": what remark gives, without remark
    const start = heading[1].length;
    const contentStart = start + heading[2].length + (heading[3] ? text.slice(start + heading[2].length).search(/\S/u) : 0);
    const content = heading[3] ?? '';
    const blocks: Block[] = [{ kind: 'heading', start, end: text.length, depth: heading[2].length }];
    const masked = blank(text.slice(0, contentStart)) + content + blank(text.slice(contentStart + content.length));
    return { masked, blocks };
  }
  const setext = SETEXT_HEADING.exec(text);
  if (setext && isPlainProse(setext[2])) {
    // "Titel" / "=====": what remark gives, without remark
    const start = setext[1].length;
    const contentEnd = start + setext[2].length;
    const blocks: Block[] = [{ kind: 'heading', start, end: text.length, depth: setext[5][0] === '=' ? 1 : 2 }];
    return { masked: blank(text.slice(0, start)) + setext[2] + blank(text.slice(contentEnd)), blocks };
  }
  if (isPlainProse(text)) {
    const blocks: Block[] = [{ kind: 'paragraph', start: 0, end: text.length }];
    markPseudoHeadings(text, text, blocks);
    return { masked: text, blocks };
  }
  return parseWithRemark(text);
}

/**
 * [s, e) widened so that neither end falls inside a surrogate pair: micromark can end a text node
 * between the two halves of an astral character (seen with U+2028 line separators around it), and
 * a masked text holding half a pair would put sentence ends, and fix insertions, inside it.
 */
function wholeCodePoints(text: string, s: number, e: number): [number, number] {
  if (lowSurrogateAt(text, s) && highSurrogateAt(text, s - 1)) s--;
  if (lowSurrogateAt(text, e) && highSurrogateAt(text, e - 1)) e++;
  return [s, e];
}

/** remark over the whole text: the reference the chunked parser is tested against. */
export function parseWithRemark(text: string): ParsedChunk {
  const tree = markdownParser.parse(text) as unknown as MdNode;
  const blocks: Block[] = [];
  const prose: Array<[number, number]> = [];

  const range = (n: MdNode): [number, number] | undefined => {
    const s = n.position?.start.offset;
    const e = n.position?.end.offset;
    return s === undefined || e === undefined ? undefined : wholeCodePoints(text, s, e);
  };
  const collectText = (n: MdNode): void => {
    // Iterative walk: deeply nested input (10k blockquotes) must not overflow the stack.
    const stack: MdNode[] = [n];
    while (stack.length) {
      const cur = stack.pop()!;
      if (cur.type === 'text') {
        const r = range(cur);
        if (r) prose.push(r);
      } else if (cur.children && cur.type !== 'image' && cur.type !== 'html' && cur.type !== 'inlineCode') {
        for (let i = cur.children.length - 1; i >= 0; i--) stack.push(cur.children[i]);
      }
    }
  };

  const stack: Array<{ node: MdNode; inListItem: boolean }> = [{ node: tree, inListItem: false }];
  while (stack.length) {
    const { node, inListItem } = stack.pop()!;
    const r = range(node);
    if (r && (node.type === 'heading' || node.type === 'paragraph' || node.type === 'tableRow')) {
      const kind = node.type === 'heading' ? 'heading' : node.type === 'tableRow' ? 'tableRow' : inListItem ? 'listItem' : 'paragraph';
      blocks.push({ kind, start: r[0], end: r[1], ...(node.type === 'heading' ? { depth: node.depth ?? 1 } : {}) });
      collectText(node);
      continue;
    }
    if (r && (node.type === 'code' || node.type === 'html')) {
      blocks.push({ kind: node.type, start: r[0], end: r[1] });
      continue;
    }
    const kids = node.children ?? [];
    const inItem = inListItem || node.type === 'listItem';
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i], inListItem: inItem });
  }
  blocks.sort((a, b) => a.start - b.start);
  prose.sort((a, b) => a[0] - b[0]);

  const parts: string[] = [];
  let at = 0;
  for (const [s, e] of prose) {
    if (s < at) continue;
    parts.push(blank(text.slice(at, s)), text.slice(s, e));
    at = e;
  }
  parts.push(blank(text.slice(at)));
  const masked = parts.join('');
  markPseudoHeadings(text, masked, blocks);
  return { masked, blocks };
}

// ---------------------------------------------------------------------------------------------
// Plain text

const LIST_MARKER = /^[ \t]*(?:[-*•–]\s|\(?[a-z]\)\s|\(?[ivx]{1,4}\)\s|[a-z]\.\s|\d+(?:\.\d+)+\.?\s|\d+[.)]\s)/iu;

export function parsePlainText(text: string): ParsedDocument {
  const blocks: Block[] = [];
  const lineRe = /[^\n\r\u2028\u2029]*(?:\r\n|[\n\r\u2028\u2029]|$)/gu;
  let cur: Block | undefined;
  let m: RegExpExecArray | null;
  while ((m = lineRe.exec(text)) !== null) {
    if (m[0].length === 0) break;
    const start = m.index;
    const content = m[0].replace(/[\r\n\u2028\u2029]+$/u, '');
    const end = start + content.length;
    if (content.trim() === '') {
      cur = undefined;
    } else if (!cur || LIST_MARKER.test(content) || looksLikeHeadingLine(content)) {
      cur = { kind: LIST_MARKER.test(content) ? 'listItem' : 'paragraph', start, end };
      blocks.push(cur);
      if (looksLikeHeadingLine(content)) cur = undefined; // a heading line stands alone
    } else {
      cur.end = end;
    }
  }
  for (const b of blocks) {
    const lead = text.slice(b.start).search(/\S/u);
    if (lead > 0) b.start += lead;
  }
  markPseudoHeadings(text, text, blocks);
  return { masked: text, blocks };
}

// ---------------------------------------------------------------------------------------------
// Numbered clause headings in prose: "Artikel 12 – Relatiebeding", "§ 7 Konkurranseklausul",
// "12. Non-solicitation", "Clause 9.2 Restrictions", "**Artikel 5 Proeftijd**", "RELATIEBEDING".

const HEADING_KEYWORD =
  /^(?:artikel|article|art\.|clause|section|paragraph|punkt|paragraf|bepaling|§)\s*\d+[a-z]?(?:\.\d+)*\.?(?:\s*[-–—:.]\s*|\s+|$)/iu;
const NUMBERED_TITLE = /^\d{1,3}(?:\.\d{1,3})*\.?\s+\p{Lu}/u;

function headingDepthOf(line: string): number | undefined {
  const l = line.trim().replace(/^(?:#{1,6}\s+)/u, '').replace(/^[*_]{1,3}|[*_]{1,3}$/gu, '').trim();
  if (l.length === 0 || l.length > 90) return undefined;
  const wordsCount = l.split(/\s+/u).length;
  if (wordsCount > 12) return undefined;
  const endsLikeSentence = /[.;:,!?]$/u.test(l) && !/^(?:artikel|article|clause|§|section)\s*\d+[a-z]?\.?$/iu.test(l);
  if (HEADING_KEYWORD.test(l)) {
    if (endsLikeSentence) return undefined;
    // "Artikel 7:653 BW bepaalt ..." is a sentence, not a heading
    if (/^art(?:ikel|\.)?\s*\d+:\d+/iu.test(l)) return undefined;
    const num = /(\d+(?:\.\d+)*)/u.exec(l);
    return 7 + (num ? num[1].split('.').length - 1 : 0);
  }
  const num = /^(\d{1,3}(?:\.\d{1,3})*)\.?\s+/u.exec(l);
  if (num && NUMBERED_TITLE.test(l) && !endsLikeSentence && wordsCount <= 8) {
    return 7 + num[1].split('.').length - 1;
  }
  if (!endsLikeSentence && wordsCount <= 6 && /\p{L}/u.test(l) && l === l.toUpperCase() && l.length >= 4) {
    return 7;
  }
  return undefined;
}

function looksLikeHeadingLine(line: string): boolean {
  return headingDepthOf(line) !== undefined;
}

/** Turns one-line paragraphs and list items that are clause headings into heading blocks. */
function markPseudoHeadings(text: string, masked: string, blocks: Block[]): void {
  for (const b of blocks) {
    if (b.kind !== 'paragraph' && b.kind !== 'listItem') continue;
    const src = text.slice(b.start, b.end);
    if (/[\n\r\u2028\u2029]/u.test(src.trim())) continue;
    // the list marker of "12. Relatiebeding" is outside the paragraph in Markdown: look back on the line
    let lineStart = b.start;
    while (lineStart > 0 && !/[\n\r\u2028\u2029]/u.test(text[lineStart - 1])) lineStart--;
    const line = text.slice(lineStart, b.end).replace(/^[\s>]*(?:[-*+]\s+)?/u, '');
    const isBoldOnly = /^\s*(\*\*|__)[^*_]+\1\s*$/u.test(src);
    let depth = headingDepthOf(line);
    if (depth === undefined && isBoldOnly && masked.slice(b.start, b.end).trim().split(/\s+/u).length <= 10) {
      const inner = src.trim().slice(2, -2);
      if (!/[.;:,!?]$/u.test(inner.trim())) depth = 7;
    }
    if (depth !== undefined) {
      b.kind = 'heading';
      b.depth = depth;
    }
  }
}
