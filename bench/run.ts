/**
 * `npm run bench`: clauselint side by side with remark-parse and markdownlint on generated contracts of
 * 10 KB, 100 KB, 1 MB and 5 MB, plus the relint after a one-character edit, the LSP round trip and the
 * server's peak RSS. Prints a table, the ratios and the issue's targets; writes bench/results.json.
 * Bundled and started by bench/bench.mjs (which builds dist/ first: the LSP measurements use dist/server.js).
 *
 * Options: --quick (10 KB and 100 KB only, a short LSP and RSS run), --lsp-edits=N, --lsp-budget=SECONDS.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as incrementalModule from 'clauselint-bench:incremental';
import { generateContract, middleEdits, SIZES, type GeneratedContract } from './generate';
import {
  clauselintFullOnce, loadMarkdownlint, lspRoundTrip, makeRelinter, makeTyper, remarkParseOnce, serverRss, timeRuns,
  type IncrementalLinterCtor, type LspRoundTrip, type RunPlan, type ServerRss, type Stats,
} from './measure';

const ROOT = process.env.CLAUSELINT_BENCH_ROOT ?? path.join(__dirname, '..', '..');

/** Runs per size. Sizes run in ascending order, so the 5 MB runs start with warm code (no warm-up there). */
const PLANS: Record<string, RunPlan> = {
  '10 KB': { warmup: 10, runs: 30, minRuns: 10, budgetMs: 5_000 },
  '100 KB': { warmup: 3, runs: 15, minRuns: 10, budgetMs: 15_000 },
  '1 MB': { warmup: 1, runs: 10, minRuns: 10, budgetMs: 30_000 },
  '5 MB': { warmup: 0, runs: 5, minRuns: 3, budgetMs: 20_000 },
};
/** With the incremental engine a relint is cheap: more runs, for a meaningful p95. */
const RELINT_PLANS: Record<string, RunPlan> = {
  '10 KB': { warmup: 20, runs: 200, minRuns: 20, budgetMs: 5_000, gcBefore: false },
  '100 KB': { warmup: 10, runs: 200, minRuns: 20, budgetMs: 10_000, gcBefore: false },
  '1 MB': { warmup: 5, runs: 200, minRuns: 20, budgetMs: 20_000, gcBefore: false },
  '5 MB': { warmup: 2, runs: 50, minRuns: 10, budgetMs: 20_000, gcBefore: false },
};
/** Without it a relint is a full lint, measured just enough to show that. */
const FALLBACK_RELINT_PLANS: Record<string, RunPlan> = {
  '10 KB': { warmup: 0, runs: 20, minRuns: 10, budgetMs: 3_000 },
  '100 KB': { warmup: 0, runs: 10, minRuns: 5, budgetMs: 5_000 },
  '1 MB': { warmup: 0, runs: 10, minRuns: 3, budgetMs: 10_000 },
  '5 MB': { warmup: 0, runs: 3, minRuns: 1, budgetMs: 1 },
};

interface Args {
  quick: boolean;
  lspEdits: number;
  lspBudgetMs: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { quick: false, lspEdits: 200, lspBudgetMs: 180_000 };
  for (const a of argv) {
    if (a === '--quick') args.quick = true;
    else if (a.startsWith('--lsp-edits=')) args.lspEdits = Math.max(1, Number(a.slice(12)) | 0);
    else if (a.startsWith('--lsp-budget=')) args.lspBudgetMs = Math.max(1, Number(a.slice(13))) * 1000;
    else throw new Error(`bench: unknown option ${a} (known: --quick, --lsp-edits=N, --lsp-budget=SECONDS)`);
  }
  if (args.quick) args.lspEdits = Math.min(args.lspEdits, 20);
  return args;
}

function log(msg: string): void {
  process.stderr.write(`${msg}\n`);
}

function fmtMs(ms: number | undefined): string {
  if (ms === undefined || Number.isNaN(ms)) return '–';
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  if (ms >= 10) return `${ms.toFixed(1)} ms`;
  return `${ms.toFixed(2)} ms`;
}

