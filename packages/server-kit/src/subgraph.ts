import type { IncomingMessage, Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { EntitySchema } from '@mikro-orm/core';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { NonEmptyArray } from 'type-graphql';
import { TokenError, createTokenVerifier, type Identity, type TokenVerifier } from '@qualipref/auth';
import { AUDIT_TABLE, AuditEntry } from './audit.js';
import { readServiceConfig, type ServiceConfig } from './config.js';
import { RequestContext } from './context.js';
import { openDatabase, type Database } from './database.js';
import { DomainError, ErrorCode, formatError, readOnlyIdentity, toGraphQLError } from './errors.js';
import { buildFederatedSchema, type ReferenceResolver } from './federation.js';
import { closeServer, createHttpServer, listen, sendJson, type RouteHandler } from './http.js';
import { createLogger, type Logger } from './logger.js';
import { metrics, renderMetrics } from './metrics.js';
import { requestLogPlugin } from './request-log.js';
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
  /** Extra GET routes. */
  routes?: (app: TApp) => Record<string, RouteHandler>;
  /** Extra POST routes besides /graphql (the organization's token endpoint), without a request context: they answer for themselves. */
  postRoutes?: (app: TApp, database: Database) => Record<string, RouteHandler>;
  /**
   * Documents served at GET /documents/<name>/… (PDF, CSV) for a signed-in caller, under the
   * same tenancy as GraphQL; the gateway proxies /documents/<subgraph>/… to them.
   */
  documents?: Record<string, DocumentHandler<TApp>>;
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

export async function startSubgraph<TApp>(definition: SubgraphDefinition<TApp>, env: NodeJS.ProcessEnv = process.env): Promise<RunningSubgraph<TApp>> {
  const config = readServiceConfig(definition.defaultPort, env);
  const log = createLogger(definition.name, env.LOG_LEVEL);
  const database = await openDatabase({
    url: config.databaseUrl,
    schema: definition.schema,
    entities: [AuditEntry as unknown as EntitySchema, ...definition.entities],
    appRole: config.databaseAppRole,
    migrationsDir: definition.migrationsDir,
    grants: { ...definition.grants, appendOnly: [AUDIT_TABLE, ...(definition.grants?.appendOnly ?? [])] },
    poolMax: config.databasePoolMax,
    log,
  });
  const app = definition.createApp ? await definition.createApp({ env, config, log, database }) : (undefined as TApp);
  const verify = definition.verifier ? definition.verifier(app, config) : createTokenVerifier(config.auth);

  const apollo = new ApolloServer<RequestContext<TApp>>({
    schema: await buildSubgraphSchemaOf(definition),
    csrfPrevention: true,
    allowBatchedHttpRequests: true,
    introspection: true,
    // runSubgraph handles the signals: it stops the HTTP server and the database too.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: config.development,
    formatError: (formatted, error) => formatError(formatted, error, (e) => log.error({ err: e }, 'unexpected error')),
    // No Apollo Studio here: inline traces would only cost time on every request.
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      metricsPlugin() as ApolloServerPlugin<RequestContext<TApp>>,
      readOnlyServicePlugin() as ApolloServerPlugin<RequestContext<TApp>>,
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
  const contextFor = (req: IncomingMessage, requestId: string, identity: Identity | null) =>
    new RequestContext<TApp>(database, identity, requestId, log.child({ requestId }), config.databaseAppRole, app, req.headers.authorization ?? null, clocks);

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

  const server: Server = createHttpServer({
    apollo,
    log,
    routes,
    postRoutes: definition.postRoutes?.(app, database),
    prefixRoutes: definition.documents ? { '/documents/': documents } : {},
    corsOrigins: config.corsOrigins,
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
