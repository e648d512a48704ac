/**
 * What the scenarios need from the rest of the project, checked in one place. A scenario whose
 * prerequisite is missing is skipped with the reason printed here (vitest lists it as skipped), so the
 * suite runs everything that can run while the language server, client and examples are being built.
 * CLAUSELINT_E2E_STRICT=1 turns every such skip into a failure (use it once everything has landed).
 */
import { it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { currentPage, EXAMPLES, EXAMPLE_FILES, notUnderRunner, ROOT, screenshot } from './workbench';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const contributes = pkg.contributes ?? {};
// Titles may be "%key%" placeholders, localised in package.nls.json (the English shown by code-server).
const nlsFile = join(ROOT, 'package.nls.json');
const nls: Record<string, string> = existsSync(nlsFile) ? JSON.parse(readFileSync(nlsFile, 'utf8')) : {};
const localise = (t: string | undefined) => (t ?? '').replace(/^%(.+)%$/, (m, key: string) => nls[key] ?? m);
const commandTitles: string[] = (contributes.commands ?? []).map((c: { title: string; category?: string }) =>
  c.category ? `${localise(c.category)}: ${localise(c.title)}` : localise(c.title),
);
const configuration = [contributes.configuration ?? []].flat();
const settings = new Set<string>(configuration.flatMap((c: { properties?: object }) => Object.keys(c.properties ?? {})));

export const strict = process.env.CLAUSELINT_E2E_STRICT === '1';

/** Returns the reason a scenario cannot run yet, or undefined when it can. */
function missing(checks: Array<[boolean, string]>): string | undefined {
  const reasons = checks.filter(([ok]) => !ok).map(([, why]) => why);
  return reasons.length ? reasons.join('; ') : undefined;
}

const client = existsSync(join(ROOT, 'client/src/extension.ts')) && existsSync(join(ROOT, 'server/src/server.ts'));
const example = (lang: keyof typeof EXAMPLE_FILES): [boolean, string] => [
  existsSync(join(EXAMPLES, EXAMPLE_FILES[lang])),
  `examples/${EXAMPLE_FILES[lang]} is not written yet`,
];

export const needs = {
  runner: missing([[!notUnderRunner, notUnderRunner ?? '']]),
  client: missing([
    [!notUnderRunner, notUnderRunner ?? ''],
    [client, 'the language server and client (server/src/server.ts, client/src/extension.ts) are not built yet'],
  ]),
  example(lang: keyof typeof EXAMPLE_FILES) {
    return missing([[!notUnderRunner, notUnderRunner ?? ''], [client, 'no language client yet'], example(lang)]);
  },
  command(title: string, lang: keyof typeof EXAMPLE_FILES = 'nl') {
    return missing([
      [!notUnderRunner, notUnderRunner ?? ''],
      [client, 'no language client yet'],
      example(lang),
      [commandTitles.some((t) => t.toLowerCase() === title.toLowerCase()), `package.json contributes no command "${title}" yet`],
    ]);
  },
  setting(key: string, lang: keyof typeof EXAMPLE_FILES = 'nl') {
    return missing([
      [!notUnderRunner, notUnderRunner ?? ''],
      [client, 'no language client yet'],
      example(lang),
      [settings.has(key), `package.json contributes no setting "${key}" yet`],
    ]);
  },
};

/**
 * `it` for a scenario with a prerequisite: runs when `reason` is undefined, else is skipped with the
 * reason in its name (under CLAUSELINT_E2E_STRICT=1 it runs anyway, and so fails where it is missing).
 */
export function scenario(name: string, reason: string | undefined, fn: () => Promise<void>, timeout?: number): void {
  if (reason && !strict) it.skip(`${name} — SKIPPED: ${reason}`, fn);
  else
    it(name, async () => {
      try {
        await fn();
      } catch (e) {
        // What the page showed when it failed: test/e2e/artifacts/FAILED-<scenario>.png
        const slug = name.replace(/[^A-Za-z0-9]+/g, '-').slice(0, 60);
        if (currentPage) await screenshot(currentPage, `FAILED-${slug}`).catch(() => undefined);
        throw e;
      }
    }, timeout);
}

/** Whether a scenario with this skip reason runs (so its beforeAll must open the workbench). */
export function willRun(...reasons: Array<string | undefined>): boolean {
  return strict || reasons.some((r) => !r);
}
