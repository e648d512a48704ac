/** Offsets, lines and Unicode-aware word matching. */

/**
 * Where two texts differ: `a[start, oldEnd)` became `b[start, newEnd)`; the rest is a common prefix and
 * suffix (which do not overlap). Compares growing slices (V8 compares them natively) instead of
 * looping over every character: about a millisecond for a megabyte, most of it flattening a text an
 * editor has just concatenated.
 */
export interface TextEdit {
  start: number;
  oldEnd: number;
  newEnd: number;
}
export function editBetween(a: string, b: string): TextEdit {
  const n = Math.min(a.length, b.length);
  let p = 0;
  for (let step = 256; p < n; ) {
    const len = Math.min(step, n - p);
    if (a.slice(p, p + len) === b.slice(p, p + len)) {
      p += len;
      step *= 2;
    } else if (len <= 32) {
      while (p < n && a.charCodeAt(p) === b.charCodeAt(p)) p++;
      break;
    } else step = len >> 1;
  }
  const m = n - p;
  let q = 0;
  for (let step = 256; q < m; ) {
    const len = Math.min(step, m - q);
    if (a.slice(a.length - q - len, a.length - q) === b.slice(b.length - q - len, b.length - q)) {
      q += len;
      step *= 2;
    } else if (len <= 32) {
      while (q < m && a.charCodeAt(a.length - q - 1) === b.charCodeAt(b.length - q - 1)) q++;
      break;
    } else step = len >> 1;
  }
  return { start: p, oldEnd: a.length - q, newEnd: b.length - q };
}

/** Line starts of text[from, to) (a line start itself, or 0), appended to `out`; `to` may cut a \r\n. */
function scanLineStarts(text: string, from: number, to: number, out: number[]): void {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 0x2028 || c === 0x2029) out.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      out.push(i + 1);
    }
  }
}

/** Maps UTF-16 offsets to 1-based line/column and back. Line breaks: \n, \r\n, \r, \u2028, \u2029. */
export class LineIndex {
  private readonly starts: number[];
  constructor(
    private readonly text: string,
    starts?: number[],
  ) {
    if (!starts) scanLineStarts(text, 0, text.length, (starts = [0]));
    this.starts = starts;
  }

  /**
   * The index of `text`, an edit of `prev`'s text, without scanning all of it: line starts before the
   * edit are kept, the lines around it re-scanned and those after it shifted (a start two or more
   * characters past the edit depends only on the unchanged text after it, \r\n included).
   */
  static edited(prev: LineIndex, text: string, edit: TextEdit = editBetween(prev.text, text)): LineIndex {
    const old = prev.starts;
    const delta = edit.newEnd - edit.oldEnd;
    let keep = prev.lineOf(Math.max(0, edit.start - 1)); // the line holding the edit's start (or the one before)
    if (keep < 0) keep = 0;
    const starts = old.slice(0, keep + 1);
    const resume = edit.newEnd + 2;
    scanLineStarts(text, starts[keep], Math.min(text.length, resume), starts);
    while (starts.length > 1 && starts[starts.length - 1] >= resume) starts.pop();
    let j = prev.lineOf(Math.min(prev.text.length, edit.oldEnd + 2));
    while (j < old.length && old[j] < edit.oldEnd + 2) j++;
    for (; j < old.length; j++) starts.push(old[j] + delta);
    return new LineIndex(text, starts);
  }
  /** The text indexed. */
  get source(): string {
    return this.text;
  }
  get lineCount(): number {
    return this.starts.length;
  }
  /** 0-based line of an offset. */
  lineOf(offset: number): number {
    const s = this.starts;
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  /** 1-based line and column. */
  position(offset: number): { line: number; column: number } {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineOf(o);
    return { line: line + 1, column: o - this.starts[line] + 1 };
  }
  /** Offset of a 0-based line's start. */
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }
  /** Offset just past the line's content (before its line break). */
  lineEnd(line: number): number {
    if (line + 1 >= this.starts.length) return this.text.length;
    let end = this.starts[line + 1];
    const prev = this.text.charCodeAt(end - 1);
    if (prev === 10) {
      end--;
      if (this.text.charCodeAt(end - 1) === 13) end--;
    } else if (prev === 13 || prev === 0x2028 || prev === 0x2029) end--;
    return end;
  }
  /** Offset from 0-based line and 0-based character, clamped into the document. */
  offsetAt(line: number, character: number): number {
    if (line < 0) return 0;
    if (line >= this.starts.length) return this.text.length;
    return Math.min(this.starts[line] + Math.max(0, character), this.lineEnd(line));
  }
}

