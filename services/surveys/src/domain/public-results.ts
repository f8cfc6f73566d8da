import type { EntityManager } from '@mikro-orm/core';
import { defineColumns, toCsv } from '@qualipref/csv';
import { isUuid } from '@qualipref/server-kit';
import { Campaign } from '../entities/index.js';
import { SURVEY_RESULTS_SCHEMA, SURVEYS_INDEX_SCHEMA, type PublicRate, type SurveyOpenData, type SurveyResultsDocument, type SurveysIndexDocument } from '@qualipref/public-results';
import type { Dimension } from './enums.js';
import { TREND_LABELS, type PublicationSummary } from './results.js';

// The published survey results as open data (S4, « rubrique publications »): read from the
// summary frozen at publication, never recomputed, and mapped field by field so that the public
// schema (@qualipref/public-results', documented in the README) stays the same when the internal summary grows. Free-text
// answers are not in that summary, and this mapping would not carry them were they ever added.

const BASE = '/public/surveys/publications';

export function openDataPaths(tenantId: string, campaignId: string): SurveyOpenData {
  const stem = `${BASE}/${tenantId}/${campaignId}`;
  return { json: `${stem}.json`, csv: `${stem}.csv` };
}

type ResultsDocument = SurveyResultsDocument<Dimension>;

type Published = Campaign & { publication: PublicationSummary; publishedAt: Date };

const rate = (r: PublicRate | null): PublicRate | null => (r ? { satisfied: r.satisfied, withOpinion: r.withOpinion, rate: r.rate, lower: r.lower, upper: r.upper } : null);

function publishedOf(em: EntityManager, tenantId: string, id?: string): Promise<Published[]> {
  const where = { tenantId, publishedAt: { $ne: null }, publication: { $ne: null }, ...(id ? { id } : {}) };
  return em.find(Campaign, where, { orderBy: { publishedAt: 'desc', year: 'desc', title: 'asc' } }) as Promise<Published[]>;
}

/** The tenant's published campaigns, newest publication first; null for a malformed tenant id. */
export async function publishedCampaigns(em: EntityManager, tenantId: string): Promise<SurveysIndexDocument | null> {
  if (!isUuid(tenantId)) return null;
  const campaigns = await publishedOf(em, tenantId);
  return {
    schema: SURVEYS_INDEX_SCHEMA,
    siteId: tenantId,
    campaigns: campaigns.map((c) => ({
      id: c.id,
      title: c.publication.campaign.title,
      year: c.publication.campaign.year,
      channel: c.channel,
      publishedAt: c.publishedAt.toISOString(),
      respondents: c.publication.respondents,
      openData: openDataPaths(tenantId, c.id),
    })),
  };
}

/** A campaign's published results as frozen; null unless that tenant published it. */
export async function resultsDocument(em: EntityManager, tenantId: string, campaignId: string): Promise<ResultsDocument | null> {
  if (!isUuid(tenantId) || !isUuid(campaignId)) return null;
  const [campaign] = await publishedOf(em, tenantId, campaignId);
  if (!campaign) return null;
  const s = campaign.publication;
  return {
    schema: SURVEY_RESULTS_SCHEMA,
    campaign: { id: campaign.id, title: s.campaign.title, year: s.campaign.year, opensOn: s.campaign.opensOn, closesOn: s.campaign.closesOn, channel: campaign.channel },
    publishedAt: campaign.publishedAt.toISOString(),
    comparedTo: s.comparedTo ? { id: s.comparedTo.id, title: s.comparedTo.title, year: s.comparedTo.year } : null,
    respondents: s.respondents,
    dimensions: s.dimensions.map((d) => ({ dimension: d.dimension, label: d.label, satisfaction: rate(d.satisfaction), trend: d.trend })),
    questions: s.questions.map((q) => ({
      key: q.key,
      text: q.text,
      respondents: q.respondents,
      satisfaction: rate(q.satisfaction),
      trend: q.trend,
      distribution: q.distribution.map((o) => ({ option: o.option, label: o.label, count: o.count, share: o.share })),
    })),
    findings: (s.findings ?? []).map((f) => ({ kind: f.kind, dimension: f.dimension, text: f.text })),
  };
}

/**
 * The CSV of a published campaign: one line per dimension, the same rates as its JSON. Its own
 * columns, not those of the staff's dimensions.csv, so that the published format stays put.
 */
const PUBLIC_DIMENSION_COLUMNS = defineColumns([
  { key: 'campaign', header: 'Enquête', kind: 'text' },
  { key: 'year', header: 'Année', kind: 'number' },
  { key: 'dimension', header: 'Dimension', kind: 'text' },
  { key: 'label', header: 'Libellé', kind: 'text' },
  { key: 'satisfied', header: 'Satisfaits', kind: 'number' },
  { key: 'withOpinion', header: 'Avec avis', kind: 'number' },
  { key: 'rate', header: 'Taux (%)', kind: 'percent' },
  { key: 'lower', header: 'Borne basse (%)', kind: 'percent' },
  { key: 'upper', header: 'Borne haute (%)', kind: 'percent' },
  { key: 'trend', header: 'Évolution', kind: 'enum', labels: TREND_LABELS },
]);

export function resultsDocumentCsv(doc: ResultsDocument): string {
  return toCsv(
    PUBLIC_DIMENSION_COLUMNS,
    doc.dimensions.map((d) => ({
      campaign: doc.campaign.title,
      year: doc.campaign.year,
      dimension: d.dimension,
      label: d.label,
      satisfied: d.satisfaction?.satisfied ?? null,
      withOpinion: d.satisfaction?.withOpinion ?? null,
      rate: d.satisfaction?.rate ?? null,
      lower: d.satisfaction?.lower ?? null,
      upper: d.satisfaction?.upper ?? null,
      trend: d.trend,
    })),
  );
}
