/**
 * Bad configuration (issue 6, item 6): malformed .clauselintrc.json, unknown rule ids, wrong value types,
 * a config that is a directory, a device, a FIFO or huge, JavaScript instead of JSON, and `__proto__` /
 * `constructor` / `prototype` keys. Never a crash or a hang; every problem names the file and the key;
 * the defaults apply; Object.prototype stays clean; and only documented keys change behaviour (a
 * property test compares each random config with the same config stripped to its documented keys).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globMatches, globToRegExp, isIgnored, parseConfigText, type ConfigParseResult } from '../../server/src/core/config';
import { loadConfigFile, ConfigCache } from '../../server/src/node/config-loader';
import { isKnownRuleId, rules } from '../../server/src/rules';
import { lint } from '../../server/src/core/lint';
import { main, type Io } from '../../server/src/cli';
import { runs, SEED } from './helpers/budget';
import { ROOT } from './helpers/corpus';

const FILE = '/workspace/.clauselintrc.json';
/** The keys of .clauselintrc.json that README and the JSON schema document. */
const DOCUMENTED = ['$schema', 'jurisdiction', 'language', 'rules', 'ignore', 'hiddenFalsePositives', 'maxFileSize'];
const RULE_IDS = rules.map((r) => r.meta.id);
const NL_BAD = '# Arbeidsovereenkomst\n\n## Artikel 12 – Relatiebeding\n\nHet is werknemer verboden gedurende drie (3) jaar na het einde van de arbeidsovereenkomst contact te onderhouden met relaties van werkgever.\n';

const prototypeSnapshot = () => ({
  names: Object.getOwnPropertyNames(Object.prototype).sort().join(','),
  toString: Object.prototype.toString,
  hasOwnProperty: Object.prototype.hasOwnProperty,
  arrayNames: Object.getOwnPropertyNames(Array.prototype).sort().join(','),
});
const pristine = prototypeSnapshot();

function expectNoPollution(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  expect((Object.create(null) as Record<string, unknown>).polluted).toBeUndefined();
  expect(prototypeSnapshot()).toEqual(pristine);
}

function parse(text: string): ConfigParseResult {
  let r: ConfigParseResult | undefined;
  expect(() => (r = parseConfigText(text, FILE, isKnownRuleId))).not.toThrow();
  for (const p of r!.problems) {
    expect(p.file).toBe(FILE);
    expect(typeof p.key).toBe('string'); // "(root)", "rules.<id>", or the offending key itself (which may be "")
    expect(p.message.length).toBeGreaterThan(0);
  }
  expectNoPollution();
  return r!;
}

const defaults = () => parseConfigText('{}', FILE, isKnownRuleId).config;

