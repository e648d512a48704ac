/**
 * LSP integration: the built dist/server.js as a real child process over stdio, driven by a JSON-RPC
 * client. Opens a Dutch contract with an over-long relatiebeding and checks the published diagnostics,
 * the hover, the code actions (and what applying them does), fix-all, the symbols, the custom requests,
 * a change and a close.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionRequest, DiagnosticSeverity, DocumentSymbolRequest, ExecuteCommandRequest, HoverRequest, SymbolKind,
  type CodeAction, type Diagnostic, type DocumentSymbol, type MarkupContent, type TextDocumentEdit, type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { TestClient } from './lsp-client';
import type { ClauseReport, DocumentInfo } from '../../server/src/lsp/protocol';

// a real server process per client: allow for a loaded machine (the waits themselves are bounded by WAIT_MS)
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const CONTRACT = `# Arbeidsovereenkomst

Deze arbeidsovereenkomst wordt aangegaan voor onbepaalde tijd.

## Artikel 12 – Relatiebeding

Het is werknemer verboden gedurende drie (3) jaar na het einde van de arbeidsovereenkomst contact te onderhouden met relaties van werkgever.
`;
const URI = 'file:///clauselint-test/arbeidsovereenkomst.md';
const TXT_URI = 'file:///clauselint-test/arbeidsovereenkomst.txt';
const DURATION = 'drie (3) jaar';

let client: TestClient;
/** Measured latencies, printed at the end (the report quotes them). */
const timings: Record<string, number> = {};

function editsOf(edit: WorkspaceEdit | undefined, uri: string): TextEdit[] {
  if (!edit) return [];
  if (edit.documentChanges) {
    return (edit.documentChanges as TextDocumentEdit[]).filter((d) => d.textDocument.uri === uri).flatMap((d) => d.edits as TextEdit[]);
  }
  return edit.changes?.[uri] ?? [];
}

function apply(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('x', 'markdown', 1, text), edits);
}

async function codeActions(uri: string, diagnostic: Diagnostic, only?: string[]): Promise<CodeAction[]> {
  const result = await client.conn.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: diagnostic.range,
    context: { diagnostics: [diagnostic], only },
  });
  return (result ?? []) as CodeAction[];
}

beforeAll(async () => {
  client = new TestClient();
  await client.initialize();
});

afterAll(async () => {
  await client?.shutdown();
  console.log(`clauselint LSP timings (ms): ${JSON.stringify(timings)}`);
});

