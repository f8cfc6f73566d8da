import { Arg, Args, Ctx, Field, FieldResolver, Float, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { DirectorateRef, ServiceRef, TenantRef } from '@qualipref/organization-client';
import { type Connection, PageArgs, paginateChildren } from '@qualipref/server-kit';
import { CorrespondenceItem } from '../entities/index.js';
import { Channel } from '../domain/enums.js';
import { period } from '../domain/rules.js';
import { NO_CALLS, byChannel, delayIndicators, overdueCounts, tableauCsv, telephonySummaries, totalOf, type DelayIndicators, type ScopeColumn, type TelephonySummary, uuidArray } from '../domain/tableau.js';
import './enums.js';
import type { Context, Ref } from './common.js';
import { CorrespondenceItemConnection } from './items.js';

@ObjectType('DelayIndicators', { description: 'Response delays of a scope (tenant, directorate or service) for a channel or all of them, over a period: items counted by their reception date; answers, backlog and overdue as of now.' })
export class DelayIndicatorsType {
  @Field(() => Channel, { nullable: true, description: 'The channel; null for all channels together.' })
  channel!: Channel | null;

  @Field(() => Int, { description: 'Items received in the period.' })
  received!: number;

  @Field(() => Int, { description: 'Of those, received without a delay target (« sans délai d’engagement »: no due date): never overdue, and outside the on-time rate.' })
  withoutDelayTarget!: number;

  @Field(() => Int, { description: 'Items received in the period and answered, with or without a delay target.' })
  answered!: number;

  @Field(() => Int, { description: 'Of the answered, those under a delay target (with a due date): the sample size of onTimeRate.' })
  answeredWithDelayTarget!: number;

  @Field(() => Int, { description: 'Of the answered under a delay target, those answered by their due date.' })
  answeredOnTime!: number;

  @Field(() => Float, { nullable: true, description: 'answeredOnTime / answeredWithDelayTarget: a fraction from 0 to 1, its sample size answeredWithDelayTarget beside; items without a delay target are not in it; null when none under a delay target was answered.' })
  onTimeRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Median delay of the answers (with or without a delay target), in working days.' })
  medianDelayWorkingDays!: number | null;

  @Field(() => Float, { nullable: true, description: '90th percentile of the delay of the answers (with or without a delay target), in working days.' })
  p90DelayWorkingDays!: number | null;

  @Field(() => Int, { description: 'Items received in the period and still open (stock), with or without a delay target.' })
  backlog!: number;

  @Field(() => Int, { description: 'Of the backlog, items past their due date (an item without a delay target never is).' })
  overdue!: number;
}

@ObjectType('TelephonySummary', { description: 'Telephony statistics of a scope over the months of a period (the « 5 rings » delay target).' })
export class TelephonySummaryType {
  @Field(() => Int, { description: 'Calls offered.' })
  offered!: number;

  @Field(() => Int, { description: 'Calls picked up.' })
  answered!: number;

  @Field(() => Int, { description: 'Calls picked up within the target (5 rings).' })
  answeredWithinTarget!: number;

  @Field(() => Float, { nullable: true, description: 'answeredWithinTarget / offered: a fraction from 0 to 1, its sample size offered beside; null when no call was offered.' })
  withinTargetRate!: number | null;
}

@ObjectType('DelayTableau', { description: 'The tableau de suivi (R1) of a tenant, directorate or service over a period: per channel and in total, with overdue items and a CSV export.' })
export class DelayTableauType {
  @Field(() => ID, { nullable: true, description: 'Tenant, when the tableau is for one (or was narrowed to one).' })
  tenantId!: string | null;

  @Field(() => ID, { nullable: true, description: 'Directorate, when the tableau is for one.' })
  directorateId!: string | null;

  @Field(() => ID, { nullable: true, description: 'Service, when the tableau is for one.' })
  serviceId!: string | null;

  @Field(() => String, { description: 'First day of the period (YYYY-MM-DD).' })
  from!: string;

  @Field(() => String, { description: 'Last day of the period (YYYY-MM-DD).' })
  to!: string;

  @Field(() => Channel, { nullable: true, description: 'The only channel counted, when one was asked.' })
  channel!: Channel | null;
}

/** A tableau de suivi being resolved: its scope and the tenants it may count. */
interface Tableau {
  tenantId: string | null;
  directorateId: string | null;
  serviceId: string | null;
  from: string;
  to: string;
  channel: Channel | null;
  column: ScopeColumn;
  scopeId: string;
  tenantIds: string[];
}

const SCOPE_PROPERTY = { tenant_id: 'tenantId', directorate_id: 'directorateId', service_id: 'serviceId' } as const;

function tableau(ctx: Context, scope: { tenantId?: string | null; directorateId?: string | null; serviceId?: string | null }, from: string, to: string, channel: Channel | null | undefined): Tableau {
  const identity = ctx.requireIdentity();
  const range = period(from, to);
  const common = { directorateId: scope.directorateId ?? null, serviceId: scope.serviceId ?? null, ...range, channel: channel ?? null };
  if (scope.serviceId) return { ...common, tenantId: scope.tenantId ?? null, column: 'service_id', scopeId: scope.serviceId, tenantIds: ctx.readableTenants(scope.tenantId) };
  if (scope.directorateId) return { ...common, tenantId: scope.tenantId ?? null, column: 'directorate_id', scopeId: scope.directorateId, tenantIds: ctx.readableTenants(scope.tenantId) };
  const tenantId = scope.tenantId ?? identity.tenantId;
  ctx.readableTenants(tenantId);
  // The tenant column scopes it already: counting within every readable tenant lets the tableaux of many tenants share one batch.
  return { ...common, tenantId, column: 'tenant_id', scopeId: tenantId, tenantIds: identity.readableTenantIds };
}

/** Indicators of a tableau, batched with every tableau of the same kind and period in the request. */
function indicatorsOf(ctx: Context, t: Tableau): Promise<DelayIndicators[]> {
  const key = `indicators:${t.column}:${t.from}:${t.to}:${t.channel ?? ''}:${t.tenantIds.join(',')}`;
  return ctx.loaders
    .get<string, DelayIndicators[]>(key, async (ids) => {
      const found = await delayIndicators(ctx.em, t.column, ids, { tenantIds: t.tenantIds, from: t.from, to: t.to, channel: t.channel });
      return ids.map((id) => found.get(id) ?? []);
    })
    .load(t.scopeId);
}

function overdueCountOf(ctx: Context, column: ScopeColumn, id: string): Promise<number> {
  const tenantIds = ctx.requireIdentity().readableTenantIds;
  return ctx.loaders
    .get<string, number>(`overdue:${column}`, async (ids) => {
      const found = await overdueCounts(ctx.em, column, ids, tenantIds);
      return ids.map((scopeId) => found.get(scopeId) ?? 0);
    })
    .load(id);
}

const PERIOD_ARGS = {
  from: { description: 'First day of the period (YYYY-MM-DD), by reception date.' },
  to: { description: 'Last day of the period (YYYY-MM-DD), included.' },
  channel: { nullable: true, description: 'Only this channel.' },
} as const;

@Resolver(() => DelayTableauType)
export class TableauResolver {
  @Query(() => DelayTableauType, { nullable: true, description: 'R1: the tableau de suivi of a tenant (the caller’s by default), a directorate or a service over a period, computed in SQL.' })
  tableauDeSuivi(
    @Ctx() ctx: Context,
    @Arg('from', () => String, PERIOD_ARGS.from) from: string,
    @Arg('to', () => String, PERIOD_ARGS.to) to: string,
    @Arg('tenantId', () => ID, { nullable: true, description: 'The tenant (one the caller reads).' }) tenantId?: string | null,
    @Arg('directorateId', () => ID, { nullable: true, description: 'Only this directorate.' }) directorateId?: string | null,
    @Arg('serviceId', () => ID, { nullable: true, description: 'Only this service.' }) serviceId?: string | null,
    @Arg('channel', () => Channel, PERIOD_ARGS.channel) channel?: Channel | null,
  ): Tableau {
    return tableau(ctx, { tenantId, directorateId, serviceId }, from, to, channel);
  }

  @FieldResolver(() => [DelayIndicatorsType], { description: 'One row per channel that received items in the period.' })
  async byChannel(@Root() t: Tableau, @Ctx() ctx: Context): Promise<DelayIndicators[]> {
    return byChannel(await indicatorsOf(ctx, t));
  }

  @FieldResolver(() => DelayIndicatorsType, { description: 'All channels together.' })
  async total(@Root() t: Tableau, @Ctx() ctx: Context): Promise<DelayIndicators> {
    return totalOf(await indicatorsOf(ctx, t), t.scopeId);
  }

  @FieldResolver(() => CorrespondenceItemConnection, { description: 'Items of the period still open past their due date, oldest reception first.' })
  overdueItems(@Root() t: Tableau, @Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs): Promise<Connection<CorrespondenceItem>> {
    const params: unknown[] = [uuidArray(t.tenantIds), t.from, t.to];
    let sql = 't."tenant_id" = any(?::uuid[]) and t."received_on" between ?::date and ?::date and t."answered_at" is null and t."due_at" <= now()';
    if (t.channel) {
      sql += ' and t."channel" = ?';
      params.push(t.channel);
    }
    const key = `overdue-items:${t.column}:${t.from}:${t.to}:${t.channel ?? ''}:${t.tenantIds.join(',')}:${page.first}:${page.after ?? ''}`;
    return ctx.loaders
      .get<string, Connection<CorrespondenceItem>>(key, (ids) => paginateChildren<CorrespondenceItem>(ctx.em, CorrespondenceItem, ids, page, { parent: SCOPE_PROPERTY[t.column], orderBy: 'receivedAt', where: { sql, params } }))
      .load(t.scopeId);
  }

  @FieldResolver(() => String, { description: 'The tableau as CSV (UTF-8 with BOM, semicolons, decimal commas; the on-time rate in percent, as its header says): one line per channel, then the total.' })
  async csv(@Root() t: Tableau, @Ctx() ctx: Context): Promise<string> {
    const rows = await indicatorsOf(ctx, t);
    return tableauCsv([...byChannel(rows), totalOf(rows, t.scopeId)], t.from, t.to);
  }

  @FieldResolver(() => TelephonySummaryType, { description: 'Telephony statistics of the months starting in the period (the « 5 rings » delay target).' })
  telephony(@Root() t: Tableau, @Ctx() ctx: Context): Promise<TelephonySummary> {
    const key = `telephony:${t.column}:${t.from}:${t.to}:${t.tenantIds.join(',')}`;
    return ctx.loaders
      .get<string, TelephonySummary>(key, async (ids) => {
        const found = await telephonySummaries(ctx.em, t.column, ids, { tenantIds: t.tenantIds, from: t.from, to: t.to, channel: t.channel });
        return ids.map((id) => found.get(id) ?? NO_CALLS);
      })
      .load(t.scopeId);
  }
}

/** Directorate, Service and Tenant, owned by the organization service, extended with their response delays. */
@Resolver(() => DirectorateRef)
export class DirectorateExtensionResolver {
  @FieldResolver(() => DelayTableauType, { description: 'Tableau de suivi of the directorate’s items over a period (batched across directorates).' })
  correspondenceTableau(
    @Root() directorate: Ref,
    @Ctx() ctx: Context,
    @Arg('from', () => String, PERIOD_ARGS.from) from: string,
    @Arg('to', () => String, PERIOD_ARGS.to) to: string,
    @Arg('channel', () => Channel, PERIOD_ARGS.channel) channel?: Channel | null,
  ): Tableau {
    return tableau(ctx, { directorateId: directorate.id }, from, to, channel);
  }

  @FieldResolver(() => Int, { description: 'Items of the directorate open past their due date, now.' })
  overdueCorrespondenceCount(@Root() directorate: Ref, @Ctx() ctx: Context): Promise<number> {
    return overdueCountOf(ctx, 'directorate_id', directorate.id);
  }
}

@Resolver(() => ServiceRef)
export class ServiceExtensionResolver {
  @FieldResolver(() => DelayTableauType, { description: 'Tableau de suivi of the service’s items over a period (batched across services).' })
  correspondenceTableau(
    @Root() service: Ref,
    @Ctx() ctx: Context,
    @Arg('from', () => String, PERIOD_ARGS.from) from: string,
    @Arg('to', () => String, PERIOD_ARGS.to) to: string,
    @Arg('channel', () => Channel, PERIOD_ARGS.channel) channel?: Channel | null,
  ): Tableau {
    return tableau(ctx, { serviceId: service.id }, from, to, channel);
  }

  @FieldResolver(() => Int, { description: 'Items of the service open past their due date, now.' })
  overdueCorrespondenceCount(@Root() service: Ref, @Ctx() ctx: Context): Promise<number> {
    return overdueCountOf(ctx, 'service_id', service.id);
  }
}

@Resolver(() => TenantRef)
export class TenantExtensionResolver {
  @FieldResolver(() => DelayTableauType, { description: 'Tableau de suivi of the tenant over a period.' })
  correspondenceTableau(
    @Root() tenant: Ref,
    @Ctx() ctx: Context,
    @Arg('from', () => String, PERIOD_ARGS.from) from: string,
    @Arg('to', () => String, PERIOD_ARGS.to) to: string,
    @Arg('channel', () => Channel, PERIOD_ARGS.channel) channel?: Channel | null,
  ): Tableau {
    return tableau(ctx, { tenantId: tenant.id }, from, to, channel);
  }
}
