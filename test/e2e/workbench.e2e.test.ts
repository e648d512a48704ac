// Smoke scenario: code-server serves the workbench, and the packaged extension is installed in it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { notUnderRunner, openWorkbench, ROOT, runCommand, screenshot, type Session } from './support/workbench';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

describe.skipIf(!!notUnderRunner)('workbench', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openWorkbench('smoke');
  });
  afterAll(async () => {
    await s?.close();
  });

  it('serves VS Code with the clauselint extension installed', async () => {
    await runCommand(s.page, 'Extensions: Show Installed Extensions');
    const item = s.page.locator('.extensions-viewlet .monaco-list-row').filter({ hasText: pkg.displayName?.split(' ')[0] ?? pkg.name }).first();
    await item.waitFor({ state: 'visible', timeout: 30_000 });
    expect(await item.innerText()).toMatch(/clauselint/i);
    await screenshot(s.page, '00-installed');
  });
});
