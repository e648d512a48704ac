/**
 * Incremental relinting for the language server: one instance per open document. Parsed chunks and
 * the findings of clause-scoped rules are reused for the parts of the document an edit did not touch;
 * the result is identical to `lintDocument(text, options)` (test/incremental.test.ts edits documents
 * at random and compares after every edit).
 */
import type { LintOptions, LintResult, Rule } from './types';
import { LintState, lintDocument } from './lint';
import { rules as allRules } from '../rules';

export class IncrementalLinter {
  private state = new LintState();
  constructor(private readonly ruleSet: readonly Rule[] = allRules) {}

  lint(text: string, options: LintOptions = {}): LintResult {
    return lintDocument(text, options, this.ruleSet, this.state);
  }

  /** Cache statistics of the last lints (for the benchmark). */
  get stats(): { chunkHits: number; chunkMisses: number; clauseHits: number; clauseMisses: number } {
    return {
      chunkHits: this.state.chunks.hits,
      chunkMisses: this.state.chunks.misses,
      clauseHits: this.state.clauseHits,
      clauseMisses: this.state.clauseMisses,
    };
  }

  reset(): void {
    this.state = new LintState();
  }
}
