import { Arg, Args, Ctx, Field, FieldResolver, Float, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { TenantRef } from '@qualipref/organization-client';
import { ConnectionType, PageArgs, paginate, type Connection } from '@qualipref/server-kit';
import { IndicatorValue, Publication, PublishedFigure } from '../entities/index.js';
import { IndicatorSource, IndicatorUnit } from '../domain/enums.js';
import { parsePeriod } from '../domain/periods.js';
import { can } from '../domain/policy.js';
import * as publications from '../domain/publications.js';
import { publicPaths, type PublicPaths } from '../public/transparence.js';
import type { Context, Ref } from './context.js';
import { IndicatorValueType } from './indicators.js';
import { IndicatorDefinitionType, loadIndicator } from './referentials.js';

type PublicationRow = Publication;
type FigureRow = PublishedFigure;
type DraftFigureRow = publications.DraftFigure;

export enum PublicationStatus {
  IN_FORCE = 'IN_FORCE',
  REPLACED = 'REPLACED',
}

registerEnumType(PublicationStatus, {
  name: 'PublicationStatus',
  description: 'Q6: whether a version of a quarter’s results is the one in force.',
  valuesConfig: {
    IN_FORCE: { description: 'The latest version: the one the public pages show.' },
    REPLACED: { description: 'Replaced by a correction; still readable, marked replaced.' },
  },
});

@ObjectType('PublicationOpenData', { description: 'Q6: where a version’s public documents are read, without sign-in, at the gateway (paths to append to its origin).' })
export class PublicationOpenDataType implements PublicPaths {
  @Field(() => String, { description: 'The open data in JSON (schema `qualipref.transparence.trimestre/1`).' })
  json!: string;

  @Field(() => String, { description: 'The same figures as CSV (semicolons, decimal comma, UTF-8 with BOM).' })
  csv!: string;

  @Field(() => String, { description: 'The reception hall’s poster, A4 PDF.' })
  posterA4!: string;

  @Field(() => String, { description: 'The reception hall’s poster, A3 PDF.' })
  posterA3!: string;
}

@ObjectType('PublishedFigure', { description: 'Q6: an indicator as published in a quarter’s results: its value and what its public page states, frozen.' })
export class PublishedFigureType {
  @Field(() => String, { description: 'The indicator’s code, e.g. TAUX_DECROCHE_5_SONNERIES.' })
  code!: string;

  @Field(() => String, { description: 'Its name as published.' })
  name!: string;

  @Field(() => String, { description: 'Its definition as published.' })
  definition!: string;

  @Field(() => String, { description: 'The referential and its version, e.g. « Services Publics + 2023 ».' })
  referentialName!: string;

  @Field(() => IndicatorUnit, { description: 'Its unit.' })
  unit!: IndicatorUnit;

  @Field(() => Float, { nullable: true, description: 'The value published in `unit` (a rate is a fraction from 0 to 1); null when none was recorded by the cut-off (published « non disponible »).' })
  value!: number | null;

  @Field(() => Float, { nullable: true, description: 'The national target in `unit`; null when the referential sets none.' })
  target!: number | null;

  @Field(() => Float, { nullable: true, description: 'What was counted, for a rate; null when not known.' })
  numerator!: number | null;

  @Field(() => Int, { nullable: true, description: 'Out of how many; null when not known.' })
  sampleSize!: number | null;

  @Field(() => IndicatorSource, { nullable: true, description: 'Computed, imported or entered; null when not available.' })
  source!: IndicatorSource | null;

  @Field(() => String, { nullable: true, description: 'Where the value comes from, in French; null when not available.' })
  origin!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the value was recorded; null when not available.' })
  recordedAt!: Date | null;
}

@ObjectType('Publication', { description: 'Q6: a version of a tenant’s quarterly public results (« Transparence »), frozen at its cut-off date once the manager steering the label validated it.' })
export class PublicationType {
  @Field(() => ID, { description: 'Identifier of the version.' })
  id!: string;

  @Field(() => String, { description: 'The quarter, e.g. 2026-T3.' })
  quarter!: string;

  @Field(() => String, { description: 'First day of the quarter (YYYY-MM-DD).' })
  periodStart!: string;

  @Field(() => String, { description: 'Last day of the quarter (YYYY-MM-DD).' })
  periodEnd!: string;

  @Field(() => Int, { description: 'Version: 1 as first published, 2 and on for corrections.' })
  version!: number;

  @Field(() => String, { description: 'The cut-off date (YYYY-MM-DD): the figures are those recorded by the end of that day, on the tenant’s clock.' })
  cutOffDate!: string;

  @Field(() => String, { nullable: true, description: 'Why this version corrects the previous one; null for version 1.' })
  correctionReason!: string | null;

  @Field(() => Date, { description: 'When it was published.' })
  publishedAt!: Date;

  @Field(() => String, { description: 'Who validated and published it (name).' })
  publishedByName!: string;

  @Field(() => Date, { nullable: true, description: 'When a correction replaced it; null while in force.' })
  replacedAt!: Date | null;
}

export const PublicationConnection = ConnectionType(PublicationType, 'Publication', 'A page of publications, latest quarter first, then latest version first.');

@ObjectType('PublicationDraftFigure', { description: 'Q6: an indicator of the publication set, with the value publishing would freeze now.' })
export class PublicationDraftFigureType {
  @Field(() => IndicatorValueType, { nullable: true, description: 'The value that would be published; null when none is recorded by the cut-off (published « non disponible »).' })
  value!: IndicatorValue | null;

  @Field(() => Boolean, { description: 'A value exists but was recorded or changed after the cut-off day: it would not be published.' })
  recordedAfterCutOff!: boolean;
}

@ObjectType('PublicationDraft', { description: 'Q6: what publishing a quarter would freeze now: the publication set of the tenant’s referentials with each value, for the manager to check before validating.' })
export class PublicationDraftType {
  @Field(() => String, { description: 'The quarter, e.g. 2026-T3.' })
  quarter!: string;

  @Field(() => String, { description: 'Its French name, e.g. « 3e trimestre 2026 ».' })
  label!: string;

  @Field(() => String, { description: 'The cut-off date (YYYY-MM-DD) it would be frozen at.' })
  cutOffDate!: string;

  @Field(() => [PublicationDraftFigureType], { description: 'The publication set, in the referentials’ order (bounded: the indicators their texts mark published).' })
  figures!: publications.DraftFigure[];

  @Field(() => PublicationType, { nullable: true, description: 'The quarter’s version in force, when it is published already (publish a correction then).' })
  current!: Publication | null;

  @Field(() => Boolean, { description: 'Whether the caller may validate and publish it (the manager of the directorate steering the label).' })
  viewerCanPublish!: boolean;
}

@InputType({ description: 'Q6: a quarter to publish.' })
export class PublishQuarterInput implements publications.PublishInput {
  @Field(() => String, { description: 'The quarter, e.g. 2026-T3 (PERIOD_INVALID for another period; PERIOD_NOT_ENDED before its end).' })
  quarter!: string;

  @Field(() => String, { nullable: true, description: 'The cut-off date (YYYY-MM-DD), after the quarter’s end (CUT_OFF_BEFORE_END) and not after today (DATE_IN_FUTURE); today by default.' })
  cutOffDate?: string | null;
}

@InputType({ description: 'Q6: a correction of a published quarter.' })
export class CorrectPublicationInput implements publications.CorrectInput {
  @Field(() => ID, { description: 'The version in force it replaces (PUBLICATION_REPLACED for an older one).' })
  publicationId!: string;

  @Field(() => String, { description: 'Why it is corrected; shown on the public page.' })
  reason!: string;

  @Field(() => String, { nullable: true, description: 'The new cut-off date (YYYY-MM-DD); today by default.' })
  cutOffDate?: string | null;
}

const status = (p: PublicationRow) => (p.replacedAt ? PublicationStatus.REPLACED : PublicationStatus.IN_FORCE);

@Resolver(() => PublicationType)
export class PublicationResolver {
  @Query(() => PublicationConnection, { nullable: true, description: 'Q6: the published quarterly results of the readable tenants, every version, latest quarter first.' })
  publications(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('tenantId', () => ID, { nullable: true, description: 'Only this tenant’s.' }) tenantId?: string | null,
    @Arg('quarter', () => String, { nullable: true, description: 'Only this quarter’s versions, e.g. 2026-T3.' }) quarter?: string | null,
  ): Promise<Connection<Publication>> {
    const where = { tenantId: { $in: ctx.readableTenants(tenantId) }, ...(quarter ? { quarter: publications.parseQuarter(quarter).code } : {}) };
    return paginate(ctx.em, Publication, where, page, { quarter: 'desc', version: 'desc', id: 'asc' });
  }

  @Query(() => PublicationDraftType, { nullable: true, description: 'Q6: what publishing a quarter of the caller’s tenant would freeze now (PERIOD_INVALID, PERIOD_NOT_ENDED, CUT_OFF_BEFORE_END, DATE_IN_FUTURE, NOT_LABELLED).' })
  async publicationDraft(
    @Ctx() ctx: Context,
    @Arg('quarter', () => String, { description: 'The quarter, e.g. 2026-T3.' }) quarter: string,
    @Arg('cutOffDate', () => String, { nullable: true, description: 'The cut-off date (YYYY-MM-DD); today by default.' }) cutOffDate?: string | null,
  ): Promise<PublicationDraftType> {
    const identity = ctx.requireIdentity();
    const draft = await publications.draftPublication(ctx.em, identity.tenantId, ctx.clock.today(), ctx.clock.timeZone, quarter, cutOffDate);
    return {
      quarter: draft.period.code,
      label: draft.period.label,
      cutOffDate: draft.cutOffDate,
      figures: draft.figures,
      current: draft.current,
      viewerCanPublish: can(identity, 'publication.validate', { tenantId: identity.tenantId, ownerDirectorateIds: draft.ownerDirectorateIds }),
    };
  }

  @Mutation(() => PublicationType, {
    description:
      'Q6: validates and publishes a quarter’s results for the caller’s tenant (version 1): the publication set’s values recorded by the cut-off are frozen. The manager of the directorate steering the label. CONFLICT (reason QUARTER_PUBLISHED) when the quarter is published already: publish a correction; BAD_USER_INPUT with PERIOD_INVALID, PERIOD_NOT_ENDED, CUT_OFF_BEFORE_END, DATE_IN_FUTURE, NOT_LABELLED, NOTHING_TO_PUBLISH.',
  })
  publishQuarter(@Ctx() ctx: Context, @Arg('input', () => PublishQuarterInput, { description: 'The quarter.' }) input: PublishQuarterInput) {
    return ctx.runAfter((c) => publications.preparePublication(c, input.quarter, input.cutOffDate), (u, prepared) => publications.publishQuarter(u, input, prepared));
  }

  @Mutation(() => PublicationType, {
    description:
      'Q6: publishes a correction of a quarter: a new version from the values as they stand now, the one it replaces kept readable and marked replaced. CONFLICT (PUBLICATION_REPLACED) for a version already replaced; BAD_USER_INPUT (PUBLICATION_UNCHANGED) when no published value would change.',
  })
  async correctPublication(@Ctx() ctx: Context, @Arg('input', () => CorrectPublicationInput, { description: 'The correction.' }) input: CorrectPublicationInput) {
    const identity = ctx.requireIdentity();
    return ctx.runAfter(
      async (c) => publications.preparePublication(c, (await publications.publicationToCorrect(c.em, identity.tenantId, input.publicationId)).quarter, input.cutOffDate),
      (u, prepared) => publications.correctPublication(u, input, prepared),
    );
  }

  @FieldResolver(() => TenantRef, { description: 'The tenant whose results these are.' })
  tenant(@Root() publication: PublicationRow): Ref {
    return { id: publication.tenantId };
  }

  @FieldResolver(() => String, { description: 'The quarter’s French name, e.g. « 3e trimestre 2026 ».' })
  label(@Root() publication: PublicationRow): string {
    return parsePeriod(publication.quarter).label;
  }

  @FieldResolver(() => PublicationStatus, { description: 'In force, or replaced by a correction.' })
  status(@Root() publication: PublicationRow): PublicationStatus {
    return status(publication);
  }

  @FieldResolver(() => [PublishedFigureType], { description: 'The figures published, in the referentials’ order (bounded: the publication set).' })
  figures(@Root() publication: PublicationRow, @Ctx() ctx: Context): Promise<PublishedFigure[]> {
    return ctx.loaders.childrenOf<PublishedFigure>(PublishedFigure, 'PublishedFigure', 'publication', { position: 'asc' }).load(publication.id);
  }

  @FieldResolver(() => PublicationOpenDataType, { description: 'Where this version is read without sign-in: open data (JSON, CSV) and the hall poster (A4, A3).' })
  openData(@Root() publication: PublicationRow): PublicPaths {
    return publicPaths(publication.tenantId, publication.quarter, publication.version);
  }
}

@Resolver(() => PublishedFigureType)
export class PublishedFigureResolver {
  @FieldResolver(() => IndicatorDefinitionType, { description: 'The indicator published.' })
  indicator(@Root() figure: FigureRow, @Ctx() ctx: Context) {
    return loadIndicator(ctx, figure.indicator.id);
  }
}

@Resolver(() => PublicationDraftFigureType)
export class PublicationDraftFigureResolver {
  @FieldResolver(() => IndicatorDefinitionType, { description: 'The indicator of the publication set.' })
  indicator(@Root() figure: DraftFigureRow) {
    return figure.indicator;
  }
}
