import { badInput, conflict, diffSnapshots, notFound, type Patch, snapshot } from '@qualipref/server-kit';
import { College, Committee, FollowUp, Member } from '../entities/index.js';
import type { OrganizationLookups } from '@qualipref/organization-client';
import { findCommittee, lookUpUsers, type Caller, type UseCase } from './deps.js';
import { authorize } from './policy.js';
import { assertMandate } from './rules.js';
import { isoDate, optionalIsoDate, optionalText, requiredText } from './labels.js';

export interface CommitteeInput {
  kind: string;
  name: string;
  decisionDate: string;
  decisionReference: string;
  decisionText?: string | null;
  chairName: string;
  chairTitle?: string | null;
  ownerDirectorateId?: string | null;
  secretariatServiceId?: string | null;
  secretariatUserIds?: string[] | null;
  meetingIntervalMonths?: number | null;
  colleges?: { code: string; name: string }[] | null;
}

const COMMITTEE_FIELDS: (keyof Committee & string)[] = ['kind', 'name', 'decisionDate', 'decisionReference', 'chairName', 'ownerDirectorateId', 'secretariatServiceId', 'secretariatUserIds', 'meetingIntervalMonths'];

function interval(months: number | null | undefined): number {
  const value = months ?? 12;
  if (!Number.isInteger(value) || value < 1 || value > 60) throw badInput('La périodicité se compte en mois, de 1 à 60.', 'meetingIntervalMonths');
  return value;
}

function kindOf(kind: string): string {
  const value = kind.trim().toUpperCase();
  if (!/^[A-Z][A-Z0-9_]{1,39}$/.test(value)) throw badInput('Le type de comité est un code (CLU, …).', 'kind');
  return value;
}

/** What creating or changing a committee asks the organization first: its owner directorate, the service running it and the agents of its secretariat. */
export function committeeLookups(c: Caller, input: Pick<Patch<CommitteeInput>, 'ownerDirectorateId' | 'secretariatServiceId' | 'secretariatUserIds'>, creating: boolean): Promise<OrganizationLookups> {
  return c.app.organization.lookups(c.authorization, {
    directorates: [input.ownerDirectorateId ?? (creating ? c.identity.directorateId : null)],
    services: [input.secretariatServiceId],
    users: input.secretariatUserIds ?? [],
  });
}

/** The agents of a secretariat, each a user of the committee's tenant. */
function secretariatUsers(org: OrganizationLookups, userIds: string[], tenantId: string): string[] {
  const ids = [...new Set(userIds)];
  org.assertUsersOfTenant(ids, tenantId, 'secretariatUserIds');
  return ids;
}

/** What adding a seat asks the organization first: the agent who holds it, if any (a seat's agent is not changed afterwards). */
export function memberLookups(c: Caller, input: Pick<MemberInput, 'userId'>): Promise<OrganizationLookups> {
  return lookUpUsers(c, [input.userId]);
}

/** The agent holding a seat, a user of the committee's tenant; none stays none. */
function memberUser(org: OrganizationLookups, userId: string | null | undefined, tenantId: string): string | null {
  if (!userId) return null;
  org.assertUsersOfTenant([userId], tenantId, 'userId');
  return userId;
}

/** The service running a committee belongs to its owner directorate. */
function secretariatService(org: OrganizationLookups, serviceId: string | null | undefined, ownerDirectorateId: string): string | null {
  if (!serviceId) return null;
  if (org.service(serviceId)?.directorateId !== ownerDirectorateId) throw badInput('Ce service n’appartient pas à la direction qui porte le comité.', 'secretariatServiceId');
  return serviceId;
}

