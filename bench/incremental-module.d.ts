// The incremental engine as bench/run.ts sees it: bench/bench.mjs resolves this module to
// server/src/core/incremental.ts when that file exists, and to a stub exporting `undefined` until then.
declare module 'clauselint-bench:incremental' {
  export const IncrementalLinter: (new () => { lint(text: string, options: object): unknown }) | undefined;
}
