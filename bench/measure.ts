/**
 * The benchmark's measurements, each usable on its own (bench/run.ts runs them all; test/bench.test.ts
 * runs one tiny iteration of each so that they cannot rot):
 *   1. remark-parse alone, 2. markdownlint (default rules), 3. clauselint full lint,
 *   4. clauselint relint after a one-character edit (the incremental engine, or lintDocument until it exists),
 *   5. the LSP round trip didChange → publishDiagnostics through dist/server.js over stdio,
 *   6. peak RSS of the server with many open contracts.
 * Timings are wall-clock (performance.now) with the process's CPU time (process.cpuUsage) alongside, because
 * a loaded machine inflates wall time but hardly CPU time.
 */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { lintDocument } from '../server/src/core/lint';
import type { LintOptions, LintResult } from '../server/src/core/types';
import { CHANGE_DEBOUNCE_MS } from '../server/src/lsp/session';
import { TestClient } from '../test/lsp/lsp-client';

// ---------------------------------------------------------------------------------------------
// timing

export interface Stats {
  n: number;
  warmup: number;
  /** Wall-clock milliseconds. */
  median: number;
  p95: number;
  min: number;
  max: number;
  mean: number;
  /** CPU milliseconds (user + system) of this process per run, median. */
  cpuMedian: number;
  /** True when the time budget cut the runs below the planned number. */
  budgetLimited: boolean;
}

export interface RunPlan {
  warmup: number;
  /** Runs wanted. */
  runs: number;
  /** Runs done whatever the budget. */
  minRuns: number;
  /** Stop after this many milliseconds of timed runs (once minRuns are done). */
  budgetMs: number;
  /**
   * Force a full GC before each run (when exposed), so that one run's garbage is not collected in the
   * next: right for the full lints. Not for the relints, which the server runs back to back under
   * V8's own GC scheduling: a forced full GC before each ~10 ms relint made it 1.6–2× slower (the heap
   * and young generation start shrunk every time), which no editor session sees.
   */
  gcBefore?: boolean;
}

/** Nearest-rank percentile of an unsorted list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * s.length);
  return s[Math.min(s.length - 1, Math.max(0, rank - 1))];
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function summarize(wall: number[], cpu: number[], warmup: number, budgetLimited = false): Stats {
  return {
    n: wall.length,
    warmup,
    median: median(wall),
    p95: percentile(wall, 95),
    min: Math.min(...wall),
    max: Math.max(...wall),
    mean: wall.reduce((a, b) => a + b, 0) / wall.length,
    cpuMedian: median(cpu),
    budgetLimited,
  };
}

const gc: (() => void) | undefined = (globalThis as { gc?: () => void }).gc;

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Runs `fn(i)` `plan.warmup` times untimed, then times it per the plan (a GC before each run when exposed). */
export function timeRuns(fn: (i: number) => unknown, plan: RunPlan): Stats {
  let i = 0;
  for (let w = 0; w < plan.warmup; w++) fn(i++);
  const wall: number[] = [];
  const cpu: number[] = [];
  const started = performance.now();
  for (;;) {
    const n = wall.length;
    if (n >= plan.runs) break;
    if (n >= plan.minRuns && performance.now() - started >= plan.budgetMs) break;
    if (plan.gcBefore !== false) gc?.();
    const c0 = cpuMs();
    const t0 = performance.now();
    fn(i++);
    wall.push(performance.now() - t0);
    cpu.push(cpuMs() - c0);
  }
  return summarize(wall, cpu, plan.warmup, wall.length < plan.runs);
}

// ---------------------------------------------------------------------------------------------
// 1–3: the linters on the same text

/** 1. remark-parse alone, as the issue states it. Returns the number of top-level nodes. */
export function remarkParseOnce(text: string): number {
  return unified().use(remarkParse).parse(text).children.length;
}

export type MarkdownlintOnce = (text: string) => number;

/** 2. markdownlint with its default rules (the sync API of the ESM package). Returns the number of violations. */
export async function loadMarkdownlint(): Promise<{ once: MarkdownlintOnce; version: string }> {
  const { lint } = (await import('markdownlint/sync')) as typeof import('markdownlint/sync');
  let version = 'unknown';
  try {
    // the exports map hides package.json: walk up from the entry point
    let dir = path.dirname(createRequire(path.join(process.cwd(), 'package.json')).resolve('markdownlint'));
    while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
    version = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version;
  } catch {
    // informational only
  }
  return { once: (text: string) => lint({ strings: { contract: text } }).contract.length, version };
}

