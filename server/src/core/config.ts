/**
 * The workspace config file `.clauselintrc.json` — data only, never code. Parsing is pure and total:
 * every problem is reported with the file and the key, and the offending key falls back to its
 * default. Only documented keys are read, into objects without a prototype, so `__proto__` or
 * `constructor` keys cannot change behaviour.
 */
import type { Jurisdiction, Lang, RuleSetting } from './types';
import { JURISDICTIONS, LANGS } from './types';

export const CONFIG_FILE_NAME = '.clauselintrc.json';

export interface HiddenFalsePositive {
  /** Rule id (or alias). */
  rule: string;
  /** Case-insensitive text: a finding of `rule` whose sentence contains it is hidden. Plain text, not a regex. */
  text: string;
}

export interface ClauselintConfig {
  jurisdiction?: Jurisdiction;
  language?: Lang;
  rules: Record<string, RuleSetting>;
  /** Glob patterns (relative to the config file's folder) of files not to lint. */
  ignore: string[];
  hiddenFalsePositives: HiddenFalsePositive[];
  /** Files larger than this many bytes are skipped with a message. */
  maxFileSize?: number;
}

export interface ConfigProblem {
  file: string;
  /** JSON path of the offending key, e.g. "rules.restraint-duration" or "(root)". */
  key: string;
  message: string;
}

export interface ConfigParseResult {
  config: ClauselintConfig;
  problems: ConfigProblem[];
}

const RULE_SETTINGS: readonly RuleSetting[] = ['off', 'info', 'warning', 'error'];
const KNOWN_KEYS = ['$schema', 'jurisdiction', 'language', 'rules', 'ignore', 'hiddenFalsePositives', 'maxFileSize'];

export function defaultConfig(): ClauselintConfig {
  return { rules: Object.create(null) as Record<string, RuleSetting>, ignore: [], hiddenFalsePositives: [] };
}

/** Removes // and /* *\/ comments and trailing commas outside strings (JSONC, as VS Code writes it). */
export function stripJsonComments(text: string): string {
  let out = '';
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    const skip = commentEnd(text, i);
    if (c === '"') {
      let j = i + 1;
      while (j < n && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (skip >= 0) {
      i = skip;
    } else if (c === ',' && isTrailingComma(text, i + 1)) {
      i++;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Where the // or /* *\/ comment starting at text[i] ends (the line break stays), or -1 if none starts there. */
function commentEnd(text: string, i: number): number {
  if (text[i] !== '/') return -1;
  if (text[i + 1] === '/') {
    const eol = text.indexOf('\n', i + 2);
    return eol < 0 ? text.length : eol;
  }
  if (text[i + 1] === '*') {
    const end = text.indexOf('*/', i + 2);
    return end < 0 ? text.length : end + 2;
  }
  return -1;
}

/** A comma followed only by white space and comments up to a closing } or ]. */
function isTrailingComma(text: string, i: number): boolean {
  while (i < text.length) {
    const c = text[i];
    const skip = commentEnd(text, i);
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') i++;
    else if (skip >= 0) i = skip;
    else return c === '}' || c === ']';
  }
  return false;
}

/**
 * @param isKnownRule returns true for rule ids and aliases; unknown ids are reported (and ignored).
 */
export function parseConfigText(text: string, file: string, isKnownRule: (id: string) => boolean): ConfigParseResult {
  const config = defaultConfig();
  const problems: ConfigProblem[] = [];
  const problem = (key: string, message: string) => problems.push({ file, key, message });
  let data: unknown;
  try {
    data = JSON.parse(stripJsonComments(text.replace(/^\uFEFF/u, '')));
  } catch (e) {
    problem('(root)', `not valid JSON: ${(e as Error).message}; using the defaults`);
    return { config, problems };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    problem('(root)', 'the config must be a JSON object; using the defaults');
    return { config, problems };
  }
  const obj = data as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (!KNOWN_KEYS.includes(key)) problem(key, `unknown key "${key}" ignored (known: ${KNOWN_KEYS.slice(1).join(', ')})`);
  }
  const has = (k: string) => Object.prototype.hasOwnProperty.call(obj, k);

  if (has('jurisdiction')) {
    const v = obj.jurisdiction;
    const up = typeof v === 'string' ? v.toUpperCase() : v;
    if (up === 'GB') config.jurisdiction = 'UK';
    else if (typeof up === 'string' && (JURISDICTIONS as readonly string[]).includes(up)) config.jurisdiction = up as Jurisdiction;
    else if (v !== null && v !== 'auto') problem('jurisdiction', `must be one of ${JURISDICTIONS.join(', ')} or "auto", got ${JSON.stringify(v)}; detecting it instead`);
  }
  if (has('language')) {
    const v = obj.language;
    const low = typeof v === 'string' ? v.toLowerCase() : v;
    const lang = low === 'nb' ? 'no' : low;
    if (typeof lang === 'string' && (LANGS as readonly string[]).includes(lang)) config.language = lang as Lang;
    else if (v !== null && v !== 'auto') problem('language', `must be one of ${LANGS.join(', ')} or "auto", got ${JSON.stringify(v)}; detecting it instead`);
  }
  if (has('rules')) {
    const v = obj.rules;
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
      problem('rules', 'must be an object of rule id → "off" | "info" | "warning" | "error"; using the defaults');
    } else {
      for (const [id, setting] of Object.entries(v as Record<string, unknown>)) {
        if (!isKnownRule(id)) {
          problem(`rules.${id}`, `unknown rule id "${id}" ignored`);
          continue;
        }
        const s = setting === false ? 'off' : setting;
        if (typeof s === 'string' && (RULE_SETTINGS as readonly string[]).includes(s)) config.rules[id] = s as RuleSetting;
        else problem(`rules.${id}`, `must be "off", "info", "warning" or "error", got ${JSON.stringify(setting)}; using the rule's default`);
      }
    }
  }
  if (has('ignore')) {
    const v = obj.ignore;
    if (Array.isArray(v) && v.every((p) => typeof p === 'string')) config.ignore = v.slice() as string[];
    else problem('ignore', 'must be an array of glob strings; ignoring it');
  }
  if (has('hiddenFalsePositives')) {
    const v = obj.hiddenFalsePositives;
    if (!Array.isArray(v)) problem('hiddenFalsePositives', 'must be an array of { "rule": id, "text": "..." }; ignoring it');
    else {
      v.forEach((item, i) => {
        const rec = item as Record<string, unknown> | null;
        if (rec && typeof rec === 'object' && typeof rec.rule === 'string' && typeof rec.text === 'string' && rec.text.trim() !== '') {
          if (!isKnownRule(rec.rule)) problem(`hiddenFalsePositives[${i}].rule`, `unknown rule id "${rec.rule}" ignored`);
          else config.hiddenFalsePositives.push({ rule: rec.rule, text: rec.text });
        } else problem(`hiddenFalsePositives[${i}]`, 'must be { "rule": "<rule-id>", "text": "<non-empty text>" }; ignoring it');
      });
    }
  }
  if (has('maxFileSize')) {
    const v = obj.maxFileSize;
    if (typeof v === 'number' && Number.isFinite(v) && v > 0) config.maxFileSize = v;
    else problem('maxFileSize', `must be a positive number of bytes, got ${JSON.stringify(v)}; using the default`);
  }
  return { config, problems };
}

/**
 * Minimal glob → RegExp: `**` any path, `*` any name part, `?` one char; patterns without "/" match a base name.
 * Do not run it on untrusted globs (it backtracks exponentially on "*a*a*a*a*b"): isIgnored uses globMatches.
 */
export function globToRegExp(glob: string): RegExp {
  let src = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      src += '.*';
      i++;
      if (glob[i + 1] === '/') i++;
    } else if (c === '*') src += '[^/]*';
    else if (c === '?') src += '[^/]';
    else src += c.replace(/[.+^${}()|[\]\\]/gu, '\\$&');
  }
  return new RegExp(glob.includes('/') ? `^${src.replace(/^\//u, '')}$` : `(?:^|/)${src}$`, 'u');
}

