import { readFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema, getNamedType, isInputObjectType, isListType, isNonNullType, isObjectType, type GraphQLInputType, type GraphQLSchema } from 'graphql';
import { signIn } from '@qualipref/test-kit';
import { maxItemsOf } from '@qualipref/server-kit';
import { SUPERGRAPH_PATH } from '../src/subgraphs.js';
import { bearer, codes, post, startPlatform, type Platform, type Result } from './platform.js';

let platform: Platform;
let url: string;
let manager: string;

interface Clu {
  id: string;
  followUps: { id: string }[];
  meetings: { totalCount: number; nodes: { id: string; invitations: { nodes: { id: string; attendance: string; signed: boolean; representedBy: string | null }[] } }[] };
}

/** Metz's CLU as its manager reads it: its follow-ups, its meetings and the invitations of the first. */
async function readClu(): Promise<Clu> {
  const result = await post<{ committees: { nodes: (Clu & { kind: string })[] } }>(
    url,
    { query: '{ committees(first: 10) { nodes { id kind followUps { id } meetings(first: 1) { totalCount nodes { id invitations(first: 100) { nodes { id attendance signed representedBy } } } } } } }' },
    bearer(manager),
  );
  expect(result.errors).toBeUndefined();
  return result.data!.committees.nodes.find((c) => c.kind === 'CLU' && c.meetings.nodes[0]?.invitations.nodes.length)!;
}

const committeeCount = async () =>
  (await post<{ committees: { totalCount: number } }>(url, { query: '{ committees { totalCount } }' }, bearer(manager))).data!.committees.totalCount;

/** Refused before anything ran: HTTP 400, BAD_USER_INPUT, its reason and the input at fault, a French message. */
function expectRefused(result: Result, reason: string, field: string): void {
  expect([result.status, codes(result)]).toEqual([400, ['BAD_USER_INPUT']]);
  expect(result.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason, field });
  expect(result.errors![0]!.message).toMatch(/invalide|Trop d'éléments/);
  expect(result.data ?? null).toBeNull();
}

beforeAll(async () => {
  platform = await startPlatform();
  url = platform.gatewayUrl;
  manager = await signIn(url, 'metz.manager@demo.qualipref.test');
});
afterAll(() => platform?.stop());

/** Every input of the supergraph of which `keep` holds: arguments of every field, and the fields of every input type they reach. */
function inputsOf(schema: GraphQLSchema, keep: (type: GraphQLInputType) => boolean): { path: string; name: string; description: string | null | undefined }[] {
  const found: { path: string; name: string; description: string | null | undefined }[] = [];
  const seen = new Set<string>();
  const walk = (type: GraphQLInputType, path: string, name: string, description: string | null | undefined) => {
    if (keep(type)) found.push({ path, name, description });
    const named = getNamedType(type);
    if (!isInputObjectType(named) || seen.has(named.name)) return;
    seen.add(named.name);
    for (const field of Object.values(named.getFields())) walk(field.type, `${named.name}.${field.name}`, field.name, field.description);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || type.name.startsWith('join__') || type.name.startsWith('link__')) continue;
    for (const field of Object.values(type.getFields())) for (const arg of field.args) walk(arg.type, `${type.name}.${field.name}(${arg.name})`, arg.name, arg.description);
  }
  return found;
}

const supergraph = async () => buildSchema(await readFile(SUPERGRAPH_PATH, 'utf8'));

