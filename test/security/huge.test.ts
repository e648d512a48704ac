/**
 * Huge and odd documents (issue 6, item 3): a 20 MB file, a 1 MB single line, binary files. lint()
 * answers without crashing (over the length limit it skips with a reason); the CLI refuses files over
 * --max-file-size (default 10 MB, also settable in .clauselintrc.json) with exit 2 and a message, skips
 * binary files with a message, and lints the rest. Memory is measured in fresh child processes (peak RSS
 * growth, and RSS after repeated lints to catch a leak) and printed.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Child, killAllChildren } from './helpers/child-process';
import { HEAVY } from './helpers/budget';
import { ROOT } from './helpers/corpus';

const BIN = path.join(ROOT, 'bin', 'clauselint.js');
const MB = 1024 * 1024;
const report: string[] = [];
let dir: string;

const CLAUSE = '## Artikel 12 – Relatiebeding\n\nHet is werknemer verboden gedurende drie (3) jaar na het einde van de arbeidsovereenkomst contact te onderhouden met relaties van werkgever.\n\n';
const PARA = `${'Werknemer verricht de werkzaamheden naar beste vermogen en volgt de redelijke instructies van werkgever op. '.repeat(20)}\n\n`;

function file(name: string, content: string | Buffer): string {
  const f = path.join(dir, name);
  fs.writeFileSync(f, content);
  return f;
}

/** Runs the CLI in a child with a preload that writes the peak RSS on exit. */
function cli(args: string[], timeout = 300_000): { status: number | null; stdout: string; stderr: string; ms: number; peakMB?: number; error?: Error } {
  const rssFile = path.join(dir, `rss-${Date.now()}-${Math.random()}.json`);
  const preload = path.join(dir, 'rss-preload.cjs');
  if (!fs.existsSync(preload)) {
    fs.writeFileSync(preload, "process.on('exit', () => require('node:fs').writeFileSync(process.env.CLAUSELINT_RSS_FILE, JSON.stringify(process.resourceUsage().maxRSS)));\n");
  }
  const t0 = Date.now();
  const r = spawnSync(process.execPath, ['--require', preload, BIN, ...args], {
    cwd: dir, encoding: 'utf8', timeout, maxBuffer: 512 * MB, env: { ...process.env, CLAUSELINT_RSS_FILE: rssFile, NO_COLOR: '1' },
  });
  const peakKB = fs.existsSync(rssFile) ? Number(fs.readFileSync(rssFile, 'utf8')) : undefined;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - t0, peakMB: peakKB === undefined ? undefined : Math.round(peakKB / 1024), error: r.error };
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clauselint-huge-'));
});
afterAll(() => {
  killAllChildren();
  fs.rmSync(dir, { recursive: true, force: true });
  if (report.length) console.log(`\n[huge]\n${report.join('\n')}\n`);
});

describe('the CLI on huge and odd files', () => {
  it('refuses a 20 MB file with exit 2 and a message naming the 10 MB default, without reading it into memory', () => {
    const f = file('twenty.md', `# Arbeidsovereenkomst\n\n${(CLAUSE + PARA).repeat(Math.ceil((20 * MB) / (CLAUSE + PARA).length))}`);
    const r = cli(['twenty.md']);
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/twenty\.md: \d+ bytes is over the maximum file size of 10485760 bytes/u);
    report.push(`CLI 20 MB file: exit ${r.status} in ${r.ms} ms, peak RSS ${r.peakMB} MB`);
    expect(r.peakMB ?? 0).toBeLessThan(200); // it did not read 20 MB into a string
    fs.rmSync(f);
  }, 120_000);

  it('--max-file-size and the config key maxFileSize lower the limit (exit 2, message); a file under it is linted', () => {
    file('small.md', CLAUSE);
    const over = cli(['--max-file-size', '100', 'small.md']);
    expect(over.status).toBe(2);
    expect(over.stderr).toMatch(/over the maximum file size of 100 bytes/u);
    const sub = path.join(dir, 'cfg');
    fs.mkdirSync(sub, { recursive: true });
    fs.writeFileSync(path.join(sub, 'c.md'), CLAUSE);
    fs.writeFileSync(path.join(sub, '.clauselintrc.json'), JSON.stringify({ maxFileSize: 50 }));
    const byConfig = cli(['cfg/c.md']);
    expect(byConfig.status).toBe(2);
    expect(byConfig.stderr).toMatch(/over the maximum file size of 50 bytes/u);
    const under = cli(['--max-file-size', String(10 * MB), 'small.md']);
    expect(under.status).toBe(1);
  }, 120_000);

  it('lints a 1 MB single line and reports time and peak memory', () => {
    file('line.md', 'Het is werknemer verboden gedurende drie (3) jaar na het einde van de arbeidsovereenkomst klanten te benaderen; '.repeat(9000).slice(0, MB));
    const r = cli(['--format', 'json', 'line.md']);
    expect(r.error, 'the CLI did not finish within 300 s').toBeUndefined();
    expect([0, 1], r.stderr.slice(-2000)).toContain(r.status);
    expect(r.stderr).not.toMatch(/internal error/u);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
    report.push(`CLI 1 MB single line: exit ${r.status}, ${JSON.parse(r.stdout).length} findings in ${r.ms} ms, peak RSS ${r.peakMB} MB`);
    expect(r.peakMB ?? 0).toBeLessThan(1024);
  }, 320_000);

  it('skips binary files with a message (NUL bytes, UTF-16, an image) and lints invalid UTF-8 without crashing', () => {
    const rnd = (n: number, seed: number) => {
      const b = Buffer.alloc(n);
      let x = seed;
      for (let i = 0; i < n; i++) {
        x = (x * 1103515245 + 12345) & 0x7fffffff;
        b[i] = x & 0xff;
      }
      return b;
    };
    file('random.md', rnd(MB, 1));
    file('utf16.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Het is werknemer verboden gedurende drie jaar na het einde klanten te benaderen.\n', 'utf16le')]));
    file('image.md', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), rnd(4096, 2)]));
    const noNul = Buffer.from(rnd(MB, 3).map((b) => (b === 0 ? 0x80 : b)));
    file('invalid-utf8.md', noNul);
    const r = cli(['--format', 'json', 'random.md', 'utf16.md', 'image.md', 'invalid-utf8.md']);
    expect(r.error).toBeUndefined();
    for (const name of ['random.md', 'utf16.md', 'image.md']) expect(r.stderr).toMatch(new RegExp(`${name.replace('.', '\\.')}: looks like a binary file`, 'u'));
    expect([0, 1]).toContain(r.status);
    expect(r.stderr).not.toMatch(/internal error|TypeError|RangeError/u);
    report.push(`CLI binary files: exit ${r.status} in ${r.ms} ms, peak RSS ${r.peakMB} MB (1 MB of invalid UTF-8 linted as text)`);
  }, 320_000);

  it('refuses an explicit path that is a device with exit 2 instead of reading it forever', () => {
    const r = cli(['/dev/zero'], 60_000);
    expect(r.error, 'the CLI hung reading /dev/zero').toBeUndefined();
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/\/dev\/zero/u);
  }, 90_000);
});

