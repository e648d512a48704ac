// Scenario 6 of issue 7: a ~1 MB contract (the Dutch example repeated); paste a restraint clause into the
// middle and measure how long the Problems count takes to follow, and how fast typed keys echo.
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { needs, scenario, strict, willRun } from './support/features';
import { analyze, bigContract, counts, lint, type Finding } from './support/oracle';
import {
  EXAMPLE_FILES, exampleExists, goTo, openFile, openWorkbench, problemsTotal, readExample, recordTiming, save, screenshot,
  until, visibleText, waitForCounts, type Session,
} from './support/workbench';

const BIG = 'contract-1mb.md';
/** Generous bound for the browser round trip (debounce + server + rendering); the measured figure is printed. */
const UPDATE_BUDGET_MS = 5_000;
/**
 * The bound is enforced once incremental relinting (issue 5) has landed: flip this to true then. Until
 * then the scenario checks that the count reaches the right value and prints how long it took.
 */
const ENFORCE_BUDGET = strict || process.env.CLAUSELINT_E2E_ENFORCE_BUDGET === '1';

describe.skipIf(!!needs.runner)('a 1 MB contract', () => {
  let s: Session;
  let big: { text: string; findings: Finding[] } = { text: '', findings: [] };
  let clause = '';
  beforeAll(async () => {
    if (!willRun(needs.example('nl'))) return;
    const example = readExample(EXAMPLE_FILES.nl);
    big = bigContract(example);
    // The whole clause (heading and body) holding the example's first finding: pasting it adds findings.
    const first = lint(example)[0];
    const holder = first && analyze(example).clauses.find((c) => c.start <= first.start && first.start < c.end);
    clause = holder ? example.slice(holder.start, holder.end).trim() : '';
    s = await openWorkbench('large', { [BIG]: big.text });
  });
  afterAll(async () => {
    await s?.close();
  });

  scenario('6. typing in the middle of a 1 MB contract: Problems count follows, editor stays responsive', needs.example('nl'), async () => {
    expect(Buffer.byteLength(big.text)).toBeGreaterThan(950_000);
    expect(big.findings.length).toBeGreaterThan(0);
    expect(big.findings.length).toBeLessThan(1000); // VS Code shows at most 1000 per file
    expect(exampleExists(EXAMPLE_FILES.nl) && clause.length > 0).toBe(true);

    const chosenAt = await openFile(s.page, BIG);
    const allAt = await waitForCounts(s.page, counts(big.findings), 120_000);
    recordTiming('time to all diagnostics (1 MB contract, cold)', allAt - chosenAt, { bytes: Buffer.byteLength(big.text), findings: big.findings.length });

    // A blank line near the middle, followed by a paragraph.
    const lines = big.text.split('\n');
    let line = Math.floor(lines.length / 2);
    while (line < lines.length - 1 && !(lines[line - 1] === '' && lines[line] !== '')) line++;
    await goTo(s.page, line, 1); // line is 1-based: the blank line lines[line - 1]

    // Paste (one input event) that clause as new paragraphs; time until the count moves, and until it is right.
    const at = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
    const edited = `${big.text.slice(0, at)}\n${clause}\n${big.text.slice(at)}`;
    const expected = lint(edited);
    expect(expected.length).toBeGreaterThan(big.findings.length);
    const t0 = Date.now();
    await s.page.keyboard.insertText(`\n${clause}\n`);
    let moved = 0;
    await until('the Problems count to change', async () => {
      if ((await problemsTotal(s.page)) !== big.findings.length) moved = Date.now();
      return moved;
    }, 120_000, 10);
    const final = await waitForCounts(s.page, counts(expected), 120_000);
    const ms = moved - t0;
    recordTiming('time to updated Problems count after an edit (1 MB contract)', ms, {
      toFinalCount: final - t0, before: big.findings.length, after: expected.length,
    });
    await save(s.page);
    expect(readFileSync(join(s.workspace, BIG), 'utf8')).toBe(edited);
    if (ENFORCE_BUDGET) expect(ms, `the Problems count took ${ms} ms to follow the edit`).toBeLessThan(UPDATE_BUDGET_MS);
    else if (ms > UPDATE_BUDGET_MS) console.warn(`[e2e] over budget (not enforced yet, see ENFORCE_BUDGET): ${ms} ms > ${UPDATE_BUDGET_MS} ms`);
    await screenshot(s.page, '08-large-contract-edit');

    // Keystroke echo: three characters typed one by one appear in the editor (no wait for the relint).
    const echoStart = Date.now();
    await s.page.keyboard.type('xyz');
    await until('typed characters to appear', async () => (await visibleText(s.page)).includes('xyz'), 10_000, 10);
    recordTiming('keystroke echo (3 keys typed, 1 MB contract)', Date.now() - echoStart);
  }, 300_000);
});
