import { Arg, Args, Ctx, Field, FieldResolver, Float, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { TenantRef } from '@qualipref/organization-client';
import { ConnectionType, CsvImportReport, DomainError, ErrorCode, ImportModeEnum, PageArgs, badInput, isUuid, paginate, type Connection, type ImportModeValue } from '@qualipref/server-kit';
import type { ImportReport } from '@qualipref/csv';
import type { FilterQuery } from '@mikro-orm/core';
import { IndicatorDefinition, IndicatorFormula, IndicatorValue } from '../entities/index.js';
import { IndicatorComputation, IndicatorSource, IndicatorUnit } from '../domain/enums.js';
import * as indicators from '../domain/indicators.js';
import { parsePeriod } from '../domain/periods.js';
import type { Context, Ref } from './context.js';
import { IndicatorDefinitionType, loadIndicator } from './referentials.js';

type DefinitionRow = IndicatorDefinition;
type ValueRow = IndicatorValue;
type ResultRow = indicators.ComputationResult;

registerEnumType(IndicatorSource, {
  name: 'IndicatorSource',
  description: 'Q1: where an indicator’s value comes from.',
  valuesConfig: {
    COMPUTED: { description: 'Computed by the platform from the committees, surveys and correspondence domains (`computeIndicatorValues`).' },
    IMPORTED: { description: 'Imported from another system’s file (`importIndicatorValues`): Je donne mon avis, the telephony’s export.' },
    ENTERED: { description: 'Entered by hand (`enterIndicatorValue`), with who and when.' },
  },
});

registerEnumType(IndicatorComputation, {
  name: 'IndicatorComputation',
  description: 'Q1: how the platform computes an indicator; the formula’s `parameters` say for what.',
  valuesConfig: {
    ON_TIME_RATE: { description: 'Items answered by their due date over items answered under a delay target, received in the period, for the channel `channel` (tableau de suivi).' },
    TELEPHONE_PICK_UP_RATE: { description: 'Calls picked up over calls offered, in the months of the period.' },
    TELEPHONE_WITHIN_TARGET_RATE: { description: 'Calls picked up within 5 rings over calls offered, in the months of the period.' },
    FLAGSHIP_PROCEDURE_ON_TIME: { description: 'Months whose mean processing time of the procedure `procedure` met its target, over the months measured.' },
    SATISFACTION_RATE: { description: 'Satisfied answers over answers with an opinion, for the dimension `dimension` (null: every question), in the campaigns closed in the period.' },
    NET_SATISFACTION: { description: 'Satisfied minus dissatisfied answers, over answers with an opinion (`denominator` WITH_OPINION) or every answer (ALL_ANSWERS), for `dimension`.' },
    COMMITTEE_CADENCE_MET: { description: '1 when the committee of kind `committeeKind` never went longer than its interval without a meeting held, on any day of the period; 0 otherwise.' },
    ACTION_PLAN_COMPLETION: { description: 'Actions done over actions due in the period, cancelled ones left out.' },
    FEEDBACK_ANSWERED_IN_TIME: { description: 'Feedback received in the period and answered within `withinWorkingDays` working days, over feedback that awaited an answer.' },
  },
});

@ObjectType('IndicatorFormula', { description: 'Q1: the formula of a computed indicator for a tenant: the national one (version 1) or the tenant’s revision.' })
export class IndicatorFormulaType {
  @Field(() => Int, { description: 'Version: 1 is the national formula, 2 and on the tenant’s revisions.' })
  version!: number;

  @Field(() => GraphQLJSONObject, { description: 'The parameters the computation reads, e.g. {"dimension": "WAITING_TIME"}.' })
  parameters!: Record<string, unknown>;

  @Field(() => String, { nullable: true, description: 'Why it was revised; null for the national formula.' })
  comment!: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was revised; null for the national formula.' })
  revisedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Who revised it (name); null for the national formula.' })
  revisedBy!: string | null;
}

@ObjectType('IndicatorValue', { description: 'Q1: a tenant’s value of an indicator for a period, with its source, what it was computed from or where it was read, and who recorded it when.' })
export class IndicatorValueType {
  @Field(() => ID, { description: 'Identifier of the value.' })
  id!: string;

  @Field(() => String, { description: 'The period: a year (2025), a quarter (2025-T3) or a month (2025-09).' })
  period!: string;

  @Field(() => String, { description: 'First day of the period (YYYY-MM-DD).' })
  periodStart!: string;

  @Field(() => String, { description: 'Last day of the period (YYYY-MM-DD).' })
  periodEnd!: string;

  @Field(() => Float, { description: 'The value in `unit`: a rate is a fraction from 0 to 1, like every rate of the API.' })
  value!: number;

  @Field(() => IndicatorUnit, { description: 'Its unit, the indicator’s.' })
  unit!: IndicatorUnit;

  @Field(() => Float, { nullable: true, description: 'The national target in `unit` when it was recorded; null when the referential sets none.' })
  target!: number | null;

  @Field(() => Float, { nullable: true, description: 'What was counted, for a rate (29 answered on time); null when not known.' })
  numerator!: number | null;

  @Field(() => Int, { nullable: true, description: 'Out of how many (36 answered under a delay target): the sample size of a rate; null when not known.' })
  sampleSize!: number | null;

  @Field(() => IndicatorSource, { description: 'Computed, imported or entered.' })
  source!: IndicatorSource;

  @Field(() => String, { description: 'Where it comes from, in French: the figures it was computed from, or the system and file it was read from.' })
  origin!: string;

  @Field(() => Int, { nullable: true, description: 'The formula version a computed value used; null for the others.' })
  formulaVersion!: number | null;

  @Field(() => String, { nullable: true, description: 'A comment of whoever recorded it.' })
  comment!: string | null;

  @Field(() => String, { description: 'Who recorded it last (name), or who ran the computation.' })
  recordedByName!: string;

  @Field(() => Date, { description: 'When it was recorded last.' })
  updatedAt!: Date;
}

@ObjectType('IndicatorComputationResult', { description: 'Q1: one computed indicator of a run: its value recorded, or why there is none.' })
export class IndicatorComputationResultType {
  @Field(() => IndicatorValueType, { nullable: true, description: 'The value recorded; null when it could not be computed.' })
  value!: IndicatorValue | null;

  @Field(() => String, { nullable: true, description: 'Why no value could be computed (no data in the period, a formula to complete), in French; null when one was.' })
  reason!: string | null;
}

@InputType({ description: 'A value entered by hand.' })
export class EnterIndicatorValueInput implements indicators.EnterValueInput {
  @Field(() => ID, { description: 'The indicator; one of a referential the caller’s tenant is labelled under (BAD_USER_INPUT, reason NOT_LABELLED), not computed by the platform (INDICATOR_COMPUTED).' })
  indicatorId!: string;

  @Field(() => String, { description: 'The period: 2025, 2025-T3 or 2025-09 (PERIOD_INVALID); ended (PERIOD_NOT_ENDED).' })
  period!: string;

  @Field(() => Float, { description: 'The value in the indicator’s unit: a rate from 0 to 1, 1 or 0 for met or not (VALUE_OUT_OF_RANGE).' })
  value!: number;

  @Field(() => IndicatorUnit, { nullable: true, description: 'Its unit, which must be the indicator’s (MISSING_UNIT, UNIT_MISMATCH).' })
  unit?: IndicatorUnit | null;

  @Field(() => String, { nullable: true, description: 'Where the figure comes from: a register, a count, a report (MISSING_SOURCE when empty).' })
  origin?: string | null;

  @Field(() => String, { nullable: true, description: 'A comment.' })
  comment?: string | null;
}

export const IndicatorValueConnection = ConnectionType(IndicatorValueType, 'IndicatorValue', 'A page of indicator values, latest period first.');

const values = (ctx: Context) =>
  ctx.loaders.get<string, IndicatorValue | null>('indicator-values', async (keys) => {
    const wanted = keys.map((key) => key.split('|') as [string, string, string]);
    const rows = await ctx.em.find(IndicatorValue, { $or: wanted.map(([indicator, tenantId, period]) => ({ indicator, tenantId, period })) });
    return wanted.map(([indicator, tenantId, period]) => rows.find((r) => r.indicator.id === indicator && r.tenantId === tenantId && r.period === period) ?? null);
  });

/** A tenant's revision of a formula as the API gives it. */
const formulaType = (revision: IndicatorFormula): IndicatorFormulaType => ({ version: revision.version, parameters: revision.parameters, comment: revision.comment, revisedAt: revision.createdAt, revisedBy: revision.createdByName });

/** The latest revision of each indicator's formula for each tenant asked, in one query for a page of indicators. */
const revisions = (ctx: Context) =>
  ctx.loaders.get<string, IndicatorFormula | null>('indicator-formulas', async (keys) => {
    const wanted = keys.map((key) => key.split('|') as [string, string]);
    const rows = await ctx.em.find(IndicatorFormula, { indicator: { $in: [...new Set(wanted.map(([i]) => i))] }, tenantId: { $in: [...new Set(wanted.map(([, t]) => t))] } }, { orderBy: { version: 'desc' } });
    return wanted.map(([indicator, tenantId]) => rows.find((r) => r.indicator.id === indicator && r.tenantId === tenantId) ?? null);
  });

@Resolver(() => IndicatorDefinitionType)
export class IndicatorFieldsResolver {
  @FieldResolver(() => IndicatorComputation, { nullable: true, description: 'How the platform computes it; null when its values are imported or entered.' })
  computation(@Root() indicator: DefinitionRow): IndicatorComputation | null {
    return (indicator.computation as IndicatorComputation | null) ?? null;
  }

  @FieldResolver(() => IndicatorFormulaType, { nullable: true, description: 'The formula in force for a tenant (the caller’s by default): the national one or its latest revision; null when it is not computed.' })
  async formula(@Root() indicator: DefinitionRow, @Ctx() ctx: Context, @Arg('tenantId', () => ID, { nullable: true, description: 'The tenant (one the caller reads).' }) tenantId?: string | null): Promise<IndicatorFormulaType | null> {
    if (!indicator.computation) return null;
    const [tenant] = ctx.readableTenants(tenantId ?? ctx.requireIdentity().tenantId);
    const revision = await revisions(ctx).load(`${indicator.id}|${tenant}`);
    return revision ? formulaType(revision) : { version: 1, parameters: indicator.parameters ?? {}, comment: null, revisedAt: null, revisedBy: null };
  }

  @FieldResolver(() => IndicatorValueType, { nullable: true, description: 'A tenant’s value for a period (the caller’s tenant by default); null when none is recorded.' })
  value(
    @Root() indicator: DefinitionRow,
    @Ctx() ctx: Context,
    @Arg('period', () => String, { description: 'The period: 2025, 2025-T3 or 2025-09.' }) period: string,
    @Arg('tenantId', () => ID, { nullable: true, description: 'The tenant (one the caller reads).' }) tenantId?: string | null,
  ): Promise<IndicatorValue | null> {
    const [tenant] = ctx.readableTenants(tenantId ?? ctx.requireIdentity().tenantId);
    return values(ctx).load(`${indicator.id}|${tenant}|${parsePeriod(period).code}`);
  }
}

@Resolver(() => IndicatorValueType)
export class IndicatorValueResolver {
  @Query(() => IndicatorValueConnection, { nullable: true, description: 'Q1: the indicator values of the readable tenants, latest period first.' })
  indicatorValues(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('tenantId', () => ID, { nullable: true, description: 'Only this tenant’s.' }) tenantId?: string | null,
    @Arg('period', () => String, { nullable: true, description: 'Only this period: 2025, 2025-T3 or 2025-09.' }) period?: string | null,
    @Arg('referentialId', () => ID, { nullable: true, description: 'Only the indicators of this referential.' }) referentialId?: string | null,
    @Arg('source', () => IndicatorSource, { nullable: true, description: 'Only the values of this source.' }) source?: IndicatorSource | null,
  ): Promise<Connection<IndicatorValue>> {
    const where: FilterQuery<IndicatorValue> = { tenantId: { $in: ctx.readableTenants(tenantId) } };
    if (period) where.period = parsePeriod(period).code;
    if (referentialId) {
      if (!isUuid(referentialId)) throw badInput('Identifiant de référentiel invalide.', 'referentialId');
      where.indicator = { engagement: { referential: referentialId } };
    }
    if (source) where.source = source;
    return paginate(ctx.em, IndicatorValue, where, page, { periodEnd: 'desc', id: 'asc' });
  }

  @FieldResolver(() => IndicatorDefinitionType, { description: 'The indicator it measures.' })
  indicator(@Root() value: ValueRow, @Ctx() ctx: Context) {
    return loadIndicator(ctx, value.indicator.id);
  }

  @FieldResolver(() => TenantRef, { description: 'The tenant measured.' })
  tenant(@Root() value: ValueRow): Ref {
    return { id: value.tenantId };
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Whether it meets the target: at least the target for a rate, a count, a mark or a yes/no; at most for a delay, rings or minutes; null without a target.' })
  targetMet(@Root() value: ValueRow): boolean | null {
    if (value.target === null || value.target === undefined) return null;
    const atMost = [IndicatorUnit.WORKING_DAYS, IndicatorUnit.RINGS, IndicatorUnit.MINUTES].includes(value.unit);
    return atMost ? Number(value.value) <= Number(value.target) : Number(value.value) >= Number(value.target);
  }

  @Mutation(() => IndicatorValueType, { description: 'Q1: enters a value by hand for the caller’s tenant (source ENTERED), replacing the one of the period (the audit trail keeps it). The steering directorate’s managers and the tenant’s administrators.' })
  enterIndicatorValue(@Ctx() ctx: Context, @Arg('input', () => EnterIndicatorValueInput, { description: 'The value.' }) input: EnterIndicatorValueInput) {
    return ctx.run((u) => indicators.enterIndicatorValue(u, input));
  }

  @Mutation(() => CsvImportReport, {
    description:
      'Q1: imports values from another system’s CSV (source IMPORTED): columns Référentiel (code), Indicateur (code), Période, Valeur (0,78 or 78 % for a rate), Unité, Source (required: MISSING_SOURCE), Numérateur, Effectif, Commentaire; each problem is reported with its line and column (MISSING_UNIT, UNIT_MISMATCH, UNKNOWN_INDICATOR, VALUE_OUT_OF_RANGE, PERIOD_NOT_ENDED…).',
  })
  async importIndicatorValues(
    @Ctx() ctx: Context,
    @Arg('csv', () => String, { description: 'The CSV text (semicolons, UTF-8).' }) csv: string,
    @Arg('mode', () => ImportModeEnum, { defaultValue: ImportModeEnum.ALL_OR_NOTHING, description: 'How refused rows are treated (ALL_OR_NOTHING by default).' }) mode: ImportModeValue,
    @Arg('dryRun', () => Boolean, { defaultValue: false, description: 'Check the file and report what would be done, writing nothing.' }) dryRun: boolean,
  ): Promise<ImportReport> {
    if (csv.length > 1_000_000) throw badInput('Fichier trop volumineux (1 Mo au plus).', 'csv');
    const parsed = indicators.parseIndicatorsCsv(csv);
    try {
      return await ctx.run((u) => indicators.importIndicatorValues(u, parsed, { mode, dryRun }));
    } catch (error) {
      if (error instanceof indicators.ImportRejected) return error.report;
      throw error;
    }
  }

  @Mutation(() => [IndicatorComputationResultType], {
    description:
      'Q1: computes the caller’s tenant’s indicators of a period from the committees, surveys and correspondence domains (read through the supergraph with a read-only service identity of the tenant), replacing the values computed before. SERVICE_UNAVAILABLE when those figures cannot be read; nothing is written then.',
  })
  async computeIndicatorValues(@Ctx() ctx: Context, @Arg('period', () => String, { description: 'The period: 2025, 2025-T3 or 2025-09; ended (PERIOD_NOT_ENDED).' }) period: string): Promise<indicators.ComputationResult[]> {
    try {
      return await ctx.runAfter((c) => indicators.prepareComputation(c, period), (u, prepared) => indicators.computeIndicatorValues(u, prepared));
    } catch (error) {
      // The caller reads « réessayez »; the logs keep what did not answer.
      if (error instanceof DomainError && error.code === ErrorCode.SERVICE_UNAVAILABLE) ctx.log.error({ err: error.cause }, 'indicator figures unavailable');
      throw error;
    }
  }

  @Mutation(() => IndicatorFormulaType, {
    description: 'Q1: revises a computed indicator’s formula for the caller’s tenant (a new version; the values computed after use it). BAD_USER_INPUT with reason FORMULA_INVALID, FORMULA_UNCHANGED or NOT_COMPUTED.',
  })
  async reviseIndicatorFormula(
    @Ctx() ctx: Context,
    @Arg('indicatorId', () => ID, { description: 'The indicator.' }) indicatorId: string,
    @Arg('parameters', () => GraphQLJSONObject, { description: 'The new parameters, e.g. {"procedure": "CARTE_GRISE"}.' }) parameters: Record<string, unknown>,
    @Arg('comment', () => String, { description: 'Why it changes.' }) comment: string,
  ): Promise<IndicatorFormulaType> {
    return formulaType(await ctx.run((u) => indicators.reviseIndicatorFormula(u, indicatorId, parameters, comment)));
  }
}

@Resolver(() => IndicatorComputationResultType)
export class IndicatorComputationResultResolver {
  @FieldResolver(() => IndicatorDefinitionType, { description: 'The indicator computed.' })
  indicator(@Root() result: ResultRow) {
    return result.indicator;
  }
}
