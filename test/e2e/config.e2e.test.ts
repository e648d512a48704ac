// Scenario 5 of issue 7: changing the setting clauselint.jurisdiction, or writing a .clauselintrc.json that
// turns a rule off, updates the diagnostics of the open contract without reloading the window.
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { needs, scenario, willRun } from './support/features';
import { counts, lint, type Counts } from './support/oracle';
import type { Jurisdiction } from '../../server/src/core/types';
import {
  EXAMPLE_FILES, exampleExists, openFile, openWorkbench, readExample, recordTiming, screenshot, until, waitForCounts,
  waitForFirstDiagnostic, type Session,
} from './support/workbench';

const FILE = EXAMPLE_FILES.nl;
const text = exampleExists(FILE) ? readExample(FILE) : '';
const base = text ? lint(text) : [];
const same = (a: Counts, b: Counts) => a.errors === b.errors && a.warnings === b.warnings && a.infos === b.infos;

// A jurisdiction under which the example's counts differ from the detected one's (so the change shows).
const jurisdiction = (['UK', 'NO', 'NL'] as Jurisdiction[]).find((j) => text && !same(counts(lint(text, { jurisdiction: j })), counts(base)));
// The rule with the most findings, to turn off in .clauselintrc.json.
const byRule = new Map<string, number>();
for (const f of base) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
const rule = [...byRule.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];

describe.skipIf(!!needs.runner)('configuration changes without reload', () => {
  let s: Session;
  beforeAll(async () => {
    if (willRun(needs.example('nl'))) s = await openWorkbench('config');
  });
  afterAll(async () => {
    await s?.close();
  });

  scenario(
    '5a. clauselint.jurisdiction in the workspace settings re-lints the open contract',
    needs.setting('clauselint.jurisdiction') ?? (jurisdiction ? undefined : 'no jurisdiction changes the NL example\'s counts'),
    async () => {
      await openFile(s.page, FILE);
      await waitForFirstDiagnostic(s.page);
      await waitForCounts(s.page, counts(base));
      const settings = join(s.workspace, '.vscode/settings.json');
      mkdirSync(join(s.workspace, '.vscode'), { recursive: true });
      const t0 = Date.now();
      writeFileSync(settings, JSON.stringify({ 'clauselint.jurisdiction': jurisdiction }, null, 2));
      const t1 = await waitForCounts(s.page, counts(lint(text, { jurisdiction })));
      recordTiming(`diagnostics after setting clauselint.jurisdiction=${jurisdiction}`, t1 - t0);
      await screenshot(s.page, `06-setting-jurisdiction-${jurisdiction}`);
      writeFileSync(settings, '{}\n');
      await waitForCounts(s.page, counts(base));
    },
  );

  scenario(
    '5c. clicking the status bar item picks a jurisdiction, and the diagnostics follow',
    needs.setting('clauselint.jurisdiction') ?? (jurisdiction ? undefined : 'no jurisdiction changes the NL example\'s counts'),
    async () => {
      await openFile(s.page, FILE);
      await waitForFirstDiagnostic(s.page);
      await waitForCounts(s.page, counts(base));
      const item = s.page.locator('.part.statusbar .statusbar-item[id*="clauselint" i]').first();
      await item.waitFor({ state: 'visible', timeout: 20_000 });
      await item.locator('a, .statusbar-item-label').first().click();
      // Rows are labelled "<code>, <description>" (their text runs label and description together).
      const row = s.page.locator(`.quick-input-widget .quick-input-list .monaco-list-row[aria-label^="${jurisdiction}"]`).first();
      await row.waitFor({ state: 'visible', timeout: 15_000 });
      await screenshot(s.page, '06-status-bar-jurisdiction-picker');
      const t0 = Date.now();
      await row.click();
      const t1 = await waitForCounts(s.page, counts(lint(text, { jurisdiction })));
      recordTiming(`diagnostics after picking ${jurisdiction} in the status bar`, t1 - t0);
      await until(`the status bar to show ${jurisdiction}`, async () => new RegExp(`\\b${jurisdiction}\\b`).test(await item.innerText()), 10_000);
      mkdirSync(join(s.workspace, '.vscode'), { recursive: true });
      writeFileSync(join(s.workspace, '.vscode/settings.json'), '{}\n');
      await waitForCounts(s.page, counts(base));
    },
  );

  scenario(
    '5b. a .clauselintrc.json turning a rule off removes its findings, deleting it brings them back',
    needs.example('nl') ?? (rule ? undefined : 'lint() finds nothing in the NL example'),
    async () => {
      await openFile(s.page, FILE);
      await waitForFirstDiagnostic(s.page);
      await waitForCounts(s.page, counts(base));
      const rc = join(s.workspace, '.clauselintrc.json');
      const t0 = Date.now();
      writeFileSync(rc, JSON.stringify({ rules: { [rule!]: 'off' } }, null, 2));
      const without = lint(text, { rules: { [rule!]: 'off' } });
      expect(without.length).toBeLessThan(base.length);
      const t1 = await waitForCounts(s.page, counts(without));
      recordTiming(`diagnostics after .clauselintrc.json turned ${rule} off`, t1 - t0);
      await screenshot(s.page, '07-clauselintrc-rule-off');
      rmSync(rc);
      await waitForCounts(s.page, counts(base));
    },
  );
});
