/**
 * Helpers that drive the VS Code workbench served by code-server (scripts/e2e/run.sh starts it) through
 * Debian's Chromium with playwright-core. Selectors prefer what a screen reader sees (aria labels, roles)
 * and VS Code's long-stable class names; every wait polls with a generous timeout, and the keyboard-driven
 * steps (quick open, command palette, go to line) retry when the UI was not ready for the keystroke.
 */
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const ARTIFACTS = join(ROOT, 'test/e2e/artifacts');
export const EXAMPLES = process.env.CLAUSELINT_E2E_EXAMPLES ? resolve(process.env.CLAUSELINT_E2E_EXAMPLES) : join(ROOT, 'examples');

export const E2E = {
  url: process.env.CLAUSELINT_E2E_URL ?? '',
  workspaces: process.env.CLAUSELINT_E2E_WORKSPACES ?? '',
  userData: process.env.CLAUSELINT_E2E_USER_DATA ?? '',
  chromium: process.env.CLAUSELINT_E2E_CHROMIUM ?? '/usr/bin/chromium',
};

/** Set when the suite runs outside scripts/e2e/run.sh: the scenarios are skipped with this reason. */
export const notUnderRunner = E2E.url && E2E.workspaces ? undefined : 'start through `npm run test:e2e` (scripts/e2e/run.sh)';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--disable-breakpad',
  '--disable-crash-reporter',
  // Only loopback: any other host name fails to resolve inside the browser (nothing leaves the machine).
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

export const EXAMPLE_FILES = {
  nl: 'arbeidsovereenkomst-nl.md',
  no: 'arbeidsavtale-no.md',
  en: 'employment-contract-en.md',
} as const;

export function exampleExists(name: string): boolean {
  return existsSync(join(EXAMPLES, name));
}

export function readExample(name: string): string {
  return readFileSync(join(EXAMPLES, name), 'utf8');
}

/** CLAUSELINT_E2E_DEBUG=1 prints how long each wait took. */
const DEBUG = process.env.CLAUSELINT_E2E_DEBUG === '1';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `probe` until it returns a truthy value; throws with `what` after `timeout` ms. */
export async function until<T>(what: string, probe: () => Promise<T> | T, timeout = 30_000, every = 100): Promise<NonNullable<T>> {
  const started = Date.now();
  const deadline = started + timeout;
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v) {
        if (DEBUG) console.log(`[e2e debug] ${what}: ${Date.now() - started} ms`);
        return v as NonNullable<T>;
      }
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
    await sleep(every);
  }
}

// ---------------------------------------------------------------------------------------------------
// Timings: printed and collected in test/e2e/artifacts/timings.json (run.sh prints the file at the end).

export function recordTiming(name: string, ms: number, extra: Record<string, unknown> = {}): void {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, 'timings.json');
  let all: Record<string, unknown> = {};
  try {
    all = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    /* first entry */
  }
  all[name] = { ms: Math.round(ms), ...extra };
  writeFileSync(file, JSON.stringify(all, null, 2) + '\n');
  console.log(`[e2e timing] ${name}: ${Math.round(ms)} ms${Object.keys(extra).length ? ' ' + JSON.stringify(extra) : ''}`);
}

// ---------------------------------------------------------------------------------------------------
// A session: one Chromium, one page, one workspace folder of its own (so files, settings and
// .clauselintrc.json of one scenario file never leak into another).

/** The page of the session opened last: the scenario wrapper screenshots it when a scenario fails. */
export let currentPage: Page | undefined;

export interface Session {
  browser: Browser;
  page: Page;
  /** Absolute path of this session's workspace folder. */
  workspace: string;
  close(): Promise<void>;
}

/**
 * Makes a fresh workspace folder `name` holding copies of the examples (and `extra` files), opens it in
 * code-server and waits for the workbench and the extension host.
 */
