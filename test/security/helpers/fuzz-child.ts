/**
 * The fuzzing child process (bundled by child-process.ts): runs one fast-check property per request
 * against the real engine and reports the number of cases. Before each case it writes the input to a
 * file, so that when the parent kills a hung child the reproducer is on disk.
 */
import * as fs from 'node:fs';
import fc from 'fast-check';
import { lint, lintDocument } from '../../../server/src/core/lint';
import { fixAllEdits, fixAllText, MAX_FIX_ROUNDS } from '../../../server/src/core/fixes';
import { registeredPatterns } from '../../../server/src/core/text';
import { rules } from '../../../server/src/rules';
import type { LintOptions } from '../../../server/src/core/types';
import { applyMutations, contractArb, markdownArb, mutationArb, optionsArb, proseArb, unicodeArb, vocabularyFrom } from './arbitraries';
import { contractFiles, SEEDS, type CorpusDoc } from './corpus';
import { checkFindings, checkFixPreserves, checkResult, describeInput } from './invariants';
import { HEAVY } from './budget';

const send = (m: object) => process.send!(m);
process.on('disconnect', () => process.exit(0)); // the test process is gone
const cpuTotal = () => {
  const c = process.cpuUsage();
  return Math.round((c.user + c.system) / 1000);
};
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A case whose lint calls use more CPU than this counts as a failure (the engine must terminate promptly). */
const CASE_LIMIT_MS = 10_000;

const ruleIds = rules.flatMap((r) => [r.meta.id, ...(r.meta.aliases ?? [])]);
const known = new Set(ruleIds);
const vocabulary = vocabularyFrom(registeredPatterns());
const corpus: CorpusDoc[] = [...SEEDS, ...contractFiles()];

let inputFile: string | undefined;
let engineCalls = 0;

/** Lints `text` with lintDocument (and every fourth time also lint(), which must agree); throws on any violation. */
export function checkLint(text: string, options: LintOptions, alsoLint: boolean): void {
  if (inputFile) fs.writeFileSync(inputFile, JSON.stringify({ text, options }));
  const c0 = process.cpuUsage();
  let violations: string[];
  try {
    const result = lintDocument(text, options);
    engineCalls++;
    violations = checkResult(text, options, result, { knownRuleIds: known, applyFixes: true });
    if (alsoLint) {
      const findings = lint(text, options);
      engineCalls++;
      violations.push(...checkFindings(text, options, findings, { knownRuleIds: known }));
      if (JSON.stringify(findings) !== JSON.stringify(result.findings)) violations.push('lint() and lintDocument() disagree on the same input (state kept between runs?)');
    }
  } catch (e) {
    violations = [`threw ${String((e as Error)?.stack ?? e).split('\n').slice(0, 6).join(' | ')}`];
  }
  const cpu = process.cpuUsage(c0);
  const ms = (cpu.user + cpu.system) / 1000;
  if (ms > CASE_LIMIT_MS) violations.push(`took ${ms.toFixed(0)} ms of CPU`);
  if (violations.length) throw new Error(`${violations.slice(0, 8).join('\n')}\n${describeInput(text, options)}`);
}

/**
 * Fix-all converges: the product's fix-all (core/fixes.ts fixAllText, what the CLI's --fix and the
 * editor's source.fixAll apply: rounds of preferred fixes until one changes nothing) applied to its
 * own result changes nothing, and it ends within MAX_FIX_ROUNDS rounds; its first round's edits and
 * every single fix leave the text outside their edits untouched.
 */
export function checkFixAll(text: string, options: LintOptions): void {
  if (inputFile) fs.writeFileSync(inputFile, JSON.stringify({ text, options }));
  const relint = (t: string) => {
    engineCalls++;
    return lintDocument(t, options);
  };
  const r1 = relint(text);
  const v = checkResult(text, options, r1, { knownRuleIds: known, applyFixes: true });
  v.push(...checkFixPreserves(text, fixAllEdits(r1.findings), 'fix-all (first round)'));
  const once = fixAllText(text, (t) => relint(t).findings, r1.findings);
  const r2 = relint(once.text);
  v.push(...checkResult(once.text, options, r2, { knownRuleIds: known, applyFixes: true }).map((x) => `after fix-all: ${x}`));
  const twice = fixAllText(once.text, (t) => relint(t).findings, r2.findings);
  if (twice.text !== once.text || once.rounds >= MAX_FIX_ROUNDS) {
    const culprits = [...new Set(r2.findings.filter((f) => f.fixes.some((x) => x.preferred)).map((f) => `${f.ruleId} at ${f.start}-${f.end} ("${once.text.slice(f.start, f.end)}" → ${JSON.stringify(f.fixes.find((x) => x.preferred)?.edits.map((e) => e.text))})`))];
    v.push(`fix-all is not idempotent (${once.rounds} rounds): applying it again changes the text; rules: ${culprits.slice(0, 4).join('; ')}`);
  }
  if (v.length) throw new Error(`${v.slice(0, 8).join('\n')}\n${describeInput(text, options)}`);
}

