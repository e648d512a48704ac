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

export interface ChildMessage {
  op: string;
  [k: string]: unknown;
}

/**
 * A child process speaking in JSON messages. `request` sends one message and collects the replies until
 * one has `op: 'done'`; `onMessage` sees every reply (progress reports). `idleTimeoutMs`: kill the child
 * when it is silent for that long (the promise then rejects with the last progress message).
 */
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
    this.proc.on('exit', () => (this.exited = true));
  }
  get pid(): number | undefined {
    return this.proc.pid;
  }
  request(msg: ChildMessage, idleTimeoutMs: number, onMessage?: (m: ChildMessage) => void): Promise<ChildMessage> {
    return new Promise((resolve, reject) => {
      let last: ChildMessage | undefined;
      let timer: NodeJS.Timeout;
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          cleanup();
          this.kill();
          reject(Object.assign(new Error(`child silent for ${idleTimeoutMs} ms (killed); last message: ${JSON.stringify(last)}`), { last, timeout: true }));
        }, idleTimeoutMs);
      };
      const onMsg = (m: ChildMessage) => {
        last = m;
        arm();
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
        reject(Object.assign(new Error(`child exited (code ${code}, signal ${signal}); last message: ${JSON.stringify(last)}`), { last, code, signal }));
      };
      const cleanup = () => {
        clearTimeout(timer);
        this.proc.off('message', onMsg);
        this.proc.off('exit', onExit);
      };
      this.proc.on('message', onMsg);
      this.proc.on('exit', onExit);
      arm();
      this.proc.send(msg);
    });
  }
  kill(): void {
    if (!this.exited) this.proc.kill('SIGKILL');
  }
}
