/**
 * The server's per-workspace state: settings (workspace/configuration) merged with the nearest
 * .clauselintrc.json, a per-document cache of the last lint result keyed by uri + version, the
 * debounced lint runs and the diagnostics they publish. All linting is the pure core's lintDocument().
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocFormat, LintResult } from '../core/types';
import { lintDocument, LintState as EngineState } from '../core/lint';
import { rules as allRules } from '../rules';
import { CONFIG_FILE_NAME, isIgnored, parseConfigText, type ClauselintConfig } from '../core/config';
import { isKnownRuleId } from '../rules';
import { ConfigCache, type LoadedConfig } from '../node/config-loader';
import { configProblemDiagnostics, findingToDiagnostic, skippedDiagnostic } from './diagnostics';
import { type ClauselintSettings, type DocumentInfo, type LintFilesParams, type LintFilesResult } from './protocol';
import { effectiveOptions, formatOfDocument, normaliseSettings, type EffectiveOptions } from './settings';
import { countSeverities } from './report';

export const CHANGE_DEBOUNCE_MS = 150;

/** The result of linting one version of one document. */
export interface LintState {
  uri: string;
  version: number;
  format: DocFormat;
  settings: ClauselintSettings;
  effective: EffectiveOptions;
  result: LintResult;
  /** Why the document was not linted (disabled, ignored, too large). */
  skipped?: string;
  configFile?: string;
  diagnostics: Diagnostic[];
}

interface DocContext {
  settings: ClauselintSettings;
  loaded?: LoadedConfig;
  effective: EffectiveOptions;
  format: DocFormat;
  skip?: Skip;
}

/** Why a document is not linted: disabled and ignored documents stay silent, a too-large one says so. */
interface Skip {
  kind: 'disabled' | 'ignored' | 'too-large';
  message: string;
}

export interface SessionCapabilities {
  configuration: boolean;
  documentChanges: boolean;
}