type PropertyName = 'unicode' | 'markdown' | 'markdown-deep' | 'contract' | 'mutation' | 'long-line' | 'fix-all-contract' | 'fix-all-mutation';

function property(name: PropertyName): fc.IAsyncProperty<[unknown, LintOptions, boolean]> {
  const opts = optionsArb(ruleIds);
  const coin = fc.integer({ min: 0, max: 3 }).map((n) => n === 0);
  const wrap = <T>(arb: fc.Arbitrary<T>, f: (x: T, o: LintOptions, c: boolean) => void) =>
    fc.asyncProperty(arb as fc.Arbitrary<unknown>, opts, coin, async (x, o, c) => {
      f(x as T, o, c);
      send({ op: 'tick' }); // feeds the parent's watchdog
      await yieldToEventLoop();
    });
  const mutated = fc.tuple(fc.nat({ max: Math.max(0, corpus.length - 1) }), fc.array(mutationArb(corpus.length), { minLength: 1, maxLength: 6 })).map(([i, ms]) => {
    const doc = corpus[i];
    return { text: applyMutations(doc.text, ms, corpus), format: doc.format };
  });
  switch (name) {
    case 'unicode':
      return wrap(unicodeArb(500), (t: string, o, c) => checkLint(t, o, c));
    case 'markdown':
      return wrap(markdownArb(vocabulary), (t: string, o, c) => checkLint(t, o, c));
    case 'markdown-deep':
      return wrap(markdownArb(vocabulary, { maxDepth: 60, maxBlocks: 30 }), (t: string, o, c) => checkLint(t, o, c));
    case 'contract':
      return wrap(contractArb(vocabulary), (t: string, o, c) => checkLint(t, o, c));
    case 'mutation':
      // the document's own format half of the time, so fixtures keep their meaning
      return wrap(mutated, (d: { text: string; format: LintOptions['format'] }, o, c) => checkLint(d.text, c ? o : { ...o, format: d.format }, c));
    case 'long-line':
      return wrap(
        fc.tuple(proseArb(vocabulary, 30), fc.integer({ min: 1_000, max: HEAVY ? 100_000 : 30_000 })).map(([p, n]) => p.replace(/[\r\n\u2028\u2029]/gu, ' ').repeat(Math.ceil(n / Math.max(1, p.length))).slice(0, n)),
        (t: string, o, c) => checkLint(t, o, c),
      );
    case 'fix-all-contract':
      return wrap(contractArb(vocabulary), (t: string, o) => checkFixAll(t, { ...o, rules: undefined, hiddenFalsePositives: undefined }));
    case 'fix-all-mutation':
      return wrap(mutated, (d: { text: string; format: LintOptions['format'] }, o) => checkFixAll(d.text, { format: d.format, jurisdiction: o.jurisdiction }));
  }
}

async function runProperty(name: PropertyName, numRuns: number, seed: number, file: string): Promise<void> {
  inputFile = file;
  engineCalls = 0;
  const prop = property(name);
  const details = await fc.check(prop, { numRuns, seed, interruptAfterTimeLimit: 20 * 60_000, markInterruptAsFailure: true });
  send({
    op: 'done',
    name,
    numRuns: details.numRuns,
    engineCalls,
    failed: details.failed,
    seed: details.seed,
    counterexamplePath: details.counterexamplePath,
    error: details.failed ? fc.defaultReportMessage(details)?.slice(0, 12_000) : undefined,
    cpuMs: cpuTotal(),
  });
}

