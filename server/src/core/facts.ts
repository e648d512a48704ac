/** Document-level facts that rules rely on. */
import type { Block, Clause, DocumentFacts, Jurisdiction } from './types';
import { findAllIn, findIn, words } from './text';
import { CONTRACT_DOCUMENT, POLICY_DOCUMENT } from './vocabulary';

const FIXED_TERM = words([
  'voor (?:de )?bepaalde tijd', 'bepaalde-?tijdcontract', 'contract voor bepaalde tijd', 'tijdelijke arbeidsovereenkomst',
  'tijdelijk contract', 'tijdelijk arbeidscontract', 'eindigt (?:van rechtswege|zonder dat opzegging)',
  'fixed-?term (?:contract|employment|agreement|basis|appointment|engagement)', 'fixed term (?:contract|employment|agreement|basis|of)',
  '\\(fixed[- ]term\\)', 'for a fixed (?:term|period)', 'on a fixed-?term', 'temporary (?:contract|employment)',
  'midlertidig(?:e)? (?:ansatt|ansettelse|arbeidsavtale|stilling|ansettelsesforhold|ansettelsesavtale|tilsetting|kontrakt)',
  '(?:ansettelsen|stillingen|arbeidsforholdet|avtalen|arbeidsavtalen) er midlertidig', 'er midlertidig ansatt',
  'åremål(?:sstilling)?',
]);

/** "eindigt van rechtswege op de AOW-leeftijd" ends a permanent contract too. */
const PENSION_AGE = words(['aow\\p{L}*', 'pensioen\\p{L}*', 'pensjon\\p{L}*', 'state pension', 'retirement']);
/** "geen arbeidsovereenkomst voor bepaalde tijd", "not a fixed-term contract", "ikke midlertidig". */
const NOT_BEFORE = /(?:^|[^\p{L}])(?:niet|geen|not|no|ikke|ingen)\s+(?:(?:een|a|an|en|et)\s+)?(?:\p{L}+\s+)?$/iu;

/**
 * The first phrase that makes the contract fixed-term, searched block by block (a phrase and its
 * negation must stand in one block). With `origins` (the incremental path, see parse.ts) the result
 * per block is kept with the cached chunk block, so a relint searches only the blocks an edit touched.
 */
export function detectFixedTerm(
  masked: string,
  blocks: readonly Block[] = [{ kind: 'paragraph', start: 0, end: masked.length }],
  origins?: readonly Block[],
): { start: number; end: number } | undefined {
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind === 'code' || b.kind === 'html') continue;
    const origin = origins?.[i];
    let rel = origin ? fixedTermMemo.get(origin) : undefined;
    if (rel === undefined) {
      const hit = fixedTermIn(masked, b.start, b.end);
      rel = hit ? [hit.start - b.start, hit.end - b.start] : null;
      if (origin) fixedTermMemo.set(origin, rel);
    }
    if (rel) return { start: b.start + rel[0], end: b.start + rel[1] };
  }
  return undefined;
}

const fixedTermMemo = new WeakMap<Block, readonly [number, number] | null>();

function fixedTermIn(masked: string, from: number, to: number): { start: number; end: number } | undefined {
  for (const m of findAllIn(FIXED_TERM, masked, from, to)) {
    const end = m.index + m[0].length;
    if (end > to) break;
    const after = masked.slice(end, Math.min(to, end + 80));
    if (/^eindigt|^(?:ends|terminates) automatically/iu.test(m[0]) && findIn(PENSION_AGE, after)) continue;
    if (NOT_BEFORE.test(masked.slice(Math.max(from, m.index - 30), m.index))) continue;
    return { start: m.index, end };
  }
  return undefined;
}

/**
 * A policy document is one whose title (first heading, or first line) names a handbook, reglement,
 * policy or personalhåndbok and not a contract ("Bijlage bij de arbeidsovereenkomst: IT-reglement" is
 * still a policy: the title's last document word decides).
 */
export function detectPolicyDocument(masked: string, blocks: Block[]): boolean {
  const first = blocks.find((b) => b.kind === 'heading') ?? blocks.find((b) => b.kind === 'paragraph');
  if (!first) return false;
  // only a title near the top counts
  if (masked.slice(0, first.start).trim().length > 400) return false;
  const title = masked.slice(first.start, Math.min(first.end, first.start + 300));
  const policy = lastIndex(POLICY_DOCUMENT, title);
  if (policy < 0) return false;
  return lastIndex(CONTRACT_DOCUMENT, title) < policy;
}

function lastIndex(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let last = -1;
  for (let m = re.exec(text); m; m = re.exec(text)) last = m.index;
  return last;
}

export function computeFacts(
  masked: string,
  blocks: Block[],
  _clauses: Clause[],
  governingLaw?: { jurisdiction: Jurisdiction; start: number; end: number },
  origins?: readonly Block[],
): DocumentFacts {
  const fixed = detectFixedTerm(masked, blocks, origins);
  return {
    isFixedTerm: fixed !== undefined,
    fixedTermAt: fixed,
    isPolicyDocument: detectPolicyDocument(masked, blocks),
    governingLaw,
  };
}
