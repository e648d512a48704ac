/** Building fix edits that touch prose only: markup, HTML comments and link targets inside a range stay. */
import type { Edit } from './types';

/**
 * Edits that delete the prose of text[start, end) but keep every non-blank character the masked text
 * blanked (an `<!-- comment -->`, `**`, a link target), so that deleting ", ook niet indien …" across a
 * line that ends in a comment leaves the comment in place.
 */
export function deleteProse(text: string, masked: string, start: number, end: number): Edit[] {
  const edits: Edit[] = [];
  let runStart = -1;
  for (let i = start; i <= end; i++) {
    const keep = i < end && masked[i] === ' ' && text[i] !== ' ' && !/\s/u.test(text[i]);
    const inRange = i < end && !keep;
    if (inRange && runStart < 0) runStart = i;
    if (!inRange && runStart >= 0) {
      edits.push({ start: runStart, end: i, text: '' });
      runStart = -1;
    }
  }
  return edits;
}
