import type { EntityManager } from '@mikro-orm/core';
import { toCalendarDate, type WorkingCalendar } from '@qualipref/calendar';
import { badInput, conflict, diffSnapshots, forbidden, notFound, type Patch, snapshot } from '@qualipref/server-kit';
import { CorrespondenceItem, DelayTarget, type GedImport } from '../entities/index.js';
import { calendarOf, type Caller, type UseCase } from './deps.js';
import { Channel, CorrespondentKind } from './enums.js';
import type { OrganizationLookups, ServiceInfo } from '@qualipref/organization-client';
import { authorize } from './policy.js';
import { assertAnsweredAfterReceived, assertInstant, assertNotFuture, delayTargetInForce, scheduleOf } from './rules.js';
import { optionalText, requiredText } from './labels.js';

export interface ItemInput {
  channel: Channel;
  receivedAt: Date;
  serviceId: string;
  correspondentKind: CorrespondentKind;
  correspondentName?: string | null;
  subject: string;
  gedReference?: string | null;
  assignedAgentId?: string | null;
  answeredAt?: Date | null;
  answerChannel?: Channel | null;
}

const ITEM_FIELDS: (keyof CorrespondenceItem & string)[] = [
  'channel',
  'receivedAt',
  'serviceId',
  'directorateId',
  'correspondentKind',
  'correspondentName',
  'subject',
  'gedReference',
  'assignedAgentId',
  'delayTarget',
  'dueDate',
  'answeredAt',
  'answerChannel',
  'delayWorkingDays',
  'reopenReason',
];

/** What registering or changing an item asks the organization first: its service and its assigned agent. */
export function itemLookups(c: Caller, input: Pick<Patch<ItemInput>, 'serviceId' | 'assignedAgentId'>): Promise<OrganizationLookups> {
  return c.app.organization.lookups(c.authorization, { services: [input.serviceId], users: [input.assignedAgentId] });
}

/** What registering many items shares: the tenant's calendar and delay targets, and the organization's answers about their services. */
export class ItemContext {
  private constructor(
    private readonly u: UseCase,
    private readonly org: OrganizationLookups,
    readonly calendar: WorkingCalendar,
    readonly delayTargets: DelayTarget[],
  ) {}

  static async of(u: UseCase, org: OrganizationLookups): Promise<ItemContext> {
    return new ItemContext(u, org, await calendarOf(u.em, u.identity.tenantId), await u.em.find(DelayTarget, { tenantId: u.identity.tenantId }));
  }

  /** The service if it exists in the caller's tenant, and the caller may write for its directorate. */
  writableService(serviceId: string): ServiceInfo {
    const service = this.org.service(serviceId);
    if (!service || service.tenantId !== this.u.identity.tenantId) throw badInput(`Service inconnu : ${serviceId}.`, 'serviceId');
    authorize(this.u.identity, 'correspondence.record', { directorateId: service.directorateId });
    return service;
  }

  /** The assigned agent if it is a user of the caller's tenant (looked up with the item's service); none stays none. */
  assignedAgent(userId: string | null | undefined): string | null {
    if (!userId) return null;
    this.org.assertUsersOfTenant([userId], this.u.identity.tenantId, 'assignedAgentId');
    return userId;
  }

  /**
   * Delay target, due date and due instant of an item, from the target in force at reception for its channel. Every
   * channel is registered (R1): without a target in days or hours (the telephone's counts rings, the counter may have
   * none) the item has no due date, « sans délai d'engagement », and is never late.
   */
  schedule(item: Pick<CorrespondenceItem, 'channel' | 'correspondentKind' | 'receivedAt'>) {
    const receivedOn = toCalendarDate(item.receivedAt);
    const delayTarget = delayTargetInForce(this.delayTargets, item.channel, item.correspondentKind, receivedOn);
    return { delayTarget, receivedOn, ...scheduleOf(delayTarget, item.receivedAt, this.calendar) };
  }
}

