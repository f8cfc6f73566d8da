import { Directive, Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { ConnectionType } from '@qualipref/server-kit';
import { Finding } from '../entities/index.js';
import { Dimension, FindingKind } from '../domain/enums.js';
import type { SurveyOpenData } from '@qualipref/public-results';
import type { Context } from './context.js';

registerEnumType(FindingKind, {
  name: 'FindingKind',
  description: 'What a finding says.',
  valuesConfig: {
    STRENGTH: { description: 'Point fort.' },
    WEAKNESS: { description: "Point d'amélioration." },
    RECOMMENDATION: { description: "Recommandation pour le plan d'actions." },
  },
});

@ObjectType('ResultsOpenData', { description: 'S4: where published results are read, without sign-in, at the gateway (paths to append to its origin).' })
export class ResultsOpenDataType implements SurveyOpenData {
  @Field(() => String, { description: 'The results in JSON (schema `qualipref.enquete.resultats/1`).' })
  json!: string;

  @Field(() => String, { description: 'The rates per dimension as CSV (semicolons, decimal comma, UTF-8 with BOM).' })
  csv!: string;
}

@ObjectType('ResultsPublication', { description: 'The results as published (a snapshot for the public site and the CLU).' })
export class PublicationType {
  @Field(() => Date, { description: 'When they were published.' })
  publishedAt!: Date;

  @Field(() => GraphQLJSONObject, { description: 'The published summary: campaign, respondents, dimensions and questions with rates, intervals, trends, distributions, and findings.' })
  summary!: Record<string, unknown>;

  @Field(() => ResultsOpenDataType, { description: 'Where these results are read without sign-in: open data (JSON, CSV).' })
  openData!: SurveyOpenData;
}

@ObjectType('SurveyFinding', { description: 'A conclusion drawn from a campaign; actions of the committees’ plan may refer to it by id.' })
@Directive('@key(fields: "id")')
export class FindingType {
  @Field(() => ID, { description: 'Identifier of the finding (the committees’ originFindingId).' })
  id!: string;

  @Field(() => ID, { description: 'Tenant of the campaign it was drawn from.' })
  tenantId!: string;

  @Field(() => FindingKind, { description: 'Strength, weakness or recommendation.' })
  kind!: FindingKind;

  @Field(() => Dimension, { nullable: true, description: 'The dimension it is about.' })
  dimension!: Dimension | null;

  @Field(() => String, { nullable: true, description: 'The question key it is about.' })
  questionKey!: string | null;

  @Field(() => String, { description: 'The finding.' })
  text!: string;

  @Field(() => Date, { description: 'When it was recorded.' })
  createdAt!: Date;
}

export const FindingConnection = ConnectionType(FindingType, 'SurveyFinding', 'A page of findings, oldest first.');

@InputType('FindingInput', { description: 'A finding of a campaign.' })
export class FindingInput {
  @Field(() => FindingKind, { description: 'Strength, weakness or recommendation.' })
  kind!: FindingKind;

  @Field(() => String, { description: 'The finding.' })
  text!: string;

  @Field(() => Dimension, { nullable: true, description: 'The dimension it is about.' })
  dimension?: Dimension | null;

  @Field(() => String, { nullable: true, description: 'The question key it is about.' })
  questionKey?: string | null;
}

export const loadFinding = (ctx: Context, id: string) => ctx.loaders.byId<Finding>(Finding, 'Finding').load(id);
