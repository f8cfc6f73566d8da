import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIRECTORATES, NATIONAL_ENGAGEMENTS, TENANTS, directorateId } from '@qualipref/demo-fixtures';
import { codes, gql, ok, signIn, startCorrespondence, type Platform } from './helpers.js';

let platform: Platform;
let url: string;
const tokens: Record<string, string> = {};
const as = async (tenant: string, role: string) => (tokens[`${tenant}.${role}`] ??= await signIn(platform.organizationUrl, tenant, role));

const service = (tenant: string, code: string) => DIRECTORATES.filter((d) => d.tenant === tenant).flatMap((d) => d.services).find((s) => s.code === code)!.id;
const BCL = service('metz', 'BCL');
const BAJ = service('metz', 'BAJ');
const BUR = service('metz', 'BUR');
const DCTAJ = directorateId('metz', 'DCTAJ');

const REGISTER = `mutation($input: RegisterCorrespondenceItemInput!) { registerCorrespondenceItem(input: $input) { id dueDate status delayWorkingDays directorate { id } delayTarget { target unit engagementId } } }`;
const ANSWER = `mutation($id: ID!, $at: DateTimeISO!) { answerCorrespondenceItem(id: $id, answeredAt: $at) { id status delayWorkingDays } }`;
const auditCount = async (tenant = 'metz') => (await ok<{ correspondenceAuditTrail: { totalCount: number } }>(url, '{ correspondenceAuditTrail { totalCount } }', {}, await as(tenant, 'ADMINISTRATOR'))).correspondenceAuditTrail.totalCount;
const itemCount = async (filter: Record<string, unknown> = {}) =>
  (await ok<{ correspondenceItems: { totalCount: number } }>(url, 'query($f: CorrespondenceItemFilter) { correspondenceItems(filter: $f) { totalCount } }', { f: { tenantId: TENANTS.metz.id, ...filter } }, await as('metz', 'ANALYST'))).correspondenceItems.totalCount;

interface Registered {
  registerCorrespondenceItem: { id: string; dueDate: string; status: string; delayWorkingDays: number | null; directorate: { id: string }; delayTarget: { target: number; unit: string; engagementId: string } };
}
const register = async (input: Record<string, unknown>, token?: string) =>
  (await ok<Registered>(url, REGISTER, { input: { correspondentKind: 'USER', subject: 'Demande', ...input } }, token ?? (await as('metz', 'AGENT')))).registerCorrespondenceItem;

// The file's clock: the demo is seeded as of a fixed date; the service's rule against future dates reads the real clock, so the future is taken from it once.
const AS_OF = '2026-11-20';
const TOMORROW = new Date(Date.now() + 86_400_000).toISOString();

// Fixtures write under references of their own, so that each test runs alone or after any other.
let created = 0;
const unique = () => ++created;

beforeAll(async () => {
  platform = await startCorrespondence({ DEMO_AS_OF: AS_OF }, { withQuality: true });
  url = platform.url;
});
afterAll(() => platform?.stop());