/** Whether the caller records items at all (for their own directorate): checked before a file is read. */
export function assertWriter(u: Pick<UseCase, 'identity'>): void {
  authorize(u.identity, 'correspondence.record', { directorateId: u.identity.directorateId });
}

async function assertGedReferenceFree(em: EntityManager, tenantId: string, reference: string | null, exceptId?: string): Promise<void> {
  if (!reference) return;
  const existing = await em.findOne(CorrespondenceItem, { tenantId, gedReference: reference });
  if (existing && existing.id !== exceptId) throw conflict(`La référence GED ${reference} est déjà enregistrée.`, 'gedReference');
}

function setAnswer(item: CorrespondenceItem, answeredAt: Date, answerChannel: Channel | null, calendar: WorkingCalendar, now: Date): void {
  assertInstant(answeredAt, 'answeredAt');
  assertNotFuture(answeredAt, now, 'answeredAt');
  assertAnsweredAfterReceived(item.receivedAt, answeredAt);
  item.answeredAt = answeredAt;
  item.answerChannel = answerChannel ?? item.channel;
  item.delayWorkingDays = calendar.delayInWorkingDays(item.receivedAt, answeredAt);
  item.answeredOnTime = item.dueAt ? answeredAt < item.dueAt : null;
}

/** R1: registers an item; its due date comes from the delay target in force at reception (R2). */
export async function registerItem(u: UseCase, input: ItemInput, context: ItemContext | OrganizationLookups, gedImport?: GedImport): Promise<CorrespondenceItem> {
  assertWriter(u);
  const ctx = context instanceof ItemContext ? context : await ItemContext.of(u, context);
  const now = new Date();
  assertInstant(input.receivedAt, 'receivedAt');
  assertNotFuture(input.receivedAt, now, 'receivedAt');
  const subject = requiredText(input.subject, 'subject', 500);
  const correspondentName = optionalText(input.correspondentName, 'correspondentName', 200);
  const gedReference = optionalText(input.gedReference, 'gedReference', 100);
  if (input.answeredAt) assertAnsweredAfterReceived(input.receivedAt, input.answeredAt);
  const service = ctx.writableService(input.serviceId);
  const schedule = ctx.schedule(input);
  // An import has checked all its references at once; a query per line would also flush the
  // lines before it each time (MikroORM's auto-flush), which grows with the square of the file.
  if (!gedImport) await assertGedReferenceFree(u.em, u.identity.tenantId, gedReference);
  const item = u.em.create(CorrespondenceItem, {
    tenantId: u.identity.tenantId,
    channel: input.channel,
    receivedAt: input.receivedAt,
    receivedOn: schedule.receivedOn,
    serviceId: service.id,
    directorateId: service.directorateId,
    correspondentKind: input.correspondentKind,
    correspondentName,
    subject,
    gedReference,
    assignedAgentId: ctx.assignedAgent(input.assignedAgentId),
    delayTarget: schedule.delayTarget,
    dueDate: schedule.dueDate,
    dueAt: schedule.dueAt,
    answeredAt: null,
    answerChannel: null,
    delayWorkingDays: null,
    answeredOnTime: null,
    gedImport: gedImport ?? null,
  });
  if (input.answeredAt) setAnswer(item, input.answeredAt, input.answerChannel ?? null, ctx.calendar, now);
  u.audit({ operation: gedImport ? 'importGedCsv' : 'registerItem', entityType: 'CorrespondenceItem', entityId: item.id, changes: diffSnapshots(null, snapshot(item, ITEM_FIELDS)) });
  return item;
}

async function findWritableItem(u: UseCase, id: string): Promise<CorrespondenceItem> {
  assertWriter(u);
  const item = await u.em.findOne(CorrespondenceItem, { id });
  if (!item) throw notFound('Courrier');
  if (item.tenantId !== u.identity.tenantId) throw forbidden('Vous ne pouvez modifier que les données de votre préfecture ou sous-préfecture.');
  authorize(u.identity, 'correspondence.record', { directorateId: item.directorateId });
  return item;
}

