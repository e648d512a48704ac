/**
 * Keeps the rule catalogue consistent (markdownlint's meta test): ids equal file names and the
 * catalogue in ../shared/rules.md, every rule has metadata in three languages, resolvable
 * citations for every jurisdiction it applies in, a doc page, and fixtures in nl, no and en.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../server/src/rules';
import { CITATIONS } from '../server/src/law/citations';
import { LANGS, JURISDICTIONS, SEVERITIES } from '../server/src/core/types';
import { renderRulesTable } from '../server/src/node/rules-table';
import { listFixtureFiles, loadFixture } from './helpers/fixtures';
import { lintDocument } from '../server/src/core/lint';

const root = path.join(__dirname, '..');
const rulesDir = path.join(root, 'server', 'src', 'rules');
const catalogue = path.join(root, '..', 'shared', 'rules.md');

function catalogueIds(): string[] {
  const text = fs.readFileSync(catalogue, 'utf8');
  return [...text.matchAll(/^###\s+`([a-z0-9-]+)`/gmu)].map((m) => m[1]);
}

describe('rule catalogue', () => {
  it('one file per rule, id equal to the file name, all listed', () => {
    const files = fs.readdirSync(rulesDir).filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.replace(/\.ts$/u, ''));
    expect(rules.map((r) => r.meta.id).sort()).toEqual(files.sort());
  });

  it.runIf(fs.existsSync(catalogue))('implements every rule of ../shared/rules.md, in its order', () => {
    const ids = catalogueIds();
    expect(ids.length).toBeGreaterThan(10);
    expect(rules.map((r) => r.meta.id)).toEqual(ids);
  });

  it('ids and aliases are unique kebab-case', () => {
    const all = rules.flatMap((r) => [r.meta.id, ...(r.meta.aliases ?? [])]);
    expect(new Set(all).size).toBe(all.length);
    for (const id of all) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u);
  });

  for (const rule of rules) {
    const { meta } = rule;
    describe(meta.id, () => {
      it('has every text in nl, no and en', () => {
        for (const field of ['title', 'description', 'rationale', 'alternative'] as const) {
          for (const lang of LANGS) expect(meta[field][lang], `${field}.${lang}`).toMatch(/\S/u);
        }
        expect(meta.languages.length).toBeGreaterThan(0);
      });
      it('has valid severities and citations for every jurisdiction it applies in', () => {
        const js = Object.keys(meta.severity);
        expect(js.length).toBeGreaterThan(0);
        for (const j of js) {
          expect(JURISDICTIONS).toContain(j);
          expect(SEVERITIES).toContain(meta.severity[j as 'NL']);
          const ids = [...(meta.citations[j as 'NL'] ?? []), ...(meta.citations.all ?? [])];
          expect(ids.length, `citations for ${j}`).toBeGreaterThan(0);
        }
        for (const ids of Object.values(meta.citations)) for (const id of ids ?? []) expect(CITATIONS, id).toHaveProperty(id);
      });
      it('has a doc page that names it and links its citations', () => {
        const doc = path.join(root, 'docs', 'rules', `${meta.id}.md`);
        expect(fs.existsSync(doc), doc).toBe(true);
        const text = fs.readFileSync(doc, 'utf8');
        expect(text.split('\n')[0]).toBe(`# ${meta.id}`);
        const ids = new Set(Object.values(meta.citations).flat());
        for (const id of ids) expect(text, `${meta.id}.md links ${id}`).toContain(CITATIONS[id!].url);
      });
    });
  }
});

describe('fixtures cover every rule in every language', () => {
  const perRuleLang = new Map<string, number>();
  const negatives = new Map<string, number>();
  for (const file of listFixtureFiles()) {
    const fx = loadFixture(file);
    const lang = lintDocument(fx.text, fx.options).doc.lang;
    const folder = fx.rel.split('/')[0];
    const expected = new Set(fx.expectations.filter((e) => e.status !== 'false-positive').map((e) => e.ruleId));
    for (const e of fx.expectations) {
      if (e.status === 'false-positive') continue;
      perRuleLang.set(`${e.ruleId}:${lang}`, (perRuleLang.get(`${e.ruleId}:${lang}`) ?? 0) + 1);
    }
    if (!expected.has(folder)) negatives.set(`${folder}:${lang}`, (negatives.get(`${folder}:${lang}`) ?? 0) + 1);
  }
  for (const rule of rules) {
    for (const lang of rule.meta.languages) {
      it(`${rule.meta.id} has ≥ 3 positive expectations and a negative fixture in ${lang}`, () => {
        expect(perRuleLang.get(`${rule.meta.id}:${lang}`) ?? 0).toBeGreaterThanOrEqual(3);
        expect(negatives.get(`${rule.meta.id}:${lang}`) ?? 0).toBeGreaterThanOrEqual(1);
      });
    }
  }
});

describe('README', () => {
  it('has the rules table generated from the metadata (npm run docs:rules)', () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    expect(readme).toContain(renderRulesTable());
  });
});
