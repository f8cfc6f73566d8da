import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TENANTS, directorateId } from '@qualipref/demo-fixtures';
import { codes, gql, ok, signIn, startCommittees, type Platform } from './helpers.js';

// Each viewerCan… field is checked against what its mutation then does, for the same caller.
let platform: Platform;
let url: string;
const tokens: Record<string, string> = {};
const as = async (tenant: string, role: string) => (tokens[`${tenant}.${role}`] ??= await signIn(platform.organizationUrl, tenant, role));

/** Who asks: Metz's administrator, the DRMM's manager (who runs the CLU), an agent of the DCTAJ, an analyst, and Forbach's manager. */
const ACTORS = [
  { name: 'administrator', tenant: 'metz', role: 'ADMINISTRATOR' },
  { name: 'DRMM manager', tenant: 'metz', role: 'MANAGER' },
  { name: 'DCTAJ agent', tenant: 'metz', role: 'AGENT' },
  { name: 'analyst', tenant: 'metz', role: 'ANALYST' },
  { name: 'Forbach manager', tenant: 'forbach', role: 'MANAGER' },
] as const;
type ActorName = (typeof ACTORS)[number]['name'];

/** What the mutation did: done, or the code it was refused with. */
const outcome = (result: Awaited<ReturnType<typeof gql>>) => (result.errors?.length ? codes(result)[0] : 'DONE');

/** For every actor: what the field says (false when the object is not even visible), then what the mutation does. */
async function agreement(read: (token: string, tenantId: string) => Promise<boolean | undefined>, mutate: (token: string, index: number) => Promise<Awaited<ReturnType<typeof gql>>>): Promise<Record<ActorName, boolean>> {
  const said = {} as Record<ActorName, boolean>;
  for (const [index, actor] of ACTORS.entries()) {
    const token = await as(actor.tenant, actor.role);
    const may = (await read(token, TENANTS[actor.tenant].id)) ?? false;
    const done = outcome(await mutate(token, index));
    if (may) expect(done, actor.name).toBe('DONE');
    else expect(['FORBIDDEN', 'NOT_FOUND'], `${actor.name}: ${done}`).toContain(done);
    said[actor.name] = may;
  }
  return said;
}

let cluId: string;
let planId: string;
let meetingId: string;

beforeAll(async () => {
  platform = await startCommittees();
  url = platform.url;
  const manager = await as('metz', 'MANAGER');
  const clu = (await ok<{ committees: { nodes: { id: string; meetings: { nodes: { id: string; scheduledAt: string }[] } }[] } }>(url, 'query($t: ID) { committees(tenantId: $t) { nodes { id meetings { nodes { id scheduledAt } } } } }', { t: TENANTS.metz.id }, manager)).committees.nodes[0]!;
  cluId = clu.id;
  meetingId = clu.meetings.nodes.find((m) => m.scheduledAt.startsWith('2015-11-18'))!.id;
  planId = (await ok<{ actionPlans: { nodes: { id: string; year: number }[] } }>(url, 'query($t: ID!) { actionPlans(tenantId: $t, first: 50) { nodes { id year } } }', { t: TENANTS.metz.id }, manager)).actionPlans.nodes.find((p) => p.year === 2016)!.id;
});
afterAll(() => platform?.stop());

