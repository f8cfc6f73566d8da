import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType, notFound } from '@qualipref/server-kit';
import { Campaign } from '../entities/index.js';
import { Dimension, ResponseChannel, Trend } from '../domain/enums.js';
import { campaignsResults, type CampaignResults } from '../domain/results.js';
import type { Context } from './context.js';
import { CampaignType, loadCampaign } from './campaigns.js';
import { QuestionType } from './questionnaires.js';

// campaigns.ts imports this file too: the Campaign fields are typed by the entity, not by CampaignType, so that
// decorator metadata does not read CampaignType while the cycle is being evaluated (the thunks read it later).
type CampaignRow = Campaign;

registerEnumType(Trend, {
  name: 'SatisfactionTrend',
  description: 'A rate compared with the same question (by key, across versions) or dimension of the previous campaign.',
  valuesConfig: {
    BASELINE: { description: 'Première enquête: base des comparaisons ultérieures.' },
    IMPROVED: { description: 'En amélioration: the 95 % intervals do not overlap and the rate is higher.' },
    DEGRADED: { description: 'En dégradation: the 95 % intervals do not overlap and the rate is lower.' },
    STABLE: { description: 'Stable: the 95 % intervals overlap.' },
    NOT_COMPARABLE: { description: 'Non comparable: no such question or dimension, or no opinion, in one of the two campaigns.' },
  },
});

@ObjectType('SatisfactionRate', { description: 'Satisfied or very satisfied over those with an opinion, with its 95 % Wilson score interval (proportions 0–1).' })
export class SatisfactionRateType {
  @Field(() => Int, { description: 'Answers « très satisfait » or « satisfait ».' })
  satisfied!: number;

  @Field(() => Int, { description: 'Answers with an opinion (all but « sans avis »): the sample size.' })
  withOpinion!: number;

  @Field(() => Int, { description: 'Answers « sans avis ».' })
  noOpinion!: number;

  @Field(() => Float, { nullable: true, description: 'satisfied / withOpinion: a fraction from 0 to 1, its sample size withOpinion beside; null without any opinion.' })
  rate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Lower bound of the 95 % Wilson interval: a fraction from 0 to 1.' })
  lower!: number | null;

  @Field(() => Float, { nullable: true, description: 'Upper bound of the 95 % Wilson interval: a fraction from 0 to 1.' })
  upper!: number | null;
}

@ObjectType('SatisfactionComparison', { description: 'A rate compared with the previous campaign of the same questionnaire and panel kind.' })
export class ComparisonType {
  @Field(() => Trend, { description: 'Improved, degraded, stable (intervals overlap), baseline or not comparable.' })
  trend!: Trend;

  @Field(() => SatisfactionRateType, { nullable: true, description: 'The rate of the previous campaign.' })
  previous!: SatisfactionRateType | null;

  @Field(() => Float, { nullable: true, description: 'Change of the rate, current minus previous: a fraction from -1 to 1 (-0.05 is five points down); the sample sizes are the two rates’ withOpinion.' })
  difference!: number | null;
}

@ObjectType('ChannelSatisfaction', { description: 'A satisfaction rate for one response channel.' })
export class ChannelRateType {
  @Field(() => ResponseChannel, { description: 'The channel.' })
  channel!: ResponseChannel;

  @Field(() => SatisfactionRateType, { description: 'Its rate.' })
  satisfaction!: SatisfactionRateType;
}

@ObjectType('OptionCount', { description: 'How often an answer was given.' })
export class OptionCountType {
  @Field(() => String, { description: 'Option key, or satisfaction level.' })
  option!: string;

  @Field(() => String, { description: 'Its label, in French.' })
  label!: string;

  @Field(() => Int, { description: 'Respondents who gave it.' })
  count!: number;

  @Field(() => Float, { description: 'count / the question’s respondents (its sample size): a fraction from 0 to 1; for multiple choice the shares add up to more than 1.' })
  share!: number;
}

@ObjectType('NumberSummary', { description: 'Summary of the answers to a numeric question.' })
export class NumberSummaryType {
  @Field(() => Int, { description: 'Answers.' })
  count!: number;

  @Field(() => Float, { description: 'Mean.' })
  mean!: number;

  @Field(() => Float, { description: 'Median.' })
  median!: number;

  @Field(() => Float, { description: 'Smallest answer.' })
  min!: number;

  @Field(() => Float, { description: 'Largest answer.' })
  max!: number;
}

@ObjectType('QuestionResult', { description: 'Results of one question.' })
export class QuestionResultType {
  @Field(() => QuestionType, { description: 'The question.' })
  question!: QuestionType;

  @Field(() => Int, { description: 'Respondents who answered it.' })
  respondents!: number;

  @Field(() => [OptionCountType], { description: 'Distribution of the answers (choice and satisfaction questions).' })
  distribution!: OptionCountType[];

