// Regenerates the rules table in README.md from the rule metadata (via the built CLI bundle).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { renderRulesTable, TABLE_START, TABLE_END } = require(join(root, 'dist', 'cli.js'));
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const a = readme.indexOf(TABLE_START);
const b = readme.indexOf(TABLE_END);
if (a < 0 || b < 0) throw new Error('README.md has no rules-table markers');
writeFileSync(join(root, 'README.md'), readme.slice(0, a) + renderRulesTable() + readme.slice(b + TABLE_END.length));
console.log('README.md rules table updated');
