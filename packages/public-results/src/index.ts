export { formatFigure } from './format.js';
export {
  CHANNEL_LABELS,
  FINDING_LABELS,
  SURVEY_RESULTS_SCHEMA,
  SURVEYS_INDEX_SCHEMA,
  TREND_LABELS,
  type FindingKind,
  type PublicRate,
  type SurveyChannel,
  type SurveyOpenData,
  type SurveyResultsDocument,
  type SurveysIndexDocument,
  type SurveysIndexEntry,
  type SurveyTrend,
} from './surveys.js';
export { INDEX_SCHEMA, QUARTER_SCHEMA, type FigureSource, type IndexDocument, type PublishedIndicator, type QuarterDocument, type Unit, type VersionSummary } from './transparence.js';
