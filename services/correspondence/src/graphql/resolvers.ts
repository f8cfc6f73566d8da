import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import { calendarDaysBetween, DEFAULT_SETTINGS } from '@qualipref/calendar';
import { badInput, type Connection, optionalIsoDate, PageArgs, paginate, paginateChildren, type RequestContext } from '@qualipref/server-kit';
import type { CorrespondenceApp } from '../app.js';
import { AppointmentRequest, CorrespondenceItem, Engagement, GedImport, LegalityControl, LitigationCase, ProcedureIndicator, Referential, TelephonyMonth, TenantSettings } from '../entities/index.js';
import * as counters from '../domain/counters.js';
import { lookUpServices } from '../domain/deps.js';
import * as dctaj from '../domain/dctaj.js';
import * as engagements from '../domain/engagements.js';
import { Channel, ItemStatus, ReferralState } from '../domain/enums.js';
import { importGedCsv, parseGedCsv } from '../domain/ged-import.js';
import * as items from '../domain/items.js';
import { itemStatus, period, referralState } from '../domain/rules.js';
import { NO_CALLS, byChannel, delayIndicators, overdueCounts, tableauCsv, telephonySummaries, totalOf, type DelayIndicators, type ScopeColumn, type TelephonySummary, uuidArray } from '../domain/tableau.js';
import {
  AppointmentRequestInput,
  CalendarSettingsInput,
  CounterVisitFilter,
  EngagementInput,
  GedColumnMapping,
  ItemFilter,
  LegalityControlInput,
  LitigationCaseInput,
  ProcedureIndicatorInput,
  ReferentialInput,
  RegisterItemInput,
  TelephonyMonthInput,
  UpdateAppointmentRequestInput,
  UpdateItemInput,
  UpdateLegalityControlInput,
  UpdateLitigationCaseInput,
} from './inputs.js';
import {
  AppointmentRequestConnection,
  AppointmentRequestType,
  CalendarSettingsType,
  CounterImportReportType,
  CounterPeakHoursType,
  CounterWaitingTimesType,
  CorrespondenceItemConnection,
  CorrespondenceItemType,
  DelayIndicatorsType,
  DelayTableauType,
  DirectorateRef,
  EngagementType,
  GedImportConnection,
  GedImportType,
  LegalityControlConnection,
  LegalityControlType,
  LitigationCaseConnection,
  LitigationCaseType,
  ProcedureIndicatorType,
  ReferentialType,
  ServiceRef,
  TelephonyMonthType,
  TelephonySummaryType,
  TenantRef,
  UserRef,
} from './types.js';

type Context = RequestContext<CorrespondenceApp>;
// Parameter types named apart from the entity schemas, so that decorator metadata sees plain types.
type ItemRow = CorrespondenceItem;
type ReferentialRow = Referential;
type EngagementRow = Engagement;
type LegalityRow = LegalityControl;
type LitigationRow = LitigationCase;
type AppointmentRow = AppointmentRequest;
type Ref = { id: string };

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

export const loadItem = (ctx: Context, id: string) => ctx.loaders.byId<CorrespondenceItem>(CorrespondenceItem, 'CorrespondenceItem').load(id);
const loadEngagement = (ctx: Context, id: string) => ctx.loaders.byId<Engagement>(Engagement, 'Engagement').load(id);
const loadReferential = (ctx: Context, id: string) => ctx.loaders.byId<Referential>(Referential, 'Referential').load(id);


function dateRange(from: string | null | undefined, to: string | null | undefined): Record<string, string> | null {
  const start = optionalIsoDate(from, 'from');
  const end = optionalIsoDate(to, 'to');
  if (start && end && end < start) throw badInput('La fin de la période précède son début.', 'to');
  if (!start && !end) return null;
  return { ...(start ? { $gte: start } : {}), ...(end ? { $lte: end } : {}) };
}

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
  }
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

@Resolver(() => CorrespondenceItemType)
export class CorrespondenceItemResolver {
  @Query(() => CorrespondenceItemConnection, { description: 'Correspondence items of the readable tenants, newest reception first.' })
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
  status(@Root() item: ItemRow): ItemStatus {
    return itemStatus(item, new Date());
  }