/** Every corpus document through line-ending, BOM, NUL and surrogate transforms, in both formats and all jurisdictions. */
async function runCorpus(file: string): Promise<void> {
  inputFile = file;
  engineCalls = 0;
  const transforms: Array<[string, (t: string) => string]> = [
    ['as is', (t) => t],
    ['CRLF', (t) => t.replace(/\r?\n/gu, '\r\n')],
    ['CR', (t) => t.replace(/\r?\n/gu, '\r')],
    ['U+2028', (t) => t.replace(/\r?\n/gu, '\u2028')],
    ['mixed line breaks', (t) => { let i = 0; return t.replace(/\r?\n/gu, () => ['\n', '\r\n', '\r', '\u2029'][i++ % 4]); }],
    ['BOM', (t) => `\ufeff${t}`],
    ['NUL bytes', (t) => t.replace(/ /gu, (s, o: number) => (o % 7 === 0 ? '\u0000' : s))],
    ['lone surrogates', (t) => t.replace(/e/gu, (s, o: number) => (o % 5 === 0 ? '\ud800' : o % 5 === 1 ? '\udfff' : s))],
    ['astral letters', (t) => t.replace(/a/gu, '\u{1D44E}')],
    ['decomposed', (t) => t.normalize('NFD')],
    ['upper case', (t) => t.toUpperCase()],
    ['no line breaks', (t) => t.replace(/[\r\n]+/gu, ' ')],
    ['blockquoted', (t) => t.replace(/^/gmu, '> ')],
    ['in a list', (t) => t.replace(/^/gmu, '- ')],
  ];
  const failures: string[] = [];
  let cases = 0;
  let k = 0;
  for (const doc of corpus) {
    k++;
    // light runs: the original in every jurisdiction and both formats, plus two transforms in turn
    const picked = HEAVY ? transforms : [transforms[0], transforms[1 + ((2 * k) % (transforms.length - 1))], transforms[1 + ((2 * k + 1) % (transforms.length - 1))]];
    for (const [tname, tf] of picked) {
      const text = tf(doc.text);
      for (const format of ['markdown', 'plaintext'] as const) {
        if (!HEAVY && tname !== 'as is' && format !== doc.format) continue;
        for (const jurisdiction of [undefined, 'NL', 'NO', 'UK'] as const) {
          if (jurisdiction && (tname !== 'as is' || format !== doc.format)) continue; // every jurisdiction on the original only
          cases++;
          try {
            checkLint(text, { format, jurisdiction }, cases % 4 === 0);
          } catch (e) {
            if (failures.length < 10) failures.push(`${doc.name} [${tname}, ${format}${jurisdiction ? `, ${jurisdiction}` : ''}]: ${String((e as Error).message).slice(0, 1500)}`);
          }
          if (cases % 10 === 0) {
            send({ op: 'tick', runs: cases });
            await yieldToEventLoop();
          }
        }
      }
    }
  }
  send({ op: 'done', name: 'corpus', numRuns: cases, engineCalls, failed: failures.length > 0, error: failures.join('\n\n') || undefined, documents: corpus.length, cpuMs: cpuTotal() });
}

/** Checks fixed inputs one by one (the extremes of fuzz.test.ts), reporting each. */
async function runCheckList(m: { items: Array<{ text: string; options: LintOptions }>; from: number }): Promise<void> {
  for (let i = m.from; i < m.items.length; i++) {
    send({ op: 'start', i });
    await yieldToEventLoop();
    const c0 = process.cpuUsage();
    let failure = '';
    try {
      checkLint(m.items[i].text, m.items[i].options, true);
    } catch (e) {
      failure = String((e as Error).message).slice(0, 3000);
    }
    const d = process.cpuUsage(c0);
    send({ op: 'result', i, failure, cpuMs: (d.user + d.system) / 1000 });
  }
  send({ op: 'done' });
}

process.on('message', async (m: { op: string; name?: PropertyName; numRuns?: number; seed?: number; inputFile: string }) => {
  try {
    if (m.op === 'property') await runProperty(m.name!, m.numRuns!, m.seed!, m.inputFile);
    else if (m.op === 'corpus') await runCorpus(m.inputFile);
    else if (m.op === 'check-list') await runCheckList(m as unknown as { items: Array<{ text: string; options: LintOptions }>; from: number });
    else if (m.op === 'replay') {
      const { text, options } = JSON.parse(fs.readFileSync(m.inputFile, 'utf8')) as { text: string; options: LintOptions };
      checkLint(text, options, true);
      send({ op: 'done' });
    } else send({ op: 'error', message: `unknown op ${m.op}` });
  } catch (e) {
    send({ op: 'error', message: String((e as Error)?.stack ?? e) });
  }
});
