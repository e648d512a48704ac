/**
 * What the VS Code client and the language server share: the settings object, the custom requests
 * and the command ids. Types and plain data only — no imports from vscode or vscode-languageserver —
 * so that the client bundle can import this file without pulling in the server.
 */
import type { ClauseKind, Jurisdiction, Lang, RuleSetting, Severity } from '../core/types';

/** The `clauselint` settings section (workspace/configuration), after normalisation. */
export interface ClauselintSettings {
  enable: boolean;
  jurisdiction: 'auto' | Jurisdiction;
  language: 'auto' | Lang;
  /** Rule id (or alias) → 'off' | severity. Merged under the `rules` of .clauselintrc.json. */
  rules: Record<string, RuleSetting>;
  /** Base URL of the rule pages; empty = the pages shipped in the extension (file: URLs). */
  docsBaseUrl: string;
  /** Documents larger than this many bytes (UTF-8) are not linted; one informational diagnostic says why. */
  maxFileSize: number;
  /** LTeX-style suppression: hide findings of `rule` whose sentence contains `text`. */
  hiddenFalsePositives: Array<{ rule: string; text: string }>;
}

export const DEFAULT_MAX_FILE_SIZE = 2_000_000;

export const DEFAULT_SETTINGS: Readonly<ClauselintSettings> = Object.freeze({
  enable: true,
  jurisdiction: 'auto',
  language: 'auto',
  rules: {},
  docsBaseUrl: '',
  maxFileSize: DEFAULT_MAX_FILE_SIZE,
  hiddenFalsePositives: [],
});

/** Command ids. */
export const Commands = {
  lintWorkspace: 'clauselint.lintWorkspace',
  showClauseReport: 'clauselint.showClauseReport',
  selectJurisdiction: 'clauselint.selectJurisdiction',
  /** Executed by the server (workspace/executeCommand): opens a rule's documentation via window/showDocument. */
  openRuleDoc: 'clauselint.openRuleDoc',
} as const;

/** Custom request methods. */
export const Requests = {
  clauseReport: 'clauselint/clauseReport',
  documentInfo: 'clauselint/documentInfo',
  lintFiles: 'clauselint/lintFiles',
} as const;

export interface UriParams {
  uri: string;
}

export interface SeverityCounts {
  error: number;
  warning: number;
  info: number;
  total: number;
}

/** `clauselint/documentInfo` (uri → this, or null when the document is not open or not a contract). */
export interface DocumentInfo {
  uri: string;
  enabled: boolean;
  lang: Lang;
  langSource: 'setting' | 'config' | 'detected';
  jurisdiction: Jurisdiction;
  jurisdictionSource: 'setting' | 'config' | 'governing-law' | 'language';
  counts: SeverityCounts;
  /** The .clauselintrc.json used, as a file path. */
  configFile?: string;
  /** Why the document was not linted (too large, ignored by the config, disabled). */
  skipped?: string;
}

export interface ReportFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** 1-based line of the finding. */
  line: number;
  citations: Array<{ label: string; url: string }>;
  docUrl: string;
}

export interface ClauseReportRow {
  /** Clause title ("Artikel 12 – Relatiebeding"), or a localised "(no heading)". */
  title: string;
  /** 1-based line of the clause start. */
  line: number;
  kinds: ClauseKind[];
  /** The kinds in the document's language. */
  kindLabels: string[];
  /** Restraint durations as written ("drie (3) jaar"). */
  durations: string[];
  /** The longest restraint duration in months, when there is one. */
  months?: number;
  /** The worst finding in the clause, or 'ok'. */
  status: Severity | 'ok';
  findings: ReportFinding[];
}

/** `clauselint/clauseReport` (uri → this, or null). */
export interface ClauseReport {
  uri: string;
  lang: Lang;
  jurisdiction: Jurisdiction;
  rows: ClauseReportRow[];
  skipped?: string;
}

/** `clauselint/lintFiles`: lint closed files and publish their diagnostics. */
export interface LintFilesParams {
  /** Files by URI; `text` may be given for schemes the server cannot read (virtual workspaces). */
  files: Array<{ uri: string; text?: string }>;
}

export interface LintFilesResult {
  linted: number;
  /** Skipped by the config's `ignore`, `enable: false`, the size limit, or binary content. */
  skipped: number;
  counts: SeverityCounts;
  /** Files with at least one finding. */
  filesWithFindings: number;
  errors: string[];
}
