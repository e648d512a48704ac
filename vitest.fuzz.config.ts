// The heavy security run (`npm run fuzz`): the property tests of test/security with ×55 the cases of
// `npm test` (≥ 100,000), every fragment of every pattern in the ReDoS test, and the 9 MB document.
// It prints the number of cases; CLAUSELINT_FUZZ_SEED=<n> replays a run, CLAUSELINT_FUZZ_SCALE=<k> rescales it.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/security/**/*.test.ts'],
    env: { CLAUSELINT_FUZZ: '1' },
    testTimeout: 6 * 3600_000,
    hookTimeout: 6 * 3600_000,
    pool: 'forks',
    // the property files fork their own workers (two each): one file at a time keeps the machine usable
    fileParallelism: false,
    globalSetup: ['test/setup/build.ts'],
    reporters: ['verbose'],
  },
});
