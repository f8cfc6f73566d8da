import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { defineEntity, p, type EntityManager } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/postgresql';
import { quoteIdent, type Database } from './database.js';
import { LimitExceeded } from './errors.js';
import { requestSession } from './tenancy.js';

/**
 * A token bucket's state, one row per (scope, key), shared by every replica of the service that
 * reads the same database. No tenant: the key is a hash (of a device token, a link, an address, an
 * account), never the secret or the address itself. A service that limits a public path lists this
 * entity among its own, so that its migrations create the table and the request role may use it.
 */
export const RateLimitBucket = defineEntity({
  name: 'RateLimitBucket',
  tableName: 'rate_limit',
  properties: {
    scope: p.string().length(60).primary(),
    key: p.string().length(64).primary(),
    tokens: p.double(),
    /** Whether the last attempt got a token. */
    granted: p.boolean(),
    updatedAt: p.datetime(),
    /** When the bucket is full again: from then on the row means nothing and may be pruned. */
    fullAt: p.datetime().index(),
  },
});

export const RATE_LIMIT_TABLE = 'rate_limit';

/** A burst of `burst` attempts, given back at `burst` per `seconds`. */
export interface RateLimit {
  burst: number;
  seconds: number;
}

/** `N/S` (a burst of N, N more every S seconds) or `off`; the fallback when unset. */
export function rateLimitSetting(value: string | undefined, fallback: RateLimit | null, name: string): RateLimit | null {
  if (value === undefined || value === '') return fallback;
  if (value === 'off') return null;
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const burst = Number(match?.[1]);
  const seconds = Number(match?.[2]);
  if (!match || burst < 1 || seconds < 1) throw new Error(`${name} must be "N/S" (a burst of N, given back at N per S seconds; both at least 1) or "off", got "${value}"`);
  return { burst, seconds };
}

/** « 40 s », « 3 min »: how long to wait, in a message. */
export function frenchDelay(seconds: number): string {
  return seconds < 120 ? `${seconds} s` : `${Math.ceil(seconds / 60)} min`;
}

const hashKey = (key: string) => createHash('sha256').update(key).digest('base64url');

// One statement decides and records the attempt, on the row it locks: two replicas, or a burst,
// cannot both take the last token. `r` is what the bucket holds once refilled since its last attempt.
const take = (table: string) => `with p as (select ?::text as scope, ?::text as key, ?::float8 as burst, ?::float8 as rate)
  insert into ${table} as b (scope, key, tokens, granted, updated_at, full_at)
  select scope, key, burst - 1, true, now(), now() + make_interval(secs => 1 / rate) from p
  on conflict (scope, key) do update set (granted, tokens, updated_at, full_at) = (
    select r >= 1, left_after, now(), now() + make_interval(secs => (burst - left_after) / rate)
    from (select r, burst, rate, case when r >= 1 then r - 1 else r end as left_after
          from (select least(p.burst, b.tokens + extract(epoch from now() - b.updated_at) * p.rate) as r, p.burst, p.rate from p) refilled) next)
  returning granted, tokens`;
const giveBack = (table: string) => `update ${table} set tokens = least(?::float8, tokens + 1) where scope = ? and key = ?`;
const prune = (table: string) => `delete from ${table} where full_at < now()`;
const PRUNE_EVERY = 500;

/**
 * The limits of the public paths (kiosk, personal links, sign-in), kept in PostgreSQL so that they
 * hold across replicas. Each attempt is one short statement of its own, run before the use case's
 * transaction: that transaction never holds a limiter row.
 */
export class RateLimiter {
  private attempts = 0;
  private readonly sql: { take: string; giveBack: string; prune: string };

  /** `em` runs each statement in its own short transaction, as the request role; the table is in `schema`. */
  constructor(
    private readonly em: () => EntityManager,
    schema: string,
  ) {
    const table = `${quoteIdent(schema)}.${RATE_LIMIT_TABLE}`;
    this.sql = { take: take(table), giveBack: giveBack(table), prune: prune(table) };
  }

  /** The limiter of a service, on its database, as its request role (whose grants cover the table). */
  static of(database: Database, appRole: string): RateLimiter {
    return new RateLimiter(() => database.orm.em.fork({ session: requestSession(null, appRole) }) as unknown as EntityManager, database.orm.config.get('schema')!);
  }

  private execute(sql: string, params: unknown[]): Promise<Record<string, unknown>[]> {
    return (this.em() as unknown as SqlEntityManager).execute(sql, params, 'all') as Promise<Record<string, unknown>[]>;
  }

  /** Takes an attempt from the bucket of `key` in `scope`: the seconds to wait when it is empty, else null. */
  async take(scope: string, key: string, limit: RateLimit | null): Promise<number | null> {
    if (!limit) return null;
    const rate = limit.burst / limit.seconds;
    const [row] = await this.execute(this.sql.take, [scope, hashKey(key), limit.burst, rate]);
    this.attempts += 1;
    if (this.attempts % PRUNE_EVERY === 0) await this.execute(this.sql.prune, []);
    if (row!.granted) return null;
    return Math.max(1, Math.ceil((1 - Number(row!.tokens)) / rate));
  }

  /** Takes an attempt, or refuses with LIMIT_EXCEEDED and the delay, in `message`'s words. */
  async check(scope: string, key: string, limit: RateLimit | null, message: (delay: string) => string, reason?: string): Promise<void> {
    const wait = await this.take(scope, key, limit);
    if (wait !== null) throw new LimitExceeded(message(frenchDelay(wait)), wait, reason);
  }

  /** Gives an attempt back (a sign-in that succeeded): only failures then count. */
  async giveBack(scope: string, key: string, limit: RateLimit | null): Promise<void> {
    if (!limit) return;
    await this.execute(this.sql.giveBack, [limit.burst, scope, hashKey(key)]);
  }
}

/** The header in which the gateway tells a subgraph the client's address. */
export const CLIENT_ADDRESS_HEADER = 'x-qualipref-client-address';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * The address of the client a request comes from: the one the gateway forwards when the request
 * is a platform caller's — proven by its signed header (`provenCaller`: the subgraph requires the
 * proof, so that behind a cluster's network the gateway's replicas need not be listed) or coming
 * from a platform peer (`trustedPeers`, the loopback by default) — else the connection's.
 */
export function clientAddressOf(req: IncomingMessage, trustedPeers: ReadonlySet<string> = LOOPBACK, provenCaller = false): string {
  const peer = req.socket.remoteAddress ?? 'unknown';
  const forwarded = req.headers[CLIENT_ADDRESS_HEADER];
  return typeof forwarded === 'string' && forwarded && (provenCaller || trustedPeers.has(peer)) ? forwarded : peer;
}

/** `TRUSTED_PLATFORM_PEERS`: the addresses of the gateway's replicas, whose forwarded client address is believed. */
export function trustedPeersSetting(value: string | undefined): ReadonlySet<string> {
  const listed = (value ?? '').split(',').map((a) => a.trim()).filter(Boolean);
  return listed.length ? new Set(listed) : LOOPBACK;
}
