import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { defineColumns, toCsv, type Column } from '@qualipref/csv';
import { Campaign, Question } from '../entities/index.js';
import { DIMENSION_LABELS, Dimension, type FindingKind, QuestionKind, ResponseChannel, SATISFACTION_LABELS, SatisfactionLevel, Trend } from './enums.js';

/** z for a two-sided 95 % interval. */
export const Z95 = 1.959963984540054;

/** A satisfaction rate: satisfied or very satisfied over those with an opinion, with its 95 % Wilson interval. */
export interface SatisfactionRate {
  satisfied: number;
  withOpinion: number;
  noOpinion: number;
  rate: number | null;
  lower: number | null;
  upper: number | null;
}

/** The Wilson score interval, the reference the SQL is tested against. */
export function wilson(successes: number, n: number, z = Z95): { lower: number; upper: number } | null {
  if (n <= 0) return null;
  const p = successes / n;
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const spread = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  const denominator = 1 + z2 / n;
  return { lower: (centre - spread) / denominator, upper: (centre + spread) / denominator };
}

// The same formula in SQL, over the columns s (satisfied) and o (with an opinion).
const Z = Z95.toString();
const WILSON_SQL = `
  case when o > 0 then s::float8 / o end as rate,
  case when o > 0 then ((s::float8 / o) + ${Z}^2 / (2 * o) - ${Z} * sqrt((s::float8 / o) * (1 - s::float8 / o) / o + ${Z}^2 / (4.0 * o * o))) / (1 + ${Z}^2 / o) end as lower,
  case when o > 0 then ((s::float8 / o) + ${Z}^2 / (2 * o) + ${Z} * sqrt((s::float8 / o) * (1 - s::float8 / o) / o + ${Z}^2 / (4.0 * o * o))) / (1 + ${Z}^2 / o) end as upper`;

export interface Comparison {
  trend: Trend;
  previous: SatisfactionRate | null;
  /** Change of the rate, current minus previous: a fraction from -1 to 1 (-0.05 is five points down). */
  difference: number | null;
}

export interface OptionCount {
  option: string;
  label: string;
  count: number;
  /** Share of the question's respondents (for multiple choice, of those who chose at least one). */
  share: number;
}

export interface NumberSummary {
  count: number;
  mean: number;
  median: number;
  min: number;
  max: number;
}

export interface ChannelRate {
  channel: ResponseChannel;
  satisfaction: SatisfactionRate;
}

export interface QuestionResult {
  question: Question;
  respondents: number;
  distribution: OptionCount[];
  satisfaction: SatisfactionRate | null;
  byChannel: ChannelRate[];
  number: NumberSummary | null;
  comparison: Comparison | null;
}

export interface DimensionResult {
  dimension: Dimension;
  label: string;
  questionCount: number;
  satisfaction: SatisfactionRate;
  byChannel: ChannelRate[];
  comparison: Comparison | null;
}

export interface CampaignResults {
  campaign: Campaign;
  /** The campaign compared with, or null: this one is the baseline. */
  comparedTo: Campaign | null;
  respondents: number;
  respondentsByChannel: { channel: ResponseChannel; respondents: number }[];
  questions: QuestionResult[];
  dimensions: DimensionResult[];
}

interface RateRow {
  campaign_id: string;
  group_key: string;
  channel: ResponseChannel | null;
  s: number;
  o: number;
  no_opinion: number;
  rate: number | null;
  lower: number | null;
  upper: number | null;
  question_count: number;
}

interface CountRow extends RateRow {
  level: 'option' | 'question' | 'dimension';
  option: string | null;
  n: number | null;
}

const sql = (em: EntityManager) => em as SqlEntityManager;
const uuidArray = (ids: string[]) => `{${ids.join(',')}}`;

/**
 * One scan of the answers of several campaigns gives every count: options per question (with
 * and without the channel, by grouping sets), then from those small counts the satisfaction
 * rates and their Wilson intervals per question key and per dimension, all in one statement.
 */