/** 3. clauselint full lint. Returns the number of findings. */
export function clauselintFullOnce(text: string, options: LintOptions = {}): number {
  return lintDocument(text, options).findings.length;
}

// ---------------------------------------------------------------------------------------------
// 4: relint after a one-character edit

/** What server/src/core/incremental.ts is expected to export. */
export interface IncrementalLinterLike {
  lint(text: string, options: LintOptions): LintResult;
  /** Cache statistics, when the engine keeps them. */
  readonly stats?: Record<string, number>;
}
export type IncrementalLinterCtor = new () => IncrementalLinterLike;

export interface Relinter {
  /** False when there is no incremental engine yet and each relint is a full lintDocument. */
  incremental: boolean;
  /** Lints edited version A (even i) or B (odd i); returns the number of findings. */
  run(i: number): number;
  /** The engine's cache statistics, when it keeps them. */
  stats(): Record<string, number> | undefined;
}

/**
 * A relinter warmed with the unedited text; its runs alternate the two edited versions, so every run is
 * a real one-character change against the previous run's text.
 */
export function makeRelinter(
  base: string,
  edits: { a: string; b: string },
  Incremental: IncrementalLinterCtor | undefined,
  options: LintOptions = {},
): Relinter {
  if (!Incremental) {
    return { incremental: false, run: (i) => lintDocument(i % 2 ? edits.b : edits.a, options).findings.length, stats: () => undefined };
  }
  const engine = new Incremental();
  engine.lint(base, options);
  return {
    incremental: true,
    run: (i) => engine.lint(i % 2 ? edits.b : edits.a, options).findings.length,
    stats: () => (engine.stats ? { ...engine.stats } : undefined),
  };
}

/**
 * Typing: each run inserts one more character at `offset` (after the ones before it) and relints, so
 * that every edit moves the rest of the document, as typing does (the A/B relint above replaces one
 * character, which moves nothing). Undefined without an incremental engine.
 */
export function makeTyper(base: string, offset: number, Incremental: IncrementalLinterCtor | undefined, options: LintOptions = {}): ((i: number) => number) | undefined {
  if (!Incremental) return undefined;
  const engine = new Incremental();
  engine.lint(base, options);
  const word = 'en de werknemer ';
  let text = base;
  let at = offset;
  return (i) => {
    text = text.slice(0, at) + word[i % word.length] + text.slice(at);
    at++;
    return engine.lint(text, options).findings.length;
  };
}

// ---------------------------------------------------------------------------------------------
// 5–6: the language server over stdio

/** The server's change debounce, which the round trip excludes (there is no setting to turn it off). */
export const SERVER_DEBOUNCE_MS = CHANGE_DEBOUNCE_MS;

export interface LspRoundTrip {
  /** Edits timed (after `warmupEdits` untimed). */
  n: number;
  planned: number;
  warmupEdits: number;
  /** Round-trip milliseconds minus the debounce. */
  p50: number;
  p95: number;
  max: number;
  /** Round-trip milliseconds including the debounce. */
  p50Raw: number;
  p95Raw: number;
  debounceMs: number;
  diagnostics: number;
  /** Server CPU time per edit (utime + stime from /proc, 10 ms ticks), when available. */
  serverCpuMsPerEdit?: number;
  /** Server peak RSS after the edits, MB. */
  serverPeakRssMB?: number;
  openMs: number;
  budgetLimited: boolean;
}

/** /proc/<pid>/status fields in kB (Linux only). */
export function procStatus(pid: number): { vmHWM?: number; vmRSS?: number } {
  try {
    const s = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kB = (k: string) => {
      const m = new RegExp(`^${k}:\\s+(\\d+) kB`, 'mu').exec(s);
      return m ? Number(m[1]) : undefined;
    };
    return { vmHWM: kB('VmHWM'), vmRSS: kB('VmRSS') };
  } catch {
    return {};
  }
}

/** utime + stime of a process in milliseconds (Linux only). */
function procCpuMs(pid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // after ")": state is field 3, utime field 14, stime field 15 (1-based in proc(5))
    const ticks = Number(fields[11]) + Number(fields[12]);
    return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
  } catch {
    return undefined;
  }
}

async function startServer(): Promise<TestClient> {
  const client = new TestClient();
  await client.initialize();
  return client;
}

