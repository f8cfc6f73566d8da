import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import { DEFAULT_SETTINGS } from '@qualipref/calendar';
import { ConnectionType, MonthScalar, PageArgs, paginate, paginateChildren, type Connection } from '@qualipref/server-kit';
import { type CorrespondenceItem, Engagement, Referential, TelephonyMonth, TenantSettings } from '../entities/index.js';
import { lookUpServices } from '../domain/deps.js';
import * as engagements from '../domain/engagements.js';
import { Channel, CorrespondentKind, TargetUnit } from '../domain/enums.js';
import './enums.js';
import { type Context, monthRange } from './common.js';
import { CorrespondenceItemType } from './items.js';

// Parameter types named apart from the entity schemas, so that decorator metadata sees plain types.
type ReferentialRow = Referential;
type EngagementRow = Engagement;
type CorrespondenceItemRow = CorrespondenceItem;

@ObjectType('Referential', { description: 'A version of the quality label’s referential (Marianne 2008, Qualipref 2.0 of 2015, Marianne 2016, Qual-e-pref 2019), kept as data.' })
export class ReferentialType {
  @Field(() => ID, { description: 'Identifier of the referential.' })
  id!: string;

  @Field(() => ID, { description: 'Tenant it applies to.' })
  tenantId!: string;

  @Field(() => String, { description: 'Code, e.g. MARIANNE_2008, QUALIPREF_2_0.' })
  code!: string;

  @Field(() => String, { description: 'Name shown.' })
  name!: string;

  @Field(() => String, { description: 'Version of the label.' })
  version!: string;

  @Field(() => Int, { description: 'Year the version was published.' })
  year!: number;
}

@ObjectType('Engagement', { description: 'A target of a referential for a channel (and a kind of correspondent, or any), over a validity period: changing a target never rewrites past results.' })
export class EngagementType {
  @Field(() => ID, { description: 'Identifier of the engagement.' })
  id!: string;

  @Field(() => ID, { description: 'Tenant it applies to.' })
  tenantId!: string;

  @Field(() => Channel, { description: 'Channel it covers.' })
  channel!: Channel;

  @Field(() => CorrespondentKind, { nullable: true, description: 'Kind of correspondent it covers; null for any.' })
  correspondentKind!: CorrespondentKind | null;

  @Field(() => TargetUnit, { description: 'Unit of the target.' })
  unit!: TargetUnit;

  @Field(() => Int, { description: 'The target (5 working days, 15 working days, 5 rings…).' })
  target!: number;

  @Field(() => String, { description: 'The commitment as the label words it.' })
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

@InputType({ description: 'A new referential version of the label.' })
export class ReferentialInput {
  @Field(() => String, { description: 'Code, e.g. MARIANNE_2016.' })
  code!: string;

  @Field(() => String, { description: 'Name shown.' })
  name!: string;

  @Field(() => String, { description: 'Version.' })
  version!: string;

  @Field(() => Int, { description: 'Year of publication.' })
  year!: number;
}

@InputType({ description: 'A target of a referential.' })
export class EngagementInput {
  @Field(() => ID, { description: 'The referential.' })
  referentialId!: string;

  @Field(() => Channel, { description: 'Channel covered.' })
  channel!: Channel;

  @Field(() => CorrespondentKind, { nullable: true, description: 'Kind of correspondent covered; any when omitted.' })
  correspondentKind?: CorrespondentKind | null;

  @Field(() => TargetUnit, { description: 'Unit of the target.' })
  unit!: TargetUnit;

  @Field(() => Int, { description: 'The target.' })
  target!: number;

  @Field(() => String, { description: 'The commitment as the label words it.' })
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

export const ReferentialConnection = ConnectionType(ReferentialType, 'Referential', 'A page of referentials of the label, oldest first.');
export const EngagementConnection = ConnectionType(EngagementType, 'Engagement', 'A page of engagements of a referential, by first day in force.');
export const TelephonyMonthConnection = ConnectionType(TelephonyMonthType, 'TelephonyMonth', 'A page of monthly telephony statistics, oldest month first.');

const loadEngagement = (ctx: Context, id: string) => ctx.loaders.byId<Engagement>(Engagement, 'Engagement').load(id);
const loadReferential = (ctx: Context, id: string) => ctx.loaders.byId<Referential>(Referential, 'Referential').load(id);

@Resolver(() => ReferentialType)
export class ReferentialResolver {
  @Query(() => ReferentialConnection, { description: 'Referentials of the label of a readable tenant (the caller’s by default), oldest first.' })
  correspondenceReferentials(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs, @Arg('tenantId', () => ID, { nullable: true, description: 'The tenant.' }) tenantId?: string | null) {
    const [tenant] = ctx.readableTenants(tenantId ?? ctx.requireIdentity().tenantId);
    return paginate(ctx.em, Referential, { tenantId: tenant }, page, { year: 'asc', code: 'asc' });
  }

