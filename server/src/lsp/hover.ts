/** Hover on a finding: rule title, message, why, the lawful alternative, the citations and the rule's page. */
import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../core/types';
import { ruleById } from '../rules';
import { ruleDocUrl } from '../node/docs';
import { rangeOf } from './diagnostics';
import { t } from './i18n';

/** Escapes Markdown so that contract and catalogue text is shown literally. */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]<>()#+!|~]/gu, '\\$&');
}

/** Markdown link target: angle brackets keep spaces and parentheses in a URL intact. */
function linkTarget(url: string): string {
  return `<${url.replace(/[<>\s]/gu, encodeURIComponent)}>`;
}

/** Findings whose range contains `offset` (end inclusive, so a hover just after the last character counts). */
export function findingsAt(findings: readonly Finding[], offset: number): Finding[] {
  return findings.filter((f) => f.start <= offset && offset <= f.end);
}

export function findingMarkdown(f: Finding, docsBaseUrl: string): string {
  const lang = f.lang;
  const meta = ruleById(f.ruleId)?.meta;
  const lines: string[] = [];
  const title = meta ? meta.title[lang] : f.ruleId;
  lines.push(`**${escapeMarkdown(title)}** · \`${f.ruleId}\` · ${f.severity}`, '');
  lines.push(escapeMarkdown(f.message), '');
  if (meta) {
    lines.push(`**${t('why', lang)}:** ${escapeMarkdown(meta.rationale[lang])}`, '');
    lines.push(`**${t('alternative', lang)}:** ${escapeMarkdown(meta.alternative[lang])}`, '');
  }
  if (f.citations.length) {
    lines.push(`**${t('sources', lang)}:**`, '');
    for (const c of f.citations) lines.push(`- [${escapeMarkdown(c.label)}](${linkTarget(c.url)}) — ${escapeMarkdown(c.summary)}`);
    lines.push('');
  }
  lines.push(`[${t('docs', lang)}: ${escapeMarkdown(f.ruleId)}](${linkTarget(ruleDocUrl(f.ruleId, docsBaseUrl || undefined))})`);
  return lines.join('\n');
}

/** The hover at `offset`, one section per finding there; null when there is none. */
export function hoverAt(doc: TextDocument, findings: readonly Finding[], offset: number, docsBaseUrl: string): Hover | null {
  const here = findingsAt(findings, offset);
  if (here.length === 0) return null;
  const start = Math.min(...here.map((f) => f.start));
  const end = Math.max(...here.map((f) => f.end));
  return {
    contents: { kind: MarkupKind.Markdown, value: here.map((f) => findingMarkdown(f, docsBaseUrl)).join('\n\n---\n\n') },
    range: rangeOf(doc, start, end),
  };
}
