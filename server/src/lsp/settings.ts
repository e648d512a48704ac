/**
 * Settings: normalising what workspace/configuration returns, and merging it with the nearest
 * .clauselintrc.json into the LintOptions of one document.
 *
 * Precedence (documented in docs/editor.md):
 *   rules, hiddenFalsePositives, ignore, maxFileSize:
 *       rule defaults < `clauselint.*` settings < .clauselintrc.json
 *     (the file is the team's shared policy and what the CLI reads, so editor and CI agree;
 *     hiddenFalsePositives from both are combined)
 *   jurisdiction, language:
 *       detection < .clauselintrc.json < `clauselint.jurisdiction` / `clauselint.language` when not "auto"
 *     (an explicit setting acts like the CLI's --jurisdiction / --lang flags: it is what the status bar
 *     picker writes, and it must take effect)
 */
import type { DocFormat, Jurisdiction, Lang, LintOptions, RuleSetting } from '../core/types';
import { JURISDICTIONS, LANGS } from '../core/types';
import type { ClauselintConfig } from '../core/config';
import { canonicalRuleId, isKnownRuleId } from '../rules';
import { DEFAULT_SETTINGS, type ClauselintSettings } from './protocol';

const RULE_SETTINGS: readonly string[] = ['off', 'info', 'warning', 'error'];

export interface NormalisedSettings {
  settings: ClauselintSettings;
  /** Problems with the user's settings, e.g. "clauselint.rules.foo: unknown rule id". */
  problems: string[];
}

/** Total: any shape of input gives valid settings; what is wrong is listed in `problems`. */
export function normaliseSettings(raw: unknown): NormalisedSettings {
  const problems: string[] = [];
  const s: ClauselintSettings = { ...DEFAULT_SETTINGS, rules: Object.create(null), hiddenFalsePositives: [] };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { settings: s, problems };
  const r = raw as Record<string, unknown>;
  if (typeof r.enable === 'boolean') s.enable = r.enable;
  if (typeof r.jurisdiction === 'string') {
    const j = r.jurisdiction.toUpperCase() === 'GB' ? 'UK' : r.jurisdiction.toUpperCase();
    if ((JURISDICTIONS as readonly string[]).includes(j)) s.jurisdiction = j as Jurisdiction;
    else if (r.jurisdiction.toLowerCase() !== 'auto' && r.jurisdiction !== '') {
      problems.push(`clauselint.jurisdiction: must be "auto", NL, NO or UK, got ${JSON.stringify(r.jurisdiction)}`);
    }
  }
  if (typeof r.language === 'string') {
    const l = r.language.toLowerCase() === 'nb' ? 'no' : r.language.toLowerCase();
    if ((LANGS as readonly string[]).includes(l)) s.language = l as Lang;
    else if (l !== 'auto' && l !== '') problems.push(`clauselint.language: must be "auto", nl, no or en, got ${JSON.stringify(r.language)}`);
  }
  if (typeof r.rules === 'object' && r.rules !== null && !Array.isArray(r.rules)) {
    for (const [id, v] of Object.entries(r.rules as Record<string, unknown>)) {
      if (!isKnownRuleId(id)) {
        problems.push(`clauselint.rules.${id}: unknown rule id "${id}" ignored`);
        continue;
      }
      const value = v === false ? 'off' : v;
      if (typeof value === 'string' && RULE_SETTINGS.includes(value)) s.rules[canonicalRuleId(id)] = value as RuleSetting;
      else problems.push(`clauselint.rules.${id}: must be "off", "info", "warning" or "error", got ${JSON.stringify(v)}`);
    }
  }
  if (typeof r.docsBaseUrl === 'string') s.docsBaseUrl = r.docsBaseUrl.trim();
  if (typeof r.maxFileSize === 'number' && Number.isFinite(r.maxFileSize) && r.maxFileSize > 0) s.maxFileSize = r.maxFileSize;
  if (Array.isArray(r.hiddenFalsePositives)) {
    r.hiddenFalsePositives.forEach((h, i) => {
      const rec = h as Record<string, unknown> | null;
      if (rec && typeof rec === 'object' && typeof rec.rule === 'string' && typeof rec.text === 'string' && rec.text.trim() !== '') {
        if (isKnownRuleId(rec.rule)) s.hiddenFalsePositives.push({ rule: rec.rule, text: rec.text });
        else problems.push(`clauselint.hiddenFalsePositives[${i}].rule: unknown rule id "${rec.rule}" ignored`);
      } else problems.push(`clauselint.hiddenFalsePositives[${i}]: must be { "rule": "<rule-id>", "text": "<text>" }`);
    });
  }
  return { settings: s, problems };
}

export interface EffectiveOptions {
  options: LintOptions;
  maxFileSize: number;
  langSource?: 'setting' | 'config';
  jurisdictionSource?: 'setting' | 'config';
}

/** The LintOptions of one document: settings merged with the config file (see the precedence above). */
export function effectiveOptions(settings: ClauselintSettings, config: ClauselintConfig | undefined, format: DocFormat): EffectiveOptions {
  const rules: Record<string, RuleSetting> = Object.create(null);
  for (const [id, v] of Object.entries(settings.rules)) rules[canonicalRuleId(id)] = v;
  for (const [id, v] of Object.entries(config?.rules ?? {})) rules[canonicalRuleId(id)] = v;
  const lang = settings.language !== 'auto' ? settings.language : config?.language;
  const jurisdiction = settings.jurisdiction !== 'auto' ? settings.jurisdiction : config?.jurisdiction;
  return {
    options: {
      format,
      lang,
      jurisdiction,
      rules,
      hiddenFalsePositives: [...settings.hiddenFalsePositives, ...(config?.hiddenFalsePositives ?? [])],
      // the size guard is applied in bytes by the server, before linting
      maxLength: Number.MAX_SAFE_INTEGER,
    },
    maxFileSize: config?.maxFileSize ?? settings.maxFileSize,
    langSource: settings.language !== 'auto' ? 'setting' : config?.language ? 'config' : undefined,
    jurisdictionSource: settings.jurisdiction !== 'auto' ? 'setting' : config?.jurisdiction ? 'config' : undefined,
  };
}

/** Plain text for the plaintext language and for *.txt (also *.contract.txt); Markdown otherwise. */
export function formatOfDocument(uri: string, languageId: string): DocFormat {
  if (languageId === 'plaintext') return 'plaintext';
  const path = uri.replace(/[?#].*$/u, '').toLowerCase();
  return path.endsWith('.txt') ? 'plaintext' : 'markdown';
}