/** C1–C2: a committee from its prefectoral decision, with its colleges. */
export async function createCommittee(u: UseCase, input: CommitteeInput, org: OrganizationLookups): Promise<Committee> {
  authorize(u.identity, 'committee.create', { tenantId: u.identity.tenantId });
  const ownerDirectorateId = input.ownerDirectorateId ?? u.identity.directorateId;
  org.assertDirectoratesOfTenant([ownerDirectorateId], u.identity.tenantId, 'ownerDirectorateId');
  const committee = u.em.create(Committee, {
    tenantId: u.identity.tenantId,
    kind: kindOf(input.kind),
    name: requiredText(input.name, 'name', 200),
    decisionDate: isoDate(input.decisionDate, 'decisionDate'),
    decisionReference: requiredText(input.decisionReference, 'decisionReference', 200),
    decisionText: optionalText(input.decisionText, 'decisionText'),
    chairName: requiredText(input.chairName, 'chairName', 200),
    chairTitle: optionalText(input.chairTitle, 'chairTitle', 200),
    ownerDirectorateId,
    secretariatServiceId: secretariatService(org, input.secretariatServiceId, ownerDirectorateId),
    secretariatUserIds: secretariatUsers(org, input.secretariatUserIds ?? [], u.identity.tenantId),
    meetingIntervalMonths: interval(input.meetingIntervalMonths),
  });
  const codes = new Set<string>();
  (input.colleges ?? []).forEach((c, position) => {
    const code = requiredText(c.code, 'colleges.code', 40).toUpperCase();
    if (codes.has(code)) throw badInput(`Collège en double : ${code}.`, 'colleges');
    codes.add(code);
    u.em.create(College, { tenantId: u.identity.tenantId, committee, code, name: requiredText(c.name, 'colleges.name', 200), position });
  });
  u.audit({ operation: 'createCommittee', entityType: 'Committee', entityId: committee.id, changes: diffSnapshots(null, snapshot(committee, COMMITTEE_FIELDS)) });
  return committee;
}

export async function updateCommittee(u: UseCase, id: string, input: Patch<CommitteeInput>, org: OrganizationLookups): Promise<Committee> {
  const committee = await findCommittee(u.em, id);
  authorize(u.identity, 'committee.manage', committee);
  const before = snapshot(committee, COMMITTEE_FIELDS);
  if (input.name != null) committee.name = requiredText(input.name, 'name', 200);
  if (input.chairName != null) committee.chairName = requiredText(input.chairName, 'chairName', 200);
  if (input.chairTitle !== undefined) committee.chairTitle = optionalText(input.chairTitle, 'chairTitle', 200);
  if (input.decisionText !== undefined) committee.decisionText = optionalText(input.decisionText, 'decisionText');
  if (input.secretariatUserIds != null) committee.secretariatUserIds = secretariatUsers(org, input.secretariatUserIds, committee.tenantId);
  if (input.meetingIntervalMonths != null) committee.meetingIntervalMonths = interval(input.meetingIntervalMonths);
  if (input.ownerDirectorateId != null) {
    org.assertDirectoratesOfTenant([input.ownerDirectorateId], committee.tenantId, 'ownerDirectorateId');
    // Another directorate: its service is named again, or none.
    if (input.ownerDirectorateId !== committee.ownerDirectorateId && input.secretariatServiceId === undefined) committee.secretariatServiceId = null;
    committee.ownerDirectorateId = input.ownerDirectorateId;
  }
  if (input.secretariatServiceId !== undefined) committee.secretariatServiceId = secretariatService(org, input.secretariatServiceId, committee.ownerDirectorateId);
  u.audit({ operation: 'updateCommittee', entityType: 'Committee', entityId: id, changes: diffSnapshots(before, snapshot(committee, COMMITTEE_FIELDS)) });
  return committee;
}

export interface MemberInput {
  collegeId: string;
  name: string;
  organisation: string;
  role?: string | null;
  contact?: string | null;
  userId?: string | null;
  mandateStart: string;
  mandateEnd?: string | null;
}

const MEMBER_FIELDS: (keyof Member & string)[] = ['college', 'name', 'organisation', 'role', 'userId', 'mandateStart', 'mandateEnd'];

async function collegeOf(u: UseCase, committee: Committee, collegeId: string): Promise<College> {
  const college = await u.em.findOne(College, { id: collegeId, committee });
  if (!college) throw badInput("Ce collège n'appartient pas au comité.", 'collegeId');
  return college;
}