export async function openWorkbench(name: string, extra: Record<string, string> = {}): Promise<Session> {
  const workspace = join(E2E.workspaces, name);
  mkdirSync(workspace, { recursive: true });
  if (existsSync(EXAMPLES)) {
    for (const f of readdirSync(EXAMPLES)) {
      if (/\.(md|markdown|txt)$/.test(f)) copyFileSync(join(EXAMPLES, f), join(workspace, f));
    }
  }
  for (const [rel, text] of Object.entries(extra)) {
    mkdirSync(dirname(join(workspace, rel)), { recursive: true });
    writeFileSync(join(workspace, rel), text);
  }
  // HOME in the run's temp folder: Chromium writes nothing (crash reports, caches) into the real home.
  const env = { ...process.env, HOME: process.env.CLAUSELINT_E2E_HOME || process.env.HOME || '' } as Record<string, string>;
  const browser = await chromium.launch({ executablePath: E2E.chromium, headless: true, args: CHROMIUM_FLAGS, env });
  const page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
  page.setDefaultTimeout(30_000);
  const started = Date.now();
  await page.goto(`${E2E.url}/?folder=${encodeURIComponent(workspace)}`, { waitUntil: 'domcontentloaded' });
  await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 90_000 });
  await page.locator('.part.statusbar').waitFor({ state: 'visible', timeout: 90_000 });
  // The explorer shows the folder once the remote file system and the workspace are up.
  await page.locator('.explorer-folders-view').waitFor({ state: 'visible', timeout: 90_000 });
  recordTiming(`workbench ready (${name})`, Date.now() - started);
  currentPage = page;
  return {
    browser,
    page,
    workspace,
    async close() {
      await browser.close().catch(() => undefined);
    },
  };
}

/** Saves a screenshot of the page (or of the area of `part`, e.g. the editor) under test/e2e/artifacts/. */
export async function screenshot(page: Page, name: string, part?: Locator): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  const clip = part ? await part.boundingBox() : null;
  await page.screenshot({ path, ...(clip ? { clip } : {}) });
  return path;
}

// ---------------------------------------------------------------------------------------------------
// Quick input: quick open, command palette, go to line.

const quickInput = (page: Page) => page.locator('.quick-input-widget');
const quickInputBox = (page: Page) => page.locator('.quick-input-widget .quick-input-box input');

async function closeQuickInput(page: Page): Promise<void> {
  if (await quickInput(page).isVisible()) await page.keyboard.press('Escape');
}

/** Opens a quick input with `keys` and waits until its input box is focused. Retries the keystroke. */
async function openQuickInput(page: Page, keys: string): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt++) {
    await closeQuickInput(page);
    await page.keyboard.press(keys);
    try {
      await quickInputBox(page).waitFor({ state: 'visible', timeout: 3_000 });
      await until('quick input focus', () => quickInputBox(page).evaluate((el) => el.matches(':focus')), 2_000);
      return;
    } catch {
      // The workbench swallowed the keystroke (still loading, or focus elsewhere): click into it and retry.
      await page.locator('.part.editor').click({ position: { x: 400, y: 300 } }).catch(() => undefined);
    }
  }
  throw new Error(`quick input did not open with ${keys}`);
}

/** Picks the quick-input row whose label matches `label` (after typing `query`), with retries. */
async function pick(page: Page, keys: string, query: string, label: RegExp, timeout = 20_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    await openQuickInput(page, keys);
    await quickInputBox(page).fill(query);
    try {
      const row = page.locator('.quick-input-list .monaco-list-row').filter({ hasText: label }).first();
      await row.waitFor({ state: 'visible', timeout: 5_000 });
      await row.click();
      await quickInput(page).waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => undefined);
      return;
    } catch (e) {
      if (Date.now() > deadline) throw new Error(`no quick-input row matching ${label} for "${query}" (${String(e)})`);
      await page.waitForTimeout(500);
    }
  }
}