describe('register and delay targets (R1, R2)', () => {
  it('dates an email by the delay target in force at reception, in working days of Alsace-Moselle', async () => {
    const item = await register({ channel: 'EMAIL', receivedAt: '2015-12-23T09:00:00Z', serviceId: BCL });
    expect(item).toMatchObject({ dueDate: '2015-12-31', status: 'OPEN_LATE', directorate: { id: DCTAJ }, delayTarget: { target: 5, unit: 'WORKING_DAYS', engagementId: NATIONAL_ENGAGEMENTS.QUALIPREF_2_0_COURRIERS_COURRIELS } });
    const answered = await ok<{ answerCorrespondenceItem: { status: string; delayWorkingDays: number } }>(url, ANSWER, { id: item.id, at: '2015-12-30T10:00:00Z' }, await as('metz', 'AGENT'));
    expect(answered.answerCorrespondenceItem).toEqual({ id: item.id, status: 'ANSWERED_ON_TIME', delayWorkingDays: 4 });
  });

  it('reopens an answered item with a reason, audited, and its delay runs again', async () => {
    const item = await register({ channel: 'LETTER', receivedAt: '2014-03-03T09:00:00Z', serviceId: BAJ, answeredAt: '2014-04-01T09:00:00Z' });
    expect(item).toMatchObject({ status: 'ANSWERED_LATE', delayWorkingDays: 21, delayTarget: { target: 15, engagementId: NATIONAL_ENGAGEMENTS.MARIANNE_2008_COURRIERS } });
    const reopened = await ok<{ reopenCorrespondenceItem: { status: string; reopenReason: string; reopenCount: number; answeredAt: null } }>(
      url,
      'mutation($id: ID!) { reopenCorrespondenceItem(id: $id, reason: "Réponse incomplète") { status reopenReason reopenCount answeredAt } }',
      { id: item.id },
      await as('metz', 'AGENT'),
    );
    expect(reopened.reopenCorrespondenceItem).toEqual({ status: 'OPEN_LATE', reopenReason: 'Réponse incomplète', reopenCount: 1, answeredAt: null });
    const trail = await ok<{ correspondenceAuditTrail: { nodes: { operation: string }[] } }>(url, 'query($id: ID) { correspondenceAuditTrail(filter: { entityId: $id }) { nodes { operation } } }', { id: item.id }, await as('metz', 'ADMINISTRATOR'));
    expect(trail.correspondenceAuditTrail.nodes.map((n) => n.operation)).toEqual(['reopenItem', 'registerItem']);
  });

  it('recomputes the due date when the reception changes', async () => {
    const item = await register({ channel: 'EMAIL', receivedAt: '2016-05-02T08:00:00Z', serviceId: BCL });
    const updated = await ok<{ updateCorrespondenceItem: { dueDate: string; receivedOn: string } }>(
      url,
      'mutation($id: ID!) { updateCorrespondenceItem(id: $id, input: { channel: LETTER, receivedAt: "2016-05-03T08:00:00Z" }) { dueDate receivedOn } }',
      { id: item.id },
      await as('metz', 'AGENT'),
    );
    // Tuesday 3 May 2016 + 15 working days, skipping Ascension (5 May) and Whit Monday (16 May).
    expect(updated.updateCorrespondenceItem).toEqual({ receivedOn: '2016-05-03', dueDate: '2016-05-26' });
  });

  it('refuses bad input with a clear code and changes nothing', async () => {
    const agent = await as('metz', 'AGENT');
    const [items, audits] = [await itemCount(), await auditCount()];
    const cases: [Record<string, unknown>, string, string][] = [
      [{ channel: 'EMAIL', receivedAt: '2015-06-01T08:00:00Z', serviceId: BCL, answeredAt: '2015-05-29T08:00:00Z' }, 'BAD_USER_INPUT', 'answeredAt'],
      [{ channel: 'EMAIL', receivedAt: '2015-06-01T08:00:00Z', serviceId: '0195a000-0000-7000-8000-0000000009ff' }, 'BAD_USER_INPUT', 'serviceId'],
      [{ channel: 'EMAIL', receivedAt: '2015-06-01T08:00:00Z', serviceId: service('forbach', 'BAT-F') }, 'BAD_USER_INPUT', 'serviceId'],
      [{ channel: 'EMAIL', receivedAt: TOMORROW, serviceId: BCL }, 'BAD_USER_INPUT', 'receivedAt'],
      [{ channel: 'EMAIL', receivedAt: '2015-06-01T08:00:00Z', serviceId: BCL, subject: '  ' }, 'BAD_USER_INPUT', 'subject'],
      [{ channel: 'EMAIL', receivedAt: '2015-06-01T08:00:00Z', serviceId: BUR }, 'FORBIDDEN', ''],
    ];
    for (const [input, code, field] of cases) {
      const result = await gql(url, REGISTER, { input: { correspondentKind: 'USER', subject: 'Demande', ...input } }, agent);
      expect(codes(result), JSON.stringify(input)).toEqual([code]);
      if (field) expect(result.errors![0]!.extensions!.field).toBe(field);
      expect(result.errors![0]!.message).toMatch(/[a-zé]/);
      // Words a person reads: no enum value (TELEPHONE) nor field name (receivedAt, subject) in the message.
      expect(result.errors![0]!.message, JSON.stringify(input)).not.toMatch(/\b(LETTER|EMAIL|TELEPHONE|COUNTER|CONTACT_FORM|USER|subject|channel)\b|\b[a-z]+[A-Z]\w*\b/);
    }
    const item = await register({ channel: 'EMAIL', receivedAt: '2015-06-01T08:00:00Z', serviceId: BCL });
    const early = await gql(url, ANSWER, { id: item.id, at: '2015-05-31T08:00:00Z' }, agent);
    expect(codes(early)).toEqual(['BAD_USER_INPUT']);
    expect(codes(await gql(url, 'mutation($id: ID!) { reopenCorrespondenceItem(id: $id, reason: "x") { id } }', { id: item.id }, agent))).toEqual(['CONFLICT']);
    expect(await itemCount()).toBe(items + 1);
    // The one item registered, and the write refused as FORBIDDEN (audited apart, see README « Security »).
    expect(await auditCount()).toBe(audits + 2);
    const refused = await ok<{ correspondenceAuditTrail: { nodes: { changes: { field: string; to: unknown }[] }[] } }>(
      url,
      '{ correspondenceAuditTrail(filter: { operation: "registerCorrespondenceItem:refused" }) { nodes { changes { field to } } } }',
      {},
      await as('metz', 'ADMINISTRATOR'),
    );
    expect(refused.correspondenceAuditTrail.nodes).toEqual([{ changes: [{ field: 'reason', to: 'FORBIDDEN' }] }]);
  });

  it('registers every channel: a call or a counter request without a delay target in days has no due date, never a refusal', async () => {
    const ITEM = 'query($id: ID!) { correspondenceItem(id: $id) { dueDate dueAt status delayTarget { id } } }';
    // 2015: the tenant's telephone target counts rings, and nothing sets a delay at the counter.
    const call = await register({ channel: 'TELEPHONE', receivedAt: '2015-06-01T08:00:00Z', serviceId: BCL });
    expect(call).toMatchObject({ dueDate: null, status: 'OPEN_WITHOUT_ENGAGEMENT', delayTarget: null });
    const visit = await register({ channel: 'COUNTER', receivedAt: '2015-06-01T08:00:00Z', serviceId: BCL, answeredAt: '2015-06-20T08:00:00Z' });
    expect(visit).toMatchObject({ dueDate: null, status: 'ANSWERED_WITHOUT_ENGAGEMENT', delayWorkingDays: 14, delayTarget: null });
    const read = await ok<{ correspondenceItem: { dueDate: null; dueAt: null; status: string; delayTarget: null } }>(url, ITEM, { id: call.id }, await as('metz', 'ANALYST'));
    expect(read.correspondenceItem).toEqual({ dueDate: null, dueAt: null, status: 'OPEN_WITHOUT_ENGAGEMENT', delayTarget: null });
    // From 2016 the tenant announces 2 working days for a call-back: the same call gets its due date.
    const later = await register({ channel: 'TELEPHONE', receivedAt: '2016-06-01T08:00:00Z', serviceId: BCL });
    expect(later).toMatchObject({ dueDate: '2016-06-03', delayTarget: { target: 2, unit: 'WORKING_DAYS', engagementId: NATIONAL_ENGAGEMENTS.QUALIPREF_2_0_COURRIERS_COURRIELS } });
    // Listed by their own status, and moved out of it when a change of reception brings a delay target.
    expect(await itemCount({ status: 'OPEN_WITHOUT_ENGAGEMENT', from: '2015-06-01', to: '2015-06-01' })).toBe(1);
    const moved = await ok<{ updateCorrespondenceItem: { dueDate: string; status: string } }>(url, 'mutation($id: ID!) { updateCorrespondenceItem(id: $id, input: { receivedAt: "2016-06-01T08:00:00Z" }) { dueDate status } }', { id: call.id }, await as('metz', 'AGENT'));
    expect(moved.updateCorrespondenceItem.dueDate).toBe('2016-06-03');
  });

  it('lets each directorate write only its own services’ items; analysts read', async () => {
    const item = await register({ channel: 'LETTER', receivedAt: '2015-02-02T08:00:00Z', serviceId: BUR }, await as('metz', 'ADMINISTRATOR'));
    expect(codes(await gql(url, ANSWER, { id: item.id, at: '2015-02-03T08:00:00Z' }, await as('metz', 'AGENT')))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(url, ANSWER, { id: item.id, at: '2015-02-03T08:00:00Z' }, await as('metz', 'ANALYST')))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(url, ANSWER, { id: item.id, at: '2015-02-03T08:00:00Z' }, await as('forbach', 'ADMINISTRATOR')))).toEqual(['NOT_FOUND']);
    const read = await ok<{ correspondenceItem: { id: string } | null }>(url, 'query($id: ID!) { correspondenceItem(id: $id) { id } }', { id: item.id }, await as('metz', 'ANALYST'));
    expect(read.correspondenceItem).toEqual({ id: item.id });
    const hidden = await ok<{ correspondenceItem: null }>(url, 'query($id: ID!) { correspondenceItem(id: $id) { id } }', { id: item.id }, await as('forbach', 'ANALYST'));
    expect(hidden.correspondenceItem).toBeNull();
  });
});

