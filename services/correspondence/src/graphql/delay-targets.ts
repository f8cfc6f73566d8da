import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import { DEFAULT_SETTINGS } from '@qualipref/calendar';
import { EngagementRef } from '@qualipref/quality-client';
import { ConnectionType, MonthScalar, PageArgs, paginate, type Connection } from '@qualipref/server-kit';
import { type CorrespondenceItem, DelayTarget, TelephonyMonth, TenantSettings } from '../entities/index.js';
import { lookUpServices } from '../domain/deps.js';
import * as settings from '../domain/delay-targets.js';
import { Channel, CorrespondentKind, TargetUnit } from '../domain/enums.js';
import './enums.js';
import { type Context, monthRange } from './common.js';
import { CorrespondenceItemType } from './items.js';

// Parameter types named apart from the entity schemas, so that decorator metadata sees plain types.
type DelayTargetRow = DelayTarget;
type CorrespondenceItemRow = CorrespondenceItem;

@ObjectType('DelayTarget', {
  description:
    'A delay the tenant announces (« délai annoncé ») for a channel (and a kind of correspondent, or any), over a validity period: its local setting of a national engagement of the label. Changing a target never rewrites past results.',
})
export class DelayTargetType {
  @Field(() => ID, { description: 'Identifier of the delay target.' })
  id!: string;

  @Field(() => ID, { description: 'Tenant it applies to.' })
  tenantId!: string;

  @Field(() => ID, { description: 'Identifier of the national engagement it implements (the quality service’s Engagement).' })
  engagementId!: string;

  @Field(() => Channel, { description: 'Channel it covers.' })
  channel!: Channel;

  @Field(() => CorrespondentKind, { nullable: true, description: 'Kind of correspondent it covers; null for any.' })
  correspondentKind!: CorrespondentKind | null;

  @Field(() => TargetUnit, { description: 'Unit of the target.' })
  unit!: TargetUnit;

  @Field(() => Int, { description: 'The target (5 working days, 15 working days, 5 rings…).' })
  target!: number;

  @Field(() => String, { description: 'The delay as the tenant announces it (« Répondre aux courriers dans un délai de 15 jours ouvrés »).' })
  label!: string;

  @Field(() => String, { description: 'First day in force (YYYY-MM-DD).' })
  validFrom!: string;

  @Field(() => String, { nullable: true, description: 'Last day in force (YYYY-MM-DD); null while it still is.' })
  validTo!: string | null;
}

@ObjectType('CalendarSettings', { description: 'The working calendar of a tenant.' })
export class CalendarSettingsType {
  @Field(() => ID, { description: 'Tenant.' })
  tenantId!: string;

  @Field(() => Boolean, { description: 'True: Saturdays are worked (jours ouvrables); false: Monday to Friday (jours ouvrés).' })
  saturdayWorked!: boolean;

  @Field(() => Boolean, { description: 'True when Whit Monday is worked (journée de solidarité).' })
  whitMondayWorked!: boolean;

  @Field(() => String, { description: 'Paris time (HH:MM) from which an item counts as received on the next working day.' })
  closingTime!: string;
}

@ObjectType('TelephonyMonth', { description: 'A month of telephony statistics of a service.' })
export class TelephonyMonthType {
  @Field(() => ID, { description: 'Identifier of the record.' })
  id!: string;

  @Field(() => MonthScalar, { description: 'The month (YYYY-MM).' })
  month!: string;

  @Field(() => Int, { description: 'Calls offered.' })
  offered!: number;

  @Field(() => Int, { description: 'Calls picked up.' })
  answered!: number;

  @Field(() => Int, { description: 'Calls picked up within the target (5 rings).' })
  answeredWithinTarget!: number;
}

@InputType({ description: 'A delay target of the tenant.' })
export class DelayTargetInput {
  @Field(() => ID, { description: 'The national engagement it implements (quality’s `engagement(id)`); an unknown one is refused.' })
  engagementId!: string;

  @Field(() => Channel, { description: 'Channel covered.' })
  channel!: Channel;

  @Field(() => CorrespondentKind, { nullable: true, description: 'Kind of correspondent covered; any when omitted.' })
  correspondentKind?: CorrespondentKind | null;

  @Field(() => TargetUnit, { description: 'Unit of the target.' })
  unit!: TargetUnit;

  @Field(() => Int, { description: 'The target.' })
  target!: number;

  @Field(() => String, { description: 'The delay as the tenant announces it.' })
  label!: string;

  @Field(() => String, { description: 'First day in force (YYYY-MM-DD).' })
  validFrom!: string;

  @Field(() => String, { nullable: true, description: 'Last day in force (YYYY-MM-DD); open-ended when omitted.' })
  validTo?: string | null;
}

@InputType({ description: 'Changes to the tenant’s working calendar; omitted fields stay.' })
export class CalendarSettingsInput {
  @Field(() => Boolean, { nullable: true, description: 'Saturdays worked (jours ouvrables).' })
  saturdayWorked?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Whit Monday worked.' })
  whitMondayWorked?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Closing time, HH:MM Paris time.' })
  closingTime?: string | null;
}

@InputType({ description: 'A month of telephony statistics of a service.' })
export class TelephonyMonthInput {
  @Field(() => ID, { description: 'The service.' })
  serviceId!: string;

  @Field(() => MonthScalar, { description: 'The month (YYYY-MM).' })
  month!: string;

  @Field(() => Int, { description: 'Calls offered.' })
  offered!: number;

  @Field(() => Int, { description: 'Calls picked up.' })
  answered!: number;