export function isIgnored(relativePath: string, patterns: string[]): boolean {
  const p = relativePath.replace(/\\/gu, '/');
  return patterns.some((g) => globMatches(g, p));
}

type GlobToken = { kind: 'any' | 'segment' | 'one' } | { kind: 'char'; ch: string };

/**
 * Whether `path` matches `glob`, in the language of globToRegExp, simulated as a set of positions over
 * the path: O(glob length × path length) whatever the input. The ignore globs come from a workspace's
 * .clauselintrc.json, which an untrusted repository controls; run as a backtracking regex, "*a*a*a*a*a*b"
 * took 8 s on a 63-character file name and "*a*a*a*a*a*a*a*a*b" did not finish (ReDoS in the CLI's folder
 * walk and in the language server).
 */
export function globMatches(glob: string, path: string): boolean {
  const anchored = glob.includes('/');
  const tokens: GlobToken[] = [];
  const g = anchored ? glob.replace(/^\//u, '') : glob;
  for (let i = 0; i < g.length; i++) {
    const c = g[i];
    if (c === '*' && g[i + 1] === '*') {
      tokens.push({ kind: 'any' });
      i++;
      if (g[i + 1] === '/') i++;
    } else if (c === '*') tokens.push({ kind: 'segment' });
    else if (c === '?') tokens.push({ kind: 'one' });
    else tokens.push({ kind: 'char', ch: c });
  }
  const n = path.length;
  let cur = new Uint8Array(n + 1);
  cur[0] = 1;
  if (!anchored) for (let i = 0; i < n; i++) if (path[i] === '/') cur[i + 1] = 1; // a base name: after any "/"
  const isLineBreak = (ch: string) => ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029';
  for (const t of tokens) {
    const next = new Uint8Array(n + 1);
    let on = false;
    for (let p = 0; p <= n; p++) {
      const ch = path[p];
      switch (t.kind) {
        case 'char':
          if (cur[p] && p < n && ch === t.ch) next[p + 1] = 1;
          break;
        case 'one': // one code point other than "/"
          if (cur[p] && p < n && ch !== '/') {
            const pair = /[\ud800-\udbff]/u.test(ch) && /[\udc00-\udfff]/u.test(path[p + 1] ?? '');
            next[p + (pair ? 2 : 1)] = 1;
          }
          break;
        case 'segment': // [^/]*
          if (cur[p]) on = true;
          if (on) next[p] = 1;
          if (p < n && ch === '/') on = false;
          break;
        case 'any': // .* (no line breaks, as in the regex)
          if (cur[p]) on = true;
          if (on) next[p] = 1;
          if (p < n && isLineBreak(ch)) on = false;
          break;
      }
    }
    cur = next;
    if (!cur.includes(1)) return false;
  }
  return cur[n] === 1;
}