describe('what the viewer may do, as the mutations decide it', () => {
  it('Committee.viewerCanManage', async () => {
    const said = await agreement(
      async (token) => (await ok<{ committee: { viewerCanManage: boolean } | null }>(url, 'query($id: ID!) { committee(id: $id) { viewerCanManage } }', { id: cluId }, token)).committee?.viewerCanManage,
      (token) => gql(url, 'mutation($id: ID!) { updateCommittee(id: $id, input: {}) { id } }', { id: cluId }, token),
    );
    expect(said).toEqual({ administrator: true, 'DRMM manager': true, 'DCTAJ agent': false, analyst: false, 'Forbach manager': false });
  });

  it('Proposal.viewerCanMoveOn', async () => {
    const raised = await ok<{ raiseProposal: { id: string } }>(url, 'mutation($m: ID!, $d: ID!) { raiseProposal(meetingId: $m, input: { text: "Afficher les horaires", authorName: "Un membre", routings: [{ directorateId: $d }] }) { id } }', { m: meetingId, d: directorateId('metz', 'DCTAJ') }, await as('metz', 'MANAGER'));
    const id = raised.raiseProposal.id;
    const said = await agreement(
      async (token) => (await ok<{ proposal: { viewerCanMoveOn: boolean } | null }>(url, 'query($id: ID!) { proposal(id: $id) { viewerCanMoveOn } }', { id }, token)).proposal?.viewerCanMoveOn,
      // Staying SUBMITTED records a step and changes nothing else.
      (token) => gql(url, 'mutation($id: ID!) { updateProposalStatus(id: $id, status: SUBMITTED, note: "Vu") { id } }', { id }, token),
    );
    expect(said).toEqual({ administrator: true, 'DRMM manager': true, 'DCTAJ agent': true, analyst: false, 'Forbach manager': false });
  });

  it('ActionPlan.viewerCanManage and Action.viewerCanReportProgress', async () => {
    const manager = await as('metz', 'MANAGER');
    const actions = (await ok<{ actions: { nodes: { id: string; progress: number; ownerDirectorate: { id: string } }[] } }>(url, 'query($p: ID!) { actions(first: 50, filter: { planId: $p }) { nodes { id progress ownerDirectorate { id } } } }', { p: planId }, manager)).actions.nodes;
    const first = actions[0]!;
    const plan = await agreement(
      async (token) => (await ok<{ actionPlan: { viewerCanManage: boolean } | null }>(url, 'query($id: ID!) { actionPlan(id: $id) { viewerCanManage } }', { id: planId }, token)).actionPlan?.viewerCanManage,
      (token) => gql(url, 'mutation($id: ID!) { updateAction(id: $id, input: {}) { id } }', { id: first.id }, token),
    );
    expect(plan).toEqual({ administrator: true, 'DRMM manager': true, 'DCTAJ agent': false, analyst: false, 'Forbach manager': false });

    const progress = (id: string) =>
      agreement(
        async (token) => (await ok<{ action: { viewerCanReportProgress: boolean } | null }>(url, 'query($id: ID!) { action(id: $id) { viewerCanReportProgress } }', { id }, token)).action?.viewerCanReportProgress,
        (token) => gql(url, 'mutation($id: ID!, $p: Int!) { reportActionProgress(id: $id, progress: $p) { id } }', { id, p: actions.find((a) => a.id === id)!.progress }, token),
      );
    const dctaj = actions.find((a) => a.ownerDirectorate.id === directorateId('metz', 'DCTAJ'))!;
    const other = actions.find((a) => a.ownerDirectorate.id !== directorateId('metz', 'DCTAJ'))!;
    expect(await progress(dctaj.id)).toEqual({ administrator: true, 'DRMM manager': true, 'DCTAJ agent': true, analyst: false, 'Forbach manager': false });
    expect(await progress(other.id)).toEqual({ administrator: true, 'DRMM manager': true, 'DCTAJ agent': false, analyst: false, 'Forbach manager': false });
  });

  it('TenantViewerCan: createCommittees, createActionPlans and createServicesActionPlans, before any object is shown', async () => {
    const capabilities = async (token: string, tenantId: string) =>
      (
        await ok<{ _entities: { createCommittees: boolean; createActionPlans: boolean; createServicesActionPlans: boolean }[] }>(
          url,
          'query($r: [_Any!]!) { _entities(representations: $r) { ... on TenantViewerCan { createCommittees createActionPlans createServicesActionPlans } } }',
          { r: [{ __typename: 'TenantViewerCan', id: tenantId }] },
          token,
        )
      )._entities[0]!;
    const committees = await agreement(
      // Each in their own tenant: the mutation creates there.
      async (token, tenantId) => (await capabilities(token, tenantId)).createCommittees,
      (token, i) => gql(url, 'mutation($name: String!) { createCommittee(input: { kind: "CLU", name: $name, decisionDate: "2016-01-04", decisionReference: "Arrêté test", chairName: "Le secrétaire général" }) { id } }', { name: `Comité d’essai ${i}` }, token),
    );
    // Forbach's manager creates committees in Forbach, never in Metz: the mutation cannot even name another tenant.
    expect(committees).toEqual({ administrator: true, 'DRMM manager': true, 'DCTAJ agent': false, analyst: false, 'Forbach manager': true });
    expect((await capabilities(await as('forbach', 'MANAGER'), TENANTS.metz.id)).createCommittees).toBe(false);
    expect((await capabilities(await as('forbach', 'MANAGER'), TENANTS.forbach.id)).createCommittees).toBe(true);

    const metzPlans = await agreement(
      async (token) => (await capabilities(token, TENANTS.metz.id)).createActionPlans,
      (token, i) => gql(url, 'mutation($c: ID!, $y: Int!) { createActionPlan(committeeId: $c, year: $y, title: "Plan d’essai") { id } }', { c: cluId, y: 2090 + i }, token),
    );
    expect(metzPlans).toEqual({ administrator: true, 'DRMM manager': true, 'DCTAJ agent': false, analyst: false, 'Forbach manager': false });
    // Without a committee, a plan of the services: administrators only.
    const servicesPlans = await agreement(
      async (token, tenantId) => (await capabilities(token, tenantId)).createServicesActionPlans,
      (token, i) => gql(url, 'mutation($y: Int!) { createActionPlan(year: $y, title: "Plan des services") { id } }', { y: 2070 + i }, token),
    );
    expect(servicesPlans).toEqual({ administrator: true, 'DRMM manager': false, 'DCTAJ agent': false, analyst: false, 'Forbach manager': false });
  });
});