describe('tableau de suivi (R1)', () => {
  const period = { from: '2013-01-01', to: '2013-12-31' };
  beforeAll(async () => {
    // A known month for the bureau du contrôle de légalité, in a year before the demo data (which starts in 2014).
    const dataset: [string, string, string | null][] = [
      // channel, received, answered
      ['EMAIL', '2013-03-04T09:00:00Z', '2013-03-05T09:00:00Z'], // 1 working day
      ['EMAIL', '2013-03-04T09:00:00Z', '2013-03-07T09:00:00Z'], // 3
      ['EMAIL', '2013-03-04T09:00:00Z', '2013-03-13T09:00:00Z'], // 7: late (due 11 March)
      ['EMAIL', '2013-03-05T09:00:00Z', null], // open, overdue
      ['LETTER', '2013-02-28T09:00:00Z', '2013-03-19T09:00:00Z'], // 13
      ['LETTER', '2013-03-01T09:00:00Z', '2013-03-29T09:00:00Z'], // 19 (29 March is Good Friday): late, due 22 March
      ['LETTER', '2013-03-06T09:00:00Z', null], // open, overdue
    ];
    for (const [channel, receivedAt, answeredAt] of dataset) await register({ channel, receivedAt, answeredAt, serviceId: BCL });
  });

  it('counts, rates and percentiles per channel and in total, computed in SQL', async () => {
    type Row = { channel: string | null; received: number; answered: number; answeredOnTime: number; onTimeRate: number | null; medianDelayWorkingDays: number | null; p90DelayWorkingDays: number | null; backlog: number; overdue: number };
    const fields = 'channel received answered answeredOnTime onTimeRate medianDelayWorkingDays p90DelayWorkingDays backlog overdue';
    const data = await ok<{ tableauDeSuivi: { byChannel: Row[]; total: Row; overdueItems: { totalCount: number; nodes: { receivedAt: string; status: string }[] }; csv: string } }>(
      url,
      `query($from: String!, $to: String!, $s: ID) { tableauDeSuivi(from: $from, to: $to, serviceId: $s) { byChannel { ${fields} } total { ${fields} } overdueItems(first: 1) { totalCount nodes { receivedAt status } } csv } }`,
      { ...period, s: BCL },
      await as('metz', 'ANALYST'),
    );
    const t = data.tableauDeSuivi;
    expect(t.byChannel).toEqual([
      { channel: 'EMAIL', received: 4, answered: 3, answeredOnTime: 2, onTimeRate: 2 / 3, medianDelayWorkingDays: 3, p90DelayWorkingDays: 6.2, backlog: 1, overdue: 1 },
      { channel: 'LETTER', received: 3, answered: 2, answeredOnTime: 1, onTimeRate: 0.5, medianDelayWorkingDays: 16, p90DelayWorkingDays: 18.4, backlog: 1, overdue: 1 },
    ]);
    expect(t.total).toEqual({ channel: null, received: 7, answered: 5, answeredOnTime: 3, onTimeRate: 0.6, medianDelayWorkingDays: 7, p90DelayWorkingDays: 16.6, backlog: 2, overdue: 2 });
    expect(t.overdueItems.totalCount).toBe(2);
    expect(t.overdueItems.nodes).toEqual([{ receivedAt: '2013-03-05T09:00:00.000Z', status: 'OPEN_LATE' }]);
    const lines = t.csv.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines[0]).toContain('Taux dans le délai (%)');
    expect(lines[0]).toContain('Dont sans délai d’engagement');
    expect(lines.at(-1)).toBe('2013-01-01;2013-12-31;Tous canaux;7;0;5;5;3;60;7;16,6;2;2');
  });

  it('counts items without a delay target as received and answered, never overdue, outside the on-time rate', async () => {
    // 2012, before any demo row, for the bureau des affaires juridiques: two calls no delay target covers, two e-mails.
    const dataset: [string, string, string | null][] = [
      ['TELEPHONE', '2012-03-05T09:00:00Z', '2012-03-06T09:00:00Z'],
      ['TELEPHONE', '2012-03-05T09:00:00Z', null],
      ['EMAIL', '2012-03-05T09:00:00Z', '2012-03-06T09:00:00Z'], // on time
      ['EMAIL', '2012-03-05T09:00:00Z', '2012-03-20T09:00:00Z'], // late
    ];
    for (const [channel, receivedAt, answeredAt] of dataset) await register({ channel, receivedAt, answeredAt, serviceId: BAJ });
    const fields = 'channel received withoutDelayTarget answered answeredWithDelayTarget answeredOnTime onTimeRate backlog overdue';
    const data = await ok<{ tableauDeSuivi: { byChannel: unknown[]; total: unknown; overdueItems: { totalCount: number } } }>(
      url,
      `query($s: ID) { tableauDeSuivi(from: "2012-01-01", to: "2012-12-31", serviceId: $s) { byChannel { ${fields} } total { ${fields} } overdueItems { totalCount } } }`,
      { s: BAJ },
      await as('metz', 'ANALYST'),
    );
    const t = data.tableauDeSuivi;
    expect(t.total).toEqual({ channel: null, received: 4, withoutDelayTarget: 2, answered: 3, answeredWithDelayTarget: 2, answeredOnTime: 1, onTimeRate: 0.5, backlog: 1, overdue: 0 });
    expect(t.byChannel).toContainEqual({ channel: 'TELEPHONE', received: 2, withoutDelayTarget: 2, answered: 1, answeredWithDelayTarget: 0, answeredOnTime: 0, onTimeRate: null, backlog: 1, overdue: 0 });
    // The open call has no due date: it is in the backlog, never in the overdue list.
    expect(t.overdueItems.totalCount).toBe(0);
  });

  it('extends Service, Directorate and Tenant through federation, batched', async () => {
    const data = await ok<{ _entities: { correspondenceTableau: { total: { received: number } }; overdueCorrespondenceCount?: number }[] }>(
      url,
      `query($reps: [_Any!]!) { _entities(representations: $reps) {
        ... on Service { correspondenceTableau(from: "2013-01-01", to: "2013-12-31") { total { received } overdueItems(first: 1) { totalCount pageInfo { hasNextPage } } } overdueCorrespondenceCount }
        ... on Directorate { correspondenceTableau(from: "2013-01-01", to: "2013-12-31") { total { received } } overdueCorrespondenceCount }
        ... on Tenant { correspondenceTableau(from: "2013-01-01", to: "2013-12-31") { total { received } } } } }`,
      { reps: [{ __typename: 'Service', id: BCL }, { __typename: 'Service', id: BAJ }, { __typename: 'Directorate', id: DCTAJ }, { __typename: 'Tenant', id: TENANTS.metz.id }] },
      await as('metz', 'ANALYST'),
    );
    expect(data._entities.map((e) => e.correspondenceTableau.total.received)).toEqual([7, 0, 7, 7]);
    expect(data._entities[0]!.overdueCorrespondenceCount).toBeGreaterThanOrEqual(2);
    const services = data._entities.slice(0, 2) as unknown as { correspondenceTableau: { overdueItems: { totalCount: number; pageInfo: { hasNextPage: boolean } } } }[];
    expect(services.map((e) => e.correspondenceTableau.overdueItems)).toEqual([{ totalCount: 2, pageInfo: { hasNextPage: true } }, { totalCount: 0, pageInfo: { hasNextPage: false } }]);
    const late = await ok<{ correspondenceItems: { totalCount: number } }>(url, 'query($s: ID) { correspondenceItems(filter: { serviceId: $s, status: ANSWERED_LATE, from: "2013-01-01", to: "2013-12-31" }) { totalCount } }', { s: BCL }, await as('metz', 'ANALYST'));
    expect(late.correspondenceItems.totalCount).toBe(2);
  });

  it('has the demo tableau of 2015 for each tenant, with late answers', async () => {
    for (const tenant of ['metz', 'forbach', 'thionville']) {
      const data = await ok<{ tableauDeSuivi: { total: { received: number; answered: number; onTimeRate: number }; telephony: { offered: number; withinTargetRate: number } } }>(
        url,
        'query { tableauDeSuivi(from: "2015-01-01", to: "2015-12-31") { total { received answered onTimeRate } telephony { offered withinTargetRate } } }',
        {},
        await as(tenant, 'ANALYST'),
      );
      const { total, telephony } = data.tableauDeSuivi;
      expect(total.received).toBeGreaterThan(30);
      expect(total.onTimeRate).toBeGreaterThan(0.6);
      expect(total.onTimeRate).toBeLessThan(1);
      expect(telephony.withinTargetRate).toBeGreaterThan(0);
      expect(telephony.withinTargetRate).toBeLessThanOrEqual(1);
      expect(telephony.offered).toBeGreaterThan(0);
    }
  });

  it('refuses a period that ends before it starts, or a tenant the caller does not read', async () => {
    expect(codes(await gql(url, '{ tableauDeSuivi(from: "2018-03-31", to: "2018-03-01") { total { received } } }', {}, await as('metz', 'ANALYST')))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await gql(url, 'query($t: ID) { tableauDeSuivi(from: "2018-01-01", to: "2018-03-01", tenantId: $t) { total { received } } }', { t: TENANTS.metz.id }, await as('forbach', 'ANALYST')))).toEqual(['FORBIDDEN']);
  });
});

