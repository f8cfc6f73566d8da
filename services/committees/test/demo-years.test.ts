import { schemaDigest } from '@qualipref/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths, toCalendarDate } from '@qualipref/calendar';
import { DIRECTORATES, TENANTS, type TenantKey } from '@qualipref/demo-fixtures';
import { createScratchDatabase, startSubgraph, withClient } from '@qualipref/server-kit';
import { committees } from '../src/subgraph.js';
import { AS_OF, ok, signIn, startCommittees, type Platform } from './helpers.js';

let platform: Platform;
const tokens = {} as Record<TenantKey, string>;
const tenants = Object.keys(TENANTS) as TenantKey[];
const years = Array.from({ length: Number(AS_OF.slice(0, 4)) - 2016 + 1 }, (_, i) => 2016 + i);
const parisDay = (instant: string) => toCalendarDate(new Date(instant));

beforeAll(async () => {
  platform = await startCommittees(AS_OF);
  for (const tenant of tenants) tokens[tenant] = await signIn(platform.organizationUrl, tenant, 'MANAGER');
}, 180_000);
afterAll(async () => platform?.stop());

interface MeetingRow {
  id: string;
  title: string;
  scheduledAt: string;
  status: string;
  agenda: { position: number; title: string }[];
  invitations: { nodes: { name: string; attendance: string; signed: boolean; representedBy: string | null }[] };
  minutes: { version: number; status: string; validatedAt: string | null; publishedAt: string | null; sections: { agendaItem: { position: number }; presentation: string; conclusions: string }[] } | null;
  proposals: { nodes: { authorName: string; text: string; status: string; createdAt: string }[] };
}

interface ActionRow {
  reference: string;
  dueDate: string;
  status: string;
  progress: number;
  originKind: string;
  ownerDirectorate: { id: string };
  originMeeting: { id: string } | null;
  originProposal: { text: string } | null;
  progressHistory: { recordedAt: string; progress: number; status: string }[];
}

const CLU = `query($t: ID!) { committees(tenantId: $t) { nodes { id
  founders: members(onDate: "2015-11-18", first: 100) { nodes { name } }
  meetings(first: 50) { nodes { id title scheduledAt status agenda { position title } invitations(first: 100) { nodes { name attendance signed representedBy } }
    minutes { version status validatedAt publishedAt sections { agendaItem { position } presentation conclusions } }
    proposals(first: 20) { nodes { authorName text status createdAt } } } } } }
  actionPlans(tenantId: $t, first: 50) { nodes { year title actions(first: 100) { nodes { reference dueDate status progress originKind ownerDirectorate { id } originMeeting { id } originProposal { text }
    progressHistory { recordedAt progress status } } } } } }`;

type CluData = {
  committees: { nodes: { id: string; founders: { nodes: { name: string }[] }; meetings: { nodes: MeetingRow[] } }[] };
  actionPlans: { nodes: { year: number; title: string; actions: { nodes: ActionRow[] } }[] };
};

const read = (tenant: TenantKey) => ok<CluData>(platform.url, CLU, { t: TENANTS[tenant].id }, tokens[tenant]);
const inOffice = async (tenant: TenantKey, committeeId: string, day: string) =>
  (await ok<{ committee: { members: { nodes: { name: string }[] } } }>(platform.url, 'query($id: ID!, $d: String) { committee(id: $id) { members(onDate: $d, first: 100) { nodes { name } } } }', { id: committeeId, d: day }, tokens[tenant])).committee.members.nodes.map((m) => m.name);

