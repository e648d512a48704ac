/**
 * A minimal LSP client for the integration tests: starts the built dist/server.js as a child process
 * over stdio and speaks JSON-RPC to it with vscode-languageserver-protocol. It answers the server's
 * requests (workspace/configuration from a settings object, client/registerCapability,
 * window/showDocument) and records published diagnostics and log messages.
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { diffEdit } from '../../server/src/core/fixes';
import {
  ConfigurationRequest, DidChangeConfigurationNotification, DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification, DidCloseTextDocumentNotification, IPCMessageReader, IPCMessageWriter, DidOpenTextDocumentNotification, ExitNotification,
  InitializeRequest, InitializedNotification, LogMessageNotification, PublishDiagnosticsNotification, RegistrationRequest,
  ShowDocumentRequest, ShutdownRequest, StreamMessageReader, StreamMessageWriter, createProtocolConnection,
  type ClientCapabilities, type ConfigurationItem, type FileEvent, type ProtocolConnection, type PublishDiagnosticsParams,
  type ShowDocumentParams, type DidChangeTextDocumentParams,
} from 'vscode-languageserver-protocol/node';

export const ROOT = path.join(__dirname, '..', '..');
/** The server under test: dist/server.js, or another build (e.g. an unpacked .vsix's) via CLAUSELINT_TEST_SERVER. */
/** How long to wait for a notification: generous, because CI machines can be heavily loaded. */
export const WAIT_MS = 40_000;

export const SERVER = process.env.CLAUSELINT_TEST_SERVER ?? path.join(ROOT, 'dist', 'server.js');

export interface Published extends PublishDiagnosticsParams {
  at: number;
}

export interface ClientOptions {
  /** `clauselint` settings returned for workspace/configuration (per scope uri when a function). */
  settings?: Record<string, unknown> | ((scopeUri: string | undefined) => Record<string, unknown>);
  workspaceFolder?: string;
  capabilities?: ClientCapabilities;
  /** stdio (the default) or node IPC, as the VS Code client uses. */
  transport?: 'stdio' | 'ipc';
}

export const CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    workspaceEdit: { documentChanges: true },
    workspaceFolders: true,
  },
  textDocument: {
    publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    codeAction: {
      codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
      isPreferredSupport: true,
      dataSupport: true,
    },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    synchronization: { didSave: true },
  },
  window: { showDocument: { support: true } },
};

export class TestClient {
  readonly conn: ProtocolConnection;
  readonly child: ChildProcess;
  readonly published: Published[] = [];
  readonly logs: string[] = [];
  readonly shown: ShowDocumentParams[] = [];
  readonly registrations: string[] = [];
  readonly configurationRequests: ConfigurationItem[] = [];
  stderr = '';
  settings: ClientOptions['settings'];
  private waiters: Array<() => void> = [];
  private versions = new Map<string, number>();