describe('list inputs', () => {
  it('documents a maximum on every list input of the supergraph, in the words the gateway enforces', async () => {
    const lists = inputsOf(await supergraph(), (type) => isListType(isNonNullType(type) ? type.ofType : type));
    expect(lists.length).toBeGreaterThanOrEqual(18);
    expect(lists.filter((l) => maxItemsOf(l.description) === null).map((l) => l.path)).toEqual([]);
    const maxima = Object.fromEntries(lists.map((l) => [l.path, maxItemsOf(l.description)]));
    // Sized on real use: a CLU's sheet (about a hundred members and the agents invited), an agenda, a secretariat.
    expect(maxima).toMatchObject({ 'Mutation.recordAttendance(entries)': 300, 'ScheduleMeetingInput.agenda': 50, 'CreateCommitteeInput.secretariatUserIds': 20, 'UpdateCommitteeInput.secretariatUserIds': 20 });
  });

  it('refuses an attendance sheet past its maximum (HTTP 400 TOO_MANY_ITEMS on entries), stores nothing, and takes a real sheet', async () => {
    const before = await readClu();
    const meeting = before.meetings.nodes[0]!;
    const first = meeting.invitations.nodes[0]!;
    const flipped = first.attendance === 'ABSENT' ? 'EXCUSED' : 'ABSENT';
    const record = 'mutation($m: ID!, $e: [AttendanceInput!]!) { recordAttendance(meetingId: $m, entries: $e) { id attendance } }';
    const flood = Array.from({ length: 10_000 }, () => ({ invitationId: first.id, attendance: flipped }));
    expectRefused(await post(url, { query: record, variables: { m: meeting.id, e: flood } }, bearer(manager)), 'TOO_MANY_ITEMS', 'entries');
    expectRefused(await post(url, { query: record, variables: { m: meeting.id, e: flood.slice(0, 301) } }, bearer(manager)), 'TOO_MANY_ITEMS', 'entries');
    expect((await readClu()).meetings.nodes[0]!.invitations.nodes).toEqual(meeting.invitations.nodes);
    // The whole sheet of a seeded meeting, as it is, fits.
    const sheet = meeting.invitations.nodes.map((i) => ({ invitationId: i.id, attendance: i.attendance, signed: i.signed, representedBy: i.representedBy }));
    expect((await post(url, { query: record, variables: { m: meeting.id, e: sheet } }, bearer(manager))).errors).toBeUndefined();
  });

  it('refuses an agenda past its maximum, in a literal as in a variable, and schedules nothing', async () => {
    const before = await readClu();
    const agenda = (n: number) => Array.from({ length: n }, (_, i) => ({ title: `Point ${i + 1}` }));
    const schedule = 'mutation($c: ID!, $a: [AgendaItemInput!]!) { scheduleMeeting(committeeId: $c, input: { title: "Réunion", scheduledAt: "2016-05-10T08:00:00Z", place: "Metz", agenda: $a }) { id } }';
    expectRefused(await post(url, { query: schedule, variables: { c: before.id, a: agenda(10_000) } }, bearer(manager)), 'TOO_MANY_ITEMS', 'agenda');
    const literal = `mutation { scheduleMeeting(committeeId: "${before.id}", input: { title: "Réunion", scheduledAt: "2016-05-10T08:00:00Z", place: "Metz", agenda: [${agenda(51).map((a) => `{ title: "${a.title}" }`).join(', ')}] }) { id } }`;
    expectRefused(await post(url, { query: literal }, bearer(manager)), 'TOO_MANY_ITEMS', 'agenda');
    expect((await readClu()).meetings.totalCount).toBe(before.meetings.totalCount);
  });

  it('refuses a secretariat past its maximum on creation and on update, and changes nothing', async () => {
    const before = await readClu();
    const count = await committeeCount();
    const ids = Array.from({ length: 10_000 }, () => randomUUID());
    const create = 'mutation($s: [ID!]) { createCommittee(input: { kind: "CLU", name: "Comité d’essai", decisionDate: "2016-01-04", decisionReference: "Arrêté test", chairName: "Le secrétaire général", secretariatUserIds: $s }) { id } }';
    expectRefused(await post(url, { query: create, variables: { s: ids } }, bearer(manager)), 'TOO_MANY_ITEMS', 'secretariatUserIds');
    const update = 'mutation($id: ID!, $s: [ID!]) { updateCommittee(id: $id, input: { secretariatUserIds: $s }) { id } }';
    expectRefused(await post(url, { query: update, variables: { id: before.id, s: ids.slice(0, 21) } }, bearer(manager)), 'TOO_MANY_ITEMS', 'secretariatUserIds');
    expect(await committeeCount()).toBe(count);
  });
});

