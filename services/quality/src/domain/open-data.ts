import type { EntityManager } from '@mikro-orm/core';
import { defineColumns, toCsv } from '@qualipref/csv';
import { isUuid } from '@qualipref/server-kit';
import { INDEX_SCHEMA, QUARTER_SCHEMA, type IndexDocument, type QuarterDocument, type VersionSummary } from '@qualipref/public-results';
import { Publication, PublishedFigure } from '../entities/index.js';
import { IndicatorSource } from './enums.js';
import { UNIT_LABELS } from './labels.js';
import { parsePeriod } from './periods.js';

// The open data of « Transparence » (Q6): one JSON document per published version of a quarter,
// in the schema @qualipref/public-results declares; the public page, the CSV and the poster are
// all drawn from it, so they print the same figures.

/** How many earlier quarters each indicator's history gives (two years with the quarter itself). */
const HISTORY_QUARTERS = 7;

const num = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));
const day = (value: unknown) => String(value).slice(0, 10);

function summary(p: Publication): VersionSummary {
  return {
    version: p.version,
    status: p.replacedAt ? 'REPLACED' : 'IN_FORCE',
    publishedAt: p.publishedAt.toISOString(),
    cutOffDate: day(p.cutOffDate),
    replacedAt: p.replacedAt?.toISOString() ?? null,
    correctionReason: p.correctionReason ?? null,
  };
}

/** The tenant's published quarters, newest first, each with its versions. */
export async function publicationIndex(em: EntityManager, tenantId: string): Promise<IndexDocument> {
  const all = await em.find(Publication, { tenantId }, { orderBy: { quarter: 'desc', version: 'asc' } });
  const quarters = [...new Set(all.map((p) => p.quarter))].map((quarter) => {
    const versions = all.filter((p) => p.quarter === quarter);
    return { quarter, label: parsePeriod(quarter).label, inForce: summary(versions.at(-1)!), versions: versions.map(summary) };
  });
  return { schema: INDEX_SCHEMA, siteId: tenantId, quarters };
}

/** A quarter's published document: its version in force, or the version asked for; null when none. */
export async function quarterDocument(em: EntityManager, tenantId: string, quarter: string, version?: number): Promise<QuarterDocument | null> {
  if (!isUuid(tenantId)) return null;
  const versions = await em.find(Publication, { tenantId, quarter }, { orderBy: { version: 'asc' } });
  const publication = version === undefined ? versions.at(-1) : versions.find((p) => p.version === version);
  if (!publication) return null;
  // The earlier quarters in force: each quarter's latest version.
  const earlier = await em.find(Publication, { tenantId, quarter: { $lt: quarter }, replacedAt: null }, { orderBy: { quarter: 'desc' }, limit: HISTORY_QUARTERS });
  const figures = await em.find(PublishedFigure, { publication: { $in: [publication.id, ...earlier.map((p) => p.id)] } }, { orderBy: { position: 'asc' } });
  const chronological = [...earlier].reverse();
  const heading = publication.heading;
  return {
    schema: QUARTER_SCHEMA,
    site: { id: tenantId, name: heading.name, kind: heading.kind, city: heading.city, timeZone: heading.timeZone, stateBlock: heading.stateBlock },
    quarter: publication.quarter,
    label: parsePeriod(publication.quarter).label,
    periodStart: day(publication.periodStart),
    periodEnd: day(publication.periodEnd),
    ...summary(publication),
    versions: versions.map(summary),
    indicators: figures
      .filter((f) => f.publication.id === publication.id)
      .map((f) => ({
        code: f.code,
        name: f.name,
        definition: f.definition,
        referential: f.referentialName,
        engagement: { number: f.engagementNumber ?? null, text: f.engagementText },
        unit: f.unit,
        unitLabel: UNIT_LABELS[f.unit],
        value: num(f.value),
        target: num(f.target),
        numerator: num(f.numerator),
        sampleSize: num(f.sampleSize),
        source: f.source ?? null,
        origin: f.origin ?? null,
        history: chronological.map((p) => ({
          quarter: p.quarter,
          label: parsePeriod(p.quarter).label,
          value: num(figures.find((g) => g.publication.id === p.id && g.indicator.id === f.indicator.id)?.value),
        })),
      })),
  };
}

const SOURCE_LABELS: Record<IndicatorSource, string> = {
  [IndicatorSource.COMPUTED]: 'Calculé par la plateforme',
  [IndicatorSource.IMPORTED]: 'Importé',
  [IndicatorSource.ENTERED]: 'Saisi',
};

/** The CSV of a quarter's document: one line per indicator, the same values as its JSON. */
export const QUARTER_COLUMNS = defineColumns([
  { key: 'site', header: 'Site', kind: 'text' },
  { key: 'quarter', header: 'Trimestre', kind: 'text' },
  { key: 'version', header: 'Version', kind: 'number' },
  { key: 'status', header: 'État', kind: 'enum', labels: { IN_FORCE: 'En vigueur', REPLACED: 'Remplacée' } },
  { key: 'cutOffDate', header: 'Date d’arrêté', kind: 'date' },
  { key: 'referential', header: 'Référentiel', kind: 'text' },
  { key: 'engagement', header: 'Engagement', kind: 'text' },
  { key: 'code', header: 'Code', kind: 'text' },
  { key: 'name', header: 'Indicateur', kind: 'text' },
  { key: 'unit', header: 'Unité', kind: 'enum', labels: UNIT_LABELS },
  { key: 'value', header: 'Valeur', kind: 'number' },
  { key: 'target', header: 'Cible nationale', kind: 'number' },
  { key: 'numerator', header: 'Numérateur', kind: 'number' },
  { key: 'sampleSize', header: 'Effectif', kind: 'number' },
  { key: 'source', header: 'Source', kind: 'enum', labels: SOURCE_LABELS },
  { key: 'origin', header: 'Origine', kind: 'text' },
]);

export function quarterCsv(doc: QuarterDocument): string {
  return toCsv(
    QUARTER_COLUMNS,
    doc.indicators.map((i) => ({
      site: doc.site.name,
      quarter: doc.quarter,
      version: doc.version,
      status: doc.status,
      cutOffDate: doc.cutOffDate,
      referential: i.referential,
      engagement: i.engagement.number ? `${i.engagement.number}. ${i.engagement.text}` : i.engagement.text,
      code: i.code,
      name: i.name,
      unit: i.unit,
      value: i.value,
      target: i.target,
      numerator: i.numerator,
      sampleSize: i.sampleSize,
      source: i.source,
      origin: i.origin,
    })),
  );
}
