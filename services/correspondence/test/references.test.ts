import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIRECTORATES, TENANTS } from '@qualipref/demo-fixtures';
import { gql, ok, signIn, startCorrespondence, type Platform } from './helpers.js';

// An item's assigned agent is checked against the organization (over HTTP, with the caller's
// token), in the caller's tenant, before the transaction.
let platform: Platform;
let url: string;
const tokens: Record<string, string> = {};
const as = async (tenant: string, role: string) => (tokens[`${tenant}.${role}`] ??= await signIn(platform.organizationUrl, tenant, role));
const userId = async (tenant: string, role: string) => (await ok<{ me: { id: string } }>(platform.organizationUrl, '{ me { id } }', {}, await as(tenant, role))).me.id;

const BCL = DIRECTORATES.filter((d) => d.tenant === 'metz').flatMap((d) => d.services).find((s) => s.code === 'BCL')!.id;
const REGISTER = 'mutation($agent: ID) { registerCorrespondenceItem(input: { channel: EMAIL, receivedAt: "2016-03-01T09:00:00Z", serviceId: "' + BCL + '", correspondentKind: USER, subject: "Demande", assignedAgentId: $agent }) { id assignedAgent { id } } }';
const UPDATE = 'mutation($id: ID!, $agent: ID) { updateCorrespondenceItem(id: $id, input: { assignedAgentId: $agent }) { id assignedAgent { id } } }';
const itemCount = async () =>
  (await ok<{ correspondenceItems: { totalCount: number } }>(url, 'query($t: ID) { correspondenceItems(filter: { tenantId: $t }) { totalCount } }', { t: TENANTS.metz.id }, await as('metz', 'ANALYST'))).correspondenceItems.totalCount;

function refusedAsUnknown(result: Awaited<ReturnType<typeof gql>>) {
  expect(result.data ?? null).toBeNull();
  const { code, reason, field } = result.errors![0]!.extensions as { code: string; reason: string; field: string };
  expect({ code, reason, field }).toEqual({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_REFERENCE', field: 'assignedAgentId' });
}

beforeAll(async () => {
  platform = await startCorrespondence({ DEMO_AS_OF: '2026-11-20' });
  url = platform.url;
});
afterAll(() => platform?.stop());

describe('an item’s assigned agent', () => {
  it('is refused when of another tenant or nobody, alike, and nothing is stored', async () => {
    const agent = await as('metz', 'AGENT');
    const before = await itemCount();
    refusedAsUnknown(await gql(url, REGISTER, { agent: await userId('forbach', 'AGENT') }, agent));
    refusedAsUnknown(await gql(url, REGISTER, { agent: randomUUID() }, agent));
    expect(await itemCount()).toBe(before);
  });

  it('is kept when of the caller’s tenant, and a change to another tenant’s agent is refused', async () => {
    const agent = await as('metz', 'AGENT');
    const own = await userId('metz', 'AGENT');
    const item = (await ok<{ registerCorrespondenceItem: { id: string; assignedAgent: { id: string } } }>(url, REGISTER, { agent: own }, agent)).registerCorrespondenceItem;
    expect(item.assignedAgent).toEqual({ id: own });
    refusedAsUnknown(await gql(url, UPDATE, { id: item.id, agent: await userId('forbach', 'MANAGER') }, agent));
    const cleared = await ok<{ updateCorrespondenceItem: { assignedAgent: null } }>(url, UPDATE, { id: item.id, agent: null }, agent);
    expect(cleared.updateCorrespondenceItem.assignedAgent).toBeNull();
  });
});
