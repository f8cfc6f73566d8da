import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import { DIRECTORATES, TENANTS, directorateId } from '@qualipref/demo-fixtures';
import { addMonths, toCalendarDate } from '@qualipref/calendar';
import { AS_OF, codes, gql, ok, signIn, startCommittees, type Platform } from './helpers.js';

let platform: Platform;
let url: string;
// The file's clock: the demo is seeded as of AS_OF; a meeting to come is one after it. The cadence reads the service's own clock, today in Europe/Paris.
const NEXT_MEETING = `${addMonths(AS_OF, 1)}T09:00:00Z`;
const TODAY = toCalendarDate(new Date());
const tokens: Record<string, string> = {};
const as = async (tenant: string, role: string) => (tokens[`${tenant}.${role}`] ??= await signIn(platform.organizationUrl, tenant, role));
const userId = async (token: string) => (await ok<{ me: { id: string } }>(platform.organizationUrl, '{ me { id } }', {}, token)).me.id;

interface Clu {
  id: string;
  meetings: { nodes: { id: string; scheduledAt: string; invitations: { nodes: { id: string; name: string }[] }; agenda: { id: string; position: number }[]; minutes: { id: string; version: number; status: string }; proposals: { nodes: { id: string; text: string }[] } }[] };
  members: { nodes: { id: string; name: string; contact: string | null }[] };
  colleges: { id: string; code: string }[];
}
let clu: Clu;
// The installation meeting of 18 November 2015 and its 2016 plan, among the meetings and plans of the years after.
let installation: Clu['meetings']['nodes'][number];
let planId: string;

const CLU_QUERY = `query($tenant: ID) { committees(tenantId: $tenant) { nodes { id name decisionDate decisionReference chairName
  colleges { id code name }
  members(first: 100) { totalCount nodes { id name organisation contact college { code } } }
  installed: members(onDate: "2015-11-18") { totalCount }
  meetings { nodes { id title scheduledAt place status
    agenda { id position title }
    invitations(first: 100) { nodes { id name attendance signed } }
    minutes { id version status caseOfficers sections { agendaItem { position } conclusions } }
    proposals { nodes { id authorName text status routings { bodyName directorate { id } } actions { reference } } } } } } } }`;

const auditCount = async () => (await ok<{ committeesAuditTrail: { totalCount: number } }>(url, '{ committeesAuditTrail { totalCount } }', {}, await as('metz', 'ADMINISTRATOR'))).committeesAuditTrail.totalCount;

beforeAll(async () => {
  // The plan's actions name survey findings, which its CSV import checks with the surveys service.
  platform = await startCommittees(AS_OF, { withSurveys: true });
  url = platform.url;
  const data = await ok<{ committees: { nodes: Clu[] } }>(url, CLU_QUERY, { tenant: TENANTS.metz.id }, await as('metz', 'MANAGER'));
  clu = data.committees.nodes[0]!;
  installation = clu.meetings.nodes.find((m) => m.scheduledAt.startsWith('2015-11-18'))!;
  planId = (await ok<{ actionPlans: { nodes: { id: string; year: number }[] } }>(url, 'query($t: ID!) { actionPlans(tenantId: $t, first: 50) { nodes { id year } } }', { t: TENANTS.metz.id }, await as('metz', 'ANALYST'))).actionPlans.nodes.find((p) => p.year === 2016)!.id;
});
afterAll(() => platform?.stop());

