import pg from 'pg';
import { NATIONAL_ENGAGEMENTS, TENANTS } from '@qualipref/demo-fixtures';

/** Tenants added under Metz, so that a préfecture analyst reads 101 of them: a page of 100 tenants is a real list. */
export const EXTRA_TENANTS = 98;
/** Campaigns Metz has beyond the two hall and two e-mail campaigns every tenant has: a manager reads only their own tenant. */
export const EXTRA_METZ_CAMPAIGNS = 100;
/** Two préfectures apart (no Metz account reads them) whose hall kiosk collects 10, then 100 campaigns today. */
export const KIOSKS = { small: { code: 'stmt-kiosk-10', campaigns: 10, token: 'k'.repeat(43) }, large: { code: 'stmt-kiosk-100', campaigns: 100, token: 'K'.repeat(43) } } as const;
/** Rows of the lists without children (feedback, kiosk devices, audit entries…), in Metz. */
export const FLAT_ROWS = 120;

/**
 * The rows of the statement-count suite, written in SQL as each service's schema requires
 * (as the owner: row-level security does not apply to it): every tenant, the demo's three and
 * the added ones, gets two of each child at every level, so that a page of 100 parents brings
 * at least 200 children of each list. Ids are derived from the row's place (md5), so that
 * later statements find the rows of earlier ones without reading them back.
 */
export async function seedStatementRows(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('begin');
    for (const statement of statements()) await client.query(statement, []);
    await client.query('commit');
  } finally {
    await client.end();
  }
}

const id = (...parts: string[]) => `md5(${parts.join(" || ':' || ")})::uuid`;
const pair = (name: string) => `cross join generate_series(1, 2) ${name}`;