describe('GED import', () => {
  const IMPORT = `mutation($csv: String!, $mapping: GedColumnMapping, $s: ID, $mode: ImportMode!, $dryRun: Boolean!) {
    importGedCsv(csv: $csv, mapping: $mapping, serviceId: $s, fileName: "export.csv", mode: $mode, dryRun: $dryRun) { mode dryRun applied rows created updated unchanged rejected issues { line field code message } } }`;
  const mapping = { gedReference: 'Référence', receivedAt: 'Date arrivée', subject: 'Objet', correspondentKind: 'Expéditeur', answeredAt: 'Date réponse' };
  /** A GED export with two valid rows and four wrong ones, under references no other call uses; the channel under the import's own French header. */
  const gedCsv = (n = unique()) => ({
    reference: `IMP-${n}-001`,
    csv: [
      'Référence;Date arrivée;Canal;Objet;Expéditeur;Date réponse',
      `IMP-${n}-001;12/01/2015 10:00;Courrier;Demande de subvention;Collectivité;20/01/2015 11:00`,
      `IMP-${n}-002;13/01/2015 10:00;Courriel;Question;Usager;`,
      `IMP-${n}-003;2015-01-14 10:00;Pigeon;Question;Usager;`,
      `IMP-${n}-004;14/01/2015 10:00;Courriel;Question;Usager;10/01/2015 10:00`,
      ';14/01/2015 10:00;Courriel;Question;Usager;',
      `IMP-${n}-006;32/01/2015 10:00;Courriel;Question;Usager;`,
    ].join('\n'),
  });
  type Issue = { line: number; field: string | null; code: string; message: string };
  type Report = { importGedCsv: { mode: string; dryRun: boolean; applied: boolean; rows: number; created: number; updated: number; unchanged: number; rejected: number; issues: Issue[] } };
  const run = async (variables: Record<string, unknown>) => (await ok<Report>(url, IMPORT, { mapping, s: BCL, mode: 'PARTIAL', dryRun: false, ...variables }, await as('metz', 'AGENT'))).importGedCsv;
  const gedImportCount = async () => (await ok<{ gedImports: { totalCount: number } }>(url, '{ gedImports { totalCount } }', {}, await as('metz', 'ANALYST'))).gedImports.totalCount;
  const written = async () => [await itemCount(), await auditCount(), await gedImportCount()];

  it('PARTIAL (by default) creates the valid rows, reports the others by line and column in French, and keeps the result', async () => {
    const { csv } = gedCsv();
    const before = await itemCount();
    const report = (await ok<Report>(url, 'mutation($csv: String!, $mapping: GedColumnMapping, $s: ID) { importGedCsv(csv: $csv, mapping: $mapping, serviceId: $s, fileName: "export.csv") { mode applied rows created unchanged rejected issues { line field code message } } }', { csv, mapping, s: BCL }, await as('metz', 'AGENT'))).importGedCsv;
    expect(report).toMatchObject({ mode: 'PARTIAL', applied: true, rows: 6, created: 2, unchanged: 0, rejected: 4 });
    expect(report.issues.map(({ line, field, code }) => ({ line, field, code }))).toEqual([
      { line: 4, field: 'channel', code: 'INVALID_ENUM' },
      { line: 5, field: 'answeredAt', code: 'BAD_USER_INPUT' },
      { line: 6, field: 'gedReference', code: 'REQUIRED' },
      { line: 7, field: 'receivedAt', code: 'BAD_USER_INPUT' },
    ]);
    expect(report.issues[0]!.message).toBe('« Canal » : valeur inconnue « Pigeon ».');
    expect(report.issues[1]!.message).toContain('précéder la réception');
    expect(report.issues[2]!.message).toBe('« Référence » est obligatoire.');
    expect(await itemCount()).toBe(before + 2);
    const kept = await ok<{ gedImports: { nodes: { fileName: string; created: number; rejected: number; issues: Issue[] }[] } }>(url, '{ gedImports(first: 1) { nodes { fileName created rejected issues { line field code message } } } }', {}, await as('metz', 'ANALYST'));
    expect(kept.gedImports.nodes[0]).toEqual({ fileName: 'export.csv', created: 2, rejected: 4, issues: report.issues });
  });

  it('reads the import’s French headers or machine keys without a mapping, `,`-separated too', async () => {
    const n = unique();
    const french = ['Référence GED;Date de réception;Canal;Objet;Type de correspondant;Nom du correspondant', `IMP-${n}-101;12/01/2015 10:00;Courriel;Question;Usager;M. Martin`].join('\r\n');
    const keys = ['gedReference,receivedAt,channel,subject,correspondentKind', `IMP-${n}-102,2015-01-12T10:00:00+01:00,EMAIL,"Question, suite",USER`].join('\n');
    for (const csv of [french, keys]) expect(await run({ csv, mapping: null }), csv).toMatchObject({ applied: true, created: 1, rejected: 0, issues: [] });
    expect(await itemCount({ gedReference: `IMP-${n}-102` })).toBe(1);
  });

  it('changes nothing when the same file is imported again', async () => {
    const { csv, reference } = gedCsv();
    await run({ csv });
    const before = await itemCount();
    expect(await run({ csv })).toMatchObject({ created: 0, unchanged: 2, rejected: 4 });
    expect(await itemCount()).toBe(before);
    expect(await itemCount({ gedReference: reference })).toBe(1);
  });

  it('a dry run reports what would be done and writes nothing', async () => {
    const { csv, reference } = gedCsv();
    const before = await written();
    const report = await run({ csv, dryRun: true });
    expect(report).toMatchObject({ dryRun: true, applied: false, rows: 6, created: 2, rejected: 4 });
    expect(report.issues).toHaveLength(4);
    expect(await written()).toEqual(before);
    expect(await itemCount({ gedReference: reference })).toBe(0);
  });

  it('ALL_OR_NOTHING refuses the whole file for one wrong row, and writes a clean one', async () => {
    const n = unique();
    const rows = [`IMP-${n}-201;12/01/2015 10:00;Courrier;Demande;Usager;`, `IMP-${n}-202;13/01/2015 10:00;Pigeon;Question;Usager;`];
    const header = 'Référence;Date arrivée;Canal;Objet;Expéditeur;Date réponse';
    const before = await written();
    const refused = await run({ csv: [header, ...rows].join('\n'), mode: 'ALL_OR_NOTHING' });
    expect(refused).toMatchObject({ mode: 'ALL_OR_NOTHING', applied: false, rows: 2, created: 0, rejected: 2 });
    expect(refused.issues.map((i) => [i.line, i.field, i.code])).toEqual([[3, 'channel', 'INVALID_ENUM']]);
    expect(await written()).toEqual(before);
    expect(await run({ csv: [header, rows[0]].join('\n'), mode: 'ALL_OR_NOTHING' })).toMatchObject({ applied: true, created: 1, rejected: 0 });
    expect(await itemCount({ gedReference: `IMP-${n}-201` })).toBe(1);
  });

  it('reports a mapping naming a column the file lacks, writing nothing', async () => {
    const { csv } = gedCsv();
    const before = await written();
    const report = await run({ csv, mapping: { ...mapping, subject: 'Sujet' } });
    expect(report).toMatchObject({ applied: false, created: 0, rejected: 6, issues: [{ line: 1, field: 'subject', code: 'MISSING_COLUMN', message: 'Colonne manquante : « Sujet ».' }] });
    expect(await written()).toEqual(before);
  });
});

