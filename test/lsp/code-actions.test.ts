/**
 * Code actions built directly (no server process): disable comments per file type, front matter,
 * merging into an existing directive, CRLF, and — on every example contract — that each action's edit
 * leaves all text outside its ranges byte-identical.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, TextDocumentEdit, TextEdit } from 'vscode-languageserver';
import { lintDocument } from '../../server/src/core/lint';
import type { DocFormat } from '../../server/src/core/types';
import { codeActions, disableFileEdit, disableLineEdit, frontMatterEndLine } from '../../server/src/lsp/code-actions';
import { formatOfDocument } from '../../server/src/lsp/settings';

const RULE = 'restraint-duration';

function doc(text: string, uri = 'file:///c.md'): TextDocument {
  return TextDocument.create(uri, uri.endsWith('.txt') ? 'plaintext' : 'markdown', 1, text);
}

function apply(text: string, edits: TextEdit[], uri = 'file:///c.md'): string {
  return TextDocument.applyEdits(doc(text, uri), edits);
}

describe('disable for this file', () => {
  it('goes after a YAML front matter block', () => {
    const text = '---\ntitle: Arbeidsovereenkomst\n---\n# Arbeidsovereenkomst\n';
    expect(frontMatterEndLine(text)).toBe(3);
    expect(apply(text, [disableFileEdit(doc(text), 'markdown', RULE)])).toBe(
      '---\ntitle: Arbeidsovereenkomst\n---\n<!-- clauselint-disable restraint-duration -->\n# Arbeidsovereenkomst\n',
    );
  });

  it('handles front matter closing on the last line, an unclosed block, and CRLF', () => {
    expect(apply('---\na: 1\n---', [disableFileEdit(doc('---\na: 1\n---'), 'markdown', RULE)])).toBe(
      '---\na: 1\n---\n<!-- clauselint-disable restraint-duration -->\n',
    );
    expect(frontMatterEndLine('---\nnot closed\n# Heading\n')).toBe(0);
    const crlf = '# Contract\r\n\r\nText\r\n';
    expect(apply(crlf, [disableFileEdit(doc(crlf), 'markdown', RULE)])).toBe(`<!-- clauselint-disable restraint-duration -->\r\n${crlf}`);
  });

  it('adds the id to a disable comment already at the top', () => {
    const text = '<!-- clauselint-disable profile-ownership -->\n# Contract\n';
    expect(apply(text, [disableFileEdit(doc(text), 'markdown', RULE)])).toBe(
      '<!-- clauselint-disable profile-ownership restraint-duration -->\n# Contract\n',
    );
    const txt = 'clauselint-disable profile-ownership\nContract\n';
    expect(apply(txt, [disableFileEdit(doc(txt, 'file:///c.txt'), 'plaintext', RULE)], 'file:///c.txt')).toBe(
      'clauselint-disable profile-ownership restraint-duration\nContract\n',
    );
  });
});

describe('disable for this line', () => {
  it('keeps the indentation of the line', () => {
    const text = '1. Relatiebeding:\n\n   Het is werknemer verboden gedurende drie (3) jaar ...\n';
    expect(apply(text, [disableLineEdit(doc(text), 'markdown', RULE, 2)])).toBe(
      '1. Relatiebeding:\n\n   <!-- clauselint-disable-next-line restraint-duration -->\n   Het is werknemer verboden gedurende drie (3) jaar ...\n',
    );
  });

  it('adds the id to a disable-next-line comment right above', () => {
    const text = '<!-- clauselint-disable-next-line profile-ownership -->\nHet is werknemer verboden ...\n';
    expect(apply(text, [disableLineEdit(doc(text), 'markdown', RULE, 1)])).toBe(
      '<!-- clauselint-disable-next-line profile-ownership restraint-duration -->\nHet is werknemer verboden ...\n',
    );
  });

  it('is a bare line in plain text, never an HTML comment', () => {
    const text = 'Artikel 12 Relatiebeding\nHet is werknemer verboden ...\n';
    expect(apply(text, [disableLineEdit(doc(text, 'file:///c.txt'), 'plaintext', RULE, 1)], 'file:///c.txt')).toBe(
      'Artikel 12 Relatiebeding\nclauselint-disable-next-line restraint-duration\nHet is werknemer verboden ...\n',
    );
  });
});

describe('plain text or Markdown', () => {
  it('follows the language id and the extension', () => {
    expect(formatOfDocument('file:///a/contract.md', 'markdown')).toBe('markdown');
    expect(formatOfDocument('file:///a/contract.txt', 'contract')).toBe('plaintext');
    expect(formatOfDocument('file:///a/contract.contract.md', 'contract')).toBe('markdown');
    expect(formatOfDocument('untitled:Untitled-1', 'plaintext')).toBe('plaintext');
  });
});

/** Every edit of every code action, applied alone, changes the text only inside its ranges. */
describe('every code action on the example contracts leaves the rest of the document byte-identical', () => {
  const examples = path.join(__dirname, '..', '..', 'examples');
  const files = fs.existsSync(examples) ? fs.readdirSync(examples).filter((f) => /\.(md|markdown|txt)$/u.test(f)) : [];
  it.runIf(files.length === 0)('(no example contracts yet)', () => undefined);
  for (const file of files) {
    it(file, () => {
      const text = fs.readFileSync(path.join(examples, file), 'utf8');
      const uri = `file:///examples/${file}`;
      const format: DocFormat = formatOfDocument(uri, 'markdown');
      const d = TextDocument.create(uri, format, 1, text);
      const { findings, doc: analyzed } = lintDocument(text, { format });
      const actions: CodeAction[] = codeActions({
        doc: d,
        format,
        lang: analyzed.lang,
        findings,
        range: { start: d.positionAt(0), end: d.positionAt(text.length) },
        context: { diagnostics: [] },
        docsBaseUrl: '',
        documentChanges: true,
      });
      expect(actions.length).toBeGreaterThanOrEqual(findings.length ? 4 : 0);
      for (const action of actions) {
        const edits = ((action.edit?.documentChanges ?? []) as TextDocumentEdit[]).flatMap((e) => e.edits as TextEdit[]);
        if (action.command) continue;
        expect(edits.length, action.title).toBeGreaterThan(0);
        const ranges = edits
          .map((e) => ({ start: d.offsetAt(e.range.start), end: d.offsetAt(e.range.end), text: e.newText }))
          .sort((a, b) => a.start - b.start);
        const after = TextDocument.applyEdits(d, edits);
        // walk the untouched segments between the edits: each must be unchanged
        let src = 0;
        let dst = 0;
        for (const r of ranges) {
          expect(after.slice(dst, dst + (r.start - src)), action.title).toBe(text.slice(src, r.start));
          dst += r.start - src + r.text.length;
          src = r.end;
        }
        expect(after.slice(dst), action.title).toBe(text.slice(src));
        // and the edit is small: never a whole-document replacement
        for (const r of ranges) expect(r.end - r.start, action.title).toBeLessThan(Math.max(200, text.length / 2));
      }
    });
  }
});
