/** The rule catalogue: one file per rule, listed here in catalogue order (../shared/rules.md). */
import type { Rule } from '../core/types';
import { rule as restraintDuration } from './restraint-duration';
import { rule as restraintNotInContract } from './restraint-not-in-contract';
import { rule as restraintFixedTermMotivation } from './restraint-fixed-term-motivation';
import { rule as restraintNoCompensation } from './restraint-no-compensation';
import { rule as passiveContactBan } from './passive-contact-ban';
import { rule as restraintScopeUndefined } from './restraint-scope-undefined';
import { rule as restraintOnDismissal } from './restraint-on-dismissal';
import { rule as profileOwnership } from './profile-ownership';
import { rule as accountCredentials } from './account-credentials';
import { rule as linkedinCleanup } from './linkedin-cleanup';
import { rule as networkHandover } from './network-handover';
import { rule as unsolicitedCommercialMessages } from './unsolicited-commercial-messages';
import { rule as socialMediaMonitoring } from './social-media-monitoring';
import { rule as monitoringConsentBasis } from './monitoring-consent-basis';
import { rule as opentoworkScanning } from './opentowork-scanning';
import { rule as profileContentBan } from './profile-content-ban';
import { rule as expressionBlanketBan } from './expression-blanket-ban';
// @rules-import (keep this marker: add new imports above it)

export const rules: readonly Rule[] = [
  restraintDuration,
  restraintNotInContract,
  restraintFixedTermMotivation,
  restraintNoCompensation,
  passiveContactBan,
  restraintScopeUndefined,
  restraintOnDismissal,
  profileOwnership,
  accountCredentials,
  linkedinCleanup,
  networkHandover,
  socialMediaMonitoring,
  monitoringConsentBasis,
  opentoworkScanning,
  profileContentBan,
  expressionBlanketBan,
  unsolicitedCommercialMessages,
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