function statements(): string[] {
  const metz = `'${TENANTS.metz.id}'::uuid`;
  const tenants = `(select id as tid, code as tc from organization.tenant) t`;
  // Forbach has ten directorates, so that a Forbach account's lists (the cadence of its committees) hold ten parents.
  const directorates = `(select t.tid, t.tc, k from ${tenants} cross join generate_series(1, case t.tc when 'forbach' then 10 else 2 end) k) d`;
  return [
    // organization
    `insert into organization.tenant (id, code, kind, name, city, parent_id, created_at)
       select ${id("'tenant'", 'n::text')}, 'stmt-' || n, 'SOUS_PREFECTURE', 'Sous-préfecture ' || n, 'Ville ' || n, ${metz}, now()
       from generate_series(1, ${EXTRA_TENANTS}) n`,
    `insert into organization.tenant (id, code, kind, name, city, parent_id, created_at)
       select ${id("'tenant'", 'k.code')}, k.code, 'PREFECTURE', 'Préfecture ' || k.code, 'Ville', null, now() from (values ('${KIOSKS.small.code}'), ('${KIOSKS.large.code}')) k(code)`,
    `insert into organization.directorate (id, tenant_id, code, name, active, created_at, updated_at)
       select ${id("'dir'", 'd.tc', 'd.k::text')}, d.tid, 'ZD' || d.k, 'Direction ' || d.k || ' de ' || d.tc, true, now(), now() from ${directorates}`,
    `insert into organization.service (id, tenant_id, directorate_id, code, name, kind, active, created_at, updated_at)
       select ${id("'svc'", 'd.tc', 'd.k::text', 's::text')}, d.tid, ${id("'dir'", 'd.tc', 'd.k::text')}, 'ZS' || d.k || '-' || s, 'Bureau ' || s, 'BUREAU', true, now(), now()
       from ${directorates} ${pair('s')}`,
    `insert into organization."user" (id, tenant_id, directorate_id, service_id, email, display_name, role, active, created_at, updated_at)
       select ${id("'user'", 'd.tc', 'd.k::text', 'u::text')}, d.tid, ${id("'dir'", 'd.tc', 'd.k::text')}, ${id("'svc'", 'd.tc', 'd.k::text', 'u::text')},
              'agent-' || d.tc || '-' || d.k || '-' || u || '@stmt.test', 'Agent ' || d.tc || ' ' || d.k || ' ' || u, 'AGENT', true, now(), now()
       from ${directorates} ${pair('u')}`,
    // The demo's own directorates get two services and two users too, so that every directorate of a page has children.
    `insert into organization.service (id, tenant_id, directorate_id, code, name, kind, active, created_at, updated_at)
       select ${id("'svc'", 'd.code', 's::text')}, d.tenant_id, d.id, 'ZS-' || d.code || '-' || s, 'Bureau ' || s, 'BUREAU', true, now(), now()
       from organization.directorate d ${pair('s')} where d.code not like 'ZD%'`,
    `insert into organization."user" (id, tenant_id, directorate_id, service_id, email, display_name, role, active, created_at, updated_at)
       select gen_random_uuid(), d.tenant_id, d.id, ${id("'svc'", 'd.code', 'u::text')}, 'agent-' || lower(d.code) || '-' || u || '@stmt.test', 'Agent ' || d.code || ' ' || u, 'AGENT', true, now(), now()
       from organization.directorate d ${pair('u')} where d.code not like 'ZD%'`,
    `insert into organization.audit_entry (id, tenant_id, occurred_at, user_email, operation, entity_type, entity_id, changes, hash)
       select gen_random_uuid(), ${metz}, now() - n * interval '1 minute', 'stmt@test', 'updateUser', 'User', gen_random_uuid(), '[{"field":"role","from":"AGENT","to":"MANAGER"},{"field":"active","from":true,"to":false}]', ''
       from generate_series(1, ${FLAT_ROWS}) n`,

    // committees: two committees per tenant, two of every child below them
    `insert into committees.committee (id, tenant_id, kind, name, decision_date, decision_reference, chair_name, owner_directorate_id, secretariat_service_id, secretariat_user_ids, meeting_interval_months, created_at, updated_at)
       select ${id("'com'", 'd.tc', 'd.k::text')}, d.tid, 'CLU', 'Comité ' || d.k || ' de ' || d.tc, date '2015-01-01' + d.k, 'Arrêté ' || d.k, 'Le préfet', ${id("'dir'", 'd.tc', 'd.k::text')},
              ${id("'svc'", 'd.tc', 'd.k::text', "'1'")},
              array[${id("'user'", 'd.tc', 'd.k::text', "'1'")}::text, ${id("'user'", 'd.tc', 'd.k::text', "'2'")}::text], 12, now(), now()
       from ${directorates}`,
    `insert into committees.college (id, tenant_id, committee_id, code, name, position)
       select ${id("'col'", 'd.tc', 'd.k::text', 'c::text')}, d.tid, ${id("'com'", 'd.tc', 'd.k::text')}, 'C' || c, 'Collège ' || c, c from ${directorates} ${pair('c')}`,
    `insert into committees.member (id, tenant_id, committee_id, college_id, name, organisation, user_id, mandate_start, created_at, updated_at)
       select ${id("'mem'", 'd.tc', 'd.k::text', 'm::text')}, d.tid, ${id("'com'", 'd.tc', 'd.k::text')}, ${id("'col'", 'd.tc', 'd.k::text', 'm::text')}, 'Membre ' || m, 'Association', ${id("'user'", 'd.tc', 'd.k::text', 'm::text')}, date '2020-01-01', now(), now()
       from ${directorates} ${pair('m')}`,
    `insert into committees.follow_up (id, tenant_id, committee_id, title, due_date, done, created_at, updated_at)
       select gen_random_uuid(), d.tid, ${id("'com'", 'd.tc', 'd.k::text')}, 'Suivi ' || f, date '2026-01-15' + f, false, now(), now() from ${directorates} ${pair('f')}`,
    `insert into committees.meeting (id, tenant_id, committee_id, title, scheduled_at, place, chair_name, status, created_at, updated_at)
       select ${id("'meet'", 'd.tc', 'd.k::text', 'g::text')}, d.tid, ${id("'com'", 'd.tc', 'd.k::text')}, 'Réunion ' || g, timestamptz '2025-03-01 10:00Z' + g * interval '30 days', 'Salle', 'Le préfet', 'HELD', now(), now()
       from ${directorates} ${pair('g')}`,
    ...meetingChildren(directorates),

    // surveys
    ...surveys(tenants, metz),
    ...correspondence(tenants, metz),
    ...quality(tenants, metz),
    ...kiosks(),
  ];
}

