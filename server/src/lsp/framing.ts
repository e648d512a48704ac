/**
 * A guard in front of vscode-jsonrpc's stdio reader. That reader, given a header block without a valid
 * Content-Length, reports an error and stops reading the data it has already received: the next
 * message then waits in its buffer until yet another message arrives, and from then on every answer
 * lags one message behind (the last didChange of a burst is never linted). This transform does the
 * framing itself, drops (and reports) header blocks it cannot use, and passes on each valid message
 * as `Content-Length: N\r\n\r\n<body>` in a chunk of its own. Bodies are UTF-8, as LSP prescribes.
 */
import { Transform, type TransformCallback } from 'node:stream';

const HEADER_END = Buffer.from('\r\n\r\n', 'latin1');
/** A header block longer than this without its end is garbage. */
const MAX_HEADER_BYTES = 8 * 1024;

export class FramingGuard extends Transform {
  private buffer: Buffer = Buffer.alloc(0);
  /** Length of the body being read, or -1 while reading headers. */
  private bodyLength = -1;

  constructor(private readonly report: (problem: string) => void) {
    super();
  }

  override _transform(chunk: Buffer | string, _enc: BufferEncoding, done: TransformCallback): void {
    try {
      this.buffer = Buffer.concat([this.buffer, typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk]);
      this.drain();
    } catch (e) {
      this.report(`clauselint: dropped unreadable input (${(e as Error).message})`);
      this.buffer = Buffer.alloc(0);
      this.bodyLength = -1;
    }
    done();
  }

  private drain(): void {
    for (;;) {
      if (this.bodyLength < 0) {
        const end = this.buffer.indexOf(HEADER_END);
        if (end < 0) {
          if (this.buffer.length > MAX_HEADER_BYTES) {
            this.report(`clauselint: dropped ${this.buffer.length} bytes that are not a JSON-RPC header`);
            this.buffer = Buffer.alloc(0);
          }
          return;
        }
        const header = this.buffer.subarray(0, end).toString('latin1');
        this.buffer = this.buffer.subarray(end + HEADER_END.length);
        const m = /(?:^|\r\n)content-length[ \t]*:[ \t]*(\d{1,10})[ \t]*(?:\r\n|$)/iu.exec(header);
        if (!m) {
          this.report(`clauselint: dropped a JSON-RPC header without a valid Content-Length: ${JSON.stringify(header.slice(0, 200))}`);
          continue;
        }
        this.bodyLength = Number(m[1]);
      }
      if (this.buffer.length < this.bodyLength) return;
      const body = this.buffer.subarray(0, this.bodyLength);
      this.buffer = this.buffer.subarray(this.bodyLength);
      this.bodyLength = -1;
      this.push(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'latin1'), body]));
    }
  }
}
