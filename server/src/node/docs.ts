/** Where a rule's documentation page is: a file shipped with the package, or under a configured base URL. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The package root: the folder holding docs/rules (dist/ when bundled, server/src/node in tests). */
export function packageRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 5; i++) {
    if (fs.existsSync(path.join(dir, 'docs', 'rules'))) return dir;
    dir = path.dirname(dir);
  }
  return path.resolve(__dirname, '..');
}

export function ruleDocPath(id: string): string {
  return path.join(packageRoot(), 'docs', 'rules', `${id}.md`);
}

/** URL of the rule's doc page: `${base}${id}.md` when a base is configured, else a file: URL to the shipped page. */
export function ruleDocUrl(id: string, base?: string): string {
  if (base) return `${base.replace(/\/?$/u, '/')}${id}.md`;
  return pathToFileURL(ruleDocPath(id)).href;
}