/** Agenda, invitations, minutes, proposals and actions of every meeting (d.k committee, g meeting). */
function meetingChildren(directorates: string): string[] {
  const meetings = `(select d.tid, d.tc, d.k, g from ${directorates} ${pair('g')}) m`;
  const meeting = id("'meet'", 'm.tc', 'm.k::text', 'm.g::text');
  const proposals = `(select m.*, p from ${meetings} ${pair('p')}) p`;
  const proposal = id("'prop'", 'p.tc', 'p.k::text', 'p.g::text', 'p.p::text');
  return [
    `insert into committees.agenda_item (id, tenant_id, meeting_id, position, title)
       select ${id("'item'", 'm.tc', 'm.k::text', 'm.g::text', 'i::text')}, m.tid, ${meeting}, i, 'Point ' || i from ${meetings} ${pair('i')}`,
    `insert into committees.invitation (id, tenant_id, meeting_id, member_id, user_id, name, organisation, attendance, signed, created_at, updated_at)
       select gen_random_uuid(), m.tid, ${meeting}, ${id("'mem'", 'm.tc', 'm.k::text', 'i::text')}, ${id("'user'", 'm.tc', 'm.k::text', 'i::text')}, 'Invité ' || i, 'Association', 'PRESENT', true, now(), now()
       from ${meetings} ${pair('i')}`,
    `insert into committees.minutes (id, tenant_id, meeting_id, version, status, created_at, updated_at)
       select ${id("'min'", 'm.tc', 'm.k::text', 'm.g::text', 'v::text')}, m.tid, ${meeting}, v, case v when 1 then 'SUPERSEDED' else 'PUBLISHED' end, now(), now() from ${meetings} ${pair('v')}`,
    `insert into committees.minutes_section (id, tenant_id, minutes_id, agenda_item_id, presentation, conclusions)
       select gen_random_uuid(), m.tid, ${id("'min'", 'm.tc', 'm.k::text', 'm.g::text', 'v::text')}, ${id("'item'", 'm.tc', 'm.k::text', 'm.g::text', 'i::text')}, 'Présentation', 'Conclusions'
       from ${meetings} ${pair('v')} ${pair('i')}`,
    `insert into committees.proposal (id, tenant_id, meeting_id, agenda_item_id, author_id, author_name, text, status, created_at, updated_at)
       select ${proposal}, p.tid, ${id("'meet'", 'p.tc', 'p.k::text', 'p.g::text')}, ${id("'item'", 'p.tc', 'p.k::text', 'p.g::text', 'p.p::text')}, ${id("'mem'", 'p.tc', 'p.k::text', 'p.p::text')},
              'Membre ' || p.p, 'Proposition ' || p.p, 'ACCEPTED', timestamptz '2025-03-01 10:00Z' + (p.g * 2 + p.p) * interval '1 hour', now()
       from ${proposals}`,
    `insert into committees.proposal_routing (id, tenant_id, proposal_id, directorate_id)
       select gen_random_uuid(), p.tid, ${proposal}, ${id("'dir'", 'p.tc', 'r::text')} from ${proposals} ${pair('r')}`,
    `insert into committees.proposal_status_change (id, tenant_id, proposal_id, from_status, to_status, changed_at)
       select gen_random_uuid(), p.tid, ${proposal}, case s when 1 then null else 'SUBMITTED' end, case s when 1 then 'SUBMITTED' else 'ACCEPTED' end, timestamptz '2025-03-02Z' + s * interval '1 day'
       from ${proposals} ${pair('s')}`,
    `insert into committees.action_plan (id, tenant_id, committee_id, year, title, created_at, updated_at)
       select ${id("'plan'", 'd.tc', 'd.k::text')}, d.tid, ${id("'com'", 'd.tc', 'd.k::text')}, 2023 + d.k, 'Plan ' || (2023 + d.k), now(), now() from ${directorates}`,
    `insert into committees.action (id, tenant_id, plan_id, reference, title, owner_directorate_id, due_date, status, progress, origin_kind, origin_proposal_id, origin_meeting_id, origin_finding_id, created_at, updated_at)
       select ${id("'act'", 'p.tc', 'p.k::text', 'p.g::text', 'p.p::text', 'a::text')}, p.tid, ${id("'plan'", 'p.tc', 'p.k::text')}, 'S-' || p.g || '-' || p.p || '-' || a, 'Action ' || a,
              ${id("'dir'", 'p.tc', 'a::text')}, date '2026-06-30', 'IN_PROGRESS', 50, 'PROPOSAL', ${proposal}, ${id("'meet'", 'p.tc', 'p.k::text', 'p.g::text')},
              ${id("'finding'", 'p.tc', "'1'", 'a::text')}::text, now(), now()
       from ${proposals} ${pair('a')}`,
    `insert into committees.action_progress (id, tenant_id, action_id, recorded_at, progress, status)
       select gen_random_uuid(), p.tid, ${id("'act'", 'p.tc', 'p.k::text', 'p.g::text', 'p.p::text', 'a::text')}, timestamptz '2025-06-01Z' + h * interval '1 day', 25 * h, 'IN_PROGRESS'
       from ${proposals} ${pair('a')} ${pair('h')}`,
  ];
}

/** The kiosks' devices and their hall campaigns open today, on their tenant's questionnaire and hall panel. */
function kiosks(): string[] {
  const kiosks = `(values ${Object.values(KIOSKS).map((k) => `('${k.code}', ${k.campaigns}, '${k.token}')`).join(', ')}) k(code, campaigns, token)`;
  return [
    `insert into surveys.kiosk_device (id, tenant_id, name, token_hash, issued_at, issued_by)
       select gen_random_uuid(), ${id("'tenant'", 'k.code')}, 'Borne du hall', encode(sha256(convert_to(k.token, 'UTF8')), 'hex'), now(), gen_random_uuid() from ${kiosks}`,
    `insert into surveys.campaign (id, tenant_id, year, title, questionnaire_id, panel_id, channel, opens_on, closes_on, created_by, created_at, updated_at)
       select gen_random_uuid(), ${id("'tenant'", 'k.code')}, extract(year from current_date)::int, 'Borne ' || n, ${id("'qn'", 'k.code')}, ${id("'panel'", 'k.code', "'HALL_USERS'")}, 'HALL',
              current_date - 1, current_date + 30, gen_random_uuid(), now(), now()
       from ${kiosks} cross join lateral generate_series(1, k.campaigns) n`,
  ];
}