  @Field(() => SatisfactionRateType, { nullable: true, description: 'Satisfaction rate (satisfaction questions).' })
  satisfaction!: SatisfactionRateType | null;

  @Field(() => [ChannelRateType], { description: 'Satisfaction rate per response channel.' })
  byChannel!: ChannelRateType[];

  @Field(() => NumberSummaryType, { nullable: true, description: 'Summary of numeric answers.' })
  number!: NumberSummaryType | null;

  @Field(() => ComparisonType, { nullable: true, description: 'Comparison with the previous campaign (satisfaction questions).' })
  comparison!: ComparisonType | null;
}

@ObjectType('DimensionResult', { description: 'Results of a dimension: the answers to all its satisfaction questions.' })
export class DimensionResultType {
  @Field(() => Dimension, { description: 'The dimension.' })
  dimension!: Dimension;

  @Field(() => String, { description: 'Its label, in French.' })
  label!: string;

  @Field(() => Int, { description: 'Satisfaction questions in it.' })
  questionCount!: number;

  @Field(() => SatisfactionRateType, { description: 'Satisfaction rate over the answers to its questions.' })
  satisfaction!: SatisfactionRateType;

  @Field(() => [ChannelRateType], { description: 'Satisfaction rate per response channel.' })
  byChannel!: ChannelRateType[];

  @Field(() => ComparisonType, { nullable: true, description: 'Comparison with the previous campaign.' })
  comparison!: ComparisonType | null;
}

@ObjectType('ChannelRespondents', { description: 'Respondents per response channel.' })
export class ChannelRespondentsType {
  @Field(() => ResponseChannel, { description: 'The channel.' })
  channel!: ResponseChannel;

  @Field(() => Int, { description: 'Responses received through it.' })
  respondents!: number;
}

@ObjectType('CampaignResults', { description: 'All the results of a campaign, computed by PostgreSQL, with the comparison to the previous campaign.' })
export class CampaignResultsType {
  @Field(() => CampaignType, { description: 'The campaign.' })
  campaign!: CampaignRow;

  @Field(() => CampaignType, { nullable: true, description: 'The campaign compared with; null when this one is the baseline.' })
  comparedTo!: CampaignRow | null;

  @Field(() => Boolean, { description: 'Whether this campaign is the baseline (no earlier one).' })
  baseline!: boolean;

  @Field(() => Int, { description: 'Responses received.' })
  respondents!: number;

  @Field(() => [ChannelRespondentsType], { description: 'Responses per channel.' })
  respondentsByChannel!: ChannelRespondentsType[];

  @Field(() => [QuestionResultType], { description: 'Per question, in questionnaire order.' })
  questions!: QuestionResultType[];

  @Field(() => [DimensionResultType], { description: 'Per dimension measured by satisfaction questions.' })
  dimensions!: DimensionResultType[];

  @Field(() => String, { description: 'Path of the CSV of every table, through the gateway: add questions.csv, dimensions.csv or distribution.csv.' })
  csvPath!: string;
}

@ObjectType('PerceivedWaitingTime', { description: 'The waiting time at the counter as users perceived it in a hall campaign (to set beside the measured processing times).' })
export class PerceivedWaitingTimeType {
  @Field(() => CampaignType, { description: 'The hall campaign.' })
  campaign!: CampaignRow;

  @Field(() => SatisfactionRateType, { description: 'Satisfaction with the waiting time.' })
  satisfaction!: SatisfactionRateType;

  @Field(() => ComparisonType, { nullable: true, description: 'Compared with the previous hall campaign.' })
  comparison!: ComparisonType | null;

  @Field(() => NumberSummaryType, { nullable: true, description: 'Waiting time users estimated, in minutes, when the questionnaire asks it.' })
  estimatedMinutes!: NumberSummaryType | null;
}

export const PerceivedWaitingTimeConnection = ConnectionType(PerceivedWaitingTimeType, 'PerceivedWaitingTime', 'A page of perceived waiting times, by opening day of the campaign.');

/** Results of a campaign, computed once per request whatever asks for them, for all the campaigns asked together. */
export function resultsOf(ctx: Context, campaign: Campaign, against?: string | null): Promise<CampaignResults> {
  return ctx.loaders
    .get<string, CampaignResults>(`results:${against ?? ''}`, async (ids) => {
      const [targets, base] = await Promise.all([Promise.all(ids.map((id) => loadCampaign(ctx, id))), against ? loadCampaign(ctx, against) : undefined]);
      if (against && !base) throw notFound('Enquête de comparaison');
      const found = targets.filter((target): target is Campaign => target !== null);
      if (found.length !== ids.length) throw notFound('Enquête');
      return campaignsResults(ctx.em, found, base ?? undefined);
    })
    .load(campaign.id);
}

export function toResultsType(results: CampaignResults): CampaignResultsType {
  return { ...results, baseline: results.comparedTo === null, csvPath: `/documents/surveys/campaigns/${results.campaign.id}/` } as unknown as CampaignResultsType;
}