describe('parseConfigText: malformed and hostile input', () => {
  const cases: Array<[string, string, string | RegExp | null]> = [
    ['empty file', '', '(root)'],
    ['truncated object', '{', '(root)'],
    ['null', 'null', '(root)'],
    ['array', '[]', '(root)'],
    ['number', '42', '(root)'],
    ['string', '"rules"', '(root)'],
    ['JavaScript module', 'module.exports = { rules: { "restraint-duration": "off" } };', '(root)'],
    ['JavaScript with code', '({ rules: require("child_process").execSync("touch /tmp/clauselint-pwned") })', '(root)'],
    ['ES module', 'export default { rules: {} }', '(root)'],
    ['rules is a string', '{ "rules": "off" }', 'rules'],
    ['rules is an array', '{ "rules": ["restraint-duration"] }', 'rules'],
    ['rule setting is a number', '{ "rules": { "restraint-duration": 3 } }', 'rules.restraint-duration'],
    ['rule setting is an object', '{ "rules": { "restraint-duration": { "severity": "off" } } }', 'rules.restraint-duration'],
    ['unknown rule id', '{ "rules": { "no-such-rule": "off" } }', 'rules.no-such-rule'],
    ['jurisdiction is an array', '{ "jurisdiction": ["NL"] }', 'jurisdiction'],
    ['jurisdiction unknown', '{ "jurisdiction": "DE" }', 'jurisdiction'],
    ['language is an object', '{ "language": {} }', 'language'],
    ['ignore is a string', '{ "ignore": "*.md" }', 'ignore'],
    ['ignore holds numbers', '{ "ignore": [1, 2] }', 'ignore'],
    ['hiddenFalsePositives is an object', '{ "hiddenFalsePositives": {} }', 'hiddenFalsePositives'],
    ['hiddenFalsePositives item without text', '{ "hiddenFalsePositives": [{ "rule": "restraint-duration" }] }', 'hiddenFalsePositives[0]'],
    ['maxFileSize is a string', '{ "maxFileSize": "10" }', 'maxFileSize'],
    ['maxFileSize is negative', '{ "maxFileSize": -1 }', 'maxFileSize'],
    ['maxFileSize overflows to Infinity', '{ "maxFileSize": 1e999 }', 'maxFileSize'],
    ['unknown key', '{ "extends": "./other.js" }', 'extends'],
    ['plugins key', '{ "plugins": ["./evil.js"] }', 'plugins'],
    ['deeply nested arrays', `${'['.repeat(200_000)}${']'.repeat(200_000)}`, '(root)'],
    ['deeply nested objects under rules', `{ "rules": ${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)} }`, /^rules/u],
    ['a 10,000-character key', `{ "${'k'.repeat(10_000)}": 1 }`, /^k+$/u],
    ['a key with a line break and quotes', '{ "a\\n\\"b": 1 }', null],
    ['duplicate keys (the last wins)', '{ "jurisdiction": "NL", "jurisdiction": 7 }', 'jurisdiction'],
    ['NUL bytes', '{ "rules": {\u0000} }', '(root)'],
    ['lone surrogates in a key', '{ "rules": { "\ud800": "off" } }', /^rules\./u],
    ['unterminated block comment', '{ /* "rules": {} ', '(root)'],
    ['unterminated string', '{ "rules": "off', '(root)'],
  ];
  for (const [name, text, key] of cases) {
    it(`${name}: no throw, the file and ${key === null ? 'no' : `key ${String(key)}`} named`, () => {
      const r = parse(text);
      if (key === null) return;
      const keys = r.problems.map((p) => p.key);
      if (typeof key === 'string') expect(keys).toContain(key);
      else expect(keys.some((k) => key.test(k)), JSON.stringify(keys).slice(0, 300)).toBe(true);
    });
  }

  it('accepts JSONC (comments and trailing commas, as VS Code writes them) and a BOM', () => {
    const r = parse('\ufeff// clauselint\n{ /* off */ "rules": { "restraint-duration": "off", }, "jurisdiction": "nl", }');
    expect(r.problems).toEqual([]);
    expect(r.config.rules['restraint-duration']).toBe('off');
    expect(r.config.jurisdiction).toBe('NL');
  });

  it('parses a 5 MB config in bounded time', () => {
    const big = `{ "ignore": [${Array.from({ length: 200_000 }, (_, i) => `"f${i}/**"`).join(',')}], "rules": { ${'"no-such": "off", '.repeat(10_000)}"restraint-duration": "off" } }`;
    const t0 = performance.now();
    const r = parse(big);
    expect(performance.now() - t0).toBeLessThan(5_000);
    expect(r.config.rules['restraint-duration']).toBe('off');
  });

  it('__proto__, constructor and prototype keys pollute nothing and change nothing', () => {
    const hostile = [
      '{ "__proto__": { "polluted": true, "rules": { "restraint-duration": "off" } } }',
      '{ "constructor": { "prototype": { "polluted": true } } }',
      '{ "prototype": { "polluted": true } }',
      '{ "rules": { "__proto__": "off", "constructor": "off", "prototype": "off", "toString": "off", "hasOwnProperty": "off", "valueOf": "off" } }',
      '{ "rules": { "__proto__": { "polluted": true, "restraint-duration": "off" } } }',
      '{ "hiddenFalsePositives": [{ "rule": "__proto__", "text": "x" }, { "__proto__": { "rule": "restraint-duration", "text": "drie" } }] }',
      '{ "ignore": { "__proto__": ["**"] }, "maxFileSize": { "__proto__": 5 } }',
      '{ "jurisdiction": { "toString": "NO" }, "language": { "valueOf": "no" } }',
      '{ "__proto__": { "isAdmin": true }, "constructor": { "name": "x" } }',
    ];
    const baseline = lint(NL_BAD);
    for (const text of hostile) {
      const r = parse(text);
      expect(r.config, text).toEqual(defaults());
      expect(Object.keys(r.config.rules)).toEqual([]);
      // and linting with it behaves exactly like linting with the defaults
      const findings = lint(NL_BAD, { rules: r.config.rules, hiddenFalsePositives: r.config.hiddenFalsePositives, jurisdiction: r.config.jurisdiction, lang: r.config.language });
      expect(findings).toEqual(baseline);
      expectNoPollution();
    }
  });
});

