// The published survey results as open data (S4, « rubrique publications »): what the surveys
// service writes under /public/ and what the public pages read, in one place. The README
// documents each field; a field is only added within a schema version, a removal or a renaming
// makes version 2.

export const SURVEY_RESULTS_SCHEMA = 'qualipref.enquete.resultats/1';
export const SURVEYS_INDEX_SCHEMA = 'qualipref.enquetes.index/1';

/** Hall (kiosk and paper forms) or personal links sent by e-mail. */
export type SurveyChannel = 'HALL' | 'EMAIL';
export type SurveyTrend = 'BASELINE' | 'IMPROVED' | 'DEGRADED' | 'STABLE' | 'NOT_COMPARABLE';
export type FindingKind = 'STRENGTH' | 'WEAKNESS' | 'RECOMMENDATION';

/** Where a campaign's public documents are read at the gateway. */
export interface SurveyOpenData {
  json: string;
  csv: string;
}

/** A satisfaction rate: satisfied over those with an opinion, a fraction from 0 to 1, with its 95 % Wilson interval. */
export interface PublicRate {
  satisfied: number;
  withOpinion: number;
  rate: number | null;
  lower: number | null;
  upper: number | null;
}

export interface SurveyResultsDocument<Dimension extends string = string> {
  schema: typeof SURVEY_RESULTS_SCHEMA;
  campaign: { id: string; title: string; year: number; opensOn: string; closesOn: string; channel: SurveyChannel };
  publishedAt: string;
  comparedTo: { id: string; title: string; year: number } | null;
  respondents: number;
  dimensions: { dimension: Dimension; label: string; satisfaction: PublicRate | null; trend: SurveyTrend | null }[];
  questions: { key: string; text: string; respondents: number; satisfaction: PublicRate | null; trend: SurveyTrend | null; distribution: { option: string; label: string; count: number; share: number }[] }[];
  findings: { kind: FindingKind; dimension: Dimension | null; text: string }[];
}

export interface SurveysIndexEntry {
  id: string;
  title: string;
  year: number;
  channel: SurveyChannel;
  publishedAt: string;
  respondents: number;
  openData: SurveyOpenData;
}

export interface SurveysIndexDocument {
  schema: typeof SURVEYS_INDEX_SCHEMA;
  siteId: string;
  /** Newest publication first. */
  campaigns: SurveysIndexEntry[];
}

/** The trend of a rate, as the pages say it. */
export const TREND_LABELS: Record<SurveyTrend, string> = {
  BASELINE: 'Référence',
  IMPROVED: 'En progrès',
  DEGRADED: 'En recul',
  STABLE: 'Stable',
  NOT_COMPARABLE: 'Non comparable',
};

export const FINDING_LABELS: Record<FindingKind, string> = {
  STRENGTH: 'Point fort',
  WEAKNESS: 'Point d’amélioration',
  RECOMMENDATION: 'Recommandation',
};

export const CHANNEL_LABELS: Record<SurveyChannel, string> = {
  HALL: 'Enquête dans le hall d’accueil',
  EMAIL: 'Enquête par courriel',
};