  @FieldResolver(() => ServiceRef, { description: 'Service in charge.' })
  service(@Root() item: ItemRow): Ref {
    return { id: item.serviceId };
  }

  @FieldResolver(() => DirectorateRef, { description: 'Directorate of the service.' })
  directorate(@Root() item: ItemRow): Ref {
    return { id: item.directorateId };
  }

  @FieldResolver(() => TenantRef, { description: 'Tenant of the item.' })
  tenant(@Root() item: ItemRow): Ref {
    return { id: item.tenantId };
  }

  @FieldResolver(() => UserRef, { nullable: true, description: 'Agent in charge.' })
  assignedAgent(@Root() item: ItemRow): Ref | null {
    return item.assignedAgentId ? { id: item.assignedAgentId } : null;
  }

  @FieldResolver(() => EngagementType, { description: 'The engagement in force at reception, which set the due date.' })
  engagement(@Root() item: ItemRow, @Ctx() ctx: Context) {
    return loadEngagement(ctx, item.engagement.id);
  }

  @Mutation(() => CorrespondenceItemType, { description: 'R1: registers an item for a service of the caller’s directorate (administrators: any service of their tenant); its due date follows the engagement in force at reception.' })
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

@Resolver(() => ReferentialType)
export class ReferentialResolver {
  @Query(() => [ReferentialType], { description: 'Referentials of the label of a readable tenant (the caller’s by default), oldest first.' })
  correspondenceReferentials(@Ctx() ctx: Context, @Arg('tenantId', () => ID, { nullable: true, description: 'The tenant.' }) tenantId?: string | null) {
    const [tenant] = ctx.readableTenants(tenantId ?? ctx.requireIdentity().tenantId);
    return ctx.em.find(Referential, { tenantId: tenant }, { orderBy: { year: 'asc', code: 'asc' }, limit: 100 });
  }

  @FieldResolver(() => [EngagementType], { description: 'Its engagements, by channel then validity.' })
  engagements(@Root() referential: ReferentialRow, @Ctx() ctx: Context) {
    return ctx.loaders.childrenOf<Engagement>(Engagement, 'Engagement', 'referential', { channel: 'asc', validFrom: 'asc' }).load(referential.id);
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

  @Query(() => [TelephonyMonthType], { description: 'Monthly telephony statistics of a service, by month (at most 120).' })
  telephonyMonths(
    @Ctx() ctx: Context,
    @Arg('serviceId', () => ID, { description: 'The service.' }) serviceId: string,
    @Arg('from', () => String, { nullable: true, description: 'From this month’s first day (YYYY-MM-DD).' }) from?: string | null,
    @Arg('to', () => String, { nullable: true, description: 'Until this day (YYYY-MM-DD).' }) to?: string | null,
  ) {
    const where: FilterQuery<TelephonyMonth> & Record<string, unknown> = { tenantId: { $in: ctx.readableTenants(null) }, serviceId };
    const range = dateRange(from, to);
    if (range) where.month = range;
    return ctx.em.find(TelephonyMonth, where, { orderBy: { month: 'asc' }, limit: 120 });
  }

  @Mutation(() => TelephonyMonthType, { description: 'Records or corrects a month of telephony statistics of a service of the caller’s directorate.' })
  recordTelephonyMonth(@Ctx() ctx: Context, @Arg('input', () => TelephonyMonthInput, { description: 'The statistics.' }) input: TelephonyMonthInput) {
    return ctx.runAfter((c) => lookUpServices(c, [input.serviceId]), (u, org) => engagements.recordTelephonyMonth(u, input, org));
  }
}

@Resolver(() => DelayTableauType)
export class TableauResolver {
  @Query(() => DelayTableauType, { description: 'R1: the tableau de suivi of a tenant (the caller’s by default), a directorate or a service over a period, computed in SQL.' })
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

  @FieldResolver(() => String, { description: 'The tableau as CSV (UTF-8 with BOM, semicolons, decimal commas): one line per channel, then the total.' })
  async csv(@Root() t: Tableau, @Ctx() ctx: Context): Promise<string> {
    const rows = await indicatorsOf(ctx, t);
    return tableauCsv([...byChannel(rows), totalOf(rows, t.scopeId)], t.from, t.to);
  }