describe('the 2015 CLU, as an analyst reads it', () => {
  it('has its decision, colleges, members, agenda, attendance, minutes, proposals and the actions that came of them', async () => {
    type Data = { committees: { nodes: { name: string; decisionDate: string; colleges: { code: string }[]; members: { nodes: { contact: string | null }[] }; installed: { totalCount: number }; meetings: { nodes: { scheduledAt: string; place: string; status: string; agenda: unknown[]; invitations: { nodes: { attendance: string; signed: boolean }[] }; minutes: { status: string; caseOfficers: string; sections: { conclusions: string }[] }; proposals: { nodes: { text: string; routings: { bodyName: string | null; directorate: { id: string } | null }[]; actions: { reference: string }[] }[] } }[] } }[] } };
    const data = await ok<Data>(url, CLU_QUERY, { tenant: TENANTS.metz.id }, await as('metz', 'ANALYST'));
    const committee = data.committees.nodes[0]!;
    expect(committee.decisionDate).toBe('2015-10-14');
    expect(committee.colleges.map((c) => c.code)).toEqual(['COLLECTIVITES', 'USAGERS', 'PROFESSIONNELS', 'ADMINISTRATION']);
    expect(committee.installed.totalCount).toBe(15);
    const meeting = committee.meetings.nodes.find((m) => m.scheduledAt.startsWith('2015-11-18'))!;
    expect(meeting.place).toContain('salle Verlaine');
    expect(meeting.agenda).toHaveLength(5);
    expect(meeting.invitations.nodes.filter((i) => i.signed)).toHaveLength(3);
    expect(meeting.minutes.status).toBe('PUBLISHED');
    expect(meeting.minutes.caseOfficers).toContain('VARNEROT');
    expect(meeting.minutes.sections[1]!.conclusions).toContain('dégradation');
    const texts = meeting.proposals.nodes.map((p) => p.text).join('\n');
    for (const fragment of ["heures d'affluence", 'élus d’opposition'.replace('’', "'"), 'Paralysés de France', 'tablette']) expect(texts).toContain(fragment);
    const opposition = meeting.proposals.nodes.find((p) => p.text.includes("élus d'opposition"))!;
    expect(opposition.routings).toEqual(expect.arrayContaining([{ bodyName: 'Comité de pilotage de la politique qualité', directorate: null }, { bodyName: null, directorate: { id: directorateId('metz', 'DCTAJ') } }]));
    expect(meeting.proposals.nodes.flatMap((p) => p.actions.map((a) => a.reference)).sort()).toEqual(['A-02', 'A-07', 'A-09']);
    expect(JSON.stringify(data)).not.toMatch(/@|\b0\d( ?\d\d){4}\b/);
  });

  it('hides Metz’s committee from Forbach', async () => {
    const data = await ok<{ committee: unknown; committees: { nodes: { name: string }[] } }>(url, 'query($id: ID!) { committee(id: $id) { id } committees { nodes { name } } }', { id: clu.id }, await as('forbach', 'MANAGER'));
    expect(data.committee).toBeNull();
    expect(data.committees.nodes.map((c) => c.name)).toEqual(['Comité local des usagers de la sous-préfecture de Forbach']);
  });

  it('counts the next meeting due from the last one held, with the follow-ups due before it', async () => {
    const data = await ok<{ committeeCadence: { totalCount: number; nodes: { committee: { id: string }; state: string; lastMeetingDate: string; dueBy: string; followUpsDue: { title: string; dueDate: string }[] }[] } }>(url, '{ committeeCadence(all: true) { totalCount nodes { committee { id } state lastMeetingDate dueBy followUpsDue { title dueDate } } } }', {}, await as('metz', 'ANALYST'));
    const metz = data.committeeCadence.nodes.find((c) => c.committee.id === clu.id)!;
    const last = clu.meetings.nodes.map((m) => m.scheduledAt.slice(0, 10)).sort().at(-1)!;
    expect(last <= AS_OF && last > addMonths(AS_OF, -12)).toBe(true);
    // No next meeting is scheduled yet: the cadence warns, from the last meeting's date.
    expect(metz).toMatchObject({ lastMeetingDate: last, dueBy: addMonths(last, 12) });
    expect(metz.state).toBe(TODAY > metz.dueBy ? 'OVERDUE' : 'NOT_SCHEDULED_IN_TIME');
    // The installation's follow-ups were done in 2016; those of the last meeting are due before the next.
    expect(metz.followUpsDue.map((f) => f.title)).not.toContain("Résultat de l'audit Qualipref 2.0 (AFNOR)");
    expect(metz.followUpsDue.length).toBeGreaterThan(0);
    for (const f of metz.followUpsDue) expect(f.dueDate > AS_OF && f.dueDate <= metz.dueBy, f.title).toBe(true);
  });
});

describe('members’ personal data', () => {
  it('shows a contact to the secretariat and administrators, never to analysts or other managers', async () => {
    const member = clu.members.nodes.find((m) => m.name === 'Nicole FRAUCK')!;
    await ok(url, 'mutation($id: ID!) { updateMember(id: $id, input: { contact: "contact@association.example" }) { id } }', { id: member.id }, await as('metz', 'MANAGER'));
    const read = async (token: string) =>
      (await ok<{ committee: { members: { nodes: { name: string; contact: string | null }[] } } }>(url, 'query($id: ID!) { committee(id: $id) { members(first: 100) { nodes { name contact } } } }', { id: clu.id }, token)).committee.members.nodes.find((m) => m.name === 'Nicole FRAUCK')!.contact;
    expect(await read(await as('metz', 'MANAGER'))).toBe('contact@association.example');
    expect(await read(await as('metz', 'ADMINISTRATOR'))).toBe('contact@association.example');
    expect(await read(await as('metz', 'ANALYST'))).toBeNull();
    expect(await read(await as('metz', 'AGENT'))).toBeNull();
  });

  it('keeps the history of who sat on a date', async () => {
    const member = clu.members.nodes.find((m) => m.name === 'Hubert GENIN')!;
    // The installation's mandates ran until the renewal of October 2016: his ends earlier.
    await ok(url, 'mutation($id: ID!) { updateMember(id: $id, input: { mandateEnd: "2016-03-31" }) { id } }', { id: member.id }, await as('metz', 'MANAGER'));
    const on = async (date: string) => (await ok<{ committee: { members: { totalCount: number } } }>(url, 'query($id: ID!, $d: String) { committee(id: $id) { members(onDate: $d) { totalCount } } }', { id: clu.id, d: date }, await as('metz', 'ANALYST'))).committee.members.totalCount;
    expect(await on('2016-01-15')).toBe(15);
    expect(await on('2016-06-01')).toBe(14);
  });

  it('accepts a seated member, refuses a former one at a later meeting, and stores nothing', async () => {
    const manager = await as('metz', 'MANAGER');
    const former = clu.members.nodes.find((m) => m.name === 'Hubert GENIN')!;
    const meetingCount = async () => (await ok<{ committee: { meetings: { totalCount: number } } }>(url, 'query($id: ID!) { committee(id: $id) { meetings { totalCount } } }', { id: clu.id }, manager)).committee.meetings.totalCount;
    const meetingsBefore = await meetingCount();
    const auditBefore = await auditCount();
    const schedule = 'mutation($c: ID!, $m: [ID!], $at: DateTimeISO!) { scheduleMeeting(committeeId: $c, input: { title: "Réunion", scheduledAt: $at, place: "Metz", agenda: [{ title: "Point" }], memberIds: $m }) { id } }';
    // His mandate ended on 31 March 2016 (the test above): a meeting of May 2016 no longer has him as a member.
    const refused = await gql(url, schedule, { c: clu.id, m: [former.id], at: '2016-05-10T08:00:00Z' }, manager);
    expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors![0]!.extensions).toMatchObject({ field: 'memberIds', reason: 'MANDATE_ENDED' });
    expect(refused.errors![0]!.message).toBe('Hubert GENIN ne peut pas être invité(e) : son mandat a pris fin le 31/03/2016, avant la réunion du 10/05/2016.');
    expect(await meetingCount()).toBe(meetingsBefore);
    expect(await auditCount()).toBe(auditBefore);
    // The last day of his mandate, he still sits.
    await ok(url, schedule, { c: clu.id, m: [former.id], at: '2016-03-31T08:00:00Z' }, manager);
    expect(await meetingCount()).toBe(meetingsBefore + 1);
  });
});

