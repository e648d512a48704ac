/** The analysis core stays pure: no LSP, VS Code or Node I/O imports in server/src/core, rules or law. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.join(__dirname, '..', 'server', 'src');
const pureDirs = ['core', 'rules', 'law'];
const FORBIDDEN = /from\s+['"](vscode[^'"]*|node:[^'"]+|fs|path|child_process|net|http|https|dgram|dns|os|worker_threads)['"]/u;

describe('architecture', () => {
  for (const dir of pureDirs) {
    const files = fs.existsSync(path.join(root, dir)) ? fs.readdirSync(path.join(root, dir)).filter((f) => f.endsWith('.ts')) : [];
    for (const f of files) {
      it(`${dir}/${f} imports no LSP, VS Code or I/O module`, () => {
        const src = fs.readFileSync(path.join(root, dir, f), 'utf8');
        expect(src).not.toMatch(FORBIDDEN);
        expect(src).not.toMatch(/require\(/u);
      });
    }
  }
});