  @FieldResolver(() => TelephonySummaryType, { description: 'Telephony statistics of the months starting in the period (the « 5 rings » engagement).' })
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

@Resolver(() => GedImportType)
export class GedImportResolver {
  @Query(() => GedImportConnection, { description: 'GED imports of the readable tenants, newest first.' })
  gedImports(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs, @Arg('tenantId', () => ID, { nullable: true, description: 'Only this tenant’s.' }) tenantId?: string | null) {
    return paginate(ctx.em, GedImport, { tenantId: { $in: ctx.readableTenants(tenantId) } }, page, { importedAt: 'desc' });
  }

  @Query(() => GedImportType, { nullable: true, description: 'One GED import; null when unknown or not readable.' })
  gedImport(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Identifier of the import.' }) id: string) {
    ctx.requireIdentity();
    return ctx.loaders.byId<GedImport>(GedImport, 'GedImport').load(id);
  }

  @Mutation(() => GedImportType, { description: 'Imports items from a GED CSV export (comma, semicolon or tab separated) with a column mapping: each row is created, skipped when its GED reference is known (re-importing changes nothing), or refused with its line and reason. The result is kept.' })
  importGedCsv(
    @Ctx() ctx: Context,
    @Arg('csv', () => String, { description: 'The CSV text, with a header line.' }) csv: string,
    @Arg('mapping', () => GedColumnMapping, { description: 'Which column holds each field.' }) mapping: GedColumnMapping,
    @Arg('serviceId', () => ID, { nullable: true, description: 'Service of the rows that name none.' }) serviceId?: string | null,
    @Arg('fileName', () => String, { nullable: true, description: 'Name of the file, kept with the result.' }) fileName?: string | null,
  ) {
    if (csv.length > 5_000_000) throw badInput('Fichier trop volumineux (5 Mo au plus).', 'csv');
    return ctx.runAfter((c) => parseGedCsv(c, csv, mapping, serviceId ?? null), (u, parsed) => importGedCsv(u, parsed, mapping, fileName ?? null));
  }
}

@Resolver(() => LegalityControlType)
export class LegalityControlResolver {
  @Query(() => LegalityControlConnection, { description: 'R3: acts under legality control of the readable tenants, newest reception first.' })
  legalityControls(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('tenantId', () => ID, { nullable: true, description: 'Only this tenant’s.' }) tenantId?: string | null,
    @Arg('from', () => String, { nullable: true, description: 'Received on or after this day (YYYY-MM-DD).' }) from?: string | null,
    @Arg('to', () => String, { nullable: true, description: 'Received on or before this day (YYYY-MM-DD).' }) to?: string | null,
  ): Promise<Connection<LegalityControl>> {
    const where: FilterQuery<LegalityControl> & Record<string, unknown> = { tenantId: { $in: ctx.readableTenants(tenantId) } };
    const range = dateRange(from, to);
    if (range) where.receivedAt = range;
    return paginate(ctx.em, LegalityControl, where, page, { receivedAt: 'desc' });
  }

  @FieldResolver(() => ReferralState, { description: 'Where the two-month referral window stands today.' })
  referralState(@Root() control: LegalityRow): ReferralState {
    return referralState(control.referralDeadline, control.referredAt ?? null, dctaj.parisToday());
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'The rule the audit checks: true when the elected official was informed before the recours gracieux; null when no recours was sent.' })
  electedOfficialInformedFirst(@Root() control: LegalityRow): boolean | null {
    if (!control.recoursSentAt) return null;
    return !!control.electedOfficialInformedAt && control.electedOfficialInformedAt <= control.recoursSentAt;
  }

  @FieldResolver(() => DirectorateRef, { description: 'The DCTAJ directorate owning the record.' })
  ownerDirectorate(@Root() control: LegalityRow): Ref {
    return { id: control.ownerDirectorateId };
  }

