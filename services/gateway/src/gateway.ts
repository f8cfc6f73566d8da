import { readFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { ApolloGateway, IntrospectAndCompose, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { TokenError, createTokenVerifier, type Identity } from '@qualipref/auth';
import { CLIENT_ADDRESS_HEADER, ErrorCode, armorProtection, closeServer, createHttpServer, createLogger, inputCheckPlugin, limitErrorCode, listen, parseErrorCode, platformCallerHeaders, readHttpConfig, requestLogPlugin, sendJson, type HttpConfig, type RouteHandler } from '@qualipref/server-kit';
import { costPlugin } from './cost.js';
import { readLimits } from './limits.js';
import { clientOf, proxyPublic, readPublicLimits } from './public.js';
import { isUnavailable, readSubgraphTimeouts, readinessProbe, serviceUnavailable, withTimeout } from './resilience.js';
import { subgraphUrlVariable } from '@qualipref/platform-registry';
import { SUBGRAPHS, SUPERGRAPH_PATH, subgraphUrl } from './subgraphs.js';

export interface GatewayContext {
  identity: Identity | null;
  authorization: string | null;
  requestId: string;
  /** Who the client is, for the subgraphs' limits of the public paths (kiosk, links, sign-in). */
  clientAddress: string;
}

/** Passes the caller's token and the request id on to every subgraph, which verify it again, with the gateway's proof of a platform caller. */
class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly service: string,
    url: string,
    timeoutMs: number,
    private readonly log: ReturnType<typeof createLogger>,
    private readonly callerSecret: string | undefined,
  ) {
    super({ url });
    this.fetcher = withTimeout(this.fetcher, timeoutMs);
  }

  /** A subgraph that does not answer fails its own fields only, with SERVICE_UNAVAILABLE naming it. */
  override didEncounterError(error: Error, _request: unknown, response?: Parameters<RemoteGraphQLDataSource['didEncounterError']>[2]): void {
    if (!isUnavailable(response)) throw error;
    this.log.warn({ service: this.service, url: this.url, status: response?.status, cause: error.message }, 'subgraph unavailable');
    throw serviceUnavailable(this.service);
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (!request.http) return;
    for (const [key, value] of Object.entries(platformCallerHeaders(this.callerSecret, request.http.method, request.http.url))) request.http.headers.set(key, value);
    if (context.authorization) request.http.headers.set('authorization', context.authorization);
    if (context.requestId) request.http.headers.set('x-request-id', context.requestId);
    forwardClientAddress(request.http.headers, context);
  }
}

/** The client's address, which a subgraph believes only from a platform peer (TRUSTED_PLATFORM_PEERS). */
function forwardClientAddress(headers: { set(name: string, value: string): void }, context: Partial<GatewayContext>): void {
  if (typeof context.clientAddress === 'string' && context.clientAddress) headers.set(CLIENT_ADDRESS_HEADER, context.clientAddress);
}

/**
 * A request refused by a rate limit of a public path (no data, every error LIMIT_EXCEEDED with
 * its delay) is answered HTTP 429 with Retry-After; the subgraph answers 200, as for any refusal
 * of a resolver, so that the gateway does not take it for the subgraph's failure.
 */
function retryAfterPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          const delays = (errors ?? []).map((e) => (e.extensions?.code === ErrorCode.LIMIT_EXCEEDED ? e.extensions.retryAfterSeconds : undefined));
          if ((data !== null && data !== undefined) || !delays.length || !delays.every((d) => typeof d === 'number')) return;
          response.http.status = 429;
          response.http.headers.set('retry-after', String(Math.max(...(delays as number[]))));
        },
      };
    },
  };
}

export interface GatewayOptions {
  env?: NodeJS.ProcessEnv;
}

export interface RunningGateway {
  url: string;
  port: number;
  stop(): Promise<void>;
}

function boolSetting(value: string | undefined, fallback: boolean): boolean {
  return value === undefined || value === '' ? fallback : value === 'true';
}

