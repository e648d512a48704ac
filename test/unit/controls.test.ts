/** Disable comments, per-rule settings, hiddenFalsePositives, overrides and the size guard of lint(). */
import { describe, expect, it } from 'vitest';
import { lint, lintDocument } from '../../server/src/core/lint';
import { parseConfigText, stripJsonComments, isIgnored } from '../../server/src/core/config';
import { isKnownRuleId } from '../../server/src/rules';

const CLAUSE = 'Het is werknemer verboden gedurende drie (3) jaar na het einde van de arbeidsovereenkomst contact te onderhouden met relaties van werkgever.';
const doc = (...lines: string[]) => `# Arbeidsovereenkomst\n\nDeze overeenkomst is aangegaan voor onbepaalde tijd.\n\n## Artikel 12 – Relatiebeding\n\n${lines.join('\n')}\n`;
const ids = (text: string, opts = {}) => lint(text, opts).map((f) => `${f.line}:${f.ruleId}`);

describe('disable comments', () => {
  it('baseline: the clause is flagged', () => {
    expect(ids(doc(CLAUSE))).toContain('7:restraint-duration');
  });
  it('disable-next-line silences the next non-blank line for the named rule only', () => {
    expect(ids(doc('<!-- clauselint-disable-next-line restraint-duration -->', CLAUSE))).not.toContain('8:restraint-duration');
    expect(ids(doc('<!-- clauselint-disable-next-line restraint-duration -->', '', CLAUSE))).not.toContain('9:restraint-duration');
    expect(ids(doc('<!-- clauselint-disable-next-line passive-contact-ban -->', CLAUSE))).toContain('8:restraint-duration');
  });
  it('disable-next-line without ids silences every rule on that line, not the one after', () => {
    expect(lint(doc('<!-- clauselint-disable-next-line -->', CLAUSE)).filter((f) => f.line === 8)).toEqual([]);
    expect(ids(doc('<!-- clauselint-disable-next-line -->', 'Niets.', '', CLAUSE))).toContain('10:restraint-duration');
  });
  it('disable-line silences its own line', () => {
    expect(ids(doc(`${CLAUSE} <!-- clauselint-disable-line restraint-duration -->`))).not.toContain('7:restraint-duration');
  });
  it('disable … enable is a region; an unclosed disable runs to the end of the file', () => {
    const region = doc('<!-- clauselint-disable restraint-duration -->', '', CLAUSE, '', '<!-- clauselint-enable restraint-duration -->', '', CLAUSE);
    expect(ids(region).filter((x) => x.endsWith('restraint-duration'))).toEqual(['13:restraint-duration']);
    const open = doc('<!-- clauselint-disable restraint-duration -->', '', CLAUSE, '', CLAUSE);
    expect(ids(open).filter((x) => x.endsWith('restraint-duration'))).toEqual([]);
  });
  it('enable without ids ends a disable of a named rule', () => {
    const region = doc('<!-- clauselint-disable restraint-duration -->', '', CLAUSE, '', '<!-- clauselint-enable -->', '', CLAUSE);
    expect(ids(region).filter((x) => x.endsWith('restraint-duration'))).toEqual(['13:restraint-duration']);
  });
  it('plain text accepts the bare directive on its own line, Markdown does not', () => {
    const txt = `ARBEIDSOVEREENKOMST\n\nArtikel 12 Relatiebeding\n\nclauselint-disable-next-line restraint-duration\n${CLAUSE}\n`;
    expect(ids(txt, { format: 'plaintext' }).filter((x) => x.endsWith('restraint-duration'))).toEqual([]);
    expect(ids(txt.replace('clauselint-disable-next-line restraint-duration\n', ''), { format: 'plaintext' })).toContain('5:restraint-duration');
  });
  it('a directive inside the text is not matched by the rules (comments are masked)', () => {
    const r = lintDocument(doc('<!-- drie (3) jaar relatiebeding verboden na het einde contact relaties -->'));
    expect(r.findings).toEqual([]);
  });
});

