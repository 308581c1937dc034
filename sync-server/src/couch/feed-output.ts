// Buffers a response and switches to streaming only when it grows or has to wait: small
// feeds go out as one string, large ones never sit in memory whole, and heartbeats can be sent
// while waiting.
import { PassThrough } from 'node:stream';
import { once } from 'node:events';
import type { FastifyReply } from 'fastify';

const FLUSH_BYTES = 64 * 1024;

export class FeedOutput {
  private buf = '';
  private stream: PassThrough | undefined;
  private readonly reply: FastifyReply;
  private readonly contentType: string;
  private readonly closedPromise: Promise<void>;
  isClosed = false;
  lastWriteAt = Date.now();

  constructor(reply: FastifyReply, contentType: string) {
    this.reply = reply;
    this.contentType = contentType;
    this.closedPromise = new Promise((resolve) => {
      reply.raw.once('close', () => {
        this.isClosed = true;
        resolve();
      });
    });
  }

  /** Resolves when the client goes away. */
  get closed(): Promise<void> {
    return this.closedPromise;
  }

  write(text: string): void {
    this.buf += text;
    if (this.buf.length >= FLUSH_BYTES) this.flush();
  }

  flush(): void {
    if (!this.stream) {
      this.stream = new PassThrough();
      void this.reply.type(this.contentType).header('cache-control', 'must-revalidate').send(this.stream);
    }
    if (this.buf.length > 0) {
      this.stream.write(this.buf);
      this.buf = '';
    }
    this.lastWriteAt = Date.now();
  }

  /** Waits while the client is slower than the scan (backpressure), or until it leaves. */
  async drain(): Promise<void> {
    if (this.stream?.writableNeedDrain) await Promise.race([once(this.stream, 'drain'), this.closedPromise]);
  }

  end(text = ''): void {
    this.buf += text;
    if (!this.stream) {
      void this.reply.type(this.contentType).header('cache-control', 'must-revalidate').send(this.buf);
      return;
    }
    this.stream.end(this.buf);
    this.buf = '';
  }
}
