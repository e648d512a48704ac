// Scenarios 1–3 of issue 7 on the Dutch example: squiggles, the Problems panel, the status bar; the hover
// on an over-long relatiebeding (art. 7:653 BW and its link); the quick fix and "Disable … for this line".
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits } from '../../server/src/core/fixes';
import { needs, scenario, willRun } from './support/features';
import { ariaPrefix, counts, findingWithFix, lint, type Finding } from './support/oracle';
import {
  chooseQuickFix, EXAMPLE_FILES, exampleExists, goTo, linkTargets, openFile, openQuickFix, openWorkbench, problemRows,
  readExample, recordTiming, save, screenshot, showHoverAtCursor, squiggleCount, statusBarItems, until, visibleText,
  waitForCounts, waitForFirstDiagnostic, waitForSquiggle, type Session,
} from './support/workbench';

const FILE = EXAMPLE_FILES.nl;
const text = exampleExists(FILE) ? readExample(FILE) : '';
const expected: Finding[] = text ? lint(text) : [];
const relatiebeding = findingWithFix(expected, 'restraint-duration', /7:653/);
const skip = needs.example('nl');

describe.skipIf(!!needs.runner)('Dutch contract (arbeidsovereenkomst)', () => {
  let s: Session;
  beforeAll(async () => {
    if (willRun(skip)) s = await openWorkbench('nl');
  });
  afterAll(async () => {
    await s?.close();
  });

  scenario('1. squiggles, Problems rows with rule ids, status bar language/jurisdiction', skip, async () => {
    expect(expected.length, `lint() finds nothing in examples/${FILE}`).toBeGreaterThan(0);
    const chosenAt = await openFile(s.page, FILE);
    const firstAt = await waitForFirstDiagnostic(s.page);
    recordTiming('time to first diagnostic (NL example, cold: extension activation + server start)', firstAt - chosenAt);
    const allAt = await waitForCounts(s.page, counts(expected));
    recordTiming('time to all diagnostics (NL example, cold)', allAt - chosenAt, { findings: expected.length });
    // Squiggles: at the first finding (the editor renders only the lines in view).
    await goTo(s.page, expected[0].line, expected[0].column);
    await waitForSquiggle(s.page);
    expect(await squiggleCount(s.page)).toBeGreaterThan(0);

    // The Problems panel: each visible row is one of lint()'s findings, with its rule id shown.
    const rows = await until('Problems rows', async () => {
      const r = await problemRows(s.page);
      return r.length >= Math.min(expected.length, 3) ? r : undefined;
    });
    for (const row of rows) {
      const match = expected.find((f) => row.aria.startsWith(ariaPrefix(f)));
      expect(match, `row "${row.aria}" is none of lint()'s findings`).toBeDefined();
      expect(row.text).toContain(match!.ruleId);
    }
    const ruleIds = new Set(expected.map((f) => f.ruleId));
    expect(rows.some((r) => [...ruleIds].some((id) => r.text.includes(id)))).toBe(true);

    // The status bar names the detected language and jurisdiction of the contract.
    const { lang, jurisdiction } = expected[0];
    const items = await until('the clauselint status bar item', async () => {
      const all = await statusBarItems(s.page);
      const ours = all.filter((i) => /clauselint/i.test(`${i.id} ${i.aria} ${i.text}`));
      return ours.some((i) => new RegExp(`\\b${jurisdiction}\\b`).test(`${i.text} ${i.aria}`)) ? ours : undefined;
    }, 20_000);
    const shown = items.map((i) => `${i.text} ${i.aria}`).join(' ');
    expect(shown).toMatch(new RegExp(`\\b${jurisdiction}\\b`));
    expect(shown).toMatch(new RegExp(`\\b${lang}\\b|Nederlands|Dutch`, 'i'));
    await screenshot(s.page, '01-nl-diagnostics');
  });

  scenario(
    '2. hover on the over-long relatiebeding duration: art. 7:653 BW and its link',
    skip ?? (relatiebeding ? undefined : 'lint() finds no fixable restraint-duration finding citing 7:653 in the NL example'),
    async () => {
      const f = relatiebeding!;
      await openFile(s.page, FILE);
      await waitForFirstDiagnostic(s.page);
      await goTo(s.page, f.line, f.column + 1);
      const hover = await showHoverAtCursor(s.page);
      await until('the hover to show 7:653', async () => /7:653/.test(await hover.innerText()), 15_000);
      const hoverText = await hover.innerText();
      expect(hoverText).toMatch(/art(\.|ikel)\s*7:653\b.*\bBW\b/i);
      const citation = f.citations.find((c) => /7:653/.test(c.label))!;
      expect(await linkTargets(hover)).toContain(citation.url);
      await screenshot(s.page, '02-nl-hover');
      await screenshot(s.page, '02-nl-hover-editor', s.page.locator('.part.editor')); // for docs/images/
      await s.page.keyboard.press('Escape');
    },
  );

  scenario(
    '3. Ctrl+. lists the fix and "Disable … for this line"; the fix rewrites the duration and the squiggle goes',
    skip ?? (relatiebeding ? undefined : 'lint() finds no fixable restraint-duration finding in the NL example'),
    async () => {
      const f = relatiebeding!;
      const fix = f.fixes.find((x) => x.preferred) ?? f.fixes[0];
      await openFile(s.page, FILE);
      await waitForFirstDiagnostic(s.page);
      await goTo(s.page, f.line, f.column + 1);
      const titles = await openQuickFix(s.page);
      expect(titles.some((t) => t.includes(fix.title)), `"${fix.title}" not in the menu: ${titles.join(' | ')}`).toBe(true);
      // "Disable <rule> for this line", in the contract's language (nl: "Schakel <rule> uit voor deze regel").
      const disableLine = /(disable|schakel .* uit|uitschakelen|deaktiver|slå .*av).*\b(line|regel|linje)\b/i;
      expect(titles.some((t) => t.includes(f.ruleId) && disableLine.test(t)), `no "Disable ${f.ruleId} for this line" in the menu: ${titles.join(' | ')}`).toBe(true);
      await screenshot(s.page, '03-nl-quickfix-menu');
      await screenshot(s.page, '03-nl-quickfix-menu-editor', s.page.locator('.part.editor'));

      await chooseQuickFix(s.page, fix.title);
      const after = applyEdits(text, fix.edits);
      const inserted = fix.edits.map((e) => e.text).filter((t) => t.trim())[0];
      if (inserted) await until('the fixed text in the editor', async () => (await visibleText(s.page)).includes(inserted.replace(/\s+/g, ' ')), 15_000);
      const remaining = lint(after);
      await waitForCounts(s.page, counts(remaining));
      await save(s.page);
      const onDisk = readFileSync(join(s.workspace, FILE), 'utf8');
      expect(onDisk).toBe(after);
      // The finding that was fixed is gone; none remains at its place with its rule.
      expect(remaining.some((r) => r.ruleId === f.ruleId && r.line === f.line && r.start <= f.start && r.end > f.start)).toBe(false);
      const rows = await problemRows(s.page);
      expect(rows.some((r) => r.aria.startsWith(ariaPrefix(f)))).toBe(false);
      await screenshot(s.page, '04-nl-fixed');
    },
  );
});