/**
 * Per tenant: delay targets in pairs (Forbach has twenty, Metz two hundred), each under one of the demo's national
 * engagements, two overdue items per service, procedure indicators for ten years, counter visits; in Metz, the DCTAJ's
 * records, a service's telephony for ten years, and a month of counter visits.
 */
function correspondence(tenants: string, metz: string): string[] {
  const batches = `(select t.tid, t.tc, r from ${tenants} cross join generate_series(1, case t.tc when 'metz' then 100 when 'forbach' then 10 else 1 end) r) r`;
  const engagements = `array[${Object.values(NATIONAL_ENGAGEMENTS).map((e) => `'${e}'`).join(', ')}]::uuid[]`;
  const services = `(select s.id as sid, s.tenant_id as tid, s.directorate_id as did, t.code as tc, (select u.id from organization."user" u where u.directorate_id = s.directorate_id order by u.email limit 1) as agent
      from organization.service s join organization.tenant t on t.id = s.tenant_id) s`;
  const dctaj = `'0195a000-0000-7000-8000-000000000103'::uuid`;
  const metzService = `'0195a000-0000-7000-8000-000000000204'::uuid`;
  const changes = `'[{"field":"subject","from":"a","to":"b"},{"field":"dueDate","from":"2025-01-01","to":"2025-01-02"}]'`;
  return [
    `insert into correspondence.tenant_settings (id, tenant_id, saturday_worked, whit_monday_worked, closing_time, created_at, updated_at)
       select gen_random_uuid(), t.tid, false, false, '17:00', now(), now() from ${tenants}`,
    `insert into correspondence.delay_target (id, tenant_id, engagement_id, channel, unit, target, label, valid_from, created_at, updated_at)
       select ${id("'eng'", 'r.tc', 'r.r::text', 'e::text')}, r.tid, (${engagements})[1 + (2 * r.r + e) % ${Object.keys(NATIONAL_ENGAGEMENTS).length}], case e when 1 then 'LETTER' else 'EMAIL' end, 'WORKING_DAYS', 10, 'Délai annoncé ' || e, date '2000-01-01' + e, now(), now()
       from ${batches} ${pair('e')}`,
    `insert into correspondence.correspondence_item (id, tenant_id, channel, received_at, received_on, service_id, directorate_id, correspondent_kind, subject, assigned_agent_id, delay_target_id, due_date, due_at, created_at, updated_at)
       select gen_random_uuid(), s.tid, case i when 1 then 'LETTER' else 'EMAIL' end, timestamptz '2025-02-03 09:00Z' + i * interval '1 day', date '2025-02-03' + i, s.sid, s.did, 'USER', 'Courrier ' || i, s.agent,
              ${id("'eng'", 's.tc', "'1'", 'i::text')}, date '2025-02-17' + i, timestamptz '2025-02-17 16:00Z' + i * interval '1 day', now(), now()
       from ${services} ${pair('i')}`,
    `insert into correspondence.procedure_indicator (id, tenant_id, procedure, month, value, target, created_at, updated_at)
       select gen_random_uuid(), t.tid, 'CNI', (date '2016-01-01' + m * interval '1 month')::date, 20 + m % 7, 21, now(), now() from ${tenants} cross join generate_series(0, 119) m`,
    `insert into correspondence.telephony_month (id, tenant_id, service_id, directorate_id, month, offered, answered, answered_within_target, created_at, updated_at)
       select gen_random_uuid(), ${metz}, ${metzService}, ${dctaj}, (date '2016-01-01' + m * interval '1 month')::date, 500, 450, 400, now(), now() from generate_series(0, 119) m`,
    // Metz: every weekday of March 2025, ten hours, two procedures; every tenant: four visits in April.
    `insert into correspondence.counter_visit (id, tenant_id, service_id, ticket, procedure, arrived_at, called_at, ended_at, with_appointment)
       select gen_random_uuid(), ${metz}, ${metzService}, 'M-' || d || '-' || h || '-' || p, case p when 1 then 'CNI' else 'PASSEPORT' end, a, a + (5 + h) * interval '1 minute', a + (15 + h) * interval '1 minute', p = 1
       from generate_series(0, 27) d cross join generate_series(8, 17) h ${pair('p')}
       cross join lateral (select timestamptz '2025-03-03 00:00Z' + d * interval '1 day' + (h - 1) * interval '1 hour' as a) x where extract(isodow from x.a) < 6`,
    `insert into correspondence.counter_visit (id, tenant_id, service_id, ticket, procedure, arrived_at, called_at, ended_at, with_appointment)
       select gen_random_uuid(), t.tid, (select s.id from organization.service s where s.tenant_id = t.tid order by s.code limit 1), 'A-' || v, 'CNI',
              timestamptz '2025-04-07 08:00Z' + v * interval '1 hour', timestamptz '2025-04-07 08:00Z' + v * interval '1 hour' + (v * v * 5) * interval '1 minute', null, false
       from ${tenants} cross join generate_series(1, 4) v`,
    `insert into correspondence.appointment_request (id, tenant_id, owner_directorate_id, requester_name, requester_kind, subject, requested_at, date_asked, date_given, delay_working_days, created_at, updated_at)
       select gen_random_uuid(), ${metz}, ${dctaj}, 'Maire ' || n, 'ELECTED_OFFICIAL', 'Rendez-vous ' || n, date '2025-01-01' + n, date '2025-01-02' + n, date '2025-01-05' + n, 3, now(), now() from generate_series(1, ${FLAT_ROWS}) n`,
    `insert into correspondence.legality_control (id, tenant_id, owner_directorate_id, collectivite_name, act_kind, received_at, referral_deadline, created_at, updated_at)
       select gen_random_uuid(), ${metz}, ${dctaj}, 'Commune ' || n, 'Délibération', date '2025-01-01' + n, date '2025-03-01' + n, now(), now() from generate_series(1, ${FLAT_ROWS}) n`,
    `insert into correspondence.litigation_case (id, tenant_id, owner_directorate_id, reference, subject, requested_at, filing_target_days, decision_target_days, created_at, updated_at)
       select gen_random_uuid(), ${metz}, ${dctaj}, 'TA-' || n, 'Recours ' || n, date '2025-01-01' + n, 60, 365, now(), now() from generate_series(1, ${FLAT_ROWS}) n`,
    `insert into correspondence.ged_import (id, tenant_id, imported_at, imported_by, file_name, row_count, created, unchanged, rejected, problems)
       select gen_random_uuid(), ${metz}, now() - n * interval '1 hour', gen_random_uuid(), 'ged-' || n || '.csv', 3, 1, 0, 2, '[{"line":2,"field":"serviceId","code":"BAD_USER_INPUT","message":"Service inconnu."},{"line":3,"field":"receivedAt","code":"BAD_USER_INPUT","message":"Date invalide."}]'
       from generate_series(1, ${FLAT_ROWS}) n`,
    `insert into correspondence.audit_entry (id, tenant_id, occurred_at, user_email, operation, entity_type, entity_id, changes, hash)
       select gen_random_uuid(), ${metz}, now() - n * interval '1 minute', 'stmt@test', 'updateCorrespondenceItem', 'CorrespondenceItem', gen_random_uuid(), ${changes}, ''
       from generate_series(1, ${FLAT_ROWS}) n`,
  ];
}

