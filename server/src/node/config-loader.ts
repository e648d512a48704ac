/** Finding and reading `.clauselintrc.json` on disk; shared by the CLI and the language server. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CONFIG_FILE_NAME, defaultConfig, parseConfigText, type ClauselintConfig, type ConfigProblem } from '../core/config';
import { isKnownRuleId } from '../rules';

export interface LoadedConfig {
  config: ClauselintConfig;
  /** The file read, when there was one. */
  file?: string;
  problems: ConfigProblem[];
}

/** Reads one config file. Never throws: unreadable files and directories are problems, with defaults. */
export function loadConfigFile(file: string): LoadedConfig {
  let text: string;
  try {
    const st = fs.statSync(file);
    if (st.isDirectory()) {
      return { config: defaultConfig(), file, problems: [{ file, key: '(root)', message: 'is a directory, not a JSON file; using the defaults' }] };
    }
    if (!st.isFile()) {
      // a FIFO or a symlink to /dev/zero in an untrusted workspace would block or exhaust memory on read
      return { config: defaultConfig(), file, problems: [{ file, key: '(root)', message: 'is not a regular file (device, FIFO or socket); using the defaults' }] };
    }
    if (st.size > 1_000_000) {
      return { config: defaultConfig(), file, problems: [{ file, key: '(root)', message: `is ${st.size} bytes, larger than 1 MB; using the defaults` }] };
    }
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return { config: defaultConfig(), file, problems: [{ file, key: '(root)', message: `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); using the defaults` }] };
  }
  const { config, problems } = parseConfigText(text, file, isKnownRuleId);
  return { config, file, problems };
}

/** The nearest `.clauselintrc.json` at or above `dir`, not above `stopAt` when given. */
export function findConfigFile(dir: string, stopAt?: string): string | undefined {
  let cur = path.resolve(dir);
  const stop = stopAt ? path.resolve(stopAt) : undefined;
  for (;;) {
    const candidate = path.join(cur, CONFIG_FILE_NAME);
    if (fs.existsSync(candidate)) return candidate;
    if (stop && cur === stop) return undefined;
    const parent = path.dirname(cur);
    if (parent === cur) return undefined;
    cur = parent;
  }
}

/** Caches configs per directory for a run (the CLI) or until invalidated (the server). */
export class ConfigCache {
  private readonly byFile = new Map<string, LoadedConfig>();
  private readonly byDir = new Map<string, string | undefined>();
  constructor(private readonly stopAt?: string) {}
  forDocument(file: string): LoadedConfig {
    const dir = path.dirname(path.resolve(file));
    let cfgFile = this.byDir.get(dir);
    if (!this.byDir.has(dir)) {
      cfgFile = findConfigFile(dir, this.stopAt);
      this.byDir.set(dir, cfgFile);
    }
    if (!cfgFile) return { config: defaultConfig(), problems: [] };
    let loaded = this.byFile.get(cfgFile);
    if (!loaded) {
      loaded = loadConfigFile(cfgFile);
      this.byFile.set(cfgFile, loaded);
    }
    return loaded;
  }
  clear(): void {
    this.byFile.clear();
    this.byDir.clear();
  }
}
