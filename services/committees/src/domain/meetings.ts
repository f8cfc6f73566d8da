import { badInput, conflict, diffSnapshots, notFound, snapshot } from '@qualipref/server-kit';
import type { OrganizationLookups } from '@qualipref/organization-client';
import { AgendaItem, Invitation, Meeting, Member, Minutes, MinutesSection, type Committee } from '../entities/index.js';
import { findCommittee, lookUpUsers, type Caller, type UseCase } from './deps.js';
import { Attendance, MeetingStatus, MinutesStatus } from './enums.js';
import { authorize } from './policy.js';
import { assertMeetingAfterDecision, assertSeatedOn } from './rules.js';
import { MEETING_STATUS_LABELS, optionalText, requiredText } from './labels.js';

export interface MeetingInput {
  title: string;
  scheduledAt: Date;
  place: string;
  chairName?: string | null;
  agenda: { title: string; description?: string | null }[];
  /** Members invited; agents are added with `agentInvitees`. */
  memberIds?: string[] | null;
  agentInvitees?: { userId?: string | null; name: string; organisation: string }[] | null;
}

const MEETING_FIELDS: (keyof Meeting & string)[] = ['title', 'scheduledAt', 'place', 'chairName', 'status'];

export async function findMeeting(u: UseCase, id: string): Promise<{ meeting: Meeting; committee: Committee }> {
  const meeting = await u.em.findOne(Meeting, { id }, { populate: ['committee'] });
  if (!meeting) throw notFound('Réunion');
  return { meeting, committee: meeting.committee as unknown as Committee };
}

/** What scheduling a meeting asks the organization first: the agents it invites. */
export function meetingLookups(c: Caller, input: Pick<MeetingInput, 'agentInvitees'>): Promise<OrganizationLookups> {
  return lookUpUsers(c, (input.agentInvitees ?? []).map((agent) => agent.userId));
}

/** C3: a meeting with its ordered agenda and its invitees. */
export async function scheduleMeeting(u: UseCase, committeeId: string, input: MeetingInput, org: OrganizationLookups): Promise<Meeting> {
  const committee = await findCommittee(u.em, committeeId);
  authorize(u.identity, 'committee.manage', committee);
  if (Number.isNaN(input.scheduledAt.getTime())) throw badInput('Date de réunion invalide.', 'scheduledAt');
  const day = u.clock.toCalendarDate(input.scheduledAt);
  assertMeetingAfterDecision(day, committee.decisionDate);
  if (input.agenda.length === 0) throw badInput("L'ordre du jour compte au moins un point.", 'agenda');
  const meeting = u.em.create(Meeting, {
    tenantId: committee.tenantId,
    committee,
    title: requiredText(input.title, 'title', 300),
    scheduledAt: input.scheduledAt,
    place: requiredText(input.place, 'place', 200),
    chairName: optionalText(input.chairName, 'chairName', 200) ?? committee.chairName,
    status: MeetingStatus.PLANNED,
  });
  input.agenda.forEach((item, i) =>
    u.em.create(AgendaItem, { tenantId: committee.tenantId, meeting, position: i + 1, title: requiredText(item.title, `agenda.${i}.title`), description: optionalText(item.description, `agenda.${i}.description`) }),
  );
  const memberIds = [...new Set(input.memberIds ?? [])];
  const members = memberIds.length ? await u.em.find(Member, { id: { $in: memberIds }, committee }) : [];
  if (members.length !== memberIds.length) throw badInput("Un membre invité n'appartient pas à ce comité.", 'memberIds');
  assertSeatedOn(members, day);
  for (const member of members) {
    u.em.create(Invitation, { tenantId: committee.tenantId, meeting, member, name: member.name, organisation: member.organisation, attendance: Attendance.PENDING, signed: false });
  }
  const agents = input.agentInvitees ?? [];
  org.assertUsersOfTenant(agents.flatMap((agent) => (agent.userId ? [agent.userId] : [])), committee.tenantId, 'agentInvitees.userId');
  for (const agent of agents) {
    u.em.create(Invitation, {
      tenantId: committee.tenantId,
      meeting,
      userId: agent.userId ?? null,
      name: requiredText(agent.name, 'agentInvitees.name', 200),
      organisation: requiredText(agent.organisation, 'agentInvitees.organisation', 200),
      attendance: Attendance.PENDING,
      signed: false,
    });
  }
  u.audit({ operation: 'scheduleMeeting', entityType: 'Meeting', entityId: meeting.id, changes: diffSnapshots(null, snapshot(meeting, MEETING_FIELDS)) });
  return meeting;
}

