import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import DataLoader from 'dataloader';
import type { EntityManager, EntityName } from '@mikro-orm/core';
import type { Logger } from 'pino';
import { Role, type Identity } from '@qualipref/auth';
import { recordAudit, type AuditInput } from './audit.js';
import { forbidden, readOnlyIdentity, unauthenticated } from './errors.js';
import { requestSession } from './tenancy.js';
import type { Database } from './database.js';
import { defaultClocks, type ClockResolver } from './clock.js';
import type { TenantClock } from '@qualipref/calendar';

/** Per-request DataLoaders: entity references and child lists are fetched once per batch. */
export class Loaders {
  private readonly byKey = new Map<string, DataLoader<unknown, unknown>>();

  constructor(private readonly em: () => EntityManager) {}

  /** A loader memoized under `key` for this request. */
  get<K, V>(key: string, batch: (keys: readonly K[]) => Promise<(V | Error)[]>): DataLoader<K, V> {
    let loader = this.byKey.get(key);
    if (!loader) {
      loader = new DataLoader<unknown, unknown>(batch as (keys: readonly unknown[]) => Promise<unknown[]>);
      this.byKey.set(key, loader);
    }
    return loader as DataLoader<K, V>;
  }

  /** Loads every child of many parents in one query, grouped by parent (bounded lists). */
  childrenOf<T extends object>(entity: EntityName<T>, name: string, parent: string, orderBy: Record<string, 'asc' | 'desc'>): DataLoader<string, T[]> {
    return this.get<string, T[]>(`children:${name}:${parent}`, async (ids) => {
      const rows = (await this.em().find(entity, { [parent]: { $in: [...ids] } } as never, { orderBy: orderBy as never })) as T[];
      const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
      for (const row of rows) {
        const value = (row as Record<string, unknown>)[parent];
        const key = typeof value === 'string' ? value : (value as { id: string }).id;
        groups.get(key)?.push(row);
      }
      return ids.map((id) => groups.get(id) ?? []);
    });
  }

  /** Loads entities by id, one query per batch; null for an id not visible to the identity. */
  byId<T extends { id: string }>(entity: EntityName<T> & { name?: string; meta?: { className: string } }, name: string): DataLoader<string, T | null> {
    return this.get<string, T | null>(`id:${name}`, async (ids) => {
      const rows = (await this.em().find(entity, { id: { $in: [...ids] } } as never)) as T[];
      const found = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => found.get(id) ?? null);
    });
  }
}

/** Set while a request's transaction is open, so that a network call inside one is caught. */
const openTransaction = new AsyncLocalStorage<{ requestId: string }>();

/**
 * Throws when called inside a request's database transaction. Every client of another service
 * (a subgraph, SMTP, an identity provider) calls it first: a connection held across a network
 * call stalls the pool, and with the embedded database every other service with it.
 */
export function assertOutsideTransaction(call: string): void {
  const scope = openTransaction.getStore();
  if (scope) throw new Error(`${call} called inside the database transaction of request ${scope.requestId}: ask before opening it`);
}

/** What a use case works with, whoever calls it: the domain code knows nothing of GraphQL. */
export interface UseCase<TApp = unknown> {
  em: EntityManager;
  identity: Identity;
  audit: (entry: AuditInput) => void;
  /** The caller's own Authorization header, to ask other services on their behalf. */
  authorization: string;
  app: TApp;
  /** The caller's tenant clock: « today » and every calendar computation go through it. */
  clock: TenantClock;
}

/**
 * What a use case's preparation works with, before its transaction: reads through `em` run in
 * their own short transactions, and this is where other services are asked.
 */
export type Caller<TApp = unknown> = Omit<UseCase<TApp>, 'audit'>;

/** What every resolver receives; `app` holds the service's own long-lived parts. */
export class RequestContext<TApp = unknown> {
  readonly loaders: Loaders;
  private emInstance: EntityManager | undefined;