/** JSON text of an object with the given entries, keeping `__proto__` as an own key (JSON.parse does). */
const objectText = (entries: Array<[string, unknown]>) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')}}`;

describe('parseConfigText: only documented keys change behaviour (property)', () => {
  const junkKey = fc.oneof(
    fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'extends', 'plugins', 'require', 'import', 'eval', 'Rules', 'RULES', 'rule', 'jurisdictions', 'lang', ''),
    fc.string({ maxLength: 12 }),
  );
  const ruleKey = fc.oneof(fc.constantFrom(...RULE_IDS), fc.constantFrom('__proto__', 'constructor', 'no-such-rule', 'toString'), fc.string({ maxLength: 8 }));
  const value = fc.oneof(fc.constantFrom('off', 'info', 'warning', 'error', 'NL', 'NO', 'UK', 'GB', 'nl', 'no', 'en', 'nb', 'auto', false, true, null, 0, -1, 1e9), fc.jsonValue({ maxDepth: 2 }));
  const documentedValue: fc.Arbitrary<[string, unknown]> = fc.oneof(
    fc.tuple(fc.constant('rules'), fc.oneof(fc.array(fc.tuple(ruleKey, value), { maxLength: 5 }).map((es) => ({ __entries: es })), value)),
    fc.tuple(fc.constantFrom('jurisdiction', 'language', 'maxFileSize', '$schema'), value),
    fc.tuple(fc.constant('ignore'), fc.oneof(fc.array(fc.string({ maxLength: 10 }), { maxLength: 3 }), value)),
    fc.tuple(fc.constant('hiddenFalsePositives'), fc.oneof(fc.array(fc.record({ rule: ruleKey, text: fc.string({ maxLength: 10 }) }), { maxLength: 3 }), value)),
  );
  const render = (v: unknown): string =>
    v && typeof v === 'object' && '__entries' in (v as object) ? objectText((v as { __entries: Array<[string, unknown]> }).__entries) : JSON.stringify(v);
  const textOf = (entries: Array<[string, unknown]>) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${render(v)}`).join(',')}}`;

  it(`a config with junk keys gives exactly the config of its documented keys, and never pollutes (${runs(300)} cases)`, () => {
    fc.assert(
      fc.property(fc.array(documentedValue, { maxLength: 5 }), fc.array(fc.tuple(junkKey, fc.jsonValue({ maxDepth: 3 })), { maxLength: 5 }), fc.boolean(), (documented, junk, junkFirst) => {
        const documentedOnly = documented.filter(([k]) => DOCUMENTED.includes(k));
        const junkOnly = junk.filter(([k]) => !DOCUMENTED.includes(k));
        const mixed = junkFirst ? [...junkOnly, ...documentedOnly] : [...documentedOnly, ...junkOnly];
        const a = parseConfigText(textOf(mixed), FILE, isKnownRuleId);
        const b = parseConfigText(textOf(documentedOnly), FILE, isKnownRuleId);
        expect(a.config).toEqual(b.config);
        for (const p of a.problems) {
          expect(p.file).toBe(FILE);
          expect(p.message.length).toBeGreaterThan(0);
        }
        // every junk key is reported by name
        for (const [k] of junkOnly) if (k !== '') expect(a.problems.some((p) => p.key === k), `junk key ${JSON.stringify(k)}`).toBe(true);
        expectNoPollution();
      }),
      { numRuns: runs(300), seed: SEED },
    );
  });
});

