/**
 * Adversarial whole documents of about 100 KB per language: the lint() counterpart of the per-regex
 * inputs. Each puts a pathological line inside a restraint clause, so that the extractors and the rules
 * (not only the parser) run over it, or stresses the Markdown structure (nesting, tables, emphasis).
 */
import type { DocFormat, Lang } from '../../../server/src/core/types';
import { fill } from './adversarial';

export const DOC_SIZE = 100_000;

interface Vocab {
  title: string;
  ban: string;
  number: string;
  unit: string;
  after: string;
  object: string;
  clause: (n: number) => string;
}

const VOCAB: Record<Lang, Vocab> = {
  nl: {
    title: '## Artikel 12 – Relatiebeding',
    ban: 'Het is werknemer verboden gedurende',
    number: 'twee',
    unit: 'jaar',
    after: 'na het einde van de arbeidsovereenkomst',
    object: 'contact te onderhouden met klanten van werkgever.',
    clause: (n) => `## Artikel ${n} – Concurrentiebeding\n\nHet is werknemer verboden gedurende drie (3) jaar na het einde van de arbeidsovereenkomst werkzaam te zijn bij een concurrent.\n\n`,
  },
  no: {
    title: '## § 7 Konkurranseklausul',
    ban: 'Arbeidstakeren skal ikke i',
    number: 'to',
    unit: 'år',
    after: 'etter fratreden',
    object: 'ta ansettelse hos en konkurrerende virksomhet.',
    clause: (n) => `## § ${n} Kundeklausul\n\nArbeidstakeren skal ikke i 18 måneder etter fratreden kontakte selskapets kunder.\n\n`,
  },
  en: {
    title: '## 9. Non-solicitation',
    ban: 'The Employee shall not for',
    number: 'two',
    unit: 'years',
    after: 'after the Termination Date',
    object: 'solicit any Client of the Company.',
    clause: (n) => `## ${n}. Non-compete\n\nThe Employee shall not for three (3) years after the Termination Date compete with the Company.\n\n`,
  },
};

export interface AdversarialDoc {
  name: string;
  lang: Lang | 'any';
  format: DocFormat;
  text: string;
  /** Markdown-structure stress (parser), as opposed to a pathological line for the regexes. */
  structural?: boolean;
}

/** One pathological line inside a restraint clause, in a document of about DOC_SIZE characters. */
function inClause(v: Vocab, line: string): string {
  return `# Contract\n\n${v.title}\n\n${line}\n`;
}

