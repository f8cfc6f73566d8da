import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoEmail, freePort, signIn } from '@qualipref/test-kit';
import { subgraphUrlVariable } from '@qualipref/platform-registry';
import type { RunningGateway } from '../src/gateway.js';
import { bearer, post, startPlatform, type Platform } from './platform.js';

let platform: Platform;
let frozen: Server;
let frozenUrl: string;
let stoppedUrl: string;
beforeAll(async () => {
  platform = await startPlatform();
  // A subgraph that accepts connections and never answers: the process of a frozen service.
  frozen = createServer(() => undefined);
  await new Promise<void>((resolve) => frozen.listen(0, '127.0.0.1', resolve));
  frozenUrl = `http://127.0.0.1:${(frozen.address() as AddressInfo).port}/graphql`;
  // A port nobody listens on: the address of a stopped service, refusing connections.
  stoppedUrl = `http://127.0.0.1:${await freePort()}/graphql`;
}, 180_000);
afterAll(async () => {
  frozen?.closeAllConnections();
  await new Promise((resolve) => frozen?.close(resolve));
  await platform?.stop();
});

// Organization and surveys in one operation: the viewer, and the campaigns.
const QUERY = '{ me { email } campaigns(first: 1) { totalCount } }';
type Answer = { me: { email: string } | null; campaigns: { totalCount: number } | null };

async function gatewayWithSurveysAt(url: string): Promise<RunningGateway> {
  return platform.startGateway({ [subgraphUrlVariable('surveys')]: url, GATEWAY_SUBGRAPH_TIMEOUT_MS: '3000' });
}

async function ask(gateway: RunningGateway) {
  const email = demoEmail('metz', 'ANALYST');
  // Signed in where every subgraph answers: a sign-in's scrypt is not what is measured here.
  const token = await signIn(platform.gatewayUrl, email);
  return { email, result: await post<Answer>(gateway.url, { query: QUERY }, bearer(token)) };
}

describe('a subgraph that does not answer', () => {
  it('answers both domains when every subgraph is up', async () => {
    const token = await signIn(platform.gatewayUrl, demoEmail('metz', 'ANALYST'));
    const result = await post<Answer>(platform.gatewayUrl, { query: QUERY }, bearer(token));
    expect(result.errors).toBeUndefined();
    expect(result.data?.campaigns?.totalCount).toBeGreaterThan(0);
  });

  it('stopped: the other domain is answered, its own fields are null with SERVICE_UNAVAILABLE naming it', async () => {
    const gateway = await gatewayWithSurveysAt(stoppedUrl);
    const { email, result } = await ask(gateway);
    expect(result.status).toBe(200);
    expect(result.data).toEqual({ me: { email }, campaigns: null });
    expect(result.errors).toEqual([{ message: 'Le service des enquêtes ne répond pas : réessayez dans quelques minutes.', extensions: { code: 'SERVICE_UNAVAILABLE', service: 'surveys' } }]);
  });

  it('frozen: the answer comes at the subgraph timeout, with the other domain and SERVICE_UNAVAILABLE', async () => {
    const gateway = await gatewayWithSurveysAt(frozenUrl);
    const { email, result } = await ask(gateway);
    expect(result.data).toEqual({ me: { email }, campaigns: null });
    expect(result.errors?.map((e) => e.extensions)).toEqual([{ code: 'SERVICE_UNAVAILABLE', service: 'surveys' }]);
    // Neither the subgraph's address nor a stack trace reaches the client.
    expect(JSON.stringify(result.errors)).not.toContain('127.0.0.1');
  });

  it('makes /readyz answer 503 naming the subgraphs of the served supergraph that are down, and /healthz stay alive', async () => {
    const base = (gateway: RunningGateway) => gateway.url.replace(/\/graphql$/, '');
    const up = await fetch(`${base(await platform.startGateway())}/readyz`);
    expect({ status: up.status, body: await up.json() }).toEqual({ status: 200, body: { status: 'ready', service: 'gateway' } });
    for (const url of [stoppedUrl, frozenUrl]) {
      const gateway = await gatewayWithSurveysAt(url);
      const ready = await fetch(`${base(gateway)}/readyz`);
      expect({ status: ready.status, body: await ready.json() }).toEqual({ status: 503, body: { status: 'unavailable', service: 'gateway', down: ['surveys'] } });
      expect((await fetch(`${base(gateway)}/healthz`)).status).toBe(200);
    }
  });
});