export function isConfigFileUri(uri: string): boolean {
  return uri.replace(/[?#].*$/u, '').endsWith(`/${CONFIG_FILE_NAME}`);
}

function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export class Session {
  capabilities: SessionCapabilities = { configuration: false, documentChanges: false };
  /** Workspace folder paths (for the config search's upper bound). */
  workspaceFolders: string[] = [];
  /** Settings pushed by didChangeConfiguration, for clients without workspace/configuration. */
  private pushedSettings: unknown;
  private readonly settingsCache = new Map<string, Promise<ClauselintSettings>>();
  private readonly configCaches = new Map<string, ConfigCache>();
  private readonly states = new Map<string, LintState>();
  /** Per open document: the incremental engine state (parsed chunks, clause findings) of its last lint. */
  private readonly engines = new Map<string, EngineState>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Per document with a lint scheduled or running: resolved when no lint is pending any more. */
  private readonly waiting = new Map<string, { promise: Promise<void>; resolve: () => void }>();
  private readonly generations = new Map<string, number>();
  private readonly logged = new Set<string>();
  /** Last publish time per uri (for tests and tracing). */
  readonly published = new Map<string, number>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
  ) {}

  log(message: string): void {
    this.connection.console.log(message);
  }

  error(message: string): void {
    this.connection.console.error(message);
  }

  /** Logs a message once until the settings or config files change. */
  private logOnce(message: string): void {
    if (this.logged.has(message)) return;
    this.logged.add(message);
    this.connection.console.warn(message);
  }

  // ------------------------------------------------------------------------------------------
  // settings and config files

  async settingsFor(uri: string): Promise<ClauselintSettings> {
    let p = this.settingsCache.get(uri);
    if (!p) {
      p = this.fetchSettings(uri);
      this.settingsCache.set(uri, p);
    }
    return p;
  }

  private async fetchSettings(uri: string): Promise<ClauselintSettings> {
    let raw: unknown = this.pushedSettings;
    if (this.capabilities.configuration) {
      try {
        raw = await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'clauselint' });
      } catch (e) {
        this.error(`clauselint: workspace/configuration failed (${(e as Error).message}); using the defaults`);
        raw = undefined;
      }
    }
    const { settings, problems } = normaliseSettings(raw);
    for (const p of problems) this.logOnce(`clauselint: settings: ${p}`);
    return settings;
  }

  /** The nearest .clauselintrc.json of a file: URI, searched up to its workspace folder. */
  configFor(uri: string): LoadedConfig | undefined {
    const file = filePathOf(uri);
    if (!file) return undefined;
    const folder = this.workspaceFolders
      .filter((f) => file === f || file.startsWith(f.endsWith(path.sep) ? f : f + path.sep))
      .sort((a, b) => b.length - a.length)[0];
    const key = folder ?? '';
    let cache = this.configCaches.get(key);
    if (!cache) {
      cache = new ConfigCache(folder);
      this.configCaches.set(key, cache);
    }
    const loaded = cache.forDocument(file);
    if (loaded.file) {
      const shown = folder ? path.relative(folder, loaded.file) || CONFIG_FILE_NAME : loaded.file;
      const first = `clauselint: using ${loaded.file}`;
      if (!this.logged.has(first)) {
        this.logged.add(first);
        this.log(first);
      }
      for (const p of loaded.problems) this.logOnce(`clauselint: ${shown}: ${p.key}: ${p.message}`);
    }
    return loaded;
  }

  private async contextFor(uri: string, languageId: string, text: string): Promise<DocContext> {
    const settings = await this.settingsFor(uri);
    const loaded = this.configFor(uri);
    const config: ClauselintConfig | undefined = loaded?.file ? loaded.config : undefined;
    const format = formatOfDocument(uri, languageId);
    const effective = effectiveOptions(settings, config, format);
    let skip: Skip | undefined;
    if (!settings.enable) skip = { kind: 'disabled', message: 'clauselint is disabled (setting clauselint.enable)' };
    else if (loaded?.file && config?.ignore.length) {
      const file = filePathOf(uri)!;
      const rel = path.relative(path.dirname(loaded.file), file);
      if (isIgnored(rel, config.ignore)) {
        skip = { kind: 'ignored', message: `not linted: ${rel.split(path.sep).join('/')} matches "ignore" in ${loaded.file}` };
      }
    }
    if (!skip) {
      const bytes = Buffer.byteLength(text, 'utf8');
      if (bytes > effective.maxFileSize) {
        skip = {
          kind: 'too-large',
          message:
            `clauselint: not linted: the document is ${bytes} bytes, more than the limit of ${effective.maxFileSize} bytes ` +
            `(setting clauselint.maxFileSize or "maxFileSize" in ${CONFIG_FILE_NAME})`,
        };
      }
    }
    return { settings, loaded, effective, format, skip };
  }

  /** Forget settings and configs (didChangeConfiguration, watched config files) and lint every open document again. */
  invalidate(what: { settings?: boolean; configs?: boolean; pushed?: unknown }): void {
    if (what.settings) {
      this.settingsCache.clear();
      if (what.pushed !== undefined) this.pushedSettings = (what.pushed as { clauselint?: unknown } | null)?.clauselint;
    }
    if (what.configs) for (const c of this.configCaches.values()) c.clear();
    this.logged.clear();
    this.states.clear();
    for (const doc of this.documents.all()) {
      if (isConfigFileUri(doc.uri)) this.validateConfigDocument(doc);
      else this.schedule(doc, 0);
    }
  }

  // ------------------------------------------------------------------------------------------
  // linting

  private lintWith(doc: TextDocument, ctx: DocContext): LintState {
    const text = doc.getText();
    let result: LintResult;
    let diagnostics: Diagnostic[];
    if (ctx.skip) {
      result = lintDocument('', ctx.effective.options);
      diagnostics = ctx.skip.kind === 'too-large' ? [skippedDiagnostic(ctx.skip.message)] : [];
    } else {
      const started = Date.now();
      // the document's engine state: chunks and clause findings an edit did not touch are reused
      let engine = this.engines.get(doc.uri);
      if (!engine) this.engines.set(doc.uri, (engine = new EngineState()));
      result = lintDocument(text, ctx.effective.options, allRules, engine);
      const ms = Date.now() - started;
      if (ms > 2000) this.log(`clauselint: ${doc.uri} took ${ms} ms to lint (${text.length} characters)`);
      for (const ie of result.internalErrors) this.logOnce(`clauselint: internal error in rule ${ie.ruleId} on ${doc.uri}: ${ie.message}`);
      if (result.skipped) diagnostics = [skippedDiagnostic(`clauselint: ${result.skipped}`)];
      else diagnostics = result.findings.map((f) => findingToDiagnostic(f, doc, ctx.settings.docsBaseUrl));
    }
    return {
      uri: doc.uri,
      version: doc.version,
      format: ctx.format,
      settings: ctx.settings,
      effective: ctx.effective,
      result,
      skipped: ctx.skip?.message ?? result.skipped,
      configFile: ctx.loaded?.file,
      diagnostics,
    };
  }

  /**
   * The lint state of the document's current version: from the cache, or linted now. Requests
   * (hover, code actions, symbols...) arriving while a debounced lint is pending wait for it instead of
   * linting every intermediate version themselves, so typing in a large contract costs one lint per
   * pause, not one per keystroke and request. A cancelled request stops waiting.
   */
  async stateFor(doc: TextDocument, token?: { isCancellationRequested: boolean }, wait = true): Promise<LintState | undefined> {
    if (isConfigFileUri(doc.uri)) return undefined;
    for (let round = 0; wait && round < 20; round++) {
      const cached = this.states.get(doc.uri);
      if (cached && cached.version === doc.version) return cached;
      const pending = this.waiting.get(doc.uri);
      if (!pending) break;
      await pending.promise;
      if (token?.isCancellationRequested) return undefined;
      const current = this.documents.get(doc.uri);
      if (!current) return undefined;
      doc = current;
    }
    const cached = this.states.get(doc.uri);
    if (cached && cached.version === doc.version) return cached;
    const version = doc.version;
    const ctx = await this.contextFor(doc.uri, doc.languageId, doc.getText());
    const current = this.documents.get(doc.uri);
    if (!current || current.version !== version) return current ? this.stateFor(current, token, wait) : undefined;
    const again = this.states.get(doc.uri);
    if (again && again.version === version) return again;
    const state = this.lintWith(current, ctx);
    this.states.set(doc.uri, state);
    return state;
  }

  /** Lints the document after `delay` ms; a later call for the same document cancels this one. */
  schedule(doc: TextDocument, delay = CHANGE_DEBOUNCE_MS): void {
    const uri = doc.uri;
    const pending = this.timers.get(uri);
    if (pending) clearTimeout(pending);
    const generation = (this.generations.get(uri) ?? 0) + 1;
    this.generations.set(uri, generation);
    if (!this.waiting.has(uri)) {
      let resolve!: () => void;
      const promise = new Promise<void>((r) => (resolve = r));
      this.waiting.set(uri, { promise, resolve });
    }
    const timer = setTimeout(() => {
      this.timers.delete(uri);
      this.run(uri, generation)
        .catch((e) => this.error(`clauselint: linting ${uri} failed: ${(e as Error)?.stack ?? e}`))
        .finally(() => {
          // resolved once no newer run is scheduled (that one resolves it)
          if (!this.timers.has(uri)) this.release(uri);
        });
    }, delay);
    this.timers.set(uri, timer);
  }

  private release(uri: string): void {
    const w = this.waiting.get(uri);
    this.waiting.delete(uri);
    w?.resolve();
  }

  private async run(uri: string, generation: number): Promise<void> {
    const doc = this.documents.get(uri);
    if (!doc || this.generations.get(uri) !== generation) return;
    const state = await this.stateFor(doc, undefined, false);
    // stale: the document changed or closed while the settings were fetched; the newer run publishes
    if (!state || this.generations.get(uri) !== generation) return;
    const current = this.documents.get(uri);
    if (!current || current.version !== state.version) return;
    await this.connection.sendDiagnostics({ uri, version: state.version, diagnostics: state.diagnostics });
    this.published.set(uri, Date.now());
  }

  /** didClose: drop pending runs and the cache, clear the diagnostics. */
  close(uri: string): void {
    const pending = this.timers.get(uri);
    if (pending) clearTimeout(pending);
    this.timers.delete(uri);
    this.generations.set(uri, (this.generations.get(uri) ?? 0) + 1);
    this.states.delete(uri);
    this.engines.delete(uri);
    this.release(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  // ------------------------------------------------------------------------------------------
  // the open .clauselintrc.json

  /** Shows the problems of an open config file as diagnostics on it (from its unsaved text). */
  validateConfigDocument(doc: TextDocument): void {
    const file = filePathOf(doc.uri) ?? doc.uri;
    const { problems } = parseConfigText(doc.getText(), file, isKnownRuleId);
    void this.connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: configProblemDiagnostics(doc, problems) });
  }

  // ------------------------------------------------------------------------------------------
  // custom requests

  async documentInfo(uri: string): Promise<DocumentInfo | null> {
    const doc = this.documents.get(uri);
    if (!doc || isConfigFileUri(uri)) return null;
    const state = await this.stateFor(doc);
    if (!state) return null;
    const d = state.result.doc;
    return {
      uri,
      enabled: state.settings.enable,
      lang: d.lang,
      langSource: state.effective.langSource ?? 'detected',
      jurisdiction: d.jurisdiction,
      jurisdictionSource: state.effective.jurisdictionSource ?? (d.jurisdictionSource === 'option' ? 'config' : d.jurisdictionSource),
      counts: countSeverities(state.result.findings),
      configFile: state.configFile,
      skipped: state.skipped,
    };
  }

  /** Lints files that need not be open (the client's "Lint all contracts in workspace") and publishes their diagnostics. */
  async lintFiles(params: LintFilesParams): Promise<LintFilesResult> {
    const out: LintFilesResult = { linted: 0, skipped: 0, counts: { error: 0, warning: 0, info: 0, total: 0 }, filesWithFindings: 0, errors: [] };
    for (const file of params.files ?? []) {
      try {
        const open = this.documents.get(file.uri);
        let state: LintState | undefined;
        if (open) {
          state = await this.stateFor(open);
          if (state) {
            await this.connection.sendDiagnostics({ uri: open.uri, version: state.version, diagnostics: state.diagnostics });
          }
        } else {
          const text = file.text ?? this.readFile(file.uri, out.errors);
          if (text === undefined) {
            out.skipped++;
            continue;
          }
          const languageId = /\.txt$/iu.test(file.uri) ? 'plaintext' : 'markdown';
          const doc = TextDocument.create(file.uri, languageId, 0, text);
          const ctx = await this.contextFor(file.uri, languageId, text);
          state = this.lintWith(doc, ctx);
          await this.connection.sendDiagnostics({ uri: file.uri, diagnostics: state.diagnostics });
        }
        if (!state) continue;
        if (state.skipped) {
          out.skipped++;
          continue;
        }
        out.linted++;
        const c = countSeverities(state.result.findings);
        out.counts.error += c.error;
        out.counts.warning += c.warning;
        out.counts.info += c.info;
        out.counts.total += c.total;
        if (c.total) out.filesWithFindings++;
      } catch (e) {
        out.errors.push(`${file.uri}: ${(e as Error).message}`);
      }
    }
    return out;
  }

  private readFile(uri: string, errors: string[]): string | undefined {
    const file = filePathOf(uri);
    if (!file) {
      errors.push(`${uri}: cannot read this scheme; send its text`);
      return undefined;
    }
    try {
      const buf = fs.readFileSync(file);
      if (buf.subarray(0, 8192).includes(0)) return undefined; // binary
      return buf.toString('utf8');
    } catch (e) {
      errors.push(`${uri}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      return undefined;
    }
  }
}
