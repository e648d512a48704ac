/**
 * A deliberately raw LSP client over stdio: it frames JSON-RPC by hand so that the tests can also send
 * what a real client never would (bad headers, broken JSON, wrong types). It records every message the
 * server sends and answers the server's own requests (workspace/configuration, client/registerCapability)
 * with empty results.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { ROOT } from './corpus';

export const SERVER_JS = path.join(ROOT, 'dist', 'server.js');

export interface RpcMessage {
  jsonrpc?: string;
  id?: number | string | null;
  method?: string;
  params?: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  result?: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  error?: { code: number; message: string; data?: unknown };
}

export interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  code?: string | number;
  message: string;
  severity?: number;
}

export const uriOf = (file: string) => pathToFileURL(file).href;

export class LspClient {
  readonly proc: ChildProcessWithoutNullStreams;
  readonly received: RpcMessage[] = [];
  stderr = '';
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private waiters: Array<{ test: (m: RpcMessage) => boolean; resolve: (m: RpcMessage) => void }> = [];
  exit: { code: number | null; signal: string | null } | undefined;

  constructor(opts: { preload?: string; env?: Record<string, string>; cwd?: string; execArgv?: string[] } = {}) {
    const args = [...(opts.execArgv ?? []), ...(opts.preload ? ['--require', opts.preload] : []), SERVER_JS, '--stdio'];
    this.proc = spawn(process.execPath, args, { cwd: opts.cwd ?? ROOT, env: { ...process.env, ...opts.env }, stdio: 'pipe' });
    this.proc.stdout.on('data', (d: Buffer) => this.onData(d));
    this.proc.stderr.on('data', (d: Buffer) => {
      if (this.stderr.length < 200_000) this.stderr += d.toString('utf8');
    });
    this.proc.on('exit', (code, signal) => (this.exit = { code, signal }));
    this.proc.stdin.on('error', () => undefined); // writing to a dead server is reported by the assertions
  }

  get alive(): boolean {
    return this.exit === undefined && this.proc.exitCode === null;
  }

  private onData(d: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, d]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const m = /Content-Length: *(\d+)/iu.exec(header);
      if (!m) {
        this.buffer = this.buffer.subarray(headerEnd + 4);
        continue;
      }
      const len = Number(m[1]);
      if (this.buffer.length < headerEnd + 4 + len) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + len).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + len);
      let msg: RpcMessage;
      try {
        msg = JSON.parse(body) as RpcMessage;
      } catch {
        continue;
      }
      this.received.push(msg);
      this.answerServerRequest(msg);
      for (const w of this.waiters.slice()) {
        if (w.test(msg)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(msg);
        }
      }
    }
  }

  /** The server's requests to the client get an empty answer (configuration: null per item). */
  private answerServerRequest(msg: RpcMessage): void {
    if (msg.method === undefined || msg.id === undefined || msg.id === null) return;
    let result: unknown = null;
    if (msg.method === 'workspace/configuration') result = (msg.params?.items ?? []).map(() => null);
    else if (msg.method === 'workspace/workspaceFolders') result = null;
    this.sendObject({ jsonrpc: '2.0', id: msg.id, result });
  }

  /** Writes raw bytes to the server's stdin. */
  writeRaw(data: string | Buffer): void {
    if (this.alive) this.proc.stdin.write(data);
  }

  /** Frames a body (any string, valid JSON or not) with a correct Content-Length. */
  sendBody(body: string): void {
    this.writeRaw(`Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`);
  }

  sendObject(o: unknown): void {
    this.sendBody(JSON.stringify(o));
  }

  notify(method: string, params?: unknown): void {
    this.sendObject({ jsonrpc: '2.0', method, params });
  }

  /** Sends a request and waits for its response (result or error). */
  request(method: string, params?: unknown, timeoutMs = 20_000): Promise<RpcMessage> {
    const id = this.nextId++;
    const p = this.waitFor((m) => m.id === id && m.method === undefined, timeoutMs, `response to ${method} #${id}`);
    this.sendObject({ jsonrpc: '2.0', id, method, params });
    return p;
  }

  /** Resolves with the first message (already received or future) that passes `test`. */
  waitFor(test: (m: RpcMessage) => boolean, timeoutMs = 20_000, what = 'message', since = 0): Promise<RpcMessage> {
    const seen = this.received.slice(since).find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w.resolve !== done);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; server ${this.alive ? 'alive' : `exited ${JSON.stringify(this.exit)}`}; stderr: ${this.stderr.slice(-2000)}`));
      }, timeoutMs);
      const done = (m: RpcMessage) => {
        clearTimeout(timer);
        resolve(m);
      };
      this.waiters.push({ test, resolve: done });
    });
  }

  /** The diagnostics last published for `uri` after message index `since`, waiting up to `timeoutMs` for one. */
  async diagnostics(uri: string, since = 0, timeoutMs = 20_000): Promise<Diagnostic[]> {
    await this.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params?.uri === uri, timeoutMs, `diagnostics for ${uri}`, since);
    return this.lastDiagnostics(uri) ?? [];
  }

  lastDiagnostics(uri: string): Diagnostic[] | undefined {
    for (let i = this.received.length - 1; i >= 0; i--) {
      const m = this.received[i];
      if (m.method === 'textDocument/publishDiagnostics' && m.params?.uri === uri) return m.params.diagnostics as Diagnostic[];
    }
    return undefined;
  }

  async initialize(rootDir = ROOT, initializationOptions?: unknown): Promise<RpcMessage> {
    const r = await this.request('initialize', {
      processId: process.pid,
      rootUri: uriOf(rootDir),
      workspaceFolders: [{ uri: uriOf(rootDir), name: path.basename(rootDir) }],
      capabilities: {
        workspace: { configuration: true, workspaceEdit: { documentChanges: true }, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: { publishDiagnostics: { versionSupport: true }, hover: { contentFormat: ['markdown', 'plaintext'] } },
      },
      initializationOptions,
    }, 60_000);
    this.notify('initialized', {});
    return r;
  }

  open(uri: string, text: string, languageId = 'markdown', version = 1): void {
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  /** Resident set size of the server (MB) and its peak, from /proc; undefined elsewhere. */
  memory(): { rssMB: number; peakMB: number } | undefined {
    try {
      const status = fs.readFileSync(`/proc/${this.proc.pid}/status`, 'utf8');
      const kb = (k: string) => Number(new RegExp(`${k}:\\s+(\\d+)`, 'u').exec(status)?.[1] ?? NaN);
      return { rssMB: Math.round(kb('VmRSS') / 1024), peakMB: Math.round(kb('VmHWM') / 1024) };
    } catch {
      return undefined;
    }
  }

  async shutdown(): Promise<void> {
    if (!this.alive) return;
    try {
      await this.request('shutdown', null, 10_000);
      this.notify('exit');
      await new Promise<void>((resolve) => {
        if (!this.alive) return resolve();
        const t = setTimeout(() => {
          this.kill();
          resolve();
        }, 5_000);
        this.proc.on('exit', () => {
          clearTimeout(t);
          resolve();
        });
      });
    } catch {
      this.kill();
    }
  }

  kill(): void {
    if (this.alive) this.proc.kill('SIGKILL');
  }
}
