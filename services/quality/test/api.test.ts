import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TENANTS, directorateId } from '@qualipref/demo-fixtures';
import { addCalendarDays, addMonths, toCalendarDate } from '@qualipref/calendar';
import { withClient } from '@qualipref/server-kit';
import { AS_OF, codes, gql, ok, signIn, startQuality, type Platform } from './helpers.js';

let platform: Platform;
let url: string;
const TODAY = toCalendarDate(new Date());
const tokens: Record<string, string> = {};
const as = async (tenant: string, role: string) => (tokens[`${tenant}.${role}`] ??= await signIn(platform.organizationUrl, tenant, role));

interface LabellingData {
  id: string;
  referential: { code: string };
  modules: { code: string; mandatory: boolean }[];
  certifiedOn: string | null;
  expiresOn: string | null;
  nextDeadline: { kind: string; dueOn: string; state: string; warning: boolean; audit: { plannedOn: string } | null } | null;
  deadlines: { kind: string; state: string }[];
  viewerCanManage: boolean;
}
const LABELLINGS = `query($t: ID) { labellings(tenantId: $t) { totalCount nodes { id referential { code } modules { code mandatory } certifiedOn expiresOn
  nextDeadline { kind dueOn state warning audit { plannedOn } } deadlines { kind state } viewerCanManage } } }`;
const labellingsOf = async (tenant: keyof typeof TENANTS, role = 'MANAGER') => (await ok<{ labellings: { totalCount: number; nodes: LabellingData[] } }>(url, LABELLINGS, { t: TENANTS[tenant].id }, await as(tenant, role))).labellings.nodes;
const referentialId = async (code: string) => (await ok<{ referential: { id: string } }>(url, 'query($c: String) { referential(code: $c) { id } }', { c: code }, await as('metz', 'ANALYST'))).referential.id;
const rows = (sql: string, params: unknown[] = []) => withClient(platform.database.url, async (client) => (await client.query(sql, params)).rows);

beforeAll(async () => {
  platform = await startQuality();
  url = platform.url;
});
afterAll(() => platform?.stop());