  constructor(private readonly options: ClientOptions = {}) {
    this.settings = options.settings ?? {};
    if (options.transport === 'ipc') {
      this.child = fork(SERVER, ['--node-ipc'], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });
      this.conn = createProtocolConnection(new IPCMessageReader(this.child), new IPCMessageWriter(this.child));
    } else {
      this.child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
      this.conn = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    }
    this.child.stderr!.on('data', (d: Buffer) => (this.stderr += d.toString()));
    this.conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.published.push({ ...p, at: Date.now() });
      this.wake();
    });
    this.conn.onNotification(LogMessageNotification.type, (p) => {
      this.logs.push(p.message);
      this.wake();
    });
    this.conn.onRequest(ConfigurationRequest.type, (p) => {
      this.configurationRequests.push(...p.items);
      return p.items.map((item) => {
        const s = typeof this.settings === 'function' ? this.settings(item.scopeUri) : this.settings;
        return item.section === 'clauselint' ? s : null;
      });
    });
    this.conn.onRequest(RegistrationRequest.type, (p) => {
      this.registrations.push(...p.registrations.map((r) => r.method));
    });
    this.conn.onRequest(ShowDocumentRequest.type, (p) => {
      this.shown.push(p);
      return { success: true };
    });
    this.conn.listen();
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  /** Resolves when `pred` holds, re-checked after each notification; rejects after `timeout` ms. */
  async until<T>(what: string, pred: () => T | undefined | false, timeout = WAIT_MS): Promise<T> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const v = pred();
      if (v) return v;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}; logs:\n${this.logs.join('\n')}\nstderr:\n${this.stderr}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, Math.min(left, 200));
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  async initialize(): Promise<void> {
    const folder = this.options.workspaceFolder;
    await this.conn.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: folder ? pathToFileURL(folder).href : null,
      workspaceFolders: folder ? [{ uri: pathToFileURL(folder).href, name: path.basename(folder) }] : null,
      capabilities: this.options.capabilities ?? CAPABILITIES,
      locale: 'en',
    });
    await this.conn.sendNotification(InitializedNotification.type, {});
  }

  async open(uri: string, text: string, languageId = 'markdown', version = 1): Promise<number> {
    this.versions.set(uri, version);
    const sent = Date.now();
    await this.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
    return sent;
  }

  async change(uri: string, text: string): Promise<{ version: number; sent: number }> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    const sent = Date.now();
    await this.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
    return { version, sent };
  }

  /** A ranged change (the server syncs incrementally): the span where `before` and `after` differ. */
  async changeRange(uri: string, before: string, after: string): Promise<{ version: number; sent: number }> {
    return this.sendChange(this.rangedChange(uri, before, after));
  }

  /**
   * The didChange of a ranged change, not sent yet (the benchmark times only the sending and what
   * follows: an editor knows its change; finding it in a megabyte is the test client's own work).
   */
  rangedChange(uri: string, before: string, after: string): DidChangeTextDocumentParams {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    const edit = diffEdit(before, after) ?? { start: 0, end: 0, text: '' };
    const doc = TextDocument.create(uri, 'markdown', version - 1, before);
    const range = { start: doc.positionAt(edit.start), end: doc.positionAt(edit.end) };
    return { textDocument: { uri, version }, contentChanges: [{ range, text: edit.text }] };
  }

  async sendChange(change: DidChangeTextDocumentParams): Promise<{ version: number; sent: number }> {
    const sent = Date.now();
    await this.conn.sendNotification(DidChangeTextDocumentNotification.type, change);
    return { version: change.textDocument.version, sent };
  }

  async close(uri: string): Promise<void> {
    await this.conn.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  async changeConfiguration(): Promise<void> {
    await this.conn.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  }

  async changeWatchedFiles(changes: FileEvent[]): Promise<void> {
    await this.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  /** The latest diagnostics published for `uri` (optionally for a given version or later). */
  latest(uri: string, minVersion?: number): Published | undefined {
    for (let i = this.published.length - 1; i >= 0; i--) {
      const p = this.published[i];
      if (p.uri !== uri) continue;
      if (minVersion !== undefined && (p.version ?? -1) < minVersion) return undefined;
      return p;
    }
    return undefined;
  }

  diagnosticsFor(uri: string, version?: number, timeout?: number): Promise<Published> {
    return this.until(`diagnostics of ${uri}${version !== undefined ? ` v${version}` : ''}`, () => this.latest(uri, version), timeout);
  }

  async shutdown(): Promise<void> {
    try {
      await Promise.race([this.conn.sendRequest(ShutdownRequest.type), new Promise((r) => setTimeout(r, 2000))]);
      await this.conn.sendNotification(ExitNotification.type);
    } catch {
      // the process may already be gone
    }
    await new Promise<void>((resolve) => {
      if (this.child.exitCode !== null) return resolve();
      const t = setTimeout(() => {
        this.child.kill();
        resolve();
      }, 2000);
      this.child.once('exit', () => {
        clearTimeout(t);
        resolve();
      });
    });
    this.conn.dispose();
  }
}