export interface AttendanceInput {
  invitationId: string;
  attendance: Attendance;
  representedBy?: string | null;
  signed?: boolean | null;
}

/** C4: the attendance sheet recorded after the meeting; only invitees of this meeting. */
export async function recordAttendance(u: UseCase, meetingId: string, entries: AttendanceInput[]): Promise<Invitation[]> {
  const { meeting, committee } = await findMeeting(u, meetingId);
  authorize(u.identity, 'committee.manage', committee);
  if (meeting.status === MeetingStatus.CANCELLED) throw conflict('Cette réunion est annulée.');
  const invitations = await u.em.find(Invitation, { meeting });
  const byId = new Map(invitations.map((i) => [i.id, i]));
  const changed: Invitation[] = [];
  for (const entry of entries) {
    const invitation = byId.get(entry.invitationId);
    if (!invitation) throw badInput("Cette personne n'est pas invitée à la réunion.", 'invitationId');
    if (entry.attendance === Attendance.REPRESENTED && !entry.representedBy?.trim()) throw badInput('Indiquez qui représente la personne.', 'representedBy');
    if (entry.attendance !== Attendance.REPRESENTED && entry.representedBy) throw badInput('« Représenté par » ne vaut que pour une personne représentée.', 'representedBy');
    const signed = entry.signed ?? invitation.signed;
    if (signed && entry.attendance !== Attendance.PRESENT && entry.attendance !== Attendance.REPRESENTED) {
      throw badInput('Seule une personne présente ou représentée signe la fiche de présence.', 'signed');
    }
    const before = snapshot(invitation, ['attendance', 'representedBy', 'signed']);
    invitation.attendance = entry.attendance;
    invitation.representedBy = entry.attendance === Attendance.REPRESENTED ? entry.representedBy!.trim() : null;
    invitation.signed = signed;
    u.audit({ operation: 'recordAttendance', entityType: 'Invitation', entityId: invitation.id, changes: diffSnapshots(before, snapshot(invitation, ['attendance', 'representedBy', 'signed'])) });
    changed.push(invitation);
  }
  if (meeting.status === MeetingStatus.PLANNED && entries.some((e) => e.attendance !== Attendance.PENDING)) meeting.status = MeetingStatus.HELD;
  return changed;
}

export async function setMeetingStatus(u: UseCase, meetingId: string, status: MeetingStatus.HELD | MeetingStatus.CANCELLED): Promise<Meeting> {
  const { meeting, committee } = await findMeeting(u, meetingId);
  authorize(u.identity, 'committee.manage', committee);
  if (meeting.status !== MeetingStatus.PLANNED) throw conflict(`La réunion est déjà ${MEETING_STATUS_LABELS[meeting.status as MeetingStatus]}.`, 'status');
  meeting.status = status;
  u.audit({ operation: status === MeetingStatus.HELD ? 'markMeetingHeld' : 'cancelMeeting', entityType: 'Meeting', entityId: meetingId, changes: [{ field: 'status', from: MeetingStatus.PLANNED, to: status }] });
  return meeting;
}

export interface MinutesInput {
  caseOfficers?: string | null;
  caseOfficerContacts?: string | null;
  introduction?: string | null;
  closing?: string | null;
  signatoryName?: string | null;
  signatoryTitle?: string | null;
  sections?: { agendaItemId: string; presentation?: string | null; conclusions?: string | null }[] | null;
}

