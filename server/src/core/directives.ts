/**
 * Inline control comments (Markdown and plain text):
 *   <!-- clauselint-disable-next-line rule-id [rule-id ...] -->   the next non-blank line
 *   <!-- clauselint-disable-line rule-id -->                      the comment's own line
 *   <!-- clauselint-disable rule-id -->  ...  <!-- clauselint-enable rule-id -->   a region (to the end
 *                                                                  of the file when never enabled)
 * Without rule ids a directive applies to every rule. In plain text the same words may also stand
 * alone on a line without the comment markers: "clauselint-disable-next-line rule-id".
 */
import type { LineIndex } from './text';

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids as written (resolve aliases before comparing); empty = all rules. */
  rules: string[];
  start: number;
  end: number;
  line: number; // 0-based
}

const HTML_DIRECTIVE = /<!--\s*clauselint-(disable-next-line|disable-line|disable|enable)\b([^>]{0,2000}?)-->/gu;
const BARE_DIRECTIVE = /^[ \t]*clauselint-(disable-next-line|disable-line|disable|enable)\b([^\n\r]{0,2000})$/gmu;

export function parseDirectives(text: string, lines: LineIndex, plaintext: boolean): Directive[] {
  const out: Directive[] = [];
  const take = (re: RegExp) => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      out.push({
        kind: m[1] as DirectiveKind,
        rules: m[2].split(/[\s,]+/u).map((s) => s.trim()).filter((s) => s.length > 0 && s !== '--'),
        start: m.index,
        end: m.index + m[0].length,
        line: lines.lineOf(m.index),
      });
    }
  };
  take(HTML_DIRECTIVE);
  if (plaintext) take(BARE_DIRECTIVE);
  return out.sort((a, b) => a.start - b.start);
}

/** Decides whether a finding of `ruleId` starting at `offset` (on 0-based `line`) is suppressed. */
export class Suppressions {
  private readonly nextLine = new Map<number, Directive[]>();
  private readonly regions: Directive[];
  constructor(
    directives: Directive[],
    private readonly text: string,
    private readonly lines: LineIndex,
    private readonly canonical: (id: string) => string,
  ) {
    this.regions = directives.filter((d) => d.kind === 'disable' || d.kind === 'enable');
    for (const d of directives) {
      if (d.kind === 'disable-line') this.add(d.line, d);
      else if (d.kind === 'disable-next-line') this.add(this.nextNonBlankLine(d.line), d);
    }
  }
  private add(line: number, d: Directive) {
    const list = this.nextLine.get(line) ?? [];
    list.push(d);
    this.nextLine.set(line, list);
  }
  private nextNonBlankLine(line: number): number {
    for (let l = line + 1; l < this.lines.lineCount; l++) {
      const s = this.text.slice(this.lines.lineStart(l), this.lines.lineEnd(l));
      if (s.trim() !== '') return l;
    }
    return line + 1;
  }
  private matches(d: Directive, ruleId: string): boolean {
    return d.rules.length === 0 || d.rules.some((r) => this.canonical(r) === ruleId);
  }
  isSuppressed(ruleId: string, offset: number, line: number): boolean {
    for (const d of this.nextLine.get(line) ?? []) if (this.matches(d, ruleId)) return true;
    let disabled = false;
    for (const d of this.regions) {
      if (d.start > offset) break;
      if (this.matches(d, ruleId)) disabled = d.kind === 'disable';
    }
    return disabled;
  }
}