async function countRows(em: EntityManager, campaignIds: string[]): Promise<CountRow[]> {
  const satisfied = `('${SatisfactionLevel.VERY_SATISFIED}', '${SatisfactionLevel.SATISFIED}')`;
  return sql(em).execute<CountRow[]>(
    `with counts as materialized (
       select a.campaign_id, a.question_id, a.channel, a.option, count(*)::int as n
         from surveys.answer a
        where a.campaign_id = any(?::uuid[]) and a.option is not null
        group by grouping sets ((a.campaign_id, a.question_id, a.channel, a.option), (a.campaign_id, a.question_id, a.option))),
     sat as (
       select c.campaign_id, q.key, q.dimension::text as dimension, c.channel,
              coalesce(sum(c.n) filter (where c.option in ${satisfied}), 0)::int as s,
              coalesce(sum(c.n) filter (where c.option <> '${SatisfactionLevel.NO_OPINION}'), 0)::int as o,
              coalesce(sum(c.n) filter (where c.option = '${SatisfactionLevel.NO_OPINION}'), 0)::int as no_opinion
         from counts c join surveys.question q on q.id = c.question_id
        where q.kind = '${QuestionKind.SATISFACTION}'
        group by c.campaign_id, q.key, q.dimension, c.channel),
     rates as (
       select 'question' as level, campaign_id, key as group_key, channel, s, o, no_opinion, 1 as question_count from sat
       union all
       select 'dimension', campaign_id, dimension, channel, sum(s)::int, sum(o)::int, sum(no_opinion)::int, count(*)::int from sat group by campaign_id, dimension, channel)
     select 'option' as level, campaign_id, question_id::text as group_key, null as channel, option, n,
            null::int as s, null::int as o, null::int as no_opinion, null::int as question_count, null::float8 as rate, null::float8 as lower, null::float8 as upper
       from counts where channel is null
     union all
     select level, campaign_id, group_key, channel, null, null, s, o, no_opinion, question_count, ${WILSON_SQL} from rates`,
    [uuidArray(campaignIds)],
  );
}

const rateOf = (row: RateRow | undefined): SatisfactionRate =>
  row ? { satisfied: row.s, withOpinion: row.o, noOpinion: row.no_opinion, rate: row.rate, lower: row.lower, upper: row.upper } : { satisfied: 0, withOpinion: 0, noOpinion: 0, rate: null, lower: null, upper: null };

/** Improved or degraded only when the two 95 % intervals do not overlap; stable otherwise. */
export function compare(current: SatisfactionRate, previous: SatisfactionRate | null, hasPrevious: boolean): Comparison {
  if (!hasPrevious) return { trend: Trend.BASELINE, previous: null, difference: null };
  if (!previous || current.rate === null || previous.rate === null) return { trend: Trend.NOT_COMPARABLE, previous, difference: null };
  const difference = Math.round((current.rate - previous.rate) * 10_000) / 10_000;
  if (current.lower! > previous.upper!) return { trend: Trend.IMPROVED, previous, difference };
  if (current.upper! < previous.lower!) return { trend: Trend.DEGRADED, previous, difference };
  return { trend: Trend.STABLE, previous, difference };
}

/**
 * The previous campaign of each of several campaigns, in two statements: the latest of the same
 * tenant, questionnaire key (any version) and panel kind that closed before it opened.
 */
export async function previousCampaigns(em: EntityManager, campaignIds: readonly string[]): Promise<Map<string, Campaign>> {
  const pairs = await sql(em).execute<{ campaign_id: string; previous_id: string }[]>(
    `select c.id as campaign_id, p.id as previous_id
       from surveys.campaign c join surveys.questionnaire q on q.id = c.questionnaire_id join surveys.panel pn on pn.id = c.panel_id
       cross join lateral (
         select b.id from surveys.campaign b join surveys.questionnaire bq on bq.id = b.questionnaire_id join surveys.panel bp on bp.id = b.panel_id
          where b.tenant_id = c.tenant_id and bq.key = q.key and bp.kind = pn.kind and b.closes_on < c.opens_on and b.id <> c.id
          order by b.closes_on desc limit 1) p
      where c.id = any(?::uuid[])`,
    [uuidArray([...campaignIds])],
  );
  if (!pairs.length) return new Map();
  const previous = new Map((await em.find(Campaign, { id: { $in: [...new Set(pairs.map((p) => p.previous_id))] } })).map((c) => [c.id, c]));
  return new Map(pairs.map((p) => [p.campaign_id, previous.get(p.previous_id)!]));
}

function labelOf(question: Question, option: string): string {
  if (question.kind === QuestionKind.SATISFACTION) return SATISFACTION_LABELS[option as SatisfactionLevel] ?? option;
  return question.options.find((o) => o.key === option)?.label ?? option;
}

const CHANNELS = Object.values(ResponseChannel);

/** Every result of a campaign, computed by PostgreSQL, with its comparison to the previous campaign. */
export async function campaignResults(em: EntityManager, campaign: Campaign, against?: Campaign | null): Promise<CampaignResults> {
  const [results] = await campaignsResults(em, [campaign], against);
  return results!;
}