/**
 * 5. didChange → publishDiagnostics through the real server: opens `base`, waits for its diagnostics,
 * then sends one-character ranged changes (base → A, then A ↔ B), each waiting for the diagnostics of
 * its own version before the next. The debounce is subtracted from every round trip.
 */
export async function lspRoundTrip(
  base: string,
  edits: { a: string; b: string },
  opts: { edits: number; warmupEdits: number; minEdits: number; budgetMs: number; timeoutMs?: number },
): Promise<LspRoundTrip> {
  const client = await startServer();
  const uri = 'file:///clauselint-bench/contract-1mb.md';
  try {
    const pid = client.child.pid!;
    const t0 = performance.now();
    await client.open(uri, base);
    await client.diagnosticsFor(uri, 1, opts.timeoutMs);
    const openMs = performance.now() - t0;
    const raw: number[] = [];
    let current = base;
    let diagnostics = 0;
    let cpuStart: number | undefined;
    let started = performance.now();
    let budgetLimited = false;
    for (let i = 0; i < opts.warmupEdits + opts.edits; i++) {
      if (i === opts.warmupEdits) {
        cpuStart = procCpuMs(pid);
        started = performance.now();
      }
      if (raw.length >= Math.max(1, opts.minEdits) && performance.now() - started >= opts.budgetMs) {
        budgetLimited = true;
        break;
      }
      client.published.splice(0); // keep only what is needed: each publish can hold thousands of diagnostics
      // a one-character ranged change, as an editor sends it (the server syncs incrementally); found
      // before the clock starts, as an editor knows its change without comparing two megabytes
      const next = i % 2 ? edits.b : edits.a;
      const change = client.rangedChange(uri, current, next);
      const s = performance.now();
      const { version } = await client.sendChange(change);
      current = next;
      const p = await client.diagnosticsFor(uri, version, opts.timeoutMs);
      const ms = performance.now() - s;
      if (p.version !== version) throw new Error(`LSP bench: got diagnostics for v${p.version}, expected v${version}`);
      diagnostics = p.diagnostics.length;
      if (i >= opts.warmupEdits) raw.push(ms);
    }
    const cpuEnd = procCpuMs(pid);
    const { vmHWM } = procStatus(pid);
    const net = raw.map((r) => r - SERVER_DEBOUNCE_MS);
    return {
      n: raw.length,
      planned: opts.edits,
      warmupEdits: opts.warmupEdits,
      p50: percentile(net, 50),
      p95: percentile(net, 95),
      max: Math.max(...net),
      p50Raw: percentile(raw, 50),
      p95Raw: percentile(raw, 95),
      debounceMs: SERVER_DEBOUNCE_MS,
      diagnostics,
      serverCpuMsPerEdit: cpuStart !== undefined && cpuEnd !== undefined && raw.length ? (cpuEnd - cpuStart) / raw.length : undefined,
      serverPeakRssMB: vmHWM !== undefined ? vmHWM / 1024 : undefined,
      openMs,
      budgetLimited,
    };
  } finally {
    await client.shutdown();
  }
}

export interface ServerRss {
  documents: number;
  bytesEach: number;
  /** VmHWM (peak resident set) of the server process, MB. */
  peakMB?: number;
  /** VmRSS after all documents were linted, MB. */
  currentMB?: number;
  diagnostics: number;
  ms: number;
}

/** 6. Opens every text in a fresh server, waits for all their diagnostics, then reads the server's VmHWM. */
export async function serverRss(texts: readonly string[], timeoutMs?: number): Promise<ServerRss> {
  const client = await startServer();
  try {
    const t0 = performance.now();
    const uris = texts.map((_, i) => `file:///clauselint-bench/contract-${String(i + 1).padStart(2, '0')}.md`);
    for (let i = 0; i < texts.length; i++) await client.open(uris[i], texts[i]);
    let diagnostics = 0;
    for (const uri of uris) diagnostics += (await client.diagnosticsFor(uri, 1, timeoutMs)).diagnostics.length;
    const ms = performance.now() - t0;
    const { vmHWM, vmRSS } = procStatus(client.child.pid!);
    return {
      documents: texts.length,
      bytesEach: texts.length ? Math.round(texts.reduce((a, t) => a + Buffer.byteLength(t, 'utf8'), 0) / texts.length) : 0,
      peakMB: vmHWM !== undefined ? vmHWM / 1024 : undefined,
      currentMB: vmRSS !== undefined ? vmRSS / 1024 : undefined,
      diagnostics,
      ms,
    };
  } finally {
    await client.shutdown();
  }
}
