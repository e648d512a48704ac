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

export interface ParsedDocument {
  masked: string;
  blocks: Block[];
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

export function parseDocument(text: string, format: DocFormat): ParsedDocument {
  return format === 'plaintext' ? parsePlainText(text) : parseMarkdown(text);
}

// ---------------------------------------------------------------------------------------------
// Markdown

export function parseMarkdown(text: string): ParsedDocument {
  const tree = markdownParser.parse(text) as unknown as MdNode;
  const blocks: Block[] = [];
  const prose: Array<[number, number]> = [];

  const range = (n: MdNode): [number, number] | undefined => {
    const s = n.position?.start.offset;
    const e = n.position?.end.offset;
    return s === undefined || e === undefined ? undefined : [s, e];
  };
  const collectText = (n: MdNode): void => {
    // Iterative walk: deeply nested input (10k blockquotes) must not overflow the stack.
    const stack: MdNode[] = [n];
    while (stack.length) {
      const cur = stack.pop()!;
      if (cur.type === 'text') {
        const r = range(cur);
        if (r) prose.push(r);
      } else if (cur.type === 'break') {
        // a hard line break: the line break itself is kept by blank()
      } else if (cur.children && cur.type !== 'image' && cur.type !== 'html' && cur.type !== 'inlineCode') {
        for (let i = cur.children.length - 1; i >= 0; i--) stack.push(cur.children[i]);
      }
    }
  };

  const stack: Array<{ node: MdNode; inListItem: boolean }> = [{ node: tree, inListItem: false }];
  const visitOrder: Array<{ node: MdNode; inListItem: boolean }> = [];
  while (stack.length) {
    const item = stack.pop()!;
    visitOrder.push(item);
    const { node } = item;
    if (node.type === 'heading' || node.type === 'paragraph' || node.type === 'tableRow') continue;
    const kids = node.children ?? [];
    const inListItem = item.inListItem || node.type === 'listItem';
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i], inListItem });
  }
  for (const { node, inListItem } of visitOrder) {
    const r = range(node);
    if (!r) continue;
    switch (node.type) {
      case 'heading':
        blocks.push({ kind: 'heading', start: r[0], end: r[1], depth: node.depth ?? 1 });
        collectText(node);
        break;
      case 'paragraph':
        blocks.push({ kind: inListItem ? 'listItem' : 'paragraph', start: r[0], end: r[1] });
        collectText(node);
        break;
      case 'tableRow':
        blocks.push({ kind: 'tableRow', start: r[0], end: r[1] });
        collectText(node);
        break;
      case 'code':
        blocks.push({ kind: 'code', start: r[0], end: r[1] });
        break;
      case 'html':
        blocks.push({ kind: 'html', start: r[0], end: r[1] });
        break;
      default:
        break;
    }
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