describe('malformed inputs', () => {
  it('documents every date among the text inputs of the supergraph as `(YYYY-MM-DD)`, which the gateway checks', async () => {
    const dates = inputsOf(await supergraph(), (type) => getNamedType(type).name === 'String').filter((i) => /(On|Date|At)$|^(from|to|validFrom|validTo|mandateStart|mandateEnd|dateAsked|dateGiven)$/.test(i.name));
    expect(dates.length).toBeGreaterThanOrEqual(70);
    // The GED import's column mapping names the headers of its columns, not dates.
    expect(dates.filter((i) => !i.path.startsWith('GedColumnMapping.') && !i.description?.includes('(YYYY-MM-DD)')).map((i) => i.path)).toEqual([]);
  });

  const addFollowUp = 'mutation($c: ID!, $d: String!, $t: String!) { addFollowUp(committeeId: $c, dueDate: $d, title: $t) { id } }';

  it('refuses an identifier that is not a UUID, as an argument, nested, or inside an input (INVALID_ID)', async () => {
    const before = await readClu();
    expectRefused(await post(url, { query: '{ committee(id: "nope") { id } }' }, bearer(manager)), 'INVALID_ID', 'id');
    expectRefused(await post(url, { query: addFollowUp, variables: { c: "1' or '1'='1", d: '2016-02-01', t: 'Relance' } }, bearer(manager)), 'INVALID_ID', 'committeeId');
    const schedule = 'mutation($c: ID!, $m: [ID!]) { scheduleMeeting(committeeId: $c, input: { title: "Réunion", scheduledAt: "2016-05-10T08:00:00Z", place: "Metz", agenda: [{ title: "Point" }], memberIds: $m }) { id } }';
    expectRefused(await post(url, { query: schedule, variables: { c: before.id, m: [randomUUID(), '42'] } }, bearer(manager)), 'INVALID_ID', 'memberIds.1');
    const after = await readClu();
    expect([after.meetings.totalCount, after.followUps.length]).toEqual([before.meetings.totalCount, before.followUps.length]);
  });

  it('refuses a date that does not exist, in an argument, a nested field’s argument or an input (INVALID_DATE)', async () => {
    const before = await readClu();
    const count = await committeeCount();
    expectRefused(await post(url, { query: addFollowUp, variables: { c: before.id, d: '2015-02-30', t: 'Relance' } }, bearer(manager)), 'INVALID_DATE', 'dueDate');
    expectRefused(await post(url, { query: `{ committee(id: "${before.id}") { members(onDate: "2015-02-30") { totalCount } } }` }, bearer(manager)), 'INVALID_DATE', 'onDate');
    const create = 'mutation($d: String!) { createCommittee(input: { kind: "CLU", name: "Comité d’essai", decisionDate: $d, decisionReference: "Arrêté test", chairName: "Le secrétaire général" }) { id } }';
    expectRefused(await post(url, { query: create, variables: { d: '2015-02-30' } }, bearer(manager)), 'INVALID_DATE', 'decisionDate');
    expectRefused(await post(url, { query: '{ correspondenceItems(filter: { from: "2015-13-01" }) { totalCount } }' }, bearer(manager)), 'INVALID_DATE', 'filter.from');
    expect((await readClu()).followUps.length).toBe(before.followUps.length);
    expect(await committeeCount()).toBe(count);
  });

  it('refuses text PostgreSQL cannot store: a NUL character or a lone surrogate, in a variable or a literal (INVALID_TEXT)', async () => {
    const before = await readClu();
    expectRefused(await post(url, { query: addFollowUp, variables: { c: before.id, d: '2016-02-01', t: 'Relance\u0000' } }, bearer(manager)), 'INVALID_TEXT', 'title');
    expectRefused(await post(url, { query: addFollowUp, variables: { c: before.id, d: '2016-02-01', t: 'Relance \ud800' } }, bearer(manager)), 'INVALID_TEXT', 'title');
    const literal = `mutation { addFollowUp(committeeId: "${before.id}", dueDate: "2016-02-01", title: "Relance \\u0000") { id } }`;
    expectRefused(await post(url, { query: literal }, bearer(manager)), 'INVALID_TEXT', 'title');
    const agenda = 'mutation($c: ID!, $t: String!) { scheduleMeeting(committeeId: $c, input: { title: "Réunion", scheduledAt: "2016-05-10T08:00:00Z", place: "Metz", agenda: [{ title: "Point" }, { title: $t }] }) { id } }';
    expectRefused(await post(url, { query: agenda, variables: { c: before.id, t: '\udc00' } }, bearer(manager)), 'INVALID_TEXT', 'agenda.1.title');
    const after = await readClu();
    expect([after.meetings.totalCount, after.followUps.length]).toEqual([before.meetings.totalCount, before.followUps.length]);
    // The same follow-up with well-formed text is stored: the refusals were about the characters alone.
    expect((await post(url, { query: addFollowUp, variables: { c: before.id, d: '2016-02-01', t: 'Relance « été » 😀' } }, bearer(manager))).errors).toBeUndefined();
    expect((await readClu()).followUps.length).toBe(before.followUps.length + 1);
  });
});