export function adversarialDocuments(): AdversarialDoc[] {
  const docs: AdversarialDoc[] = [];
  const L = DOC_SIZE - 300;
  for (const lang of ['nl', 'no', 'en'] as const) {
    const v = VOCAB[lang];
    const lines: Array<[string, string]> = [
      ['repeated number words', `${v.ban} ${fill(`${v.number} `, L)}${v.unit} ${v.after} ${v.object}`],
      ['repeated "number (2)"', `${v.ban} ${fill(`${v.number} (2) `, L)}${v.unit} ${v.after} ${v.object}`],
      ['repeated units', `${v.ban} 2 ${fill(`${v.unit} `, L)}${v.after} ${v.object}`],
      ['repeated "2 unit"', `${v.ban} ${fill(`2 ${v.unit} `, L)}${v.after} ${v.object}`],
      ['repeated "2 unit, "', `${v.ban} ${fill(`3 ${v.unit}, `, L)}${v.after} ${v.object}`],
      ['digit run', `${v.ban} ${fill('1', L)} ${v.unit} ${v.after} ${v.object}`],
      ['digit groups', `${v.ban} ${fill('100.', L)}000 ${v.unit} ${v.after} ${v.object}`],
      ['digits and spaces', `${v.ban} ${fill('1 ', L)}${v.unit} ${v.after} ${v.object}`],
      ['hyphenated units', `${v.ban} ${fill('12-month-', L)} ${v.after} ${v.object}`],
      ['and a half chain', `${v.ban} a year ${fill('and a half ', L)}${v.after} ${v.object}`],
      ['nested parentheses', `${v.ban} ${v.number} ${fill('(2) ', L)}${v.unit} ${v.after} ${v.object}`],
      ['open parentheses', `${v.ban} ${fill('(', L)}2 ${v.unit} ${v.after}`],
      ['long white space', `${v.ban}${fill(' ', L)}${v.number} ${v.unit} ${v.after} ${v.object}`],
      ['long tab and nbsp run', `${v.ban} ${v.number}${fill('\t\u00a0', L)}${v.unit} ${v.after} ${v.object}`],
      ['repeated after-phrase', `${v.ban} ${v.number} ${v.unit} ${fill(`${v.after} `, L)}${v.object}`],
      ['repeated prohibition', `${fill(`${v.ban} `, L)}${v.number} ${v.unit} ${v.after} ${v.object}`],
      ['one letter run', `${v.ban} ${fill('a', L)}!`],
      ['dots', `${v.ban} ${fill('. ', L)}${v.number} ${v.unit} ${v.after}`],
      ['sentence per word', `${fill(`${v.number} ${v.unit}. A `, L)}${v.after}`],
      ['many durations one sentence', `${v.ban} ${fill(`${v.number} ${v.unit} ${v.after}, `, L)}${v.object}`],
      ['directive comments', `${fill('<!-- clauselint-disable-next-line restraint-duration --> ', L)}`],
      ['unclosed directive', `<!-- clauselint-disable ${fill('restraint-duration ', L)}`],
      ['URL and e-mail run', `${v.ban} ${fill('https://linkedin.com/in/a-', L)} ${v.number} ${v.unit} ${v.after}`],
      ['emoji and combining marks', `${v.ban} ${fill('e\u0301\u{1F600}', L)} ${v.number} ${v.unit} ${v.after}`],
    ];
    for (const [name, line] of lines) {
      docs.push({ name: `${lang}: ${name}`, lang, format: 'markdown', text: inClause(v, line) });
      docs.push({ name: `${lang}: ${name}`, lang, format: 'plaintext', text: inClause(v, line).replace(/^#+ /gmu, '') });
    }
    // many restraint clauses, each with a finding and a fix: per-finding costs show up here
    let many = '# Contract\n\n';
    for (let n = 1; many.length < DOC_SIZE; n++) many += v.clause(n);
    docs.push({ name: `${lang}: many clauses with findings`, lang, format: 'markdown', text: many });
    docs.push({ name: `${lang}: many clauses with findings`, lang, format: 'plaintext', text: many.replace(/^#+ /gmu, '') });
    // one clause, hundreds of sentences each with a finding
    const sentence = `${v.ban} 3 ${v.unit} ${v.after} ${v.object} `;
    docs.push({ name: `${lang}: one clause, many findings`, lang, format: 'markdown', text: inClause(v, fill(sentence, L)) });
  }
  const s = (name: string, text: string) => docs.push({ name, lang: 'any', format: 'markdown', text, structural: true });
  const staircase = (prefix: (i: number) => string) => {
    const out: string[] = [];
    let n = 0;
    for (let i = 0; n < DOC_SIZE; i++) {
      const line = `${prefix(i)} a`;
      out.push(line);
      n += line.length + 1;
    }
    return out.join('\n');
  };
  s('blockquote 10,000 deep, one line', `${'> '.repeat(10_000)}Het is werknemer verboden gedurende drie jaar na het einde.`);
  s('blockquote staircase', staircase((i) => '>'.repeat(i + 1)));
  s('list staircase', staircase((i) => `${'  '.repeat(i)}-`));
  s('ordered list staircase', staircase((i) => `${'   '.repeat(i)}1.`));
  s('list markers on one line', `${'- '.repeat(20_000)}a`);
  s('table with 10,000 columns', `| ${'a | '.repeat(10_000)}\n| ${'--- | '.repeat(10_000)}\n| ${'b | '.repeat(10_000)}\n`);
  s('table with 5,000 rows', `| a | b |\n| --- | --- |\n${'| twee jaar | na het einde |\n'.repeat(3_500)}`);
  s('emphasis 10,000 deep', `${'*'.repeat(10_000)}a${'*'.repeat(10_000)}`);
  s('unbalanced emphasis', fill('*a _b ', DOC_SIZE));
  s('links 10,000 deep', `${'['.repeat(10_000)}a${'](b)'.repeat(10_000)}`);
  s('unclosed links', fill('[a](', DOC_SIZE));
  s('link references', fill('[a][b] ', DOC_SIZE));
  s('inline HTML', fill('<span a="b"> ', DOC_SIZE));
  s('unclosed HTML comment', `<!-- ${fill('a -- ', DOC_SIZE)}`);
  s('code fences, unclosed', fill('```\n', DOC_SIZE));
  s('backtick runs', fill('`` ` ', DOC_SIZE));
  s('headings', fill('# a\n', DOC_SIZE));
  s('setext headings', fill('a\n=\n', DOC_SIZE));
  s('hard breaks', fill('a  \n', DOC_SIZE));
  s('entities', fill('&amp;&#123;&#x1F600;', DOC_SIZE));
  s('autolinks', fill('www.a.b ', DOC_SIZE));
  s('escapes', fill('\\*', DOC_SIZE));
  return docs;
}
