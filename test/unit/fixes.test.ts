/** Fix-all as the CLI and the editor apply it (core/fixes.ts): rounds until nothing changes, sent as one edit. */
import { describe, expect, it } from 'vitest';
import { lintDocument } from '../../server/src/core/lint';
import { applyEdits, diffEdit, fixAllEdits, fixAllText } from '../../server/src/core/fixes';

describe('fixAllText', () => {
  // found by `npm run fuzz` (seed 145554516): a mutated fixture with U+2029 for its line breaks. The
  // profile-content-ban fix replaces a unit that holds the lead-in of the list below it; only then does
  // the linkedin-cleanup item get a fix of its own, so one round of fix-all is not a fixed point
  const text = "!-- fixture: jurisdiction=NO lang=no -->\u2029> # Arbeidsavtale\u2029> \u2029> Mellom S\u00f8rlandet Regnskap AS (\u00abSelskapet\u00bb) og Marte Lie (\u00abarbeidstakeren\u00bb).\u2029> \u2029> ## 10 Profiler i sosiale medier\u2029> \u2029> 10.1 Arbeidstakeren skal ikke skrive p\u00e5 LinkedIn hvilken stilling hun har i Selskapet. <!-- expect: profile-content-ban -->\u2029> \u2029> 10.2 Det er ikke tillatt \u00e5 f\u00f8re opp arbeidsgiveren som n\u00e5v\u00e6rende arbeidsgiver p\u00e5 profiler i sosiale medier. <!-- expect: profile-content-ban -->\u2029> \u2029> 10.3 Sertifikater og kurs som Selskapet har betalt for, skal ikke vises p\u00e5 LinkedIn. <!-- expect: profile-content-ban -->\u2029> \u2029> 10.4 Ansatte skal ikke legge ut noe p\u00e5 sine profiler om hvilke arbeidsoppgaver de har. <!-- expect: profile-content-ban -->\u2029> \u2029> 10.5 F\u00f8lgende skal ikke oppgis p\u00e5 LinkedIn eller Facebook:\u2029> \u2029> - stillingstittel; <!-- expect: profile-content-ban -->\u2029> - navnet p\u00e5 Selskapet. <!-- expect: profile-content-ban -->\u2029> \u2029> ## 11 Tillatt\u2029> \u2029> 11.1 Arbeidstakeren skal ikke dele fortrolige opplysninger om kunder p\u00e5 LinkedIn.\u2029> \u2029> 11.2 Stillingstittelen som oppgis p\u00e5 LinkedIn, skal v\u00e6re den samme som i arbeidsavtalen.\u2029> \u2029> 11.3 Etter fratreden skal arbeidstakeren fjerne Selskapet som n\u00e5v\u00e6rende arbeidsgiver fra profilen.\u2029> \u2029> 11.4 Arbeidstakeren st\u00e5r fritt til \u00e5 oppgi stilling og arbeidsgiver p\u00e5 sin LinkedIn-profil.\u2029> \u2029> 11.5 Arbeidstakeren skal ikke gi inntrykk av \u00e5 ha en h\u00f8yere stilling enn den hun har.\u2029> ";
  const relint = (t: string) => lintDocument(t, { format: 'markdown' }).findings;
  it('repeats until a round changes nothing, and its result is a fixed point', () => {
    const once = fixAllText(text, relint);
    const oneRound = applyEdits(text, fixAllEdits(relint(text)));
    expect(once.rounds).toBe(2);
    expect(once.text).not.toBe(oneRound);
    expect(fixAllText(once.text, relint)).toEqual({ text: once.text, rounds: 0, findings: relint(once.text) });
  });
  it('diffEdit gives one edit that turns the text into the fixed text', () => {
    const after = fixAllText(text, relint).text;
    const e = diffEdit(text, after)!;
    expect(applyEdits(text, [e])).toBe(after);
    expect(text.slice(0, e.start)).toBe(after.slice(0, e.start));
    expect(diffEdit(after, after)).toBeUndefined();
  });
  it('diffEdit never splits a surrogate pair', () => {
    const e = diffEdit('a\u{1F600}b', 'a\u{1F601}b')!;
    expect(e).toEqual({ start: 1, end: 3, text: '\u{1F601}' });
  });
});

describe('passive-contact-ban fix and numbers', () => {
  // found by `npm run fuzz` (seed 145554515): the deletion of the passive part ran to the point of
  // "1.5 jaar", cutting the duration in two; the restraint-duration fix then rewrote what was left
  const text =
    '## Artikel 12 – Relatiebeding\n\nHet is werknemer verboden gedurende 1 jaar na het einde van de arbeidsovereenkomst contact te onderhouden met relaties van werkgever. whether or not solicited by the employee 1.5 jaar\n';
  it('does not delete into a decimal number', () => {
    const findings = lintDocument(text, { format: 'markdown' }).findings;
    const at = text.indexOf('1.5');
    for (const f of findings.filter((x) => x.ruleId === 'passive-contact-ban')) {
      for (const fix of f.fixes) for (const e of fix.edits) expect(e.end <= at || e.start >= at + 3, JSON.stringify(e)).toBe(true);
    }
    // one round shortens the duration, which lets the next delete the passive part up to the end
    const relint = (t: string) => lintDocument(t, { format: 'markdown' }).findings;
    const fixed = fixAllText(text, relint);
    expect(fixed.text).toContain('relaties van werkgever.\n');
    expect(fixed.text).not.toMatch(/solicited|(?<![\d.])5 jaar/u);
    expect(fixAllText(fixed.text, relint).rounds).toBe(0);
  });
});