interface MemoryReply {
  length: number;
  times: number[];
  findings: number;
  skipped?: string;
  violations: string[];
  rssBaseMB: number;
  rssAfterAllocMB: number;
  rssAfterEachMB: number[];
  rssEndMB: number;
  peakRssMB: number;
  peakGrowthMB: number;
}

async function measure(kind: string, repeat: number, options: Record<string, unknown> = {}): Promise<MemoryReply> {
  const child = new Child(['--expose-gc', '--max-old-space-size=2048']);
  try {
    return (await child.request({ op: 'memory', kind, repeat, options }, { cpuMs: HEAVY ? 1_200_000 : 240_000 })) as unknown as MemoryReply;
  } finally {
    child.kill();
  }
}

const describeMemory = (name: string, r: MemoryReply) =>
  `${name}: ${r.length} chars, lint ${r.times.join(' / ')} ms, ${r.findings} findings${r.skipped ? ` (skipped: ${r.skipped})` : ''}; ` +
  `RSS base ${r.rssBaseMB} MB, with text ${r.rssAfterAllocMB} MB, after each lint ${r.rssAfterEachMB.join(' / ')} MB, peak ${r.peakRssMB} MB (+${r.peakGrowthMB} MB over base+text)`;

describe('lint() on huge and odd documents, with memory measured', () => {
  it('skips a 20 MB document (over the default 10,000,000 characters) with a reason, in little memory', async () => {
    const r = await measure('20MB', 2);
    report.push(describeMemory('lint() 20 MB', r));
    expect(r.violations).toEqual([]);
    expect(r.skipped).toMatch(/more than the limit of 10000000/u);
    expect(r.findings).toBe(0);
    expect(r.peakGrowthMB).toBeLessThan(200);
  }, 300_000);

  it('lints a 1 MB single line; memory does not grow over repeated lints', async () => {
    const r = await measure('1MB-line', 3);
    report.push(describeMemory('lint() 1 MB line', r));
    expect(r.violations).toEqual([]);
    expect(r.peakGrowthMB).toBeLessThan(1024);
    // no leak: the third lint ends where the first did (within 64 MB)
    expect(r.rssAfterEachMB[2] - r.rssAfterEachMB[0]).toBeLessThan(64);
  }, 300_000);

  it('lints a 1 MB line without spaces, 1 MB of Latin-1 noise and 1 MB of decoded random bytes', async () => {
    for (const kind of ['1MB-line-no-spaces', 'binary', 'binary-utf8-decoded']) {
      const r = await measure(kind, 1);
      report.push(describeMemory(`lint() ${kind}`, r));
      expect(r.violations, kind).toEqual([]);
      expect(r.peakGrowthMB, kind).toBeLessThan(1024);
    }
  }, 600_000);

  it.runIf(HEAVY)('lints a 9 MB contract (just under the CLI default) and reports time and memory', async () => {
    const r = await measure('9MB', 1, { maxLength: Number.MAX_SAFE_INTEGER });
    report.push(describeMemory('lint() 9 MB contract', r));
    expect(r.violations).toEqual([]);
  }, 1_800_000);
});
