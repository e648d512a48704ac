/**
 * Shared types of the pure analysis core. Nothing in server/src/core or server/src/rules may import
 * vscode, vscode-languageserver* or node:* I/O modules: the CLI, the language server and the tests
 * all call the same `lint(text, options)`.
 */
import type { ClauseIdentity } from './clause-memo';

export type Lang = 'nl' | 'no' | 'en';
export type Jurisdiction = 'NL' | 'NO' | 'UK';
export type Severity = 'error' | 'warning' | 'info';
export type RuleSetting = Severity | 'off';
export type DocFormat = 'markdown' | 'plaintext';

export const LANGS: readonly Lang[] = ['nl', 'no', 'en'];
export const JURISDICTIONS: readonly Jurisdiction[] = ['NL', 'NO', 'UK'];
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** A text in each of the three document languages. */
export type Localized = Record<Lang, string>;

/** A replacement of source offsets [start, end) by `text`. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** A fix is plain data on a finding, shared by the CLI (--fix), the quick fix and fix-all. */
export interface Fix {
  /** Title in the document's language, e.g. "Verkort tot twaalf (12) maanden". */
  title: string;
  edits: Edit[];
  /** The main fix of the finding (LSP `isPreferred`, used by fix-all). */
  preferred?: boolean;
}

/** A resolved citation: what the hover and the JSON output show. */
export interface Citation {
  id: string;
  /** Short label such as "art. 7:653 BW" or "aml. § 14 A-4". */
  label: string;
  /** One-line summary in the document's language. */
  summary: string;
  /** Official URL (wetten.overheid.nl, lovdata.no, legislation.gov.uk, eur-lex.europa.eu, hudoc, ...). */
  url: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** Source offsets [start, end) into the linted text (UTF-16 code units, as JS strings). */
  start: number;
  end: number;
  /** 1-based line and column of start and end (columns in UTF-16 code units). */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** One line in the document's language: what is wrong, the limit, the article. */
  message: string;
  citations: Citation[];
  fixes: Fix[];
  /** Language and jurisdiction the finding was produced under. */
  lang: Lang;
  jurisdiction: Jurisdiction;
  /** Title of the clause the finding sits in, when it has a heading. */
  clause?: string;
}

/** Per-rule metadata; lives beside the rule's check in server/src/rules/<id>.ts. */
export interface RuleMeta {
  /** Stable kebab-case id, equal to the file name. */
  id: string;
  /** Old ids kept working in config and disable comments. */
  aliases?: string[];
  title: Localized;
  /** One sentence: what the rule finds. */
  description: Localized;
  /** Why such a clause is a problem: shown in the hover. */
  rationale: Localized;
  /** The lawful alternative wording or approach: shown in the hover. */
  alternative: Localized;
  /** Default severity per jurisdiction; the keys are the jurisdictions the rule applies in. */
  severity: Partial<Record<Jurisdiction, Severity>>;
  languages: Lang[];
  /** Citation ids from server/src/law/citations.ts, per jurisdiction and for all. */
  citations: Partial<Record<Jurisdiction | 'all', string[]>>;
  fixable: boolean;
  /**
   * 'clause': the rule's findings in a clause depend only on that clause (its text and parents) and
   * on the document's language, jurisdiction and facts, so the incremental path may reuse them for
   * unchanged clauses. 'document' (the default): re-run on every lint.
   */
  scope?: 'clause' | 'document';
  /** Rules the first test holdout does not cover; informational only. */
  tags?: string[];
}

export interface ReportFix {
  title: Localized | string;
  edits: Edit[];
  preferred?: boolean;
}

export interface Report {
  start: number;
  end: number;
  message: Localized | string;
  /** Overrides the rule's default severity for this jurisdiction (config still wins). */
  severity?: Severity;
  /** Overrides the rule's citations (ids). */
  citations?: string[];
  fixes?: ReportFix[];
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}

// ---------------------------------------------------------------------------------------------
// The analysed document handed to rules.

export type BlockKind = 'heading' | 'paragraph' | 'listItem' | 'tableRow' | 'code' | 'html';