/** C2: a new seat; the structure changes by adding and ending mandates, never by erasing them. */
export async function addMember(u: UseCase, committeeId: string, input: MemberInput, org: OrganizationLookups): Promise<Member> {
  const committee = await findCommittee(u.em, committeeId);
  authorize(u.identity, 'committee.manage', committee);
  const mandateStart = isoDate(input.mandateStart, 'mandateStart');
  const mandateEnd = optionalIsoDate(input.mandateEnd, 'mandateEnd');
  assertMandate(mandateStart, mandateEnd);
  if (mandateStart < committee.decisionDate) throw badInput('Un mandat ne peut pas commencer avant la création du comité.', 'mandateStart');
  const member = u.em.create(Member, {
    tenantId: committee.tenantId,
    committee,
    college: await collegeOf(u, committee, input.collegeId),
    name: requiredText(input.name, 'name', 200),
    organisation: requiredText(input.organisation, 'organisation', 200),
    role: optionalText(input.role, 'role', 200),
    contact: optionalText(input.contact, 'contact', 320),
    userId: memberUser(org, input.userId, committee.tenantId),
    mandateStart,
    mandateEnd,
  });
  u.audit({ operation: 'addMember', entityType: 'Member', entityId: member.id, changes: diffSnapshots(null, snapshot(member, MEMBER_FIELDS)) });
  return member;
}

export async function updateMember(u: UseCase, id: string, input: Patch<Omit<MemberInput, 'userId'>>): Promise<Member> {
  const member = await u.em.findOne(Member, { id }, { populate: ['committee'] });
  if (!member) throw notFound('Membre');
  const committee = member.committee as unknown as Committee;
  authorize(u.identity, 'committee.manage', committee);
  const before = snapshot(member, MEMBER_FIELDS);
  if (input.collegeId != null) member.college = await collegeOf(u, committee, input.collegeId);
  if (input.name != null) member.name = requiredText(input.name, 'name', 200);
  if (input.organisation != null) member.organisation = requiredText(input.organisation, 'organisation', 200);
  if (input.role !== undefined) member.role = optionalText(input.role, 'role', 200);
  if (input.contact !== undefined) member.contact = optionalText(input.contact, 'contact', 320);
  if (input.mandateStart != null) member.mandateStart = isoDate(input.mandateStart, 'mandateStart');
  if (input.mandateEnd !== undefined) member.mandateEnd = optionalIsoDate(input.mandateEnd, 'mandateEnd');
  assertMandate(member.mandateStart, member.mandateEnd ?? null);
  const changes = diffSnapshots(before, snapshot(member, MEMBER_FIELDS));
  if (input.contact !== undefined) changes.push({ field: 'contact', from: null, to: '[modifié]' });
  u.audit({ operation: 'updateMember', entityType: 'Member', entityId: id, changes });
  return member;
}

export async function addFollowUp(u: UseCase, committeeId: string, title: string, dueDate: string): Promise<FollowUp> {
  const committee = await findCommittee(u.em, committeeId);
  authorize(u.identity, 'committee.manage', committee);
  const followUp = u.em.create(FollowUp, { tenantId: committee.tenantId, committee, title: requiredText(title, 'title', 300), dueDate: isoDate(dueDate, 'dueDate'), done: false });
  u.audit({ operation: 'addFollowUp', entityType: 'FollowUp', entityId: followUp.id, changes: diffSnapshots(null, { title: followUp.title, dueDate: followUp.dueDate }) });
  return followUp;
}

export async function setFollowUpDone(u: UseCase, id: string, done: boolean): Promise<FollowUp> {
  const followUp = await u.em.findOne(FollowUp, { id }, { populate: ['committee'] });
  if (!followUp) throw notFound('Suivi');
  authorize(u.identity, 'committee.manage', followUp.committee as unknown as Committee);
  if (followUp.done === done) throw conflict(done ? 'Ce suivi est déjà fait.' : "Ce suivi n'est pas fait.", 'done');
  followUp.done = done;
  u.audit({ operation: 'setFollowUpDone', entityType: 'FollowUp', entityId: id, changes: [{ field: 'done', from: !done, to: done }] });
  return followUp;
}
