import { createHash } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { EntityManager, EntitySchema } from '@mikro-orm/core';
import { GraphQLError, visit, type GraphQLSchema } from 'graphql';
import type { NonEmptyArray } from 'type-graphql';
import { TokenError, createTokenVerifier, type Identity, type TokenVerifier } from '@qualipref/auth';
import { AUDIT_DIGEST_TABLE, AUDIT_ENTITIES, AUDIT_TABLE } from './audit.js';
import { refusedWritesPlugin } from './audit-graphql.js';
import { readServiceConfig, type ServiceConfig } from './config.js';
import { RequestContext } from './context.js';
import { openDatabase, type Database } from './database.js';
import { DomainError, ErrorCode, formatError, readOnlyIdentity, toGraphQLError } from './errors.js';
import { buildFederatedSchema, type ReferenceResolver } from './federation.js';
import { closeServer, createHttpServer, listen, sendJson, type RouteHandler } from './http.js';
import { armorProtection, limitErrorCode, parseErrorCode, readSubgraphLimits } from './limits.js';
import { createLogger, type Logger } from './logger.js';
import { metrics, renderMetrics } from './metrics.js';
import { requestLogPlugin } from './request-log.js';
import { clientAddressOf, trustedPeersSetting } from './limiter.js';
import { READABLE_TENANTS_VARIABLE } from './tenancy.js';
import { defaultClocks, type ClockResolver } from './clock.js';

export interface SubgraphEnvironment {
  env: NodeJS.ProcessEnv;
  config: ServiceConfig;
  log: Logger;
  database: Database;
}

/** Everything a subgraph declares; the kit does the rest. */
export interface SubgraphDefinition<TApp> {
  /** Service name, used in logs, metrics and the supergraph. */
  name: string;
  /** Its own PostgreSQL schema. */
  schema: string;
  defaultPort: number;
  entities: EntitySchema[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql's resolver class type
  resolvers: NonEmptyArray<Function>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes?: Function[];
  references?: Record<string, ReferenceResolver<RequestContext<TApp>>>;
  /** Folder of the committed SQL migrations. */
  migrationsDir: string;
  grants?: { readOnly?: string[]; appendOnly?: string[] };
  /** Builds the service's long-lived parts (an issuer, a mailer…), after migrations. */
  createApp?: (env: SubgraphEnvironment) => Promise<TApp>;
  /** Stops what `createApp` started in the background (a worker), before the database closes. */
  stopApp?: (app: TApp) => Promise<void>;
  /** Extra GET routes. */
  routes?: (app: TApp) => Record<string, RouteHandler>;
  /** Extra POST routes besides /graphql (the organization's token endpoint), without a request context: they answer for themselves. */
  postRoutes?: (app: TApp, database: Database) => Record<string, RouteHandler>;
  /**
   * Documents served at GET /documents/<name>/… (PDF, CSV) for a signed-in caller, under the
   * same tenancy as GraphQL; the gateway proxies /documents/<subgraph>/… to them.
   */
  documents?: Record<string, DocumentHandler<TApp>>;
  /**
   * Public documents at GET /public/<name>/… (published results, open data): no sign-in, read
   * only, through `PublicReader`; the gateway proxies /public/<subgraph>/…, rate-limited and cached.
   */
  publicDocuments?: Record<string, PublicDocumentHandler<TApp>>;
  /** The tenants' clocks (time zone, working calendar, now): the platform's default, or a fixed now in tests. */
  clocks?: ClockResolver;
  /** Replaces the token verifier built from the configuration (the issuer verifies its own tokens). */
  verifier?: (app: TApp, config: ServiceConfig) => TokenVerifier;
}

export interface Document {
  filename: string;
  contentType: string;
  body: Buffer;
}

/** Answers a document for the path segments after /documents/<name>/, or null when unknown. */
export type DocumentHandler<TApp> = (ctx: RequestContext<TApp>, path: string[]) => Promise<Document | null>;

/** A public document: open data is read in place (`inline`), a poster is downloaded (`attachment`). */
export interface PublicDocument extends Document {
  disposition: 'inline' | 'attachment';
}

/** What a public document reads with: one tenant's rows, never a write, and the service's parts. */
export interface PublicReader<TApp> {
  /** An EntityManager that reads the rows of that tenant only; any write is refused by PostgreSQL. */
  tenant(tenantId: string): EntityManager;
  app: TApp;
}

/** Answers a public document for the path segments after /public/<name>/, or null when unknown. */
export type PublicDocumentHandler<TApp> = (reader: PublicReader<TApp>, path: string[]) => Promise<PublicDocument | null>;

/** How long browsers and proxies may keep a public document: published figures change only by a new version. */
export const PUBLIC_MAX_AGE_SECONDS = 300;

export interface RunningSubgraph<TApp> {
  url: string;
  port: number;
  app: TApp;
  database: Database;
  stop(): Promise<void>;
}

/** Builds the schema alone, without a database: used to print the SDL at build time. */
export function buildSubgraphSchemaOf<TApp>(definition: SubgraphDefinition<TApp>): Promise<GraphQLSchema> {
  return buildFederatedSchema({ resolvers: definition.resolvers, orphanedTypes: definition.orphanedTypes, references: definition.references });
}

function metricsPlugin(): ApolloServerPlugin<RequestContext<unknown>> {
  return {
    async requestDidStart() {
      metrics.graphqlRequests += 1;
      return {
        async didEncounterErrors() {
          metrics.graphqlErrors += 1;
        },
      };
    },
  };
}

/**
 * A service identity only reads: its mutations are refused before any resolver runs. With HTTP
 * 200, as a resolver's refusal would be: the gateway must not take it for a subgraph's fault.
 */
function readOnlyServicePlugin(): ApolloServerPlugin<RequestContext<unknown>> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== 'mutation' || !contextValue.identity?.service) return;
          const refusal = toGraphQLError(readOnlyIdentity());
          throw new GraphQLError(refusal.message, { extensions: { ...refusal.extensions, http: { status: 200 } } });
        },
      };
    },
  };
}