async function latestMinutes(u: UseCase, meeting: Meeting): Promise<Minutes | null> {
  return u.em.findOne(Minutes, { meeting }, { orderBy: { version: 'desc' } });
}

/** C5: the first draft, one section per agenda item; or the current draft if one exists. */
export async function draftMinutes(u: UseCase, meetingId: string, input: MinutesInput): Promise<Minutes> {
  const { meeting, committee } = await findMeeting(u, meetingId);
  authorize(u.identity, 'committee.manage', committee);
  if (meeting.status === MeetingStatus.PLANNED || meeting.status === MeetingStatus.CANCELLED) throw conflict("Le relevé de conclusions suit une réunion tenue.");
  const latest = await latestMinutes(u, meeting);
  if (latest && latest.status !== MinutesStatus.DRAFT) throw conflict('Un relevé existe déjà : publiez-le ou corrigez-le par une nouvelle version.');
  const minutes = latest ?? u.em.create(Minutes, { tenantId: meeting.tenantId, meeting, version: 1, status: MinutesStatus.DRAFT, signatoryName: committee.chairName, signatoryTitle: committee.chairTitle });
  if (!latest) {
    const items = await u.em.find(AgendaItem, { meeting }, { orderBy: { position: 'asc' } });
    for (const agendaItem of items) u.em.create(MinutesSection, { tenantId: meeting.tenantId, minutes, agendaItem, presentation: '', conclusions: '' });
  }
  await editMinutesContent(u, minutes, input);
  u.audit({ operation: 'draftMinutes', entityType: 'Minutes', entityId: minutes.id, changes: diffSnapshots(null, { version: minutes.version, status: minutes.status }) });
  return minutes;
}

async function editMinutesContent(u: UseCase, minutes: Minutes, input: MinutesInput): Promise<void> {
  if (input.caseOfficers !== undefined) minutes.caseOfficers = optionalText(input.caseOfficers, 'caseOfficers', 300);
  if (input.caseOfficerContacts !== undefined) minutes.caseOfficerContacts = optionalText(input.caseOfficerContacts, 'caseOfficerContacts', 1000);
  if (input.introduction !== undefined) minutes.introduction = optionalText(input.introduction, 'introduction');
  if (input.closing !== undefined) minutes.closing = optionalText(input.closing, 'closing');
  if (input.signatoryName !== undefined) minutes.signatoryName = optionalText(input.signatoryName, 'signatoryName', 200);
  if (input.signatoryTitle !== undefined) minutes.signatoryTitle = optionalText(input.signatoryTitle, 'signatoryTitle', 200);
  if (!input.sections?.length) return;
  await u.em.flush();
  const sections = await u.em.find(MinutesSection, { minutes });
  const byItem = new Map(sections.map((s) => [s.agendaItem.id, s]));
  for (const edit of input.sections) {
    const section = byItem.get(edit.agendaItemId);
    if (!section) throw badInput("Ce point n'est pas à l'ordre du jour de la réunion.", 'sections.agendaItemId');
    if (edit.presentation != null) section.presentation = optionalText(edit.presentation, 'sections.presentation') ?? '';
    if (edit.conclusions != null) section.conclusions = optionalText(edit.conclusions, 'sections.conclusions') ?? '';
  }
}

async function findMinutes(u: UseCase, id: string): Promise<{ minutes: Minutes; meeting: Meeting; committee: Committee }> {
  const minutes = await u.em.findOne(Minutes, { id }, { populate: ['meeting', 'meeting.committee'] });
  if (!minutes) throw notFound('Relevé de conclusions');
  const meeting = minutes.meeting as unknown as Meeting;
  return { minutes, meeting, committee: meeting.committee as unknown as Committee };
}