export interface Block {
  kind: BlockKind;
  start: number;
  end: number;
  /** Heading depth: Markdown 1-6; numbered pseudo-headings 7+ (7 for "Artikel 12", 8 for "12.1", ...). */
  depth?: number;
}

export type ClauseKind =
  | 'non-compete'
  | 'non-solicitation'
  | 'no-hire'
  | 'social-media'
  | 'monitoring'
  | 'confidentiality'
  | 'ip'
  | 'notice'
  | 'probation'
  | 'study-costs'
  | 'penalty'
  | 'governing-law'
  | 'term'
  | 'compensation';

export interface Sentence {
  start: number;
  end: number;
  /** Masked text of the sentence (markup blanked, same length as the source slice). */
  text: string;
  /** Restraint kinds the sentence expresses by its own content (segment.ts restraintKindsOfSentence). */
  kinds?: ReadonlySet<ClauseKind>;
}

export interface Clause {
  index: number;
  start: number;
  end: number;
  /** The heading block, if the clause has one. */
  heading?: Block;
  /** Heading text without numbering markup, e.g. "Artikel 12 – Relatiebeding". */
  title: string;
  /** Titles of enclosing clauses, outermost first. */
  parents: string[];
  blocks: Block[];
  sentences: Sentence[];
  kinds: Set<ClauseKind>;
  /** On the incremental path: what names this clause's content between lints (core/clause-memo.ts). */
  identity?: ClauseIdentity;
}

export interface DocumentFacts {
  /** The contract is for a fixed term (bepaalde tijd, midlertidig, fixed-term). */
  isFixedTerm: boolean;
  /** Offsets of the phrase that made the contract fixed-term. */
  fixedTermAt?: { start: number; end: number };
  /** The document is a unilateral policy (handbook, reglement, personalhåndbok) rather than a contract. */
  isPolicyDocument: boolean;
  /** Where the governing-law clause is, if any. */
  governingLaw?: { jurisdiction: Jurisdiction; start: number; end: number };
}

export interface AnalyzedDocument {
  /** The source text, exactly as given. */
  text: string;
  /**
   * The source with Markdown markup (emphasis markers, list bullets, table pipes, link targets, HTML,
   * code) replaced by spaces: same length and offsets as `text`, so a match in `masked` is a range in
   * `text`. Rules match on this.
   */
  masked: string;
  format: DocFormat;
  lang: Lang;
  jurisdiction: Jurisdiction;
  /** How language and jurisdiction were decided. */
  langSource: 'option' | 'detected';
  jurisdictionSource: 'option' | 'governing-law' | 'language';
  blocks: Block[];
  clauses: Clause[];
  facts: DocumentFacts;
}

export interface RuleContext {
  doc: AnalyzedDocument;
  lang: Lang;
  jurisdiction: Jurisdiction;
  /** Effective severity of this rule in this jurisdiction (before a report's own override). */
  severity: Severity;
  report(report: Report): void;
  /** Picks the document-language string. */
  t(text: Localized): string;
}

export interface LintOptions {
  /** 'markdown' (default) or 'plaintext'. */
  format?: DocFormat;
  /** Override language detection. */
  lang?: Lang;
  /** Override jurisdiction detection (governing-law clause, then language). */
  jurisdiction?: Jurisdiction;
  /** Per-rule settings: 'off' or a severity. Keys may be rule ids or aliases. */
  rules?: Record<string, RuleSetting>;
  /** Skip documents longer than this many characters (default 10 000 000); a skip is reported. */
  maxLength?: number;
  /** LTeX-style suppression: hide findings of `rule` whose sentence contains `text` (case-insensitive). */
  hiddenFalsePositives?: Array<{ rule: string; text: string }>;
}

export interface LintResult {
  findings: Finding[];
  doc: AnalyzedDocument;
  /** Set when the document was not analysed (too long, ...). */
  skipped?: string;
  /** Rules that threw: the rest of the document is still linted. */
  internalErrors: Array<{ ruleId: string; message: string }>;
}
