/** The rule catalogue: one file per rule, listed here in catalogue order (../shared/rules.md). */
import type { Rule } from '../core/types';
import { rule as restraintDuration } from './restraint-duration';
// @rules-import (keep this marker: add new imports above it)

export const rules: readonly Rule[] = [
  restraintDuration,
  // @rules-list (keep this marker: add new rules above it)
];

const byId = new Map<string, Rule>();
for (const r of rules) {
  byId.set(r.meta.id, r);
  for (const a of r.meta.aliases ?? []) byId.set(a, r);
}

/** The rule for an id or alias. */
export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}

/** Canonical id for an id or alias (unknown ids are returned unchanged). */
export function canonicalRuleId(id: string): string {
  return byId.get(id)?.meta.id ?? id;
}

export function isKnownRuleId(id: string): boolean {
  return byId.has(id);
}
