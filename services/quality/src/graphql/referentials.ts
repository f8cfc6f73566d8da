import { Arg, Args, Ctx, Directive, Field, FieldResolver, Float, ID, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { ConnectionType, PageArgs, badInput, paginate, paginateChildren, type Connection } from '@qualipref/server-kit';
import { Engagement, IndicatorDefinition, Referential, ReferentialModule } from '../entities/index.js';
import { Completeness, IndicatorUnit } from '../domain/enums.js';
import type { Context } from './context.js';

type ReferentialRow = Referential;
type EngagementRow = Engagement;
type IndicatorRow = IndicatorDefinition;

export const loadReferential = (ctx: Context, id: string) => ctx.loaders.byId<Referential>(Referential, 'Referential').load(id);
export const loadModule = (ctx: Context, id: string) => ctx.loaders.byId<ReferentialModule>(ReferentialModule, 'ReferentialModule').load(id);
export const loadEngagement = (ctx: Context, id: string) => ctx.loaders.byId<Engagement>(Engagement, 'Engagement').load(id);
export const loadIndicator = (ctx: Context, id: string) => ctx.loaders.byId<IndicatorDefinition>(IndicatorDefinition, 'IndicatorDefinition').load(id);

registerEnumType(Completeness, {
  name: 'ReferentialCompleteness',
  description: 'How complete the text shipped for a referential is, against its published version.',
  valuesConfig: {
    COMPLETE: { description: 'Every engagement as published.' },
    PARTIAL: { description: 'What the sources read support; `note` says what is missing (summaries begin with « [Résumé] »).' },
  },
});

registerEnumType(IndicatorUnit, {
  name: 'IndicatorUnit',
  description: 'The unit of an indicator, the same for every figure of the platform.',
  valuesConfig: {
    RATE: { description: 'A share as a fraction from 0 to 1 (0.806 for 80.6 %), like every rate of the API.' },
    SIGNED_RATE: { description: 'A difference of two shares, from -1 to 1: net satisfaction (satisfied minus dissatisfied, 0.603 for 60.3 %).' },
    WORKING_DAYS: { description: 'Working days, on the tenant’s calendar.' },
    RINGS: { description: 'Rings before a call is picked up.' },
    COUNT: { description: 'A number of things.' },
    SCORE_10: { description: 'A mark out of 10.' },
    MINUTES: { description: 'Minutes.' },
    BOOLEAN: { description: 'Met (1) or not (0).' },
  },
});

@ObjectType('Referential', { description: 'Q1: a version of the label’s national referential (Marianne 2008, Qualipref 2.0, Marianne 2016, Qual-e-pref, Services Publics + 2021 and 2023): the same for every tenant, read-only.' })
@Directive('@key(fields: "id")')
export class ReferentialType {
  @Field(() => ID, { description: 'Identifier of the referential version.' })
  id!: string;

  @Field(() => String, { description: 'Stable code, e.g. SERVICES_PUBLICS_PLUS_2023.' })
  code!: string;

  @Field(() => String, { description: 'Name, e.g. « Services Publics + — engagements ».' })
  name!: string;

  @Field(() => String, { description: 'Version, e.g. « 2023 ».' })
  version!: string;

  @Field(() => String, { description: 'Who issued it (DGME, SGMAP, the Interior ministry, the DITP).' })
  issuer!: string;

  @Field(() => String, { nullable: true, description: 'Day it was published (YYYY-MM-DD); null when the sources give no day.' })
  publishedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Day from which no new labelling is made under it (YYYY-MM-DD); null while open.' })
  closedOn!: string | null;

  @Field(() => String, { description: 'The documents its text was read from.' })
  source!: string;

  @Field(() => Completeness, { description: 'Whether every engagement is shipped as published.' })
  completeness!: Completeness;

  @Field(() => String, { nullable: true, description: 'What could not be found, in French.' })
  note!: string | null;
}

@ObjectType('ReferentialModule', { description: 'A module of a referential: mandatory (« relation générale ») or chosen by the tenant (« relations avec les collectivités territoriales »).' })
export class ReferentialModuleType {
  @Field(() => ID, { description: 'Identifier of the module.' })
  id!: string;

  @Field(() => String, { description: 'Code within its referential, e.g. RELATIONS_COLLECTIVITES.' })
  code!: string;

  @Field(() => String, { description: 'Name.' })
  name!: string;

  @Field(() => Boolean, { description: 'Whether every labelled tenant applies it.' })
  mandatory!: boolean;
}

@ObjectType('Engagement', { description: 'Q1: an engagement of a referential, as published, with the indicators it is measured by.' })
@Directive('@key(fields: "id")')
export class EngagementType {
  @Field(() => ID, { description: 'Identifier of the engagement: what a tenant’s delay target or indicator points to.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Number as published (« 6 »); null when the source gives none.' })
  number!: string | null;

  @Field(() => String, { nullable: true, description: 'Heading it falls under (« Téléphonie », « Un service public plus efficace »).' })
  theme!: string | null;

  @Field(() => String, { description: 'Text as published; a summary begins with « [Résumé] ».' })
  text!: string;
}

@ObjectType('IndicatorDefinition', { description: 'Q1: an indicator an engagement is measured by, as the referential defines it.' })
export class IndicatorDefinitionType {
  @Field(() => ID, { description: 'Identifier of the indicator.' })
  id!: string;

  @Field(() => String, { description: 'Stable code within its engagement, e.g. TAUX_DECROCHE_AGENT.' })
  code!: string;

  @Field(() => String, { description: 'Name.' })
  name!: string;

  @Field(() => IndicatorUnit, { description: 'Unit of its values and target.' })
  unit!: IndicatorUnit;

  @Field(() => Float, { nullable: true, description: 'National target in `unit` (5 rings, 15 working days); null when the text sets none.' })
  target!: number | null;

  @Field(() => String, { description: 'How it is measured.' })
  definition!: string;

  @Field(() => Boolean, { description: 'Whether it is among the quarterly public results (« Transparence »).' })
  published!: boolean;
}

export const ReferentialConnection = ConnectionType(ReferentialType, 'Referential', 'A page of referentials, oldest first.');
export const EngagementConnection = ConnectionType(EngagementType, 'Engagement', 'A page of engagements, in the referential’s order.');

@Resolver(() => ReferentialType)
export class ReferentialResolver {
  @Query(() => ReferentialConnection, { nullable: true, description: 'Q1: the national referentials, oldest first; the same for every tenant.' })
  referentials(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs, @Arg('open', () => Boolean, { nullable: true, description: 'Only those still open (true) or closed (false).' }) open?: boolean | null): Promise<Connection<Referential>> {
    ctx.requireIdentity();
    const today = ctx.clock.today();
    const where = open == null ? {} : open ? { $or: [{ closedOn: null }, { closedOn: { $gt: today } }] } : { closedOn: { $lte: today } };
    return paginate(ctx.em, Referential, where, page, { position: 'asc' });
  }

  @Query(() => ReferentialType, { nullable: true, description: 'One referential, by identifier or by code; null when unknown.' })
  async referential(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { nullable: true, description: 'Identifier of the referential.' }) id?: string | null,
    @Arg('code', () => String, { nullable: true, description: 'Code of the referential, e.g. QUAL_E_PREF.' }) code?: string | null,
  ): Promise<Referential | null> {
    ctx.requireIdentity();
    if (!id === !code) throw badInput('Indiquez l’identifiant ou le code du référentiel, l’un des deux.', 'id');
    return id ? loadReferential(ctx, id) : ctx.em.findOne(Referential, { code: code! });
  }

  @FieldResolver(() => Boolean, { description: 'Whether a tenant may still be labelled under it (not closed today).' })
  open(@Root() referential: ReferentialRow, @Ctx() ctx: Context): boolean {
    return !referential.closedOn || referential.closedOn > ctx.clock.today();
  }

  @FieldResolver(() => [ReferentialModuleType], { description: 'Its modules, mandatory first, in order; empty when it has none.' })
  modules(@Root() referential: ReferentialRow, @Ctx() ctx: Context) {
    return ctx.loaders.childrenOf<ReferentialModule>(ReferentialModule, 'ReferentialModule', 'referential', { position: 'asc' }).load(referential.id);
  }

  @FieldResolver(() => EngagementConnection, { description: 'Its engagements, in order.' })
  engagements(@Root() referential: ReferentialRow, @Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs): Promise<Connection<Engagement>> {
    return ctx.loaders
      .get<string, Connection<Engagement>>(`engagements:${page.first}:${page.after ?? ''}`, (ids) => paginateChildren<Engagement>(ctx.em, Engagement, ids, page, { parent: 'referential', orderBy: 'position' }))
      .load(referential.id);
  }
}