  @Field(() => Int, { description: 'Calls picked up within the target (5 rings).' })
  answeredWithinTarget!: number;
}

export const DelayTargetConnection = ConnectionType(DelayTargetType, 'DelayTarget', 'A page of delay targets, by channel then first day in force.');
export const TelephonyMonthConnection = ConnectionType(TelephonyMonthType, 'TelephonyMonth', 'A page of monthly telephony statistics, oldest month first.');

const loadDelayTarget = (ctx: Context, id: string) => ctx.loaders.byId<DelayTarget>(DelayTarget, 'DelayTarget').load(id);

@Resolver(() => DelayTargetType)
export class DelayTargetResolver {
  @Query(() => DelayTargetConnection, { nullable: true, description: 'R2: the delay targets of a readable tenant (the caller’s by default), by channel then first day in force.' })
  delayTargets(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs, @Arg('tenantId', () => ID, { nullable: true, description: 'The tenant.' }) tenantId?: string | null): Promise<Connection<DelayTarget>> {
    const [tenant] = ctx.readableTenants(tenantId ?? ctx.requireIdentity().tenantId);
    return paginate(ctx.em, DelayTarget, { tenantId: tenant }, page, { channel: 'asc', validFrom: 'asc', id: 'asc' });
  }

  @FieldResolver(() => EngagementRef, { description: 'The national engagement it implements, resolved by the quality service.' })
  engagement(@Root() delayTarget: DelayTargetRow): EngagementRef {
    return { id: delayTarget.engagementId };
  }

  @Mutation(() => DelayTargetType, {
    description: 'R2: adds a delay target implementing a national engagement (an unknown one is refused); it may not overlap another for the same channel and correspondent. Administrators.',
  })
  addDelayTarget(@Ctx() ctx: Context, @Arg('input', () => DelayTargetInput, { description: 'The delay target.' }) input: DelayTargetInput) {
    return ctx.runAfter((c) => settings.nationalEngagementOf(c, input.engagementId), (u, engagement) => settings.addDelayTarget(u, input, engagement));
  }

  @Mutation(() => DelayTargetType, { description: 'Ends a delay target on a day, so that a new one can follow without rewriting past results. Administrators.' })
  endDelayTarget(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The delay target.' }) id: string,
    @Arg('validTo', () => String, { description: 'Its last day in force (YYYY-MM-DD).' }) validTo: string,
  ) {
    return ctx.run((u) => settings.endDelayTarget(u, id, validTo));
  }
}

@Resolver(() => CalendarSettingsType)
export class CalendarSettingsResolver {
  @Query(() => CalendarSettingsType, { nullable: true, description: 'The working calendar of a readable tenant (the caller’s by default).' })
  async calendarSettings(@Ctx() ctx: Context, @Arg('tenantId', () => ID, { nullable: true, description: 'The tenant.' }) tenantId?: string | null): Promise<CalendarSettingsType> {
    const [tenant] = ctx.readableTenants(tenantId ?? ctx.requireIdentity().tenantId);
    const settings = await ctx.em.findOne(TenantSettings, { tenantId: tenant });
    return settings ?? { tenantId: tenant!, ...DEFAULT_SETTINGS };
  }

  @Mutation(() => CalendarSettingsType, { description: 'Changes the tenant’s working calendar; items already registered keep their due dates. Administrators.' })
  updateCalendarSettings(@Ctx() ctx: Context, @Arg('input', () => CalendarSettingsInput, { description: 'The changes.' }) input: CalendarSettingsInput) {
    return ctx.run((u) => settings.updateCalendarSettings(u, input));
  }

  @Query(() => TelephonyMonthConnection, { nullable: true, description: 'Monthly telephony statistics of a service, oldest month first.' })
  telephonyMonths(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('serviceId', () => ID, { description: 'The service.' }) serviceId: string,
    @Arg('from', () => MonthScalar, { nullable: true, description: 'From this month (YYYY-MM), included.' }) from?: string | null,
    @Arg('to', () => MonthScalar, { nullable: true, description: 'Until this month (YYYY-MM), included.' }) to?: string | null,
  ): Promise<Connection<TelephonyMonth>> {
    const where: FilterQuery<TelephonyMonth> & Record<string, unknown> = { tenantId: { $in: ctx.readableTenants(null) }, serviceId };
    const range = monthRange(from, to);
    if (range) where.month = range;
    return paginate(ctx.em, TelephonyMonth, where, page, { month: 'asc' });
  }

  @Mutation(() => TelephonyMonthType, { description: 'Records or corrects a month of telephony statistics of a service of the caller’s directorate.' })
  recordTelephonyMonth(@Ctx() ctx: Context, @Arg('input', () => TelephonyMonthInput, { description: 'The statistics.' }) input: TelephonyMonthInput) {
    return ctx.runAfter((c) => lookUpServices(c, [input.serviceId]), (u, org) => settings.recordTelephonyMonth(u, input, org));
  }
}

/** The delay target an item was registered under, resolved here so that items need not know the targets. */
@Resolver(() => CorrespondenceItemType)
export class ItemDelayTargetResolver {
  @FieldResolver(() => DelayTargetType, { nullable: true, description: 'The delay target in force at reception, which set the due date; null « sans délai d’engagement » when none covers the channel in days or hours.' })
  delayTarget(@Root() item: CorrespondenceItemRow, @Ctx() ctx: Context) {
    return item.delayTarget ? loadDelayTarget(ctx, item.delayTarget.id) : null;
  }
}
