/**
 * Enumerates every regular expression of the engine, so that the ReDoS test covers patterns added later
 * without being told about them. Four sources, merged by flags + source:
 *   1. the registry of server/src/core/text.ts (everything built by words() and re());
 *   2. RegExp values reachable from the exports of every module under server/src/core and server/src/rules;
 *   3. every regex literal and `new RegExp("literal")` in server/src/**.ts (TypeScript AST);
 *   4. every `new RegExp(...)` executed while the modules load and while the corpus is linted (a trap on
 *      the global RegExp constructor), which catches module-private and runtime-built patterns.
 * `new RegExp(...)` call sites in the sources that were never executed are listed, so a gap is visible.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { ROOT } from './corpus';

export interface PatternInfo {
  source: string;
  flags: string;
  /** Where it came from: "registry words() at …", "export core/x.ts:NAME", "literal server/src/x.ts:12", "constructed at …". */
  origins: string[];
  alternatives?: string[];
}

export interface Enumeration {
  patterns: PatternInfo[];
  /** Modules that failed to import (a rule being written, a syntax error). */
  importErrors: Array<{ file: string; error: string }>;
  /** `new RegExp(<non-literal>)` sites in the sources that no construction was observed from. */
  unobservedDynamicSites: string[];
  /** Literals that do not compile on this Node (should not happen). */
  uncompilable: string[];
}

const NativeRegExp = RegExp;

/** The .ts files of a folder under server/src, recursively. */
export function sourceFiles(...dirs: string[]): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    if (!fs.existsSync(d)) return;
    const st = fs.statSync(d);
    if (st.isFile()) {
      if (d.endsWith('.ts')) out.push(d);
      return;
    }
    for (const e of fs.readdirSync(d).sort()) walk(path.join(d, e));
  };
  for (const d of dirs) walk(path.join(ROOT, 'server', 'src', d));
  return out;
}

const rel = (f: string) => path.relative(ROOT, f).split(path.sep).join('/');

/** Regex literals and RegExp constructions in one TypeScript file. */
export function scanSource(file: string): { literals: Array<{ source: string; flags: string; line: number }>; dynamic: Array<{ line: number; text: string }> } {
  const text = fs.readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const literals: Array<{ source: string; flags: string; line: number }> = [];
  const dynamic: Array<{ line: number; text: string }> = [];
  const lineOf = (n: ts.Node) => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
  const visit = (n: ts.Node) => {
    if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const t = n.getText(sf);
      const slash = t.lastIndexOf('/');
      literals.push({ source: t.slice(1, slash), flags: t.slice(slash + 1), line: lineOf(n) });
    } else if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && ts.isIdentifier(n.expression) && n.expression.text === 'RegExp') {
      const [a, b] = n.arguments ?? [];
      const flags = b && (ts.isStringLiteral(b) || ts.isNoSubstitutionTemplateLiteral(b)) ? b.text : b ? undefined : '';
      if (a && (ts.isStringLiteral(a) || ts.isNoSubstitutionTemplateLiteral(a)) && flags !== undefined) literals.push({ source: a.text, flags, line: lineOf(n) });
      else dynamic.push({ line: lineOf(n), text: n.getText(sf).slice(0, 120) });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return { literals, dynamic };
}

/** Collects RegExp instances reachable from a value (objects, arrays, maps, sets; bounded depth). */
function walkValue(value: unknown, name: string, out: (re: RegExp, where: string) => void, depth = 0, seen = new Set<unknown>()): void {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function') || seen.has(value) || depth > 5) return;
  seen.add(value);
  if (value instanceof NativeRegExp) {
    out(value, name);
    return;
  }
  if (typeof value === 'function') return;
  if (value instanceof Map) {
    for (const [k, v] of value) walkValue(v, `${name}.get(${String(k)})`, out, depth + 1, seen);
    return;
  }
  if (value instanceof Set || Array.isArray(value)) {
    let i = 0;
    for (const v of value) walkValue(v, `${name}[${i++}]`, out, depth + 1, seen);
    return;
  }
  for (const k of Object.keys(value as object)) {
    let v: unknown;
    try {
      v = (value as Record<string, unknown>)[k];
    } catch {
      continue;
    }
    walkValue(v, `${name}.${k}`, out, depth + 1, seen);
  }
}

/**
 * Runs the enumeration. `exercise` is called after the modules are loaded, with the trap still on: lint
 * the corpus there so that runtime-built patterns are observed too.
 */