function formatGatewayError(config: HttpConfig, log: ReturnType<typeof createLogger>) {
  return (formatted: GraphQLFormattedError): GraphQLFormattedError => {
    const error = parseErrorCode(limitErrorCode(formatted));
    const code = error.extensions?.code;
    if (code === undefined || code === ErrorCode.INTERNAL_SERVER_ERROR) {
      log.error({ error }, 'unexpected error');
      if (config.production || code === undefined) {
        return { message: 'Erreur interne du serveur.', locations: error.locations, path: error.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
      }
    }
    if (!config.development && error.extensions && 'stacktrace' in error.extensions) {
      const { stacktrace: _stack, ...extensions } = error.extensions;
      return { ...error, extensions };
    }
    return error;
  };
}

/**
 * GET /documents/<subgraph>/… (PDF, CSV) is passed to that subgraph's /documents/…, with the
 * caller's token, which the subgraph verifies; the answer is streamed back as it comes.
 */
function proxyDocument(env: NodeJS.ProcessEnv): RouteHandler {
  return async (req, res) => {
    const [, , name, ...rest] = new URL(req.url ?? '/', 'http://localhost').pathname.split('/');
    if (!name || !SUBGRAPHS.some((s) => s.name === name)) {
      sendJson(res, 404, { errors: [{ message: 'Document inconnu.', extensions: { code: ErrorCode.NOT_FOUND } }] });
      return;
    }
    const target = new URL(subgraphUrl(name, env));
    target.pathname = `/documents/${rest.join('/')}`;
    const upstream = await fetch(target, {
      headers: { ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}), 'x-request-id': String(res.getHeader('x-request-id') ?? ''), ...platformCallerHeaders(env.PLATFORM_CALLER_SECRET, 'GET', target) },
      signal: AbortSignal.timeout(30_000),
    });
    const headers: Record<string, string> = {};
    for (const key of ['content-type', 'content-disposition', 'cache-control', 'content-length']) {
      const value = upstream.headers.get(key);
      if (value) headers[key] = value;
    }
    res.writeHead(upstream.status, headers);
    if (upstream.body) for await (const chunk of upstream.body) res.write(chunk);
    res.end();
  };
}

export async function startGateway(options: GatewayOptions = {}): Promise<RunningGateway> {
  const env = options.env ?? process.env;
  const config = readHttpConfig(4000, env);
  const limits = readLimits(env);
  const log = createLogger('gateway', env.LOG_LEVEL);
  const verify = createTokenVerifier(config.auth);
  const introspection = boolSetting(env.GATEWAY_INTROSPECTION, !config.production);
  const timeouts = readSubgraphTimeouts(env);
  // The subgraphs of the supergraph served, where the gateway sends their requests: /readyz probes those.
  const served = new Map<string, string>();
  const { trustProxy } = readPublicLimits(env);

  // Production serves the supergraph composed at build; development may poll the subgraphs.
  const gateway = new ApolloGateway({
    ...(env.GATEWAY_SUPERGRAPH === 'introspect'
      ? {
          supergraphSdl: new IntrospectAndCompose({
            subgraphs: SUBGRAPHS.map((s) => ({ name: s.name, url: subgraphUrl(s.name, env) })),
            pollIntervalInMs: 10_000,
          }),
        }
      : { supergraphSdl: await readFile(env.SUPERGRAPH_PATH || SUPERGRAPH_PATH, 'utf8') }),
    buildService: ({ name, url }) => {
      const target = env[subgraphUrlVariable(name)] || url || '';
      served.set(name, target);
      return new ForwardingDataSource(name, target, timeouts.requestMs, log, config.platformCallerSecret);
    },
  });

  const protection = armorProtection(limits, { blockFieldSuggestion: true });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    // main.ts handles the signals and stops the HTTP server first.
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: true,
    introspection,
    includeStacktraceInErrorResponses: config.development,
    validationRules: protection.validationRules,
    formatError: formatGatewayError(config, log),
    plugins: [
      ...(protection.plugins as ApolloServerPlugin<GatewayContext>[]),
      // After validation, before the query plan runs: no subgraph is called for a refused operation.
      costPlugin<GatewayContext>(limits.maxCost),
      // Malformed ids, impossible dates, unstorable text and lists past their documented maximum, before any subgraph is called.
      inputCheckPlugin<GatewayContext>(),
      requestLogPlugin<GatewayContext>(log),
      retryAfterPlugin(),
      introspection ? ApolloServerPluginLandingPageLocalDefault({ embed: true }) : ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();

  const readiness = readinessProbe(() => served, timeouts);

  const server: Server = createHttpServer<GatewayContext>({
    apollo,
    log,
    corsOrigins: config.corsOrigins,
    maxBatch: limits.maxBatch,
    maxBodyBytes: limits.maxBodyBytes,
    prefixRoutes: { '/documents/': proxyDocument(env), '/public/': proxyPublic(env) },
    routes: {
      '/healthz': (_req, res) => sendJson(res, 200, { status: 'ok', service: 'gateway' }),
      '/readyz': async (_req, res) => {
        const down = await readiness();
        sendJson(res, down.length ? 503 : 200, down.length ? { status: 'unavailable', service: 'gateway', down } : { status: 'ready', service: 'gateway' });
      },
    },
    context: async (req, requestId) => {
      const authorization = req.headers.authorization ?? null;
      let identity: Identity | null = null;
      if (authorization) {
        try {
          identity = await verify(authorization);
        } catch (error) {
          if (!(error instanceof TokenError)) throw error;
          throw new GraphQLError(error.message, { extensions: { code: ErrorCode.UNAUTHENTICATED, reason: error.problem, http: { status: 401 } } });
        }
      }
      return { identity, authorization, requestId, clientAddress: clientOf(req, trustProxy) };
    },
  });
  const port = await listen(server, config.port, config.host);
  const url = `http://${config.host}:${port}/graphql`;
  log.info({ url, introspection }, 'gateway ready');
  return {
    url,
    port,
    async stop() {
      await closeServer(server);
      await apollo.stop();
    },
  };
}
