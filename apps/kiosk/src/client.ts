import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** Seconds the kiosk waits for the gateway by default before it abandons a request. */
export const REQUEST_SECONDS = 20;

/**
 * A fetch that gives up after `ms`: a gateway that accepts and never answers would otherwise hold
 * the outbox's round forever, and the queue would never be retried.
 */
export function timedFetch(ms: number): typeof fetch {
  return (input, init) => {
    const timeout = AbortSignal.timeout(ms);
    return fetch(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout });
  };
}

/** The kiosk's client of the gateway: every request times out after `requestSeconds`. */
export function kioskClient(gatewayUrl: string, requestSeconds = REQUEST_SECONDS): ApolloClient {
  return new ApolloClient({ link: new HttpLink({ uri: gatewayUrl, fetch: timedFetch(requestSeconds * 1000) }), cache: new InMemoryCache() });
}