describe('DCTAJ module (R3)', () => {
  const RECORD = `mutation($input: LegalityControlInput!) { recordLegalityControl(input: $input) { id referralDeadline referralState referralBasis referralPeriodStart electedOfficialInformedFirst ownerDirectorate { id } } }`;
  const UPDATE = `mutation($id: ID!, $input: UpdateLegalityControlInput!) { updateLegalityControl(id: $id, input: $input) { referralDeadline referralState referralBasis referralPeriodStart } }`;
  // Two days ahead is after today in Paris whatever the hour.
  const IN_TWO_DAYS = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
  const act = { collectiviteName: 'Commune de Scy-Chazelles', actKind: 'Délibération', receivedAt: '2016-03-10' };

  it('records an act with its two-month referral deadline, interrupted by a recours gracieux, and the information rule', async () => {
    const agent = await as('metz', 'AGENT');
    const plain = await ok<{ recordLegalityControl: { id: string } }>(url, RECORD, { input: act }, agent);
    // Nothing raised and the window closed: not contested, not « délai expiré sans déféré ».
    expect(plain.recordLegalityControl).toMatchObject({ referralDeadline: '2016-05-10', referralState: 'NOT_CONTESTED', referralBasis: 'RECEPTION', referralPeriodStart: '2016-03-10' });
    const data = await ok<{ recordLegalityControl: { id: string } }>(url, RECORD, { input: { ...act, electedOfficialInformedAt: '2016-04-01', recoursSentAt: '2016-04-05' } }, agent);
    // No answer: two months of silence make an implicit rejection on 5 June, and two new months run from it.
    expect(data.recordLegalityControl).toMatchObject({ referralDeadline: '2016-08-05', referralState: 'EXPIRED', referralBasis: 'RECOURS_IMPLICIT_REJECTION', referralPeriodStart: '2016-06-05', electedOfficialInformedFirst: true, ownerDirectorate: { id: DCTAJ } });
    const answered = await ok<{ updateLegalityControl: unknown }>(url, UPDATE, { id: data.recordLegalityControl.id, input: { recoursAnsweredAt: '2016-04-20' } }, agent);
    expect(answered.updateLegalityControl).toEqual({ referralDeadline: '2016-06-20', referralState: 'EXPIRED', referralBasis: 'RECOURS_ANSWERED', referralPeriodStart: '2016-04-20' });
  });

  it('moves the window to the receipt of the pieces asked for, and stops it while they are awaited', async () => {
    const agent = await as('metz', 'AGENT');
    const { id } = (await ok<{ recordLegalityControl: { id: string } }>(url, RECORD, { input: { ...act, documentsRequestedAt: '2016-04-01' } }, agent)).recordLegalityControl;
    const awaiting = await ok<{ legalityControls: { nodes: { id: string; referralDeadline: string | null; referralState: string; referralBasis: string }[] } }>(url, '{ legalityControls(first: 100, from: "2016-03-10", to: "2016-03-10") { nodes { id referralDeadline referralState referralBasis } } }', {}, agent);
    expect(awaiting.legalityControls.nodes.find((n) => n.id === id)).toEqual({ id, referralDeadline: null, referralState: 'AWAITING_DOCUMENTS', referralBasis: 'AWAITING_DOCUMENTS' });
    const received = await ok<{ updateLegalityControl: unknown }>(url, UPDATE, { id, input: { documentsReceivedAt: '2016-05-02', referredAt: '2016-06-30' } }, agent);
    expect(received.updateLegalityControl).toEqual({ referralDeadline: '2016-07-02', referralState: 'REFERRED_IN_TIME', referralBasis: 'DOCUMENTS_RECEIVED', referralPeriodStart: '2016-05-02' });
    const unordered = await gql(url, UPDATE, { id, input: { documentsReceivedAt: '2016-03-20' } }, agent);
    expect(codes(unordered)).toEqual(['BAD_USER_INPUT']);
    expect(unordered.errors![0]!.message).toBe('La date « Pièces complémentaires reçues le » précède une étape antérieure.');
  });

  it('refuses an act received in the future, or a later step dated after today: French message, stable reason, nothing stored', async () => {
    const agent = await as('metz', 'AGENT');
    const count = async () => (await ok<{ legalityControls: { totalCount: number } }>(url, '{ legalityControls { totalCount } }', {}, agent)).legalityControls.totalCount;
    const [controls, audits] = [await count(), await auditCount()];
    const future = await gql(url, RECORD, { input: { ...act, receivedAt: IN_TWO_DAYS } }, agent);
    expect(codes(future)).toEqual(['BAD_USER_INPUT']);
    expect(future.errors![0]!.extensions).toMatchObject({ field: 'receivedAt', reason: 'DATE_IN_FUTURE' });
    expect(future.errors![0]!.message).toMatch(/^La date « Reçu en préfecture le » \(\d{2}\/\d{2}\/\d{4}\) est postérieure à aujourd’hui/);
    const { id } = (await ok<{ recordLegalityControl: { id: string } }>(url, RECORD, { input: act }, agent)).recordLegalityControl;
    const later = await gql(url, UPDATE, { id, input: { observationsSentAt: IN_TWO_DAYS } }, agent);
    expect(later.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'observationsSentAt', reason: 'DATE_IN_FUTURE' });
    const stored = await ok<{ legalityControls: { nodes: { id: string; observationsSentAt: string | null }[] } }>(url, '{ legalityControls(first: 100, from: "2016-03-10", to: "2016-03-10") { nodes { id observationsSentAt } } }', {}, agent);
    expect(stored.legalityControls.nodes.find((c) => c.id === id)!.observationsSentAt).toBeNull();
    expect([await count(), await auditCount()]).toEqual([controls + 1, audits + 1]);
  });

  it('keeps the arrondissements a tenant’s legality control covers as its setting', async () => {
    const QUERY = 'query($t: ID) { legalityControlCoverage(tenantId: $t) { tenantId arrondissements } }';
    const metz = await ok<{ legalityControlCoverage: { arrondissements: string[] } }>(url, QUERY, { t: TENANTS.metz.id }, await as('metz', 'ANALYST'));
    expect(metz.legalityControlCoverage.arrondissements).toEqual(['Metz', 'Forbach-Boulay-Moselle', 'Sarrebourg-Château-Salins', 'Sarreguemines', 'Thionville']);
    const forbach = await ok<{ legalityControlCoverage: { arrondissements: string[] } }>(url, QUERY, {}, await as('forbach', 'AGENT'));
    expect(forbach.legalityControlCoverage.arrondissements).toEqual([]);
    const SET = 'mutation($a: [String!]!) { setLegalityControlArrondissements(arrondissements: $a) { tenantId arrondissements } }';
    expect(codes(await gql(url, SET, { a: ['Forbach-Boulay-Moselle'] }, await as('forbach', 'AGENT')))).toEqual(['FORBIDDEN']);
    const twice = await gql(url, SET, { a: ['Forbach-Boulay-Moselle', ' Forbach-Boulay-Moselle '] }, await as('forbach', 'ADMINISTRATOR'));
    expect(twice.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'arrondissements' });
    const set = await ok<{ setLegalityControlArrondissements: { tenantId: string; arrondissements: string[] } }>(url, SET, { a: ['Forbach-Boulay-Moselle'] }, await as('forbach', 'ADMINISTRATOR'));
    expect(set.setLegalityControlArrondissements).toEqual({ tenantId: TENANTS.forbach.id, arrondissements: ['Forbach-Boulay-Moselle'] });
    await ok(url, SET, { a: [] }, await as('forbach', 'ADMINISTRATOR'));
  });

  it('refuses a recours gracieux before the elected official was informed: clear code, nothing changed', async () => {
    const agent = await as('metz', 'AGENT');
    const count = async () => (await ok<{ legalityControls: { totalCount: number } }>(url, '{ legalityControls { totalCount } }', {}, agent)).legalityControls.totalCount;
    const [controls, audits] = [await count(), await auditCount()];
    for (const dates of [{ recoursSentAt: '2016-04-05' }, { electedOfficialInformedAt: '2016-04-06', recoursSentAt: '2016-04-05' }]) {
      const result = await gql(url, RECORD, { input: { ...act, ...dates } }, agent);
      expect(codes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors![0]!.extensions!.field).toBe('recoursSentAt');
    }
    const created = (await ok<{ recordLegalityControl: { id: string } }>(url, RECORD, { input: act }, agent)).recordLegalityControl;
    const update = await gql(url, 'mutation($id: ID!) { updateLegalityControl(id: $id, input: { recoursSentAt: "2016-04-05" }) { id } }', { id: created.id }, agent);
    expect(codes(update)).toEqual(['BAD_USER_INPUT']);
    const stored = await ok<{ legalityControls: { nodes: { id: string; recoursSentAt: string | null }[] } }>(url, '{ legalityControls(first: 100) { nodes { id recoursSentAt } } }', {}, agent);
    expect(stored.legalityControls.nodes.find((c) => c.id === created.id)!.recoursSentAt).toBeNull();
    expect([await count(), await auditCount()]).toEqual([controls + 1, audits + 1]);
  });

  it('lets only the DCTAJ and administrators write; analysts read', async () => {
    expect(codes(await gql(url, RECORD, { input: act }, await as('metz', 'MANAGER')))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(url, RECORD, { input: act }, await as('metz', 'ANALYST')))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(url, RECORD, { input: act }, await as('metz', 'ADMINISTRATOR')))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await gql(url, RECORD, { input: { ...act, ownerDirectorateId: DCTAJ } }, await as('metz', 'ADMINISTRATOR')))).toEqual([]);
    expect(codes(await gql(url, RECORD, { input: act }, await as('forbach', 'AGENT')))).toEqual(['FORBIDDEN']);
  });

  it('says through viewerCan… what the mutations then allow, for each role and tenant', async () => {
    type Capabilities = { _entities: ({ viewerCanRecordCorrespondence: boolean; viewerCanRecordDctajFiles: boolean } | { configureCorrespondence: boolean; recordProcedureIndicators: boolean })[] };
    const CAPABILITIES = `query($r: [_Any!]!) { _entities(representations: $r) {
      ... on Directorate { viewerCanRecordCorrespondence viewerCanRecordDctajFiles }
      ... on TenantViewerCan { configureCorrespondence recordProcedureIndicators } } }`;
    const DRMM = directorateId('metz', 'DRMM');
    const of = async (tenant: string, role: string) => {
      const representations = [{ __typename: 'Directorate', id: DCTAJ }, { __typename: 'Directorate', id: DRMM }, { __typename: 'TenantViewerCan', id: TENANTS.metz.id }];
      return (await ok<Capabilities>(url, CAPABILITIES, { r: representations }, await as(tenant, role)))._entities;
    };
    // The DCTAJ agent, the DRMM manager, the analyst, the administrator of Metz, and Forbach's administrator looking at Metz.
    expect(await of('metz', 'AGENT')).toEqual([
      { viewerCanRecordCorrespondence: true, viewerCanRecordDctajFiles: true },
      { viewerCanRecordCorrespondence: false, viewerCanRecordDctajFiles: false },
      { configureCorrespondence: false, recordProcedureIndicators: false },
    ]);
    expect(await of('metz', 'MANAGER')).toEqual([
      { viewerCanRecordCorrespondence: false, viewerCanRecordDctajFiles: false },
      { viewerCanRecordCorrespondence: true, viewerCanRecordDctajFiles: false },
      { configureCorrespondence: false, recordProcedureIndicators: true },
    ]);
    expect((await of('metz', 'ANALYST')).every((c) => Object.values(c).every((v) => v === false))).toBe(true);
    expect(await of('metz', 'ADMINISTRATOR')).toEqual([
      { viewerCanRecordCorrespondence: true, viewerCanRecordDctajFiles: true },
      { viewerCanRecordCorrespondence: true, viewerCanRecordDctajFiles: false },
      { configureCorrespondence: true, recordProcedureIndicators: true },
    ]);
    expect((await of('forbach', 'ADMINISTRATOR'))[2]).toEqual({ configureCorrespondence: false, recordProcedureIndicators: false });
    // …and the mutations agree: the DRMM manager records no act of the DCTAJ, the DCTAJ agent does.
    expect(codes(await gql(url, RECORD, { input: act }, await as('metz', 'MANAGER')))).toEqual(['FORBIDDEN']);
    const recorded = await ok<{ recordLegalityControl: { id: string } }>(url, RECORD, { input: { ...act, collectiviteName: `Commune ${unique()}` } }, await as('metz', 'AGENT'));
    const UPDATABLE = 'query { legalityControls(first: 100, from: "2016-03-10", to: "2016-03-10") { nodes { id viewerCanUpdate } } }';
    const updatable = async (tenant: string, role: string) =>
      (await ok<{ legalityControls: { nodes: { id: string; viewerCanUpdate: boolean }[] } }>(url, UPDATABLE, {}, await as(tenant, role))).legalityControls.nodes.find((n) => n.id === recorded.recordLegalityControl.id)?.viewerCanUpdate;
    expect([await updatable('metz', 'AGENT'), await updatable('metz', 'MANAGER'), await updatable('metz', 'ANALYST'), await updatable('metz', 'ADMINISTRATOR')]).toEqual([true, false, false, true]);
  });

  it('measures litigation and appointment delays; the demo of Metz is readable by an analyst', async () => {
    const agent = await as('metz', 'AGENT');
    const litigation = await ok<{ recordLitigationCase: { daysToFiling: number; filingOnTime: boolean; daysToDecision: number | null } }>(
      url,
      'mutation { recordLitigationCase(input: { reference: "TA-1700001", subject: "Déféré", requestedAt: "2017-01-02", filedAt: "2017-03-15" }) { daysToFiling filingOnTime daysToDecision } }',
      {},
      agent,
    );
    expect(litigation.recordLitigationCase).toEqual({ daysToFiling: 72, filingOnTime: false, daysToDecision: null });
    expect(codes(await gql(url, 'mutation { recordLitigationCase(input: { reference: "X", subject: "Y", requestedAt: "2017-01-02", filedAt: "2016-12-01" }) { id } }', {}, agent))).toEqual(['BAD_USER_INPUT']);
    const appointment = await ok<{ recordAppointmentRequest: { delayWorkingDays: number } }>(
      url,
      'mutation { recordAppointmentRequest(input: { requesterName: "Maire de Lessy", requesterKind: ELECTED_OFFICIAL, subject: "PLU", requestedAt: "2016-12-22", dateGiven: "2016-12-29" }) { delayWorkingDays } }',
      {},
      agent,
    );
    // 23, 27, 28, 29 December: the 26th is Saint-Étienne in Moselle.
    expect(appointment.recordAppointmentRequest.delayWorkingDays).toBe(4);
    const demo = await ok<{ legalityControls: { totalCount: number }; appointmentRequests: { nodes: { delayWorkingDays: number }[] }; litigationCases: { totalCount: number } }>(
      url,
      '{ legalityControls(from: "2015-01-01", to: "2015-12-31") { totalCount } appointmentRequests(from: "2015-01-01", to: "2015-12-31") { nodes { delayWorkingDays } } litigationCases { totalCount } }',
      {},
      await as('metz', 'ANALYST'),
    );
    expect(demo.legalityControls.totalCount).toBe(6);
    expect(demo.appointmentRequests.nodes.map((a) => a.delayWorkingDays).sort((a, b) => a - b)).toEqual([3, 4, 6, 9, 12]);
    expect(demo.litigationCases.totalCount).toBeGreaterThanOrEqual(4);
  });
});

