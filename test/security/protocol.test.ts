/**
 * Protocol abuse against the real language server over stdio (issue 6, item 4): malformed JSON-RPC,
 * unknown methods, requests for unopened documents, out-of-range positions in hover and codeAction,
 * 1,000 rapid didChange notifications, didClose while a lint is pending, odd and huge documents. After
 * each, the server must still be running and answer correctly. Skipped while dist/server.js is missing.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspClient, SERVER_JS, type RpcMessage } from './helpers/lsp-client';

const NL_BAD = `# Arbeidsovereenkomst

Deze arbeidsovereenkomst wordt aangegaan voor onbepaalde tijd.

## Artikel 12 – Relatiebeding

Het is werknemer verboden gedurende drie (3) jaar na het einde van de arbeidsovereenkomst
contact te onderhouden met relaties van werkgever met wie werknemer in de laatste 12 maanden zakelijk contact had.
`;
/** 0-based line of the restraint-duration finding in NL_BAD. */
const NL_BAD_LINE = 6;
const NL_OK = '# Arbeidsovereenkomst\n\nDeze arbeidsovereenkomst wordt aangegaan voor onbepaalde tijd.\n';

const INTERNAL_ERROR = -32603;

const server = fs.existsSync(SERVER_JS);
let dir: string;
let client: LspClient;
let docUri: string;

/** The server is alive, answers an unknown request with MethodNotFound and a hover on an open document. */
async function expectHealthy(c: LspClient = client): Promise<void> {
  expect(c.alive, `server exited ${JSON.stringify(c.exit)}; stderr: ${c.stderr.slice(-1500)}`).toBe(true);
  const unknown = await c.request('clauselint/noSuchMethod', {});
  expect(unknown.error?.code).toBe(-32601);
  const hover = await c.request('textDocument/hover', { textDocument: { uri: docUri }, position: { line: NL_BAD_LINE, character: 42 } });
  expect(hover.error, JSON.stringify(hover.error)).toBeUndefined();
  expect(JSON.stringify(hover.result ?? '')).toMatch(/restraint-duration|7:653|relatiebeding/iu);
}

/** A response that is a result, or a JSON-RPC error other than an internal error (a crash in a handler). */
function expectAnswered(r: RpcMessage, what: string): void {
  expect(r.error?.code, `${what}: ${JSON.stringify(r.error)}`).not.toBe(INTERNAL_ERROR);
}