describe(`the demo's CLUs up to ${AS_OF}`, () => {
  it('meet once a year in November, inviting the members in office, with the attendance recorded and the minutes published item by item', async () => {
    for (const tenant of tenants) {
      const { committees } = await read(tenant);
      const clu = committees.nodes[0]!;
      const later = clu.meetings.nodes.filter((m) => m.scheduledAt >= '2016-01-01');
      expect(later.map((m) => Number(m.scheduledAt.slice(0, 4))).sort(), tenant).toEqual(years);
      const founders = new Set(clu.founders.nodes.map((m) => m.name));
      // Each meeting's proposals are new ones: a proposal is found again by its text.
      const texts = later.flatMap((m) => m.proposals.nodes.map((p) => p.text));
      expect(texts.length, tenant).toBeGreaterThanOrEqual(later.length);
      expect(new Set(texts).size, tenant).toBe(texts.length);
      for (const meeting of later) {
        const day = parisDay(meeting.scheduledAt);
        const label = `${tenant} ${day}`;
        expect(day.slice(5, 7), label).toBe('11');
        expect(meeting.status, label).toBe('MINUTES_PUBLISHED');
        expect(meeting.agenda.length, label).toBeGreaterThanOrEqual(3);
        expect(meeting.agenda.map((a) => a.position)).toEqual(meeting.agenda.map((_, i) => i + 1));
        // Everyone in office that day is invited, and the sheet says what became of each.
        expect(meeting.invitations.nodes.map((i) => i.name).sort(), label).toEqual((await inOffice(tenant, clu.id, day)).sort());
        expect(meeting.invitations.nodes.some((i) => i.attendance === 'PRESENT'), label).toBe(true);
        for (const i of meeting.invitations.nodes) {
          expect(i.attendance).not.toBe('PENDING');
          expect(i.signed).toBe(i.attendance === 'PRESENT' || i.attendance === 'REPRESENTED');
          expect(i.representedBy !== null).toBe(i.attendance === 'REPRESENTED');
        }
        // Invented people only after the installation: none of its members sits again.
        for (const name of [...meeting.invitations.nodes.map((i) => i.name), ...meeting.proposals.nodes.map((p) => p.authorName)]) expect(tenant !== 'metz' || !founders.has(name), `${label} ${name}`).toBe(true);
        const minutes = meeting.minutes!;
        expect(minutes).toMatchObject({ version: 1, status: 'PUBLISHED' });
        expect(Date.parse(minutes.validatedAt!)).toBeGreaterThan(Date.parse(meeting.scheduledAt));
        expect(Date.parse(minutes.publishedAt!)).toBeGreaterThan(Date.parse(minutes.validatedAt!));
        expect(minutes.sections.map((s) => s.agendaItem.position).sort((a, b) => a - b), label).toEqual(meeting.agenda.map((a) => a.position));
        for (const s of minutes.sections) expect(s.presentation.trim() && s.conclusions.trim(), label).toBeTruthy();
        for (const p of meeting.proposals.nodes) expect(parisDay(p.createdAt)).toBe(day);
      }
    }
  });

  it('adopt at each meeting the next year’s action plan, whose actions fall due after the meeting and move on with a dated history', async () => {
    const statuses = new Set<string>();
    for (const tenant of tenants) {
      const { committees, actionPlans } = await read(tenant);
      const meetings = committees.nodes[0]!.meetings.nodes.filter((m) => m.scheduledAt >= '2016-01-01');
      const own = new Set(DIRECTORATES.filter((d) => d.tenant === tenant).map((d) => d.id));
      for (const meeting of meetings) {
        const year = Number(meeting.scheduledAt.slice(0, 4));
        const plan = actionPlans.nodes.find((p) => p.year === year + 1);
        const label = `${tenant} plan ${year + 1}`;
        expect(plan?.title, label).toBe(`Plan d'actions ${year + 1}`);
        expect(plan!.actions.nodes.length, label).toBeGreaterThanOrEqual(2);
        expect(plan!.actions.nodes.some((a) => a.originMeeting?.id === meeting.id), label).toBe(true);
        const proposals = new Set(meeting.proposals.nodes.map((p) => p.text));
        for (const action of plan!.actions.nodes) {
          statuses.add(action.status);
          expect(action.dueDate > parisDay(meeting.scheduledAt), `${label} ${action.reference}`).toBe(true);
          expect(own.has(action.ownerDirectorate.id), `${label} ${action.reference}`).toBe(true);
          if (action.originProposal) expect(proposals.has(action.originProposal.text)).toBe(true);
          const history = action.progressHistory;
          expect(history[0]).toMatchObject({ progress: 0, status: 'PLANNED' });
          expect(Date.parse(history[0]!.recordedAt)).toBeGreaterThanOrEqual(Date.parse(meeting.scheduledAt));
          for (const [before, after] of history.slice(1).map((h, i) => [history[i]!, h] as const)) {
            expect(Date.parse(after.recordedAt)).toBeGreaterThan(Date.parse(before.recordedAt));
            expect(after.progress).toBeGreaterThanOrEqual(before.progress);
          }
          expect(history.at(-1)).toMatchObject({ progress: action.progress, status: action.status });
          if (action.status === 'DONE') expect(action.progress).toBe(100);
        }
      }
    }
    expect([...statuses]).toEqual(expect.arrayContaining(['PLANNED', 'IN_PROGRESS', 'DONE']));
  });

  it('keep the cadence: the next meeting is due within a year of the last, with the follow-ups due before it', async () => {
    for (const tenant of tenants) {
      const data = await ok<{ committeeCadence: { nodes: { lastMeetingDate: string; dueBy: string; followUpsDue: { dueDate: string }[] }[] }; committees: { nodes: { followUps: { dueDate: string; done: boolean }[] }[] } }>(
        platform.url,
        '{ committeeCadence(all: true) { nodes { lastMeetingDate dueBy followUpsDue { dueDate } } } committees { nodes { followUps { dueDate done } } } }',
        {},
        tokens[tenant],
      );
      const cadence = data.committeeCadence.nodes[0]!;
      expect(cadence.lastMeetingDate <= AS_OF && cadence.lastMeetingDate > addMonths(AS_OF, -12), tenant).toBe(true);
      expect(cadence.dueBy).toBe(addMonths(cadence.lastMeetingDate, 12));
      expect(cadence.followUpsDue.length, tenant).toBeGreaterThan(0);
      // Done by their due date when it has passed, not before.
      for (const f of data.committees.nodes[0]!.followUps) expect(f.done, `${tenant} ${f.dueDate}`).toBe(f.dueDate <= AS_OF);
    }
  });
});

