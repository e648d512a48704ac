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

/**
 * Clauses from blocks. `origins[i]`, when given, is the cached chunk block that blocks[i] was shifted
 * from (the incremental path); its sentences are then computed once per chunk text.
 */
export function segmentClauses(masked: string, blocks: Block[], origins?: readonly Block[]): Clause[] {
  const clauses: Clause[] = [];
  const stack: Array<{ depth: number; title: string }> = [];
  let cur: Clause | undefined;
  const open = (heading: Block | undefined, start: number, origin: Block | undefined): Clause => {
    let info = origin && headingMemo.get(origin);
    if (!info && heading) {
      info = headingInfo(masked, heading);
      if (origin) headingMemo.set(origin, info);
    }
    const title = info ? info.title : '';
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
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind === 'heading') {
      cur = open(b, b.start, origins?.[i]);
    } else {
      if (!cur) cur = open(undefined, b.start, undefined);
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
  for (const c of clauses) classifyClause(masked, c);
  return clauses;
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