describe.skipIf(!server)('language server over stdio under protocol abuse', () => {
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clauselint-protocol-'));
    fs.writeFileSync(path.join(dir, 'contract.md'), NL_BAD);
    docUri = new URL(`file://${path.join(dir, 'contract.md')}`).href;
    client = new LspClient({ cwd: dir });
    const init = await client.initialize(dir);
    expect(init.result?.capabilities).toBeTruthy();
    client.open(docUri, NL_BAD);
    const diags = await client.diagnostics(docUri, 0, 60_000);
    expect(diags.some((d) => d.code === 'restraint-duration' && d.range.start.line === NL_BAD_LINE), JSON.stringify(diags)).toBe(true);
  }, 120_000);

  afterAll(async () => {
    await client?.shutdown();
    client?.kill();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('survives malformed JSON-RPC bodies and headers', async () => {
    const bodies = [
      '{', '}', 'null', '[]', '42', '"text"', 'true', '{"jsonrpc":"2.0"}', '{"jsonrpc":"1.0","id":"forged-1","method":"initialize"}',
      '{"jsonrpc":"2.0","id":{},"method":"textDocument/hover"}', '{"jsonrpc":"2.0","id":[1],"method":"textDocument/hover","params":7}',
      // (forged ids are strings: the server's answers cannot pass for answers to this client's numbered requests)
      '{"jsonrpc":"2.0","id":99999,"result":null}', '{"jsonrpc":"2.0","id":1,"error":{"code":"x"}}', '{"jsonrpc":"2.0","method":42}',
      '{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":null}}',
      '{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":42,"text":{}}}}',
      '{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///x.md"},"contentChanges":"nope"}}',
      '{"jsonrpc":"2.0","id":"forged-2","method":"textDocument/codeAction","params":{"textDocument":{"uri":null},"range":"all","context":7}}',
      '{"jsonrpc":"2.0","id":"forged-3","method":"textDocument/hover","params":{"__proto__":{"polluted":1},"textDocument":{"uri":"file:///x.md"},"position":{"line":"0","character":null}}}',
      `{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":"${'x'.repeat(10_000)}"}}`,
      `[${'['.repeat(50_000)}${']'.repeat(50_000)}]`,
      `{"jsonrpc":"2.0","method":"x","params":${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}}`,
    ];
    for (const b of bodies) client.sendBody(b);
    client.writeRaw(Buffer.from([0x43, 0x6f, 0x6e, 0x74, 0x65, 0x6e, 0x74, 0x2d, 0x4c, 0x65, 0x6e, 0x67, 0x74, 0x68, 0x3a, 0x20, 0x34, 0x0d, 0x0a, 0x0d, 0x0a, 0xff, 0xfe, 0x00, 0xc3]));
    await expectHealthy();
  }, 60_000);

  it('survives a header without Content-Length and a non-numeric Content-Length', async () => {
    client.writeRaw('X-Junk: 1\r\n\r\n');
    client.writeRaw('Content-Length: abc\r\n\r\n');
    client.writeRaw('Content-Type: application/vscode-jsonrpc; charset=latin1\r\nContent-Length: 2\r\n\r\n{}');
    await expectHealthy();
  }, 60_000);

  it('answers unknown methods with MethodNotFound and ignores unknown notifications', async () => {
    for (const method of ['', 'foo', 'textDocument/nonsense', '$/unknown', 'workspace/executeCommand/x', '__proto__', 'constructor']) {
      const r = await client.request(method, { x: 1 });
      if (method.startsWith('$/')) continue; // "$/" requests may be answered or ignored
      expect(r.error?.code, method).toBe(-32601);
    }
    client.notify('foo/bar', { a: 1 });
    client.notify('$/setTrace', { value: 'verbose' });
    const cmd = await client.request('workspace/executeCommand', { command: 'clauselint.noSuchCommand', arguments: [{ __proto__: null }] });
    expectAnswered(cmd, 'executeCommand');
    await expectHealthy();
  }, 60_000);

  it('answers requests for documents that were never opened', async () => {
    const uris = ['file:///nowhere/never-opened.md', 'untitled:Untitled-1', 'file:///etc/passwd', 'not a uri', 'http://example.invalid/x.md', ''];
    for (const uri of uris) {
      const td = { uri };
      const pos = { line: 0, character: 0 };
      for (const [method, params] of [
        ['textDocument/hover', { textDocument: td, position: pos }],
        ['textDocument/codeAction', { textDocument: td, range: { start: pos, end: pos }, context: { diagnostics: [] } }],
        ['textDocument/documentSymbol', { textDocument: td }],
      ] as const) {
        const r = await client.request(method, params);
        expectAnswered(r, `${method} ${uri}`);
        if (!r.error) expect([null, undefined].includes(r.result) || (Array.isArray(r.result) && r.result.length === 0), `${method} ${uri}: ${JSON.stringify(r.result)}`).toBe(true);
      }
      client.notify('textDocument/didChange', { textDocument: { uri, version: 5 }, contentChanges: [{ text: NL_BAD }] });
      client.notify('textDocument/didClose', { textDocument: { uri } });
    }
    // nothing on disk was read for them: no diagnostics for a document that was never opened
    expect(client.received.some((m) => m.method === 'textDocument/publishDiagnostics' && m.params?.uri === 'file:///etc/passwd' && m.params.diagnostics.length > 0)).toBe(false);
    await expectHealthy();
  }, 60_000);

  it('answers hover and codeAction at out-of-range positions', async () => {
    const td = { textDocument: { uri: docUri } };
    const positions = [
      { line: -1, character: -1 }, { line: 0, character: -5 }, { line: 1e9, character: 1e9 }, { line: NL_BAD_LINE, character: 2 ** 31 - 1 },
      { line: 2 ** 31 - 1, character: 0 }, { line: 1.5, character: 0.5 }, { line: NL_BAD_LINE, character: 1e300 },
    ];
    for (const position of positions) {
      const h = await client.request('textDocument/hover', { ...td, position });
      expectAnswered(h, `hover ${JSON.stringify(position)}`);
    }
    const ranges = [
      { start: { line: 9, character: 0 }, end: { line: 0, character: 0 } },
      { start: { line: -3, character: 0 }, end: { line: 1e9, character: 1e9 } },
      { start: { line: NL_BAD_LINE, character: 500 }, end: { line: NL_BAD_LINE, character: 10 } },
      { start: { line: 0, character: 0 }, end: { line: 2 ** 31 - 1, character: 2 ** 31 - 1 } },
    ];
    const badDiagnostic = { range: { start: { line: 1e9, character: -1 }, end: { line: -1, character: 1e9 } }, message: 'x', code: 'restraint-duration', source: 'clauselint', data: { fixes: [{ edits: [{ start: -5, end: 1e12, text: 'x' }] }], __proto__: { polluted: 1 } } };
    for (const range of ranges) {
      for (const diagnostics of [[], [badDiagnostic], [{ ...badDiagnostic, code: 42, data: 'nonsense' }], [{ range, message: '', code: { value: 'restraint-duration' } }]]) {
        for (const only of [undefined, ['quickfix'], ['source.fixAll'], ['source.fixAll.clauselint'], ['nonsense']]) {
          const r = await client.request('textDocument/codeAction', { ...td, range, context: { diagnostics, only } });
          expectAnswered(r, `codeAction ${JSON.stringify(range)}`);
          // any edit the server offers stays inside the document
          for (const action of (Array.isArray(r.result) ? r.result : []) as Array<{ edit?: { changes?: Record<string, Array<{ range: { start: { line: number }; end: { line: number } } }>>; documentChanges?: Array<{ edits?: Array<{ range: { start: { line: number }; end: { line: number } } }> }> } }>) {
            const edits = [...Object.values(action.edit?.changes ?? {}).flat(), ...(action.edit?.documentChanges ?? []).flatMap((d) => d.edits ?? [])];
            for (const e of edits) {
              expect(e.range.start.line).toBeGreaterThanOrEqual(0);
              expect(e.range.end.line).toBeLessThanOrEqual(NL_BAD.split('\n').length);
            }
          }
        }
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    await expectHealthy();
  }, 120_000);

  it('keeps up with 1,000 rapid didChange notifications and ends with the diagnostics of the last text', async () => {
    const uri = new URL(`file://${path.join(dir, 'rapid.md')}`).href;
    client.open(uri, NL_OK, 'markdown', 1);
    const since = client.received.length;
    let last = '';
    for (let v = 2; v <= 1001; v++) {
      // even versions faulty, odd ones clean, and the last (1001) faulty again
      // alternate clean and faulty texts, then end on a faulty one with the finding on a known line
      last = v % 2 === 0 || v === 1001 ? `${'\n'.repeat(v % 13)}${NL_BAD}` : NL_OK.repeat(v % 7);
      client.notify('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ text: last }] });
    }
    const expectedLine = NL_BAD_LINE + (1001 % 13);
    // the last publish must match the last text (wait until it does, or time out)
    const deadline = Date.now() + 60_000;
    let diags = await client.diagnostics(uri, since, 60_000);
    while (!diags.some((d) => d.code === 'restraint-duration' && d.range.start.line === expectedLine) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
      diags = client.lastDiagnostics(uri) ?? [];
    }
    expect(diags.map((d) => `${d.code}@${d.range.start.line}`)).toContain(`restraint-duration@${expectedLine}`);
    const publishes = client.received.slice(since).filter((m) => m.method === 'textDocument/publishDiagnostics' && m.params?.uri === uri);
    // debounced: far fewer lints than changes
    expect(publishes.length).toBeLessThan(200);
    const versions = publishes.map((m) => m.params.version).filter((x) => typeof x === 'number') as number[];
    if (versions.length) expect(versions[versions.length - 1]).toBe(1001);
    await expectHealthy();
  }, 120_000);

  it('clears the diagnostics of a document closed while its lint is pending, and publishes none after', async () => {
    const uri = new URL(`file://${path.join(dir, 'closed.md')}`).href;
    const big = NL_BAD.repeat(2_000); // ~600 KB: its lint takes a while
    const since = client.received.length;
    client.open(uri, big);
    client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: big + NL_BAD }] });
    client.notify('textDocument/didClose', { textDocument: { uri } });
    await expectHealthy();
    await new Promise((r) => setTimeout(r, 3_000));
    const publishes = client.received.slice(since).filter((m) => m.method === 'textDocument/publishDiagnostics' && m.params?.uri === uri);
    const lastPublish = publishes[publishes.length - 1];
    if (lastPublish) expect(lastPublish.params.diagnostics, 'the last diagnostics published for a closed document').toEqual([]);
    // the server also forgot it: a hover answers null
    const h = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: NL_BAD_LINE, character: 42 } });
    expectAnswered(h, 'hover on closed document');
    expect(h.result ?? null).toBeNull();
  }, 120_000);

  it('lints documents with NUL bytes, lone surrogates, every line break and a BOM', async () => {
    const odd = `\ufeff${NL_BAD.replace(/\n/gu, (_, o: number) => ['\n', '\r\n', '\r', '\u2028'][o % 4]).replace(/e/gu, (s, o: number) => (o % 11 === 0 ? '\ud800' : o % 13 === 0 ? '\u0000' : s))}`;
    const uri = new URL(`file://${path.join(dir, 'odd.md')}`).href;
    client.open(uri, odd);
    const diags = await client.diagnostics(uri, 0, 60_000);
    for (const d of diags) {
      expect(d.range.start.line).toBeGreaterThanOrEqual(0);
      expect(d.range.start.line).toBeLessThanOrEqual(d.range.end.line);
    }
    client.open(uri, NL_OK, 'markdown', 1); // opened twice
    client.notify('textDocument/didClose', { textDocument: { uri } });
    client.notify('textDocument/didClose', { textDocument: { uri } }); // closed twice
    await expectHealthy();
  }, 60_000);

  it('answers while a 20 MB document is open and stays under 1.5 GB of memory; reports it', async () => {
    const uri = new URL(`file://${path.join(dir, 'huge.md')}`).href;
    const block = `${NL_BAD}\n${'Werknemer verricht de werkzaamheden naar beste vermogen. '.repeat(30)}\n\n`;
    const huge = block.repeat(Math.ceil((20 * 1024 * 1024) / block.length));
    const before = client.memory();
    client.open(uri, huge);
    const diags = await client.diagnostics(uri, client.received.length - 1, 120_000).catch(() => undefined);
    await expectHealthy();
    const after = client.memory();
    client.notify('textDocument/didClose', { textDocument: { uri } });
    console.log(`[protocol] 20 MB document: ${diags === undefined ? 'no diagnostics published' : `${diags.length} diagnostics`}; server RSS ${before?.rssMB} MB before, ${after?.rssMB} MB after, peak ${after?.peakMB} MB`);
    if (after) expect(after.peakMB).toBeLessThan(1536);
  }, 240_000);

  it('shuts down cleanly on shutdown + exit after all that', async () => {
    await expectHealthy();
    await client.shutdown();
    expect(client.exit?.code ?? null).toBe(0);
  }, 60_000);
});

describe.skipIf(!server)('language server: a stream that ends mid-message', () => {
  it('exits without hanging when stdin closes after a truncated message', async () => {
    const c = new LspClient();
    await c.initialize();
    c.writeRaw('Content-Length: 100\r\n\r\n{"jsonrpc":"2.0"');
    c.proc.stdin.end();
    await new Promise<void>((resolve) => {
      if (!c.alive) return resolve();
      const t = setTimeout(resolve, 10_000);
      c.proc.on('exit', () => {
        clearTimeout(t);
        resolve();
      });
    });
    const exited = !c.alive;
    c.kill();
    expect(exited, 'the server should exit when its input stream closes').toBe(true);
  }, 60_000);
});
