/**
 * clauselint CLI:
 *   clauselint [--format text|json|sarif] [--jurisdiction NL|NO|UK] [--lang nl|no|en] [--config FILE | --no-config]
 *              [--max-file-size BYTES] [--fix] [--quiet] [--docs-base URL] PATH...
 * Exit 0: no error-severity finding; 1: at least one; 2: usage or I/O error.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DocFormat, Jurisdiction, Lang, LintOptions } from './core/types';
import { lintDocument } from './core/lint';
import { fixAllText } from './core/fixes';
import { isIgnored } from './core/config';
import { rules } from './rules';
import { ConfigCache, loadConfigFile, type LoadedConfig } from './node/config-loader';
import { formatText, toJson, toSarif, type FileResult } from './node/formatters';

declare const CLAUSELINT_VERSION: string | undefined;
const VERSION = typeof CLAUSELINT_VERSION === 'string' ? CLAUSELINT_VERSION : '0.0.0-dev';

export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
const EXTENSIONS = ['.md', '.markdown', '.txt'];

const USAGE = `Usage: clauselint [options] PATH...

Lints employment contracts (Markdown or plain text; nl, no, en) for void or risky restraints
and social-media clauses. Folders are walked for *.md, *.markdown and *.txt.

Options:
  --format text|json|sarif   output format (default text)
  --jurisdiction NL|NO|UK    override the jurisdiction (default: governing-law clause, then language)
  --lang nl|no|en            override the language detection
  --config FILE              use this config file instead of the nearest .clauselintrc.json
  --no-config                ignore .clauselintrc.json files
  --max-file-size BYTES      refuse larger files with exit 2 (default ${DEFAULT_MAX_FILE_SIZE})
  --fix                      apply each finding's preferred fix in place
  --quiet                    report errors only
  --verbose                  text format: list each finding's citations with their URLs,
                             and say per file which language and jurisdiction were used
  --docs-base URL            link rule docs under URL instead of the bundled files
  --list-rules               print the rule catalogue
  -h, --help                 this help
  -v, --version              the version

Exit codes: 0 no error-severity finding, 1 at least one, 2 usage or I/O error.
`;

interface Args {
  format: 'text' | 'json' | 'sarif';
  jurisdiction?: Jurisdiction;
  lang?: Lang;
  config?: string;
  noConfig: boolean;
  maxFileSize?: number;
  fix: boolean;
  quiet: boolean;
  verbose: boolean;
  docsBase?: string;
  listRules: boolean;
  paths: string[];
}

class UsageError extends Error {}

export function parseArgs(argv: string[]): Args | 'help' | 'version' {
  const a: Args = { format: 'text', noConfig: false, fix: false, quiet: false, verbose: false, listRules: false, paths: [] };
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i];
    let value: string | undefined;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    if (eq > 0) {
      value = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    }
    const next = () => {
      if (value !== undefined) return value;
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    switch (arg) {
      case '-h':
      case '--help':
        return 'help';
      case '-v':
      case '--version':
        return 'version';
      case '--format':
      case '-f': {
        const v = next();
        if (v !== 'text' && v !== 'json' && v !== 'sarif') throw new UsageError(`--format must be text, json or sarif, got "${v}"`);
        a.format = v;
        break;
      }
      case '--jurisdiction': {
        const v = next().toUpperCase();
        const j = v === 'GB' ? 'UK' : v;
        if (j !== 'NL' && j !== 'NO' && j !== 'UK') throw new UsageError(`--jurisdiction must be NL, NO or UK, got "${v}"`);
        a.jurisdiction = j;
        break;
      }
      case '--lang':
      case '--language': {
        const v = next().toLowerCase();
        const l = v === 'nb' ? 'no' : v;
        if (l !== 'nl' && l !== 'no' && l !== 'en') throw new UsageError(`--lang must be nl, no or en, got "${v}"`);
        a.lang = l;
        break;
      }
      case '--config':
      case '-c':
        a.config = next();
        break;
      case '--no-config':
        a.noConfig = true;
        break;
      case '--max-file-size': {
        const v = Number(next());
        if (!Number.isFinite(v) || v <= 0) throw new UsageError('--max-file-size must be a positive number of bytes');
        a.maxFileSize = v;
        break;
      }
      case '--fix':
        a.fix = true;
        break;
      case '--quiet':
      case '-q':
        a.quiet = true;
        break;
      case '--verbose':
        a.verbose = true;
        break;
      case '--docs-base':
        a.docsBase = next();
        break;
      case '--list-rules':
        a.listRules = true;
        break;
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
        a.paths.push(argv[i]);
    }
  }
  return a;
}

export function formatOf(file: string): DocFormat {
  return file.toLowerCase().endsWith('.txt') ? 'plaintext' : 'markdown';
}

/** Expands folders into their contract files (sorted), keeping the order of the arguments. */
function expand(p: string, errors: string[]): string[] {
  let st: fs.Stats;
  try {
    st = fs.statSync(p);
  } catch (e) {
    errors.push(`cannot read ${p}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (e as Error).message}`);
    return [];
  }
  if (!st.isDirectory()) return [p];
  const out: string[] = [];
  const walk = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      errors.push(`cannot read folder ${dir}: ${(e as Error).message}`);
      return;
    }
    entries.sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
    for (const ent of entries) {
      if (ent.name === 'node_modules' || ent.name.startsWith('.')) continue;
      const full = path.join(dir, ent.name);
      if (ent.isDirectory()) walk(full);
      else if (ent.isFile() && EXTENSIONS.some((x) => ent.name.toLowerCase().endsWith(x))) out.push(full);
    }
  };
  walk(p);
  return out;
}

