import type { PublicDocument, PublicDocumentHandler } from '@qualipref/server-kit';
import type { SurveysApp } from '../domain/deps.js';
import { publishedCampaigns, resultsDocument, resultsDocumentCsv } from '../domain/public-results.js';

const json = (filename: string, body: unknown): PublicDocument => ({ filename, contentType: 'application/json; charset=utf-8', body: Buffer.from(JSON.stringify(body, null, 2)), disposition: 'inline' });

/** `<campaign id>.json` or `.csv`; the id itself is checked by the domain. */
const DOCUMENT = /^([^.]+)\.(json|csv)$/;

/**
 * GET /public/surveys/publications/<tenant id>/index.json, then /<campaign id>.json and .csv:
 * the published results, without sign-in, in the tenant's rows only.
 */
export const publicationDocuments: PublicDocumentHandler<SurveysApp> = async (reader, path) => {
  const [tenantId, file, ...rest] = path;
  if (!tenantId || !file || rest.length) return null;
  const em = reader.tenant(tenantId);
  if (file === 'index.json') {
    const index = await publishedCampaigns(em, tenantId);
    return index && json(`enquetes-${tenantId}.json`, index);
  }
  const [, campaignId, format] = DOCUMENT.exec(file) ?? [];
  const doc = campaignId ? await resultsDocument(em, tenantId, campaignId) : null;
  if (!doc) return null;
  const stem = `resultats-enquete-${doc.campaign.year}-${doc.campaign.id}`;
  if (format === 'csv') return { filename: `${stem}.csv`, contentType: 'text/csv; charset=utf-8', body: Buffer.from(resultsDocumentCsv(doc)), disposition: 'attachment' };
  return json(`${stem}.json`, doc);
};