@Resolver(() => EngagementType)
export class EngagementResolver {
  @Query(() => EngagementType, { nullable: true, description: 'One engagement; null when unknown.' })
  engagement(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Identifier of the engagement.' }) id: string) {
    ctx.requireIdentity();
    return loadEngagement(ctx, id);
  }

  @FieldResolver(() => ReferentialType, { description: 'The referential it belongs to.' })
  referential(@Root() engagement: EngagementRow, @Ctx() ctx: Context) {
    return loadReferential(ctx, engagement.referential.id);
  }

  @FieldResolver(() => ReferentialModuleType, { nullable: true, description: 'The module it belongs to; null when the referential has no modules.' })
  module(@Root() engagement: EngagementRow, @Ctx() ctx: Context) {
    return engagement.module ? loadModule(ctx, engagement.module.id) : null;
  }

  @FieldResolver(() => [IndicatorDefinitionType], { description: 'The indicators it is measured by, in order.' })
  indicators(@Root() engagement: EngagementRow, @Ctx() ctx: Context) {
    return ctx.loaders.childrenOf<IndicatorDefinition>(IndicatorDefinition, 'IndicatorDefinition', 'engagement', { position: 'asc' }).load(engagement.id);
  }
}

@Resolver(() => IndicatorDefinitionType)
export class IndicatorDefinitionResolver {
  @FieldResolver(() => EngagementType, { description: 'The engagement it measures.' })
  engagement(@Root() indicator: IndicatorRow, @Ctx() ctx: Context) {
    return loadEngagement(ctx, indicator.engagement.id);
  }
}
