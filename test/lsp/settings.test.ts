/**
 * Settings over LSP: workspace/configuration answers, didChangeConfiguration, a .clauselintrc.json in a
 * temp workspace folder (precedence, problems as diagnostics and log lines, the file watcher), the size
 * guard, enable, ignore, and the workspace-wide lint request.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DiagnosticSeverity, FileChangeType } from 'vscode-languageserver-protocol/node';
import { TestClient } from './lsp-client';
import type { DocumentInfo, LintFilesResult } from '../../server/src/lsp/protocol';

// a real server process per client: allow for a loaded machine (the waits themselves are bounded by WAIT_MS)
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const CONTRACT = `# Arbeidsovereenkomst

## Artikel 12 – Relatiebeding

Het is werknemer verboden gedurende drie (3) jaar na het einde van de arbeidsovereenkomst contact te onderhouden met relaties van werkgever.
`;

let dir: string;
const clients: TestClient[] = [];
const uriOf = (name: string) => pathToFileURL(path.join(dir, name)).href;

async function start(settings: TestClient['settings'], withFolder = true): Promise<TestClient> {
  const c = new TestClient({ settings, workspaceFolder: withFolder ? dir : undefined });
  clients.push(c);
  await c.initialize();
  return c;
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clauselint-lsp-'));
  fs.mkdirSync(path.join(dir, 'contracts'));
  fs.writeFileSync(path.join(dir, 'contracts', 'a.md'), CONTRACT);
  fs.writeFileSync(path.join(dir, 'contracts', 'b.txt'), CONTRACT.replace(/^#+ /gmu, ''));
});

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.shutdown()));
  fs.rmSync(path.join(dir, '.clauselintrc.json'), { force: true });
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('settings from workspace/configuration', () => {
  it('rules: { restraint-duration: off } silences the rule; didChangeConfiguration re-lints', async () => {
    const c = await start({ rules: { 'restraint-duration': 'off' } });
    const uri = uriOf('contracts/a.md');
    await c.open(uri, CONTRACT);
    expect((await c.diagnosticsFor(uri, 1)).diagnostics).toEqual([]);
    expect(c.configurationRequests.some((i) => i.section === 'clauselint' && i.scopeUri === uri)).toBe(true);

    const before = c.published.length;
    c.settings = { rules: { 'restraint-duration': 'info' } };
    await c.changeConfiguration();
    const p = await c.until('re-lint after the settings changed', () => c.published.slice(before).find((x) => x.uri === uri));
    expect(p.diagnostics.map((d) => [d.code, d.severity])).toEqual([['restraint-duration', DiagnosticSeverity.Information]]);
  });

  it('jurisdiction and language settings override detection', async () => {
    const c = await start({ jurisdiction: 'UK', language: 'en' });
    const uri = uriOf('contracts/a.md');
    await c.open(uri, CONTRACT);
    const p = await c.diagnosticsFor(uri, 1);
    expect(p.diagnostics[0].severity).toBe(DiagnosticSeverity.Warning); // UK: over 12 months is a warning
    expect(p.diagnostics[0].message).toMatch(/months/u);
    const info = (await c.conn.sendRequest('clauselint/documentInfo', { uri })) as DocumentInfo;
    expect(info).toMatchObject({ jurisdiction: 'UK', jurisdictionSource: 'setting', lang: 'en', langSource: 'setting' });
  });

  it('bad settings are logged, not fatal', async () => {
    const c = await start({ rules: { 'no-such-rule': 'error', 'restraint-duration': 'loud' }, jurisdiction: 'XX', maxFileSize: 'big' });
    const uri = uriOf('contracts/a.md');
    await c.open(uri, CONTRACT);
    const p = await c.diagnosticsFor(uri, 1);
    expect(p.diagnostics.map((d) => d.code)).toEqual(['restraint-duration']);
    expect(c.logs.join('\n')).toMatch(/clauselint\.rules\.no-such-rule: unknown rule id/u);
    expect(c.logs.join('\n')).toMatch(/clauselint\.rules\.restraint-duration: must be/u);
    expect(c.logs.join('\n')).toMatch(/clauselint\.jurisdiction: must be/u);
  });

  it('enable: false publishes nothing', async () => {
    const c = await start({ enable: false });
    const uri = uriOf('contracts/a.md');
    await c.open(uri, CONTRACT);
    expect((await c.diagnosticsFor(uri, 1)).diagnostics).toEqual([]);
  });

  it('maxFileSize: a larger document gets one informational diagnostic saying why it was skipped', async () => {
    const c = await start({ maxFileSize: 100 });
    const uri = uriOf('contracts/a.md');
    await c.open(uri, CONTRACT);
    const p = await c.diagnosticsFor(uri, 1);
    expect(p.diagnostics).toHaveLength(1);
    expect(p.diagnostics[0].severity).toBe(DiagnosticSeverity.Information);
    expect(p.diagnostics[0].message).toMatch(/not linted: the document is \d+ bytes, more than the limit of 100 bytes/u);
  });
});

describe('.clauselintrc.json in the workspace folder', () => {
  it('wins over the user settings for rules; problems are logged and shown on the open file', async () => {
    fs.writeFileSync(
      path.join(dir, '.clauselintrc.json'),
      JSON.stringify({ rules: { 'restraint-duration': 'info', foo: 'off' } }, null, 2),
    );
    const c = await start({ rules: { 'restraint-duration': 'error' } });
    const uri = uriOf('contracts/a.md');
    await c.open(uri, CONTRACT);
    const p = await c.diagnosticsFor(uri, 1);
    expect(p.diagnostics.map((d) => d.severity)).toEqual([DiagnosticSeverity.Information]);
    await c.until('the config problem in the log', () => c.logs.find((l) => l === 'clauselint: .clauselintrc.json: rules.foo: unknown rule id "foo" ignored'));
    expect(c.logs.some((l) => l.startsWith('clauselint: using ') && l.endsWith('.clauselintrc.json'))).toBe(true);
    const info = (await c.conn.sendRequest('clauselint/documentInfo', { uri })) as DocumentInfo;
    expect(info.configFile).toBe(path.join(dir, '.clauselintrc.json'));

    // the open config file gets its problems as diagnostics, at the offending key
    const rcUri = uriOf('.clauselintrc.json');
    const rcText = fs.readFileSync(path.join(dir, '.clauselintrc.json'), 'utf8');
    await c.open(rcUri, rcText, 'json');
    const rc = await c.diagnosticsFor(rcUri, 1);
    expect(rc.diagnostics).toHaveLength(1);
    expect(rc.diagnostics[0].message).toBe('rules.foo: unknown rule id "foo" ignored');
    const line = rcText.split('\n')[rc.diagnostics[0].range.start.line];
    expect(line.slice(rc.diagnostics[0].range.start.character, rc.diagnostics[0].range.end.character)).toBe('"foo"');
    // editing it (unsaved) updates them
    await c.change(rcUri, '{ "rules": { "restraint-duration": "info" } }');
    expect((await c.diagnosticsFor(rcUri, 2)).diagnostics).toEqual([]);
    await c.change(rcUri, '{ "rules": ');
    expect((await c.diagnosticsFor(rcUri, 3)).diagnostics[0].message).toMatch(/not valid JSON/u);
  });

  it('the watcher re-lints open documents when the file changes or goes', async () => {
    const c = await start({});
    await c.until('the watcher registration', () => c.registrations.includes('workspace/didChangeWatchedFiles'));
    const uri = uriOf('contracts/a.md');
    await c.open(uri, CONTRACT);
    expect((await c.diagnosticsFor(uri, 1)).diagnostics[0].severity).toBe(DiagnosticSeverity.Error);

    const rc = path.join(dir, '.clauselintrc.json');
    fs.writeFileSync(rc, JSON.stringify({ rules: { 'restraint-duration': 'off' } }));
    let before = c.published.length;
    await c.changeWatchedFiles([{ uri: pathToFileURL(rc).href, type: FileChangeType.Created }]);
    let p = await c.until('re-lint after the config was created', () => c.published.slice(before).find((x) => x.uri === uri));
    expect(p.diagnostics).toEqual([]);

    fs.rmSync(rc);
    before = c.published.length;
    await c.changeWatchedFiles([{ uri: pathToFileURL(rc).href, type: FileChangeType.Deleted }]);
    p = await c.until('re-lint after the config was deleted', () => c.published.slice(before).find((x) => x.uri === uri));
    expect(p.diagnostics.map((d) => d.code)).toEqual(['restraint-duration']);
  });

  it('jurisdiction in the file applies unless the setting says otherwise; ignore skips files', async () => {
    fs.writeFileSync(path.join(dir, '.clauselintrc.json'), JSON.stringify({ jurisdiction: 'NO', ignore: ['contracts/b.txt'] }));
    const c = await start({});
    const uri = uriOf('contracts/a.md');
    await c.open(uri, CONTRACT);
    await c.diagnosticsFor(uri, 1);
    let info = (await c.conn.sendRequest('clauselint/documentInfo', { uri })) as DocumentInfo;
    expect(info).toMatchObject({ jurisdiction: 'NO', jurisdictionSource: 'config' });

    const txt = uriOf('contracts/b.txt');
    await c.open(txt, fs.readFileSync(path.join(dir, 'contracts', 'b.txt'), 'utf8'), 'plaintext');
    expect((await c.diagnosticsFor(txt, 1)).diagnostics).toEqual([]);
    info = (await c.conn.sendRequest('clauselint/documentInfo', { uri: txt })) as DocumentInfo;
    expect(info.skipped).toMatch(/matches "ignore"/u);

    c.settings = { jurisdiction: 'UK' };
    await c.changeConfiguration();
    // messages are handled in order: the request sees the new settings
    info = (await c.conn.sendRequest('clauselint/documentInfo', { uri })) as DocumentInfo;
    expect(info).toMatchObject({ jurisdiction: 'UK', jurisdictionSource: 'setting' });
  });
});

describe('clauselint/lintFiles', () => {
  it('lints closed files from disk and publishes their diagnostics', async () => {
    const c = await start({});
    const a = uriOf('contracts/a.md');
    const b = uriOf('contracts/b.txt');
    const result = (await c.conn.sendRequest('clauselint/lintFiles', {
      files: [{ uri: a }, { uri: b }, { uri: uriOf('contracts/missing.md') }, { uri: 'untitled:Untitled-1', text: CONTRACT }],
    })) as LintFilesResult;
    expect(result).toMatchObject({ linted: 3, skipped: 1, filesWithFindings: 3 });
    expect(result.counts.error).toBe(3);
    expect(result.errors.join('\n')).toMatch(/missing\.md: ENOENT/u);
    expect((await c.diagnosticsFor(a)).diagnostics.map((d) => d.code)).toEqual(['restraint-duration']);
    expect((await c.diagnosticsFor(b)).diagnostics.map((d) => d.code)).toEqual(['restraint-duration']);
  });
});
