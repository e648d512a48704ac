/** Building fix edits that touch prose only: markup, HTML comments and link targets inside a range stay. */
import type { Edit } from './types';

/**
 * Edits that delete the prose of text[start, end) but keep the markup the masked text blanked (an
 * `<!-- comment -->`, `**`, a link target), so that deleting ", ook niet indien …" across a line that ends
 * in a comment leaves the comment in place. White space around kept markup is deleted with the prose.
 */
export function deleteProse(text: string, masked: string, start: number, end: number): Edit[] {
  // kept: maximal runs that are blank in `masked` but hold non-space characters in `text`, trimmed of space
  const kept: Array<[number, number]> = [];
  let i = start;
  while (i < end) {
    if (masked[i] === text[i] || !/\s/u.test(masked[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j < end && /\s/u.test(masked[j]) && (masked[j] !== text[j] || /\s/u.test(text[j]))) j++;
    let a = i;
    let b = j;
    while (a < b && /\s/u.test(text[a])) a++;
    while (b > a && /\s/u.test(text[b - 1])) b--;
    if (b > a) kept.push([a, b]);
    i = j;
  }
  const edits: Edit[] = [];
  let at = start;
  for (const [a, b] of kept) {
    if (a > at) edits.push({ start: at, end: a, text: '' });
    at = b;
  }
  if (end > at) edits.push({ start: at, end, text: '' });
  return edits;
}