describe('config files on disk: loader and CLI', () => {
  let dir: string;
  const cli = path.join(ROOT, 'bin', 'clauselint.js');
  const runCli = (args: string[], cwd: string) => spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', timeout: 30_000 });

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clauselint-config-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const workspace = (name: string, makeConfig: (file: string) => void): string => {
    const ws = path.join(dir, name);
    fs.mkdirSync(ws, { recursive: true });
    fs.writeFileSync(path.join(ws, 'contract.md'), NL_BAD);
    makeConfig(path.join(ws, '.clauselintrc.json'));
    return ws;
  };

  const hostileConfigs: Array<[string, (file: string) => void, RegExp]> = [
    ['a directory', (f) => fs.mkdirSync(f), /is a directory/u],
    ['a symlink to /dev/zero', (f) => fs.symlinkSync('/dev/zero', f), /not a regular file|cannot be read/u],
    ['a FIFO', (f) => spawnSync('mkfifo', [f]), /not a regular file|cannot be read/u],
    ['a dangling symlink', (f) => fs.symlinkSync(path.join(dir, 'nowhere.json'), f), /cannot be read/u],
    ['a symlink loop', (f) => fs.symlinkSync(f, f), /cannot be read/u],
    ['2 MB of JSON', (f) => fs.writeFileSync(f, `{ "x": "${'a'.repeat(2_000_000)}" }`), /larger than|bytes/u],
    ['JavaScript', (f) => fs.writeFileSync(f, 'require("child_process").execSync("touch /tmp/clauselint-pwned"); module.exports = {}'), /not valid JSON/u],
    ['binary', (f) => fs.writeFileSync(f, Buffer.from([0, 1, 2, 0xff, 0xfe, 0x7b])), /not valid JSON/u],
  ];

  for (const [name, make, message] of hostileConfigs) {
    it(`loader: a .clauselintrc.json that is ${name} gives the defaults and a problem naming it (no hang)`, () => {
      const ws = workspace(`loader-${name.replace(/\W+/gu, '-')}`, make);
      if (name === 'a FIFO' && !fs.existsSync(path.join(ws, '.clauselintrc.json'))) return; // no mkfifo here
      const file = path.join(ws, '.clauselintrc.json');
      const loaded = loadConfigFile(file);
      expect(loaded.config).toEqual(defaults());
      expect(loaded.problems.length).toBeGreaterThan(0);
      expect(loaded.problems[0].file).toBe(file);
      expect(loaded.problems[0].key).toBe('(root)');
      expect(loaded.problems.map((p) => p.message).join('; ')).toMatch(message);
      // the cache the server and the CLI use, from a document in that folder
      expect(new ConfigCache().forDocument(path.join(ws, 'contract.md')).config).toEqual(defaults());
    }, 30_000);

    it(`CLI: a workspace whose .clauselintrc.json is ${name} still lints, names the file, does not hang`, () => {
      const ws = workspace(`cli-${name.replace(/\W+/gu, '-')}`, make);
      if (name === 'a FIFO' && !fs.existsSync(path.join(ws, '.clauselintrc.json'))) return;
      const r = runCli(['--format', 'json', 'contract.md'], ws);
      expect(r.error, 'the CLI hung (killed after 30 s)').toBeUndefined();
      expect(r.status, r.stderr).toBe(1);
      expect(JSON.parse(r.stdout).some((f: { ruleId: string }) => f.ruleId === 'restraint-duration')).toBe(true);
      // a broken symlink counts as no config file (existsSync); every other case is reported with the file
      if (!/symlink loop|dangling/u.test(name)) expect(r.stderr).toMatch(/\.clauselintrc\.json: \(root\): /u);
      expect(fs.existsSync('/tmp/clauselint-pwned')).toBe(false);
    }, 60_000);
  }

  it('CLI: --config naming a directory, a device or a FIFO exits 2 with a message, without hanging', () => {
    const ws = workspace('explicit', () => undefined);
    const fifo = path.join(ws, 'pipe.json');
    spawnSync('mkfifo', [fifo]);
    for (const cfg of [ws, '/dev/zero', ...(fs.existsSync(fifo) ? [fifo] : [])]) {
      const r = runCli(['--config', cfg, 'contract.md'], ws);
      expect(r.error, `--config ${cfg} hung`).toBeUndefined();
      expect(r.status, `--config ${cfg}: ${r.stderr}`).toBe(2);
      expect(r.stderr).toContain(cfg);
    }
  }, 90_000);

  it('CLI in-process: hostile keys in the config change nothing, malformed ones are named with file and key', async () => {
    const ws = workspace('inproc', (f) => fs.writeFileSync(f, '{ "__proto__": { "polluted": 1 }, "rules": { "constructor": "off", "restraint-duration": 5 }, "jurisdiction": [] }'));
    let out = '';
    let err = '';
    const io: Io = { stdout: (s) => (out += s), stderr: (s) => (err += s), readStdin: async () => '', isTTY: false };
    const code = await main(['--format', 'json', path.join(ws, 'contract.md')], io);
    expect(code).toBe(1);
    expect(err).toMatch(/\.clauselintrc\.json: rules\.constructor: unknown rule id/u);
    expect(err).toMatch(/\.clauselintrc\.json: rules\.restraint-duration: must be/u);
    expect(err).toMatch(/\.clauselintrc\.json: jurisdiction: must be/u);
    expect(err).toMatch(/\.clauselintrc\.json: __proto__: unknown key/u);
    expect(JSON.parse(out).some((f: { ruleId: string }) => f.ruleId === 'restraint-duration')).toBe(true);
    expectNoPollution();
  });

  it('CLI: an explicit path that is a device is refused with exit 2 instead of read forever', () => {
    const ws = workspace('device', () => undefined);
    const r = runCli(['/dev/zero', 'contract.md'], ws);
    expect(r.error, 'the CLI hung on /dev/zero').toBeUndefined();
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/\/dev\/zero/u);
  }, 60_000);
});

