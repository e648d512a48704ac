/**
 * The JSON schema of .clauselintrc.json (contributed to VS Code through jsonValidation), generated
 * from the rule metadata by scripts/build.mjs into schemas/clauselintrc.schema.json, so that every
 * rule id — including rules added later — completes and validates in the editor.
 */
import type { Rule } from '../core/types';
import { JURISDICTIONS, LANGS } from '../core/types';
import { rules as allRules } from '../rules';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function configSchema(rules: readonly Rule[] = allRules): { [key: string]: Json } {
  const ids = rules.flatMap((r) => [r.meta.id, ...(r.meta.aliases ?? [])]);
  const ruleProperties: { [key: string]: Json } = {};
  for (const r of rules) {
    const m = r.meta;
    const defaults = Object.entries(m.severity).map(([j, s]) => `${j} ${s}`).join(', ');
    ruleProperties[m.id] = {
      $ref: '#/definitions/ruleSetting',
      markdownDescription: `**${m.title.en}** — ${m.description.en}\n\nDefault: ${defaults}.${m.fixable ? ' Has quick fixes.' : ''}`,
    };
    for (const alias of m.aliases ?? []) {
      ruleProperties[alias] = {
        $ref: '#/definitions/ruleSetting',
        markdownDeprecationMessage: `Old id of \`${m.id}\`; use \`${m.id}\`.`,
      };
    }
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'clauselint configuration (.clauselintrc.json)',
    description: 'Workspace configuration of clauselint, read by the CLI and the VS Code extension. Comments are allowed.',
    type: 'object',
    additionalProperties: false,
    definitions: {
      ruleSetting: {
        oneOf: [
          { type: 'string', enum: ['off', 'info', 'warning', 'error'], enumDescriptions: ['Do not run the rule.', 'Report as information.', 'Report as a warning.', 'Report as an error.'] },
          { type: 'boolean', enum: [false], description: 'Same as "off".' },
        ],
      },
    },
    properties: {
      $schema: { type: 'string' },
      jurisdiction: {
        type: 'string',
        enum: ['auto', ...JURISDICTIONS, 'GB'],
        markdownDescription:
          'Law the contracts are checked against. `auto` (or leaving it out): the governing-law clause, else the language. The VS Code setting `clauselint.jurisdiction`, when not `auto`, wins over this key.',
      },
      language: {
        type: 'string',
        enum: ['auto', ...LANGS, 'nb'],
        markdownDescription: 'Language of the contracts (`nb` is read as `no`). `auto` or leaving it out: detected per contract.',
      },
      rules: {
        type: 'object',
        markdownDescription: 'Per-rule setting: `off`, `info`, `warning` or `error`. Wins over the VS Code setting `clauselint.rules`.',
        properties: ruleProperties,
        additionalProperties: false,
      },
      ignore: {
        type: 'array',
        items: { type: 'string' },
        markdownDescription: 'Glob patterns, relative to this file\'s folder, of files not to lint (`**`, `*`, `?`; a pattern without `/` matches a file name).',
      },
      hiddenFalsePositives: {
        type: 'array',
        markdownDescription: 'Hide findings without comments in the contract: a finding of `rule` whose sentence contains `text` (case-insensitive) is hidden.',
        items: {
          type: 'object',
          required: ['rule', 'text'],
          additionalProperties: false,
          properties: {
            rule: { type: 'string', enum: ids },
            text: { type: 'string', minLength: 1 },
          },
        },
      },
      maxFileSize: {
        type: 'number',
        exclusiveMinimum: 0,
        markdownDescription: 'Files larger than this many bytes are not linted (the editor shows why). Wins over the VS Code setting `clauselint.maxFileSize`.',
      },
    },
  };
}
