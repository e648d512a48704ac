// Scenario 7 of issue 7: the Outline view lists the clauses; "Clauselint: Show clause report" opens the report.
import { afterAll, beforeAll, describe, expect } from 'vitest';
import type { Frame } from 'playwright-core';
import { needs, scenario, willRun } from './support/features';
import { clauseTitles, lint } from './support/oracle';
import {
  EXAMPLE_FILES, exampleExists, openFile, openWorkbench, readExample, runCommand, screenshot, until, waitForFirstDiagnostic,
  type Session,
} from './support/workbench';

const FILE = EXAMPLE_FILES.nl;
const text = exampleExists(FILE) ? readExample(FILE) : '';
const titles = text ? clauseTitles(text) : [];
const REPORT = 'Clauselint: Show clause report';
const norm = (t: string) => t.replace(/\s+/g, ' ').trim();

describe.skipIf(!!needs.runner)('Outline and clause report', () => {
  let s: Session;
  beforeAll(async () => {
    if (willRun(needs.example('nl'))) s = await openWorkbench('outline');
  });
  afterAll(async () => {
    await s?.close();
  });

  scenario('7a. the Outline view lists the clauses', needs.example('nl') ?? (titles.length ? undefined : 'the NL example has no clause headings'), async () => {
    await openFile(s.page, FILE);
    await waitForFirstDiagnostic(s.page);
    await runCommand(s.page, 'Explorer: Focus on Outline View');
    const rows = await until('Outline rows', async () => {
      const labels = await s.page
        .locator('.outline-pane .monaco-list-row, .pane-body.outline .monaco-list-row')
        .evaluateAll((es) => es.map((e) => (e.getAttribute('aria-label') || e.textContent || '').replace(/\s+/g, ' ').trim()));
      return labels.length >= Math.min(titles.length, 3) ? labels : undefined;
    }, 30_000);
    // Every visible row is a clause; the first clauses of the contract are there (the tree may scroll).
    const seen = titles.filter((t) => rows.some((r) => norm(r).includes(norm(t)) || norm(t).includes(norm(r))));
    expect(seen.length, `outline rows: ${rows.join(' | ')}; clauses: ${titles.join(' | ')}`).toBeGreaterThanOrEqual(Math.min(titles.length, 3));
    await screenshot(s.page, '09-outline');
  });

  scenario(`7b. "${REPORT}" opens the report`, needs.command(REPORT), async () => {
    await openFile(s.page, FILE);
    await waitForFirstDiagnostic(s.page);
    await runCommand(s.page, REPORT);
    // The report is a webview or a (preview of a) document: find a clause title of the contract in any frame
    // or in the active editor, in a tab other than the contract's.
    const findings = lint(text);
    const clauseOfFinding = findings.map((f) => f.clause).find(Boolean) ?? titles[0];
    const probe = norm(clauseOfFinding ?? '').slice(0, 40);
    await until('a report tab', async () => {
      const tab = await s.page.locator('.editor-group-container .tab.active').first().innerText().catch(() => '');
      return tab && (!tab.includes(FILE) || /report|rapport/i.test(tab)) ? tab : undefined;
    }, 20_000);
    const where = await until('the report content', async () => {
      // Webview content lives in nested frames (…/webview/browser/pre/…); look there first.
      const frames: Frame[] = [...s.page.frames()].sort((x, y) => Number(y.url().includes('/webview/')) - Number(x.url().includes('/webview/')));
      for (const f of frames) {
        if (f === s.page.mainFrame()) continue;
        // A frame without a live document (a worker host) never answers: give each one a second.
        const body = String(
          await Promise.race([
            f.evaluate('document.body ? document.body.innerText : ""').catch(() => ''),
            new Promise((r) => setTimeout(() => r(''), 1_000)),
          ]),
        );
        if (process.env.CLAUSELINT_E2E_DEBUG === '1') console.log(`[e2e debug] ${new Date().toISOString()} frame ${f.url().slice(-50)}: ${body.length} chars`);
        if (probe && norm(body).includes(probe)) return `frame ${f.url().slice(0, 80)}`;
      }
      const editorText = await s.page.locator('.editor-group-container.active .view-lines').first().innerText({ timeout: 1_000 }).catch(() => '');
      return probe && norm(editorText).includes(probe) ? 'editor' : undefined;
    }, 60_000, 500);
    expect(where).toBeTruthy();
    await screenshot(s.page, '10-clause-report');
  });
});
