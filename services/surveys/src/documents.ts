import { badInput, type Document, type RequestContext, isUuid } from '@qualipref/server-kit';
import { Campaign } from './entities/index.js';
import type { SurveysApp } from './domain/deps.js';
import { campaignResults, resultsCsv } from './domain/results.js';

const TABLES = ['questions', 'dimensions', 'distribution'] as const;

/** GET /documents/surveys/campaigns/<id>/<table>.csv: a table of a campaign's results. */
export async function campaignDocument(ctx: RequestContext<SurveysApp>, path: string[]): Promise<Document | null> {
  ctx.requireIdentity();
  const [id, file] = path;
  const table = TABLES.find((t) => file === `${t}.csv`);
  if (!id || !table || path.length !== 2) return null;
  if (!isUuid(id)) throw badInput('Identifiant d’enquête invalide.', 'id');
  const campaign = await ctx.em.findOne(Campaign, { id });
  if (!campaign) return null;
  const csv = resultsCsv(await campaignResults(ctx.em, campaign), table);
  // A byte-order mark, so that spreadsheets read the accents right.
  return { filename: `enquete-${campaign.year}-${table}.csv`, contentType: 'text/csv; charset=utf-8', body: Buffer.from(csv, 'utf8') };
}