  @Mutation(() => LegalityControlType, { description: 'Records an act under legality control. DCTAJ and administrators.' })
  recordLegalityControl(@Ctx() ctx: Context, @Arg('input', () => LegalityControlInput, { description: 'The act.' }) input: LegalityControlInput) {
    return ctx.runAfter((c) => dctaj.dctajLookups(c, input.ownerDirectorateId), (u, org) => dctaj.recordLegalityControl(u, input, org));
  }

  @Mutation(() => LegalityControlType, { description: 'Changes a legality control; a recours gracieux before the elected official was informed is refused (BAD_USER_INPUT). DCTAJ and administrators.' })
  updateLegalityControl(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The control.' }) id: string,
    @Arg('input', () => UpdateLegalityControlInput, { description: 'The changes.' }) input: UpdateLegalityControlInput,
  ) {
    return ctx.runAfter((c) => dctaj.recordedDctajLookups(c, LegalityControl, id), (u, org) => dctaj.updateLegalityControl(u, id, input, org));
  }
}

const delay = (start: string | null | undefined, end: string | null | undefined) => (start && end ? calendarDaysBetween(start, end) : null);

@Resolver(() => LitigationCaseType)
export class LitigationCaseResolver {
  @Query(() => LitigationCaseConnection, { description: 'R3: litigation cases of the readable tenants, newest request first.' })
  litigationCases(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs, @Arg('tenantId', () => ID, { nullable: true, description: 'Only this tenant’s.' }) tenantId?: string | null) {
    return paginate(ctx.em, LitigationCase, { tenantId: { $in: ctx.readableTenants(tenantId) } }, page, { requestedAt: 'desc' });
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Calendar days from the request to the filing.' })
  daysToFiling(@Root() record: LitigationRow): number | null {
    return delay(record.requestedAt, record.filedAt);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Calendar days from the filing to the hearing.' })
  daysFilingToHearing(@Root() record: LitigationRow): number | null {
    return delay(record.filedAt, record.hearingAt);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Calendar days from the hearing to the decision.' })
  daysHearingToDecision(@Root() record: LitigationRow): number | null {
    return delay(record.hearingAt, record.decidedAt);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Calendar days from the request to the decision.' })
  daysToDecision(@Root() record: LitigationRow): number | null {
    return delay(record.requestedAt, record.decidedAt);
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Filed within its target; null while not filed.' })
  filingOnTime(@Root() record: LitigationRow): boolean | null {
    const days = delay(record.requestedAt, record.filedAt);
    return days === null ? null : days <= record.filingTargetDays;
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Decided within its target; null while not decided.' })
  decisionOnTime(@Root() record: LitigationRow): boolean | null {
    const days = delay(record.requestedAt, record.decidedAt);
    return days === null ? null : days <= record.decisionTargetDays;
  }

  @FieldResolver(() => DirectorateRef, { description: 'The DCTAJ directorate owning the record.' })
  ownerDirectorate(@Root() record: LitigationRow): Ref {
    return { id: record.ownerDirectorateId };
  }

  @Mutation(() => LitigationCaseType, { description: 'Records a litigation case. DCTAJ and administrators.' })
  recordLitigationCase(@Ctx() ctx: Context, @Arg('input', () => LitigationCaseInput, { description: 'The case.' }) input: LitigationCaseInput) {
    return ctx.runAfter((c) => dctaj.dctajLookups(c, input.ownerDirectorateId), (u, org) => dctaj.recordLitigationCase(u, input, org));
  }

  @Mutation(() => LitigationCaseType, { description: 'Changes a litigation case (key dates in order). DCTAJ and administrators.' })
  updateLitigationCase(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The case.' }) id: string,
    @Arg('input', () => UpdateLitigationCaseInput, { description: 'The changes.' }) input: UpdateLitigationCaseInput,
  ) {
    return ctx.runAfter((c) => dctaj.recordedDctajLookups(c, LitigationCase, id), (u, org) => dctaj.updateLitigationCase(u, id, input, org));
  }
}

@Resolver(() => AppointmentRequestType)
export class AppointmentRequestResolver {
  @Query(() => AppointmentRequestConnection, { description: 'R3: appointment requests of elected officials and territorial officers, newest first.' })
  appointmentRequests(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('tenantId', () => ID, { nullable: true, description: 'Only this tenant’s.' }) tenantId?: string | null,
    @Arg('from', () => String, { nullable: true, description: 'Requested on or after this day (YYYY-MM-DD).' }) from?: string | null,
    @Arg('to', () => String, { nullable: true, description: 'Requested on or before this day (YYYY-MM-DD).' }) to?: string | null,
  ): Promise<Connection<AppointmentRequest>> {
    const where: FilterQuery<AppointmentRequest> & Record<string, unknown> = { tenantId: { $in: ctx.readableTenants(tenantId) } };
    const range = dateRange(from, to);
    if (range) where.requestedAt = range;
    return paginate(ctx.em, AppointmentRequest, where, page, { requestedAt: 'desc' });
  }

  @FieldResolver(() => DirectorateRef, { description: 'The DCTAJ directorate owning the record.' })
  ownerDirectorate(@Root() record: AppointmentRow): Ref {
    return { id: record.ownerDirectorateId };
  }

  @Mutation(() => AppointmentRequestType, { description: 'Records an appointment request; the delay to the appointment is counted in working days. DCTAJ and administrators.' })
  recordAppointmentRequest(@Ctx() ctx: Context, @Arg('input', () => AppointmentRequestInput, { description: 'The request.' }) input: AppointmentRequestInput) {
    return ctx.runAfter((c) => dctaj.dctajLookups(c, input.ownerDirectorateId), (u, org) => dctaj.recordAppointmentRequest(u, input, org));
  }

  @Mutation(() => AppointmentRequestType, { description: 'Changes an appointment request (e.g. the date given). DCTAJ and administrators.' })
  updateAppointmentRequest(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The request.' }) id: string,
    @Arg('input', () => UpdateAppointmentRequestInput, { description: 'The changes.' }) input: UpdateAppointmentRequestInput,
  ) {
    return ctx.runAfter((c) => dctaj.recordedDctajLookups(c, AppointmentRequest, id), (u, org) => dctaj.updateAppointmentRequest(u, id, input, org));
  }
}

/** A tenant's procedure indicators, batched with every tenant's asked for the same period in the request. */
function procedureIndicatorsOf(ctx: Context, tenantId: string, from: string, to: string, procedure?: string | null): Promise<ProcedureIndicator[]> {
  const [tenant] = ctx.readableTenants(tenantId);
  const range = period(from, to);
  const code = procedure ? procedure.toUpperCase() : null;
  return ctx.loaders
    .get<string, ProcedureIndicator[]>(`procedure-indicators:${range.from}:${range.to}:${code ?? ''}`, async (ids) => {
      const found = await counters.procedureIndicatorsPerTenant(ctx.em, ids, range.from, range.to, code);
      return ids.map((id) => found.get(id) ?? []);
    })
    .load(tenant!);
}

function visitFilter(ctx: Context, filter: CounterVisitFilter): counters.VisitFilter {
  const range = period(filter.from, filter.to);
  return { ...range, tenantIds: ctx.readableTenants(filter.tenantId ?? ctx.requireIdentity().tenantId), serviceId: filter.serviceId ?? null, procedure: filter.procedure ?? null };
}

@Resolver()
export class ProceduresAndCountersResolver {
  @Query(() => [ProcedureIndicatorType], { description: 'R4: processing times of the common procedures of a readable tenant (the caller’s by default), by procedure and month (at most 1,000).' })
  procedureIndicators(
    @Ctx() ctx: Context,
    @Arg('from', () => String, { description: 'From this month’s first day (YYYY-MM-DD).' }) from: string,
    @Arg('to', () => String, { description: 'Until this day (YYYY-MM-DD).' }) to: string,
    @Arg('tenantId', () => ID, { nullable: true, description: 'The tenant.' }) tenantId?: string | null,
    @Arg('procedure', () => String, { nullable: true, description: 'Only this procedure.' }) procedure?: string | null,
  ) {
    return procedureIndicatorsOf(ctx, tenantId ?? ctx.requireIdentity().tenantId, from, to, procedure);
  }

  @Mutation(() => ProcedureIndicatorType, { description: 'R4: records or corrects the processing time of a procedure for a month. Managers and administrators.' })
  recordProcedureIndicator(@Ctx() ctx: Context, @Arg('input', () => ProcedureIndicatorInput, { description: 'The indicator.' }) input: ProcedureIndicatorInput) {
    return ctx.run((u) => counters.recordProcedureIndicator(u, input));
  }

  @Mutation(() => CounterImportReportType, { description: 'R5: imports the queue-ticket export of a service (columns ticket, procedure, arrivedAt, calledAt, endedAt, appointment); known tickets are skipped, wrong rows refused with their line.' })
  importCounterVisitsCsv(
    @Ctx() ctx: Context,
    @Arg('csv', () => String, { description: 'The CSV text, with a header line.' }) csv: string,
    @Arg('serviceId', () => ID, { description: 'The service whose counters the export covers.' }) serviceId: string,
  ) {
    if (csv.length > 10_000_000) throw badInput('Fichier trop volumineux (10 Mo au plus).', 'csv');
    return ctx.runAfter((c) => lookUpServices(c, [serviceId]), (u, org) => counters.importCounterVisits(u, csv, serviceId, org));
  }

  @Query(() => CounterWaitingTimesType, { description: 'R5: waiting time at the counters from arrival to call, with its distribution, computed in SQL.' })
  counterWaitingTimes(@Ctx() ctx: Context, @Arg('filter', () => CounterVisitFilter, { description: 'Which visits.' }) filter: CounterVisitFilter) {
    return counters.waitingTimes(ctx.em, visitFilter(ctx, filter));
  }

  @Query(() => CounterPeakHoursType, { description: 'R5: peak and off-peak hours per weekday, hour and procedure, with a CSV for town halls.' })
  async counterPeakHours(@Ctx() ctx: Context, @Arg('filter', () => CounterVisitFilter, { description: 'Which visits.' }) filter: CounterVisitFilter) {
    const rows = await counters.peakHours(ctx.em, visitFilter(ctx, filter));
    return { rows, csv: counters.peakHoursCsv(rows) };
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

  // R4: the measured times, to set beside the waiting time perceived in the surveys (Tenant.perceivedWaitingTime).
  @FieldResolver(() => [ProcedureIndicatorType], { description: 'R4: processing times of the common procedures, by procedure and month (at most 1,000); set beside perceivedWaitingTime of the surveys.' })
  procedureIndicators(
    @Root() tenant: Ref,
    @Ctx() ctx: Context,
    @Arg('from', () => String, { description: 'From this month’s first day (YYYY-MM-DD).' }) from: string,
    @Arg('to', () => String, { description: 'Until this day (YYYY-MM-DD).' }) to: string,
    @Arg('procedure', () => String, { nullable: true, description: 'Only this procedure.' }) procedure?: string | null,
  ) {
    return procedureIndicatorsOf(ctx, tenant.id, from, to, procedure);
  }

  @FieldResolver(() => CounterWaitingTimesType, { description: 'Waiting times measured at the counters (queue tickets) over a period; set beside perceivedWaitingTime of the surveys.' })
  counterWaitingTimes(
    @Root() tenant: Ref,
    @Ctx() ctx: Context,
    @Arg('from', () => String, { description: 'First day (YYYY-MM-DD), by Paris date of arrival.' }) from: string,
    @Arg('to', () => String, { description: 'Last day (YYYY-MM-DD), included.' }) to: string,
    @Arg('procedure', () => String, { nullable: true, description: 'Only this procedure.' }) procedure?: string | null,
  ) {
    const filter = visitFilter(ctx, { from, to, tenantId: tenant.id, procedure });
    return ctx.loaders
      .get<string, counters.WaitingTimes>(`tenant-waiting-times:${filter.from}:${filter.to}:${filter.procedure ?? ''}`, async (ids) => {
        const found = await counters.waitingTimesPerTenant(ctx.em, { ...filter, tenantIds: [...ids] });
        return ids.map((id) => found.get(id)!);
      })
      .load(tenant.id);
  }
}