const display = (file: string) => {
  const rel = path.relative(process.cwd(), file);
  return (rel && !rel.startsWith('..') ? rel : file).split(path.sep).join('/');
};

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Promise<string>;
  isTTY: boolean;
}

const defaultIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
  isTTY: Boolean(process.stdout.isTTY),
};

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`clauselint: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    throw e;
  }
  if (args === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  if (args === 'version') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (args.listRules) {
    for (const r of rules) {
      const sev = Object.entries(r.meta.severity).map(([j, s]) => `${j} ${s}`).join(', ');
      io.stdout(`${r.meta.id.padEnd(34)} ${sev.padEnd(34)} ${r.meta.title.en}\n`);
    }
    return 0;
  }
  if (args.paths.length === 0) {
    io.stderr(`clauselint: no PATH given\n\n${USAGE}`);
    return 2;
  }

  const errors: string[] = [];
  const explicit: LoadedConfig | undefined = args.config ? loadConfigFile(args.config) : undefined;
  if (explicit && explicit.problems.some((p) => /cannot be read|is a directory|not a regular file/u.test(p.message))) {
    errors.push(`cannot use config ${args.config}: ${explicit.problems[0].message}`);
  }
  const cache = new ConfigCache();
  const reported = new Set<string>();
  const configFor = (file: string): LoadedConfig | undefined => {
    if (args.noConfig) return undefined;
    const loaded = explicit ?? cache.forDocument(file);
    if (loaded.file && !reported.has(loaded.file)) {
      reported.add(loaded.file);
      for (const p of loaded.problems) io.stderr(`clauselint: ${display(p.file)}: ${p.key}: ${p.message}\n`);
    }
    return loaded;
  };

  const files: string[] = [];
  let stdinText: string | undefined;
  for (const p of args.paths) {
    if (p === '-') files.push('-');
    else files.push(...expand(p, errors));
  }
  const results: FileResult[] = [];
  for (const file of files) {
    let text: string;
    const loaded = file === '-' ? undefined : configFor(file);
    const cfg = loaded?.config;
    if (file !== '-' && cfg && loaded?.file && args.paths.every((p) => p !== file)) {
      const rel = path.relative(path.dirname(loaded.file), path.resolve(file));
      if (isIgnored(rel, cfg.ignore)) continue;
    }
    const maxSize = args.maxFileSize ?? cfg?.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    try {
      if (file === '-') {
        stdinText ??= await io.readStdin();
        text = stdinText;
      } else {
        const st = fs.statSync(file);
        if (!st.isFile()) {
          // a device or FIFO (/dev/zero, a named pipe) never ends: reading it would hang or exhaust memory
          errors.push(`${display(file)}: not a regular file; not linted`);
          continue;
        }
        const size = st.size;
        if (size > maxSize) {
          errors.push(`${display(file)}: ${size} bytes is over the maximum file size of ${maxSize} bytes (--max-file-size); not linted`);
          continue;
        }
        const buf = fs.readFileSync(file);
        if (buf.subarray(0, 8192).includes(0)) {
          io.stderr(`clauselint: ${display(file)}: looks like a binary file (NUL bytes); skipped\n`);
          continue;
        }
        text = buf.toString('utf8');
      }
    } catch (e) {
      errors.push(`cannot read ${display(file)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      continue;
    }
    const options: LintOptions = {
      format: file === '-' ? 'markdown' : formatOf(file),
      lang: args.lang ?? cfg?.language,
      jurisdiction: args.jurisdiction ?? cfg?.jurisdiction,
      rules: cfg?.rules,
      hiddenFalsePositives: cfg?.hiddenFalsePositives,
      maxLength: Number.MAX_SAFE_INTEGER,
    };
    let result = lintDocument(text, options);
    for (const ie of result.internalErrors) io.stderr(`clauselint: internal error in rule ${ie.ruleId} on ${display(file)}: ${ie.message.split('\n')[0]}\n`);
    if (args.fix && file !== '-') {
      // repeated until a round changes nothing (core/fixes.ts fixAllText)
      const fixed = fixAllText(text, (t) => lintDocument(t, options).findings, result.findings);
      if (fixed.text !== text) {
        text = fixed.text;
        result = lintDocument(text, options);
      }
      try {
        fs.writeFileSync(file, text);
      } catch (e) {
        errors.push(`cannot write ${display(file)}: ${(e as Error).message}`);
      }
    }
    const findings = args.quiet ? result.findings.filter((f) => f.severity === 'error') : result.findings;
    results.push({
      file: file === '-' ? '<stdin>' : display(file),
      findings,
      lang: result.doc.lang,
      jurisdiction: result.doc.jurisdiction,
      jurisdictionSource: result.doc.jurisdictionSource,
    });
  }

  if (args.format === 'json') io.stdout(JSON.stringify(toJson(results), null, 2) + '\n');
  else if (args.format === 'sarif') io.stdout(JSON.stringify(toSarif(results, VERSION, args.docsBase), null, 2) + '\n');
  else {
    if (args.verbose) {
      for (const r of results) io.stderr(`clauselint: ${r.file}: language ${r.lang}, jurisdiction ${r.jurisdiction} (${r.jurisdictionSource})\n`);
    }
    io.stdout(formatText(results, io.isTTY && !process.env.NO_COLOR, args.verbose));
  }

  for (const e of errors) io.stderr(`clauselint: ${e}\n`);
  if (errors.length) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

export { renderRulesTable, TABLE_START, TABLE_END } from './node/rules-table';
