// `npm run bench [-- options]`: builds dist/ (the LSP measurements start dist/server.js), bundles
// bench/run.ts (and bench/profile.ts) with esbuild into bench/.cache/, and runs the bundle in a child
// node process. server/src/core/incremental.ts is bundled in when it exists (module
// 'clauselint-bench:incremental'); until then a stub makes the relint fall back to lintDocument.
//
//   npm run bench                       the full benchmark (writes bench/results.json)
//   npm run bench -- --quick            10 KB and 100 KB only, a short LSP and RSS run
//   npm run bench -- --lsp-edits=N --lsp-budget=SECONDS
//   npm run bench -- --profile          node --cpu-prof of the full lint of the 1 MB contract: top self time
import { build } from 'esbuild';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cache = join(root, 'bench', '.cache');
const incremental = join(root, 'server', 'src', 'core', 'incremental.ts');
const args = process.argv.slice(2);
const profile = args.includes('--profile');

execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });

mkdirSync(cache, { recursive: true });
await build({
  absWorkingDir: root,
  entryPoints: [
    { in: 'bench/run.ts', out: 'run' },
    { in: 'bench/profile.ts', out: 'profile' },
  ],
  outdir: cache,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  // ESM-only; loaded with import() at run time
  external: ['markdownlint', 'markdownlint/*'],
  logLevel: 'warning',
  plugins: [
    {
      name: 'clauselint-bench-incremental',
      setup(b) {
        b.onResolve({ filter: /^clauselint-bench:incremental$/ }, () =>
          existsSync(incremental) ? { path: incremental } : { path: 'stub', namespace: 'clauselint-bench' },
        );
        b.onLoad({ filter: /.*/, namespace: 'clauselint-bench' }, () => ({ contents: 'export const IncrementalLinter = undefined;', loader: 'js' }));
      },
    },
  ],
});

const env = {
  ...process.env,
  CLAUSELINT_BENCH_ROOT: root,
  CLAUSELINT_TEST_SERVER: process.env.CLAUSELINT_TEST_SERVER ?? join(root, 'dist', 'server.js'),
};
const run = (nodeArgs) => spawnSync(process.execPath, nodeArgs, { cwd: root, env, stdio: 'inherit' }).status ?? 1;

if (profile) {
  const dir = join(cache, 'profile');
  rmSync(dir, { recursive: true, force: true });
  const status = run(['--cpu-prof', `--cpu-prof-dir=${dir}`, join(cache, 'profile.cjs')]);
  if (status !== 0) process.exit(status);
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error('bench: no .cpuprofile written');
  console.log(`profile: ${join('bench', '.cache', 'profile', file)} (open it in Chrome DevTools or VS Code)`);
  process.exit(run([join(cache, 'profile.cjs'), '--analyze', join(dir, file), '10']));
}
process.exit(run(['--expose-gc', join(cache, 'run.cjs'), ...args]));
