/**
 * The clauselint language server: wiring only. Connection events go to the Session (settings,
 * config files, debounced linting, the per-document cache); requests are answered by the builders in
 * ./lsp (diagnostics, hover, code actions, symbols, report). Runs over --stdio, --node-ipc or
 * --socket=N (vscode-languageserver picks the transport from the command line).
 *
 * Never crash: every handler is wrapped; an exception is logged and answered with an empty result.
 */
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification,
  StreamMessageReader, StreamMessageWriter, TextDocumentSyncKind, TextDocuments, createConnection, type InitializeResult,
} from 'vscode-languageserver/node';
import { FramingGuard } from './lsp/framing';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Session, isConfigFileUri, CHANGE_DEBOUNCE_MS } from './lsp/session';
import { hoverAt } from './lsp/hover';
import { codeActions, FIX_ALL_KIND } from './lsp/code-actions';
import { lintDocument } from './core/lint';
import { documentSymbols } from './lsp/symbols';
import { clauseReport } from './lsp/report';
import { Commands, Requests, type LintFilesParams, type UriParams } from './lsp/protocol';
import { CONFIG_FILE_NAME } from './core/config';

declare const CLAUSELINT_VERSION: string | undefined;
const VERSION = typeof CLAUSELINT_VERSION === 'string' ? CLAUSELINT_VERSION : '0.0.0-dev';

// Over stdio the input goes through FramingGuard first (see there); IPC and sockets carry whole messages.
const connection = process.argv.includes('--stdio')
  ? createConnection(
      new StreamMessageReader(process.stdin.pipe(new FramingGuard((problem) => process.stderr.write(`${problem}\n`)))),
      new StreamMessageWriter(process.stdout),
    )
  : createConnection();
const documents = new TextDocuments(TextDocument);
const session = new Session(connection, documents);
let canRegisterConfiguration = false;
let canRegisterWatchers = false;
let canShowDocument = false;
let hasWorkspaceFolders = false;

function describe(e: unknown): string {
  return (e as Error)?.stack ?? String(e);
}

/** Wraps a request handler: an exception is logged and answered with `fallback`. */
function safe<P, R, T = unknown>(name: string, fallback: R, handler: (params: P, token: T) => R | Promise<R>): (params: P, token: T) => Promise<R> {
  return async (params: P, token: T) => {
    try {
      return await handler(params, token);
    } catch (e) {
      connection.console.error(`clauselint: ${name} failed: ${describe(e)}`);
      return fallback;
    }
  };
}

/** Wraps a notification handler. */
function guard<P>(name: string, handler: (params: P) => void | Promise<void>): (params: P) => void {
  return (params: P) => {
    void safe(name, undefined, (p: P) => handler(p))(params, undefined);
  };
}

process.on('uncaughtException', (e) => connection.console.error(`clauselint: uncaught exception: ${describe(e)}`));
process.on('unhandledRejection', (e) => connection.console.error(`clauselint: unhandled rejection: ${describe(e)}`));

function folderPath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

connection.onInitialize((params): InitializeResult => {
  const caps = params.capabilities;
  session.capabilities = {
    configuration: !!caps.workspace?.configuration,
    documentChanges: !!caps.workspace?.workspaceEdit?.documentChanges,
  };
  canRegisterConfiguration = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
  canRegisterWatchers = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  canShowDocument = !!caps.window?.showDocument?.support;
  hasWorkspaceFolders = !!caps.workspace?.workspaceFolders;
  const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  session.workspaceFolders = folders.map(folderPath).filter((f): f is string => !!f);
  return {
    capabilities: {
      // ranged changes: a keystroke in a 300-page contract sends one character, not the whole text
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
      documentSymbolProvider: { label: 'clauselint' },
      executeCommandProvider: { commands: [Commands.openRuleDoc] },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'clauselint', version: VERSION },
  };
});

