/**
 * Untrusted workspaces (issue 6, item 8). The extension declares capabilities.untrustedWorkspaces in
 * package.json (it executes nothing from the workspace, so it can run in Restricted Mode), no setting a
 * workspace could set names something to execute unless it is restricted, the client starts the server
 * from the extension's own files, and the server and the CLI still lint from inside a hostile workspace
 * (a trojan node_modules and a JavaScript "config" next to the contracts) without running any of it.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers/corpus';
import { LspClient, SERVER_JS, uriOf } from './helpers/lsp-client';

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  capabilities?: { untrustedWorkspaces?: { supported?: boolean | string; restrictedConfigurations?: string[]; description?: string } };
  contributes?: { configuration?: { properties?: Record<string, { description?: string; markdownDescription?: string; scope?: string }> } | Array<{ properties?: Record<string, unknown> }> };
  main?: string;
};

function settings(): Record<string, { description?: string; markdownDescription?: string; scope?: string }> {
  const c = pkg.contributes?.configuration;
  const list = Array.isArray(c) ? c : c ? [c] : [];
  return Object.assign({}, ...list.map((x) => (x as { properties?: object }).properties ?? {}));
}

const NL_BAD = '# Arbeidsovereenkomst\n\n## Artikel 12 – Relatiebeding\n\nHet is werknemer verboden gedurende drie (3) jaar na het einde van de arbeidsovereenkomst contact te onderhouden met relaties van werkgever.\n';

describe('package.json: workspace trust', () => {
  it('declares capabilities.untrustedWorkspaces.supported === true', () => {
    expect(pkg.capabilities?.untrustedWorkspaces?.supported).toBe(true);
  });

  it('no contributed setting names an executable, command or module path (or it is restricted in untrusted workspaces)', () => {
    const restricted = new Set(pkg.capabilities?.untrustedWorkspaces?.restrictedConfigurations ?? []);
    const risky = Object.entries(settings()).filter(([key, s]) =>
      /(?:path|command|executable|exec|program|runtime|module|script|shell|binary|args|arguments|env)$/iu.test(key) ||
      /\b(?:executable|command line|run(?:s)? (?:the|a) program|path to (?:the|a) (?:server|binary|node))\b/iu.test(`${s.description ?? ''} ${s.markdownDescription ?? ''}`),
    );
    expect(risky.map(([k]) => k).filter((k) => !restricted.has(k))).toEqual([]);
    // informational: URL settings a hostile workspace could point elsewhere
    const urls = Object.keys(settings()).filter((k) => /(?:url|uri|href|link)s?$/iu.test(k) && !restricted.has(k));
    if (urls.length) console.log(`[untrusted] settings a workspace can set to any URL (consider restrictedConfigurations): ${urls.join(', ')}`);
  });

  it('the client starts the server from the extension, not from a path a workspace can set', () => {
    const clientDir = path.join(ROOT, 'client', 'src');
    const sources = fs.existsSync(clientDir) ? fs.readdirSync(clientDir, { recursive: true }).map(String).filter((f) => f.endsWith('.ts')) : [];
    const text = sources.map((f) => fs.readFileSync(path.join(clientDir, f), 'utf8')).join('\n');
    if (!text) return; // no client yet
    expect(text).toMatch(/asAbsolutePath\(|extensionUri|extensionPath|__dirname/u);
    expect(text).not.toMatch(/get(?:<[^>]*>)?\(\s*['"](?:server)?(?:Path|path|command|executable|runtime)['"]/u);
    expect(text).not.toMatch(/\beval\s*\(|new Function\s*\(/u);
    // hover Markdown from the server is never trusted (no command: links executed)
    expect(text).not.toMatch(/isTrusted:\s*true/u);
  });
});

describe('linting from inside a hostile workspace runs none of its code', () => {
  let ws: string;
  const pwned = () => fs.existsSync(path.join(ws, 'PWNED'));
  beforeAll(() => {
    ws = fs.mkdtempSync(path.join(os.tmpdir(), 'clauselint-untrusted-'));
    const payload = `require('node:fs').writeFileSync(${JSON.stringify(path.join('__WS__', 'PWNED'))}.replace('__WS__', __dirname.split('/node_modules')[0]), 'ran');\n`;
    for (const mod of ['vscode-languageserver', 'vscode-languageserver-textdocument', 'unified', 'remark-parse', 'remark-gfm']) {
      const d = path.join(ws, 'node_modules', mod);
      fs.mkdirSync(d, { recursive: true });
      fs.writeFileSync(path.join(d, 'package.json'), JSON.stringify({ name: mod, main: 'index.js' }));
      fs.writeFileSync(path.join(d, 'index.js'), payload);
      fs.writeFileSync(path.join(d, 'node.js'), payload);
    }
    fs.writeFileSync(path.join(ws, 'package.json'), JSON.stringify({ name: 'hostile', scripts: { postinstall: 'touch PWNED' } }));
    fs.writeFileSync(path.join(ws, '.clauselintrc.js'), `require('node:fs').writeFileSync(${JSON.stringify(path.join(ws, 'PWNED'))}, 'ran');`);
    fs.writeFileSync(path.join(ws, 'clauselint.config.js'), `require('node:fs').writeFileSync(${JSON.stringify(path.join(ws, 'PWNED'))}, 'ran');`);
    fs.writeFileSync(path.join(ws, '.clauselintrc.json'), JSON.stringify({ extends: './clauselint.config.js', rules: { 'restraint-duration': 'error' } }));
    fs.writeFileSync(path.join(ws, 'contract.md'), NL_BAD);
  });
  afterAll(() => fs.rmSync(ws, { recursive: true, force: true }));

  it('the CLI lints there (cwd and NODE_PATH in the workspace)', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'clauselint.js'), '--format', 'json', 'contract.md'], {
      cwd: ws, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NODE_PATH: path.join(ws, 'node_modules') },
    });
    expect(r.status, r.stderr).toBe(1);
    expect(JSON.parse(r.stdout).some((f: { ruleId: string }) => f.ruleId === 'restraint-duration')).toBe(true);
    expect(pwned()).toBe(false);
  }, 90_000);

  it.skipIf(!fs.existsSync(SERVER_JS))('the language server lints there and publishes diagnostics', async () => {
    const client = new LspClient({ cwd: ws, env: { NODE_PATH: path.join(ws, 'node_modules') } });
    try {
      await client.initialize(ws);
      const uri = uriOf(path.join(ws, 'contract.md'));
      client.open(uri, NL_BAD);
      const diags = await client.diagnostics(uri, 0, 60_000);
      expect(diags.some((d) => d.code === 'restraint-duration')).toBe(true);
    } finally {
      await client.shutdown();
      client.kill();
    }
    expect(pwned()).toBe(false);
  }, 120_000);
});
