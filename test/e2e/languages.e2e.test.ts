// Scenario 4 of issue 7: the Norwegian and English examples get their messages in Norwegian and English.
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { needs, scenario, willRun } from './support/features';
import { ariaPrefix, counts, lint } from './support/oracle';
import {
  EXAMPLE_FILES, exampleExists, goTo, openFile, openWorkbench, problemRows, readExample, recordTiming, screenshot, until,
  waitForCounts, waitForFirstDiagnostic, waitForSquiggle, type Session,
} from './support/workbench';

// Words that show a message is in that language and not in one of the other two.
const MARKERS = {
  no: /\b(og|ikke|måneder|år|arbeidsgiver|arbeidstaker|klausul|etter|gjelder|kan|skal)\b|[æøå]/i,
  en: /\b(the|and|months?|years?|employer|employee|clause|after|may|must|is)\b/i,
} as const;
const NOT = {
  no: /\b(maanden|werkgever|werknemer|het|een|de)\b/i,
  en: /\b(maanden|werkgever|måneder|arbeidsgiver|ikke)\b|[æøå]/i,
} as const;

// One workbench (window, extension host, server) per language, so the status bar counts only that file.
for (const lang of ['no', 'en'] as const) {
  const file = EXAMPLE_FILES[lang];
  const language = lang === 'no' ? 'Norwegian' : 'English';
  describe.skipIf(!!needs.runner)(`${language} contract`, () => {
    let s: Session;
    beforeAll(async () => {
      if (willRun(needs.example(lang))) s = await openWorkbench(`lang-${lang}`);
    });
    afterAll(async () => {
      await s?.close();
    });

    scenario(`4. ${file}: messages in ${language}`, needs.example(lang), async () => {
      const text = exampleExists(file) ? readExample(file) : '';
      const expected = lint(text);
      expect(expected.length, `lint() finds nothing in examples/${file}`).toBeGreaterThan(0);
      expect(expected.every((f) => f.lang === lang)).toBe(true);

      const chosenAt = await openFile(s.page, file);
      const firstAt = await waitForFirstDiagnostic(s.page);
      recordTiming(`time to first diagnostic (${lang.toUpperCase()} example, cold)`, firstAt - chosenAt);
      await waitForCounts(s.page, counts(expected));

      const rows = await until('Problems rows', async () => {
        const r = await problemRows(s.page);
        return r.length >= Math.min(expected.length, 3) ? r : undefined;
      });
      for (const row of rows) {
        expect(expected.some((f) => row.aria.startsWith(ariaPrefix(f))), `row "${row.aria}" is none of lint()'s findings`).toBe(true);
        const message = row.aria.replace(/^(Error|Warning|Info): /, '').replace(/ at line \d+ and character \d+.*$/, '');
        expect(message).toMatch(MARKERS[lang]);
        expect(message).not.toMatch(NOT[lang]);
      }
      await goTo(s.page, expected[0].line, expected[0].column);
      await waitForSquiggle(s.page);
      await screenshot(s.page, `05-${lang}-diagnostics`);
    });
  });
}
