/** Segmentation: clauses (a heading and the blocks under it) and sentences, with source offsets. */
import type { Block, Clause, ClauseKind, Sentence } from './types';
import { findAllIn, findIn } from './text';
import {
  CLIENT_OBJECT, COMPETE_OBJECT, CONFIDENTIALITY, POST_TERMINATION, PROHIBITION, SOLICIT_ACTION, STAFF_OBJECT, TITLE_WORDS,
} from './vocabulary';

const PROSE: ReadonlySet<Block['kind']> = new Set(['paragraph', 'listItem', 'tableRow']);

/** A prose block's sentences (offsets relative to the block) and their restraint kinds. */
interface BlockSentences {
  spans: Array<readonly [number, number]>;
  kinds: Array<ReadonlySet<ClauseKind>>;
}
/**
 * Keyed by a block of a parsed chunk (parse.ts `origins`): a cached chunk gives the same block
 * objects on every lint, and a block's sentences depend only on its text, so an edit re-splits only
 * the blocks of the chunks it touched.
 */
const sentenceMemo = new WeakMap<Block, BlockSentences>();

function blockSentences(masked: string, b: Block): BlockSentences {
  const found = splitSentences(masked, b.start, b.end);
  return {
    spans: found.map((x) => [x.start - b.start, x.end - b.start] as const),
    kinds: found.map((x) => restraintKindsOfSentence(masked, x.start, x.end)),
  };
}

/** The stack of open headings before a clause was opened: it decides the clause's parents. */
type HeadingStack = ReadonlyArray<{ depth: number; title: string }>;

/** A segmentation, kept by the incremental path for the next one (see resegmentClauses). */
export interface Segmentation {
  blocks: readonly Block[];
  clauses: Clause[];
  /** firstBlock[c]: index in `blocks` of clause c's first block (its heading, if it has one). */
  firstBlock: number[];
  /** The heading stack before clause c was opened. */
  stackBefore: HeadingStack[];
}

/** Which blocks an edit left alone: blocks[0, prefix) are the previous ones; blocks[newSuffix..] are the previous blocks[oldSuffix..] moved by delta. */
export interface BlockEdit {
  prefix: number;
  oldSuffix: number;
  newSuffix: number;
  delta: number;
}

/**
 * Clauses from blocks. `origins[i]`, when given, is the cached chunk block that blocks[i] was shifted
 * from (the incremental path); its sentences are then computed once per chunk text.
 */
export function segmentAll(masked: string, blocks: readonly Block[], origins?: readonly Block[]): Segmentation {
  const seg: Segmentation = { blocks, clauses: [], firstBlock: [], stackBefore: [] };
  segmentFrom(masked, blocks, origins, seg, 0, []);
  return seg;
}

/**
 * The segmentation of `blocks` from that of the previous blocks, given which blocks an edit left alone:
 * clauses that end before the first changed block are kept as they are; segmentation restarts at the
 * last clause that starts before it, with that clause's heading stack; and once a heading after the
 * edit is reached with the stack it had before, the remaining clauses are the previous ones (moved by
 * delta when the edit changed the length). Equal to segmentAll (test/incremental.test.ts).
 */
export function resegmentClauses(masked: string, blocks: readonly Block[], origins: readonly Block[] | undefined, prev: Segmentation, edit: BlockEdit): Segmentation {
  // clauses whose first block lies before the first changed one; the last of them may reach into the edit
  let starting = 0;
  for (let lo = 0, hi = prev.clauses.length - 1; lo <= hi; ) {
    const mid = (lo + hi) >> 1;
    if (prev.firstBlock[mid] < edit.prefix) (starting = mid + 1), (lo = mid + 1);
    else hi = mid - 1;
  }
  const keep = Math.max(0, starting - 1);
  const seg: Segmentation = {
    blocks,
    clauses: prev.clauses.slice(0, keep),
    firstBlock: prev.firstBlock.slice(0, keep),
    stackBefore: prev.stackBefore.slice(0, keep),
  };
  const from = keep < prev.clauses.length ? prev.firstBlock[keep] : 0;
  const stack = keep < prev.stackBefore.length ? prev.stackBefore[keep].slice() : [];
  let c = keep;
  const blockShift = edit.newSuffix - edit.oldSuffix;
  const resyncAt = segmentFrom(masked, blocks, origins, seg, starting === 0 ? 0 : from, starting === 0 ? [] : stack, (i, current) => {
    if (i < edit.newSuffix) return false;
    const oldIndex = i - blockShift;
    while (c < prev.clauses.length && prev.firstBlock[c] < oldIndex) c++;
    return c < prev.clauses.length && prev.firstBlock[c] === oldIndex && sameStack(current, prev.stackBefore[c]);
  });
  if (resyncAt === undefined) return seg;
  const indexShift = seg.clauses.length - c;
  for (let k = c; k < prev.clauses.length; k++) {
    const old = prev.clauses[k];
    const first = prev.firstBlock[k] + blockShift;
    seg.firstBlock.push(first);
    seg.stackBefore.push(prev.stackBefore[k]);
    if (edit.delta === 0 && indexShift === 0 && blockShift === 0) {
      seg.clauses.push(old);
      continue;
    }
    seg.clauses.push(new MovedClause(old, old.index + indexShift, edit.delta, blocks.slice(first, first + old.blocks.length)));
  }
  return seg;
}