describe('bad input changes nothing', () => {
  it('refuses each with a clear code and writes no audit entry', async () => {
    const manager = await as('metz', 'MANAGER');
    const before = await auditCount();
    const meetingCount = async () => (await ok<{ committee: { meetings: { totalCount: number } } }>(url, 'query($id: ID!) { committee(id: $id) { meetings { totalCount } } }', { id: clu.id }, manager)).committee.meetings.totalCount;
    const meetingsBefore = await meetingCount();
    const meeting = installation;
    const early = await gql(url, 'mutation($c: ID!) { scheduleMeeting(committeeId: $c, input: { title: "Trop tôt", scheduledAt: "2015-09-01T09:00:00Z", place: "Metz", agenda: [{ title: "Point" }] }) { id } }', { c: clu.id }, manager);
    expect(codes(early)).toEqual(['BAD_USER_INPUT']);
    const college = clu.colleges[0]!.id;
    const mandate = await gql(url, 'mutation($c: ID!, $col: ID!) { addMember(committeeId: $c, input: { collegeId: $col, name: "X", organisation: "Y", mandateStart: "2016-01-01", mandateEnd: "2015-12-31" }) { id } }', { c: clu.id, col: college }, manager);
    expect(codes(mandate)).toEqual(['BAD_USER_INPUT']);
    const forbachMeeting = (await ok<{ committees: { nodes: { meetings: { nodes: { invitations: { nodes: { id: string }[] } }[] } }[] } }>(url, '{ committees { nodes { meetings { nodes { invitations { nodes { id } } } } } } }', {}, await as('forbach', 'MANAGER'))).committees.nodes[0]!.meetings.nodes[0]!;
    const notInvited = await gql(url, 'mutation($m: ID!, $i: ID!) { recordAttendance(meetingId: $m, entries: [{ invitationId: $i, attendance: PRESENT }]) { id } }', { m: meeting.id, i: forbachMeeting.invitations.nodes[0]!.id }, manager);
    expect(codes(notInvited)).toEqual(['BAD_USER_INPUT']);
    const published = await gql(url, 'mutation($id: ID!) { editMinutes(id: $id, input: { introduction: "Réécrite" }) { id } }', { id: meeting.minutes.id }, manager);
    expect(codes(published)).toEqual(['CONFLICT']);
    const unknown = await gql(url, 'mutation($m: ID!) { raiseProposal(meetingId: $m, input: { text: "Test", authorName: "X", routings: [{ directorateId: "0195a000-0000-7000-8000-00000000dead" }] }) { id } }', { m: meeting.id }, manager);
    expect(codes(unknown)).toEqual(['BAD_USER_INPUT']);
    const foreignDirectorate = await gql(url, 'mutation($m: ID!, $d: ID!) { raiseProposal(meetingId: $m, input: { text: "Test", authorName: "X", routings: [{ directorateId: $d }] }) { id } }', { m: meeting.id, d: directorateId('forbach', 'SPF') }, manager);
    expect(codes(foreignDirectorate)).toEqual(['BAD_USER_INPUT']);
    const forbachMember = (await ok<{ committees: { nodes: { members: { nodes: { id: string }[] } }[] } }>(url, '{ committees { nodes { members { nodes { id } } } } }', {}, await as('forbach', 'MANAGER'))).committees.nodes[0]!.members.nodes[0]!.id;
    const otherTenant = await gql(url, 'mutation($c: ID!, $m: ID!, $at: DateTimeISO!) { scheduleMeeting(committeeId: $c, input: { title: "R", scheduledAt: $at, place: "Metz", agenda: [{ title: "P" }], memberIds: [$m] }) { id } }', { c: clu.id, m: forbachMember, at: NEXT_MEETING }, manager);
    expect(codes(otherTenant)).toEqual(['BAD_USER_INPUT']);
    expect(await auditCount()).toBe(before);
    expect(await meetingCount()).toBe(meetingsBefore);
  });

  it('keeps analysts and other directorates out of the committee', async () => {
    const mutation = 'mutation($c: ID!, $at: DateTimeISO!) { scheduleMeeting(committeeId: $c, input: { title: "R", scheduledAt: $at, place: "Metz", agenda: [{ title: "P" }] }) { id } }';
    const variables = { c: clu.id, at: NEXT_MEETING };
    expect(codes(await gql(url, mutation, variables, await as('metz', 'ANALYST')))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(url, mutation, variables, await as('metz', 'AGENT')))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(url, mutation, variables, await as('forbach', 'MANAGER')))).toEqual(['NOT_FOUND']);
  });
});

