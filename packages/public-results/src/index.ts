export { formatFigure } from './format.js';
export { INDEX_SCHEMA, QUARTER_SCHEMA, type FigureSource, type IndexDocument, type PublishedIndicator, type QuarterDocument, type Unit, type VersionSummary } from './transparence.js';
