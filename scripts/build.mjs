// Bundles the CLI, the language server and the VS Code client with esbuild (unified and remark are
// ESM-only; bundling to CommonJS lets VS Code and `node` load them without a loader).
import { build } from 'esbuild';
import { existsSync, readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const production = process.argv.includes('--production');
const entries = [
  { in: 'server/src/cli.ts', out: 'cli' },
  { in: 'server/src/server.ts', out: 'server' },
  { in: 'client/src/extension.ts', out: 'client' },
].filter((e) => existsSync(join(root, e.in)));

mkdirSync(join(root, 'dist'), { recursive: true });
const started = Date.now();
await build({
  absWorkingDir: root,
  entryPoints: entries.map((e) => ({ in: e.in, out: e.out })),
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  sourcemap: !production,
  minify: production,
  legalComments: 'none',
  logLevel: 'warning',
  define: { CLAUSELINT_VERSION: JSON.stringify(pkg.version) },
});
console.log(`clauselint: built ${entries.map((e) => `dist/${e.out}.js`).join(', ')} in ${Date.now() - started} ms`);

// schemas/clauselintrc.schema.json (jsonValidation for .clauselintrc.json) lists every rule id: it is
// generated from the rule metadata (server/src/lsp/config-schema.ts) and written only when it changed.
if (existsSync(join(root, 'server/src/lsp/config-schema.ts'))) {
  const out = await build({
    absWorkingDir: root,
    entryPoints: ['server/src/lsp/config-schema.ts'],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    logLevel: 'warning',
  });
  const mod = { exports: {} };
  new Function('module', 'exports', 'require', out.outputFiles[0].text)(mod, mod.exports, createRequire(import.meta.url));
  const schema = JSON.stringify(mod.exports.configSchema(), null, 2) + '\n';
  const file = join(root, 'schemas', 'clauselintrc.schema.json');
  if (!existsSync(file) || readFileSync(file, 'utf8') !== schema) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, schema);
    console.log('clauselint: wrote schemas/clauselintrc.schema.json');
  }
}