describe('options', () => {
  it('rules: off and severity override, also by alias-free id', () => {
    expect(ids(doc(CLAUSE), { rules: { 'restraint-duration': 'off' } })).not.toContain('7:restraint-duration');
    const f = lint(doc(CLAUSE), { rules: { 'restraint-duration': 'info' } }).find((x) => x.ruleId === 'restraint-duration');
    expect(f?.severity).toBe('info');
  });
  it('jurisdiction and language overrides change severity and message language', () => {
    const no = lint(doc(CLAUSE), { jurisdiction: 'NO' }).find((x) => x.ruleId === 'restraint-duration')!;
    expect(no.severity).toBe('error');
    expect(no.jurisdiction).toBe('NO');
    const en = lint(doc(CLAUSE), { lang: 'en' }).find((x) => x.ruleId === 'restraint-duration')!;
    expect(en.message).toMatch(/months/u);
  });
  it('hiddenFalsePositives hides findings in sentences containing the text (case-insensitive)', () => {
    expect(ids(doc(CLAUSE), { hiddenFalsePositives: [{ rule: 'restraint-duration', text: 'RELATIES VAN WERKGEVER' }] })).not.toContain('7:restraint-duration');
    expect(ids(doc(CLAUSE), { hiddenFalsePositives: [{ rule: 'restraint-duration', text: 'iets anders' }] })).toContain('7:restraint-duration');
  });
  it('maxLength skips with a reason instead of linting', () => {
    const r = lintDocument(doc(CLAUSE), { maxLength: 10 });
    expect(r.findings).toEqual([]);
    expect(r.skipped).toMatch(/more than the limit of 10/u);
  });
  it('positions are 1-based and consistent with offsets, with CRLF too', () => {
    const text = doc(CLAUSE).replace(/\n/gu, '\r\n');
    const f = lint(text).find((x) => x.ruleId === 'restraint-duration')!;
    expect(text.slice(f.start, f.end)).toBe('drie (3) jaar');
    expect(f.line).toBe(7);
    const lineStart = text.split('\r\n').slice(0, 6).join('\r\n').length + 2;
    expect(f.column).toBe(f.start - lineStart + 1);
  });
});

describe('.clauselintrc.json parsing', () => {
  const parse = (t: string) => parseConfigText(t, '/w/.clauselintrc.json', isKnownRuleId);
  it('reads the documented keys', () => {
    const { config, problems } = parse('{"jurisdiction":"nl","language":"nb","rules":{"restraint-duration":"error"},"ignore":["old/**"],"maxFileSize":5}');
    expect(problems).toEqual([]);
    expect(config).toMatchObject({ jurisdiction: 'NL', language: 'no', ignore: ['old/**'], maxFileSize: 5 });
    expect(config.rules['restraint-duration']).toBe('error');
  });
  it('accepts comments and trailing commas (JSONC)', () => {
    const { config, problems } = parse('{\n // the law\n "jurisdiction": "UK", /* x */\n}');
    expect(problems).toEqual([]);
    expect(config.jurisdiction).toBe('UK');
    expect(stripJsonComments('{"a":"// not a comment"}')).toBe('{"a":"// not a comment"}');
  });
  it('names the file and key of each problem and falls back', () => {
    const { config, problems } = parse('{"jurisdiction":"DE","rules":{"nope":"off","restraint-duration":3},"extra":1,"ignore":"x"}');
    expect(problems.map((p) => p.key).sort()).toEqual(['extra', 'ignore', 'jurisdiction', 'rules.nope', 'rules.restraint-duration']);
    for (const p of problems) expect(p.file).toBe('/w/.clauselintrc.json');
    expect(config.jurisdiction).toBeUndefined();
    expect(Object.keys(config.rules)).toEqual([]);
    expect(config.ignore).toEqual([]);
  });
  it('rejects non-objects and invalid JSON with defaults', () => {
    for (const t of ['[]', '42', 'null', '{', '']) {
      const { config, problems } = parse(t);
      expect(problems[0].key).toBe('(root)');
      expect(config.rules).toBeDefined();
    }
  });
  it('ignores __proto__ and cannot pollute prototypes', () => {
    const { config } = parse('{"__proto__":{"polluted":1},"rules":{"__proto__":{"polluted":2},"constructor":"off"}}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(config.rules)).toEqual([]);
  });
  it('matches ignore globs', () => {
    expect(isIgnored('old/a/b.md', ['old/**'])).toBe(true);
    expect(isIgnored('x/draft.md', ['draft.md'])).toBe(true);
    expect(isIgnored('x/final.md', ['draft*.md'])).toBe(false);
  });
});

describe('JSONC', () => {
  it('removes trailing commas outside strings only', () => {
    expect(JSON.parse(stripJsonComments('{",]": [1, 2,], "a,}": {"b": 1, /* c */ }, // x\n}'))).toEqual({ ',]': [1, 2], 'a,}': { b: 1 } });
  });
});
