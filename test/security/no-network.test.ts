/**
 * No network, no code execution (issue 6, item 7). The CLI — in-process main() and the built bundle in a
 * child process — and the language server lint every example and fixture with Node's network, DNS,
 * process-spawning and foreign-worker APIs trapped (helpers/trap-network.cjs): zero calls. A positive
 * control proves the trap catches calls. The sources must not load code dynamically: no require/import of
 * computed paths, no eval, no new Function, no vm, no child_process in server/src; the config loader reads
 * JSON only.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import { spawnSync } from 'node:child_process';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractFiles, contractFolders, ROOT, SEEDS } from './helpers/corpus';
import { sourceFiles } from './helpers/patterns';
import { LspClient, SERVER_JS, uriOf } from './helpers/lsp-client';

const TRAP = path.join(__dirname, 'helpers', 'trap-network.cjs');
const BIN = path.join(ROOT, 'bin', 'clauselint.js');
const CLI_JS = path.join(ROOT, 'dist', 'cli.js');

let dir: string;
let seedDir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clauselint-nonet-'));
  seedDir = path.join(dir, 'seeds');
  fs.mkdirSync(seedDir);
  for (const s of SEEDS) fs.writeFileSync(path.join(seedDir, `${s.name.replace(/^seed:/u, '')}.${s.format === 'plaintext' ? 'txt' : 'md'}`), s.text);
  // a workspace that tries to get code run: a JS "config" next to the contracts, and a config pointing at it
  fs.writeFileSync(path.join(seedDir, 'clauselint.config.js'), "require('node:fs').writeFileSync(process.env.CLAUSELINT_PWNED, 'ran');\n");
  fs.writeFileSync(path.join(seedDir, '.clauselintrc.json'), JSON.stringify({ extends: './clauselint.config.js', plugins: ['./clauselint.config.js'], rules: {} }));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const trapEnv = (log: string) => ({
  ...process.env,
  CLAUSELINT_TRAP_LOG: log,
  CLAUSELINT_TRAP_ALLOW: [path.join(ROOT, 'dist'), path.join(ROOT, 'bin'), path.join(ROOT, 'node_modules')].join(path.delimiter),
  CLAUSELINT_PWNED: path.join(dir, 'pwned'),
  NO_COLOR: '1',
});
const readLog = (log: string) => (fs.existsSync(log) ? fs.readFileSync(log, 'utf8').trim().split('\n').filter(Boolean) : []);

describe('the trap works (positive control)', () => {
  for (const [name, code] of [
    ['http.get', "require('node:http').get('http://127.0.0.1:9/')"],
    ['fetch', "fetch('https://example.invalid/')"],
    ['dns.lookup', "require('node:dns').lookup('example.invalid', () => {})"],
    ['net.connect', "require('node:net').connect(9, '127.0.0.1')"],
    ['child_process.execSync', "require('node:child_process').execSync('true')"],
    ['ESM import of node:https', "import('node:https').then((m) => m.request('https://example.invalid/'))"],
  ] as const) {
    it(`catches ${name}`, () => {
      const log = path.join(dir, `control-${name.replace(/\W+/gu, '-')}.log`);
      const r = spawnSync(process.execPath, ['--require', TRAP, '-e', code], { env: trapEnv(log), encoding: 'utf8', timeout: 30_000 });
      expect(readLog(log).length, r.stderr).toBeGreaterThan(0);
      expect(r.stderr).toMatch(/TRAPPED/u);
    });
  }
});

describe('the CLI makes no network call and runs no workspace code', () => {
  it('built bundle (bin/clauselint.js → dist/cli.js) lints every example, fixture and seed with the trap on', () => {
    expect(fs.existsSync(CLI_JS), 'dist/cli.js (npm run build)').toBe(true);
    const log = path.join(dir, 'cli.log');
    const r = spawnSync(process.execPath, ['--require', TRAP, BIN, '--format', 'json', ...contractFolders(), seedDir], {
      env: trapEnv(log), encoding: 'utf8', timeout: 300_000, maxBuffer: 256 * 1024 * 1024, cwd: ROOT,
    });
    expect(r.error).toBeUndefined();
    expect(readLog(log), r.stderr.slice(-3000)).toEqual([]);
    expect(r.stderr).not.toMatch(/TRAPPED/u);
    expect([0, 1], r.stderr.slice(-3000)).toContain(r.status);
    const findings = JSON.parse(r.stdout) as Array<{ file: string }>;
    expect(findings.length).toBeGreaterThan(0);
    expect(fs.existsSync(path.join(dir, 'pwned')), 'the workspace JS file was executed').toBe(false);
    // the config with extends/plugins was read as data: its unknown keys are reported, nothing is loaded
    expect(r.stderr).toMatch(/\.clauselintrc\.json: extends: unknown key/u);
  }, 320_000);

  it('in-process main() with the network and process modules trapped', async () => {
    const require = createRequire(__filename);
    const calls: string[] = [];
    const restore: Array<() => void> = [];
    const trap = (obj: Record<string, unknown>, name: string, label: string) => {
      const original = obj[name];
      if (typeof original !== 'function') return;
      obj[name] = (...args: unknown[]) => {
        calls.push(`${label}(${String(args[0]).slice(0, 80)})`);
        throw new Error(`${label} is not allowed`);
      };
      restore.push(() => (obj[name] = original));
    };
    for (const [mod, fns] of [
      ['node:net', ['connect', 'createConnection']], ['node:http', ['request', 'get']], ['node:https', ['request', 'get']],
      ['node:http2', ['connect']], ['node:tls', ['connect']], ['node:dgram', ['createSocket']],
      ['node:dns', ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']],
      ['node:child_process', ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']],
    ] as const) {
      const m = require(mod) as Record<string, unknown>;
      for (const f of fns) trap(m, f, `${mod}.${f}`);
    }
    trap((require('node:net') as { Socket: { prototype: Record<string, unknown> } }).Socket.prototype, 'connect', 'net.Socket#connect');
    trap(globalThis as unknown as Record<string, unknown>, 'fetch', 'fetch');
    trap(globalThis as unknown as Record<string, unknown>, 'WebSocket', 'WebSocket');
    syncBuiltinESMExports();
    try {
      const { main } = await import('../../server/src/cli');
      let out = '';
      const io = { stdout: (s: string) => (out += s), stderr: () => undefined, readStdin: async () => '', isTTY: false };
      const code = await main(['--format', 'json', ...contractFolders(), seedDir], io);
      expect([0, 1]).toContain(code);
      expect(JSON.parse(out).length).toBeGreaterThan(0);
    } finally {
      for (const r of restore.reverse()) r();
      syncBuiltinESMExports();
    }
    expect(calls).toEqual([]);
    expect(fs.existsSync(path.join(dir, 'pwned'))).toBe(false);
  }, 300_000);
});

describe.skipIf(!fs.existsSync(SERVER_JS))('the language server makes no network call and runs no workspace code', () => {
  it('lints every example (and a sample of fixtures) over stdio with the trap on', async () => {
    const log = path.join(dir, 'server.log');
    const env = trapEnv(log);
    const client = new LspClient({ preload: TRAP, env: Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined)) as Record<string, string>, cwd: ROOT });
    try {
      await client.initialize(ROOT);
      const docs = contractFiles();
      const examples = docs.filter((d) => d.name.startsWith('examples/'));
      const fixtures = docs.filter((d) => !d.name.startsWith('examples/')).filter((_, i) => i % 5 === 0);
      const chosen = [...examples, ...fixtures, ...SEEDS.map((s) => ({ ...s, name: `test/security/seeds/${s.name.replace(/^seed:/u, '')}.md` }))];
      for (const d of chosen) {
        const uri = uriOf(path.join(ROOT, d.name));
        const since = client.received.length;
        client.open(uri, d.text, d.format === 'plaintext' ? 'plaintext' : 'markdown');
        await client.diagnostics(uri, since, 60_000);
        client.notify('textDocument/didClose', { textDocument: { uri } });
      }
      // a config change notification makes the server re-read configs: still nothing executed
      client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(path.join(seedDir, '.clauselintrc.json')), type: 2 }] });
      const uri = uriOf(path.join(seedDir, 'nl-arbeidsovereenkomst.md'));
      client.open(uri, SEEDS[0].text);
      await client.diagnostics(uri, 0, 60_000);
      expect(client.alive).toBe(true);
    } finally {
      await client.shutdown();
      client.kill();
    }
    expect(readLog(log), client.stderr.slice(-3000)).toEqual([]);
    expect(client.stderr).not.toMatch(/TRAPPED/u);
    expect(fs.existsSync(path.join(dir, 'pwned'))).toBe(false);
  }, 600_000);
});

describe('the sources load no code dynamically', () => {
  const files = sourceFiles('.');

  it('server/src has no require()/import() of a computed path, no eval, no new Function, no vm, no child_process', () => {
    const offenders: string[] = [];
    for (const f of files) {
      const text = fs.readFileSync(f, 'utf8');
      const sf = ts.createSourceFile(f, text, ts.ScriptTarget.Latest, true);
      const rel = path.relative(ROOT, f);
      const at = (n: ts.Node) => `${rel}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`;
      const visit = (n: ts.Node) => {
        if (ts.isCallExpression(n)) {
          const callee = n.expression;
          const arg = n.arguments[0];
          const literal = arg && (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg));
          if (callee.kind === ts.SyntaxKind.ImportKeyword && !literal) offenders.push(`${at(n)} import() of a computed path`);
          if (ts.isIdentifier(callee) && callee.text === 'require' && !literal) offenders.push(`${at(n)} require() of a computed path`);
          if (ts.isIdentifier(callee) && callee.text === 'eval') offenders.push(`${at(n)} eval()`);
        }
        if (ts.isNewExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === 'Function') offenders.push(`${at(n)} new Function()`);
        if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === 'Function') offenders.push(`${at(n)} Function()`);
        if ((ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) && n.moduleSpecifier && ts.isStringLiteral(n.moduleSpecifier)) {
          const m = n.moduleSpecifier.text;
          if (/^(?:node:)?(?:vm|child_process|worker_threads|cluster|net|http|https|http2|tls|dgram|dns|inspector)$/u.test(m)) offenders.push(`${at(n)} imports ${m}`);
        }
        ts.forEachChild(n, visit);
      };
      visit(sf);
    }
    expect(offenders).toEqual([]);
  });

  it('the config loader reads JSON only: fs reads and parseConfigText, no module loading', () => {
    const loader = fs.readFileSync(path.join(ROOT, 'server', 'src', 'node', 'config-loader.ts'), 'utf8');
    expect(loader).not.toMatch(/\brequire\s*\(|\bimport\s*\(|createRequire|\.(?:c|m)?js['"`]/u);
    expect(loader).toMatch(/parseConfigText\(/u);
    const core = fs.readFileSync(path.join(ROOT, 'server', 'src', 'core', 'config.ts'), 'utf8');
    expect(core).toMatch(/JSON\.parse\(/u);
    expect(core).not.toMatch(/\brequire\s*\(|\bimport\s*\(|\beval\s*\(|new Function/u);
  });
});