export type ItemChanges = Patch<Omit<ItemInput, 'answeredAt' | 'answerChannel'>>;

/** Changes an item; a new reception instant, channel or correspondent recomputes its due date and delay. */
export async function updateItem(u: UseCase, id: string, input: ItemChanges, org: OrganizationLookups): Promise<CorrespondenceItem> {
  const item = await findWritableItem(u, id);
  const ctx = await ItemContext.of(u, org);
  const now = new Date();
  const before = snapshot(item, ITEM_FIELDS);
  if (input.subject != null) item.subject = requiredText(input.subject, 'subject', 500);
  if (input.correspondentName !== undefined) item.correspondentName = optionalText(input.correspondentName, 'correspondentName', 200);
  if (input.assignedAgentId !== undefined) item.assignedAgentId = ctx.assignedAgent(input.assignedAgentId);
  if (input.gedReference !== undefined) {
    const reference = optionalText(input.gedReference, 'gedReference', 100);
    await assertGedReferenceFree(u.em, item.tenantId, reference, item.id);
    item.gedReference = reference;
  }
  if (input.serviceId != null && input.serviceId !== item.serviceId) {
    const service = ctx.writableService(input.serviceId);
    item.serviceId = service.id;
    item.directorateId = service.directorateId;
  }
  if (input.receivedAt != null) {
    assertInstant(input.receivedAt, 'receivedAt');
    assertNotFuture(input.receivedAt, now, 'receivedAt');
    item.receivedAt = input.receivedAt;
  }
  if (input.channel != null) item.channel = input.channel;
  if (input.correspondentKind != null) item.correspondentKind = input.correspondentKind;
  if (input.receivedAt != null || input.channel != null || input.correspondentKind != null) {
    const schedule = ctx.schedule(item);
    Object.assign(item, { delayTarget: schedule.delayTarget, receivedOn: schedule.receivedOn, dueDate: schedule.dueDate, dueAt: schedule.dueAt });
    if (item.answeredAt) setAnswer(item, item.answeredAt, item.answerChannel ?? null, ctx.calendar, now);
  }
  const changes = diffSnapshots(before, snapshot(item, ITEM_FIELDS));
  if (changes.length) u.audit({ operation: 'updateItem', entityType: 'CorrespondenceItem', entityId: item.id, changes });
  return item;
}

/** Records the answer; the delay in working days is kept for the tableau. */
export async function answerItem(u: UseCase, id: string, answeredAt: Date, answerChannel: Channel | null | undefined): Promise<CorrespondenceItem> {
  const item = await findWritableItem(u, id);
  if (item.answeredAt) throw conflict('Ce courrier a déjà reçu une réponse : rouvrez-le pour en enregistrer une autre.', 'id');
  const before = snapshot(item, ITEM_FIELDS);
  setAnswer(item, answeredAt, answerChannel ?? null, await calendarOf(u.em, item.tenantId), new Date());
  u.audit({ operation: 'answerItem', entityType: 'CorrespondenceItem', entityId: item.id, changes: diffSnapshots(before, snapshot(item, ITEM_FIELDS)) });
  return item;
}

/** Reopens an answered item with a reason; its delay runs again from the original reception. */
export async function reopenItem(u: UseCase, id: string, reason: string): Promise<CorrespondenceItem> {
  const item = await findWritableItem(u, id);
  if (!item.answeredAt) throw conflict("Seul un courrier qui a reçu une réponse peut être rouvert.", 'id');
  const why = requiredText(reason, 'reason', 2000);
  const before = snapshot(item, ITEM_FIELDS);
  Object.assign(item, { answeredAt: null, answerChannel: null, delayWorkingDays: null, answeredOnTime: null, reopenedAt: new Date(), reopenReason: why, reopenCount: item.reopenCount + 1 });
  u.audit({ operation: 'reopenItem', entityType: 'CorrespondenceItem', entityId: item.id, changes: diffSnapshots(before, snapshot(item, ITEM_FIELDS)) });
  return item;
}