/** Runs a command through the command palette (F1), by its title as shown there. */
export async function runCommand(page: Page, title: string, timeout = 20_000): Promise<void> {
  const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const started = Date.now();
  await pick(page, 'F1', `>${title}`, new RegExp(escaped, 'i'), timeout);
  if (DEBUG) console.log(`[e2e debug] command "${title}": ${Date.now() - started} ms`);
}

/** Is a command with this palette title registered (i.e. contributed by an installed extension)? */
export async function hasCommand(page: Page, title: string): Promise<boolean> {
  await openQuickInput(page, 'F1');
  await quickInputBox(page).fill(`>${title}`);
  await page.waitForTimeout(800);
  const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const n = await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: new RegExp(escaped, 'i') }).count();
  await closeQuickInput(page);
  return n > 0;
}

/**
 * Opens a workspace file by name with Quick Open (Ctrl+P) and waits until its editor is active.
 * Returns the time at which the file was chosen (for time-to-first-diagnostic measurements).
 */
export async function openFile(page: Page, fileName: string): Promise<number> {
  const escaped = fileName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  let chosenAt = 0;
  const deadline = Date.now() + 40_000;
  for (;;) {
    await openQuickInput(page, 'Control+P');
    await quickInputBox(page).fill(fileName);
    const row = page.locator('.quick-input-list .monaco-list-row').filter({ hasText: new RegExp(`^${escaped}`) }).first();
    try {
      await row.waitFor({ state: 'visible', timeout: 5_000 });
      chosenAt = Date.now();
      await page.keyboard.press('Enter');
      break;
    } catch (e) {
      // The file index may lag behind a file just written: try again.
      if (Date.now() > deadline) throw new Error(`quick open found no ${fileName} (${String(e)})`);
      await page.waitForTimeout(1_000);
    }
  }
  await activeTab(page, fileName).waitFor({ state: 'visible', timeout: 30_000 });
  await activeEditor(page).locator('.view-lines').waitFor({ state: 'visible', timeout: 30_000 });
  return chosenAt;
}

export function activeTab(page: Page, fileName: string): Locator {
  return page.locator('.editor-group-container.active .tab.active').filter({ hasText: fileName });
}

export function activeEditor(page: Page): Locator {
  return page.locator('.editor-group-container.active .monaco-editor').first();
}

/** Moves the cursor of the active editor to a 1-based line and column with Go to Line (Ctrl+G). */
export async function goTo(page: Page, line: number, column: number): Promise<void> {
  await openQuickInput(page, 'Control+G');
  await quickInputBox(page).fill(`:${line}:${column}`);
  await page.waitForTimeout(150);
  await page.keyboard.press('Enter');
  await quickInput(page).waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => undefined);
  // Go to Line reveals the position; the status bar shows "Ln x, Col y" once the cursor is there.
  await until(`cursor at ${line}:${column}`, async () => {
    const t = (await page.locator('[id="status.editor.selection"]').textContent().catch(() => '')) ?? '';
    return t.includes(`Ln ${line}, Col ${column}`);
  }, 10_000);
}

// ---------------------------------------------------------------------------------------------------
// Diagnostics as a person sees them: squiggles in the editor, rows in the Problems panel, the count
// in the status bar.

const SQUIGGLES = '.squiggly-error, .squiggly-warning, .squiggly-info, .squiggly-hint';

export async function squiggleCount(page: Page): Promise<number> {
  return activeEditor(page).locator(SQUIGGLES).count();
}

/** Waits for a squiggle among the rendered lines of the active editor; returns the time it was seen. */
export async function waitForSquiggle(page: Page, timeout = 30_000): Promise<number> {
  await activeEditor(page).locator(SQUIGGLES).first().waitFor({ state: 'attached', timeout });
  return Date.now();
}

/**
 * Waits for the first diagnostic of the window to reach the workbench (the status bar's problems count
 * leaves zero; squiggles show only on rendered lines, and a contract's first finding may be far down).
 */
