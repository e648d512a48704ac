/** Where a rule's documentation page is: a file shipped with the package, or under a configured base URL. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

let root: string | undefined;
/**
 * The package root: the folder holding docs/rules (dist/ when bundled, server/src/node in tests).
 * Looked up once: every diagnostic's link asks for it (a file-system probe per finding was a quarter
 * of the server's time per keystroke in a 1 MB contract).
 */
export function packageRoot(): string {
  if (root !== undefined) return root;
  let dir = __dirname;
  for (let i = 0; i < 5; i++) {
    if (fs.existsSync(path.join(dir, 'docs', 'rules'))) return (root = dir);
    dir = path.dirname(dir);
  }
  return (root = path.resolve(__dirname, '..'));
}

const urls = new Map<string, string>();

export function ruleDocPath(id: string): string {
  return path.join(packageRoot(), 'docs', 'rules', `${id}.md`);
}

/** URL of the rule's doc page: `${base}${id}.md` when a base is configured, else a file: URL to the shipped page. */
export function ruleDocUrl(id: string, base?: string): string {
  const key = `${base ?? ''}\u0000${id}`;
  let url = urls.get(key);
  if (url === undefined) {
    url = base ? `${base.replace(/\/?$/u, '/')}${id}.md` : pathToFileURL(ruleDocPath(id)).href;
    if (urls.size > 1000) urls.clear();
    urls.set(key, url);
  }
  return url;
}