describe('a meeting from agenda to published minutes, then corrected', () => {
  it('runs the whole cycle and keeps every version', async () => {
    const manager = await as('metz', 'MANAGER');
    // Members seated on the meeting's day (a mandate ended or not begun by then is refused).
    const seated = await ok<{ committee: { members: { nodes: { id: string }[] } } }>(url, 'query($id: ID!) { committee(id: $id) { members(onDate: "2016-06-14", first: 3) { nodes { id } } } }', { id: clu.id }, manager);
    const memberIds = seated.committee.members.nodes.map((m) => m.id);
    expect(memberIds).toHaveLength(3);
    const scheduled = await ok<{ scheduleMeeting: { id: string; status: string; agenda: { id: string }[]; invitations: { nodes: { id: string; name: string }[]; totalCount: number; pageInfo: { endCursor: string } } } }>(
      url,
      'mutation($c: ID!, $m: [ID!]) { scheduleMeeting(committeeId: $c, input: { title: "Réunion 2016", scheduledAt: "2016-06-14T08:00:00Z", place: "Salle Verlaine", agenda: [{ title: "Résultat de l’audit" }, { title: "Plan d’actions 2016" }], memberIds: $m, agentInvitees: [{ name: "Agent MACAP", organisation: "DRMM" }] }) { id status agenda { id } invitations(first: 2) { totalCount nodes { id name } pageInfo { endCursor } } } }',
      { c: clu.id, m: memberIds },
      manager,
    );
    const meeting = scheduled.scheduleMeeting;
    // The invitees are a page like every list: the second page follows the first.
    expect(meeting.invitations.totalCount).toBe(4);
    const rest = await ok<{ meeting: { invitations: { nodes: { id: string; name: string }[]; pageInfo: { hasNextPage: boolean } } } }>(url, 'query($id: ID!, $after: String) { meeting(id: $id) { invitations(first: 2, after: $after) { nodes { id name } pageInfo { hasNextPage } } } }', { id: meeting.id, after: meeting.invitations.pageInfo.endCursor }, manager);
    expect(rest.meeting.invitations.pageInfo.hasNextPage).toBe(false);
    const invitees = [...meeting.invitations.nodes, ...rest.meeting.invitations.nodes];
    expect(new Set(invitees.map((i) => i.id)).size).toBe(4);
    expect(codes(await gql(url, 'mutation($m: ID!) { draftMinutes(meetingId: $m, input: {}) { id } }', { m: meeting.id }, manager))).toEqual(['CONFLICT']);
    const [a, b, c, d] = invitees;
    const attendance = await gql(url, 'mutation($m: ID!, $e: [AttendanceInput!]!) { recordAttendance(meetingId: $m, entries: $e) { attendance signed representedBy } }', {
      m: meeting.id,
      e: [
        { invitationId: a!.id, attendance: 'PRESENT', signed: true },
        { invitationId: b!.id, attendance: 'EXCUSED' },
        { invitationId: c!.id, attendance: 'REPRESENTED', representedBy: 'Son adjoint', signed: true },
        { invitationId: d!.id, attendance: 'ABSENT' },
      ],
    }, manager);
    expect(attendance.errors).toBeUndefined();
    const signedAbsent = await gql(url, 'mutation($m: ID!, $i: ID!) { recordAttendance(meetingId: $m, entries: [{ invitationId: $i, attendance: ABSENT, signed: true }]) { id } }', { m: meeting.id, i: d!.id }, manager);
    expect(codes(signedAbsent)).toEqual(['BAD_USER_INPUT']);

    const draft = await ok<{ draftMinutes: { id: string; version: number; status: string } }>(url, 'mutation($m: ID!, $s: [MinutesSectionInput!]) { draftMinutes(meetingId: $m, input: { caseOfficers: "Mission MACAP", sections: $s }) { id version status } }', {
      m: meeting.id,
      s: [{ agendaItemId: meeting.agenda[0]!.id, presentation: "L'AFNOR a audité la préfecture.", conclusions: 'Label obtenu.' }],
    }, manager);
    expect(draft.draftMinutes).toMatchObject({ version: 1, status: 'DRAFT' });
    expect(codes(await gql(url, 'mutation($id: ID!) { validateMinutes(id: $id) { id } }', { id: draft.draftMinutes.id }, manager))).toEqual(['BAD_USER_INPUT']);
    await ok(url, 'mutation($id: ID!, $s: [MinutesSectionInput!]) { editMinutes(id: $id, input: { sections: $s }) { id } }', { id: draft.draftMinutes.id, s: [{ agendaItemId: meeting.agenda[1]!.id, conclusions: 'Plan présenté.' }] }, manager);
    await ok(url, 'mutation($id: ID!) { validateMinutes(id: $id) { status } }', { id: draft.draftMinutes.id }, manager);
    await ok(url, 'mutation($id: ID!) { publishMinutes(id: $id) { status } }', { id: draft.draftMinutes.id }, manager);
    expect(codes(await gql(url, 'mutation($id: ID!) { editMinutes(id: $id, input: { closing: "x" }) { id } }', { id: draft.draftMinutes.id }, manager))).toEqual(['CONFLICT']);

    const correction = await ok<{ correctMinutes: { id: string; version: number; status: string } }>(url, 'mutation($id: ID!) { correctMinutes(id: $id) { id version status } }', { id: draft.draftMinutes.id }, manager);
    expect(correction.correctMinutes).toMatchObject({ version: 2, status: 'DRAFT' });
    await ok(url, 'mutation($id: ID!) { editMinutes(id: $id, input: { closing: "Corrigé." }) { id } }', { id: correction.correctMinutes.id }, manager);
    await ok(url, 'mutation($id: ID!) { validateMinutes(id: $id) { id } }', { id: correction.correctMinutes.id }, manager);
    await ok(url, 'mutation($id: ID!) { publishMinutes(id: $id) { id } }', { id: correction.correctMinutes.id }, manager);
    const versions = await ok<{ meeting: { status: string; minutes: { version: number }; minutesVersions: { version: number; status: string; closing: string | null }[] } }>(url, 'query($id: ID!) { meeting(id: $id) { status minutes { version } minutesVersions { version status closing } } }', { id: meeting.id }, await as('metz', 'ANALYST'));
    expect(versions.meeting).toEqual({ status: 'MINUTES_PUBLISHED', minutes: { version: 2 }, minutesVersions: [{ version: 2, status: 'PUBLISHED', closing: 'Corrigé.' }, { version: 1, status: 'SUPERSEDED', closing: null }] });
  });
});