connection.onInitialized(guard('initialized', async () => {
  if (canRegisterConfiguration) {
    await connection.client.register(DidChangeConfigurationNotification.type, { section: 'clauselint' }).catch((e) => {
      connection.console.warn(`clauselint: could not register for configuration changes: ${(e as Error).message}`);
    });
  }
  if (canRegisterWatchers) {
    await connection.client
      .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }] })
      .catch((e) => connection.console.warn(`clauselint: could not watch ${CONFIG_FILE_NAME} files: ${(e as Error).message}`));
  }
  if (hasWorkspaceFolders) {
    connection.workspace.onDidChangeWorkspaceFolders(guard('workspace folders', (ev) => {
      const removed = new Set(ev.removed.map((f) => folderPath(f.uri)));
      session.workspaceFolders = [
        ...session.workspaceFolders.filter((f) => !removed.has(f)),
        ...ev.added.map((f) => folderPath(f.uri)).filter((f): f is string => !!f),
      ];
      session.invalidate({ configs: true });
    }));
  }
  connection.console.log(`clauselint ${VERSION} language server started`);
}));

// documents: open → lint now; change → lint after CHANGE_DEBOUNCE_MS; close → clear
const justOpened = new Set<string>();
documents.onDidOpen(guard('didOpen', ({ document }) => {
  if (isConfigFileUri(document.uri)) {
    session.validateConfigDocument(document);
    return;
  }
  justOpened.add(document.uri);
  session.schedule(document, 0);
}));
documents.onDidChangeContent(guard('didChange', ({ document }) => {
  if (justOpened.delete(document.uri)) return; // TextDocuments also fires a change right after an open
  if (isConfigFileUri(document.uri)) session.validateConfigDocument(document);
  else session.schedule(document, CHANGE_DEBOUNCE_MS);
}));
documents.onDidClose(guard('didClose', ({ document }) => {
  justOpened.delete(document.uri);
  session.close(document.uri);
}));

connection.onDidChangeConfiguration(guard('didChangeConfiguration', (params) => {
  session.invalidate({ settings: true, pushed: params.settings });
}));
connection.onDidChangeWatchedFiles(guard('didChangeWatchedFiles', (params) => {
  if (params.changes.some((c) => isConfigFileUri(c.uri))) session.invalidate({ configs: true });
}));

connection.onHover(safe('hover', null, async (params, token) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return null;
  const state = await session.stateFor(doc, token);
  if (!state) return null;
  return hoverAt(doc, state.result.findings, doc.offsetAt(params.position), state.settings.docsBaseUrl);
}));

connection.onCodeAction(safe('codeAction', [], async (params, token) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return [];
  const state = await session.stateFor(doc, token);
  if (!state || state.skipped) return [];
  return codeActions({
    doc,
    format: state.format,
    lang: state.result.doc.lang,
    findings: state.result.findings,
    range: params.range,
    context: params.context,
    docsBaseUrl: state.settings.docsBaseUrl,
    documentChanges: session.capabilities.documentChanges,
    relint: (text) => lintDocument(text, state.effective.options).findings,
  });
}));

connection.onDocumentSymbol(safe('documentSymbol', [], async (params, token) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return [];
  const state = await session.stateFor(doc, token);
  if (!state || state.skipped) return [];
  return documentSymbols(doc, state.result.doc, state.result.findings);
}));

connection.onExecuteCommand(safe('executeCommand', null, async (params) => {
  if (params.command !== Commands.openRuleDoc) return null;
  const url = String(params.arguments?.[0] ?? '');
  if (!/^(https?|file):/u.test(url)) return null;
  if (canShowDocument) await connection.window.showDocument({ uri: url, external: !url.startsWith('file:'), takeFocus: true });
  else connection.console.log(`clauselint: documentation: ${url}`);
  return null;
}));

connection.onRequest(Requests.documentInfo, safe('documentInfo', null, (params: UriParams) => session.documentInfo(params.uri)));

connection.onRequest(Requests.clauseReport, safe('clauseReport', null, async (params: UriParams) => {
  const doc = documents.get(params.uri);
  if (!doc) return null;
  const state = await session.stateFor(doc);
  if (!state) return null;
  return clauseReport(doc.uri, state.result.doc, state.result.findings, state.settings.docsBaseUrl, state.skipped);
}));

connection.onRequest(Requests.lintFiles, safe('lintFiles', null, (params: LintFilesParams) => session.lintFiles(params)));

documents.listen(connection);
connection.listen();
