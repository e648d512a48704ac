/**
 * How hard the security tests push. `npm test` runs the light budget (bounded time); `npm run fuzz`
 * (vitest.fuzz.config.ts, which sets CLAUSELINT_FUZZ=1) multiplies the number of generated cases.
 * CLAUSELINT_FUZZ_SEED replays a run; CLAUSELINT_FUZZ_SCALE overrides the multiplier.
 */
export const HEAVY = process.env.CLAUSELINT_FUZZ === '1';

/** Multiplier of the case counts in a heavy run. */
export const SCALE = Number(process.env.CLAUSELINT_FUZZ_SCALE ?? (HEAVY ? 55 : 1));

/** A fixed seed per run unless given: failures print it, and the same seed replays them. */
export const SEED = process.env.CLAUSELINT_FUZZ_SEED !== undefined ? Number(process.env.CLAUSELINT_FUZZ_SEED) : Date.now() % 2_147_483_647;

/** Number of runs for a property whose light budget is `light`. */
export function runs(light: number): number {
  return Math.max(1, Math.round(light * SCALE));
}

/** Counts the engine calls made by the property tests, per test file (printed at the end). */
export class CaseCounter {
  private readonly counts = new Map<string, number>();
  add(name: string, n = 1): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + n);
  }
  get total(): number {
    let t = 0;
    for (const n of this.counts.values()) t += n;
    return t;
  }
  report(title: string): string {
    const lines = [...this.counts].map(([k, n]) => `  ${k.padEnd(48)} ${String(n).padStart(9)}`);
    return `${title}: ${this.total} cases (seed ${SEED}${HEAVY ? `, heavy ×${SCALE}` : ''})\n${lines.join('\n')}`;
  }
}