/**
 * The results of several campaigns (a page of them), each compared with its previous campaign
 * or with `against`: the same statements for one campaign or a hundred.
 */
export async function campaignsResults(em: EntityManager, campaigns: readonly Campaign[], against?: Campaign | null): Promise<CampaignResults[]> {
  if (!campaigns.length) return [];
  const ids = campaigns.map((c) => c.id);
  const previous = against === undefined ? await previousCampaigns(em, ids) : new Map(against ? ids.map((id) => [id, against]) : []);
  const questionnaireIds = [...new Set(campaigns.map((c) => c.questionnaire.id))];
  const questions = await em.find(Question, { questionnaire: { $in: questionnaireIds } }, { orderBy: { section: { position: 'asc' }, position: 'asc' } });
  const multiple = questions.filter((q) => q.kind === QuestionKind.MULTIPLE_CHOICE).map((q) => q.id);
  const [counts, multipleRows, valueRows, channelRows] = await Promise.all([
    countRows(em, [...new Set([...ids, ...[...previous.values()].map((p) => p.id)])]),
    // Respondents of a multiple-choice question are the responses with at least one option chosen.
    multiple.length
      ? sql(em).execute<{ campaign_id: string; question_id: string; respondents: number }[]>(
          `select campaign_id, question_id, count(distinct response_id)::int as respondents from surveys.answer
            where campaign_id = any(?::uuid[]) and question_id = any(?::uuid[]) group by campaign_id, question_id`,
          [uuidArray(ids), uuidArray(multiple)],
        )
      : [],
    sql(em).execute<{ campaign_id: string; question_id: string; count: number; mean: number | null; median: number | null; min: number | null; max: number | null }[]>(
      `select campaign_id, question_id, count(*)::int as count, avg(number_value) as mean, percentile_cont(0.5) within group (order by number_value) as median,
              min(number_value) as min, max(number_value) as max
         from surveys.answer where campaign_id = any(?::uuid[]) and option is null group by campaign_id, question_id`,
      [uuidArray(ids)],
    ),
    sql(em).execute<{ campaign_id: string; channel: ResponseChannel; respondents: number }[]>(
      'select campaign_id, channel, count(*)::int as respondents from surveys.response where campaign_id = any(?::uuid[]) group by campaign_id, channel order by campaign_id, channel',
      [uuidArray(ids)],
    ),
  ]);
  const countsOf = groupBy(counts, (r) => r.campaign_id);
  const multipleOf = groupBy(multipleRows, (r) => r.campaign_id);
  const valuesOf = groupBy(valueRows, (r) => r.campaign_id);
  const channelsOf = groupBy(channelRows, (r) => r.campaign_id);
  const questionsOf = groupBy(questions, (q) => q.questionnaire.id);
  return campaigns.map((campaign) => {
    const before = previous.get(campaign.id) ?? null;
    return resultsOf(campaign, before, {
      questions: questionsOf.get(campaign.questionnaire.id) ?? [],
      counts: [...(countsOf.get(campaign.id) ?? []), ...(before && before.id !== campaign.id ? (countsOf.get(before.id) ?? []) : [])],
      multipleRows: multipleOf.get(campaign.id) ?? [],
      valueRows: valuesOf.get(campaign.id) ?? [],
      channelRows: (channelsOf.get(campaign.id) ?? []).map(({ channel, respondents }) => ({ channel, respondents })),
    });
  });
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

interface ResultRows {
  questions: Question[];
  counts: CountRow[];
  multipleRows: { question_id: string; respondents: number }[];
  valueRows: { question_id: string; count: number; mean: number | null; median: number | null; min: number | null; max: number | null }[];
  channelRows: { channel: ResponseChannel; respondents: number }[];
}

/** One campaign's results from the rows read for a page of campaigns. */
function resultsOf(campaign: Campaign, previous: Campaign | null, { questions, counts, multipleRows, valueRows, channelRows }: ResultRows): CampaignResults {
  const optionRows = counts.filter((r) => r.level === 'option' && r.campaign_id === campaign.id).map((r) => ({ question_id: r.group_key, option: r.option!, count: r.n! }));
  const questionRates = counts.filter((r) => r.level === 'question');
  const dimensionRates = counts.filter((r) => r.level === 'dimension');

  const rates = (rows: RateRow[], campaignId: string, key: string) => rows.filter((r) => r.campaign_id === campaignId && r.group_key === key);
  const overall = (rows: RateRow[]) => rows.find((r) => r.channel === null);
  const byChannel = (rows: RateRow[]): ChannelRate[] =>
    CHANNELS.flatMap((channel) => {
      const row = rows.find((r) => r.channel === channel);
      return row ? [{ channel, satisfaction: rateOf(row) }] : [];
    });

  const multipleRespondents = new Map(multipleRows.map((r) => [r.question_id, r.respondents]));
  const values = new Map(valueRows.map((r) => [r.question_id, r]));
  const questionResults: QuestionResult[] = questions.map((question) => {
    const count =
      question.kind === QuestionKind.MULTIPLE_CHOICE
        ? (multipleRespondents.get(question.id) ?? 0)
        : question.kind === QuestionKind.NUMBER || question.kind === QuestionKind.FREE_TEXT
          ? (values.get(question.id)?.count ?? 0)
          : optionRows.filter((r) => r.question_id === question.id).reduce((sum, r) => sum + r.count, 0);
    const distribution = optionRows
      .filter((r) => r.question_id === question.id)
      .map((r) => ({ option: r.option, label: labelOf(question, r.option), count: r.count, share: count ? r.count / count : 0 }));
    const order = question.kind === QuestionKind.SATISFACTION ? Object.values(SatisfactionLevel) : question.options.map((o) => o.key);
    distribution.sort((a, b) => order.indexOf(a.option) - order.indexOf(b.option));
    const own = rates(questionRates, campaign.id, question.key);
    const satisfaction = question.kind === QuestionKind.SATISFACTION ? rateOf(overall(own)) : null;
    const before = previous ? overall(rates(questionRates, previous.id, question.key)) : undefined;
    const number = question.kind === QuestionKind.NUMBER ? values.get(question.id) : undefined;
    return {
      question,
      respondents: count,
      distribution,
      satisfaction,
      byChannel: question.kind === QuestionKind.SATISFACTION ? byChannel(own) : [],
      number: number && number.count > 0 ? { count: number.count, mean: number.mean!, median: number.median!, min: number.min!, max: number.max! } : null,
      comparison: satisfaction ? compare(satisfaction, before ? rateOf(before) : null, !!previous) : null,
    };
  });

  const dimensions = [...new Set(questions.filter((q) => q.kind === QuestionKind.SATISFACTION).map((q) => q.dimension))];
  const dimensionResults: DimensionResult[] = dimensions.map((dimension) => {
    const own = rates(dimensionRates, campaign.id, dimension);
    const before = previous ? overall(rates(dimensionRates, previous.id, dimension)) : undefined;
    const satisfaction = rateOf(overall(own));
    return {
      dimension,
      label: DIMENSION_LABELS[dimension],
      questionCount: questions.filter((q) => q.kind === QuestionKind.SATISFACTION && q.dimension === dimension).length,
      satisfaction,
      byChannel: byChannel(own),
      comparison: compare(satisfaction, before ? rateOf(before) : null, !!previous),
    };
  });

  return {
    campaign,
    comparedTo: previous,
    respondents: channelRows.reduce((sum, r) => sum + r.respondents, 0),
    respondentsByChannel: channelRows,
    questions: questionResults,
    dimensions: dimensionResults,
  };
}

export const TREND_LABELS: Record<Trend, string> = {
  [Trend.BASELINE]: 'Référence',
  [Trend.IMPROVED]: 'En progrès',
  [Trend.DEGRADED]: 'En recul',
  [Trend.STABLE]: 'Stable',
  [Trend.NOT_COMPARABLE]: 'Non comparable',
};

// The CSV names its units in its headers (%, points) for the spreadsheet; the API keeps fractions.
const RATE_COLUMNS = [
  { key: 'satisfied', header: 'Satisfaits', kind: 'number' },
  { key: 'withOpinion', header: 'Avec avis', kind: 'number' },
  { key: 'noOpinion', header: 'Sans avis', kind: 'number' },
  { key: 'rate', header: 'Taux (%)', kind: 'percent' },
  { key: 'lower', header: 'Borne basse (%)', kind: 'percent' },
  { key: 'upper', header: 'Borne haute (%)', kind: 'percent' },
  { key: 'trend', header: 'Évolution', kind: 'enum', labels: TREND_LABELS },
  { key: 'previousRate', header: 'Taux précédent (%)', kind: 'percent' },
  { key: 'difference', header: 'Écart (points)', kind: 'percent' },
] as const satisfies readonly Column[];

const DIMENSION_COLUMNS = defineColumns([
  { key: 'dimension', header: 'Dimension', kind: 'text' },
  { key: 'label', header: 'Libellé', kind: 'text' },
  { key: 'questions', header: 'Questions', kind: 'number' },
  ...RATE_COLUMNS,
]);

const QUESTION_COLUMNS = defineColumns([
  { key: 'question', header: 'Question', kind: 'text' },
  { key: 'label', header: 'Libellé', kind: 'text' },
  { key: 'kind', header: 'Type', kind: 'text' },
  { key: 'dimension', header: 'Dimension', kind: 'text' },
  { key: 'respondents', header: 'Répondants', kind: 'number' },
  ...RATE_COLUMNS,
  { key: 'median', header: 'Médiane', kind: 'number' },
]);

const DISTRIBUTION_COLUMNS = defineColumns([
  { key: 'question', header: 'Question', kind: 'text' },
  { key: 'option', header: 'Réponse', kind: 'text' },
  { key: 'label', header: 'Libellé', kind: 'text' },
  { key: 'count', header: 'Nombre', kind: 'number' },
  { key: 'share', header: 'Part (%)', kind: 'percent' },
]);

function rateCells(r: SatisfactionRate | null, c: Comparison | null) {
  return {
    satisfied: r?.satisfied ?? null,
    withOpinion: r?.withOpinion ?? null,
    noOpinion: r?.noOpinion ?? null,
    rate: r?.rate ?? null,
    lower: r?.lower ?? null,
    upper: r?.upper ?? null,
    trend: c?.trend ?? null,
    previousRate: c?.previous?.rate ?? null,
    difference: c?.difference ?? null,
  };
}

/** The tables of the results as CSV, in the platform's CSV format. */
export function resultsCsv(results: CampaignResults, table: 'questions' | 'dimensions' | 'distribution'): string {
  if (table === 'dimensions') {
    return toCsv(
      DIMENSION_COLUMNS,
      results.dimensions.map((d) => ({ dimension: d.dimension, label: d.label, questions: d.questionCount, ...rateCells(d.satisfaction, d.comparison) })),
    );
  }
  if (table === 'questions') {
    return toCsv(
      QUESTION_COLUMNS,
      results.questions.map((q) => ({
        question: q.question.key,
        label: q.question.text,
        kind: q.question.kind,
        dimension: q.question.dimension,
        respondents: q.respondents,
        ...rateCells(q.satisfaction, q.comparison),
        median: q.number?.median ?? null,
      })),
    );
  }
  return toCsv(
    DISTRIBUTION_COLUMNS,
    results.questions.flatMap((q) => q.distribution.map((d) => ({ question: q.question.key, option: d.option, label: d.label, count: d.count, share: d.share }))),
  );
}

/** A rate as published: without the « sans avis » count. */
export type PublishedRate = Omit<SatisfactionRate, 'noOpinion'>;

/** The snapshot kept at publication (`Campaign.publication`, jsonb): what the public site shows. */
export type PublicationSummary = {
  campaign: { id: string; title: string; year: number; opensOn: string; closesOn: string };
  comparedTo: { id: string; title: string; year: number } | null;
  respondents: number;
  dimensions: { dimension: Dimension; label: string; satisfaction: PublishedRate | null; trend: Trend | null }[];
  questions: { key: string; text: string; respondents: number; satisfaction: PublishedRate | null; trend: Trend | null; distribution: OptionCount[] }[];
  /** The campaign's findings as publishResults froze them (the 2015 demo's snapshots have none). */
  findings?: { id: string; kind: FindingKind; dimension: Dimension | null; text: string }[];
};

/** The snapshot kept at publication: what the public site shows. */
export function publicationSummary(results: CampaignResults): PublicationSummary {
  const rate = (r: SatisfactionRate | null) => (r ? { satisfied: r.satisfied, withOpinion: r.withOpinion, rate: r.rate, lower: r.lower, upper: r.upper } : null);
  return {
    campaign: { id: results.campaign.id, title: results.campaign.title, year: results.campaign.year, opensOn: results.campaign.opensOn, closesOn: results.campaign.closesOn },
    comparedTo: results.comparedTo ? { id: results.comparedTo.id, title: results.comparedTo.title, year: results.comparedTo.year } : null,
    respondents: results.respondents,
    dimensions: results.dimensions.map((d) => ({ dimension: d.dimension, label: d.label, satisfaction: rate(d.satisfaction), trend: d.comparison?.trend ?? null })),
    questions: results.questions.map((q) => ({
      key: q.question.key,
      text: q.question.text,
      respondents: q.respondents,
      satisfaction: rate(q.satisfaction),
      trend: q.comparison?.trend ?? null,
      distribution: q.distribution.map((d) => ({ option: d.option, label: d.label, count: d.count, share: d.share })),
    })),
  };
}
