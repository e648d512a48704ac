/**
 * The documents the security tests start from: the example contracts and the rule fixtures (globbed at
 * run time, so new ones are covered without touching the tests) and a few built-in seeds in nl, no and
 * en that trigger findings with fixes even before any fixture exists.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DocFormat } from '../../../server/src/core/types';

/** The repository (CLAUSELINT_ROOT in a bundled child process, whose __dirname is a temporary folder). */
export const ROOT = process.env.CLAUSELINT_ROOT ?? path.join(__dirname, '..', '..', '..');

export interface CorpusDoc {
  /** Path relative to the repository, or "seed:<name>". */
  name: string;
  text: string;
  format: DocFormat;
}

const CONTRACT_EXT = /\.(?:md|markdown|txt)$/iu;

function walk(dir: string, out: string[]): void {
  if (!fs.existsSync(dir)) return;
  for (const ent of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, ent.name);
    if (ent.isDirectory()) {
      if (ent.name !== 'node_modules' && !ent.name.startsWith('.')) walk(full, out);
    } else if (ent.isFile() && CONTRACT_EXT.test(ent.name)) out.push(full);
  }
}

export const formatOf = (file: string): DocFormat => (/\.txt$/iu.test(file) ? 'plaintext' : 'markdown');

/** Every example contract and fixture file (fixed outputs included), read now. */
export function contractFiles(): CorpusDoc[] {
  const files: string[] = [];
  walk(path.join(ROOT, 'examples'), files);
  walk(path.join(ROOT, 'test', 'fixtures'), files);
  return files.map((f) => ({
    name: path.relative(ROOT, f).split(path.sep).join('/'),
    text: fs.readFileSync(f, 'utf8'),
    format: formatOf(f),
  }));
}

/** Folders the CLI and server tests lint as a whole. */
export function contractFolders(): string[] {
  return [path.join(ROOT, 'examples'), path.join(ROOT, 'test', 'fixtures')].filter((d) => fs.existsSync(d));
}

