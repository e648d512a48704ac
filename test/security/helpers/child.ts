/**
 * The child process of the ReDoS, huge-document and memory tests (bundled by child-process.ts). It
 * answers JSON messages from the test over IPC and reports progress before each unit of work, so a hang
 * is attributed to the pattern or document that caused it.
 */
import { lintDocument } from '../../../server/src/core/lint';
import { fixAllEdits, applyEdits } from '../../../server/src/core/fixes';
import type { DocFormat, LintOptions } from '../../../server/src/core/types';
import { derivedInputs, genericInputs, type AdversarialInput } from './adversarial';
import { adversarialDocuments } from './documents';
import { checkResult } from './invariants';
import type { PatternInfo } from './patterns';

const send = (m: object) => process.send!(m);
process.on('disconnect', () => process.exit(0)); // the test process is gone
/** CPU time used since `from` (ms): robust to other processes competing for the cores. */
const cpuMs = (from: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
};
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

function runPattern(re: RegExp, text: string): number {
  re.lastIndex = 0;
  if (!re.global) return re.exec(text) ? 1 : 0;
  let n = 0;
  for (let m = re.exec(text); m && n < 1_000_000; m = re.exec(text)) {
    n++;
    if (m[0].length === 0) re.lastIndex++;
  }
  return n;
}

async function regexOp(patterns: PatternInfo[], maxFragments: number): Promise<void> {
  const generic = genericInputs();
  for (let i = 0; i < patterns.length; i++) {
    const p = patterns[i];
    send({ op: 'start', i });
    // a sticky pattern is tried at every position, as a tokenizer would
    const flags = p.flags.includes('y') ? p.flags.replace('y', '').replace(/^(?!.*g)/u, 'g') : p.flags;
    const re = new RegExp(p.source, flags);
    const inputs: AdversarialInput[] = [...generic, ...derivedInputs(p.source, p.alternatives, maxFragments)];
    let slowest = { name: '', ms: -1 };
    let total = 0;
    for (let j = 0; j < inputs.length; j++) {
      const input = inputs[j];
      send({ op: 'tick', i, j, input: input.name });
      await yieldToEventLoop(); // lets the message out before a possible hang
      const c0 = process.cpuUsage();
      runPattern(re, input.text);
      const ms = cpuMs(c0);
      total += ms;
      if (ms > slowest.ms) slowest = { name: input.name, ms };
    }
    send({ op: 'pattern', i, slowest, total, cases: inputs.length });
  }
  send({ op: 'done' });
}

/** Warms up the JIT and the lazily built tables on ordinary documents, so the timings that follow are fair. */
function warmup(): void {
  const nl = '# Arbeidsovereenkomst\n\n## Artikel 12 – Relatiebeding\n\nHet is werknemer verboden gedurende drie (3) jaar na het einde van de arbeidsovereenkomst klanten te benaderen.\n';
  const en = '# Employment Agreement\n\n## 9. Non-compete\n\nThe Employee shall not for three (3) years after the Termination Date compete with the Company.\n';
  const no = '# Arbeidsavtale\n\n## § 7 Konkurranseklausul\n\nArbeidstakeren skal ikke i 18 måneder etter fratreden ta ansettelse hos en konkurrent.\n';
  for (let k = 0; k < 5; k++) for (const t of [nl, en, no]) for (const format of ['markdown', 'plaintext'] as const) lintDocument(t.repeat(20), { format });
  send({ op: 'done' });
}

async function lintOp(names: string[] | undefined, options: LintOptions, from: number): Promise<void> {
  const docs = adversarialDocuments().filter((d) => !names || names.includes(d.name));
  for (let i = from; i < docs.length; i++) {
    const d = docs[i];
    send({ op: 'start', i, name: d.name, format: d.format });
    await yieldToEventLoop();
    const opts: LintOptions = { ...options, format: d.format as DocFormat };
    const c0 = process.cpuUsage();
    const w0 = performance.now();
    let violations: string[];
    let findings = 0;
    let fixMs = 0;
    let ms = 0;
    try {
      const r = lintDocument(d.text, opts);
      ms = cpuMs(c0);
      findings = r.findings.length;
      const c1 = process.cpuUsage();
      applyEdits(d.text, fixAllEdits(r.findings));
      fixMs = cpuMs(c1);
      violations = checkResult(d.text, opts, r);
    } catch (e) {
      ms = cpuMs(c0);
      violations = [`threw: ${String((e as Error)?.stack ?? e).split('\n').slice(0, 4).join(' | ')}`];
    }
    const wallMs = performance.now() - w0;
    send({ op: 'result', i, name: d.name, format: d.format, lang: d.lang, structural: !!d.structural, length: d.text.length, ms, wallMs, fixMs, findings, violations: violations.slice(0, 5) });
  }
  send({ op: 'done', count: docs.length });
}

