/**
 * The TextMate injection grammar (grammars/clauselint.injection.tmLanguage.json), tokenised with
 * vscode-textmate and vscode-oniguruma (the wasm from node_modules; offline) as VS Code would: injected
 * into Markdown (a stand-in with the built-in grammar's structure), plain text, and the contract language.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, parseRawGrammar, type IGrammar } from 'vscode-textmate';

const ROOT = path.join(__dirname, '..', '..');
const GRAMMARS: Record<string, string> = {
  'text.clauselint.injection': path.join(ROOT, 'grammars', 'clauselint.injection.tmLanguage.json'),
  'text.clauselint.contract': path.join(ROOT, 'grammars', 'contract.tmLanguage.json'),
  'text.html.markdown': path.join(__dirname, 'stubs', 'markdown.tmLanguage.json'),
  'text.plain': path.join(__dirname, 'stubs', 'plain.tmLanguage.json'),
};
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

let registry: Registry;
const grammars = new Map<string, IGrammar>();

beforeAll(async () => {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  // the injection targets exactly as package.json declares them (contributes.grammars[].injectTo)
  const injectTo: string[] = pkg.contributes.grammars.find((g: { scopeName: string }) => g.scopeName === 'text.clauselint.injection').injectTo;
  registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName) => {
      const file = GRAMMARS[scopeName];
      return file ? parseRawGrammar(fs.readFileSync(file, 'utf8'), file) : null;
    },
    getInjections: (scopeName) => (injectTo.includes(scopeName) ? ['text.clauselint.injection'] : undefined),
  });
  for (const scope of ['text.html.markdown', 'text.plain', 'text.clauselint.contract']) {
    const g = await registry.loadGrammar(scope);
    if (!g) throw new Error(`cannot load ${scope}`);
    grammars.set(scope, g);
  }
});

interface Token {
  text: string;
  scopes: string[];
}

function tokenize(text: string, root = 'text.plain'): Token[][] {
  const g = grammars.get(root)!;
  let stack = INITIAL;
  return text.split('\n').map((line) => {
    const r = g.tokenizeLine(line, stack);
    stack = r.ruleStack;
    return r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

/** The text of each maximal run of tokens carrying `scope` (a scope or a prefix of one, e.g. "support.constant.law-reference"). */
function scoped(text: string, scope: string, root = 'text.plain'): string[] {
  const out: string[] = [];
  for (const line of tokenize(text, root)) {
    let run = '';
    for (const t of line) {
      if (t.scopes.some((s) => s === scope || s.startsWith(`${scope}.`))) run += t.text;
      else if (run) {
        out.push(run);
        run = '';
      }
    }
    if (run) out.push(run);
  }
  return out;
}

const REF = 'support.constant.law-reference';
const DURATION = 'constant.numeric.duration.clauselint';
const HEADING = 'markup.heading.clause.clauselint';
const TITLE = 'entity.name.section.clause.clauselint';

describe('article references', () => {
  it.each([
    ['Dit beding is nietig op grond van art. 7:653 BW, zie ook de rechtspraak.', 'art. 7:653 BW'],
    ['Zoals bepaald in artikel 7:611 lid 1 BW handelt de werkgever als goed werkgever.', 'artikel 7:611 lid 1 BW'],
    ['Etter arbeidsmiljøloven § 14A-2 må klausulen være skriftlig.', 'arbeidsmiljøloven § 14A-2'],
    ['Kundeklausulen gjelder i høyst ett år, jf. aml. § 14 A-4.', 'aml. § 14 A-4'],
    ['Verwerking is alleen verenigbaar met het doel (AVG art. 6 lid 4).', 'AVG art. 6 lid 4'],
    ['Member States may provide more specific rules (GDPR Art. 88).', 'GDPR Art. 88'],
    ['Protected disclosures are covered by section 43J of the Employment Rights Act 1996.', 'section 43J of the Employment Rights Act 1996'],
    ['Se også §§ 14 A-1 og 14 A-4 i loven.', '§§ 14 A-1'],
  ])('%s', (line, ref) => {
    expect(scoped(line, REF)).toEqual([ref]);
  });

  it('does not scope words that merely contain "art" or a section of the contract itself', () => {
    expect(scoped('De startdatum is 1 maart; art deco is mooi.', REF)).toEqual([]);
    expect(scoped('As set out in section 4 of this Agreement.', REF)).toEqual([]);
  });
});

