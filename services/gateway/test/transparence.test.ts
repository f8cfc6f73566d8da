import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TENANTS } from '@qualipref/demo-fixtures';
import { subgraphUrlVariable } from '@qualipref/platform-registry';
import { demoEmail, graphqlData, signIn } from '@qualipref/test-kit';
import { startPlatform, type Platform } from './platform.js';

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
}, 180_000);
afterAll(async () => platform?.stop());

const as = (tenant: string, role: string) => signIn(platform.gatewayUrl, demoEmail(tenant, role));
const at = (base: string, path: string) => new URL(path, base).toString();

/** How many public documents quality was asked for, from its own /metrics. */
async function publicAsked(): Promise<number> {
  const text = await (await fetch(at(platform.subgraphUrls.quality!, '/metrics'))).text();
  return Number(/qualipref_public_documents_total\{[^}]*\} (\d+)/.exec(text)?.[1]);
}

type Published = { publishQuarter: { version: number; figures: { code: string; value: number | null; source: string | null }[]; openData: { json: string; csv: string } } };

describe('the quarterly public results through the gateway (Q6)', () => {
  it('publishes Metz’s 3rd quarter of 2026 computed from its demo data, readable by anyone at the gateway without sign-in, cached there', async () => {
    const manager = await as('metz', 'MANAGER');
    await graphqlData(platform.gatewayUrl, 'mutation { computeIndicatorValues(period: "2026-T3") { value { value } reason } }', {}, manager);
    const published = (await graphqlData<Published>(platform.gatewayUrl, 'mutation { publishQuarter(input: { quarter: "2026-T3" }) { version figures { code value source } openData { json csv } } }', {}, manager)).publishQuarter;
    expect(published.version).toBe(1);
    // The computed ones of the set have a value from the quarter's demo data.
    expect(published.figures.find((f) => f.code === 'DEMARCHE_PHARE_DELAI_ANNONCE')).toMatchObject({ source: 'COMPUTED', value: expect.any(Number) });

    const before = await publicAsked();
    // No credential is needed, and none is passed on: a stale token changes nothing.
    const first = await fetch(at(platform.gatewayUrl, published.openData.json), { headers: { authorization: 'Bearer expired.or.forged' } });
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('public, max-age=300');
    const doc = (await first.json()) as { quarter: string; site: { name: string }; indicators: { code: string; value: number | null }[] };
    expect(doc).toMatchObject({ quarter: '2026-T3', site: { name: 'Préfecture de la Moselle' } });
    expect(doc.indicators.map((i) => [i.code, i.value])).toEqual(published.figures.map((f) => [f.code, f.value]));
    for (let i = 0; i < 5; i++) expect((await fetch(at(platform.gatewayUrl, published.openData.json))).status).toBe(200);
    // A crowd reading the page asked quality once.
    expect((await publicAsked()) - before).toBe(1);
    const csv = await fetch(at(platform.gatewayUrl, published.openData.csv));
    expect(csv.headers.get('content-disposition')).toMatch(/^attachment; filename="resultats-2026-T3-v1.csv"/);
    expect((await fetch(at(platform.gatewayUrl, '/public/nowhere/x.json'))).status).toBe(404);
  });

  it('limits each client’s public requests, with the time to wait, and leaves the GraphQL API alone', async () => {
    const gateway = await platform.startGateway({ PUBLIC_RATE_LIMIT_PER_MINUTE: '3' });
    const path = at(gateway.url, `/public/quality/transparence/${TENANTS.forbach.id}/index.json`);
    for (let i = 0; i < 3; i++) expect((await fetch(path)).status).toBe(200);
    const refused = await fetch(path);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('LIMIT_EXCEEDED');
    expect((await graphqlData<{ tenantPublishers: { totalCount: number } }>(gateway.url, '{ tenantPublishers(first: 5) { totalCount } }')).tenantPublishers.totalCount).toBe(3);
  });

  it('answers SERVICE_UNAVAILABLE, to retry later, when the subgraph of the document does not answer', async () => {
    const gateway = await platform.startGateway({ [subgraphUrlVariable('quality')]: 'http://127.0.0.1:9/graphql' });
    const response = await fetch(at(gateway.url, `/public/quality/transparence/${TENANTS.metz.id}/index.json`));
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('60');
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('SERVICE_UNAVAILABLE');
  });
});