describe('the national referentials (Q1)', () => {
  it('lists the six versions in order, each with its engagements and the indicators they are measured by, the same for every tenant', async () => {
    const query = '{ referentials(first: 20) { totalCount nodes { code name version open completeness note modules { code mandatory } engagements(first: 50) { totalCount nodes { number theme text module { code } indicators { code unit target published } } } } } }';
    type Data = { referentials: { totalCount: number; nodes: { code: string; name: string; version: string; open: boolean; completeness: string; note: string | null; modules: { code: string; mandatory: boolean }[]; engagements: { totalCount: number; nodes: { number: string | null; text: string; module: { code: string } | null; indicators: { code: string; unit: string; target: number | null; published: boolean }[] }[] } }[] } };
    const metz = await ok<Data>(url, query, {}, await as('metz', 'ANALYST'));
    expect(metz).toEqual(await ok<Data>(url, query, {}, await as('thionville', 'AGENT')));
    const list = metz.referentials.nodes;
    expect(list.map((r) => `${r.name} ${r.version}`)).toEqual(['Marianne 2008', 'Qualipref 2.0', 'Marianne 2016', 'Qual-e-pref 2019', 'Services Publics + 2021', 'Services Publics + 2023']);
    expect(list.filter((r) => r.open).map((r) => r.code)).toEqual(['QUAL_E_PREF', 'SERVICES_PUBLICS_PLUS_2023']);
    // What could not be read is said in the data, never passed off as the published text.
    for (const r of list) if (r.completeness === 'PARTIAL') expect(r.note, r.code).toBeTruthy();
    // Its sources are named as a reader can find them, never as a file of this repository.
    for (const r of list) expect(r.note ?? '', r.code).not.toMatch(/\.md\b/);
    const qualipref = list.find((r) => r.code === 'QUALIPREF_2_0')!;
    expect(qualipref.modules.filter((m) => m.mandatory).map((m) => m.code)).toEqual(['RELATION_GENERALE']);
    expect(qualipref.modules.map((m) => m.code)).toContain('RELATIONS_COLLECTIVITES');
    const spPlus = list.find((r) => r.code === 'SERVICES_PUBLICS_PLUS_2023')!;
    expect(spPlus.engagements.totalCount).toBe(8);
    const transparence = spPlus.engagements.nodes.find((e) => e.number === '6')!;
    expect(transparence.text).toBe('Vous avez accès à nos résultats de qualité de service');
    expect(transparence.indicators.filter((i) => i.published).map((i) => i.code)).toEqual(['TAUX_DECROCHE_AGENT', 'DEMARCHE_PHARE_DELAI_ANNONCE', 'DEMARCHES_EN_LIGNE_8_10', 'TAUX_SATISFACTION_GLOBAL', 'TAUX_SATISFACTION_NET']);
    const telephone = list.find((r) => r.code === 'MARIANNE_2008')!.engagements.nodes.flatMap((e) => e.indicators).find((i) => i.code === 'TEL_DECROCHE_5_SONNERIES')!;
    expect(telephone).toMatchObject({ unit: 'RINGS', target: 5 });
  });

  it('is read-only to requests: the app role may select the national tables and write none of them', async () => {
    const privileges = await rows(
      `select c.relname, has_table_privilege(r.rolname, c.oid, 'SELECT') as can_select, has_table_privilege(r.rolname, c.oid, 'INSERT') or has_table_privilege(r.rolname, c.oid, 'UPDATE') or has_table_privilege(r.rolname, c.oid, 'DELETE') as can_write
         from pg_class c join pg_namespace n on n.oid = c.relnamespace cross join pg_roles r
        where n.nspname = 'quality' and c.relkind = 'r' and r.rolname = 'qualipref_app' and c.relname = any($1) order by c.relname`,
      [['engagement', 'indicator_definition', 'referential', 'referential_module']],
    );
    expect(privileges).toEqual(['engagement', 'indicator_definition', 'referential', 'referential_module'].map((relname) => ({ relname, can_select: true, can_write: false })));
    // And the API has no way to change a national text.
    expect(codes(await gql(url, 'mutation($id: ID!) { updateEngagement(id: $id, text: "x") { id } }', { id: await referentialId('QUAL_E_PREF') }, await as('metz', 'ADMINISTRATOR')))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });
});

describe('each tenant’s labelling and audit cycle (Q4)', () => {
  it('holds Marianne since 2012 for all three, Qualipref 2.0 with the collectivités module in Metz, then Qual-e-pref and Services Publics + 2023', async () => {
    const metz = await labellingsOf('metz');
    expect(metz.map((l) => l.referential.code)).toEqual(['MARIANNE_2008', 'QUALIPREF_2_0', 'QUAL_E_PREF', 'SERVICES_PUBLICS_PLUS_2023']);
    expect(metz[1]!.modules.map((m) => m.code)).toEqual(['RELATION_GENERALE', 'RELATIONS_COLLECTIVITES']);
    for (const tenant of ['forbach', 'thionville'] as const) expect((await labellingsOf(tenant)).map((l) => l.referential.code)).toEqual(['MARIANNE_2008', 'QUAL_E_PREF', 'SERVICES_PUBLICS_PLUS_2023']);
    const marianne = metz[0]!;
    expect(marianne.certifiedOn).toBe('2015-06-11');
    expect(marianne.deadlines.every((d) => d.state === 'DONE' || d.state === 'OVERDUE')).toBe(true);
  });

  it('gives each tenant its next deadline with its warning: Metz before its renewal, Forbach’s renewal due soon and planned, Thionville past a missed internal audit', async () => {
    const current = async (tenant: keyof typeof TENANTS) => (await labellingsOf(tenant)).find((l) => l.referential.code === 'QUAL_E_PREF')!;
    const metz = await current('metz');
    expect(metz.certifiedOn).toBe(addMonths(AS_OF, -29));
    expect(metz.expiresOn).toBe(addCalendarDays(addMonths(addMonths(AS_OF, -29), 36), -1));
    expect(metz.nextDeadline).toMatchObject({ kind: 'INTERNAL', state: 'NOT_SCHEDULED', audit: null });
    const forbach = await current('forbach');
    expect(forbach.nextDeadline).toMatchObject({ kind: 'RENEWAL', dueOn: forbach.expiresOn, state: 'SCHEDULED', warning: true, audit: { plannedOn: addCalendarDays(forbach.expiresOn!, -21) } });
    const thionville = await current('thionville');
    expect(thionville.deadlines.map((d) => d.state)).toEqual(['OVERDUE', 'DONE', 'NOT_SCHEDULED', 'NOT_SCHEDULED']);
    expect(thionville.nextDeadline).toMatchObject({ kind: 'INTERNAL', state: 'NOT_SCHEDULED' });
    // The steering directorate's managers manage it; a manager of another tenant reads nothing of it.
    expect(forbach.viewerCanManage).toBe(true);
    expect((await labellingsOf('forbach', 'ANALYST')).every((l) => !l.viewerCanManage)).toBe(true);
    expect((await ok<{ labelling: unknown }>(url, 'query($id: ID!) { labelling(id: $id) { id } }', { id: forbach.id }, await as('metz', 'MANAGER'))).labelling).toBeNull();
  });

  it('plans and records an audit, and the cycle follows', async () => {
    const metz = (await labellingsOf('metz')).find((l) => l.referential.code === 'QUAL_E_PREF')!;
    const token = await as('metz', 'MANAGER');
    const dueOn = metz.nextDeadline!.dueOn;
    const planned = await ok<{ planAudit: { id: string; kind: string } }>(url, 'mutation($l: ID!, $i: PlanAuditInput!) { planAudit(labellingId: $l, input: $i) { id kind } }', { l: metz.id, i: { kind: 'INTERNAL', plannedOn: addCalendarDays(dueOn, -7), auditor: 'Auditeurs internes' } }, token);
    expect((await labellingsOf('metz')).find((l) => l.id === metz.id)!.nextDeadline).toMatchObject({ kind: 'INTERNAL', state: 'SCHEDULED' });
    const heldOn = addCalendarDays(TODAY, -1);
    await ok(url, 'mutation($id: ID!, $i: RecordAuditInput!) { recordAudit(id: $id, input: $i) { heldOn } }', { id: planned.planAudit.id, i: { heldOn, outcome: 'Deux fiches de procédure à mettre à jour.' } }, token);
    expect((await labellingsOf('metz')).find((l) => l.id === metz.id)!.nextDeadline).toMatchObject({ kind: 'RENEWAL' });
    const trail = await ok<{ qualityAuditTrail: { nodes: { operation: string }[] } }>(url, '{ qualityAuditTrail(first: 5) { nodes { operation } } }', {}, await as('metz', 'ADMINISTRATOR'));
    expect(trail.qualityAuditTrail.nodes.map((n) => n.operation).slice(0, 2)).toEqual(['recordAudit', 'planAudit']);
  });
});

describe('bad input: a clear code, nothing changed', () => {
  const LABEL = 'mutation($i: LabelTenantInput!) { labelTenant(input: $i) { id } }';
  const count = async (table: 'labelling' | 'audit') => Number((await rows(`select count(*) from quality.${table}`))[0].count);
  const reasons = (body: { errors?: { extensions?: { code?: string; reason?: string; field?: string } }[] }) => (body.errors ?? []).map((e) => [e.extensions?.code, e.extensions?.reason ?? e.extensions?.field]);

  it('refuses a labelling on a closed referential, a duplicate, an unknown module, a date to come, and those who may not', async () => {
    const before = [await count('labelling'), await count('audit')];
    const admin = await as('thionville', 'ADMINISTRATOR');
    expect(reasons(await gql(url, LABEL, { i: { referentialId: await referentialId('MARIANNE_2016') } }, admin))).toEqual([['BAD_USER_INPUT', 'REFERENTIAL_CLOSED']]);
    expect(codes(await gql(url, LABEL, { i: { referentialId: await referentialId('QUAL_E_PREF') } }, admin))).toEqual(['CONFLICT']);
    const twice = await gql(url, 'mutation($id: ID!) { updateLabelling(id: $id, input: { optionalModuleCodes: ["PIGEONS"] }) { id } }', { id: (await labellingsOf('thionville')).find((l) => l.referential.code === 'QUAL_E_PREF')!.id }, admin);
    expect(reasons(twice)).toEqual([['BAD_USER_INPUT', 'optionalModuleCodes']]);
    expect(twice.errors![0]!.message).toBe('Module inconnu du référentiel Qual-e-pref 2019 : PIGEONS.');
    const future = await gql(url, 'mutation($id: ID!, $d: String) { updateLabelling(id: $id, input: { certifiedOn: $d }) { id } }', { id: (await labellingsOf('thionville')).find((l) => l.referential.code === 'QUAL_E_PREF')!.id, d: addCalendarDays(TODAY, 1) }, admin);
    expect(reasons(future)).toEqual([['BAD_USER_INPUT', 'DATE_IN_FUTURE']]);
    expect(future.errors![0]!.message).toMatch(/^La date « Date de labellisation » \(\d{2}\/\d{2}\/\d{4}\) est postérieure à aujourd’hui/);
    expect(codes(await gql(url, LABEL, { i: { referentialId: await referentialId('SERVICES_PUBLICS_PLUS_2023') } }, await as('metz', 'ANALYST')))).toEqual(['FORBIDDEN']);
    const forbach = (await labellingsOf('forbach')).find((l) => l.referential.code === 'QUAL_E_PREF')!.id;
    const foreign = await gql(url, 'mutation($id: ID!, $d: ID) { updateLabelling(id: $id, input: { ownerDirectorateId: $d }) { id } }', { id: forbach, d: directorateId('metz', 'DRMM') }, await as('forbach', 'MANAGER'));
    expect(reasons(foreign)).toEqual([['BAD_USER_INPUT', 'ownerDirectorateId']]);
    expect([await count('labelling'), await count('audit')]).toEqual(before);
  });

  it('refuses audit dates out of order, an audit held in the future, and a manager of another directorate or tenant', async () => {
    const forbach = (await labellingsOf('forbach')).find((l) => l.referential.code === 'QUAL_E_PREF')!;
    const before = await count('audit');
    const plan = (kind: string, plannedOn: string, token: string) => gql(url, 'mutation($l: ID!, $i: PlanAuditInput!) { planAudit(labellingId: $l, input: $i) { id } }', { l: forbach.id, i: { kind, plannedOn } }, token);
    const manager = await as('forbach', 'MANAGER');
    const early = await plan('FOLLOW_UP', addCalendarDays(forbach.certifiedOn!, -1), manager);
    expect(reasons(early)).toEqual([['BAD_USER_INPUT', 'AUDIT_DATES_OUT_OF_ORDER']]);
    expect(early.errors![0]!.message).toMatch(/^L’audit de suivi \(\d{2}\/\d{2}\/\d{4}\) ne peut précéder la labellisation du \d{2}\/\d{2}\/\d{4}\.$/);
    expect(codes(await plan('INTERNAL', '2026-02-30', manager))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await plan('INTERNAL', TODAY, await as('metz', 'MANAGER')))).toEqual(['NOT_FOUND']);
    expect(codes(await plan('INTERNAL', TODAY, await as('forbach', 'AGENT')))).toEqual(['FORBIDDEN']);
    const renewal = forbach.nextDeadline!;
    const audits = await ok<{ labelling: { audits: { nodes: { id: string; kind: string; heldOn: string | null }[] } } }>(url, 'query($id: ID!) { labelling(id: $id) { audits(first: 20) { nodes { id kind heldOn } } } }', { id: forbach.id }, manager);
    const planned = audits.labelling.audits.nodes.find((a) => a.kind === renewal.kind && !a.heldOn)!;
    expect(reasons(await gql(url, 'mutation($id: ID!, $d: String!) { recordAudit(id: $id, input: { heldOn: $d }) { id } }', { id: planned.id, d: addCalendarDays(TODAY, 3) }, manager))).toEqual([['BAD_USER_INPUT', 'DATE_IN_FUTURE']]);
    expect(await count('audit')).toBe(before);
  });
});
