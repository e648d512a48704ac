/**
 * The extension manifest and what it points at stay consistent: localisation keys, commands, settings
 * (against the server's settings type), the generated .clauselintrc.json schema, the allow-list
 * .vscodeignore, and the rule that only server/src/lsp and server.ts build LSP objects.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Commands, DEFAULT_SETTINGS } from '../../server/src/lsp/protocol';
import { configSchema } from '../../server/src/lsp/config-schema';
import { rules } from '../../server/src/rules';

const ROOT = path.join(__dirname, '..', '..');
const read = (f: string) => fs.readFileSync(path.join(ROOT, f), 'utf8');
const pkgText = read('package.json');
const pkg = JSON.parse(pkgText);
const client = read('client/src/extension.ts');

describe('package.json', () => {
  const keys = [...new Set([...pkgText.matchAll(/"%([^"%]+)%"/gu)].map((m) => m[1]))];
  for (const nls of ['package.nls.json', 'package.nls.nl.json', 'package.nls.nb.json']) {
    it(`${nls} has every %key% and no other`, () => {
      const table = JSON.parse(read(nls));
      expect(Object.keys(table).sort()).toEqual(keys.sort());
      for (const v of Object.values(table)) expect(v).toMatch(/\S/u);
    });
  }

  it('the l10n bundles translate every l10n.t() string of the client', () => {
    const strings = new Set([...client.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/gu)].map((m) => m[1].replace(/\\'/gu, "'")));
    expect(strings.size).toBeGreaterThan(10);
    for (const bundle of ['l10n/bundle.l10n.nl.json', 'l10n/bundle.l10n.nb.json']) {
      const table = JSON.parse(read(bundle));
      expect(Object.keys(table).sort(), bundle).toEqual([...strings].sort());
    }
  });

  it('contributes the commands the client registers', () => {
    const contributed = (pkg.contributes.commands as Array<{ command: string }>).map((c) => c.command).sort();
    const clientSide = Object.values(Commands).filter((c) => c !== Commands.openRuleDoc).sort();
    expect(contributed).toEqual(clientSide);
    for (const c of contributed) expect(client).toMatch(new RegExp(`registerCommand\\(Commands\\.${Object.entries(Commands).find(([, v]) => v === c)![0]}\\b`, 'u'));
  });

  it('contributes one setting per field of the server\'s settings, with the same defaults', () => {
    const props = pkg.contributes.configuration.properties as Record<string, { default: unknown; markdownDescription?: string }>;
    const expected = [...Object.keys(DEFAULT_SETTINGS).map((k) => `clauselint.${k}`), 'clauselint.trace.server'].sort();
    expect(Object.keys(props).sort()).toEqual(expected);
    for (const [k, v] of Object.entries(DEFAULT_SETTINGS)) expect(props[`clauselint.${k}`].default, k).toEqual(v);
    for (const p of Object.values(props)) expect(p.markdownDescription).toMatch(/^%config\./u);
  });

  it('activates on the contract languages, runs in untrusted workspaces, ships the bundled client', () => {
    expect(pkg.activationEvents).toEqual(expect.arrayContaining(['onLanguage:markdown', 'onLanguage:plaintext', 'onLanguage:contract']));
    expect(pkg.capabilities.untrustedWorkspaces).toEqual({ supported: true });
    expect(pkg.main).toBe('./dist/client.js');
    expect(pkg.scripts.package).toMatch(/build\.mjs --production && vsce package --no-dependencies/u);
  });

  it('validates .clauselintrc.json with the schema generated from the rule metadata', () => {
    const v = (pkg.contributes.jsonValidation as Array<{ fileMatch: string; url: string }>).find((j) => j.fileMatch === '.clauselintrc.json')!;
    const schema = JSON.parse(read(v.url));
    expect(schema).toEqual(JSON.parse(JSON.stringify(configSchema())));
    for (const r of rules) expect(schema.properties.rules.properties).toHaveProperty(r.meta.id);
  });
});

describe('.vscodeignore', () => {
  it('is an allow-list that keeps sources, tests, maps and node_modules out', () => {
    const lines = read('.vscodeignore').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    expect(lines[0]).toBe('**');
    expect(lines.slice(1).every((l) => l.startsWith('!'))).toBe(true);
    for (const l of lines.slice(1)) expect(l).not.toMatch(/src|test|bench|node_modules|\.map|\.ts$/u);
    expect(lines).toEqual(expect.arrayContaining(['!dist/client.js', '!dist/server.js', '!LICENSE']));
  });
});

describe('architecture', () => {
  it('only server/src/lsp and server.ts import vscode-languageserver', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, e.name);
        if (e.isDirectory()) walk(full);
        else if (e.name.endsWith('.ts')) {
          const rel = path.relative(path.join(ROOT, 'server', 'src'), full).split(path.sep).join('/');
          if (rel.startsWith('lsp/') || rel === 'server.ts') continue;
          if (/from\s+['"]vscode-languageserver/u.test(fs.readFileSync(full, 'utf8'))) offenders.push(rel);
        }
      }
    };
    walk(path.join(ROOT, 'server', 'src'));
    expect(offenders).toEqual([]);
  });

  it('the client imports from the server only the shared protocol', () => {
    const imports = [...client.matchAll(/from\s+'(\.\.\/[^']+)'/gu)].map((m) => m[1]);
    expect(imports).toEqual(['../../server/src/lsp/protocol']);
  });
});
