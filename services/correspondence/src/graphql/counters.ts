import { Arg, Args, Ctx, Field, FieldResolver, Float, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { TenantRef } from '@qualipref/organization-client';
import type { ImportReport } from '@qualipref/csv';
import { badInput, ConnectionType, CsvImportReport, firstDayOf, ImportModeEnum, MonthScalar, PageArgs, paginateChildren, type Connection, type ImportModeValue } from '@qualipref/server-kit';
import { ProcedureIndicator } from '../entities/index.js';
import * as counters from '../domain/counters.js';
import { lookUpServices } from '../domain/deps.js';
import { period } from '../domain/rules.js';
import type { Context, Ref } from './common.js';

@ObjectType('ProcedureIndicator', { description: 'R4: the processing time of a common procedure (national indicator) for a tenant and a month.' })
export class ProcedureIndicatorType {
  @Field(() => ID, { description: 'Identifier of the record.' })
  id!: string;

  @Field(() => ID, { description: 'Tenant.' })
  tenantId!: string;

  @Field(() => String, { description: 'Code of the procedure (CNI, PASSEPORT, CARTE_GRISE…).' })
  procedure!: string;

  @Field(() => MonthScalar, { description: 'The month (YYYY-MM).' })
  month!: string;

  @Field(() => Float, { description: 'Processing time measured, in days.' })
  value!: number;

  @Field(() => Float, { nullable: true, description: 'National target, in days.' })
  target!: number | null;
}

@ObjectType('WaitingTimeBucket', { description: 'Visits whose wait fell within a range of minutes.' })
export class WaitingTimeBucketType {
  @Field(() => Int, { description: 'Lower bound, in minutes (included).' })
  fromMinutes!: number;

  @Field(() => Int, { nullable: true, description: 'Upper bound, in minutes (excluded); null for the last range.' })
  toMinutes!: number | null;

  @Field(() => Int, { description: 'Visits in the range.' })
  visits!: number;
}

@ObjectType('CounterWaitingTimes', { description: 'R5: waiting time at the counters from arrival to call, over a period.' })
export class CounterWaitingTimesType {
  @Field(() => Int, { description: 'Visits in the period.' })
  visits!: number;

  @Field(() => Int, { description: 'Of those, with an appointment.' })
  withAppointment!: number;

  @Field(() => Float, { nullable: true, description: 'Median wait, in minutes.' })
  medianWaitMinutes!: number | null;

  @Field(() => Float, { nullable: true, description: '90th percentile of the wait, in minutes.' })
  p90WaitMinutes!: number | null;

  @Field(() => [WaitingTimeBucketType], { description: 'Distribution of the wait.' })
  distribution!: WaitingTimeBucketType[];
}

@ObjectType('CounterPeakHour', { description: 'Visits in one hour of a weekday for one procedure (Paris time).' })
export class CounterPeakHourType {
  @Field(() => Int, { description: 'Weekday, 1 = Monday … 7 = Sunday.' })
  weekday!: number;

  @Field(() => Int, { description: 'Hour of arrival, 0–23.' })
  hour!: number;

  @Field(() => String, { description: 'Procedure.' })
  procedure!: string;

  @Field(() => Int, { description: 'Visits.' })
  visits!: number;

  @Field(() => Float, { nullable: true, description: 'Average wait, in minutes.' })
  averageWaitMinutes!: number | null;
}

@ObjectType('CounterPeakHours', { description: 'R5: when the counters are busiest, per weekday, hour and procedure, ready to send to town halls.' })
export class CounterPeakHoursType {
  @Field(() => [CounterPeakHourType], { description: 'Rows by weekday and hour, busiest procedure first.' })
  rows!: CounterPeakHourType[];

  @Field(() => String, { description: 'The table as CSV (UTF-8 with BOM, semicolons).' })
  csv!: string;
}

@InputType({ description: 'The processing time of a procedure for a month (R4).' })
export class ProcedureIndicatorInput {
  @Field(() => String, { description: 'Code of the procedure (CNI, PASSEPORT, CARTE_GRISE…).' })
  procedure!: string;

  @Field(() => MonthScalar, { description: 'The month (YYYY-MM).' })
  month!: string;

  @Field(() => Float, { description: 'Processing time measured, in days.' })
  value!: number;

  @Field(() => Float, { nullable: true, description: 'National target, in days.' })
  target?: number | null;
}

@InputType({ description: 'Which counter visits to measure (R5).' })
export class CounterVisitFilter {
  @Field(() => String, { description: 'First day (YYYY-MM-DD), by Paris date of arrival.' })
  from!: string;

  @Field(() => String, { description: 'Last day (YYYY-MM-DD), included.' })
  to!: string;

  @Field(() => ID, { nullable: true, description: 'Only this tenant (one the caller reads); the caller’s by default.' })
  tenantId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this service.' })
  serviceId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this procedure.' })
  procedure?: string | null;
}

export const ProcedureIndicatorConnection = ConnectionType(ProcedureIndicatorType, 'ProcedureIndicator', 'A page of procedure indicators, oldest month first.');

const MONTH_ARGS = {
  from: { description: 'From this month (YYYY-MM), included.' },
  to: { description: 'Until this month (YYYY-MM), included.' },
  procedure: { nullable: true, description: 'Only this procedure.' },
} as const;

/** A page of a tenant's procedure indicators, batched with every tenant's asked for the same months and page in the request. */
function procedureIndicatorsOf(ctx: Context, tenantId: string, from: string, to: string, procedure: string | null | undefined, page: PageArgs): Promise<Connection<ProcedureIndicator>> {
  const [tenant] = ctx.readableTenants(tenantId);
  if (to < from) throw badInput('Le dernier mois précède le premier.', 'to');
  const code = procedure ? procedure.toUpperCase() : null;
  const where = { sql: `t."month" between ?::date and ?::date${code ? ' and t."procedure" = ?' : ''}`, params: [firstDayOf(from), firstDayOf(to), ...(code ? [code] : [])] };
  return ctx.loaders
    .get<string, Connection<ProcedureIndicator>>(`procedure-indicators:${from}:${to}:${code ?? ''}:${page.first}:${page.after ?? ''}`, (ids) =>
      paginateChildren<ProcedureIndicator>(ctx.em, ProcedureIndicator, ids, page, { parent: 'tenantId', orderBy: 'month', where }),
    )
    .load(tenant!);
}

function visitFilter(ctx: Context, filter: CounterVisitFilter): counters.VisitFilter {
  const range = period(filter.from, filter.to);
  return { ...range, tenantIds: ctx.readableTenants(filter.tenantId ?? ctx.requireIdentity().tenantId), serviceId: filter.serviceId ?? null, procedure: filter.procedure ?? null, timeZone: ctx.clock.timeZone };
}

@Resolver()
export class ProceduresAndCountersResolver {
  @Query(() => ProcedureIndicatorConnection, { nullable: true, description: 'R4: processing times of the common procedures of a readable tenant (the caller’s by default), oldest month first.' })
  procedureIndicators(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('from', () => MonthScalar, MONTH_ARGS.from) from: string,
    @Arg('to', () => MonthScalar, MONTH_ARGS.to) to: string,
    @Arg('tenantId', () => ID, { nullable: true, description: 'The tenant.' }) tenantId?: string | null,
    @Arg('procedure', () => String, MONTH_ARGS.procedure) procedure?: string | null,
  ): Promise<Connection<ProcedureIndicator>> {
    return procedureIndicatorsOf(ctx, tenantId ?? ctx.requireIdentity().tenantId, from, to, procedure, page);
  }

  @Mutation(() => ProcedureIndicatorType, { description: 'R4: records or corrects the processing time of a procedure for a month. Managers and administrators.' })
  recordProcedureIndicator(@Ctx() ctx: Context, @Arg('input', () => ProcedureIndicatorInput, { description: 'The indicator.' }) input: ProcedureIndicatorInput) {
    return ctx.run((u) => counters.recordProcedureIndicator(u, input));
  }

  @Mutation(() => CsvImportReport, { description: 'R5: imports the queue-ticket export of a service (columns ticket, procedure, arrivedAt, calledAt, endedAt, appointment, or their French headers); known tickets are skipped, wrong rows reported with their line. By default (PARTIAL) the right rows are kept.' })
  async importCounterVisitsCsv(
    @Ctx() ctx: Context,
    @Arg('csv', () => String, { description: 'The CSV text, with a header line.' }) csv: string,
    @Arg('serviceId', () => ID, { description: 'The service whose counters the export covers.' }) serviceId: string,
    @Arg('mode', () => ImportModeEnum, { defaultValue: ImportModeEnum.PARTIAL, description: 'How refused rows are treated (PARTIAL by default).' }) mode: ImportModeValue,
    @Arg('dryRun', () => Boolean, { defaultValue: false, description: 'Check the file and report what would be done, writing nothing.' }) dryRun: boolean,
  ): Promise<ImportReport> {
    if (csv.length > 10_000_000) throw badInput('Fichier trop volumineux (10 Mo au plus).', 'csv');
    try {
      return await ctx.runAfter((c) => lookUpServices(c, [serviceId]), (u, org) => counters.importCounterVisits(u, csv, serviceId, org, { mode, dryRun }));
    } catch (error) {
      if (error instanceof counters.ImportRejected) return error.report;
      throw error;
    }
  }

  @Query(() => CounterWaitingTimesType, { nullable: true, description: 'R5: waiting time at the counters from arrival to call, with its distribution, computed in SQL.' })
  counterWaitingTimes(@Ctx() ctx: Context, @Arg('filter', () => CounterVisitFilter, { description: 'Which visits.' }) filter: CounterVisitFilter) {
    return counters.waitingTimes(ctx.em, visitFilter(ctx, filter));
  }

  @Query(() => CounterPeakHoursType, { nullable: true, description: 'R5: peak and off-peak hours per weekday, hour and procedure, with a CSV for town halls.' })
  async counterPeakHours(@Ctx() ctx: Context, @Arg('filter', () => CounterVisitFilter, { description: 'Which visits.' }) filter: CounterVisitFilter) {
    const rows = await counters.peakHours(ctx.em, visitFilter(ctx, filter));
    return { rows, csv: counters.peakHoursCsv(rows) };
  }
}

/** The tenant, extended with the measured processing and waiting times (R4, R5). */
@Resolver(() => TenantRef)
export class TenantCountersResolver {
  // R4: the measured times, to set beside the waiting time perceived in the surveys (Tenant.perceivedWaitingTime).
  @FieldResolver(() => ProcedureIndicatorConnection, { description: 'R4: processing times of the common procedures, oldest month first (batched across tenants); set beside perceivedWaitingTime of the surveys.' })
  procedureIndicators(
    @Root() tenant: Ref,
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('from', () => MonthScalar, MONTH_ARGS.from) from: string,
    @Arg('to', () => MonthScalar, MONTH_ARGS.to) to: string,
    @Arg('procedure', () => String, MONTH_ARGS.procedure) procedure?: string | null,
  ): Promise<Connection<ProcedureIndicator>> {
    return procedureIndicatorsOf(ctx, tenant.id, from, to, procedure, page);
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