describe('ignore globs from an untrusted workspace (ReDoS)', () => {
  const HOSTILE = ['*a'.repeat(12) + '*b', '**a'.repeat(12) + '**b', '?*'.repeat(20) + 'x', '*'.repeat(200) + 'b', 'a/**/**/**/**/**/**/**/**/b', '**/*a*a*a*a*a*a*a*a*a*a*/z'];

  it('isIgnored answers hostile globs on long paths in linear time', () => {
    const paths = ['a'.repeat(250) + '.md', `${'a/'.repeat(500)}c.md`, `${'a'.repeat(100)}/${'a'.repeat(100)}/x.md`];
    const c0 = process.cpuUsage();
    for (const p of paths) expect(isIgnored(p, HOSTILE)).toBe(false);
    const cpu = process.cpuUsage(c0);
    expect((cpu.user + cpu.system) / 1000).toBeLessThan(1_000);
  });

  it(`globMatches agrees with globToRegExp on small inputs (${runs(2000)} cases)`, () => {
    const globPart = fc.constantFrom('a', 'b', '/', '.', '*', '**', '?', 'x/', '**/', '.md', 'é', '\u{1F600}', '[', '(', '+');
    const pathPart = fc.constantFrom('a', 'b', '/', '.', 'x', '.md', 'é', '\u{1F600}', 'ab/', '[', '(');
    fc.assert(
      fc.property(fc.array(globPart, { minLength: 1, maxLength: 5 }), fc.array(pathPart, { maxLength: 6 }), (g, p) => {
        const glob = g.join('');
        const file = p.join('');
        expect(globMatches(glob, file), `${JSON.stringify(glob)} on ${JSON.stringify(file)}`).toBe(globToRegExp(glob).test(file));
      }),
      { numRuns: runs(2000), seed: SEED },
    );
  });

  it('CLI: a folder walk under a config with hostile ignore globs and long file names finishes', () => {
    const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'clauselint-glob-'));
    try {
      fs.writeFileSync(path.join(ws, '.clauselintrc.json'), JSON.stringify({ ignore: HOSTILE }));
      fs.mkdirSync(path.join(ws, 'a'.repeat(100)));
      fs.writeFileSync(path.join(ws, 'a'.repeat(100), `${'a'.repeat(200)}.md`), NL_BAD);
      const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'clauselint.js'), '--format', 'json', '.'], { cwd: ws, encoding: 'utf8', timeout: 30_000 });
      expect(r.error, 'the CLI hung on the ignore globs').toBeUndefined();
      expect(r.status, r.stderr).toBe(1);
    } finally {
      fs.rmSync(ws, { recursive: true, force: true });
    }
  }, 60_000);
});
