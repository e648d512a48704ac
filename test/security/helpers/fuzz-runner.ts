/**
 * Runs fast-check properties in killable child processes (fuzz-child.ts), two at a time, and turns each
 * outcome into a result the test can assert on: the number of cases, and for a failure the counterexample
 * (shrunk by fast-check) or, for a hang, the input that was running when the child was killed.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Child } from './child-process';

export interface FuzzTask {
  /** Property name in fuzz-child.ts, or 'corpus' for the deterministic corpus sweep. */
  name: string;
  numRuns: number;
  seed: number;
}

export interface FuzzOutcome {
  name: string;
  numRuns: number;
  engineCalls: number;
  ms: number;
  /** CPU time of the child process (ms), which other load on the machine does not inflate. */
  cpuMs?: number;
  /** Empty when the property held. */
  failure?: string;
}

/** A case that uses this much CPU is killed: the input it was linting hangs the engine. */
const CASE_CPU_MS = 30_000;

export async function runFuzz(tasks: FuzzTask[], concurrency = 2): Promise<Map<string, FuzzOutcome>> {
  const out = new Map<string, FuzzOutcome>();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clauselint-fuzz-'));
  const queue = tasks.slice();
  const worker = async () => {
    for (let task = queue.shift(); task; task = queue.shift()) {
      const inputFile = path.join(dir, `${task.name}.current.json`);
      const child = new Child([], 'fuzz-child.ts');
      const t0 = Date.now();
      try {
        const msg = task.name === 'corpus'
          ? { op: 'corpus', inputFile }
          : { op: 'property', name: task.name, numRuns: task.numRuns, seed: task.seed, inputFile };
        const r = await child.request(msg, { cpuMs: CASE_CPU_MS });
        out.set(task.name, {
          name: task.name,
          numRuns: r.numRuns as number,
          engineCalls: r.engineCalls as number,
          ms: Date.now() - t0,
          cpuMs: r.cpuMs as number | undefined,
          failure: r.failed ? `${String(r.error)}\n(replay: CLAUSELINT_FUZZ_SEED=${task.seed}; this property's seed ${String(r.seed ?? task.seed)}, path ${String(r.counterexamplePath ?? '')})` : undefined,
        });
      } catch (e) {
        const err = e as Error & { timeout?: boolean };
        let failure = err.message;
        if (err.timeout && fs.existsSync(inputFile)) {
          const keep = path.join(dir, `${task.name}.hang.json`);
          fs.copyFileSync(inputFile, keep);
          const { text, options } = JSON.parse(fs.readFileSync(keep, 'utf8')) as { text: string; options: unknown };
          failure = `lint() did not return within ${CASE_CPU_MS / 1000} s of CPU on this input (saved to ${keep}): ${JSON.stringify(text.slice(0, 400))}${text.length > 400 ? `… (${text.length} chars)` : ''} with ${JSON.stringify(options)}`;
        }
        out.set(task.name, { name: task.name, numRuns: 0, engineCalls: 0, ms: Date.now() - t0, failure });
      } finally {
        child.kill();
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return out;
}
