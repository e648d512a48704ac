/** CLI output formats: text (like ESLint's unix format), JSON (design.md's interface) and SARIF 2.1.0. */
import * as fs from 'node:fs';
import type { Finding, Rule } from '../core/types';
import { rules as allRules } from '../rules';
import { ruleDocPath, ruleDocUrl } from './docs';

export interface FileResult {
  /** Path as shown: relative to the working directory, with forward slashes. */
  file: string;
  findings: Finding[];
  lang?: string;
  jurisdiction?: string;
  jurisdictionSource?: string;
}

export interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  ruleId: string;
  severity: Finding['severity'];
  message: string;
  citations: Array<{ id: string; label: string; url: string }>;
}

export function toJson(results: FileResult[]): JsonFinding[] {
  const out: JsonFinding[] = [];
  for (const r of results) {
    for (const f of r.findings) {
      out.push({
        file: r.file,
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        citations: f.citations.map((c) => ({ id: c.id, label: c.label, url: c.url })),
      });
    }
  }
  return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
}

export function formatText(results: FileResult[], color: boolean, verbose = false): string {
  const paint = (code: string, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const sevColor = { error: '31', warning: '33', info: '36' } as const;
  const lines: string[] = [];
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of toJson(results)) {
    counts[f.severity]++;
    lines.push(`${f.file}:${f.line}:${f.column}: ${paint(sevColor[f.severity], f.severity)} ${f.message} ${paint('2', f.ruleId)}`);
    if (verbose) for (const c of f.citations) lines.push(`    ${c.label} <${c.url}>`);
  }
  const total = counts.error + counts.warning + counts.info;
  if (total > 0) {
    lines.push('', `${total} problem${total === 1 ? '' : 's'} (${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.info} info) in ${results.filter((r) => r.findings.length).length} of ${results.length} file${results.length === 1 ? '' : 's'}`);
  } else {
    lines.push(`No problems in ${results.length} file${results.length === 1 ? '' : 's'}.`);
  }
  return lines.join('\n') + '\n';
}

const SARIF_LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

export function toSarif(results: FileResult[], version: string, docsBase?: string, ruleSet: readonly Rule[] = allRules): object {
  const ruleIndex = new Map(ruleSet.map((r, i) => [r.meta.id, i]));
  const readDoc = (id: string) => {
    try {
      return fs.readFileSync(ruleDocPath(id), 'utf8');
    } catch {
      return undefined;
    }
  };
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'clauselint',
            version,
            semanticVersion: version,
            rules: ruleSet.map((r) => {
              const sev = Object.values(r.meta.severity);
              const level = sev.includes('error') ? 'error' : sev.includes('warning') ? 'warning' : 'note';
              const doc = readDoc(r.meta.id);
              return {
                id: r.meta.id,
                name: r.meta.id.replace(/(^|-)(\w)/gu, (_m, _d, c: string) => c.toUpperCase()),
                shortDescription: { text: r.meta.title.en },
                fullDescription: { text: r.meta.description.en },
                helpUri: ruleDocUrl(r.meta.id, docsBase),
                help: { text: r.meta.rationale.en, ...(doc ? { markdown: doc } : {}) },
                defaultConfiguration: { level },
                properties: { tags: ['legal', ...Object.keys(r.meta.severity), ...(r.meta.tags ?? [])] },
              };
            }),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: results.flatMap((fr) =>
          fr.findings.map((f) => ({
            ruleId: f.ruleId,
            ruleIndex: ruleIndex.get(f.ruleId) ?? -1,
            level: SARIF_LEVEL[f.severity],
            message: { text: f.message + (f.citations.length ? ` (${f.citations.map((c) => c.label).join('; ')})` : '') },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: encodeURI(fr.file), uriBaseId: '%SRCROOT%' },
                  region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
                },
              },
            ],
            properties: { citations: f.citations.map((c) => ({ label: c.label, url: c.url })), lang: f.lang, jurisdiction: f.jurisdiction },
            ...(f.fixes.length
              ? {
                  fixes: f.fixes.map((fix) => ({
                    description: { text: fix.title },
                    artifactChanges: [
                      {
                        artifactLocation: { uri: encodeURI(fr.file), uriBaseId: '%SRCROOT%' },
                        replacements: fix.edits.map((e) => ({
                          deletedRegion: { charOffset: e.start, charLength: e.end - e.start },
                          insertedContent: { text: e.text },
                        })),
                      },
                    ],
                  })),
                }
              : {}),
          })),
        ),
      },
    ],
  };
}
