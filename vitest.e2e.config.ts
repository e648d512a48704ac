// End-to-end scenarios (`npm run test:e2e`, via scripts/e2e/run.sh which starts code-server first).
// One browser-driven VS Code at a time: a single worker, files one after another, generous timeouts.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    retry: 0, // scenarios change their files; the helpers retry flaky UI steps themselves
    reporters: ['verbose'],
  },
});