describe('proposals and the action plan', () => {
  it('lets a directorate answer what is routed to it, and only that', async () => {
    const agent = await as('metz', 'AGENT');
    const proposals = installation.proposals;
    const opposition = proposals.nodes.find((p) => p.text.includes("élus d'opposition"))!;
    const tablet = proposals.nodes.find((p) => p.text.includes('tablette'))!;
    const answered = await ok<{ updateProposalStatus: { status: string; history: { toStatus: string; changedBy: { __typename: string; id: string } | null }[] } }>(url, 'mutation($id: ID!) { updateProposalStatus(id: $id, status: ACCEPTED, note: "Avis favorable de la DCTAJ") { status history { toStatus changedBy { __typename id } } } }', { id: opposition.id }, agent);
    expect(answered.updateProposalStatus.history.map((h) => h.toStatus)).toEqual(['SUBMITTED', 'UNDER_STUDY', 'ACCEPTED']);
    // Who moved it is a User of the organization service, the agent signed in.
    expect(answered.updateProposalStatus.history.at(-1)!.changedBy).toEqual({ __typename: 'User', id: await userId(agent) });
    expect(codes(await gql(url, 'mutation($id: ID!) { updateProposalStatus(id: $id, status: ACCEPTED) { id } }', { id: tablet.id }, agent))).toEqual(['FORBIDDEN']);
    const skipped = await gql(url, 'mutation($id: ID!) { updateProposalStatus(id: $id, status: DONE) { id } }', { id: tablet.id }, await as('metz', 'MANAGER'));
    expect(codes(skipped)).toEqual(['CONFLICT']);
    // The states as the DRMM module names them, never their codes.
    expect(skipped.errors![0]!.message).toBe('Une proposition ne peut pas passer de « À l’étude » à « Réalisée ».');
    const routed = await ok<{ proposals: { totalCount: number } }>(url, 'query($d: ID!, $m: ID!) { proposals(filter: { directorateId: $d, meetingId: $m }) { totalCount } }', { d: directorateId('metz', 'DCTAJ'), m: installation.id }, agent);
    expect(routed.proposals.totalCount).toBe(1);
  });

  it('lets the directorate in charge report progress with a dated history, and filters the plan', async () => {
    const agent = await as('metz', 'AGENT');
    const list = await ok<{ actions: { nodes: { id: string; reference: string; overdue: boolean }[] } }>(url, 'query($p: ID!) { actions(first: 50, filter: { planId: $p }) { nodes { id reference overdue } } }', { p: planId }, agent);
    const a08 = list.actions.nodes.find((a) => a.reference === 'A-08')!;
    const a02 = list.actions.nodes.find((a) => a.reference === 'A-02')!;
    const progressed = await ok<{ reportActionProgress: { status: string; progress: number; progressHistory: { progress: number; recordedBy: { __typename: string; id: string } | null }[] } }>(url, 'mutation($id: ID!) { reportActionProgress(id: $id, progress: 50, note: "Questionnaire élus enrichi") { status progress progressHistory { progress recordedBy { __typename id } } } }', { id: a08.id }, agent);
    expect(progressed.reportActionProgress).toMatchObject({ status: 'IN_PROGRESS', progress: 50 });
    expect(progressed.reportActionProgress.progressHistory.map((p) => p.progress)).toEqual([0, 50]);
    expect(progressed.reportActionProgress.progressHistory.at(-1)!.recordedBy).toEqual({ __typename: 'User', id: await userId(agent) });
    expect(codes(await gql(url, 'mutation($id: ID!) { reportActionProgress(id: $id, progress: 70) { id } }', { id: a02.id }, agent))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(url, 'mutation($id: ID!) { reportActionProgress(id: $id, progress: 130) { id } }', { id: a08.id }, agent))).toEqual(['BAD_USER_INPUT']);
    const overdue = await ok<{ actions: { nodes: { reference: string }[] } }>(url, 'query($p: ID!) { actions(first: 50, filter: { overdue: true, planId: $p }) { nodes { reference } } }', { p: planId }, agent);
    expect(overdue.actions.nodes.map((a) => a.reference)).toEqual(['A-02', 'A-03', 'A-04', 'A-06', 'A-08', 'A-09']);
    const dctaj = await ok<{ actions: { totalCount: number } }>(url, 'query($d: ID!, $p: ID!) { actions(filter: { ownerDirectorateId: $d, planId: $p }) { totalCount } }', { d: directorateId('metz', 'DCTAJ'), p: planId }, agent);
    expect(dctaj.actions.totalCount).toBe(1);
  });

  it('exports the plan as CSV and imports it back: edits apply, dry run writes nothing, a bad row rolls everything back unless PARTIAL', async () => {
    const manager = await as('metz', 'MANAGER');
    type Report = { mode: string; dryRun: boolean; applied: boolean; rows: number; created: number; updated: number; unchanged: number; rejected: number; issues: { line: number; field: string | null; code: string; message: string }[] };
    const IMPORT = 'mutation($p: ID!, $csv: String!, $mode: ImportMode, $dry: Boolean) { importActionPlanCsv(planId: $p, csv: $csv, mode: $mode, dryRun: $dry) { mode dryRun applied rows created updated unchanged rejected issues { line field code message } } }';
    const importCsv = async (csv: string, vars: { mode?: string; dry?: boolean } = {}) => (await ok<{ importActionPlanCsv: Report }>(url, IMPORT, { p: planId, csv, ...vars }, manager)).importActionPlanCsv;
    const exported = async () => (await ok<{ actionPlan: { csv: string } }>(url, 'query($id: ID!) { actionPlan(id: $id) { csv } }', { id: planId }, manager)).actionPlan.csv;
    const count = async () => (await ok<{ actionPlan: { actions: { totalCount: number } } }>(url, 'query($id: ID!) { actionPlan(id: $id) { actions { totalCount } } }', { id: planId }, manager)).actionPlan.actions.totalCount;

    const csv = await exported();
    const lines = csv.split(/\r?\n/).filter(Boolean);
    expect(lines).toHaveLength(10);
    expect(await importCsv(csv)).toEqual({ mode: 'ALL_OR_NOTHING', dryRun: false, applied: true, rows: 9, created: 0, updated: 0, unchanged: 9, rejected: 0, issues: [] });

    const edited = `${csv.replace('Favoriser la prise de rendez-vous par internet', 'Ouvrir la prise de rendez-vous en ligne pour les titres')}A-10;Afficher les heures creuses dans le hall;;${directorateId('metz', 'DCTAS')};31/12/2016;Prévue;0;Autre;;;\r\n`;
    const dry = await importCsv(edited, { dry: true });
    expect(dry).toMatchObject({ dryRun: true, applied: false, created: 1, updated: 1, unchanged: 8, issues: [] });
    expect(await count()).toBe(9);
    expect(await exported()).toBe(csv);
    expect(await importCsv(edited)).toMatchObject({ applied: true, created: 1, updated: 1, unchanged: 8 });
    expect(await count()).toBe(10);

    const good = `A-13;'=SOMME(A1:A2) à revoir;;${directorateId('metz', 'DCTAS')};2016-12-31;Prévue;0;Autre;;;\r\n`;
    const broken = `${await exported()}A-11;Sans direction;;pas-une-direction;2016-12-31;PLANNED;0;OTHER;;;\r\nA-12;=Statut inconnu;;${directorateId('metz', 'DCTAS')};2016-12-31;PEUT-ETRE;0;OTHER;;;\r\n${good}`;
    const refused = await importCsv(broken);
    expect(refused).toMatchObject({ mode: 'ALL_OR_NOTHING', applied: false, created: 0, rejected: 13 });
    expect(refused.issues.map((i) => [i.line, i.field, i.code])).toEqual([
      [12, 'ownerDirectorateId', 'BAD_USER_INPUT'],
      [13, 'status', 'INVALID_ENUM'],
    ]);
    expect(refused.issues[1]!.message).toBe('« Statut » : « PEUT-ETRE » n’est pas une valeur connue (« Prévue », « En cours », « Réalisée », « Abandonnée »).');
    expect(await count()).toBe(10);

    const partial = await importCsv(broken, { mode: 'PARTIAL' });
    expect(partial).toMatchObject({ mode: 'PARTIAL', applied: true, rows: 13, created: 1, unchanged: 10, rejected: 2 });
    expect(partial.issues.map((i) => i.line)).toEqual([12, 13]);
    expect(await count()).toBe(11);
    const after = await ok<{ actions: { nodes: { reference: string; title: string }[] } }>(url, 'query($p: ID!) { actions(first: 50, filter: { planId: $p }) { nodes { reference title } } }', { p: planId }, manager);
    expect(after.actions.nodes.find((a) => a.reference === 'A-13')!.title).toBe('=SOMME(A1:A2) à revoir');

    // Export then import gives back the same values, formula-like text included.
    const again = await exported();
    expect(again).toContain("'=SOMME(A1:A2) à revoir");
    expect(await importCsv(again)).toMatchObject({ applied: true, created: 0, updated: 0, unchanged: 11, issues: [] });
    expect(await exported()).toBe(again);
    expect(codes(await gql(url, 'mutation($p: ID!) { importActionPlanCsv(planId: $p, csv: "a,b\\n1,2") { created } }', { p: planId }, manager))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('documents', () => {
  it('serves the minutes and the attendance sheet as PDF to readers of the tenant only', async () => {
    const base = url.replace('/graphql', '');
    const meeting = installation;
    const get = (path: string, token?: string) => fetch(`${base}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    const minutes = await get(`/documents/minutes/${meeting.minutes.id}.pdf`, await as('metz', 'ANALYST'));
    expect(minutes.status).toBe(200);
    expect(minutes.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await minutes.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    const sheet = await get(`/documents/meetings/${meeting.id}/attendance-sheet.pdf`, await as('metz', 'MANAGER'));
    expect(sheet.status).toBe(200);
    expect((await get(`/documents/minutes/${meeting.minutes.id}.pdf`)).status).toBe(401);
    expect((await get(`/documents/minutes/${meeting.minutes.id}.pdf`, await as('forbach', 'ANALYST'))).status).toBe(404);
    expect((await get('/documents/minutes/not-an-id.pdf', await as('metz', 'ANALYST'))).status).toBe(404);
  });

  const base = () => url.replace('/graphql', '');
  /** The PDF's text, whitespace collapsed (a wrapped line reads as a space), and its raw bytes. */
  const pdf = async (path: string, token: string) => {
    const response = await fetch(`${base()}${path}`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    const bytes = Buffer.from(await response.arrayBuffer());
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
    return { text: text.replace(/\s+/g, ' '), bytes: bytes.toString('latin1') };
  };
  const macap = DIRECTORATES.find((d) => d.code === 'DRMM')!.services.find((s) => s.code === 'MACAP')!;

  it('prints the minutes in the préfecture\'s layout: the bloc-marque, the State\'s block, the directorate and its mission, the case officers, the version', async () => {
    const { text, bytes } = await pdf(`/documents/minutes/${installation.minutes.id}.pdf`, await as('metz', 'ANALYST'));
    for (const expected of [
      'RÉPUBLIQUE FRANÇAISE',
      'PRÉFET DE LA MOSELLE',
      'METZ, le 23 novembre 2015',
      'Préfecture',
      'Direction des ressources et des moyens mutualisés',
      macap.name,
      "Relevé de conclusions : Réunion d'installation",
      'Affaire suivie par Mme VARNEROT et M. RAULIN',
      'macap@demo.qualipref.test',
      'Version 1 publiée le 23 novembre 2015',
    ]) expect(text).toContain(expected);
    // The Marianne typeface is embedded, and no standard font is used.
    expect(bytes).toMatch(/\/BaseFont \/[A-Z]{6}\+Marianne-Bold/);
    expect(bytes).toMatch(/\/BaseFont \/[A-Z]{6}\+Marianne-Regular/);
    expect(bytes).not.toContain('Helvetica');
  });

  it('says which version every copy is, dates on the tenant\'s clock with « 1er », and never cuts an organisation\'s name', async () => {
    const manager = await as('metz', 'MANAGER');
    const organisation = 'Direction de la citoyenneté, des titres et de l’accueil des services, bureau des élections et de la réglementation générale';
    const scheduled = await ok<{ scheduleMeeting: { id: string; agenda: { id: string }[] } }>(
      url,
      'mutation($c: ID!, $o: String!) { scheduleMeeting(committeeId: $c, input: { title: "Réunion de décembre", scheduledAt: "2016-12-01T09:00:00Z", place: "Salle Verlaine", agenda: [{ title: "Bilan" }], agentInvitees: [{ name: "Agent DCTAS", organisation: $o }] }) { id agenda { id } } }',
      { c: clu.id, o: organisation },
      manager,
    );
    const meetingId = scheduled.scheduleMeeting.id;
    const sheet = await pdf(`/documents/meetings/${meetingId}/attendance-sheet.pdf`, manager);
    expect(sheet.text).toContain('PRÉFET DE LA MOSELLE');
    expect(sheet.text).toContain('METZ, le 1er décembre 2016');
    // 09:00 UTC is 10 h 00 in Metz.
    expect(sheet.text).toContain('Réunion de décembre, le 1er décembre 2016 à 10 h 00, Salle Verlaine');
    expect(sheet.text).toContain(organisation);
    expect(sheet.text).not.toContain('…');

    await ok(url, 'mutation($id: ID!) { markMeetingHeld(id: $id) { id } }', { id: meetingId }, manager);
    const drafted = await ok<{ draftMinutes: { id: string } }>(url, 'mutation($m: ID!, $s: [MinutesSectionInput!]) { draftMinutes(meetingId: $m, input: { caseOfficers: "Mission MACAP", caseOfficerContacts: "macap@demo.qualipref.test", sections: $s }) { id } }', { m: meetingId, s: [{ agendaItemId: scheduled.scheduleMeeting.agenda[0]!.id, conclusions: 'Bilan présenté.' }] }, manager);
    const id = drafted.draftMinutes.id;
    expect((await pdf(`/documents/minutes/${id}.pdf`, manager)).text).toMatch(/Version 1 : projet du \d{1,2}(er)? \p{L}+ \d{4}/u);
    await ok(url, 'mutation($id: ID!) { validateMinutes(id: $id) { id } }', { id }, manager);
    await ok(url, 'mutation($id: ID!) { publishMinutes(id: $id) { id } }', { id }, manager);
    const correction = await ok<{ correctMinutes: { id: string; caseOfficerContacts: string | null } }>(url, 'mutation($id: ID!) { correctMinutes(id: $id) { id caseOfficerContacts } }', { id }, manager);
    expect(correction.correctMinutes.caseOfficerContacts).toBe('macap@demo.qualipref.test');
    expect((await pdf(`/documents/minutes/${id}.pdf`, manager)).text).toMatch(/Version 1 publiée le \d{1,2}(er)? \p{L}+ \d{4}/u);
    expect((await pdf(`/documents/minutes/${correction.correctMinutes.id}.pdf`, manager)).text).toMatch(/Version 2 : projet du /);
    await ok(url, 'mutation($id: ID!) { validateMinutes(id: $id) { id } }', { id: correction.correctMinutes.id }, manager);
    expect((await pdf(`/documents/minutes/${correction.correctMinutes.id}.pdf`, manager)).text).toMatch(/Version 2 validée le .+, non publiée/);
    await ok(url, 'mutation($id: ID!) { publishMinutes(id: $id) { id } }', { id: correction.correctMinutes.id }, manager);
    expect((await pdf(`/documents/minutes/${id}.pdf`, manager)).text).toMatch(/Version 1 publiée le .+, remplacée par une version ultérieure/);
    expect((await pdf(`/documents/minutes/${correction.correctMinutes.id}.pdf`, manager)).text).toMatch(/Version 2 publiée le \d{1,2}(er)? \p{L}+ \d{4}/u);
  });

  it('carries a sous-préfecture\'s name beneath the State\'s block', async () => {
    const token = await as('forbach', 'MANAGER');
    const data = await ok<{ committees: { nodes: { meetings: { nodes: { id: string }[] } }[] } }>(url, 'query($t: ID) { committees(tenantId: $t) { nodes { meetings(first: 1) { nodes { id } } } } }', { t: TENANTS.forbach.id }, token);
    const meetingId = data.committees.nodes[0]!.meetings.nodes[0]!.id;
    const { text } = await pdf(`/documents/meetings/${meetingId}/attendance-sheet.pdf`, token);
    expect(text).toContain('PRÉFET DE LA MOSELLE Sous-préfecture de Forbach');
    expect(text).toContain('FORBACH, le');
  });

  it('records the service running a committee, of its owner directorate only', async () => {
    const manager = await as('metz', 'MANAGER');
    const read = await ok<{ committee: { secretariatService: { id: string } | null } }>(url, 'query($id: ID!) { committee(id: $id) { secretariatService { id } } }', { id: clu.id }, manager);
    expect(read.committee.secretariatService).toEqual({ id: macap.id });
    const other = DIRECTORATES.find((d) => d.code === 'DCTAJ')!.services[0]!.id;
    const refused = await gql(url, 'mutation($id: ID!, $s: ID!) { updateCommittee(id: $id, input: { secretariatServiceId: $s }) { id } }', { id: clu.id, s: other }, manager);
    expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors?.[0]?.extensions?.field).toBe('secretariatServiceId');
  });
});
