import type { IncomingMessage, ServerResponse } from 'node:http';
import { ErrorCode, integerSetting, platformCallerHeaders, sendJson, type RouteHandler } from '@qualipref/server-kit';
import { SUBGRAPHS, subgraphUrl } from './subgraphs.js';

/** The public pages' limits: requests per client and minute, and how many answers the gateway keeps. */
export interface PublicLimits {
  requestsPerMinute: number;
  cacheEntries: number;
  /** Behind a load balancer, the client is the first address of X-Forwarded-For. */
  trustProxy: boolean;
}

export function readPublicLimits(env: NodeJS.ProcessEnv): PublicLimits {
  return {
    requestsPerMinute: integerSetting(env.PUBLIC_RATE_LIMIT_PER_MINUTE, 120, 'PUBLIC_RATE_LIMIT_PER_MINUTE'),
    cacheEntries: integerSetting(env.PUBLIC_CACHE_ENTRIES, 500, 'PUBLIC_CACHE_ENTRIES'),
    trustProxy: env.GATEWAY_TRUST_PROXY === 'true',
  };
}

/**
 * A token bucket per client: `perMinute` requests a minute, a burst of as many. Kept in this
 * process: each replica of the gateway limits what reaches it.
 */
export class ClientRateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one request's token; the seconds to wait when there is none. */
  take(client: string): { allowed: true } | { allowed: false; retryAfterSeconds: number } {
    const now = this.now();
    const rate = this.perMinute / 60_000;
    const bucket = this.buckets.get(client) ?? { tokens: this.perMinute, at: now };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + (now - bucket.at) * rate);
    bucket.at = now;
    this.buckets.set(client, bucket);
    if (this.buckets.size > 10_000) this.forgetFull(now, rate);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    return { allowed: false, retryAfterSeconds: Math.ceil((1 - bucket.tokens) / rate / 1000) };
  }

  /** Clients whose bucket has refilled are the same as unknown ones: forgetting them bounds the memory. */
  private forgetFull(now: number, rate: number): void {
    for (const [client, bucket] of this.buckets) if (bucket.tokens + (now - bucket.at) * rate >= this.perMinute) this.buckets.delete(client);
  }
}

interface Cached {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  expires: number;
}

const KEPT_HEADERS = ['content-type', 'content-disposition', 'cache-control', 'etag', 'x-content-type-options', 'access-control-allow-origin'];

/** The client's address: the first of X-Forwarded-For behind a trusted load balancer, else the connection's. */
export function clientOf(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = trustProxy ? String(req.headers['x-forwarded-for'] ?? '').split(',')[0]?.trim() : '';
  return forwarded || req.socket.remoteAddress || 'unknown';
}

function send(req: IncomingMessage, res: ServerResponse, entry: Cached): void {
  if (entry.status === 200 && entry.headers.etag && req.headers['if-none-match'] === entry.headers.etag) {
    const { 'content-type': _type, 'content-disposition': _disposition, ...headers } = entry.headers;
    res.writeHead(304, headers).end();
    return;
  }
  res.writeHead(entry.status, { ...entry.headers, 'content-length': String(entry.body.length) });
  res.end(entry.body);
}

/**
 * GET /public/<subgraph>/… (published results, open data): no credential of the client is passed on (only the gateway's proof of a platform caller), each
 * client is rate-limited, and answers are kept for the time their Cache-Control allows, so that a
 * crowd reading a page asks the subgraph once.
 */
export function proxyPublic(env: NodeJS.ProcessEnv, limits: PublicLimits = readPublicLimits(env), now: () => number = Date.now): RouteHandler {
  const limiter = new ClientRateLimiter(limits.requestsPerMinute, now);
  const cache = new Map<string, Cached>();
  // Most recently used last: past the limit, the first one is dropped.
  const remember = (key: string, entry: Cached) => {
    cache.delete(key);
    cache.set(key, entry);
    if (cache.size > limits.cacheEntries) cache.delete(cache.keys().next().value!);
  };
  return async (req, res) => {
    const verdict = limiter.take(clientOf(req, limits.trustProxy));
    if (!verdict.allowed) {
      sendJson(res, 429, { errors: [{ message: `Trop de demandes : réessayez dans ${verdict.retryAfterSeconds} s.`, extensions: { code: ErrorCode.LIMIT_EXCEEDED } }] }, { 'retry-after': String(verdict.retryAfterSeconds) });
      return;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    const [, , name, ...rest] = url.pathname.split('/');
    if (!name || !SUBGRAPHS.some((s) => s.name === name)) {
      sendJson(res, 404, { errors: [{ message: 'Document inconnu.', extensions: { code: ErrorCode.NOT_FOUND } }] });
      return;
    }
    const key = url.pathname;
    const kept = cache.get(key);
    if (kept && kept.expires > now()) {
      remember(key, kept);
      send(req, res, kept);
      return;
    }
    const target = new URL(subgraphUrl(name, env));
    target.pathname = `/public/${rest.join('/')}`;
    let upstream: Response;
    try {
      upstream = await fetch(target, { headers: { 'x-request-id': String(res.getHeader('x-request-id') ?? ''), ...platformCallerHeaders(env.PLATFORM_CALLER_SECRET, 'GET', target) }, signal: AbortSignal.timeout(30_000) });
    } catch {
      sendJson(res, 503, { errors: [{ message: 'Les résultats publiés sont momentanément indisponibles : réessayez dans quelques minutes.', extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } }] }, { 'retry-after': '60' });
      return;
    }
    const headers: Record<string, string> = {};
    for (const header of KEPT_HEADERS) {
      const value = upstream.headers.get(header);
      if (value) headers[header] = value;
    }
    const entry: Cached = { status: upstream.status, headers, body: Buffer.from(await upstream.arrayBuffer()), expires: now() + maxAgeOf(headers['cache-control']) * 1000 };
    if (entry.expires > now() && upstream.status < 500) {
      remember(key, entry);
    }
    send(req, res, entry);
  };
}

function maxAgeOf(cacheControl: string | undefined): number {
  if (!cacheControl || !/\bpublic\b/.test(cacheControl)) return 0;
  return Number(/max-age=(\d+)/.exec(cacheControl)?.[1] ?? 0);
}