export async function editMinutes(u: UseCase, id: string, input: MinutesInput): Promise<Minutes> {
  const { minutes, committee } = await findMinutes(u, id);
  authorize(u.identity, 'committee.manage', committee);
  if (minutes.status !== MinutesStatus.DRAFT) throw conflict('Un relevé validé ou publié est figé : corrigez-le par une nouvelle version.');
  await editMinutesContent(u, minutes, input);
  u.audit({ operation: 'editMinutes', entityType: 'Minutes', entityId: id, changes: diffSnapshots(null, { version: minutes.version }) });
  return minutes;
}

export async function validateMinutes(u: UseCase, id: string): Promise<Minutes> {
  const { minutes, committee } = await findMinutes(u, id);
  authorize(u.identity, 'committee.manage', committee);
  if (minutes.status !== MinutesStatus.DRAFT) throw conflict('Seul un brouillon se valide.');
  const sections = await u.em.find(MinutesSection, { minutes });
  if (sections.some((s) => !s.conclusions.trim())) throw badInput('Chaque point de l’ordre du jour doit avoir ses conclusions avant validation.', 'sections');
  minutes.status = MinutesStatus.VALIDATED;
  minutes.validatedAt = new Date();
  u.audit({ operation: 'validateMinutes', entityType: 'Minutes', entityId: id, changes: [{ field: 'status', from: MinutesStatus.DRAFT, to: MinutesStatus.VALIDATED }] });
  return minutes;
}

/** Publishing freezes this version and supersedes the one published before it. */
export async function publishMinutes(u: UseCase, id: string): Promise<Minutes> {
  const { minutes, meeting, committee } = await findMinutes(u, id);
  authorize(u.identity, 'committee.manage', committee);
  if (minutes.status !== MinutesStatus.VALIDATED) throw conflict('Seul un relevé validé se publie.');
  const previous = await u.em.find(Minutes, { meeting, status: MinutesStatus.PUBLISHED });
  for (const old of previous) {
    old.status = MinutesStatus.SUPERSEDED;
    u.audit({ operation: 'publishMinutes', entityType: 'Minutes', entityId: old.id, changes: [{ field: 'status', from: MinutesStatus.PUBLISHED, to: MinutesStatus.SUPERSEDED }] });
  }
  minutes.status = MinutesStatus.PUBLISHED;
  minutes.publishedAt = new Date();
  meeting.status = MeetingStatus.MINUTES_PUBLISHED;
  u.audit({ operation: 'publishMinutes', entityType: 'Minutes', entityId: id, changes: [{ field: 'status', from: MinutesStatus.VALIDATED, to: MinutesStatus.PUBLISHED }] });
  return minutes;
}

/** A correction of published minutes is a new draft version; the published one is kept. */
export async function correctMinutes(u: UseCase, id: string): Promise<Minutes> {
  const { minutes, meeting, committee } = await findMinutes(u, id);
  authorize(u.identity, 'committee.manage', committee);
  if (minutes.status !== MinutesStatus.PUBLISHED) throw conflict('Seul le relevé publié se corrige par une nouvelle version.');
  const latest = await latestMinutes(u, meeting);
  if (latest && latest.id !== minutes.id) throw conflict(`Une version ${latest.version} est déjà en cours.`);
  const copy = u.em.create(Minutes, {
    tenantId: minutes.tenantId,
    meeting,
    version: minutes.version + 1,
    status: MinutesStatus.DRAFT,
    caseOfficers: minutes.caseOfficers,
    caseOfficerContacts: minutes.caseOfficerContacts,
    introduction: minutes.introduction,
    closing: minutes.closing,
    signatoryName: minutes.signatoryName,
    signatoryTitle: minutes.signatoryTitle,
  });
  for (const section of await u.em.find(MinutesSection, { minutes })) {
    u.em.create(MinutesSection, { tenantId: minutes.tenantId, minutes: copy, agendaItem: section.agendaItem, presentation: section.presentation, conclusions: section.conclusions });
  }
  u.audit({ operation: 'correctMinutes', entityType: 'Minutes', entityId: copy.id, changes: [{ field: 'version', from: minutes.version, to: copy.version }] });
  return copy;
}
