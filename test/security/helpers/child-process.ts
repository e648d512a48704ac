/**
 * Runs work in a separate Node process that can be killed: a catastrophic regex or a parser that never
 * returns cannot be interrupted inside the test process. The child is test/security/helpers/child.ts
 * bundled with esbuild (with the engine it imports) into a temporary CommonJS file.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fork, type ChildProcess } from 'node:child_process';
import { buildSync } from 'esbuild';
import { ROOT } from './corpus';

const bundled = new Map<string, string>();

/** Bundles a child entry (child.ts, fuzz-child.ts) once per test file; returns the path of the CommonJS bundle. */
export function childBundle(entry = 'child.ts'): string {
  const done = bundled.get(entry);
  if (done && fs.existsSync(done)) return done;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clauselint-security-'));
  const out = path.join(dir, entry.replace(/\.ts$/u, '.cjs'));
  buildSync({
    absWorkingDir: ROOT,
    entryPoints: [path.join(__dirname, entry)],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'error',
    sourcemap: 'inline',
  });
  bundled.set(entry, out);
  return out;
}

/** CPU time (user + system, ms) a process has used, from /proc/<pid>/stat; undefined where there is no /proc. */
export function cpuMsOf(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10; // clock ticks of 10 ms (CLK_TCK 100)
  } catch {
    return undefined;
  }
}

export interface ChildMessage {
  op: string;
  [k: string]: unknown;
}

/**
 * A child process speaking in JSON messages. `request` sends one message and collects the replies until
 * one has `op: 'done'`; `onMessage` sees every reply (progress reports). `idleTimeoutMs`: kill the child
 * when it is silent for that long (the promise then rejects with the last progress message).
 */
const live = new Set<ChildProcess>();
// a child stuck in a catastrophic regex never notices that its parent is gone: kill them all on exit
process.on('exit', () => killAllChildren());

/** Kills every child this process started and that is still running (afterAll of each test file). */
export function killAllChildren(): void {
  for (const p of live) if (p.exitCode === null && p.signalCode === null) p.kill('SIGKILL');
  live.clear();
}

export class Child {
  private proc: ChildProcess;
  private exited = false;
  constructor(execArgv: string[] = [], entry = 'child.ts') {
    this.proc = fork(childBundle(entry), [], {
      execArgv: ['--enable-source-maps', ...execArgv],
      env: { ...process.env, CLAUSELINT_ROOT: ROOT },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      serialization: 'advanced',
    });
    live.add(this.proc);
    this.proc.on('exit', () => {
      this.exited = true;
      live.delete(this.proc);
    });
  }
  get pid(): number | undefined {
    return this.proc.pid;
  }
  /**
   * Sends `msg` and collects replies until `op: 'done'`. The child is killed (and the promise rejects with
   * `timeout: true`) when, since its last message, it has used more than `cpuMs` of CPU time (read from
   * /proc, so a machine loaded by other work does not cause false alarms), or has been silent for
   * `wallMs` of wall-clock time (the fallback where /proc is missing, and for a child that blocks).
   */
  request(msg: ChildMessage, limit: { cpuMs: number; wallMs?: number }, onMessage?: (m: ChildMessage) => void): Promise<ChildMessage> {
    const wallMs = limit.wallMs ?? Math.max(60_000, limit.cpuMs * 20);
    return new Promise((resolve, reject) => {
      let last: ChildMessage | undefined;
      let cpuAtLast = cpuMsOf(this.proc.pid);
      let wallAtLast = Date.now();
      const fail = (why: string) => {
        cleanup();
        this.kill();
        reject(Object.assign(new Error(`${why} (killed); last message: ${JSON.stringify(last)?.slice(0, 300)}`), { last, timeout: true }));
      };
      const watchdog = setInterval(() => {
        const cpu = cpuMsOf(this.proc.pid);
        if (cpu !== undefined && cpuAtLast !== undefined && cpu - cpuAtLast > limit.cpuMs) fail(`child used ${cpu - cpuAtLast} ms of CPU without answering`);
        else if (Date.now() - wallAtLast > wallMs) fail(`child silent for ${wallMs} ms`);
      }, 100);
      const onMsg = (m: ChildMessage) => {
        last = m;
        cpuAtLast = cpuMsOf(this.proc.pid);
        wallAtLast = Date.now();
        if (m.op === 'done') {
          cleanup();
          resolve(m);
        } else if (m.op === 'error') {
          cleanup();
          reject(Object.assign(new Error(String(m.message)), { child: m }));
        } else onMessage?.(m);
      };
      const onExit = (code: number | null, signal: string | null) => {
        cleanup();
        reject(Object.assign(new Error(`child exited (code ${code}, signal ${signal}); last message: ${JSON.stringify(last)?.slice(0, 300)}`), { last, code, signal }));
      };
      const cleanup = () => {
        clearInterval(watchdog);
        this.proc.off('message', onMsg);
        this.proc.off('exit', onExit);
      };
      this.proc.on('message', onMsg);
      this.proc.on('exit', onExit);
      this.proc.send(msg);
    });
  }
  kill(): void {
    if (!this.exited) this.proc.kill('SIGKILL');
  }
}

export interface ListResult {
  i: number;
  /** The child's reply for item i, or undefined when it was killed on that item. */
  reply?: ChildMessage;
  killed?: string;
}

/**
 * Runs a list operation in a child: the child gets `{ op, from, ...payload }`, reports `{ op: 'start', i }`
 * before item i and `{ op: 'result', i, ... }` after it, and `{ op: 'done' }` at the end. An item that
 * exceeds `cpuMs` is recorded as killed and the list continues in a fresh child after it.
 */
export async function runList(entry: string, op: string, payload: Record<string, unknown>, count: number, cpuMs: number, warmup = false): Promise<ListResult[]> {
  const out: ListResult[] = [];
  let from = 0;
  while (from < count) {
    const child = new Child([], entry);
    let current = from;
    try {
      if (warmup) await child.request({ op: 'warmup' }, { cpuMs: 120_000 });
      await child.request({ op, from, ...payload }, { cpuMs }, (m) => {
        if (m.op === 'start') current = m.i as number;
        else if (m.op === 'result') out.push({ i: m.i as number, reply: m });
      });
      from = count;
    } catch (e) {
      if (!(e as { timeout?: boolean }).timeout) throw e;
      out.push({ i: current, killed: (e as Error).message });
      from = current + 1;
    } finally {
      child.kill();
    }
  }
  return out.sort((a, b) => a.i - b.i);
}