  constructor(
    private readonly database: Database,
    readonly identity: Identity | null,
    readonly requestId: string,
    readonly log: Logger,
    private readonly appRole: string,
    readonly app: TApp,
    /** The caller's Authorization header, to call another service on their behalf. */
    readonly authorization: string | null = null,
    private readonly clocks: ClockResolver = defaultClocks(),
    /** The client's address, as the gateway forwards it (`clientAddressOf`): what the public paths' limits count by. */
    readonly clientAddress = 'unknown',
  ) {
    this.loaders = new Loaders(() => this.em);
  }

  /** The request's EntityManager: its queries run as the app role, scoped to the identity's tenants. */
  get em(): EntityManager {
    this.emInstance ??= this.fork();
    return this.emInstance;
  }

  /** The clock of the caller's tenant (the platform's default for an anonymous caller). */
  get clock(): TenantClock {
    return this.clocks(this.identity?.tenantId ?? null);
  }

  /** The clock of a given tenant: that of a record's tenant, or of the tenant an anonymous credential (a kiosk's, a link's) proves. */
  clockOf(tenantId: string): TenantClock {
    return this.clocks(tenantId);
  }

  /** A fresh fork with the request's session, plus extra session variables (sign-in). */
  fork(extraVariables: Record<string, string> = {}): EntityManager {
    return this.database.orm.em.fork({
      session: requestSession(this.identity, this.appRole, extraVariables),
      loggerContext: { requestId: this.requestId },
    }) as unknown as EntityManager;
  }

  /** The identity, or UNAUTHENTICATED. */
  requireIdentity(): Identity {
    // A token that was sent but not valid has been refused already (EXPIRED, INVALID): none was sent.
    if (!this.identity) throw unauthenticated('Authentification requise : connectez-vous pour continuer.', 'MISSING');
    return this.identity;
  }

  /** The tenants a list covers: all the readable ones, or the one asked for if it is readable (FORBIDDEN otherwise). */
  readableTenants(tenantId?: string | null): string[] {
    const readable = this.requireIdentity().readableTenantIds;
    if (!tenantId) return readable;
    if (!readable.includes(tenantId)) throw forbidden("Vous n'avez pas accès à cette préfecture ou sous-préfecture.");
    return [tenantId];
  }

  /** The identity if it has one of the roles, or FORBIDDEN. */
  requireRole(...roles: Role[]): Identity {
    const identity = this.requireIdentity();
    if (!roles.includes(identity.role)) throw forbidden();
    return identity;
  }

  /**
   * Runs a change in one transaction and records it in the audit trail; if anything throws,
   * nothing is written.
   */
  async mutate<T>(work: (em: EntityManager, audit: (entry: AuditInput) => void) => Promise<T>): Promise<T> {
    const identity = this.requireIdentity();
    // The subgraph refuses a service identity's mutations before any resolver; this catches any other way in.
    if (identity.service) throw readOnlyIdentity();
    return openTransaction.run({ requestId: this.requestId }, () =>
      this.em.transactional(async (em) => {
        const result = await work(em, (entry) => recordAudit(em, identity, this.requestId, entry));
        await em.flush();
        return result;
      }),
    );
  }

  /** Runs a use case in one audited transaction. */
  run<T>(work: (u: UseCase<TApp>) => Promise<T>): Promise<T> {
    return this.mutate((em, audit) => work({ em, audit, identity: this.requireIdentity(), authorization: this.authorization ?? '', app: this.app, clock: this.clock }));
  }

  /**
   * Runs `prepare` outside any transaction (where other services are asked what the use case
   * needs), then the use case in one audited transaction with what `prepare` returned.
   */
  async runAfter<P, T>(prepare: (caller: Caller<TApp>) => Promise<P>, work: (u: UseCase<TApp>, prepared: P) => Promise<T>): Promise<T> {
    const identity = this.requireIdentity();
    const prepared = await prepare({ em: this.fork(), identity, authorization: this.authorization ?? '', app: this.app, clock: this.clock });
    return this.run((u) => work(u, prepared));
  }
}

export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && /^[\w.:-]{1,100}$/.test(value) ? value : randomUUID();
}

export { Role };