// Dates that are plans, not records: they may lie after the as-of date.
const PLANNED = new Set(['action.due_date', 'member.mandate_end', 'follow_up.due_date']);

/** The latest day of each date column of the demo's rows, but the clock's technical timestamps. */
async function latestDates(url: string): Promise<{ column: string; latest: string }[]> {
  return withClient(url, async (client) => {
    const columns = await client.query<{ table_name: string; column_name: string; data_type: string }>(
      "select table_name, column_name, data_type from information_schema.columns where table_schema = 'committees' and table_name not in ('schema_migrations', 'audit_entry') and data_type in ('date', 'timestamp with time zone', 'timestamp without time zone') and column_name not in ('created_at', 'updated_at') order by 1, 2",
    );
    const found: { column: string; latest: string }[] = [];
    for (const { table_name, column_name, data_type } of columns.rows) {
      const day = data_type === 'date' ? `max("${column_name}")` : `max("${column_name}") at time zone 'Europe/Paris'`;
      const { rows } = await client.query<{ latest: string | null }>(`select to_char(${day}, 'YYYY-MM-DD') as latest from committees."${table_name}"`);
      if (rows[0]!.latest) found.push({ column: `${table_name}.${column_name}`, latest: rows[0]!.latest });
    }
    return found;
  });
}

async function seeded(asOf: string) {
  const database = await createScratchDatabase();
  try {
    const subgraph = await startSubgraph(committees, { ...process.env, DATABASE_URL: database.url, PORT: '0', SEED_DEMO: 'true', DEMO_AS_OF: asOf, LOG_LEVEL: 'silent', NODE_ENV: 'test' });
    await subgraph.stop();
    const joined = {
      invitationsOfMeetings: 'select m.scheduled_at, i.name, i.attendance, i.signed from committees.invitation i join committees.meeting m on m.id = i.meeting_id',
      sectionsOfMeetings: 'select m.scheduled_at, a.position, s.conclusions, x.status from committees.minutes_section s join committees.minutes x on x.id = s.minutes_id join committees.meeting m on m.id = x.meeting_id join committees.agenda_item a on a.id = s.agenda_item_id',
      progressOfActions: 'select p.year, a.reference, g.recorded_at, g.progress, g.status from committees.action_progress g join committees.action a on a.id = g.action_id join committees.action_plan p on p.id = a.plan_id',
      changesOfProposals: 'select p.text, m.scheduled_at, c.to_status, c.changed_at from committees.proposal_status_change c join committees.proposal p on p.id = c.proposal_id join committees.meeting m on m.id = p.meeting_id',
    };
    return { digest: await schemaDigest(database.url, 'committees', { joined }), dates: await latestDates(database.url) };
  } finally {
    await database.drop();
  }
}

describe('the as-of date', () => {
  // Forbach's and Thionville's 2021 meetings are held, their minutes not yet published; Metz's is on the 12th.
  const midway = '2021-11-10';

  it('dates nothing after it: meetings, minutes, attendance, proposals and the progress of actions', async () => {
    const dates = await latestDates(platform.database.url);
    expect(dates.map((d) => d.column)).toEqual(expect.arrayContaining(['meeting.scheduled_at', 'minutes.published_at', 'action_progress.recorded_at', 'proposal_status_change.changed_at']));
    for (const d of dates.filter((x) => !PLANNED.has(x.column))) expect(d.latest <= AS_OF, `${d.column}: ${d.latest}`).toBe(true);
    const proposals = await withClient(platform.database.url, (client) => client.query<{ latest: string }>("select to_char(max(p.created_at) at time zone 'Europe/Paris', 'YYYY-MM-DD') as latest from committees.proposal p join committees.meeting m on m.id = p.meeting_id where m.scheduled_at >= '2016-01-01'"));
    expect(proposals.rows[0]!.latest <= AS_OF).toBe(true);
  });

  it('gives the same rows when seeded twice, other rows at the next working day, and nothing after it midway through a year', async () => {
    // 11 November is a holiday: the next working day, Metz's meeting is held.
    const [first, second, later] = [await seeded(midway), await seeded(midway), await seeded('2021-11-12')];
    expect(second.digest).toEqual(first.digest);
    expect(later.digest).not.toEqual(first.digest);
    for (const d of first.dates.filter((x) => !PLANNED.has(x.column))) expect(d.latest <= midway, `${d.column}: ${d.latest}`).toBe(true);
    expect(first.dates.find((d) => d.column === 'meeting.scheduled_at')!.latest).toBe('2021-11-09');
  }, 120_000);
});