export async function enumeratePatterns(exercise?: () => void | Promise<void>): Promise<Enumeration> {
  const patterns = new Map<string, PatternInfo>();
  const add = (source: string, flags: string, origin: string, alternatives?: readonly string[]) => {
    const key = `${flags}/${source}`;
    let p = patterns.get(key);
    if (!p) patterns.set(key, (p = { source, flags, origins: [] }));
    if (!p.origins.includes(origin) && p.origins.length < 8) p.origins.push(origin);
    if (alternatives && !p.alternatives) p.alternatives = alternatives.slice();
  };

  // 4. the constructor trap, installed before any engine module is imported
  const constructed: Array<{ source: string; flags: string; site: string }> = [];
  const siteOf = () => {
    const frames = (new Error().stack ?? '').split('\n').slice(2);
    return frames.find((l) => /server[\\/]src[\\/]/u.test(l))?.trim().replace(/^at\s+/u, '');
  };
  const record = (r: RegExp) => {
    const site = siteOf();
    if (site) constructed.push({ source: r.source, flags: r.flags, site });
  };
  const Trap = new Proxy(NativeRegExp, {
    construct(target, args, newTarget) {
      const r = Reflect.construct(target, args, newTarget === Trap ? target : newTarget) as RegExp;
      record(r);
      return r;
    },
    apply(target, thisArg, args) {
      const r = Reflect.apply(target, thisArg, args) as RegExp;
      record(r);
      return r;
    },
  });
  const importErrors: Enumeration['importErrors'] = [];
  const files = sourceFiles('core', 'rules');
  (globalThis as { RegExp: RegExpConstructor }).RegExp = Trap;
  const modules: Array<[string, Record<string, unknown>]> = [];
  try {
    for (const f of files) {
      try {
        modules.push([rel(f), (await import(pathToFileURL(f).href)) as Record<string, unknown>]);
      } catch (e) {
        importErrors.push({ file: rel(f), error: String((e as Error)?.stack ?? e).split('\n').slice(0, 3).join(' | ') });
      }
    }
    if (exercise) await exercise();
  } finally {
    (globalThis as { RegExp: RegExpConstructor }).RegExp = NativeRegExp;
  }
  for (const c of constructed) add(c.source, c.flags, `constructed at ${c.site.replace(ROOT, '').replace(/^\(?file:\/\/\/?/u, '')}`);

  // 1. the registry
  const textModule = modules.find(([f]) => f === 'server/src/core/text.ts')?.[1] as
    | { registeredPatterns?: () => Array<{ regex: RegExp; origin: string; alternatives?: readonly string[]; site?: string }> }
    | undefined;
  for (const p of textModule?.registeredPatterns?.() ?? []) {
    add(p.regex.source, p.regex.flags, `registry ${p.origin}() at ${(p.site ?? '?').replace(ROOT, '')}`, p.alternatives);
  }

  // 2. exported values
  for (const [file, ns] of modules) {
    for (const k of Object.keys(ns)) walkValue(ns[k], `${file}:${k}`, (r, where) => add(r.source, r.flags, `export ${where}`));
  }

  // 3. literals in every source file of the server (core, rules, law, node, lsp, cli, server)
  const uncompilable: string[] = [];
  const dynamicSites: string[] = [];
  for (const f of sourceFiles('.')) {
    const { literals, dynamic } = scanSource(f);
    for (const l of literals) {
      try {
        const r = new NativeRegExp(l.source, l.flags);
        add(r.source, r.flags, `literal ${rel(f)}:${l.line}`);
      } catch (e) {
        uncompilable.push(`${rel(f)}:${l.line} /${l.source}/${l.flags}: ${(e as Error).message}`);
      }
    }
    for (const d of dynamic) dynamicSites.push(`${rel(f)}:${d.line}`);
  }
  const observedFiles = new Set(constructed.map((c) => /server[\\/]src[\\/][^:)]+\.ts/u.exec(c.site)?.[0].replace(/\\/gu, '/')));
  const observedSites = new Set(constructed.map((c) => {
    const m = /(server[\\/]src[\\/][^:)]+\.ts):(\d+)/u.exec(c.site);
    return m ? `${m[1].replace(/\\/gu, '/')}:${m[2]}` : '';
  }));
  const unobservedDynamicSites = dynamicSites.filter((s) => {
    const file = s.replace(/:\d+$/u, '');
    // globToRegExp (config.ts) compiles user globs: config.test.ts feeds it adversarial globs
    if (file === 'server/src/core/config.ts' || file === 'server/src/core/text.ts') return false;
    return !observedSites.has(s) && !(observedFiles.has(file) && [...observedSites].some((o) => o.startsWith(`${file}:`) && Math.abs(Number(o.split(':').pop()) - Number(s.split(':').pop())) <= 3));
  });
  return { patterns: [...patterns.values()], importErrors, unobservedDynamicSites, uncompilable };
}
