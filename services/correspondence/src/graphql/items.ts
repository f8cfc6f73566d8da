import { Arg, Args, Ctx, Directive, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import { DirectorateRef, ServiceRef, TenantRef, UserRef } from '@qualipref/organization-client';
import { type Connection, ConnectionType, PageArgs, paginate } from '@qualipref/server-kit';
import { CorrespondenceItem } from '../entities/index.js';
import { Channel, CorrespondentKind, ItemStatus } from '../domain/enums.js';
import * as items from '../domain/items.js';
import { itemStatus } from '../domain/rules.js';
import './enums.js';
import { type Context, type Ref, dateRange } from './common.js';

// Parameter types named apart from the entity schemas, so that decorator metadata sees plain types.
type CorrespondenceItemRow = CorrespondenceItem;

@ObjectType('CorrespondenceItem', { description: 'A registered item (courrier, courriel, appel, formulaire, guichet) with its due date and status (R1, R2).' })
@Directive('@key(fields: "id")')
export class CorrespondenceItemType {
  @Field(() => ID, { description: 'Identifier of the item.' })
  id!: string;

  @Field(() => ID, { description: 'Tenant of the item.' })
  tenantId!: string;

  @Field(() => Channel, { description: 'How it arrived.' })
  channel!: Channel;

  @Field(() => Date, { description: 'When it was received.' })
  receivedAt!: Date;

  @Field(() => String, { description: 'Paris date of reception (YYYY-MM-DD): what periods filter on.' })
  receivedOn!: string;

  @Field(() => CorrespondentKind, { description: 'Who wrote.' })
  correspondentKind!: CorrespondentKind;

  @Field(() => String, { nullable: true, description: 'Name of the correspondent.' })
  correspondentName!: string | null;

  @Field(() => String, { description: 'Subject.' })
  subject!: string;

  @Field(() => String, { nullable: true, description: 'Reference in the document-management system (GED), unique in the tenant.' })
  gedReference!: string | null;

  @Field(() => String, { nullable: true, description: 'Last day to answer on time (YYYY-MM-DD), from the delay target in force at reception; null « sans délai d’engagement » when none covers its channel (such an item is never late).' })
  dueDate!: string | null;

  @Field(() => Date, { nullable: true, description: 'The instant the item becomes late; null without a delay target.' })
  dueAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was answered; null while open.' })
  answeredAt!: Date | null;

  @Field(() => Channel, { nullable: true, description: 'How it was answered.' })
  answerChannel!: Channel | null;

  @Field(() => Int, { nullable: true, description: 'Working days from the effective reception day to the answer.' })
  delayWorkingDays!: number | null;

  @Field(() => Date, { nullable: true, description: 'When it was last reopened.' })
  reopenedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was last reopened.' })
  reopenReason!: string | null;

  @Field(() => Int, { description: 'How many times it was reopened.' })
  reopenCount!: number;
}

export const CorrespondenceItemConnection = ConnectionType(CorrespondenceItemType, 'CorrespondenceItem', 'A page of correspondence items.');
@InputType('RegisterCorrespondenceItemInput', { description: 'A correspondence item to register.' })
export class RegisterItemInput {
  @Field(() => Channel, { description: 'How it arrived.' })
  channel!: Channel;

  @Field(() => Date, { description: 'When it was received.' })
  receivedAt!: Date;

  @Field(() => ID, { description: 'Service in charge (its directorate follows).' })
  serviceId!: string;

  @Field(() => CorrespondentKind, { description: 'Who wrote.' })
  correspondentKind!: CorrespondentKind;

  @Field(() => String, { nullable: true, description: 'Name of the correspondent.' })
  correspondentName?: string | null;

  @Field(() => String, { description: 'Subject.' })
  subject!: string;

  @Field(() => String, { nullable: true, description: 'Reference in the GED, unique in the tenant.' })
  gedReference?: string | null;

  @Field(() => ID, { nullable: true, description: 'Agent in charge.' })
  assignedAgentId?: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was answered, for an item registered after the fact.' })
  answeredAt?: Date | null;

  @Field(() => Channel, { nullable: true, description: 'How it was answered (the arrival channel when omitted).' })
  answerChannel?: Channel | null;
}

@InputType('UpdateCorrespondenceItemInput', { description: 'Changes to an item; omitted fields stay. A new reception, channel or correspondent recomputes the due date.' })
export class UpdateItemInput {
  @Field(() => Channel, { nullable: true, description: 'New channel.' })
  channel?: Channel | null;

  @Field(() => Date, { nullable: true, description: 'New reception instant.' })
  receivedAt?: Date | null;

  @Field(() => ID, { nullable: true, description: 'New service in charge (of the caller’s directorate).' })
  serviceId?: string | null;

  @Field(() => CorrespondentKind, { nullable: true, description: 'New kind of correspondent.' })
  correspondentKind?: CorrespondentKind | null;

  @Field(() => String, { nullable: true, description: 'New name of the correspondent.' })
  correspondentName?: string | null;

  @Field(() => String, { nullable: true, description: 'New subject.' })
  subject?: string | null;

  @Field(() => String, { nullable: true, description: 'New GED reference.' })
  gedReference?: string | null;

  @Field(() => ID, { nullable: true, description: 'New agent in charge.' })
  assignedAgentId?: string | null;
}

@InputType('CorrespondenceItemFilter', { description: 'Narrows a list of items.' })
export class ItemFilter {
  @Field(() => ID, { nullable: true, description: 'Only this tenant’s (one the caller reads).' })
  tenantId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this directorate’s.' })
  directorateId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this service’s.' })
  serviceId?: string | null;

  @Field(() => Channel, { nullable: true, description: 'Only this channel.' })
  channel?: Channel | null;

  @Field(() => ItemStatus, { nullable: true, description: 'Only items in this status (as of now).' })
  status?: ItemStatus | null;

  @Field(() => String, { nullable: true, description: 'Received on or after this day (YYYY-MM-DD).' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Received on or before this day (YYYY-MM-DD).' })
  to?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this GED reference.' })
  gedReference?: string | null;
}

export const loadItem = (ctx: Context, id: string) => ctx.loaders.byId<CorrespondenceItem>(CorrespondenceItem, 'CorrespondenceItem').load(id);

function statusWhere(status: ItemStatus, now: Date): FilterQuery<CorrespondenceItem> {
  switch (status) {
    case ItemStatus.OPEN_ON_TIME:
      return { answeredAt: null, dueAt: { $gt: now } };
    case ItemStatus.OPEN_LATE:
      return { answeredAt: null, dueAt: { $lte: now } };
    case ItemStatus.ANSWERED_ON_TIME:
      return { answeredOnTime: true };
    case ItemStatus.ANSWERED_LATE:
      return { answeredOnTime: false };
    case ItemStatus.OPEN_WITHOUT_ENGAGEMENT:
      return { answeredAt: null, dueAt: null };
    case ItemStatus.ANSWERED_WITHOUT_ENGAGEMENT:
      return { answeredAt: { $ne: null }, dueAt: null };
  }
}

@Resolver(() => CorrespondenceItemType)
export class CorrespondenceItemResolver {
  @Query(() => CorrespondenceItemConnection, { nullable: true, description: 'Correspondence items of the readable tenants, newest reception first.' })
  correspondenceItems(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ItemFilter, { nullable: true, description: 'Narrows the list.' }) filter?: ItemFilter | null,
  ): Promise<Connection<CorrespondenceItem>> {
    const where: FilterQuery<CorrespondenceItem> & Record<string, unknown> = { tenantId: { $in: ctx.readableTenants(filter?.tenantId) } };
    if (filter?.directorateId) where.directorateId = filter.directorateId;
    if (filter?.serviceId) where.serviceId = filter.serviceId;
    if (filter?.channel) where.channel = filter.channel;
    if (filter?.gedReference) where.gedReference = filter.gedReference;
    const range = dateRange(filter?.from, filter?.to);
    if (range) where.receivedOn = range;
    if (filter?.status) Object.assign(where, statusWhere(filter.status, new Date()));
    return paginate(ctx.em, CorrespondenceItem, where, page, { receivedAt: 'desc' });
  }

  @Query(() => CorrespondenceItemType, { nullable: true, description: 'One item; null when unknown or not readable.' })
  correspondenceItem(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Identifier of the item.' }) id: string) {
    ctx.requireIdentity();
    return loadItem(ctx, id);
  }

  @FieldResolver(() => ItemStatus, { description: 'Status against the due date, as of now.' })
  status(@Root() item: CorrespondenceItemRow): ItemStatus {
    return itemStatus(item, new Date());
  }

  @FieldResolver(() => ServiceRef, { description: 'Service in charge.' })
  service(@Root() item: CorrespondenceItemRow): Ref {
    return { id: item.serviceId };
  }

  @FieldResolver(() => DirectorateRef, { description: 'Directorate of the service.' })
  directorate(@Root() item: CorrespondenceItemRow): Ref {
    return { id: item.directorateId };
  }

  @FieldResolver(() => TenantRef, { description: 'Tenant of the item.' })
  tenant(@Root() item: CorrespondenceItemRow): Ref {
    return { id: item.tenantId };
  }

  @FieldResolver(() => UserRef, { nullable: true, description: 'Agent in charge.' })
  assignedAgent(@Root() item: CorrespondenceItemRow): Ref | null {
    return item.assignedAgentId ? { id: item.assignedAgentId } : null;
  }

  @Mutation(() => CorrespondenceItemType, { description: 'R1: registers an item for a service of the caller’s directorate (administrators: any service of their tenant); its due date follows the delay target in force at reception for its channel; every channel is registered, without a due date when no delay target covers it.' })
  registerCorrespondenceItem(@Ctx() ctx: Context, @Arg('input', () => RegisterItemInput, { description: 'The item.' }) input: RegisterItemInput) {
    return ctx.runAfter((c) => items.itemLookups(c, input), (u, org) => items.registerItem(u, input, org));
  }

  @Mutation(() => CorrespondenceItemType, { description: 'Changes an item; a new reception, channel or correspondent recomputes its due date.' })
  updateCorrespondenceItem(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The item.' }) id: string,
    @Arg('input', () => UpdateItemInput, { description: 'The changes.' }) input: UpdateItemInput,
  ) {
    return ctx.runAfter((c) => items.itemLookups(c, input), (u, org) => items.updateItem(u, id, input, org));
  }

  @Mutation(() => CorrespondenceItemType, { description: 'Records the answer to an open item (not before its reception).' })
  answerCorrespondenceItem(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The item.' }) id: string,
    @Arg('answeredAt', () => Date, { description: 'When it was answered.' }) answeredAt: Date,
    @Arg('answerChannel', () => Channel, { nullable: true, description: 'How (the arrival channel when omitted).' }) answerChannel?: Channel | null,
  ) {
    return ctx.run((u) => items.answerItem(u, id, answeredAt, answerChannel));
  }

  @Mutation(() => CorrespondenceItemType, { description: 'Reopens an answered item with a reason; its delay runs again from the original reception.' })
  reopenCorrespondenceItem(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The item.' }) id: string,
    @Arg('reason', () => String, { description: 'Why it is reopened.' }) reason: string,
  ) {
    return ctx.run((u) => items.reopenItem(u, id, reason));
  }
}