export async function waitForFirstDiagnostic(page: Page, timeout = 60_000): Promise<number> {
  await until('a first diagnostic (problems count > 0)', async () => (await problemsTotal(page)) > 0, timeout, 25);
  return Date.now();
}

/** The status bar's problems item, e.g. "3 Errors, 2 Warnings" / "No Problems". */
export async function problemsStatus(page: Page): Promise<string> {
  const item = page.locator('[id="status.problems"]');
  const aria = (await item.getAttribute('aria-label').catch(() => null)) ?? '';
  const inner = await item.locator('[aria-label]').first().getAttribute('aria-label').catch(() => null);
  return inner || aria || ((await item.textContent().catch(() => '')) ?? '');
}

export interface StatusCounts {
  errors: number;
  warnings: number;
  /** Undefined when the status bar does not show infos. */
  infos?: number;
  raw: string;
}

/** Errors, warnings (and infos, where shown) from the status bar's problems item. */
export async function problemsCounts(page: Page): Promise<StatusCounts> {
  const raw = await problemsStatus(page);
  const num = (word: string) => {
    const m = new RegExp(`${word}: ([\\d,.]+)`).exec(raw);
    return m ? Number(m[1].replace(/[,.]/g, '')) : undefined;
  };
  return { errors: num('Errors') ?? 0, warnings: num('Warnings') ?? 0, infos: num('Infos'), raw };
}

export async function problemsTotal(page: Page): Promise<number> {
  const c = await problemsCounts(page);
  return c.errors + c.warnings + (c.infos ?? 0);
}

/**
 * Waits until the status bar shows `expected` errors and warnings (and infos, where it shows them);
 * returns the time it did. The message on timeout says what was shown instead.
 */
export async function waitForCounts(
  page: Page,
  expected: { errors: number; warnings: number; infos: number },
  timeout = 30_000,
): Promise<number> {
  let last: StatusCounts | undefined;
  try {
    await until('the problems count', async () => {
      last = await problemsCounts(page);
      return last.errors === expected.errors && last.warnings === expected.warnings && (last.infos === undefined || last.infos === expected.infos);
    }, timeout, 25);
  } catch {
    throw new Error(`status bar shows "${last?.raw}", expected ${JSON.stringify(expected)}`);
  }
  return Date.now();
}

export async function openProblems(page: Page): Promise<Locator> {
  const panel = page.locator('.markers-panel');
  if (!(await panel.isVisible().catch(() => false))) {
    await page.keyboard.press('Control+Shift+M');
    try {
      await panel.waitFor({ state: 'visible', timeout: 5_000 });
    } catch {
      await runCommand(page, 'View: Focus Problems');
      await panel.waitFor({ state: 'visible', timeout: 15_000 });
    }
  }
  return panel;
}

export interface ProblemRow {
  aria: string;
  text: string;
}

/** The marker rows of the Problems panel (visible part of the tree): aria label and visible text. */
export async function problemRows(page: Page): Promise<ProblemRow[]> {
  const panel = await openProblems(page);
  const rows = panel.locator('.monaco-list-row');
  const out: ProblemRow[] = [];
  for (const row of await rows.all()) {
    const aria = (await row.getAttribute('aria-label')) ?? '';
    if (!/^(Error|Warning|Info|Problem): /.test(aria)) continue;
    out.push({ aria, text: ((await row.innerText().catch(() => '')) ?? '').replace(/\s+/g, ' ').trim() });
  }
  return out;
}

export async function closePanel(page: Page): Promise<void> {
  if (await page.locator('.part.panel').isVisible().catch(() => false)) {
    await runCommand(page, 'View: Close Panel').catch(() => undefined);
  }
}

// ---------------------------------------------------------------------------------------------------
// Hover and quick fix at the cursor.

