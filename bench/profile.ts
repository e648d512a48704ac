/**
 * `npm run bench -- --profile`: where clauselint's full lint of the 1 MB contract spends its time.
 * bench/bench.mjs runs this bundle twice: once under `node --cpu-prof` (lint the 1 MB contract: one
 * warm-up run and PROFILE_RUNS more), then with `--analyze <profile>`, which prints the functions with
 * the most self time, mapped back to their source file:line through the bundle's source map.
 */
import * as fs from 'node:fs';
import { SourceMap } from 'node:module';
import * as path from 'node:path';
import { generateContract } from './generate';
import { lintDocument } from '../server/src/core/lint';

const ROOT = process.env.CLAUSELINT_BENCH_ROOT ?? path.join(__dirname, '..', '..');
const PROFILE_RUNS = Number(process.env.CLAUSELINT_PROFILE_RUNS ?? 3);

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  hitCount?: number;
  positionTicks?: Array<{ line: number; ticks: number }>;
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

function lintRuns(): void {
  const g = generateContract(1_000_000, 1, ROOT);
  const times: number[] = [];
  for (let i = 0; i <= PROFILE_RUNS; i++) {
    const t0 = performance.now();
    const r = lintDocument(g.text, {});
    times.push(performance.now() - t0);
    if (i === 0) console.log(`profiled: ${g.bytes} bytes, ${r.findings.length} findings`);
  }
  console.log(`lint times (first is the warm-up): ${times.map((t) => `${t.toFixed(0)} ms`).join(', ')}`);
}

interface Mapped {
  source: string;
  line: number;
}

function analyze(profileFile: string, top: number): void {
  const profile = JSON.parse(fs.readFileSync(profileFile, 'utf8')) as CpuProfile;
  // self time per node from the samples and their time deltas
  const selfUs = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    selfUs.set(profile.samples[i], (selfUs.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  const totalUs = profile.endTime - profile.startTime;
  const maps = new Map<string, SourceMap | null>();
  const mapOf = (url: string): SourceMap | null => {
    if (!maps.has(url)) {
      let sm: SourceMap | null = null;
      try {
        const file = url.startsWith('file:') ? new URL(url).pathname : url;
        const mapFile = `${file}.map`;
        if (fs.existsSync(mapFile)) sm = new SourceMap(JSON.parse(fs.readFileSync(mapFile, 'utf8')));
      } catch {
        sm = null;
      }
      maps.set(url, sm);
    }
    return maps.get(url)!;
  };
  const mapPos = (url: string, line0: number, col0: number): Mapped | undefined => {
    const sm = mapOf(url);
    if (!sm) return undefined;
    const e = sm.findEntry(line0, col0) as { originalSource?: string; originalLine?: number };
    if (!e || !e.originalSource) return undefined;
    const file = e.originalSource.startsWith('file:') ? new URL(e.originalSource).pathname : e.originalSource;
    const abs = path.isAbsolute(file) ? file : path.resolve(path.dirname(url.startsWith('file:') ? new URL(url).pathname : url), file);
    return { source: path.relative(ROOT, abs), line: (e.originalLine ?? 0) + 1 };
  };

  interface Row {
    name: string;
    where: string;
    hottestLine?: string;
    us: number;
  }
  const rows = new Map<string, Row & { lineTicks: Map<number, number>; url: string }>();
  for (const node of profile.nodes) {
    const us = selfUs.get(node.id) ?? 0;
    if (!us) continue;
    const cf = node.callFrame;
    const key = `${cf.functionName}|${cf.url}|${cf.lineNumber}|${cf.columnNumber}`;
    let row = rows.get(key);
    if (!row) {
      const mapped = cf.url ? mapPos(cf.url, cf.lineNumber, cf.columnNumber) : undefined;
      const where = mapped
        ? `${mapped.source}:${mapped.line}`
        : cf.url
          ? `${path.relative(ROOT, cf.url.startsWith('file:') ? new URL(cf.url).pathname : cf.url)}:${cf.lineNumber + 1}`
          : '(native)';
      row = { name: cf.functionName || '(anonymous)', where, us: 0, lineTicks: new Map(), url: cf.url };
      rows.set(key, row);
    }
    row.us += us;
    for (const pt of node.positionTicks ?? []) row.lineTicks.set(pt.line, (row.lineTicks.get(pt.line) ?? 0) + pt.ticks);
  }
  const bundleLines = new Map<string, string[]>();
  const indentOf = (url: string, line0: number): number => {
    if (!bundleLines.has(url)) {
      try {
        bundleLines.set(url, fs.readFileSync(url.startsWith('file:') ? new URL(url).pathname : url, 'utf8').split('\n'));
      } catch {
        bundleLines.set(url, []);
      }
    }
    const l = bundleLines.get(url)![line0] ?? '';
    return l.length - l.trimStart().length;
  };
  for (const row of rows.values()) {
    let best: [number, number] | undefined;
    for (const e of row.lineTicks) if (!best || e[1] > best[1]) best = e;
    if (best && row.url) {
      const m = mapPos(row.url, best[0] - 1, indentOf(row.url, best[0] - 1));
      if (m) row.hottestLine = `${m.source}:${m.line}`;
    }
  }
  const all = [...rows.values()].sort((a, b) => b.us - a.us);
  const pct = (us: number) => `${((100 * us) / totalUs).toFixed(1)}%`;
  const ms = (us: number) => `${(us / 1000).toFixed(0)} ms`;
  const print = (title: string, list: typeof all) => {
    console.log(title);
    list.slice(0, top).forEach((r, i) => {
      console.log(
        `${String(i + 1).padStart(3)}. ${ms(r.us).padStart(8)} ${pct(r.us).padStart(6)}  ${r.name}  ${r.where}` +
          (r.hottestLine && r.hottestLine !== r.where ? `  (hottest line ${r.hottestLine})` : ''),
      );
    });
  };
  console.log(`profile: ${(totalUs / 1000).toFixed(0)} ms sampled (${profile.samples.length} samples), ${PROFILE_RUNS + 1} lints of the 1 MB contract plus start-up and generation`);
  print(`top ${top} functions by self time (all code)`, all);
  console.log('');
  print(`top ${top} functions by self time in server/src`, all.filter((r) => r.where.startsWith('server/src/')));
  console.log('');
  const byFile = new Map<string, number>();
  for (const r of all) {
    const f = r.where.startsWith('(') ? r.name.startsWith('(') ? r.name : '(native)' : r.where.replace(/:\d+$/u, '').replace(/^(node_modules\/(?:@[^/]+\/)?[^/]+)\/.*/u, '$1');
    byFile.set(f, (byFile.get(f) ?? 0) + r.us);
  }
  console.log('self time by file / package');
  [...byFile.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15)
    .forEach(([f, us]) => console.log(`  ${ms(us).padStart(8)} ${pct(us).padStart(6)}  ${f}`));
}

const argv = process.argv.slice(2);
if (argv[0] === '--analyze') analyze(argv[1], Number(argv[2] ?? 10));
else lintRuns();
