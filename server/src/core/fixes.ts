/** Applying fixes: shared by the CLI's --fix, the quick fixes and fix-all. */
import type { Edit, Finding } from './types';
import { editBetween, lowSurrogateAt } from './text';

/** Applies non-overlapping edits (later overlapping ones are dropped). Text outside the edits is untouched. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = edits.slice().sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: string[] = [];
  let at = 0;
  for (const e of sorted) {
    if (e.start < at || e.end < e.start || e.end > text.length) continue;
    parts.push(text.slice(at, e.start), e.text);
    at = e.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** The edits of every finding's preferred fix that do not overlap an earlier one. */
export function fixAllEdits(findings: readonly Finding[]): Edit[] {
  const chosen: Edit[] = [];
  const overlaps = (e: Edit) => chosen.some((c) => e.start < c.end && c.start < e.end || (e.start === e.end && e.start === c.start));
  for (const f of findings.slice().sort((a, b) => a.start - b.start)) {
    const fix = f.fixes.find((x) => x.preferred);
    if (!fix || fix.edits.some(overlaps)) continue;
    chosen.push(...fix.edits);
  }
  return chosen;
}

/** Fix-all stops after this many rounds even if a fix keeps producing new ones (ESLint stops at 10). */
export const MAX_FIX_ROUNDS = 5;

/**
 * Fix-all as the CLI and the editor apply it: the preferred fixes of all findings, then again on the
 * result, until a round changes nothing (a fix can reveal a finding, or give one a fix, e.g. by
 * removing the lead-in a list item depended on) or MAX_FIX_ROUNDS rounds ran. `relint` lints a text;
 * `findings` are those of `text` when already known. Applying it to its own result changes nothing.
 */
export function fixAllText(
  text: string,
  relint: (text: string) => readonly Finding[],
  findings: readonly Finding[] = relint(text),
): { text: string; rounds: number; findings: readonly Finding[] } {
  let current = text;
  let found = findings;
  for (let round = 0; round < MAX_FIX_ROUNDS; round++) {
    const edits = fixAllEdits(found);
    if (edits.length === 0) return { text: current, rounds: round, findings: found };
    const next = applyEdits(current, edits);
    if (next === current) return { text: current, rounds: round, findings: found };
    current = next;
    found = relint(current);
  }
  return { text: current, rounds: MAX_FIX_ROUNDS, findings: found };
}

/**
 * The edit that turns `before` into `after` (the common start and end kept, never splitting a
 * surrogate pair), or undefined when they are equal: how a multi-round fix-all reaches the editor.
 */
export function diffEdit(before: string, after: string): Edit | undefined {
  if (before === after) return undefined;
  const changed = editBetween(before, after);
  let start = changed.start;
  let tail = before.length - changed.oldEnd;
  while (start > 0 && (lowSurrogateAt(before, start) || lowSurrogateAt(after, start))) start--;
  while (tail > 0 && (lowSurrogateAt(before, before.length - tail) || lowSurrogateAt(after, after.length - tail))) tail--;
  return { start, end: before.length - tail, text: after.slice(start, after.length - tail) };
}