  @FieldResolver(() => EngagementConnection, { description: 'Its engagements, by first day in force (batched across referentials).' })
  engagements(@Root() referential: ReferentialRow, @Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs): Promise<Connection<Engagement>> {
    return ctx.loaders
      .get<string, Connection<Engagement>>(`referential-engagements:${page.first}:${page.after ?? ''}`, (ids) => paginateChildren<Engagement>(ctx.em, Engagement, ids, page, { parent: 'referential', orderBy: 'validFrom' }))
      .load(referential.id);
  }

  @Mutation(() => ReferentialType, { description: 'Adds a version of the label’s referential. Administrators.' })
  createReferential(@Ctx() ctx: Context, @Arg('input', () => ReferentialInput, { description: 'The referential.' }) input: ReferentialInput) {
    return ctx.run((u) => engagements.createReferential(u, input));
  }

  @Mutation(() => EngagementType, { description: 'R2: adds a target delay to a referential; it may not overlap another for the same channel and correspondent. Administrators.' })
  addEngagement(@Ctx() ctx: Context, @Arg('input', () => EngagementInput, { description: 'The engagement.' }) input: EngagementInput) {
    return ctx.run((u) => engagements.addEngagement(u, input));
  }

  @Mutation(() => EngagementType, { description: 'Ends an engagement on a day, so that a new target can follow without rewriting past results. Administrators.' })
  endEngagement(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The engagement.' }) id: string,
    @Arg('validTo', () => String, { description: 'Its last day in force (YYYY-MM-DD).' }) validTo: string,
  ) {
    return ctx.run((u) => engagements.endEngagement(u, id, validTo));
  }
}

@Resolver(() => EngagementType)
export class EngagementResolver {
  @FieldResolver(() => ReferentialType, { description: 'The referential it belongs to.' })
  referential(@Root() engagement: EngagementRow, @Ctx() ctx: Context) {
    return loadReferential(ctx, engagement.referential.id);
  }
}

@Resolver(() => CalendarSettingsType)
export class CalendarSettingsResolver {
  @Query(() => CalendarSettingsType, { description: 'The working calendar of a readable tenant (the caller’s by default).' })
  async calendarSettings(@Ctx() ctx: Context, @Arg('tenantId', () => ID, { nullable: true, description: 'The tenant.' }) tenantId?: string | null): Promise<CalendarSettingsType> {
    const [tenant] = ctx.readableTenants(tenantId ?? ctx.requireIdentity().tenantId);
    const settings = await ctx.em.findOne(TenantSettings, { tenantId: tenant });
    return settings ?? { tenantId: tenant!, ...DEFAULT_SETTINGS };
  }

  @Mutation(() => CalendarSettingsType, { description: 'Changes the tenant’s working calendar; items already registered keep their due dates. Administrators.' })
  updateCalendarSettings(@Ctx() ctx: Context, @Arg('input', () => CalendarSettingsInput, { description: 'The changes.' }) input: CalendarSettingsInput) {
    return ctx.run((u) => engagements.updateCalendarSettings(u, input));
  }

  @Query(() => TelephonyMonthConnection, { description: 'Monthly telephony statistics of a service, oldest month first.' })
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
    return ctx.runAfter((c) => lookUpServices(c, [input.serviceId]), (u, org) => engagements.recordTelephonyMonth(u, input, org));
  }
}

/** The engagement an item was registered under, resolved here so that items need not know the referentials. */
@Resolver(() => CorrespondenceItemType)
export class ItemEngagementResolver {
  @FieldResolver(() => EngagementType, { nullable: true, description: 'The engagement in force at reception, which set the due date; null « sans délai d’engagement » when none covers the channel in days or hours.' })
  engagement(@Root() item: CorrespondenceItemRow, @Ctx() ctx: Context) {
    return item.engagement ? loadEngagement(ctx, item.engagement.id) : null;
  }
}
