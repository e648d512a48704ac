/** The CLI interface of ../shared/design.md: formats, exit codes, folder walk, errors. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type Io } from '../server/src/cli';

const NL_BAD = `# Arbeidsovereenkomst

Deze arbeidsovereenkomst wordt aangegaan voor onbepaalde tijd.

## Artikel 12 – Relatiebeding

Het is werknemer verboden gedurende drie (3) jaar na het einde van de arbeidsovereenkomst
contact te onderhouden met relaties van werkgever met wie werknemer in de laatste 12 maanden zakelijk contact had.
`;
const NL_OK = `# Arbeidsovereenkomst

Deze arbeidsovereenkomst wordt aangegaan voor onbepaalde tijd. De opzegtermijn bedraagt twee maanden.
`;
const EN_WARN = `# Employment Agreement

## 9. Non-solicitation

For eighteen (18) months following the Termination Date the Employee shall not solicit any Client with whom the Employee had material dealings in the 12 months prior to the Termination Date.
`;

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clauselint-cli-'));
  fs.mkdirSync(path.join(dir, 'contracts', 'nested'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'contracts', 'node_modules'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'contracts', 'a-bad.md'), NL_BAD);
  fs.writeFileSync(path.join(dir, 'contracts', 'nested', 'b-ok.txt'), NL_OK);
  fs.writeFileSync(path.join(dir, 'contracts', 'nested', 'c-warn.markdown'), EN_WARN);
  fs.writeFileSync(path.join(dir, 'contracts', 'notes.json'), '{}');
  fs.writeFileSync(path.join(dir, 'contracts', 'node_modules', 'skip.md'), NL_BAD);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(args: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { stdout: (s) => (out += s), stderr: (s) => (err += s), readStdin: async () => stdin, isTTY: false };
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    const code = await main(args, io);
    return { code, out, err };
  } finally {
    process.chdir(cwd);
  }
}

describe('clauselint CLI', () => {
  it('exits 1 with an error finding, in the text format file:line:col severity message rule-id', async () => {
    const r = await run(['contracts/a-bad.md']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^contracts\/a-bad\.md:7:\d+: error .*36 maanden.*restraint-duration$/mu);
    expect(r.out).toMatch(/art\. 7:653/u);
  });

  it('exits 0 without error findings (warnings only or none)', async () => {
    expect((await run(['contracts/nested/b-ok.txt'])).code).toBe(0);
    const warn = await run(['contracts/nested/c-warn.markdown']);
    expect(warn.code).toBe(0);
    expect(warn.out).toMatch(/warning/u);
  });

  it('walks folders for .md, .markdown and .txt, skipping node_modules and other files, sorted', async () => {
    const r = await run(['--format', 'json', 'contracts']);
    const data = JSON.parse(r.out) as Array<{ file: string }>;
    const files = [...new Set(data.map((d) => d.file))];
    expect(files).toEqual(['contracts/a-bad.md', 'contracts/nested/c-warn.markdown']);
  });

  it('prints the JSON interface of design.md, sorted by file then line', async () => {
    const r = await run(['--format=json', 'contracts']);
    const data = JSON.parse(r.out);
    expect(Array.isArray(data)).toBe(true);
    for (const f of data) {
      expect(Object.keys(f).sort()).toEqual(['citations', 'column', 'endColumn', 'endLine', 'file', 'line', 'message', 'ruleId', 'severity'].sort());
      expect(['error', 'warning', 'info']).toContain(f.severity);
      expect(f.line).toBeGreaterThanOrEqual(1);
      expect(f.column).toBeGreaterThanOrEqual(1);
      expect(f.citations.length).toBeGreaterThan(0);
      for (const c of f.citations) expect(c.url).toMatch(/^https:\/\//u);
    }
    const order = data.map((f: { file: string; line: number }) => `${f.file}\u0000${String(f.line).padStart(6, '0')}`);
    expect(order).toEqual([...order].sort());
    const duration = data.find((f: { ruleId: string; file: string }) => f.ruleId === 'restraint-duration' && f.file === 'contracts/a-bad.md');
    expect(duration).toMatchObject({ line: 7, severity: 'error' });
  });

  it('prints SARIF 2.1.0 with rules carrying helpUri and results with regions', async () => {
    const r = await run(['--format', 'sarif', 'contracts']);
    const sarif = JSON.parse(r.out);
    expect(sarif.version).toBe('2.1.0');
    const run0 = sarif.runs[0];
    expect(run0.tool.driver.name).toBe('clauselint');
    const rule = run0.tool.driver.rules.find((x: { id: string }) => x.id === 'restraint-duration');
    expect(rule.helpUri).toMatch(/restraint-duration\.md$/u);
    expect(rule.shortDescription.text).toBeTruthy();
    const res = run0.results.find((x: { ruleId: string }) => x.ruleId === 'restraint-duration');
    expect(res.level).toBe('error');
    expect(run0.tool.driver.rules[res.ruleIndex].id).toBe('restraint-duration');
    expect(res.locations[0].physicalLocation.artifactLocation.uri).toBe('contracts/a-bad.md');
    expect(res.locations[0].physicalLocation.region.startLine).toBe(7);
    expect(r.code).toBe(1);
  });

  it('honours --jurisdiction and --lang', async () => {
    const no = await run(['--format', 'json', '--jurisdiction', 'NO', 'contracts/nested/c-warn.markdown']);
    const f = JSON.parse(no.out).find((x: { ruleId: string }) => x.ruleId === 'restraint-duration');
    expect(f.severity).toBe('error');
    expect(no.code).toBe(1);
    const nl = await run(['--format', 'json', '--lang', 'nl', '--jurisdiction', 'NL', 'contracts/nested/c-warn.markdown']);
    expect(JSON.parse(nl.out).find((x: { ruleId: string }) => x.ruleId === 'restraint-duration').message).toMatch(/maanden/u);
  });

  it('exits 2 with a clear message for a missing or unreadable file, and still reports the others', async () => {
    const r = await run(['contracts/a-bad.md', 'contracts/missing.md']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/cannot read contracts\/missing\.md: no such file or directory/u);
    expect(r.out).toMatch(/restraint-duration/u);
    fs.symlinkSync(path.join(dir, 'nowhere.md'), path.join(dir, 'broken.md'));
    const b = await run(['broken.md']);
    expect(b.code).toBe(2);
    expect(b.err).toMatch(/broken\.md/u);
  });

  it('exits 2 on usage errors', async () => {
    expect((await run([])).code).toBe(2);
    expect((await run(['--format', 'xml', 'x.md'])).err).toMatch(/--format must be text, json or sarif/u);
    expect((await run(['--jurisdiction', 'DE', 'x.md'])).code).toBe(2);
    expect((await run(['--bogus'])).code).toBe(2);
  });

  it('refuses files over --max-file-size with exit 2', async () => {
    const r = await run(['--max-file-size', '100', 'contracts/a-bad.md']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/over the maximum file size of 100 bytes/u);
  });

  it('skips binary files with a message', async () => {
    fs.writeFileSync(path.join(dir, 'bin.md'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]));
    const r = await run(['bin.md']);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/binary file/u);
  });

  it('reads .clauselintrc.json: rules off, jurisdiction; a malformed config names file and key and falls back', async () => {
    const sub = path.join(dir, 'cfg');
    fs.mkdirSync(sub, { recursive: true });
    fs.writeFileSync(path.join(sub, 'c.md'), NL_BAD);
    fs.writeFileSync(path.join(sub, '.clauselintrc.json'), JSON.stringify({ rules: { 'restraint-duration': 'off' } }));
    expect(JSON.parse((await run(['--format', 'json', 'cfg/c.md'])).out)).toEqual([]);
    fs.writeFileSync(path.join(sub, '.clauselintrc.json'), '{ "rules": { "restraint-duration": "loud", "no-such-rule": "off" }, "jurisdiction": 7 }');
    const r = await run(['--format', 'json', 'cfg/c.md']);
    expect(r.err).toMatch(/cfg\/\.clauselintrc\.json: rules\.restraint-duration: must be "off", "info", "warning" or "error"/u);
    expect(r.err).toMatch(/rules\.no-such-rule: unknown rule id/u);
    expect(r.err).toMatch(/jurisdiction: must be one of/u);
    expect(JSON.parse(r.out).some((f: { ruleId: string }) => f.ruleId === 'restraint-duration')).toBe(true);
    fs.writeFileSync(path.join(sub, '.clauselintrc.json'), '{ not json');
    const bad = await run(['--format', 'json', 'cfg/c.md']);
    expect(bad.err).toMatch(/\.clauselintrc\.json: \(root\): not valid JSON/u);
    expect(bad.code).toBe(1);
    expect((await run(['--no-config', '--format', 'json', 'cfg/c.md'])).err).toBe('');
  });

  it('--fix applies preferred fixes in place and leaves the rest byte-identical', async () => {
    const f = path.join(dir, 'fixme.md');
    fs.writeFileSync(f, NL_BAD);
    const r = await run(['--fix', 'fixme.md']);
    const fixed = fs.readFileSync(f, 'utf8');
    expect(fixed).toBe(NL_BAD.replace('drie (3) jaar', 'één (1) jaar'));
    expect(r.code).toBe(0);
  });

  it('reads stdin for "-"', async () => {
    const r = await run(['--format', 'json', '-'], NL_BAD);
    expect(JSON.parse(r.out)[0].file).toBe('<stdin>');
  });

  it('runs as the bin script (the built bundle)', () => {
    const bin = path.join(__dirname, '..', 'bin', 'clauselint.js');
    const p = spawnSync(process.execPath, [bin, '--format', 'json', path.join(dir, 'contracts', 'a-bad.md')], { encoding: 'utf8' });
    expect(p.status, p.stderr).toBe(1);
    expect(JSON.parse(p.stdout)[0].ruleId).toBeTruthy();
  });
});