describe('clauselint language server over stdio', () => {
  let diagnostic: Diagnostic;

  it('publishes a restraint-duration diagnostic on open', async () => {
    const sent = await client.open(URI, CONTRACT);
    const published = await client.diagnosticsFor(URI, 1);
    timings.openToDiagnostics = published.at - sent;
    expect(published.version).toBe(1);
    const d = published.diagnostics.find((x) => x.code === 'restraint-duration');
    expect(d, JSON.stringify(published.diagnostics)).toBeDefined();
    diagnostic = d!;
    expect(d!.source).toBe('clauselint');
    expect(d!.severity).toBe(DiagnosticSeverity.Error);
    expect(d!.codeDescription?.href).toMatch(/\/docs\/rules\/restraint-duration\.md$/u);
    expect(d!.message).toMatch(/36 maanden/u);
    const doc = TextDocument.create(URI, 'markdown', 1, CONTRACT);
    expect(doc.getText(d!.range)).toBe(DURATION);
  });

  it('hovers with the rule, the message, the rationale, the alternative, the citations and the doc link', async () => {
    const mid = { line: diagnostic.range.start.line, character: diagnostic.range.start.character + 3 };
    const hover = await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: mid });
    expect(hover).not.toBeNull();
    const md = (hover!.contents as MarkupContent).value;
    expect((hover!.contents as MarkupContent).kind).toBe('markdown');
    expect(md).toContain('restraint-duration');
    expect(md).toContain('36 maanden');
    expect(md).toMatch(/\*\*Waarom:\*\*/u);
    expect(md).toMatch(/\*\*Rechtsgeldig alternatief:\*\*/u);
    expect(md).toMatch(/\[art\. 7:653 lid 3 BW\]\(<https:\/\/wetten\.overheid\.nl\/jci1\.3:c:BWBR0005290&boek=7&artikel=653>\)/u);
    expect(md).toMatch(/docs\/rules\/restraint-duration\.md>\)/u);
    expect(hover!.range).toEqual(diagnostic.range);
  });

  it('has no hover away from findings, and survives out-of-range positions and unknown documents', async () => {
    const none = await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: { line: 0, character: 2 } });
    expect(none).toBeNull();
    const far = await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: { line: 9999, character: 9999 } });
    expect(far).toBeNull();
    const unknown = await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri: 'file:///nope.md' }, position: { line: 0, character: 0 } });
    expect(unknown).toBeNull();
    const negative = await client.conn.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: URI },
      range: { start: { line: -5, character: -1 }, end: { line: 99999, character: 5 } },
      context: { diagnostics: [] },
    });
    expect(Array.isArray(negative)).toBe(true);
  });

  it('offers the fix (preferred) first, then disable-line, disable-file, docs, and fix-all', async () => {
    const actions = await codeActions(URI, diagnostic);
    const titles = actions.map((a) => a.title);
    expect(titles).toEqual([
      'Verkort tot één (1) jaar',
      'Verkort tot twee (2) jaar (huidige rechtspraak)',
      'Schakel restraint-duration uit voor deze regel',
      'Schakel restraint-duration uit voor dit bestand',
      'Documentatie van restraint-duration tonen',
      'clauselint: alle automatisch herstelbare problemen oplossen',
    ]);
    const [fix, second, line, file, docs, all] = actions;
    expect(fix.kind).toBe('quickfix');
    expect(fix.isPreferred).toBe(true);
    expect(second.isPreferred).toBeUndefined();
    expect(fix.diagnostics?.[0].code).toBe('restraint-duration');
    expect(fix.diagnostics?.[0].range).toEqual(diagnostic.range);
    expect(all.kind).toBe('source.fixAll.clauselint');

    // the quick fix rewrites only the duration, keeping the number style
    const fixEdits = editsOf(fix.edit, URI);
    expect(fixEdits).toHaveLength(1);
    expect(apply(CONTRACT, fixEdits)).toBe(CONTRACT.replace(DURATION, 'één (1) jaar'));
    const versioned = (fix.edit!.documentChanges as TextDocumentEdit[])[0].textDocument;
    expect(versioned).toEqual({ uri: URI, version: 1 });

    // disable for this line: a comment on its own line above
    const lineText = apply(CONTRACT, editsOf(line.edit, URI));
    expect(lineText).toBe(
      CONTRACT.replace('Het is werknemer', '<!-- clauselint-disable-next-line restraint-duration -->\nHet is werknemer'),
    );
    // disable for this file: at the top
    const fileText = apply(CONTRACT, editsOf(file.edit, URI));
    expect(fileText).toBe(`<!-- clauselint-disable restraint-duration -->\n${CONTRACT}`);
    // each edit touches only its own range: everything else is byte-identical
    for (const a of [fix, line, file, all]) {
      for (const e of editsOf(a.edit, URI)) expect(e.range.start.line).toBeGreaterThanOrEqual(0);
    }

    // documentation: a command the server executes with window/showDocument
    expect(docs.command?.command).toBe('clauselint.openRuleDoc');
    const url = docs.command!.arguments![0] as string;
    expect(url).toMatch(/restraint-duration\.md$/u);
    await client.conn.sendRequest(ExecuteCommandRequest.type, { command: 'clauselint.openRuleDoc', arguments: [url] });
    expect(client.shown.map((s) => s.uri)).toContain(url);

    // the disable comments work: the server finds nothing in the edited texts
    for (const [i, text] of [lineText, fileText].entries()) {
      const uri = `file:///clauselint-test/disabled-${i}.md`;
      await client.open(uri, text);
      const p = await client.diagnosticsFor(uri, 1);
      expect(p.diagnostics.filter((d) => d.code === 'restraint-duration')).toEqual([]);
      await client.close(uri);
    }
  });

  it('answers only:source.fixAll with the fix-all action alone', async () => {
    const actions = await codeActions(URI, diagnostic, ['source.fixAll']);
    expect(actions.map((a) => a.kind)).toEqual(['source.fixAll.clauselint']);
    expect(apply(CONTRACT, editsOf(actions[0].edit, URI))).toBe(CONTRACT.replace(DURATION, 'één (1) jaar'));
    const quick = await codeActions(URI, diagnostic, ['quickfix']);
    expect(quick.every((a) => a.kind === 'quickfix')).toBe(true);
    expect(quick).toHaveLength(5);
  });

  it('syncs incrementally: a ranged change is applied and relinted', async () => {
    const uri = 'file:///clauselint-test/ranged.md';
    await client.open(uri, CONTRACT);
    expect((await client.diagnosticsFor(uri, 1)).diagnostics.some((d) => d.code === 'restraint-duration')).toBe(true);
    const shorter = CONTRACT.replace(DURATION, 'één (1) jaar');
    const { version } = await client.changeRange(uri, CONTRACT, shorter);
    const after = await client.diagnosticsFor(uri, version);
    expect(after.diagnostics.some((d) => d.code === 'restraint-duration')).toBe(false);
    const { version: v3 } = await client.changeRange(uri, shorter, CONTRACT);
    expect((await client.diagnosticsFor(uri, v3)).diagnostics.some((d) => d.code === 'restraint-duration')).toBe(true);
    await client.close(uri);
  });

  it('fix-all applies rounds until nothing changes, in one edit (a fix that makes another possible)', async () => {
    // round 1 shortens "1.5 jaar"; only then can round 2 delete the passive part, which ran into the number
    const uri = 'file:///clauselint-test/rounds.md';
    const text =
      '## Artikel 12 – Relatiebeding\n\nHet is werknemer verboden gedurende 1 jaar na het einde van de arbeidsovereenkomst contact te onderhouden met relaties van werkgever. whether or not solicited by the employee 1.5 jaar\n';
    await client.open(uri, text);
    const p = await client.diagnosticsFor(uri, 1);
    const actions = await codeActions(uri, p.diagnostics[0], ['source.fixAll']);
    const edits = editsOf(actions[0].edit, uri);
    expect(edits).toHaveLength(1);
    const fixed = apply(text, edits);
    expect(fixed).toBe(text.replace(' whether or not solicited by the employee 1.5 jaar', ''));
    // listed with the other actions (the light bulb asks on every cursor move) it is one round
    const listed = (await codeActions(uri, p.diagnostics[0])).find((a) => a.kind === 'source.fixAll.clauselint');
    expect(apply(text, editsOf(listed?.edit, uri))).toBe(text.replace('1.5 jaar', '1 jaar'));
    await client.close(uri);
  });

  it('lists the clauses as document symbols, with the restraint duration', async () => {
    const symbols = (await client.conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: URI } })) as DocumentSymbol[];
    expect(symbols).toHaveLength(1);
    expect(symbols[0].name).toBe('Arbeidsovereenkomst');
    expect(symbols[0].children).toHaveLength(1);
    const clause = symbols[0].children![0];
    expect(clause.name).toBe(`Artikel 12 – Relatiebeding (${DURATION})`);
    expect(clause.kind).toBe(SymbolKind.Event);
    expect(clause.detail).toMatch(/relatiebeding/u);
    // the parent covers the child
    expect(symbols[0].range.end.line).toBeGreaterThanOrEqual(clause.range.end.line);
  });

  it('answers clauselint/documentInfo and clauselint/clauseReport', async () => {
    const info = (await client.conn.sendRequest('clauselint/documentInfo', { uri: URI })) as DocumentInfo;
    expect(info).toMatchObject({ lang: 'nl', langSource: 'detected', jurisdiction: 'NL', jurisdictionSource: 'language', enabled: true });
    expect(info.counts).toEqual({ error: 1, warning: 0, info: 0, total: 1 });
    const report = (await client.conn.sendRequest('clauselint/clauseReport', { uri: URI })) as ClauseReport;
    expect(report.jurisdiction).toBe('NL');
    const row = report.rows.find((r) => r.title === 'Artikel 12 – Relatiebeding');
    expect(row).toMatchObject({ kinds: ['non-solicitation'], kindLabels: ['relatiebeding'], durations: [DURATION], months: 36, status: 'error' });
    expect(row!.findings[0].citations.some((c) => c.label === 'art. 7:653 lid 3 BW')).toBe(true);
    expect(await client.conn.sendRequest('clauselint/documentInfo', { uri: 'file:///not-open.md' })).toBeNull();
  });

  it('updates the diagnostics after a change (debounced), newest version only', async () => {
    // two quick changes: only the last one is linted and published
    await client.change(URI, CONTRACT.replace(DURATION, 'vijf (5) jaar'));
    const { version, sent } = await client.change(URI, CONTRACT.replace(DURATION, 'achttien (18) maanden'));
    const p = await client.diagnosticsFor(URI, version);
    timings.changeToDiagnostics = p.at - sent;
    expect(p.version).toBe(3);
    expect(client.published.filter((x) => x.uri === URI && x.version === 2)).toEqual([]);
    expect(p.diagnostics).toHaveLength(1);
    expect(p.diagnostics[0].severity).toBe(DiagnosticSeverity.Warning);
    expect(p.diagnostics[0].message).toMatch(/18 maanden/u);
    expect(timings.changeToDiagnostics).toBeGreaterThanOrEqual(100); // the debounce
  });

  it('requests during typing wait for the debounced lint instead of linting each version', async () => {
    const texts = ['vier (4) jaar', 'vijf (5) jaar', 'zes (6) jaar'].map((d) => CONTRACT.replace(DURATION, d));
    const before = client.published.length;
    const answers: Array<Promise<CodeAction[]>> = [];
    let last = 0;
    for (const text of texts) {
      last = (await client.change(URI, text)).version;
      answers.push(codeActions(URI, { ...diagnostic, range: { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } } }));
    }
    const results = await Promise.all(answers);
    const published = client.published.slice(before).filter((p) => p.uri === URI);
    expect(published.map((p) => p.version)).toEqual([last]);
    // every answer is about the last text: its fix replaces "zes (6) jaar"
    const finalDoc = TextDocument.create(URI, 'markdown', last, texts[2]);
    for (const actions of results) {
      const fix = actions.find((a) => a.isPreferred)!;
      expect(fix.title).toBe('Verkort tot één (1) jaar');
      expect(finalDoc.getText(editsOf(fix.edit, URI)[0].range)).toBe('zes (6) jaar');
    }
  });

  it('clears the diagnostics on close', async () => {
    const before = client.published.length;
    await client.close(URI);
    const p = await client.until('empty diagnostics', () => client.published.slice(before).find((x) => x.uri === URI));
    expect(p.diagnostics).toEqual([]);
  });

  it('uses the bare disable comment in plain text', async () => {
    const text = CONTRACT.replace(/^#+ /gmu, '');
    await client.open(TXT_URI, text, 'plaintext');
    const p = await client.diagnosticsFor(TXT_URI, 1);
    const d = p.diagnostics.find((x) => x.code === 'restraint-duration')!;
    expect(d).toBeDefined();
    const actions = await codeActions(TXT_URI, d);
    const line = actions.find((a) => /deze regel/u.test(a.title))!;
    const file = actions.find((a) => /dit bestand/u.test(a.title))!;
    const lineText = apply(text, editsOf(line.edit, TXT_URI));
    expect(lineText).toContain('\nclauselint-disable-next-line restraint-duration\nHet is werknemer');
    expect(lineText).not.toContain('<!--');
    expect(apply(text, editsOf(file.edit, TXT_URI))).toBe(`clauselint-disable restraint-duration\n${text}`);
    await client.change(TXT_URI, lineText);
    const after = await client.diagnosticsFor(TXT_URI, 2);
    expect(after.diagnostics.filter((x) => x.code === 'restraint-duration')).toEqual([]);
    await client.close(TXT_URI);
  });

  it('wrote nothing to stderr and logged no failure', () => {
    expect(client.stderr).toBe('');
    expect(client.logs.filter((l) => /failed|uncaught|unhandled|internal error/iu.test(l))).toEqual([]);
  });

  it('answers a malformed request with an empty result and logs it, and keeps serving', async () => {
    const hover = await client.conn.sendRequest('textDocument/hover', {});
    expect(hover).toBeNull();
    const actions = await client.conn.sendRequest('textDocument/codeAction', { textDocument: { uri: URI } });
    expect(actions).toEqual([]);
    const symbols = await client.conn.sendRequest('textDocument/documentSymbol', {});
    expect(symbols).toEqual([]);
    await client.until('the failure in the log', () => client.logs.find((l) => /clauselint: hover failed: TypeError/u.test(l)));
    await client.open(URI, CONTRACT, 'markdown', 10);
    expect((await client.diagnosticsFor(URI, 10)).diagnostics).toHaveLength(1);
    await client.close(URI);
  });
});

describe('over node IPC (the transport the VS Code client uses)', () => {
  it('initializes, publishes diagnostics and shuts down', async () => {
    const ipc = new TestClient({ transport: 'ipc' });
    try {
      await ipc.initialize();
      await ipc.open(URI, CONTRACT);
      const p = await ipc.diagnosticsFor(URI, 1);
      expect(p.diagnostics.map((d) => d.code)).toEqual(['restraint-duration']);
    } finally {
      await ipc.shutdown();
    }
    expect(ipc.child.exitCode ?? ipc.child.signalCode).not.toBeNull();
  });
});