function fmtRatio(r: number | undefined): string {
  return r === undefined || !Number.isFinite(r) ? '–' : `${r.toFixed(2)}×`;
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function commitOf(root: string): string | undefined {
  // read .git directly: no git process (and nothing that could touch the index)
  try {
    const head = fs.readFileSync(path.join(root, '.git', 'HEAD'), 'utf8').trim();
    if (!head.startsWith('ref: ')) return head;
    const ref = head.slice(5);
    const loose = path.join(root, '.git', ref);
    if (fs.existsSync(loose)) return fs.readFileSync(loose, 'utf8').trim();
    const packed = fs.readFileSync(path.join(root, '.git', 'packed-refs'), 'utf8');
    return packed.split('\n').find((l) => l.endsWith(` ${ref}`))?.split(' ')[0];
  } catch {
    return undefined;
  }
}

type Measure = 'remark' | 'markdownlint' | 'clauselint' | 'relint' | 'typing';

interface SizeResult {
  label: string;
  bytes: number;
  characters: number;
  sections: number;
  languages: GeneratedContract['languages'];
  editOffset: number;
  findings: number;
  markdownlintViolations: number;
  stats: Partial<Record<Measure, Stats>>;
  /** The incremental engine's cache statistics after the relint runs. */
  relintCache?: Record<string, number>;
}

interface Target {
  name: string;
  target: string;
  measured: string;
  met: boolean | undefined;
  note?: string;
}

export async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const startedAt = Date.now();
  const cpus = os.cpus();
  const machine = {
    cores: cpus.length,
    cpu: cpus[0]?.model ?? 'unknown',
    memoryGB: Math.round(os.totalmem() / 1e8) / 10,
    node: process.version,
    v8: process.versions.v8,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    loadavgStart: os.loadavg().map((l) => Math.round(l * 100) / 100),
    loadavgEnd: [] as number[],
    gcExposed: typeof (globalThis as { gc?: unknown }).gc === 'function',
  };
  const Incremental = (incrementalModule as { IncrementalLinter?: unknown }).IncrementalLinter as IncrementalLinterCtor | undefined;
  const incrementalFile = fs.existsSync(path.join(ROOT, 'server', 'src', 'core', 'incremental.ts'));
  const incrementalNote = Incremental
    ? 'IncrementalLinter from server/src/core/incremental.ts'
    : incrementalFile
      ? '(server/src/core/incremental.ts exports no IncrementalLinter: relint falls back to lintDocument)'
      : '(no incremental engine yet)';
  const markdownlint = await loadMarkdownlint();

  console.log(`clauselint bench — ${new Date(startedAt).toISOString()}`);
  console.log(
    `machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGB} GB, node ${machine.node}, ${machine.platform}; ` +
      `load average ${machine.loadavgStart.join(' / ')}${machine.gcExposed ? '' : '; gc not exposed'}`,
  );
  if (machine.loadavgStart[0] > machine.cores) {
    console.log(`warning: the load average (${machine.loadavgStart[0]}) exceeds the cores (${machine.cores}): wall-clock times are inflated; compare the CPU-time table too`);
  }
  console.log(`markdownlint ${markdownlint.version} (default rules); relint: ${incrementalNote}`);
  console.log('');

  const sizes = args.quick ? SIZES.slice(0, 2) : SIZES;
  const results: SizeResult[] = [];
  for (const size of sizes) {
    const g = generateContract(size.bytes, 1, ROOT);
    const edits = middleEdits(g.text);
    const plan = args.quick ? { ...PLANS[size.label], runs: Math.min(PLANS[size.label].runs, 10) } : PLANS[size.label];
    const r: SizeResult = {
      label: size.label,
      bytes: g.bytes,
      characters: g.text.length,
      sections: g.sections,
      languages: g.languages,
      editOffset: edits.offset,
      findings: clauselintFullOnce(g.text),
      markdownlintViolations: markdownlint.once(g.text),
      stats: {},
    };
    results.push(r);
    log(`[${size.label}] ${g.bytes} bytes, ${g.sections} sections (${g.languages.nl} nl / ${g.languages.no} no / ${g.languages.en} en), ${r.findings} findings`);
    log(`[${size.label}] remark-parse …`);
    r.stats.remark = timeRuns(() => remarkParseOnce(g.text), plan);
    log(`[${size.label}] markdownlint …`);
    r.stats.markdownlint = timeRuns(() => markdownlint.once(g.text), plan);
    log(`[${size.label}] clauselint full lint …`);
    r.stats.clauselint = timeRuns(() => clauselintFullOnce(g.text), plan);
    log(`[${size.label}] clauselint relint …`);
    const relinter = makeRelinter(g.text, edits, Incremental);
    r.stats.relint = timeRuns((i) => relinter.run(i), (relinter.incremental ? RELINT_PLANS : FALLBACK_RELINT_PLANS)[size.label]);
    r.relintCache = relinter.stats();
    const typer = makeTyper(g.text, edits.offset, Incremental);
    if (typer) {
      log(`[${size.label}] clauselint relint while typing …`);
      r.stats.typing = timeRuns(typer, RELINT_PLANS[size.label]);
    }
  }

  // 5. LSP round trip on the 1 MB document (100 KB with --quick)
  const lspSize = args.quick ? SIZES[1] : SIZES[2];
  let lsp: LspRoundTrip | undefined;
  let lspError: string | undefined;
  {
    const g = generateContract(lspSize.bytes, 1, ROOT);
    const edits = middleEdits(g.text);
    log(`[LSP] ${args.lspEdits} edits on the ${lspSize.label} contract through ${process.env.CLAUSELINT_TEST_SERVER ?? 'dist/server.js'} …`);
    try {
      lsp = await lspRoundTrip(g.text, edits, { edits: args.lspEdits, warmupEdits: 3, minEdits: Math.min(20, args.lspEdits), budgetMs: args.lspBudgetMs });
    } catch (e) {
      lspError = (e as Error).message.split('\n')[0];
      log(`[LSP] failed: ${lspError}`);
    }
  }

  // 6. server RSS with 20 open 100 KB contracts (5 with --quick)
  let rss: ServerRss | undefined;
  let rssError: string | undefined;
  {
    const count = args.quick ? 5 : 20;
    const texts = Array.from({ length: count }, (_, i) => generateContract(100_000, i + 1, ROOT).text);
    log(`[RSS] ${count} open 100 KB contracts …`);
    try {
      rss = await serverRss(texts);
    } catch (e) {
      rssError = (e as Error).message.split('\n')[0];
      log(`[RSS] failed: ${rssError}`);
    }
  }
  machine.loadavgEnd = os.loadavg().map((l) => Math.round(l * 100) / 100);

  // ------------------------------------------------------------------------------------------
  // report

  const labels = results.map((r) => r.label);
  const header = ['', ...labels];
  const cell = (r: SizeResult, m: Measure, f: (s: Stats) => number) => {
    const s = r.stats[m];
    if (!s) return '–';
    return `${fmtMs(f(s))} (n=${s.n}${s.budgetLimited ? '*' : ''})`;
  };
  const relintName = Incremental ? '4 clauselint relint, 1-char edit' : '4 relint = full lint (no incremental engine yet)';
  console.log('Wall-clock median per run (n = timed runs after warm-up; * = cut by the time budget;');
  console.log('a full GC is forced before each run of 1–3, not between the relints, which run back to back as in the server)');
  console.log(
    table(header, [
      ['size (UTF-8 bytes)', ...results.map((r) => r.bytes.toLocaleString('en-US'))],
      ['findings / markdownlint violations', ...results.map((r) => `${r.findings} / ${r.markdownlintViolations}`)],
      ['1 remark-parse alone', ...results.map((r) => cell(r, 'remark', (s) => s.median))],
      ['2 markdownlint (default rules)', ...results.map((r) => cell(r, 'markdownlint', (s) => s.median))],
      ['3 clauselint full lint', ...results.map((r) => cell(r, 'clauselint', (s) => s.median))],
      [relintName, ...results.map((r) => cell(r, 'relint', (s) => s.median))],
      ['  relint p95', ...results.map((r) => cell(r, 'relint', (s) => s.p95))],
      ['4b relint while typing (1 char inserted)', ...results.map((r) => cell(r, 'typing', (s) => s.median))],
      ['  typing p95', ...results.map((r) => cell(r, 'typing', (s) => s.p95))],
    ]),
  );
  console.log('');
  console.log('CPU time (user + system of the bench process) median per run');
  console.log(
    table(header, [
      ['1 remark-parse alone', ...results.map((r) => fmtMs(r.stats.remark?.cpuMedian))],
      ['2 markdownlint', ...results.map((r) => fmtMs(r.stats.markdownlint?.cpuMedian))],
      ['3 clauselint full lint', ...results.map((r) => fmtMs(r.stats.clauselint?.cpuMedian))],
      ['4 relint', ...results.map((r) => fmtMs(r.stats.relint?.cpuMedian))],
    ]),
  );
  console.log('');
  const ratio = (r: SizeResult, a: Measure, b: Measure, cpu = false) => {
    const x = r.stats[a];
    const y = r.stats[b];
    return x && y ? (cpu ? x.cpuMedian / y.cpuMedian : x.median / y.median) : undefined;
  };
  console.log('Ratios (medians; CPU-time ratio in brackets)');
  console.log(
    table(header, [
      ['clauselint / remark-parse', ...results.map((r) => `${fmtRatio(ratio(r, 'clauselint', 'remark'))} [${fmtRatio(ratio(r, 'clauselint', 'remark', true))}]`)],
      ['clauselint / markdownlint', ...results.map((r) => `${fmtRatio(ratio(r, 'clauselint', 'markdownlint'))} [${fmtRatio(ratio(r, 'clauselint', 'markdownlint', true))}]`)],
      ['relint / full lint', ...results.map((r) => `${fmtRatio(ratio(r, 'relint', 'clauselint'))} [${fmtRatio(ratio(r, 'relint', 'clauselint', true))}]`)],
    ]),
  );
  const r1 = results.find((r) => r.label === '1 MB');
  const r5 = results.find((r) => r.label === '5 MB');
  const growth: Partial<Record<Measure, { wall: number; cpu: number }>> = {};
  if (r1 && r5) {
    for (const m of ['remark', 'markdownlint', 'clauselint', 'relint'] as Measure[]) {
      const a = r1.stats[m];
      const b = r5.stats[m];
      if (a && b) growth[m] = { wall: b.median / a.median, cpu: b.cpuMedian / a.cpuMedian };
    }
    console.log(
      `5 MB / 1 MB growth (bytes ×${(r5.bytes / r1.bytes).toFixed(2)}): ` +
        (Object.entries(growth) as Array<[Measure, { wall: number; cpu: number }]>)
          .map(([m, g]) => `${m} ${fmtRatio(g.wall)} [${fmtRatio(g.cpu)}]`)
          .join(', '),
    );
  }
  console.log('');
  if (lsp) {
    console.log(
      `5 LSP didChange → publishDiagnostics, ${lspSize.label} contract, ${lsp.n}${lsp.budgetLimited ? ` of ${lsp.planned} (cut by the ${args.lspBudgetMs / 1000} s budget)` : ''} edits after ${lsp.warmupEdits} warm-up: ` +
        `p50 ${fmtMs(lsp.p50)}, p95 ${fmtMs(lsp.p95)}, max ${fmtMs(lsp.max)} ` +
        `(the server's ${lsp.debounceMs} ms debounce subtracted — it has no setting to turn it off; raw p50 ${fmtMs(lsp.p50Raw)}, p95 ${fmtMs(lsp.p95Raw)}); ` +
        `${lsp.diagnostics} diagnostics per publish; server CPU ${fmtMs(lsp.serverCpuMsPerEdit)} per edit; server peak RSS ${lsp.serverPeakRssMB?.toFixed(0) ?? '–'} MB; first lint on open ${fmtMs(lsp.openMs)}`,
    );
  } else console.log(`5 LSP round trip: failed (${lspError})`);
  if (rss) {
    console.log(
      `6 server with ${rss.documents} open contracts of ~${(rss.bytesEach / 1000).toFixed(0)} KB: peak RSS (VmHWM) ${rss.peakMB?.toFixed(1) ?? '–'} MB, ` +
        `RSS after linting ${rss.currentMB?.toFixed(1) ?? '–'} MB (${rss.diagnostics} diagnostics, all published in ${fmtMs(rss.ms)})`,
    );
  } else console.log(`6 server RSS: failed (${rssError})`);
  console.log('');

  // targets (issue 5)
  const targets: Target[] = [];
  if (r1?.stats.clauselint && r1.stats.remark && r1.stats.markdownlint) {
    const c = r1.stats.clauselint;
    const rm = r1.stats.remark;
    const ml = r1.stats.markdownlint;
    targets.push({
      name: 'full lint 1 MB ≤ remark-parse',
      target: `≤ ${fmtMs(rm.median)}`,
      measured: `${fmtMs(c.median)} (${fmtRatio(c.median / rm.median)}; CPU ${fmtRatio(c.cpuMedian / rm.cpuMedian)})`,
      met: c.median <= rm.median,
    });
    targets.push({
      name: 'full lint 1 MB < markdownlint',
      target: `< ${fmtMs(ml.median)}`,
      measured: `${fmtMs(c.median)} (${fmtRatio(c.median / ml.median)}; CPU ${fmtRatio(c.cpuMedian / ml.cpuMedian)})`,
      met: c.median < ml.median,
    });
    targets.push({
      name: 'stretch: full lint 1 MB ≤ 0.5 × remark-parse',
      target: `≤ ${fmtMs(rm.median / 2)}`,
      measured: `${fmtMs(c.median)} (${fmtRatio(c.median / rm.median)})`,
      met: c.median <= rm.median / 2,
    });
  }
  if (r1?.stats.relint) {
    targets.push({
      name: 'relint 1 MB after a 1-char edit, p95 ≤ 20 ms',
      target: '≤ 20 ms',
      measured: `${fmtMs(r1.stats.relint.p95)} (n=${r1.stats.relint.n})`,
      met: Incremental ? r1.stats.relint.p95 <= 20 : false,
      note: Incremental ? undefined : 'no incremental engine yet: measured a full lintDocument',
    });
  }
  targets.push({
    name: `LSP round trip p95 ≤ 50 ms (${lspSize.label}, debounce excluded)`,
    target: '≤ 50 ms',
    measured: lsp ? `${fmtMs(lsp.p95)} (n=${lsp.n})` : `failed: ${lspError}`,
    met: lsp ? lsp.p95 <= 50 : false,
    note: args.quick ? 'quick run: not the 1 MB document' : undefined,
  });
  if (growth.clauselint) {
    targets.push({
      name: 'linear: full lint 5 MB ≤ 5.5 × 1 MB',
      target: '≤ 5.50×',
      measured: `${fmtRatio(growth.clauselint.wall)} (CPU ${fmtRatio(growth.clauselint.cpu)}; bytes ×${(r5!.bytes / r1!.bytes).toFixed(2)})`,
      met: growth.clauselint.wall <= 5.5,
    });
  }
  targets.push({
    name: `server peak RSS ≤ 150 MB (${rss?.documents ?? (args.quick ? 5 : 20)} open 100 KB contracts)`,
    target: '≤ 150 MB',
    measured: rss?.peakMB !== undefined ? `${rss.peakMB.toFixed(1)} MB` : `unavailable${rssError ? `: ${rssError}` : ' (no /proc)'}`,
    met: rss?.peakMB !== undefined ? rss.peakMB <= 150 : undefined,
    note: args.quick ? 'quick run: 5 documents, not 20' : undefined,
  });
  console.log('Targets (issue 5)');
  console.log(
    table(
      ['target', 'wanted', 'measured', 'met'],
      targets.map((t) => [t.name, t.target, t.measured, `${t.met === undefined ? '?' : t.met ? 'yes' : 'NO'}${t.note ? ` — ${t.note}` : ''}`]),
    ),
  );

  const elapsed = (Date.now() - startedAt) / 1000;
  console.log('');
  console.log(`load average at the end ${machine.loadavgEnd.join(' / ')}; bench took ${elapsed.toFixed(0)} s`);

  const out = path.join(ROOT, 'bench', 'results.json');
  const json = {
    date: new Date(startedAt).toISOString(),
    commit: commitOf(ROOT),
    quick: args.quick,
    machine,
    markdownlint: markdownlint.version,
    relint: { incremental: !!Incremental, note: incrementalNote },
    sizes: results,
    ratios: Object.fromEntries(
      results.map((r) => [
        r.label,
        {
          clauselintOverRemark: ratio(r, 'clauselint', 'remark'),
          clauselintOverMarkdownlint: ratio(r, 'clauselint', 'markdownlint'),
          clauselintOverRemarkCpu: ratio(r, 'clauselint', 'remark', true),
          clauselintOverMarkdownlintCpu: ratio(r, 'clauselint', 'markdownlint', true),
        },
      ]),
    ),
    growth5MBOver1MB: growth,
    lsp: lsp ? { document: lspSize.label, ...lsp } : { error: lspError },
    rss: rss ?? { error: rssError },
    targets,
    elapsedSeconds: elapsed,
  };
  fs.writeFileSync(out, JSON.stringify(json, null, 2) + '\n');
  console.log(`wrote ${path.relative(process.cwd(), out) || out}`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    console.error((e as Error)?.stack ?? e);
    process.exitCode = 1;
  },
);