/**
 * Per tenant: one questionnaire (two sections of two questions: waiting time, estimated
 * minutes, reception spaces, a comment), a hall panel and an élus panel of two members each,
 * two hall and two e-mail campaigns of 2025 with four responses, two findings, and for the
 * e-mail ones two invitations. Metz has more e-mail campaigns, and the flat lists.
 */
function surveys(tenants: string, metz: string): string[] {
  const questionnaire = id("'qn'", 't.tc');
  const questions = `(values (1, 1, 'waiting', 'SATISFACTION', 'WAITING_TIME'), (1, 2, 'minutes', 'NUMBER', 'WAITING_TIME'), (2, 1, 'spaces', 'SATISFACTION', 'RECEPTION_SPACES'), (2, 2, 'comment', 'FREE_TEXT', 'OTHER')) q(s, n, key, kind, dimension)`;
  // c: 1–2 hall, 3–4 e-mail, 5… Metz's other e-mail campaigns.
  const campaigns = `(select t.tid, t.tc, c from ${tenants} cross join generate_series(1, case when t.tid = ${metz} then ${4 + EXTRA_METZ_CAMPAIGNS} else 4 end) c) c`;
  const campaign = id("'camp'", 'c.tc', 'c.c::text');
  const hall = 'c.c <= 2';
  const panelOf = `${id("'panel'", 'c.tc', `case when ${hall} then 'HALL_USERS' else 'ELECTED_OFFICIALS' end`)}`;
  const responses = `(select c.*, r from ${campaigns} cross join generate_series(1, 4) r) r`;
  return [
    `insert into surveys.questionnaire (id, tenant_id, key, version, title, frozen_at, created_by, created_at, updated_at)
       select ${questionnaire}, t.tid, 'stmt', 1, 'Questionnaire de ' || t.tc, now(), gen_random_uuid(), now(), now() from ${tenants}`,
    `insert into surveys.questionnaire_section (id, tenant_id, questionnaire_id, position, title)
       select ${id("'sec'", 't.tc', 's::text')}, t.tid, ${questionnaire}, s, 'Partie ' || s from ${tenants} ${pair('s')}`,
    `insert into surveys.question (id, tenant_id, questionnaire_id, section_id, position, key, text, kind, dimension, required, options, min_value, max_value)
       select ${id("'q'", 't.tc', 'q.key')}, t.tid, ${questionnaire}, ${id("'sec'", 't.tc', 'q.s::text')}, q.n, q.key, 'Question ' || q.key, q.kind, q.dimension, false,
              case q.kind when 'SATISFACTION' then '[]' else '[]' end::jsonb, case q.kind when 'NUMBER' then 0 end, case q.kind when 'NUMBER' then 240 end
       from ${tenants} cross join ${questions}`,
    `insert into surveys.panel (id, tenant_id, name, kind, created_at, updated_at)
       select ${id("'panel'", 't.tc', 'k.kind')}, t.tid, k.kind || ' ' || t.tc, k.kind, now(), now() from ${tenants} cross join (values ('HALL_USERS'), ('ELECTED_OFFICIALS')) k(kind)`,
    `insert into surveys.panel_member (id, tenant_id, panel_id, name, organization, position, email, active, created_at, updated_at)
       select ${id("'pm'", 't.tc', 'k.kind', 'm::text')}, t.tid, ${id("'panel'", 't.tc', 'k.kind')}, 'Maire ' || m, 'Commune ' || m, 'Maire', 'maire' || m || '.' || t.tc || '@stmt.test', true, now(), now()
       from ${tenants} cross join (values ('HALL_USERS'), ('ELECTED_OFFICIALS')) k(kind) ${pair('m')}`,
    `insert into surveys.campaign (id, tenant_id, year, title, questionnaire_id, panel_id, channel, opens_on, closes_on, created_by, created_at, updated_at)
       select ${campaign}, c.tid, 2025, 'Enquête ' || c.c, ${id("'qn'", 'c.tc')}, ${panelOf}, case when ${hall} then 'HALL' else 'EMAIL' end,
              date '2025-01-01' + c.c * 2, date '2025-01-02' + c.c * 2, gen_random_uuid(), now(), now()
       from ${campaigns}`,
    `insert into surveys.invitation (id, tenant_id, campaign_id, member_id, token_hash, sent_at, reminder_count, responded_at)
       select gen_random_uuid(), c.tid, ${campaign}, ${id("'pm'", 'c.tc', "'ELECTED_OFFICIALS'", 'm::text')}, md5(c.tc || c.c || m), timestamptz '2025-01-01Z' + m * interval '1 hour', m - 1,
              case when m = 1 then timestamptz '2025-01-05Z' end
       from ${campaigns} ${pair('m')} where not (${hall})`,
    `insert into surveys.mail_message (id, tenant_id, campaign_id, member_id, kind, recipient, subject, token_hash, status, attempts, next_attempt_at, created_at, sent_at)
       select gen_random_uuid(), c.tid, ${campaign}, ${id("'pm'", 'c.tc', "'ELECTED_OFFICIALS'", 'm::text')}, 'INVITATION', 'maire' || m || '.' || c.tc || '@stmt.test', 'Enquête ' || c.c, md5(c.tc || c.c || m),
              'SENT', 1, timestamptz '2025-01-01Z' + m * interval '1 hour', timestamptz '2025-01-01Z' + m * interval '1 hour', timestamptz '2025-01-01Z' + m * interval '1 hour'
       from ${campaigns} ${pair('m')} where not (${hall})`,
    `insert into surveys.response (id, tenant_id, campaign_id, channel, submitted_at)
       select ${id("'resp'", 'r.tc', 'r.c::text', 'r.r::text')}, r.tid, ${id("'camp'", 'r.tc', 'r.c::text')},
              case when r.r > 2 then 'PAPER' when r.c > 2 then 'EMAIL' else 'KIOSK' end, timestamptz '2025-01-01Z' + r.c * interval '2 days'
       from ${responses}`,
    `insert into surveys.answer (id, tenant_id, response_id, campaign_id, question_id, channel, option, number_value, text_value)
       select gen_random_uuid(), r.tid, ${id("'resp'", 'r.tc', 'r.c::text', 'r.r::text')}, ${id("'camp'", 'r.tc', 'r.c::text')}, ${id("'q'", 'r.tc', 'q.key')},
              case when r.r > 2 then 'PAPER' when r.c > 2 then 'EMAIL' else 'KIOSK' end,
              case when q.kind = 'SATISFACTION' then (array['VERY_SATISFIED', 'SATISFIED', 'DISSATISFIED', 'NO_OPINION'])[1 + (r.r + r.c) % 4] end,
              case when q.kind = 'NUMBER' then 5 * r.r + r.c end, case when q.kind = 'FREE_TEXT' then 'Commentaire ' || r.r end
       from ${responses} cross join ${questions}`,
    `insert into surveys.finding (id, tenant_id, campaign_id, kind, dimension, text, created_by, created_at, updated_at)
       select ${id("'finding'", 'c.tc', 'c.c::text', 'f::text')}, c.tid, ${campaign}, 'WEAKNESS', 'WAITING_TIME', 'Constat ' || f, gen_random_uuid(), timestamptz '2025-02-01Z' + f * interval '1 day', now()
       from ${campaigns} ${pair('f')}`,
    `insert into surveys.dimension_assignment (id, tenant_id, dimension, directorate_id)
       select gen_random_uuid(), d.tenant_id, x.dimension, d.id from organization.directorate d cross join (values ('WAITING_TIME'), ('RECEPTION_SPACES')) x(dimension)`,
    // Two actions of the committees' plans per finding (after the proposals' actions by reference).
    `insert into committees.action (id, tenant_id, plan_id, reference, title, owner_directorate_id, status, progress, origin_kind, origin_finding_id, created_at, updated_at)
       select gen_random_uuid(), c.tid, ${id("'plan'", 'c.tc', "'1'")}, 'Z-' || c.c || '-' || f || '-' || a, 'Action ' || a, ${id("'dir'", 'c.tc', 'a::text')}, 'PLANNED', 0, 'SURVEY_FINDING',
              ${id("'finding'", 'c.tc', 'c.c::text', 'f::text')}::text, now(), now()
       from ${campaigns} ${pair('f')} ${pair('a')}`,
    `insert into surveys.feedback (id, tenant_id, received_on, channel, category, text, status, recorded_by, created_at, updated_at)
       select gen_random_uuid(), ${metz}, (date '2016-01-01' + n * interval '1 month')::date, 'SUGGESTION_BOX', 'RECEPTION', 'Suggestion ' || n, 'RECEIVED', gen_random_uuid(), now(), now() from generate_series(1, ${FLAT_ROWS}) n`,
    `insert into surveys.kiosk_device (id, tenant_id, name, token_hash, issued_at, issued_by)
       select gen_random_uuid(), ${metz}, 'Tablette ' || n, md5('kiosk' || n), now() - n * interval '1 minute', gen_random_uuid() from generate_series(1, ${FLAT_ROWS}) n`,
    `insert into surveys.audit_entry (id, tenant_id, occurred_at, user_email, operation, entity_type, entity_id, changes, hash)
       select gen_random_uuid(), ${metz}, now() - n * interval '1 minute', 'stmt@test', 'updateCampaign', 'Campaign', gen_random_uuid(), '[{"field":"title","from":"a","to":"b"},{"field":"closesOn","from":"2025-01-01","to":"2025-01-02"}]', ''
       from generate_series(1, ${FLAT_ROWS}) n`,
    `insert into committees.audit_entry (id, tenant_id, occurred_at, user_email, operation, entity_type, entity_id, changes, hash)
       select gen_random_uuid(), ${metz}, now() - n * interval '1 minute', 'stmt@test', 'updateAction', 'Action', gen_random_uuid(), '[{"field":"title","from":"a","to":"b"},{"field":"progress","from":0,"to":50}]', ''
       from generate_series(1, ${FLAT_ROWS}) n`,
  ];
}

