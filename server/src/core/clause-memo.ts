/**
 * Per-clause results kept between lints of one document (the incremental path). A clause that has
 * an `identity` (lint.ts sets it when the document was parsed through a chunk cache) is named by the
 * cached chunk block it starts with and a key for its whole content and parents; a result stored for
 * it is reused while both match. Results must therefore depend on nothing but the clause, and must be
 * stored in clause-relative form (sentence indices, offsets from clause.start): the same clause moves
 * when text above it changes.
 *
 * The store hangs off the chunk block (a WeakMap), so it lives exactly as long as the chunk cache
 * keeps that chunk, and holds one entry per name.
 */
import type { Block, Clause } from './types';

export interface ClauseIdentity {
  /** The cached chunk block the clause starts with. */
  anchor: Block;
  /** The clause's parents and content, named by cached chunk blocks (lint.ts clauseContent). */
  key: string;
  /** The key of the clause's findings under a document context (lint.ts), kept with the identity. */
  findingsKey?: { context: number; key: string };
}

const store = new WeakMap<Block, Map<string, { key: string; value: unknown }>>();

export function perClause<T>(clause: Clause, name: string, compute: () => T): T {
  const id = clause.identity;
  if (!id) return compute();
  let byName = store.get(id.anchor);
  if (!byName) store.set(id.anchor, (byName = new Map()));
  const hit = byName.get(name);
  if (hit && hit.key === id.key) return hit.value as T;
  const value = compute();
  byName.set(name, { key: id.key, value });
  return value;
}
