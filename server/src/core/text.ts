/** Offsets, lines and Unicode-aware word matching. */

/** Maps UTF-16 offsets to 1-based line/column and back. Line breaks: \n, \r\n, \r, \u2028, \u2029. */
export class LineIndex {
  private readonly starts: number[];
  constructor(private readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 0x2028 || c === 0x2029) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.starts = starts;
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
  const src = alternatives
    .slice()
    .sort((a, b) => b.length - a.length)
    .map((a) => a.replace(/ /g, '\\s+'))
    .join('|');
  return new RegExp(`${opts.prefix ? '' : WB_START}(?:${src})${opts.suffix ? '' : WB_END}`, 'giu');
}

/** First match of `re` (global) in text[from, to), or undefined. */
export function findIn(re: RegExp, text: string, from = 0, to = text.length): RegExpExecArray | undefined {
  re.lastIndex = from;
  const m = re.exec(text);
  if (!m || m.index >= to || m.index + m[0].length > to) return undefined;
  return m;
}

/** All matches of `re` (global) in text[from, to). */
export function findAllIn(re: RegExp, text: string, from = 0, to = text.length): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = from;
  for (;;) {
    const m = re.exec(text);
    if (!m || m.index >= to) break;
    if (m.index + m[0].length <= to) out.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** Trims white space off a range of `text`. */
export function trimRange(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