/**
 * Beside the national referentials quality's migration ships (a few modules and indicators each): referentials of the
 * suite's own with three modules, two engagements and three indicators each (Metz's 2025 value of each), so that a page of them and the national
 * ones still averages two children per parent; Metz labelled under every one, every other tenant under two, each
 * labelling with two audits; audit entries in Metz.
 */
function quality(tenants: string, metz: string): string[] {
  const referentials = `(select r from generate_series(1, ${FLAT_ROWS}) r) r`;
  const steering = `(select d.id from organization.directorate d where d.tenant_id = t.tid order by d.code limit 1)`;
  const triple = (name: string) => `cross join generate_series(1, 3) ${name}`;
  return [
    `insert into quality.referential (id, code, name, version, issuer, source, completeness, position)
       select ${id("'qref'", 'r.r::text')}, 'STMT_' || r.r, 'Référentiel ' || r.r, '1', 'DITP', 'Rangs de la suite des requêtes', 'COMPLETE', 100 + r.r from ${referentials}`,
    `insert into quality.referential_module (id, referential_id, code, name, mandatory, position)
       select ${id("'qmod'", 'r.r::text', 'm::text')}, ${id("'qref'", 'r.r::text')}, 'M' || m, 'Module ' || m, m = 1, m from ${referentials} ${triple('m')}`,
    `insert into quality.engagement (id, referential_id, module_id, number, theme, text, position)
       select ${id("'qeng'", 'r.r::text', 'e::text')}, ${id("'qref'", 'r.r::text')}, ${id("'qmod'", 'r.r::text', 'e::text')}, e::text, 'Thème', 'Engagement ' || e, e from ${referentials} ${pair('e')}`,
    `insert into quality.indicator_definition (id, engagement_id, code, name, unit, target, definition, published, position)
       select ${id("'qind'", 'r.r::text', 'e::text', 'i::text')}, ${id("'qeng'", 'r.r::text', 'e::text')}, 'I' || i, 'Indicateur ' || i, 'RATE', 0.9, 'Mesure', i = 1, i from ${referentials} ${pair('e')} ${triple('i')}`,
    `update quality.indicator_definition set computation = 'SATISFACTION_RATE', parameters = '{"dimension": null}' where code = 'I1'`,
    `insert into quality.labelling (id, tenant_id, referential_id, optional_module_codes, owner_directorate_id, certified_on, created_at, updated_at)
       select ${id("'qlab'", 't.tc', 'r.r::text')}, t.tid, ${id("'qref'", 'r.r::text')}, '{M2}', ${steering}, date '2024-01-01' + r.r, now(), now()
       from ${tenants} cross join ${referentials} where t.tc = 'metz' or r.r <= 2`,
    `insert into quality.audit (id, tenant_id, labelling_id, kind, planned_on, held_on, auditor, created_at, updated_at)
       select gen_random_uuid(), l.tenant_id, l.id, case a when 1 then 'CERTIFICATION' else 'FOLLOW_UP' end, l.certified_on + (a - 1) * 540, case a when 1 then l.certified_on end, 'AFNOR Certification', now(), now()
       from quality.labelling l ${pair('a')}`,
    // Metz's 2025 value of every indicator of its labellings, and a revision of each computed one's formula.
    `insert into quality.indicator_value (id, tenant_id, indicator_id, period, period_start, period_end, value, unit, target, source, origin, recorded_by_id, recorded_by_name, created_at, updated_at)
       select gen_random_uuid(), l.tenant_id, i.id, '2025', date '2025-01-01', date '2025-12-31', 0.8, i.unit, i.target, 'ENTERED', 'Registre', gen_random_uuid(), 'Suite', now(), now()
       from quality.labelling l join quality.engagement e on e.referential_id = l.referential_id join quality.indicator_definition i on i.engagement_id = e.id where l.tenant_id = ${metz}`,
    `insert into quality.indicator_formula (id, tenant_id, indicator_id, version, parameters, comment, created_by_id, created_by_name, created_at, updated_at)
       select gen_random_uuid(), ${metz}, i.id, 2, '{"dimension": "WAITING_TIME"}', 'Révision', gen_random_uuid(), 'Suite', now(), now() from quality.indicator_definition i where i.computation = 'SATISFACTION_RATE'`,
    // Metz's quarterly publications, one a quarter from 2000, each freezing two indicators.
    `insert into quality.publication (id, tenant_id, quarter, period_start, period_end, version, cut_off_date, heading, published_at, published_by_id, published_by_name, created_at, updated_at)
       select ${id("'qpub'", 'n::text')}, ${metz}, (2000 + (n - 1) / 4)::text || '-T' || ((n - 1) % 4 + 1), date '2000-01-01' + (n - 1) * interval '3 months', date '2000-01-01' + n * interval '3 months' - interval '1 day', 1,
         date '2000-01-01' + n * interval '3 months' + interval '14 days', '{"name": "Préfecture de la Moselle", "kind": "PREFECTURE", "city": "Metz", "timeZone": "Europe/Paris", "stateBlock": null}', now(), gen_random_uuid(), 'Suite', now(), now()
       from generate_series(1, ${FLAT_ROWS}) n`,
    `insert into quality.published_figure (id, tenant_id, publication_id, indicator_id, code, name, definition, referential_name, engagement_text, unit, value, target, source, origin, position)
       select gen_random_uuid(), ${metz}, ${id("'qpub'", 'n::text')}, ${id("'qind'", "'1'", "'1'", 'i::text')}, 'I' || i, 'Indicateur ' || i, 'Mesure', 'Référentiel 1 1', 'Engagement 1', 'RATE', 0.8, 0.9, 'ENTERED', 'Registre', i
       from generate_series(1, ${FLAT_ROWS}) n ${pair('i')}`,
    `insert into quality.audit_entry (id, tenant_id, occurred_at, user_email, operation, entity_type, entity_id, changes, hash)
       select gen_random_uuid(), ${metz}, now() - n * interval '1 minute', 'stmt@test', 'updateLabelling', 'Labelling', gen_random_uuid(), '[{"field":"certifiedOn","from":"2024-01-01","to":"2024-01-02"}]', ''
       from generate_series(1, ${FLAT_ROWS}) n`,
  ];
}