/** The FORBIDDEN reason of an introspection query where introspection is off. */
export const INTROSPECTION_DISABLED = 'INTROSPECTION_DISABLED';

/**
 * Refuses `__schema` and `__type` (HTTP 403 FORBIDDEN, INTROSPECTION_DISABLED) once the operation
 * is resolved: the schema is not shown to whoever reaches a subgraph. `_service { sdl }` is an
 * ordinary field and stays answered, for the composition.
 */
function noIntrospectionPlugin(): ApolloServerPlugin<RequestContext<unknown>> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document }) {
          let introspects = false;
          visit(document, {
            Field(node) {
              if (node.name.value === '__schema' || node.name.value === '__type') introspects = true;
            },
          });
          if (!introspects) return;
          throw new GraphQLError('L’introspection du schéma est désactivée sur ce service.', { extensions: { code: ErrorCode.FORBIDDEN, reason: INTROSPECTION_DISABLED, http: { status: 403 } } });
        },
      };
    },
  };
}

export async function startSubgraph<TApp>(definition: SubgraphDefinition<TApp>, env: NodeJS.ProcessEnv = process.env): Promise<RunningSubgraph<TApp>> {
  const config = readServiceConfig(definition.defaultPort, env);
  const log = createLogger(definition.name, env.LOG_LEVEL);
  const database = await openDatabase({
    url: config.databaseUrl,
    migrationUrl: config.databaseMigrationUrl,
    requireLeastPrivilege: config.production,
    schema: definition.schema,
    entities: [...(AUDIT_ENTITIES as unknown as EntitySchema[]), ...definition.entities],
    appRole: config.databaseAppRole,
    migrationsDir: definition.migrationsDir,
    grants: {
      ...definition.grants,
      readOnly: [AUDIT_DIGEST_TABLE, ...(definition.grants?.readOnly ?? [])],
      appendOnly: [AUDIT_TABLE, ...(definition.grants?.appendOnly ?? [])],
    },
    poolMax: config.databasePoolMax,
    log,
  });
  const app = definition.createApp ? await definition.createApp({ env, config, log, database }) : (undefined as TApp);
  const verify = definition.verifier ? definition.verifier(app, config) : createTokenVerifier(config.auth);
  const limits = readSubgraphLimits(env);
  // Off in production: neither the schema nor « Did you mean … » is shown there.
  const introspection = env.SUBGRAPH_INTROSPECTION ? env.SUBGRAPH_INTROSPECTION === 'true' : !config.production;
  const protection = armorProtection(limits, { blockFieldSuggestion: !introspection });
  if (!config.platformCallerSecret) log.warn('no PLATFORM_CALLER_SECRET: requests are accepted from any caller (development only)');

  const apollo = new ApolloServer<RequestContext<TApp>>({
    schema: await buildSubgraphSchemaOf(definition),
    csrfPrevention: true,
    allowBatchedHttpRequests: true,
    introspection: true,
    validationRules: protection.validationRules,
    // runSubgraph handles the signals: it stops the HTTP server and the database too.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: config.development,
    formatError: (formatted, error) => formatError(parseErrorCode(limitErrorCode(formatted)), error, (e) => log.error({ err: e }, 'unexpected error')),
    // No Apollo Studio here: inline traces would only cost time on every request.
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      ...(protection.plugins as ApolloServerPlugin<RequestContext<TApp>>[]),
      ...(introspection ? [] : [noIntrospectionPlugin() as ApolloServerPlugin<RequestContext<TApp>>]),
      metricsPlugin() as ApolloServerPlugin<RequestContext<TApp>>,
      readOnlyServicePlugin() as ApolloServerPlugin<RequestContext<TApp>>,
      refusedWritesPlugin() as ApolloServerPlugin<RequestContext<TApp>>,
      requestLogPlugin<RequestContext<TApp>>(log),
    ],
  });
  await apollo.start();

  const routes: Record<string, RouteHandler> = {
    '/healthz': (_req, res) => sendJson(res, 200, { status: 'ok', service: definition.name }),
    '/readyz': async (_req, res) => {
      try {
        await database.ping();
        sendJson(res, 200, { status: 'ready', service: definition.name });
      } catch (error) {
        log.warn({ err: error }, 'database unreachable');
        sendJson(res, 503, { status: 'unavailable', service: definition.name, reason: 'database unreachable' });
      }
    },
    '/metrics': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' }).end(renderMetrics(definition.name));
    },
    ...definition.routes?.(app),
  };

  const clocks = definition.clocks ?? defaultClocks();
  const trustedPeers = trustedPeersSetting(env.TRUSTED_PLATFORM_PEERS);
  const contextFor = (req: IncomingMessage, requestId: string, identity: Identity | null) =>
    new RequestContext<TApp>(database, identity, requestId, log.child({ requestId }), config.databaseAppRole, app, req.headers.authorization ?? null, clocks, clientAddressOf(req, trustedPeers, Boolean(config.platformCallerSecret)));

  const documents: RouteHandler = async (req, res) => {
    const requestId = String(res.getHeader('x-request-id') ?? '');
    const [, , name, ...path] = new URL(req.url ?? '/', 'http://localhost').pathname.split('/').map(decodeURIComponent);
    const handler = name ? definition.documents?.[name] : undefined;
    if (!handler) return sendJson(res, 404, { errors: [{ message: 'Document inconnu.', extensions: { code: ErrorCode.NOT_FOUND } }] });
    let identity: Identity;
    try {
      identity = await verify(req.headers.authorization);
    } catch (error) {
      if (!(error instanceof TokenError)) throw error;
      return sendJson(res, 401, { errors: [{ message: error.message, extensions: { code: ErrorCode.UNAUTHENTICATED, reason: error.problem } }] });
    }
    try {
      const document = await handler(contextFor(req, requestId, identity), path);
      if (!document) return sendJson(res, 404, { errors: [{ message: 'Document introuvable.', extensions: { code: ErrorCode.NOT_FOUND } }] });
      res.writeHead(200, {
        'content-type': document.contentType,
        'content-disposition': `attachment; filename="${document.filename.replace(/[^\w.-]/g, '_')}"`,
        'cache-control': 'private, no-store',
      });
      res.end(document.body);
    } catch (error) {
      if (error instanceof DomainError) return sendJson(res, error.code === ErrorCode.FORBIDDEN ? 403 : 400, { errors: [{ message: error.message, extensions: { code: error.code } }] });
      throw error;
    }
  };

  const publicDocuments: RouteHandler = async (req, res) => {
    metrics.publicDocuments += 1;
    const requestId = String(res.getHeader('x-request-id') ?? '');
    let segments: string[];
    try {
      segments = new URL(req.url ?? '/', 'http://localhost').pathname.split('/').map(decodeURIComponent);
    } catch {
      segments = [];
    }
    const [, , name, ...path] = segments;
    const handler = name ? definition.publicDocuments?.[name] : undefined;
    const notFound = () => sendJson(res, 404, { errors: [{ message: 'Document introuvable.', extensions: { code: ErrorCode.NOT_FOUND } }] }, { 'cache-control': `public, max-age=${PUBLIC_MAX_AGE_SECONDS}` });
    if (!handler) return notFound();
    // Anonymous: the reader's session names one readable tenant and no own tenant, so nothing can be written.
    const ctx = contextFor(req, requestId, null);
    const reader: PublicReader<TApp> = { tenant: (tenantId) => ctx.fork({ [READABLE_TENANTS_VARIABLE]: tenantId }), app };
    try {
      const document = await handler(reader, path);
      if (!document) return notFound();
      const etag = `"${createHash('sha256').update(document.body).digest('base64url').slice(0, 27)}"`;
      const headers = {
        etag,
        'cache-control': `public, max-age=${PUBLIC_MAX_AGE_SECONDS}`,
        'x-content-type-options': 'nosniff',
        // Open data is read from any site; no credential is ever taken into account here.
        'access-control-allow-origin': '*',
      };
      if (req.headers['if-none-match'] === etag) return void res.writeHead(304, headers).end();
      res.writeHead(200, {
        ...headers,
        'content-type': document.contentType,
        'content-length': String(document.body.length),
        'content-disposition': `${document.disposition}; filename="${document.filename.replace(/[^\w.-]/g, '_')}"`,
      });
      res.end(document.body);
    } catch (error) {
      if (error instanceof DomainError) return sendJson(res, error.code === ErrorCode.NOT_FOUND ? 404 : 400, { errors: [{ message: error.message, extensions: { code: error.code, ...(error.reason ? { reason: error.reason } : {}) } }] });
      throw error;
    }
  };

  const server: Server = createHttpServer({
    apollo,
    log,
    routes,
    postRoutes: definition.postRoutes?.(app, database),
    prefixRoutes: { ...(definition.documents ? { '/documents/': documents } : {}), ...(definition.publicDocuments ? { '/public/': publicDocuments } : {}) },
    corsOrigins: config.corsOrigins,
    maxBatch: limits.maxBatch,
    callerSecret: config.platformCallerSecret,
    context: async (req, requestId) => {
      let identity: Identity | null = null;
      if (req.headers.authorization) {
        try {
          identity = await verify(req.headers.authorization);
        } catch (error) {
          if (!(error instanceof TokenError)) throw error;
          throw new GraphQLError(error.message, { extensions: { code: ErrorCode.UNAUTHENTICATED, reason: error.problem, http: { status: 401 } } });
        }
      }
      return contextFor(req, requestId, identity);
    },
  });
  const port = await listen(server, config.port, config.host);
  const url = `http://${config.host}:${port}/graphql`;
  log.info({ url }, `${definition.name} subgraph ready`);
  return {
    url,
    port,
    app,
    database,
    async stop() {
      await closeServer(server);
      await apollo.stop();
      if (definition.stopApp) await definition.stopApp(app);
      await database.close();
      log.info(`${definition.name} subgraph stopped`);
    },
  };
}

/** Stops a running server once on SIGINT or SIGTERM, then exits. */
export function stopOnSignals(running: { stop(): Promise<void> }): void {
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await running.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** The `main` of a subgraph: start, then stop cleanly on SIGINT/SIGTERM. */
export async function runSubgraph<TApp>(definition: SubgraphDefinition<TApp>): Promise<void> {
  stopOnSignals(await startSubgraph(definition));
}