describe('durations', () => {
  it.each([
    ['gedurende twee (2) jaar na het einde', 'twee (2) jaar'],
    ['gedurende 24 maanden na het einde', '24 maanden'],
    ['i 18 måneder etter fratreden', '18 måneder'],
    ['for a period of eighteen (18) months following', 'eighteen (18) months'],
    ['a 12-month restricted period', '12-month'],
    ['binnen een periode van zes maanden', 'zes maanden'],
    ['ett år etter at arbeidsforholdet opphørte', 'ett år'],
  ])('%s', (line, duration) => {
    expect(scoped(line, DURATION)).toEqual([duration]);
  });

  it('needs a unit and a word boundary', () => {
    expect(scoped('Het salaris bedraagt 3000 euro; zie bijlage 2.', DURATION)).toEqual([]);
    expect(scoped('In 2024 jaarlijks te herzien.', DURATION)).toEqual([]);
  });
});

describe('clause headings', () => {
  it.each([
    ['Artikel 12 – Relatiebeding', 'Relatiebeding'],
    ['§ 7 Konkurranseklausul', 'Konkurranseklausul'],
    ['Clause 9 Non-solicitation', 'Non-solicitation'],
    ['12. Relatiebeding', 'Relatiebeding'],
    ['Article 4: Social Media', 'Social Media'],
  ])('plain text: %s', (line, title) => {
    expect(scoped(line, HEADING)).toEqual([line]);
    expect(scoped(line, TITLE)).toEqual([title]);
  });

  it('in a Markdown heading, after the hashes', () => {
    const text = '## Artikel 12 – Relatiebeding';
    expect(scoped(text, HEADING, 'text.html.markdown')).toEqual(['Artikel 12 – Relatiebeding']);
    expect(scoped(text, TITLE, 'text.html.markdown')).toEqual(['Relatiebeding']);
    // the Markdown heading scope is still there around it
    const tokens = tokenize(text, 'text.html.markdown')[0];
    expect(tokens.find((t) => t.text.includes('Relatiebeding'))!.scopes).toContain('markup.heading.markdown');
  });

  it('a sentence that starts with "Artikel 7" is a reference, not a heading', () => {
    const line = 'Artikel 7 van de cao is van toepassing.';
    expect(scoped(line, HEADING)).toEqual([]);
    expect(scoped(line, REF)).toEqual(['Artikel 7']);
  });
});

describe('where the injection applies', () => {
  const text = [
    '# Arbeidsovereenkomst',
    '',
    'Het is werknemer verboden gedurende drie (3) jaar (art. 7:653 BW).',
    '',
    '```',
    'Code: 24 maanden, art. 7:653 BW',
    '```',
    '',
    'Inline `24 maanden` code and <!-- 36 maanden --> a comment.',
  ].join('\n');

  it('Markdown prose, but not fenced code, inline code or comments', () => {
    expect(scoped(text, DURATION, 'text.html.markdown')).toEqual(['drie (3) jaar']);
    expect(scoped(text, REF, 'text.html.markdown')).toEqual(['art. 7:653 BW']);
  });

  it('the contract language (Markdown inside)', () => {
    expect(scoped(text, DURATION, 'text.clauselint.contract')).toEqual(['drie (3) jaar']);
    expect(scoped('## § 7 Konkurranseklausul', TITLE, 'text.clauselint.contract')).toEqual(['Konkurranseklausul']);
  });
});

describe('robustness', () => {
  it('tokenises long adversarial lines quickly', () => {
    const lines = [
      'art. '.repeat(5000),
      '§ 1 A-'.repeat(3000),
      `${'twee '.repeat(5000)}x`,
      `Artikel 12 ${'Aaaa '.repeat(3000)}`,
      `12. ${'Woord '.repeat(4000)}.`,
      '('.repeat(10000),
    ];
    const started = Date.now();
    for (const l of lines) tokenize(l);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('package.json contributes the grammars and the contract language', () => {
    const langs = pkg.contributes.languages as Array<{ id: string; extensions?: string[] }>;
    expect(langs.find((l) => l.id === 'contract')?.extensions).toEqual(['.contract.md', '.contract.txt']);
    const g = pkg.contributes.grammars as Array<{ scopeName: string; path: string; language?: string; injectTo?: string[] }>;
    expect(g.find((x) => x.language === 'contract')?.scopeName).toBe('text.clauselint.contract');
    expect(g.find((x) => x.scopeName === 'text.clauselint.injection')?.injectTo).toEqual(
      expect.arrayContaining(['text.html.markdown', 'text.plain', 'text.clauselint.contract']),
    );
    for (const x of g) expect(fs.existsSync(path.join(ROOT, x.path)), x.path).toBe(true);
  });
});
