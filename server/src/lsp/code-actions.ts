/**
 * Code actions, in a fixed order (after vscode-eslint):
 *   1. every fix of every finding in the range (quick fix; the preferred fix first, `isPreferred`)
 *   2. per rule in the range: "Disable <rule> for this line", "Disable <rule> for this file",
 *      "Show documentation for <rule>"
 *   3. `source.fixAll.clauselint`: the preferred fix of every finding in the document; when asked for by
 *      kind, repeated until a round changes nothing (one edit over the span that changed)
 * Every WorkspaceEdit only touches its own range. Disable comments match the file type: an HTML
 * comment in Markdown, a bare `clauselint-disable…` line in plain text (see core/directives.ts).
 */
import {
  CodeActionKind, TextDocumentEdit, type CodeAction, type CodeActionContext, type Diagnostic, type Range, type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocFormat, Edit, Finding, Lang } from '../core/types';
import { diffEdit, fixAllEdits, fixAllText } from '../core/fixes';
import { ruleDocUrl } from '../node/docs';
import { Commands } from './protocol';
import { findingToDiagnostic, rangeOf } from './diagnostics';
import { t } from './i18n';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.clauselint`;

export interface CodeActionInput {
  doc: TextDocument;
  format: DocFormat;
  lang: Lang;
  findings: readonly Finding[];
  range: Range;
  context: CodeActionContext;
  docsBaseUrl: string;
  /** The client supports versioned `documentChanges`. */
  documentChanges: boolean;
  /** Lints a text with the document's options: fix-all repeats until a round changes nothing. */
  relint?: (text: string) => readonly Finding[];
}

/** Whether an action of `kind` is wanted by `only` (LSP: a kind matches itself and its sub-kinds). */
export function kindWanted(kind: string, only: readonly string[] | undefined): boolean {
  if (!only || only.length === 0) return true;
  return only.some((o) => o === '' || kind === o || kind.startsWith(`${o}.`));
}

export function codeActions(input: CodeActionInput): CodeAction[] {
  const { doc, findings, context } = input;
  const from = doc.offsetAt(input.range.start);
  const to = Math.max(from, doc.offsetAt(input.range.end));
  const inRange = findings.filter((f) => f.start <= to && f.end >= from).sort((a, b) => a.start - b.start || a.end - b.end);
  const actions: CodeAction[] = [];
  const quickFix = kindWanted(CodeActionKind.QuickFix, context.only);

  if (quickFix) {
    // 1. fixes
    for (const f of inRange) {
      const diagnostic = matchingDiagnostic(f, input);
      const fixes = f.fixes.slice().sort((a, b) => Number(!!b.preferred) - Number(!!a.preferred));
      for (const fix of fixes) {
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: fix.preferred === true ? true : undefined,
          edit: workspaceEdit(input, fix.edits.map((e) => textEdit(doc, e))),
        });
      }
    }
    // 2. disable for line / file, documentation: once per rule (and per line for the line action)
    const rulesSeen = new Set<string>();
    for (const f of inRange) {
      const diagnostic = matchingDiagnostic(f, input);
      if (rulesSeen.has(f.ruleId)) continue;
      rulesSeen.add(f.ruleId);
      const related = inRange.filter((g) => g.ruleId === f.ruleId).map((g) => matchingDiagnostic(g, input));
      actions.push({
        title: t('disableLine', input.lang, f.ruleId),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: workspaceEdit(input, [disableLineEdit(doc, input.format, f.ruleId, doc.positionAt(f.start).line)]),
      });
      actions.push({
        title: t('disableFile', input.lang, f.ruleId),
        kind: CodeActionKind.QuickFix,
        diagnostics: related,
        edit: workspaceEdit(input, [disableFileEdit(doc, input.format, f.ruleId)]),
      });
      const url = ruleDocUrl(f.ruleId, input.docsBaseUrl || undefined);
      actions.push({
        title: t('showDocs', input.lang, f.ruleId),
        kind: CodeActionKind.QuickFix,
        diagnostics: related,
        command: { title: t('showDocs', input.lang, f.ruleId), command: Commands.openRuleDoc, arguments: [url] },
      });
    }
  }

  // 3. fix all
  if (kindWanted(FIX_ALL_KIND, context.only)) {
    let edits = fixAllEdits(findings);
    // Asked for by kind (the Fix All command, editor.codeActionsOnSave): several rounds (core/fixes.ts
    // fixAllText), sent as one edit over the span that changed. Listed with the other actions (the
    // light bulb asks on every cursor move) it is one round: further rounds would lint the whole
    // document again on each request.
    const asked = (context.only ?? []).some((o) => o !== '' && (o === FIX_ALL_KIND || FIX_ALL_KIND.startsWith(`${o}.`)));
    if (edits.length && input.relint && asked) {
      const before = doc.getText();
      const change = diffEdit(before, fixAllText(before, input.relint, findings).text);
      edits = change ? [change] : [];
    }
    if (edits.length) {
      actions.push({
        title: t('fixAll', input.lang),
        kind: FIX_ALL_KIND,
        edit: workspaceEdit(input, edits.map((e) => textEdit(doc, e))),
      });
    }
  }
  return actions;
}

function textEdit(doc: TextDocument, e: Edit): TextEdit {
  return { range: rangeOf(doc, e.start, e.end), newText: e.text };
}

function workspaceEdit(input: CodeActionInput, edits: TextEdit[]): WorkspaceEdit {
  const { doc } = input;
  if (input.documentChanges) return { documentChanges: [TextDocumentEdit.create({ uri: doc.uri, version: doc.version }, edits)] };
  return { changes: { [doc.uri]: edits } };
}

/** The client's diagnostic for the finding when it sent one (same code and range), else ours. */
function matchingDiagnostic(f: Finding, input: CodeActionInput): Diagnostic {
  const own = findingToDiagnostic(f, input.doc, input.docsBaseUrl);
  const same = (a: Range, b: Range) =>
    a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
  return input.context.diagnostics.find((d) => d.code === f.ruleId && same(d.range, own.range)) ?? own;
}

function eolOf(text: string): string {
  const i = text.indexOf('\n');
  return i > 0 && text[i - 1] === '\r' ? '\r\n' : '\n';
}

function lineText(doc: TextDocument, line: number): string {
  return doc.getText({ start: { line, character: 0 }, end: { line, character: Number.MAX_SAFE_INTEGER } }).replace(/\r?\n$|\r$/u, '');
}

const HTML_NEXT_LINE = /^([ \t]*<!--\s*clauselint-disable-next-line\b[^>]*?)(\s*-->)[ \t]*$/u;
const BARE_NEXT_LINE = /^([ \t]*clauselint-disable-next-line\b(?:.*[^ \t])?)([ \t]*)$/u; // not .*?: quadratic on long lines
const HTML_DISABLE = /^([ \t]*<!--\s*clauselint-disable\b[^>]*?)(\s*-->)[ \t]*$/u;
const BARE_DISABLE = /^([ \t]*clauselint-disable\b(?!-)(?:.*[^ \t])?)([ \t]*)$/u;

/**
 * `<!-- clauselint-disable-next-line id -->` (or the bare plain-text form) on its own line above
 * `line`, indented like it; when the line above already is such a directive, the id is added to it.
 */
export function disableLineEdit(doc: TextDocument, format: DocFormat, ruleId: string, line: number): TextEdit {
  const above = line > 0 ? lineText(doc, line - 1) : undefined;
  const merged = above !== undefined ? appendToDirective(above, format === 'plaintext' ? BARE_NEXT_LINE : HTML_NEXT_LINE, ruleId) : undefined;
  if (merged) return { range: { start: { line: line - 1, character: merged.at }, end: { line: line - 1, character: merged.at } }, newText: merged.text };
  const indent = /^[ \t]*/u.exec(lineText(doc, line))![0];
  const comment = format === 'plaintext' ? `clauselint-disable-next-line ${ruleId}` : `<!-- clauselint-disable-next-line ${ruleId} -->`;
  const pos = { line, character: 0 };
  return { range: { start: pos, end: pos }, newText: `${indent}${comment}${eolOf(doc.getText())}` };
}

/** `<!-- clauselint-disable id -->` at the top of the file, after a YAML front matter block; merged into one already there. */
export function disableFileEdit(doc: TextDocument, format: DocFormat, ruleId: string): TextEdit {
  const text = doc.getText();
  const line = frontMatterEndLine(text);
  if (line < doc.lineCount) {
    const merged = appendToDirective(lineText(doc, line), format === 'plaintext' ? BARE_DISABLE : HTML_DISABLE, ruleId);
    if (merged) return { range: { start: { line, character: merged.at }, end: { line, character: merged.at } }, newText: merged.text };
  }
  const comment = format === 'plaintext' ? `clauselint-disable ${ruleId}` : `<!-- clauselint-disable ${ruleId} -->`;
  const eol = eolOf(text);
  if (line >= doc.lineCount) {
    // front matter closes on the last line without a line break: start a new line
    const end = doc.positionAt(text.length);
    return { range: { start: end, end }, newText: `${eol}${comment}${eol}` };
  }
  const pos = { line, character: 0 };
  return { range: { start: pos, end: pos }, newText: `${comment}${eol}` };
}

/** Inserts " id" before the end of an existing directive line; undefined when the line is not one, or already names the id. */
function appendToDirective(line: string, re: RegExp, ruleId: string): { at: number; text: string } | undefined {
  const m = re.exec(line);
  if (!m) return undefined;
  const ids = m[1].replace(/^[ \t]*(?:<!--\s*)?clauselint-[a-z-]+/u, '').split(/[\s,]+/u).filter(Boolean);
  if (ids.length === 0 || ids.includes(ruleId)) return undefined; // a directive for all rules, or already there: insert a new one
  return { at: m[1].length, text: ` ${ruleId}` };
}

/** 0-based line just after a leading YAML front matter block (`---` … `---` or `...`), or 0 when there is none. */
export function frontMatterEndLine(text: string): number {
  const lines = text.split(/\r\n|\r|\n/u);
  if (lines[0]?.replace(/^\uFEFF/u, '').trimEnd() !== '---') return 0;
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i].trimEnd();
    if (l === '---' || l === '...') return i + 1;
  }
  return 0;
}