/** Letter-or-digit boundaries that work for å, ø, é, ij (\b does not). */
export const WB_START = '(?<![\\p{L}\\p{N}])';
export const WB_END = '(?![\\p{L}\\p{N}])';

/**
 * Compiles a list of alternatives into one case-insensitive, Unicode, global regex with word
 * boundaries. Alternatives are regex sources; in them a space matches any run of white space
 * (so a phrase may be split over lines) and "-" an optional hyphen or space (LinkedIn-profiel,
 * LinkedIn profiel, linkedinprofiel is NOT matched unless listed).
 */
export function words(alternatives: readonly string[], opts: { prefix?: boolean; suffix?: boolean } = {}): RegExp {
  const prepared = alternatives
    .slice()
    .sort((a, b) => b.length - a.length)
    .map((a) => a.replace(/ /g, '\\s+'));
  const full = `${opts.prefix ? '' : WB_START}(?:${prepared.join('|')})${opts.suffix ? '' : WB_END}`;
  const regex = opts.prefix ? new RegExp(full, 'giu') : new WordsRegExp(full, prepared, opts.suffix === true);
  record(regex, 'words', alternatives);
  return regex;
}

const LEADING_LETTERS = '\\p{L}*';
/** "\p{L}*marketing\p{L}*", "\p{L}+pagina": alternatives that start with a run of letters. */
const leadingLetters = (a: string): boolean => a.startsWith('\\p{L}*') || a.startsWith('\\p{L}+');
const LETTER = /\p{L}/u;
/** A character class that matches letters: \p{L}, \p{N}, \w, \S, \D, "." or a negated set. */
const LETTER_CLASS = /\\[pP]\{|\\[wSDW]|(?<!\\)\.|\[\^/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * The regex words() returns: it matches like `(?<![\p{L}\p{N}])(?:alternatives)(?![\p{L}\p{N}])`
 * (leftmost match; where two parts below match at the same start, the longer wins — the alternatives
 * are sorted longest first, so that is what the single alternation gives too, tested in
 * test/unit/words.test.ts), but runs faster, because V8 cannot use its quick first-character checks
 * behind a leading look-behind:
 * - the alternatives are scanned without the look-behind, and a hit inside a word is skipped by hand
 *   (≈ 7× faster on a megabyte of contract text);
 * - alternatives that match inside compounds ("\p{L}*marketing\p{L}*" for "e-mailmarketingcampagne")
 *   are found by their literal core, walked back to the word start and confirmed there: written as
 *   one alternation they make the engine backtrack through every word (≈ 0.5 s per MB per pattern);
 * - alternatives with letter classes inside keep the look-behind (linear on a 100,000-letter word);
 * - each part's next hit is remembered for the string last searched, until the lint ends.
 */
class WordsRegExp extends RegExp {
  /** Alternatives without letter classes, scanned without the look-behind (a hit inside a word is skipped). */
  private readonly plain?: RegExp;
  /** Alternatives with letter classes inside ("(?:\p{L}+ )?interesse"): scanning them without the look-behind
   * would try every position inside a long word, so they keep it (linear: a position inside a word fails at once). */
  private readonly guarded?: RegExp;
  private readonly cores?: RegExp;
  private readonly anchored?: RegExp;
  static override get [Symbol.species](): RegExpConstructor {
    return RegExp;
  }
  constructor(full: string, prepared: string[], noEnd: boolean) {
    super(full, 'giu');
    const end = noEnd ? '' : WB_END;
    const infix = prepared.filter(leadingLetters);
    const rest = prepared.filter((a) => !leadingLetters(a));
    const plain = rest.filter((a) => !LETTER_CLASS.test(a));
    const guarded = rest.filter((a) => LETTER_CLASS.test(a));
    if (plain.length) this.plain = new RegExp(`(?:${plain.join('|')})${end}`, 'giu');
    if (guarded.length) this.guarded = new RegExp(`${WB_START}(?:${guarded.join('|')})${end}`, 'giu');
    if (infix.length) {
      // (the core of "\p{L}+pagina" is "pagina" too: the anchored regex then asks for the letters before it)
      this.cores = new RegExp(`(?:${infix.map((a) => a.slice(LEADING_LETTERS.length)).join('|')})`, 'giu');
      // only ever tried at a word start; the look-behind keeps it linear wherever else it might be tried
      this.anchored = new RegExp(`${WB_START}(?:${infix.join('|')})${end}`, 'yiu');
    }
  }
  /**
   * The first hit of each part at or after a position, remembered for the string last searched: a
   * caller walking through the matches one by one would otherwise have every part that has no hit
   * near by scan to the end of the text again on each call (quadratic).
   */
  memo: { str?: string; plain?: Hit; guarded?: Hit; infix?: Hit } = {};

  override exec(str: string): RegExpExecArray | null {
    const from = this.lastIndex;
    if (this.memo.str !== str) {
      if (this.memo.str === undefined) withMemo.add(this);
      this.memo = { str };
    }
    const memo = this.memo;
    const cached = (h: Hit | undefined): h is Hit => !!h && from >= h.from && (h.hit === null || h.hit.index >= from);
    let best: RegExpExecArray | null = null;
    const consider = (hit: RegExpExecArray | null) => {
      if (hit && (!best || hit.index < best.index || (hit.index === best.index && hit[0].length > best[0].length))) best = hit;
    };
    if (this.plain) {
      if (!cached(memo.plain)) memo.plain = { from, hit: this.firstPlain(str, from) };
      consider(memo.plain.hit);
    }
    if (this.guarded) {
      if (!cached(memo.guarded)) {
        this.guarded.lastIndex = from;
        memo.guarded = { from, hit: this.guarded.exec(str) };
      }
      consider(memo.guarded.hit);
    }
    if (this.cores) {
      if (!cached(memo.infix)) memo.infix = { from, hit: this.firstInfix(str, from) };
      consider(memo.infix.hit);
    }
    const found = best as RegExpExecArray | null;
    if (!found) {
      this.lastIndex = 0;
      return null;
    }
    this.lastIndex = found.index + Math.max(1, found[0].length);
    // a copy: callers may shift `index` (findIn does), and the memo must keep the original
    const copy = found.slice() as RegExpExecArray;
    copy.index = found.index;
    copy.input = found.input;
    copy.groups = found.groups;
    return copy;
  }

  private firstPlain(str: string, from: number): RegExpExecArray | null {
    const re = this.plain!;
    re.lastIndex = from;
    for (let m = re.exec(str); m; m = re.exec(str)) {
      if (m.index === 0 || !LETTER_OR_DIGIT.test(str[m.index - 1])) return m;
      // a hit inside a word: the next possible start follows a character that is not a letter or digit
      let next = m.index + 1;
      while (next < str.length && LETTER_OR_DIGIT.test(str[next - 1])) next++;
      re.lastIndex = next;
    }
    return null;
  }

  private firstInfix(str: string, from: number): RegExpExecArray | null {
    const cores = this.cores!;
    const anchored = this.anchored!;
    cores.lastIndex = from;
    for (let m = cores.exec(str); m; m = cores.exec(str)) {
      let ws = m.index;
      while (ws > 0 && LETTER.test(str[ws - 1])) ws--;
      if (ws >= from && !(ws > 0 && LETTER_OR_DIGIT.test(str[ws - 1]))) {
        anchored.lastIndex = ws;
        const hit = anchored.exec(str);
        if (hit) return hit;
      }
      // every other core in this word has the same word start and the same answer: skip the word
      let we = m.index + Math.max(1, m[0].length);
      while (we < str.length && LETTER.test(str[we])) we++;
      cores.lastIndex = we;
    }
    return null;
  }
}

interface Hit {
  from: number;
  hit: RegExpExecArray | null;
}

/** The words() regexes holding a memo (and with it a reference to the text they last searched). */
const withMemo = new Set<WordsRegExp>();

/** Drops every words() memo, so no text outlives the lint that searched it (lint.ts calls it). */
export function releaseRegexMemos(): void {
  for (const r of withMemo) r.memo = {};
  withMemo.clear();
}

/**
 * Compiles (or wraps) a regular expression and records it in the pattern registry, so that the ReDoS
 * test feeds it adversarial input. Use it for every pattern that is not a words() list:
 *   const LIST_MARKER = re(/^[ \t]*(?:[-*•]\s|\d+[.)]\s)/u);   const X = re(`${WB_START}foo`, 'giu');
 * Returns the RegExp itself (the same object when given one).
 */
export function re(source: string | RegExp, flags?: string): RegExp {
  const regex = typeof source === 'string' ? new RegExp(source, flags ?? 'u') : flags === undefined ? source : new RegExp(source, flags);
  record(regex, 're');
  return regex;
}

// ---------------------------------------------------------------------------------------------
// Pattern registry. Every regex built by words() or re() is recorded once (by flags and source), so
// test/security/redos.test.ts can enumerate the patterns of all rules and extractors, including ones
// added later, and time each on adversarial 100,000-character lines. Recording is cheap and bounded:
// one entry per distinct pattern, at most MAX_REGISTERED entries; nothing else reads it.

export interface RegisteredPattern {
  regex: RegExp;
  /** How it was built. */
  origin: 'words' | 're';
  /** words(): the alternatives as written (regex sources, a space standing for white space). */
  alternatives?: readonly string[];
  /** Where it was compiled ("file:line" of the caller), when the runtime gives a stack. */
  site?: string;
}

const MAX_REGISTERED = 10_000;
const registry = new Map<string, RegisteredPattern>();

function record(regex: RegExp, origin: RegisteredPattern['origin'], alternatives?: readonly string[]): void {
  const key = `${regex.flags}/${regex.source}`;
  if (registry.has(key) || registry.size >= MAX_REGISTERED) return;
  registry.set(key, { regex, origin, alternatives: alternatives?.slice(), site: callSite() });
}

function callSite(): string | undefined {
  const stack = new Error().stack?.split('\n') ?? [];
  // frames: Error, callSite, record, words|re, the caller
  const frame = stack.slice(4).find((l) => !/\btext\.[tj]s\b/u.test(l)) ?? stack[4];
  return frame?.trim().replace(/^at\s+/u, '');
}

/** The patterns compiled through words() and re() so far (in the modules loaded so far). */
export function registeredPatterns(): RegisteredPattern[] {
  return [...registry.values()];
}

/**
 * Context kept after `to` when searching text[from, to): lookaheads such as WB_END see the real next
 * characters, while the search stops near `to` instead of running on to the end of the document (which
 * made a search per sentence quadratic in the document length: 17 s for a 100 KB contract).
 */
const LOOKAHEAD_CONTEXT = 256;

/** text cut shortly after `to` (a cheap sliced string in V8); the offsets stay those of `text`. */
function bounded(text: string, to: number): string {
  return to + LOOKAHEAD_CONTEXT >= text.length ? text : text.slice(0, to + LOOKAHEAD_CONTEXT);
}

/**
 * Runs `re` only over text[from - 1, to): a regex on the whole document would scan past `to` when
 * nothing matches inside, which makes per-sentence matching quadratic. One character before `from`
 * is kept so that look-behind word boundaries see the real preceding character.
 */
function window(text: string, from: number, to: number): { sub: string; base: number } {
  if (from <= 0 && to >= text.length) return { sub: text, base: 0 };
  const base = Math.max(0, from - 1);
  return { sub: text.slice(base, Math.min(to, text.length)), base };
}

/** First match of `re` (global) in text[from, to), or undefined; indices are into `text`. */
export function findIn(re: RegExp, text: string, from = 0, to = text.length): RegExpExecArray | undefined {
  const { sub, base } = window(text, from, to);
  re.lastIndex = from - base;
  const m = re.exec(sub);
  if (!m) return undefined;
  m.index += base;
  return m;
}

/** All matches of `re` (global) in text[from, to); indices are into `text`. */
export function findAllIn(re: RegExp, text: string, from = 0, to = text.length): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const { sub, base } = window(text, from, to);
  re.lastIndex = Math.max(0, from - base);
  for (;;) {
    const m = re.exec(sub);
    if (!m) break;
    if (m[0].length === 0) re.lastIndex++;
    m.index += base;
    out.push(m);
  }
  return out;
}

/** text[i] is the first (high) half of a surrogate pair's code units. */
export function highSurrogateAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && (text.charCodeAt(i) & 0xfc00) === 0xd800;
}

/** text[i] is the second (low) half of a surrogate pair's code units. */
export function lowSurrogateAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && (text.charCodeAt(i) & 0xfc00) === 0xdc00;
}

/** Trims white space off a range of `text`. */
export function trimRange(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