export const SEEDS: CorpusDoc[] = [
  {
    name: 'seed:nl-arbeidsovereenkomst',
    format: 'markdown',
    text: `# Arbeidsovereenkomst

Deze arbeidsovereenkomst wordt aangegaan voor bepaalde tijd van twaalf (12) maanden. Op deze overeenkomst is Nederlands recht van toepassing.

## Artikel 11 – Concurrentiebeding

Het is werknemer verboden gedurende drie (3) jaar na het einde van de arbeidsovereenkomst in dienst te treden bij een concurrent van werkgever, binnen een straal van 50 km.

## Artikel 12 – Relatiebeding

<!-- clauselint-disable-next-line restraint-scope-undefined -->
Het is werknemer verboden gedurende 36 maanden na het einde van de arbeidsovereenkomst contact te onderhouden met relaties van werkgever met wie werknemer in de laatste 12 maanden zakelijk contact had.

* Werknemer zal gedurende **anderhalf jaar** na uitdiensttreding geen klanten benaderen.
* Bij overtreding verbeurt werknemer een boete van € 5.000 per dag.

| Beding | Duur |
| --- | --- |
| Anti-ronselbeding | twee jaar na het einde van het dienstverband |

## Artikel 13 – Sociale media

Werknemer draagt bij uitdiensttreding zijn LinkedIn-profiel en alle connecties over aan werkgever en verwijdert binnen 24 uur alle berichten over werkgever.
`,
  },
  {
    name: 'seed:no-arbeidsavtale',
    format: 'markdown',
    text: `# Arbeidsavtale

Arbeidstakeren ansettes i midlertidig stilling. Avtalen reguleres av norsk rett.

## § 7 Konkurranseklausul

Arbeidstakeren skal ikke i en periode på 18 måneder etter fratreden ta ansettelse hos en konkurrerende virksomhet.

## § 8 Kundeklausul

Arbeidstakeren forplikter seg til ikke å kontakte selskapets kunder i to år etter at arbeidsforholdet er avsluttet.
1. Klausulen gjelder også ved oppsigelse fra arbeidsgiver.
2. Arbeidstakeren skal levere LinkedIn-kontoen og passordet til selskapet ved fratreden.

> Karenstid: tjuefire måneder etter arbeidsforholdets opphør.
`,
  },
  {
    name: 'seed:en-employment-agreement',
    format: 'markdown',
    text: `# Employment Agreement

This Agreement is governed by the laws of England and Wales.

## 9. Restrictive Covenants

9.1 For eighteen (18) months following the Termination Date the Employee shall not solicit any Client with whom the Employee had material dealings in the 12 months prior to the Termination Date.

9.2 The Employee shall not, for a period of two years after the termination of employment, be engaged, concerned or interested in any competing business.

9.3 The Employee shall not employ or engage any key employee for 24-month after leaving.

\`\`\`
9.4 For three years after termination the Employee shall not compete.
\`\`\`

## 10. Social media

On termination the Employee shall transfer their LinkedIn account, connections and password to the Company and delete any post mentioning the Company.
`,
  },
  {
    name: 'seed:nl-plaintext',
    format: 'plaintext',
    text: `ARBEIDSOVEREENKOMST\r\n\r\nArtikel 5 – Relatiebeding\r\nclauselint-disable-next-line restraint-duration\r\nHet is werknemer verboden gedurende vier (4) jaar na het einde van de arbeidsovereenkomst klanten te benaderen.\r\nHet is werknemer verboden gedurende twee jaren na het einde van de arbeidsovereenkomst klanten te benaderen.\r\n\r\n12. Concurrentiebeding\rHet is werknemer verboden gedurende 30 maanden na uitdiensttreding werkzaam te zijn bij een concurrent.\u2028Einde.\n`,
  },
  {
    name: 'seed:en-raw-html',
    format: 'markdown',
    text: `# Employment Agreement

<pre>
The Employee shall not for three years after termination compete.
</pre>

<script type="text/plain">
For 36 months after leaving the Employee shall not solicit customers.
</script>

<div>
<!-- clauselint-disable restraint-duration -->
</div>

## 4. Non-compete

<textarea>unclosed raw block

The Employee shall not for five (5) years after the Termination Date compete with the Company.
`,
  },
  {
    name: 'seed:en-plaintext',
    format: 'plaintext',
    text: `EMPLOYMENT CONTRACT\n\n1. Non-compete\n(a) The Employee shall not for a period of thirty-six months after the Termination Date compete with the Company.\n(b) The Employee shall not for a year and a half after leaving solicit customers.\n\n2. Governing law\nThis contract is governed by Norwegian law.\n`,
  },
];

/**
 * Readable literal fragments of a regex source ("na (?:het )?einde" → "na het einde"): what the
 * fuzzers splice into documents and the ReDoS inputs repeat. Rough by design.
 */
export function literalFragments(source: string): string[] {
  const s = source
    .replace(/\(\?<?[!=](?:[^()\\]|\\.)*\)/gu, '') // lookarounds (not nested)
    .replace(/\\[pP]\{[^}]*\}[*+?]?/gu, '')
    .replace(/\\s[*+?]?/gu, ' ')
    .replace(/\[(?:[^\]\\]|\\.)*\][*+?]?(?:\{\d+(?:,\d*)?\})?/gu, '')
    .replace(/\\[dDwWbB][*+?]?/gu, '')
    .replace(/\{\d+(?:,\d*)?\}/gu, '')
    .replace(/\(\?:/gu, '(')
    .replace(/\\(.)/gu, '$1')
    .replace(/[()?*+^$]/gu, '');
  const out = new Set<string>();
  for (const part of s.split('|')) {
    const t = part.replace(/\s+/gu, ' ').trim();
    if (t.length >= 2 && t.length <= 80 && /[\p{L}\p{N}]/u.test(t)) out.add(t);
  }
  return [...out];
}