/**
 * A clause of the previous lint after an edit above it: moved by `delta`, renumbered, on the new block
 * objects. Its sentences are moved when first asked for: most clauses after an edit are not looked at
 * again (their findings are kept), and moving the sentences of half a megabyte on every keystroke was
 * most of a relint's allocations. Moves are counted from the clause they were first made from, so a
 * clause moved on every keystroke does not grow a chain.
 */
class MovedClause implements Clause {
  readonly start: number;
  readonly end: number;
  readonly heading?: Block;
  readonly title: string;
  readonly parents: string[];
  readonly kinds: Set<ClauseKind>;
  /** The previous clause's (lint.ts sets one when that had none). */
  identity: Clause['identity'];
  private readonly from: Clause;
  private readonly by: number;
  private moved?: Sentence[];
  constructor(
    old: Clause,
    readonly index: number,
    delta: number,
    readonly blocks: Block[],
  ) {
    this.from = old instanceof MovedClause ? old.from : old;
    this.by = (old instanceof MovedClause ? old.by : 0) + delta;
    this.start = old.start + delta;
    this.end = old.end + delta;
    this.heading = old.heading ? blocks[0] : undefined;
    this.title = old.title;
    this.parents = old.parents;
    this.kinds = old.kinds;
    this.identity = old.identity;
  }
  get sentences(): Sentence[] {
    if (!this.moved) {
      const d = this.by;
      this.moved = d === 0 ? this.from.sentences : this.from.sentences.map((x) => ({ start: x.start + d, end: x.end + d, text: x.text, kinds: x.kinds }));
    }
    return this.moved;
  }
}

function sameStack(a: HeadingStack, b: HeadingStack): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].depth !== b[i].depth || a[i].title !== b[i].title) return false;
  return true;
}

/**
 * Segments blocks[from..] (from is 0 or a clause's first block, `stack` the heading stack before it)
 * into `seg`. With `resync`, stops before a heading it accepts and returns that heading's index.
 */
function segmentFrom(
  masked: string,
  blocks: readonly Block[],
  origins: readonly Block[] | undefined,
  seg: Segmentation,
  from: number,
  stack: Array<{ depth: number; title: string }>,
  resync?: (i: number, stack: HeadingStack) => boolean,
): number | undefined {
  const clauses = seg.clauses;
  const firstNew = clauses.length;
  let cur: Clause | undefined;
  let stoppedAt: number | undefined;
  const open = (heading: Block | undefined, start: number, origin: Block | undefined, i: number): Clause => {
    let info = origin && headingMemo.get(origin);
    if (!info && heading) {
      info = headingInfo(masked, heading);
      if (origin) headingMemo.set(origin, info);
    }
    const title = info ? info.title : '';
    seg.firstBlock.push(i);
    seg.stackBefore.push(stack.slice());
    if (heading) {
      while (stack.length && stack[stack.length - 1].depth >= (heading.depth ?? 1)) stack.pop();
    }
    const c: Clause = {
      index: clauses.length,
      start,
      end: start,
      heading,
      title,
      parents: stack.map((s) => s.title),
      blocks: heading ? [heading] : [],
      sentences: [],
      kinds: new Set(info?.kinds),
    };
    if (heading) stack.push({ depth: heading.depth ?? 1, title });
    clauses.push(c);
    return c;
  };
  for (let i = from; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind === 'heading') {
      if (resync?.(i, stack)) {
        stoppedAt = i;
        break;
      }
      cur = open(b, b.start, origins?.[i], i);
    } else {
      if (!cur) cur = open(undefined, b.start, undefined, i);
      cur.blocks.push(b);
      if (PROSE.has(b.kind)) {
        const origin = origins?.[i];
        let memo = origin && sentenceMemo.get(origin);
        if (!memo) {
          memo = blockSentences(masked, b);
          if (origin) sentenceMemo.set(origin, memo);
        }
        for (let k = 0; k < memo.spans.length; k++) {
          const [s, e] = memo.spans[k];
          cur.sentences.push({ start: b.start + s, end: b.start + e, text: masked.slice(b.start + s, b.start + e), kinds: memo.kinds[k] });
        }
      }
    }
    cur.end = b.end;
  }
  for (let k = firstNew; k < clauses.length; k++) classifyClause(masked, clauses[k]);
  return stoppedAt;
}

/** A heading's title and the clause kinds its words name, per cached chunk block (see sentenceMemo). */
const headingMemo = new WeakMap<Block, { title: string; kinds: ClauseKind[] }>();

