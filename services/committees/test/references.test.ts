import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_FINDINGS, TENANTS, directorateId } from '@qualipref/demo-fixtures';
import { AS_OF, gql, ok, signIn, startCommittees, type Platform } from './helpers.js';

// References into another service are checked against it, in the caller's tenant, before the
// transaction: the surveys (an action's finding) and the organization (agents) run beside the
// committees service as their own processes, asked over HTTP.
let platform: Platform;
let url: string;
const tokens: Record<string, string> = {};
const as = async (tenant: string, role: string) => (tokens[`${tenant}.${role}`] ??= await signIn(platform.organizationUrl, tenant, role));
const userId = async (tenant: string, role: string) => (await ok<{ me: { id: string } }>(platform.organizationUrl, '{ me { id } }', {}, await as(tenant, role))).me.id;

let forbachPlan: string;
let forbachFinding: string;
let forbachClu: { id: string; colleges: { id: string }[] };
let metzAgent: string;
let forbachAgent: string;

/** A refusal of an input that names what the caller's tenant does not have: the same for another tenant's record and for nobody's. */
function refusedAsUnknown(result: Awaited<ReturnType<typeof gql>>, field: string) {
  expect(result.data ?? null).toBeNull();
  expect(result.errors).toHaveLength(1);
  const { code, reason, field: at } = result.errors![0]!.extensions as { code: string; reason: string; field: string };
  expect({ code, reason, field: at }).toEqual({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_REFERENCE', field });
  return result.errors![0]!.message;
}

beforeAll(async () => {
  platform = await startCommittees(AS_OF, { withSurveys: true });
  url = platform.url;
  const admin = await as('forbach', 'ADMINISTRATOR');
  forbachPlan = (await ok<{ createActionPlan: { id: string } }>(url, 'mutation { createActionPlan(year: 2031, title: "Plan d’actions 2031") { id } }', {}, admin)).createActionPlan.id;
  type Campaigns = { campaigns: { nodes: { findings: { nodes: { id: string }[] } }[] } };
  const campaigns = await ok<Campaigns>(platform.serviceUrls.surveys!, 'query($t: ID) { campaigns(tenantId: $t, first: 50) { nodes { findings(first: 5) { nodes { id } } } } }', { t: TENANTS.forbach.id }, admin);
  forbachFinding = campaigns.campaigns.nodes.flatMap((c) => c.findings.nodes)[0]!.id;
  forbachClu = (await ok<{ committees: { nodes: (typeof forbachClu)[] } }>(url, 'query($t: ID) { committees(tenantId: $t) { nodes { id colleges { id } } } }', { t: TENANTS.forbach.id }, admin)).committees.nodes[0]!;
  metzAgent = await userId('metz', 'AGENT');
  forbachAgent = await userId('forbach', 'AGENT');
});
afterAll(() => platform?.stop());

const ADD_ACTION = `mutation($plan: ID!, $ref: String!, $finding: String, $owner: ID!) {
  addAction(planId: $plan, input: { reference: $ref, title: "Afficher les temps d’attente", ownerDirectorateId: $owner, originKind: SURVEY_FINDING, originFindingId: $finding }) { id originFinding { id } } }`;
const planActions = async () =>
  (await ok<{ actionPlan: { actions: { totalCount: number } } }>(url, 'query($id: ID!) { actionPlan(id: $id) { actions { totalCount } } }', { id: forbachPlan }, await as('forbach', 'ADMINISTRATOR'))).actionPlan.actions.totalCount;

describe('an action’s survey finding', () => {
  it('is refused from another tenant and when it exists nowhere, alike, and nothing is stored', async () => {
    const admin = await as('forbach', 'ADMINISTRATOR');
    const owner = directorateId('forbach', 'SPF');
    const before = await planActions();
    const metz = refusedAsUnknown(await gql(url, ADD_ACTION, { plan: forbachPlan, ref: 'A-01', finding: DEMO_FINDINGS.waitingTime, owner }, admin), 'originFindingId');
    const nowhere = refusedAsUnknown(await gql(url, ADD_ACTION, { plan: forbachPlan, ref: 'A-01', finding: randomUUID(), owner }, admin), 'originFindingId');
    expect(metz).toBe(nowhere);
    expect(metz).toMatch(/Constat d’enquête inconnu/);
    expect(await planActions()).toBe(before);
    // The Metz analyst sees only Metz actions under the Metz finding.
    const actionsOf = async (token: string) =>
      (await ok<{ _entities: { actions: { plan: { tenantId: string } }[] }[] }>(url, 'query($r: [_Any!]!) { _entities(representations: $r) { ... on SurveyFinding { actions { plan { tenantId } } } } }', { r: [{ __typename: 'SurveyFinding', id: DEMO_FINDINGS.waitingTime }] }, token))._entities[0]!.actions;
    const metzActions = await actionsOf(await as('metz', 'ANALYST'));
    expect(metzActions.length).toBeGreaterThan(0);
    expect(metzActions.every((a) => a.plan.tenantId === TENANTS.metz.id)).toBe(true);
    expect(await actionsOf(admin)).toEqual([]);
  });

  it('is accepted when it is one of the plan’s tenant', async () => {
    const data = await ok<{ addAction: { originFinding: { id: string } } }>(url, ADD_ACTION, { plan: forbachPlan, ref: 'A-02', finding: forbachFinding, owner: directorateId('forbach', 'SPF') }, await as('forbach', 'ADMINISTRATOR'));
    expect(data.addAction.originFinding.id).toBe(forbachFinding);
  });

  it('is checked in a plan’s CSV import too, on its line', async () => {
    const header = 'Référence;Intitulé;Description;Direction pilote (identifiant);Échéance;Statut;Avancement (%);Origine;Proposition d’origine (identifiant);Réunion d’origine (identifiant);Constat d’origine (identifiant)';
    const line = `A-03;Accueil;;${directorateId('forbach', 'SPF')};;Prévue;0;Constat d’enquête;;;${DEMO_FINDINGS.waitingTime}`;
    type Report = { importActionPlanCsv: { created: number; issues: { line: number; field: string }[] } };
    const report = await ok<Report>(url, 'mutation($p: ID!, $csv: String!) { importActionPlanCsv(planId: $p, csv: $csv) { created issues { line field } } }', { p: forbachPlan, csv: `\uFEFF${header}\r\n${line}\r\n` }, await as('forbach', 'ADMINISTRATOR'));
    expect(report.importActionPlanCsv).toEqual({ created: 0, issues: [{ line: 2, field: 'originFindingId' }] });
  });
});

describe('agents named by a committee', () => {
  const CREATE = 'mutation($users: [ID!]) { createCommittee(input: { kind: "CLU_TEST", name: "Comité", decisionDate: "2016-01-04", decisionReference: "Arrêté", chairName: "Le sous-préfet", secretariatUserIds: $users }) { id secretariat { id } } }';

  it('refuses a secretariat of another tenant’s user or of nobody, alike, and keeps none', async () => {
    const admin = await as('forbach', 'ADMINISTRATOR');
    const count = async () => (await ok<{ committees: { totalCount: number; nodes: { secretariat: { id: string }[] }[] } }>(url, '{ committees { totalCount nodes { secretariat { id } } } }', {}, admin)).committees.totalCount;
    const before = await count();
    const metz = refusedAsUnknown(await gql(url, CREATE, { users: [forbachAgent, metzAgent] }, admin), 'secretariatUserIds');
    const nowhere = refusedAsUnknown(await gql(url, CREATE, { users: [forbachAgent, randomUUID()] }, admin), 'secretariatUserIds');
    expect(metz.replace(metzAgent, 'x')).toBe(nowhere.replace(/[0-9a-f-]{36}/, 'x'));
    const update = 'mutation($id: ID!, $users: [ID!]) { updateCommittee(id: $id, input: { secretariatUserIds: $users }) { id } }';
    refusedAsUnknown(await gql(url, update, { id: forbachClu.id, users: [metzAgent] }, admin), 'secretariatUserIds');
    expect(await count()).toBe(before);
    const created = await ok<{ createCommittee: { secretariat: { id: string }[] } }>(url, CREATE, { users: [forbachAgent, forbachAgent] }, admin);
    expect(created.createCommittee.secretariat).toEqual([{ id: forbachAgent }]);
  });

  it('refuses a seat or a meeting invitation for another tenant’s user or nobody', async () => {
    const admin = await as('forbach', 'ADMINISTRATOR');
    const addMember = 'mutation($c: ID!, $col: ID!, $u: ID) { addMember(committeeId: $c, input: { collegeId: $col, name: "Agent", organisation: "Sous-préfecture", userId: $u, mandateStart: "2026-01-01" }) { id } }';
    for (const u of [metzAgent, randomUUID()]) refusedAsUnknown(await gql(url, addMember, { c: forbachClu.id, col: forbachClu.colleges[0]!.id, u }, admin), 'userId');
    await ok(url, addMember, { c: forbachClu.id, col: forbachClu.colleges[0]!.id, u: forbachAgent }, admin);
    const schedule = 'mutation($c: ID!, $u: ID) { scheduleMeeting(committeeId: $c, input: { title: "Réunion", scheduledAt: "2027-03-01T09:00:00Z", place: "Forbach", agenda: [{ title: "Point" }], agentInvitees: [{ userId: $u, name: "Agent", organisation: "DRMM" }] }) { id } }';
    for (const u of [metzAgent, randomUUID()]) refusedAsUnknown(await gql(url, schedule, { c: forbachClu.id, u }, admin), 'agentInvitees.userId');
    await ok(url, schedule, { c: forbachClu.id, u: forbachAgent }, admin);
  });
});

describe('an owning service that does not answer', () => {
  let alone: Platform;
  beforeAll(async () => {
    // Nothing listens on port 9: the surveys service is unavailable.
    alone = await startCommittees(AS_OF, { env: { SUBGRAPH_SURVEYS_URL: 'http://127.0.0.1:9/graphql' } });
  });
  afterAll(() => alone?.stop());

  it('refuses the change as SERVICE_UNAVAILABLE and stores nothing', async () => {
    const admin = await signIn(alone.organizationUrl, 'forbach', 'ADMINISTRATOR');
    const plan = (await ok<{ createActionPlan: { id: string } }>(alone.url, 'mutation { createActionPlan(year: 2031, title: "Plan") { id } }', {}, admin)).createActionPlan.id;
    const result = await gql(alone.url, ADD_ACTION, { plan, ref: 'A-01', finding: randomUUID(), owner: directorateId('forbach', 'SPF') }, admin);
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(result.errors![0]!.message).toMatch(/enquêtes/);
    const actions = await ok<{ actionPlan: { actions: { totalCount: number } } }>(alone.url, 'query($id: ID!) { actionPlan(id: $id) { actions { totalCount } } }', { id: plan }, admin);
    expect(actions.actionPlan.actions.totalCount).toBe(0);
  });
});