describe('delay targets and calendar as data', () => {
  it('lets an administrator end a target and start a new one under a national engagement, without rewriting past items', async () => {
    const admin = await as('forbach', 'ADMINISTRATOR');
    type Page<T> = { totalCount: number; nodes: T[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    type Target = { id: string; channel: string; unit: string; validFrom: string; validTo: string | null; engagementId: string; engagement: { id: string } };
    const TARGETS = 'query($after: String) { delayTargets(first: 10, after: $after) { totalCount nodes { id channel unit validFrom validTo engagementId engagement { id } } pageInfo { hasNextPage endCursor } } }';
    const targets: Target[] = [];
    const pages: Page<Target>[] = [];
    let after: string | null = null;
    do {
      const page: Page<Target> = (await ok<{ delayTargets: Page<Target> }>(url, TARGETS, { after }, admin)).delayTargets;
      pages.push(page);
      targets.push(...page.nodes);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    // Four label periods of four targets, and from 2016 the call-back and the counter in each of the three periods since.
    expect(pages.map((p) => p.totalCount)).toEqual([22, 22, 22]);
    expect(targets).toHaveLength(22);
    expect(targets.every((t) => t.engagement.id === t.engagementId)).toBe(true);
    const email = targets.find((t) => t.channel === 'EMAIL' && t.validTo === null)!;
    expect(email).toMatchObject({ validFrom: '2023-01-01', engagementId: NATIONAL_ENGAGEMENTS.SERVICES_PUBLICS_PLUS_2023_DELAIS });
    const ADD = 'mutation($input: DelayTargetInput!) { addDelayTarget(input: $input) { id target engagementId } }';
    const input = { engagementId: NATIONAL_ENGAGEMENTS.SERVICES_PUBLICS_PLUS_2023_DELAIS, channel: 'EMAIL', unit: 'WORKING_DAYS', target: 3, label: 'Courriels en 3 jours ouvrés', validFrom: '2025-01-01' };
    expect(codes(await gql(url, ADD, { input }, admin))).toEqual(['CONFLICT']);
    expect(codes(await gql(url, ADD, { input }, await as('forbach', 'MANAGER')))).toEqual(['FORBIDDEN']);
    // A national engagement quality does not know is refused, and nothing is written.
    const audits = await auditCount('forbach');
    for (const engagementId of ['0195a000-0000-7000-8000-00000000dead', 'MARIANNE_2008']) {
      const unknown = await gql(url, ADD, { input: { ...input, engagementId } }, admin);
      expect(codes(unknown)).toEqual(['BAD_USER_INPUT']);
      expect(unknown.errors![0]!.message).toBe(`Engagement national inconnu : ${engagementId}.`);
    }
    expect(await auditCount('forbach')).toBe(audits);
    await ok(url, 'mutation($id: ID!) { endDelayTarget(id: $id, validTo: "2024-12-31") { validTo } }', { id: email.id }, admin);
    expect((await ok<{ addDelayTarget: { target: number; engagementId: string } }>(url, ADD, { input }, admin)).addDelayTarget).toMatchObject({ target: 3, engagementId: input.engagementId });
    const settings = await gql(url, 'mutation { updateCalendarSettings(input: { closingTime: "25:00" }) { closingTime } }', {}, admin);
    expect(codes(settings)).toEqual(['BAD_USER_INPUT']);
    const saved = await ok<{ updateCalendarSettings: { saturdayWorked: boolean; closingTime: string } }>(url, 'mutation { updateCalendarSettings(input: { closingTime: "16:30" }) { saturdayWorked closingTime } }', {}, admin);
    expect(saved.updateCalendarSettings).toEqual({ saturdayWorked: false, closingTime: '16:30' });
  });

  it('records telephony statistics and checks them', async () => {
    const agent = await as('forbach', 'AGENT');
    const RECORD = 'mutation($input: TelephonyMonthInput!) { recordTelephonyMonth(input: $input) { month offered answeredWithinTarget } }';
    const input = { serviceId: service('forbach', 'BAT-F'), month: '2013-01', offered: 400, answered: 380, answeredWithinTarget: 350 };
    expect((await ok<{ recordTelephonyMonth: { month: string } }>(url, RECORD, { input }, agent)).recordTelephonyMonth.month).toBe('2013-01');
    expect(codes(await gql(url, RECORD, { input: { ...input, answeredWithinTarget: 390 } }, agent))).toEqual(['BAD_USER_INPUT']);
    await ok(url, RECORD, { input: { ...input, month: '2013-02', offered: 300, answered: 280, answeredWithinTarget: 200 } }, agent);
    const MONTHS = 'query($s: ID!, $after: String) { telephonyMonths(serviceId: $s, from: "2013-01", to: "2013-02", first: 1, after: $after) { totalCount nodes { month offered } pageInfo { hasNextPage endCursor } } }';
    type Months = { telephonyMonths: { totalCount: number; nodes: { month: string; offered: number }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    const january = (await ok<Months>(url, MONTHS, { s: input.serviceId }, agent)).telephonyMonths;
    expect(january).toMatchObject({ totalCount: 2, nodes: [{ month: '2013-01', offered: 400 }], pageInfo: { hasNextPage: true } });
    const february = (await ok<Months>(url, MONTHS, { s: input.serviceId, after: january.pageInfo.endCursor }, agent)).telephonyMonths;
    expect(february).toMatchObject({ nodes: [{ month: '2013-02', offered: 300 }], pageInfo: { hasNextPage: false } });
  });
});

describe('procedures and counters (R4, R5)', () => {
  const BAT_F = service('forbach', 'BAT-F');
  /**
   * A queue-ticket export of a Monday and Tuesday of its own (four good rows, two wrong ones), with tickets no other call
   * uses, and the filter of its week: the n-th week after Monday 3 June 2013, before the demo's counters (from October 2015).
   */
  const ticketsCsv = (n = unique()) => {
    const monday = new Date(Date.UTC(2013, 5, 3 + 7 * n));
    const day = (offset: number) => new Date(monday.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
    const fr = (offset: number) => day(offset).split('-').reverse().join('/');
    const [mon, tue] = [fr(0), fr(1)];
    return {
      csv: [
        'ticket;procedure;arrivedAt;calledAt;endedAt;appointment',
        `F${n}-1;CARTE_GRISE;${mon} 09:10;${mon} 09:20;${mon} 09:30;non`,
        `F${n}-2;CARTE_GRISE;${mon} 09:30;${mon} 09:35;${mon} 09:45;non`,
        `F${n}-3;TITRE_SEJOUR;${mon} 14:00;${mon} 14:02;${mon} 14:30;oui`,
        `F${n}-4;CARTE_GRISE;${tue} 09:00;${tue} 09:40;${tue} 09:50;non`,
        `F${n}-5;CARTE_GRISE;${tue} 10:00;${tue} 09:40;;non`,
        `F${n}-6;CNI;${tue} 10:00;${tue} 10:10;;peut-être`,
      ].join('\n'),
      filter: { from: day(0), to: day(6), serviceId: BAT_F },
    };
  };
  const IMPORT = 'mutation($csv: String!, $s: ID!, $mode: ImportMode, $dry: Boolean) { importCounterVisitsCsv(csv: $csv, serviceId: $s, mode: $mode, dryRun: $dry) { mode dryRun applied created unchanged rejected issues { line field code message } } }';
  type Report = { importCounterVisitsCsv: { mode: string; dryRun: boolean; applied: boolean; created: number; unchanged: number; rejected: number; issues: { line: number; field: string | null; code: string; message: string }[] } };
  const visits = async (f: unknown) => (await ok<{ counterWaitingTimes: { visits: number } }>(url, 'query($f: CounterVisitFilter!) { counterWaitingTimes(filter: $f) { visits } }', { f }, await as('forbach', 'ANALYST'))).counterWaitingTimes.visits;

  it('imports queue tickets once, keeping the right rows and reporting the wrong ones with their line and column (PARTIAL by default)', async () => {
    const agent = await as('forbach', 'AGENT');
    const { csv, filter } = ticketsCsv();
    const before = await visits(filter);
    const dry = (await ok<Report>(url, IMPORT, { csv, s: BAT_F, dry: true }, agent)).importCounterVisitsCsv;
    expect(dry).toMatchObject({ mode: 'PARTIAL', dryRun: true, applied: false, created: 4, rejected: 2 });
    expect(await visits(filter)).toBe(before);
    const all = (await ok<Report>(url, IMPORT, { csv, s: BAT_F, mode: 'ALL_OR_NOTHING' }, agent)).importCounterVisitsCsv;
    expect(all).toMatchObject({ mode: 'ALL_OR_NOTHING', applied: false, created: 0, rejected: 6 });
    expect(await visits(filter)).toBe(before);
    const first = (await ok<Report>(url, IMPORT, { csv, s: BAT_F }, agent)).importCounterVisitsCsv;
    expect(first).toMatchObject({ mode: 'PARTIAL', applied: true, created: 4, unchanged: 0, rejected: 2 });
    expect(first.issues.map((i) => [i.line, i.field, i.code])).toEqual([
      [6, 'calledAt', 'BAD_USER_INPUT'],
      [7, 'appointment', 'BAD_USER_INPUT'],
    ]);
    expect(first.issues[1]!.message).toBe('Valeur inconnue pour « Rendez-vous » : « peut-être » (oui ou non).');
    expect(await visits(filter)).toBe(before + 4);
    const again = (await ok<Report>(url, IMPORT, { csv, s: BAT_F }, agent)).importCounterVisitsCsv;
    expect(again).toMatchObject({ created: 0, unchanged: 4 });
    expect(codes(await gql(url, IMPORT, { csv, s: BCL }, agent))).toEqual(['BAD_USER_INPUT']);
  });

  it('gives the waiting-time distribution and the peak hours, computed in SQL', async () => {
    const { csv, filter } = ticketsCsv();
    await ok(url, IMPORT, { csv, s: BAT_F }, await as('forbach', 'AGENT'));
    const data = await ok<{ counterWaitingTimes: unknown; counterPeakHours: { rows: unknown[]; csv: string } }>(
      url,
      'query($f: CounterVisitFilter!) { counterWaitingTimes(filter: $f) { visits withAppointment medianWaitMinutes p90WaitMinutes distribution { fromMinutes toMinutes visits } } counterPeakHours(filter: $f) { rows { weekday hour procedure visits averageWaitMinutes } csv } }',
      { f: filter },
      await as('forbach', 'ANALYST'),
    );
    expect(data.counterWaitingTimes).toEqual({
      visits: 4,
      withAppointment: 1,
      medianWaitMinutes: 7.5,
      p90WaitMinutes: 31,
      distribution: [
        { fromMinutes: 0, toMinutes: 5, visits: 1 },
        { fromMinutes: 5, toMinutes: 10, visits: 1 },
        { fromMinutes: 10, toMinutes: 15, visits: 1 },
        { fromMinutes: 15, toMinutes: 30, visits: 0 },
        { fromMinutes: 30, toMinutes: 60, visits: 1 },
        { fromMinutes: 60, toMinutes: null, visits: 0 },
      ],
    });
    expect(data.counterPeakHours.rows).toEqual([
      { weekday: 1, hour: 9, procedure: 'CARTE_GRISE', visits: 2, averageWaitMinutes: 7.5 },
      { weekday: 1, hour: 14, procedure: 'TITRE_SEJOUR', visits: 1, averageWaitMinutes: 2 },
      { weekday: 2, hour: 9, procedure: 'CARTE_GRISE', visits: 1, averageWaitMinutes: 40 },
    ]);
    expect(data.counterPeakHours.csv).toContain('lundi;09h–10h;CARTE_GRISE;2;7,5');
  });

  it('records the processing time of a procedure for a month (managers), beside the demo months', async () => {
    const RECORD = 'mutation($input: ProcedureIndicatorInput!) { recordProcedureIndicator(input: $input) { procedure month value target } }';
    const input = { procedure: 'cni', month: '2013-06', value: 12.5, target: 15 };
    expect(codes(await gql(url, RECORD, { input }, await as('forbach', 'AGENT')))).toEqual(['FORBIDDEN']);
    const badMonth = await gql(url, RECORD, { input: { ...input, month: '2018-13' } }, await as('forbach', 'MANAGER'));
    expect(badMonth.errors?.map((e) => e.extensions)).toEqual([{ code: 'BAD_USER_INPUT', reason: 'INVALID_MONTH' }]);
    expect((await ok<{ recordProcedureIndicator: unknown }>(url, RECORD, { input }, await as('forbach', 'MANAGER'))).recordProcedureIndicator).toEqual({ procedure: 'CNI', month: '2013-06', value: 12.5, target: 15 });
    // The month recorded and the demo's 2014 and 2015, months written as they are read.
    const analyst = await as('forbach', 'ANALYST');
    type Indicators = { procedureIndicators: { totalCount: number; nodes: { month: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    const LIST = 'query($after: String) { procedureIndicators(from: "2013-01", to: "2015-12", procedure: "CNI", first: 20, after: $after) { totalCount nodes { month } pageInfo { hasNextPage endCursor } } }';
    const page1 = (await ok<Indicators>(url, LIST, {}, analyst)).procedureIndicators;
    expect(page1.totalCount).toBe(25);
    expect(page1.nodes[0]!.month).toBe('2013-06');
    const page2 = (await ok<Indicators>(url, LIST, { after: page1.pageInfo.endCursor }, analyst)).procedureIndicators;
    expect([...page1.nodes, ...page2.nodes].map((n) => n.month)).toEqual(['2013-06', ...['2014', '2015'].flatMap((y) => Array.from({ length: 12 }, (_, i) => `${y}-${String(i + 1).padStart(2, '0')}`))]);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    for (const bad of ['"2013-01-01"', '"2013-1"']) {
      const refused = await gql(url, `{ procedureIndicators(from: ${bad}, to: "2015-12") { totalCount } }`, {}, analyst);
      expect(refused.errors?.map((e) => e.extensions), bad).toEqual([{ code: 'BAD_USER_INPUT', reason: 'INVALID_MONTH' }]);
    }
  });
});
