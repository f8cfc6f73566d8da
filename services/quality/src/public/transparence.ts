import type { PublicDocument, PublicDocumentHandler } from '@qualipref/server-kit';
import type { QualityApp } from '../app.js';
import { posterPdf } from '../documents/poster.js';
import { publicationIndex, quarterCsv, quarterDocument } from '../domain/open-data.js';

/** Where a version's public documents are read at the gateway. */
export interface PublicPaths {
  json: string;
  csv: string;
  posterA4: string;
  posterA3: string;
}

const BASE = '/public/quality/transparence';

export function publicPaths(tenantId: string, quarter: string, version: number): PublicPaths {
  const stem = `${BASE}/${tenantId}/${quarter}-v${version}`;
  return { json: `${stem}.json`, csv: `${stem}.csv`, posterA4: `${stem}-A4.pdf`, posterA3: `${stem}-A3.pdf` };
}

const json = (filename: string, body: unknown): PublicDocument => ({ filename, contentType: 'application/json; charset=utf-8', body: Buffer.from(JSON.stringify(body, null, 2)), disposition: 'inline' });

/** `2026-T3.json` (the version in force), `2026-T3-v1.csv`, `2026-T3-v2-A3.pdf`… */
const DOCUMENT = /^(\d{4}-T[1-4])(?:-v(\d{1,4}))?(?:\.(json|csv)|-(A4|A3)\.pdf)$/;

/**
 * GET /public/quality/transparence/<tenant id>/index.json, then /<quarter>[-v<n>].json, .csv,
 * -A4.pdf, -A3.pdf: the published results, without sign-in, in the tenant's rows only.
 */
export const transparenceDocuments: PublicDocumentHandler<QualityApp> = async (reader, path) => {
  const [tenantId, file, ...rest] = path;
  if (!tenantId || !file || rest.length) return null;
  const em = () => reader.tenant(tenantId);
  if (file === 'index.json') return /^[0-9a-f-]{36}$/i.test(tenantId) ? json(`transparence-${tenantId}.json`, await publicationIndex(em(), tenantId)) : null;
  const match = DOCUMENT.exec(file);
  if (!match) return null;
  const [, quarter, version, format, size] = match;
  const doc = await quarterDocument(em(), tenantId, quarter!, version ? Number(version) : undefined);
  if (!doc) return null;
  const stem = `resultats-${doc.quarter}-v${doc.version}`;
  if (format === 'json') return json(`${stem}.json`, doc);
  if (format === 'csv') return { filename: `${stem}.csv`, contentType: 'text/csv; charset=utf-8', body: Buffer.from(quarterCsv(doc)), disposition: 'attachment' };
  return { filename: `${stem}-affiche-${size}.pdf`, contentType: 'application/pdf', body: await posterPdf(doc, size as 'A4' | 'A3'), disposition: 'attachment' };
};
