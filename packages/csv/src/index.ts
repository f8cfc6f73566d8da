export { defineColumns, type CellValue, type Column, type ColumnKind, type Row } from './columns.js';
export { escapeFormula, unescapeFormula } from './escape.js';
export { fromCsv, parserIssue, type ParsedCsv, type ParsedRow, type ReadOptions } from './read.js';
export { applyRows, emptyReport, RowError, type ImportIssue, type ImportMode, type ImportOptions, type ImportReport, type RowOutcome } from './report.js';
export { formatNumber, SEPARATOR, toCsv, toPercent } from './write.js';
