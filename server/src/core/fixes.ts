/** Applying fixes: shared by the CLI's --fix, the quick fixes and fix-all. */
import type { Edit, Finding } from './types';

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