/** Lints one generated document and reports time and memory (run each in a fresh child). */
function memoryOp(kind: string, options: LintOptions, repeat: number): void {
  const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;
  const base = process.memoryUsage();
  const baseMax = process.resourceUsage().maxRSS * 1024;
  const text = makeDocument(kind);
  const afterAlloc = process.memoryUsage();
  const times: number[] = [];
  let findings = 0;
  let skipped: string | undefined;
  let violations: string[] = [];
  const rssAfterEach: number[] = [];
  for (let k = 0; k < repeat; k++) {
    const t0 = performance.now();
    const r = lintDocument(text, options);
    times.push(Math.round(performance.now() - t0));
    findings = r.findings.length;
    skipped = r.skipped;
    if (k === 0) violations = checkResult(text, options, r).slice(0, 5);
    (globalThis as { gc?: () => void }).gc?.();
    rssAfterEach.push(mb(process.memoryUsage().rss));
  }
  const end = process.memoryUsage();
  send({
    op: 'done',
    kind,
    length: text.length,
    times,
    findings,
    skipped,
    violations,
    rssBaseMB: mb(base.rss),
    rssAfterAllocMB: mb(afterAlloc.rss),
    rssAfterEachMB: rssAfterEach,
    rssEndMB: mb(end.rss),
    peakRssMB: mb(process.resourceUsage().maxRSS * 1024),
    peakGrowthMB: mb(process.resourceUsage().maxRSS * 1024 - Math.max(baseMax, afterAlloc.rss)),
    heapUsedEndMB: mb(end.heapUsed),
  });
}

function makeDocument(kind: string): string {
  const clause = '## Artikel 12 – Relatiebeding\n\nHet is werknemer verboden gedurende drie (3) jaar na het einde van de arbeidsovereenkomst contact te onderhouden met relaties van werkgever.\n\n';
  const para = 'Werknemer verricht de werkzaamheden naar beste vermogen en volgt de redelijke instructies van werkgever op. ';
  switch (kind) {
    case '20MB': {
      let s = '# Arbeidsovereenkomst\n\n';
      const block = `${clause}${para.repeat(20)}\n\n`;
      return s + block.repeat(Math.ceil((20 * 1024 * 1024) / block.length));
    }
    case '9MB': {
      const block = `${clause}${para.repeat(20)}\n\n`;
      return block.repeat(Math.ceil((9 * 1024 * 1024) / block.length));
    }
    case '1MB-line':
      return ('Het is werknemer verboden gedurende drie (3) jaar na het einde van de arbeidsovereenkomst klanten te benaderen; ').repeat(9000).slice(0, 1024 * 1024);
    case '1MB-line-no-spaces':
      return 'a'.repeat(1024 * 1024);
    case 'binary': {
      let s = '';
      let x = 12345;
      for (let i = 0; i < 1024 * 1024; i++) {
        x = (x * 1103515245 + 12345) & 0x7fffffff;
        s += String.fromCharCode(x & 0xff);
      }
      return s;
    }
    case 'binary-utf8-decoded': {
      const bytes = new Uint8Array(1024 * 1024);
      let x = 777;
      for (let i = 0; i < bytes.length; i++) {
        x = (x * 1103515245 + 12345) & 0x7fffffff;
        bytes[i] = x & 0xff;
      }
      return new TextDecoder('utf-8').decode(bytes);
    }
    default:
      throw new Error(`unknown document kind ${kind}`);
  }
}

process.on('message', async (m: { op: string; [k: string]: unknown }) => {
  try {
    if (m.op === 'regex') await regexOp(m.patterns as PatternInfo[], m.maxFragments as number);
    else if (m.op === 'lint') await lintOp(m.names as string[] | undefined, (m.options ?? {}) as LintOptions, (m.from as number) ?? 0);
    else if (m.op === 'memory') memoryOp(m.kind as string, (m.options ?? {}) as LintOptions, (m.repeat as number) ?? 1);
    else if (m.op === 'warmup') warmup();
    else if (m.op === 'exit') process.exit(0);
    else send({ op: 'error', message: `unknown op ${m.op}` });
  } catch (e) {
    send({ op: 'error', message: String((e as Error)?.stack ?? e) });
  }
});
