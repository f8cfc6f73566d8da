// The open data of « Transparence » (Q6): what the quality service writes under /public/ and what
// the public pages read, in one place. The README documents each field; a field is only added
// within a schema version, a removal or a renaming makes version 2.

/** The schemas' names and versions, as each document says it in `schema`. */
export const QUARTER_SCHEMA = 'qualipref.transparence.trimestre/1';
export const INDEX_SCHEMA = 'qualipref.transparence.index/1';

/** An indicator's unit: a rate is a fraction from 0 to 1, a signed rate from -1 to 1. */
export type Unit = 'RATE' | 'SIGNED_RATE' | 'WORKING_DAYS' | 'RINGS' | 'COUNT' | 'SCORE_10' | 'MINUTES' | 'BOOLEAN';

export type FigureSource = 'COMPUTED' | 'IMPORTED' | 'ENTERED';

export interface VersionSummary {
  version: number;
  status: 'IN_FORCE' | 'REPLACED';
  /** ISO 8601. */
  publishedAt: string;
  /** YYYY-MM-DD: the figures are those recorded by the end of that day. */
  cutOffDate: string;
  replacedAt: string | null;
  correctionReason: string | null;
}

export interface QuarterDocument extends VersionSummary {
  schema: typeof QUARTER_SCHEMA;
  site: { id: string; name: string; kind: 'PREFECTURE' | 'SOUS_PREFECTURE'; city: string; timeZone: string; stateBlock: string[] | null };
  quarter: string;
  label: string;
  periodStart: string;
  periodEnd: string;
  /** Every version of the quarter, oldest first. */
  versions: VersionSummary[];
  indicators: PublishedIndicator[];
}

export interface PublishedIndicator {
  code: string;
  name: string;
  definition: string;
  referential: string;
  engagement: { number: string | null; text: string };
  unit: Unit;
  unitLabel: string;
  /** In the unit. Null: not available by the cut-off. */
  value: number | null;
  target: number | null;
  numerator: number | null;
  sampleSize: number | null;
  source: FigureSource | null;
  origin: string | null;
  /** The earlier quarters' published values (their version in force), oldest first. */
  history: { quarter: string; label: string; value: number | null }[];
}

export interface IndexDocument {
  schema: typeof INDEX_SCHEMA;
  siteId: string;
  /** Every published quarter, newest first, with all its versions. */
  quarters: { quarter: string; label: string; inForce: VersionSummary; versions: VersionSummary[] }[];
}
