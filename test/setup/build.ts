/**
 * vitest globalSetup: builds dist/ once before any test file runs, so that tests which start the
 * bundled language server (test/lsp) never run a stale dist/server.js.
 */
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

export default function setup(): void {
  const root = path.join(__dirname, '..', '..');
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
}