function headingInfo(masked: string, heading: Block): { title: string; kinds: ClauseKind[] } {
  const kinds: ClauseKind[] = [];
  for (const [kind, re] of Object.entries(TITLE_WORDS) as Array<[ClauseKind, RegExp]>) {
    if (findIn(re, masked, heading.start, heading.end)) kinds.push(kind);
  }
  // "Restrictive covenants" names both: the body decides which restraints the clause holds
  return { title: headingTitle(masked, heading), kinds };
}

export function headingTitle(masked: string, heading: Block): string {
  return masked.slice(heading.start, heading.end).replace(/\s+/gu, ' ').trim();
}

// ---------------------------------------------------------------------------------------------
// Sentences

const ABBREVIATIONS = new Set([
  'art', 'artt', 'lid', 'nr', 'nrs', 'no', 'jf', 'jfr', 'bl', 'a', 'o', 'e', 'g', 'i', 'etc', 'sub', 'ca', 'vs', 'mr', 'mrs',
  'dr', 'prof', 'bv', 'b', 'v', 'n', 'st', 'resp', 'm', 'w', 'd', 's', 't', 'z', 'ltd', 'inc', 'co', 'plc', 'as', 'asa',
  'ref', 'par', 'pkt', 'kr', 'ca', 'mnd', 'max', 'min', 'evt', 'inkl', 'ekskl', 'eks', 'ev', 'dvs', 'mv', 'osv', 'f', 'fig',
  'p', 'pp', 'cf', 'viz', 'approx', 'incl', 'excl', 'ibid', 'sect', 'reg', 'para', 'cl', 'sch', 'ch', 'vol', 'bijv', 'bv',
  'mbt', 'ivm', 'tav', 'dwz', 'mw', 'dhr', 'ing', 'ir', 'drs', 'jr', 'sr', 'hr', 'rb', 'ktr', 'vzr', 'gh', 'ecli',
]);

/** Splits masked[start, end) into sentences at . ! ? followed by white space and a capital, digit or quote. */
export function splitSentences(masked: string, start: number, end: number): Sentence[] {
  const out: Sentence[] = [];
  const re = /(?<![.!?])[.!?]+(?=[)"'”’\]]?\s+["'“‘(\[]?[\p{Lu}\p{N}])/gu;
  let from = start;
  for (const m of findAllIn(re, masked, start, end)) {
    const cut = m.index + m[0].length;
    if (m[0] === '.' && isAbbreviation(masked, m.index)) continue;
    push(out, masked, from, cut);
    from = cut;
  }
  push(out, masked, from, end);
  return out;
}

function isAbbreviation(masked: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && /[\p{L}]/u.test(masked[i - 1])) i--;
  const word = masked.slice(i, dot).toLowerCase();
  if (word.length === 0) return /\d/u.test(masked[dot - 1] ?? '') && /\d/u.test(masked[dot + 1] ?? ''); // 7.653
  return ABBREVIATIONS.has(word) || (word.length === 1 && masked[i - 1] === '.');
}

function push(out: Sentence[], masked: string, start: number, end: number): void {
  while (start < end && /\s/u.test(masked[start])) start++;
  while (end > start && /\s/u.test(masked[end - 1])) end--;
  if (end > start) out.push({ start, end, text: masked.slice(start, end) });
}

// ---------------------------------------------------------------------------------------------
// Clause kinds

/** Restraint kinds a sentence expresses through its content (prohibition + after-termination + object). */
export function restraintKindsOfSentence(masked: string, start: number, end: number): Set<ClauseKind> {
  const kinds = new Set<ClauseKind>();
  for (const k of ['non-compete', 'non-solicitation', 'no-hire'] as const) {
    if (findIn(TITLE_WORDS[k], masked, start, end)) kinds.add(k);
  }
  if (kinds.size) return kinds;
  if (!findIn(PROHIBITION, masked, start, end) || !findIn(POST_TERMINATION, masked, start, end)) return kinds;
  // "shall not disclose confidential information about clients after termination" is confidentiality
  if (findIn(CONFIDENTIALITY, masked, start, end)) return kinds;
  if (findIn(COMPETE_OBJECT, masked, start, end)) kinds.add('non-compete');
  const solicits = findIn(SOLICIT_ACTION, masked, start, end) !== undefined;
  if (solicits && findIn(CLIENT_OBJECT, masked, start, end)) kinds.add('non-solicitation');
  if (solicits && findIn(STAFF_OBJECT, masked, start, end)) kinds.add('no-hire');
  return kinds;
}

export const RESTRAINT_KINDS: ReadonlySet<ClauseKind> = new Set(['non-compete', 'non-solicitation', 'no-hire']);

export function isRestraintClause(c: Clause): boolean {
  for (const k of c.kinds) if (RESTRAINT_KINDS.has(k)) return true;
  return false;
}

/** Adds the restraint kinds of the clause's sentences to the kinds its heading names. */
function classifyClause(masked: string, c: Clause): void {
  for (const s of c.sentences) {
    for (const k of s.kinds ?? restraintKindsOfSentence(masked, s.start, s.end)) c.kinds.add(k);
  }
}
