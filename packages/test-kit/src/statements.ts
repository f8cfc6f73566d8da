import { createServer, connect, type Server, type Socket } from 'node:net';

/**
 * Counts the SQL statements PostgreSQL receives, on the wire, whatever the client: a TCP proxy
 * in front of the server that reads the frontend messages of every connection and counts the
 * simple queries (`Q`) and the executions of the extended protocol (`E`). It sees what the
 * server sees, not what an application's logger reports, so a statement sent outside the ORM
 * (a raw `pg` query, a driver's own statement) is counted too.
 *
 * Give each process its own counter (`url` as its DATABASE_URL) to count per service.
 */
export interface StatementCounter {
  /** The target's URL with the proxy's host and port: what the client connects to instead. */
  url: string;
  /** Statements received so far through this counter. */
  count(): number;
  close(): Promise<void>;
}

/** Codes of the untyped requests that may precede the startup message (which has no type byte either). */
const SSL_REQUEST = 80877103;
const GSS_REQUEST = 80877104;

/** Parses one connection's frontend byte stream, message by message, across TCP chunks. */
class FrontendParser {
  private buffer: Buffer = Buffer.alloc(0);
  private startup = true;

  constructor(private readonly onStatement: () => void) {}

  /** An SSL or GSS encryption request opening the connection: the client waits for its answer before sending anything else. */
  isEncryptionRequest(chunk: Buffer): boolean {
    if (!this.startup || this.buffer.length > 0 || chunk.length !== 8 || chunk.readInt32BE(0) !== 8) return false;
    const code = chunk.readInt32BE(4);
    return code === SSL_REQUEST || code === GSS_REQUEST;
  }

  push(chunk: Buffer): void {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    for (;;) {
      if (this.startup) {
        if (this.buffer.length < 8) return;
        const length = this.buffer.readInt32BE(0);
        if (this.buffer.length < length) return;
        this.startup = false;
        this.buffer = this.buffer.subarray(length);
        continue;
      }
      if (this.buffer.length < 5) return;
      const length = this.buffer.readInt32BE(1);
      if (this.buffer.length < 1 + length) return;
      const type = String.fromCharCode(this.buffer[0]!);
      if (type === 'Q' || type === 'E') this.onStatement();
      this.buffer = this.buffer.subarray(1 + length);
    }
  }
}

/**
 * Starts a counting proxy on a free loopback port in front of the PostgreSQL server of
 * `targetUrl`. It answers « no » to a client's request for SSL or GSS encryption (a client that
 * requires it fails to connect): an encrypted stream could not be read.
 */
export async function startStatementCounter(targetUrl: string): Promise<StatementCounter> {
  const target = new URL(targetUrl);
  const targetPort = Number(target.port || 5432);
  const targetHost = target.hostname || '127.0.0.1';
  let total = 0;
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(targetPort, targetHost);
    sockets.add(client);
    sockets.add(upstream);
    const parser = new FrontendParser(() => {
      total += 1;
    });
    client.on('data', (chunk: Buffer) => {
      // Refused here, so that the connection stays in clear and readable whatever the server offers; the client goes on without encryption.
      if (parser.isEncryptionRequest(chunk)) {
        client.write('N');
        return;
      }
      parser.push(chunk);
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => client.write(chunk));
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('close', end).on('error', end);
    upstream.on('close', end).on('error', end);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const url = new URL(targetUrl);
  url.hostname = '127.0.0.1';
  url.port = String((server.address() as { port: number }).port);
  return {
    url: url.toString(),
    count: () => total,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