export function hoverWidget(page: Page): Locator {
  return page.locator('.monaco-hover:not(.hidden)').filter({ has: page.locator('.hover-contents, .hover-row, .markdown-hover') }).first();
}

/**
 * Shows the hover for the character right after the cursor, as a person would: the mouse rests on it.
 * Falls back to the keyboard (editor.action.showHover, Ctrl+K Ctrl+I). Returns the hover widget.
 */
export async function showHoverAtCursor(page: Page): Promise<Locator> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const box = await activeEditor(page).locator('.cursors-layer .cursor').first().boundingBox();
    if (box) {
      await page.mouse.move(box.x + 40, box.y - 200); // away first, so that the move below is a new hover
      await page.mouse.move(box.x + 4, box.y + box.height / 2, { steps: 3 });
    } else {
      await page.keyboard.press('Control+K');
      await page.keyboard.press('Control+I');
    }
    try {
      await hoverWidget(page).waitFor({ state: 'visible', timeout: 6_000 });
      return hoverWidget(page);
    } catch {
      await page.keyboard.press('Control+K');
      await page.keyboard.press('Control+I');
      try {
        await hoverWidget(page).waitFor({ state: 'visible', timeout: 4_000 });
        return hoverWidget(page);
      } catch {
        await page.keyboard.press('Escape');
      }
    }
  }
  throw new Error('no hover appeared at the cursor');
}

export function actionWidget(page: Page): Locator {
  return page.locator('.action-widget');
}

/** Opens the Quick Fix menu at the cursor (Ctrl+.) and returns the titles of its actions. */
export async function openQuickFix(page: Page): Promise<string[]> {
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.keyboard.press('Control+.');
    try {
      await actionWidget(page).locator('.monaco-list-row').first().waitFor({ state: 'visible', timeout: 8_000 });
      break;
    } catch {
      await page.keyboard.press('Escape');
      if (attempt === 2) throw new Error('the Quick Fix menu did not open');
    }
  }
  const rows = actionWidget(page).locator('.monaco-list-row.action');
  const titles: string[] = [];
  for (const row of await rows.all()) {
    const t = ((await row.getAttribute('aria-label')) || (await row.innerText()) || '').trim();
    if (t) titles.push(t);
  }
  return titles;
}

export async function chooseQuickFix(page: Page, title: string | RegExp): Promise<void> {
  const row = actionWidget(page).locator('.monaco-list-row.action').filter({ hasText: title }).first();
  await row.click();
  await actionWidget(page).waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => undefined);
}

/** The text the active editor renders (visible lines, joined; wrapped lines joined with a space). */
export async function visibleText(page: Page): Promise<string> {
  const t = await activeEditor(page).locator('.view-lines').innerText();
  return t.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ');
}

export function fileName(path: string): string {
  return basename(path);
}

export interface StatusItem {
  id: string;
  aria: string;
  text: string;
}

export async function statusBarItems(page: Page): Promise<StatusItem[]> {
  return page.locator('.part.statusbar .statusbar-item').evaluateAll((els) =>
    els.map((e) => ({
      id: e.id,
      aria: e.getAttribute('aria-label') ?? e.querySelector('[aria-label]')?.getAttribute('aria-label') ?? '',
      text: (e.textContent ?? '').trim(),
    })),
  );
}

/** Saves the active editor (Ctrl+S) and waits until its tab is no longer dirty. */
export async function save(page: Page): Promise<void> {
  await page.keyboard.press('Control+S');
  await until('the editor to be saved', async () => (await page.locator('.editor-group-container.active .tab.active.dirty').count()) === 0, 15_000);
}

/** All hrefs of links in a locator (VS Code renders Markdown links with data-href, sometimes href). */
export async function linkTargets(scope: Locator): Promise<string[]> {
  return scope.locator('a').evaluateAll((as) =>
    as.map((a) => a.getAttribute('data-href') || a.getAttribute('href') || '').filter((h) => h && !h.startsWith('#')),
  );
}
