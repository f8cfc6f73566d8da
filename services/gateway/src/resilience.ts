import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { ErrorCode, integerSetting } from '@qualipref/server-kit';

type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetcherResponse = Awaited<ReturnType<Fetcher>>;

/** How long the gateway waits for a subgraph's answer, and how long /readyz trusts its last probe. */
export interface SubgraphTimeouts {
  requestMs: number;
  probeMs: number;
  probeCacheMs: number;
}

export function readSubgraphTimeouts(env: NodeJS.ProcessEnv): SubgraphTimeouts {
  return {
    requestMs: integerSetting(env.GATEWAY_SUBGRAPH_TIMEOUT_MS, 10_000, 'GATEWAY_SUBGRAPH_TIMEOUT_MS'),
    probeMs: 2_000,
    probeCacheMs: 5_000,
  };
}

/** Every request to a subgraph is abandoned after `ms`: a frozen subgraph holds no request longer. */
export function withTimeout(fetcher: Fetcher, ms: number): Fetcher {
  return (url, init) => fetcher(url, { ...init, signal: AbortSignal.timeout(ms) });
}

/** The subgraph was not reached, did not answer in time, or a proxy in front of it said it is down. */
export function isUnavailable(response: FetcherResponse | undefined): boolean {
  return response === undefined || [502, 503, 504].includes(response.status);
}

/** The subgraphs as the console's users know them, for the message. */
const SERVICE_LABELS: Record<string, string> = {
  organization: 'de l’organisation (sites, directions, comptes)',
  committees: 'des comités locaux des usagers',
  correspondence: 'du courrier et des délais',
  surveys: 'des enquêtes',
  quality: 'du référentiel qualité',
};

/**
 * The error of the fields a subgraph that does not answer owns: the other subgraphs' fields are
 * still answered. Neither its address nor the cause is shown: the gateway's log has them.
 */
export function serviceUnavailable(service: string): GraphQLError {
  return new GraphQLError(`Le service ${SERVICE_LABELS[service] ?? `« ${service} »`} ne répond pas : réessayez dans quelques minutes.`, {
    extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, service },
  });
}

/**
 * The subgraphs whose /readyz does not answer 200 within `probeMs`. Probes are shared for
 * `probeCacheMs`, so that a load balancer asking often does not multiply them.
 */
export function readinessProbe(subgraphs: () => Map<string, string>, timeouts: SubgraphTimeouts, now: () => number = Date.now): () => Promise<string[]> {
  let last: { at: number; down: Promise<string[]> } | undefined;
  const probe = async () => {
    const down: string[] = [];
    await Promise.all(
      [...subgraphs()].map(async ([name, graphqlUrl]) => {
        const url = new URL(graphqlUrl);
        url.pathname = '/readyz';
        const ok = await fetch(url, { signal: AbortSignal.timeout(timeouts.probeMs) }).then((r) => r.ok, () => false);
        if (!ok) down.push(name);
      }),
    );
    return down.sort();
  };
  return () => {
    if (!last || now() - last.at >= timeouts.probeCacheMs) last = { at: now(), down: probe() };
    return last.down;
  };
}
