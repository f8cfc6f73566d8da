import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { Logger } from 'pino';
import { requestIdFrom } from './context.js';
import { ErrorCode } from './errors.js';
import { NOT_A_PLATFORM_CALLER, PLATFORM_CALLER_HEADER, isPlatformCaller } from './platform-caller.js';

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

export interface HttpOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  context: (req: IncomingMessage, requestId: string) => Promise<TContext>;
  log: Logger;
  /** Extra GET routes (health, keys, metrics). */
  routes?: Record<string, RouteHandler>;
  /** Extra POST routes besides /graphql (a token endpoint); they read their body with `readBody`. */
  postRoutes?: Record<string, RouteHandler>;
  /** GET routes matched by path prefix (documents). */
  prefixRoutes?: Record<string, RouteHandler>;
  /** Origins allowed to call from a browser; `*` allows any. */
  corsOrigins?: string[];
  /** Largest request body accepted, in bytes. */
  maxBodyBytes?: number;
  /** Most operations accepted in one batched request (an array body). */
  maxBatch?: number;
  /**
   * The platform callers' secret: with it, every request but the GET `routes` (health, metrics,
   * keys) must carry a proof made with it (`PLATFORM_CALLER_HEADER`), or is refused 403 before
   * anything else is read.
   */
  callerSecret?: string;
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

function limitError(res: ServerResponse, status: number, message: string): void {
  sendJson(res, status, { errors: [{ message, extensions: { code: ErrorCode.LIMIT_EXCEEDED } }] });
}

/** The codes of a request the client got wrong: nothing ran, and sending it again unchanged fails again. */
const CLIENT_ERROR_CODES = new Set<unknown>(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'INVALID_GRAPHQL', 'OPERATION_RESOLUTION_FAILURE', ErrorCode.BAD_USER_INPUT, ErrorCode.LIMIT_EXCEEDED]);

/**
 * Whether an answer is only the refusal of a request the client got wrong (a syntax error, a
 * limit, an unknown operation name), with no data: Apollo answers 500 when a parsing plugin (the
 * operation limits) throws, where the client's fault is a 400.
 */
function refusedAsClientError(body: string): boolean {
  try {
    const parsed = JSON.parse(body) as { data?: unknown; errors?: { extensions?: { code?: unknown } }[] } | unknown[];
    const answers = Array.isArray(parsed) ? (parsed as { data?: unknown; errors?: { extensions?: { code?: unknown } }[] }[]) : [parsed];
    return answers.every((a) => (a.data === undefined || a.data === null) && !!a.errors?.length && a.errors.every((e) => CLIENT_ERROR_CODES.has(e.extensions?.code)));
  } catch {
    return false;
  }
}

/** A request body over the limit; the HTTP server answers it 413 LIMIT_EXCEEDED. */
export class BodyTooLarge extends Error {}

/** The request's body as text, or BodyTooLarge past `limit` bytes (declared or received). */
export async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new BodyTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function applyCors(req: IncomingMessage, res: ServerResponse, origins: string[]): void {
  const origin = req.headers.origin;
  if (!origin || !(origins.includes('*') || origins.includes(origin))) return;
  res.setHeader('access-control-allow-origin', origin);
  res.setHeader('vary', 'Origin');
  res.setHeader('access-control-allow-credentials', 'true');
  res.setHeader('access-control-allow-headers', 'authorization, content-type, x-request-id, apollo-require-preflight, x-apollo-operation-name');
  res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
  res.setHeader('access-control-expose-headers', 'x-request-id');
  res.setHeader('access-control-max-age', '600');
}

/** Apollo Server on Node's own HTTP server: /graphql plus the given routes. */
export function createHttpServer<TContext extends BaseContext>(options: HttpOptions<TContext>): Server {
  const maxBody = options.maxBodyBytes ?? 2_000_000;
  const maxBatch = options.maxBatch ?? 10;
  const server = createServer(async (req, res) => {
    const requestId = requestIdFrom(req.headers['x-request-id']);
    res.setHeader('x-request-id', requestId);
    const url = new URL(req.url ?? '/', 'http://localhost');
    try {
      applyCors(req, res, options.corsOrigins ?? []);
      if (req.method === 'OPTIONS') {
        res.writeHead(204).end();
        return;
      }
      const open = req.method === 'GET' ? options.routes?.[url.pathname] : undefined;
      if (open) {
        await open(req, res);
        return;
      }
      if (options.callerSecret && !isPlatformCaller(options.callerSecret, req.headers[PLATFORM_CALLER_HEADER], req.method ?? 'GET', url.pathname)) {
        sendJson(res, 403, { errors: [{ message: 'Ce service ne répond qu’aux autres parties de la plateforme : passez par la passerelle.', extensions: { code: ErrorCode.FORBIDDEN, reason: NOT_A_PLATFORM_CALLER } }] });
        return;
      }
      const route = Object.entries(options.prefixRoutes ?? {}).find(([prefix]) => url.pathname.startsWith(prefix))?.[1];
      if (route && req.method === 'GET') {
        await route(req, res);
        return;
      }
      const postRoute = req.method === 'POST' ? options.postRoutes?.[url.pathname] : undefined;
      if (postRoute) {
        await postRoute(req, res);
        return;
      }
      if (url.pathname !== '/graphql') {
        sendJson(res, 404, { error: 'not found' });
        return;
      }
      const raw = req.method === 'POST' ? await readBody(req, maxBody) : '';
      const isJson = (req.headers['content-type'] ?? '').includes('application/json');
      let body: unknown = raw;
      if (isJson && raw) {
        try {
          body = JSON.parse(raw);
        } catch {
          sendJson(res, 400, { errors: [{ message: 'Corps de requête JSON invalide.', extensions: { code: ErrorCode.BAD_USER_INPUT } }] });
          return;
        }
      }
      if (Array.isArray(body) && body.length > maxBatch) {
        limitError(res, 400, `Trop d'opérations dans un même envoi (${body.length}, au plus ${maxBatch}).`);
        return;
      }
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const result = await options.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body },
        context: () => options.context(req, requestId),
      });
      for (const [key, value] of result.headers) res.setHeader(key, value);
      res.statusCode = result.status ?? 200;
      if (result.body.kind === 'complete') {
        if (res.statusCode >= 500 && refusedAsClientError(result.body.string)) res.statusCode = 400;
        res.end(result.body.string);
      } else {
        for await (const chunk of result.body.asyncIterator) res.write(chunk);
        res.end();
      }
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        limitError(res, 413, `Requête trop volumineuse (au plus ${maxBody} octets).`);
        return;
      }
      options.log.error({ err: error, requestId }, 'request failed');
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Erreur interne du serveur.', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }] });
      else res.end();
    }
  });
  // A kept-alive connection is closed by its client, never by this server while the client may be
  // reusing it (the gateway's and the services' clients free idle sockets after a few seconds; Node
  // closes them after 5): otherwise a request sent on a socket closing meets « socket hang up ».
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  return server;
}

export async function listen(server: Server, port: number, host: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return (server.address() as AddressInfo).port;
}

/** Stops accepting requests, lets running ones finish, then cuts kept-alive connections. */
export async function closeServer(server: Server, graceMs = 2000): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const timer = setTimeout(() => server.closeAllConnections(), graceMs);
  await closed;
  clearTimeout(timer);
}
