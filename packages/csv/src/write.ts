import { stringify } from 'csv-stringify/sync';
import type { CellValue, Column, Row } from './columns.js';
import { escapeFormula } from './escape.js';

/** French spreadsheet defaults: what Excel and LibreOffice open as-is in a French locale. */
export const SEPARATOR = ';';
const BOM = '\uFEFF';

/** A number with a decimal comma and no grouping, as a French spreadsheet reads it back as a number. */
export function formatNumber(value: number): string {
  return String(value).replace('.', ',');
}

/** A fraction as the percentage a spreadsheet shows, to two decimals (0.87654 → 87.65). */
export function toPercent(fraction: number): number {
  return Math.round(fraction * 10_000) / 100;
}

function cell(column: Column, value: CellValue): string {
  if (value === null || value === '') return '';
  switch (column.kind) {
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`CSV column ${column.key}: ${String(value)} is not a number`);
      return formatNumber(value);
    case 'percent':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`CSV column ${column.key}: ${String(value)} is not a number`);
      return formatNumber(toPercent(value));
    case 'enum':
      return escapeFormula(column.labels?.[String(value)] ?? String(value));
    default:
      return escapeFormula(String(value));
  }
}

/** The CSV of rows: `;`, decimal comma, UTF-8 with BOM, French headers, text cells escaped against formulas. */
export function toCsv<K extends string>(columns: readonly Column<K>[], rows: readonly Row<K>[]): string {
  return (
    BOM +
    stringify(
      rows.map((row) => columns.map((column) => cell(column, row[column.key]))),
      { header: true, columns: columns.map((c) => c.header), delimiter: SEPARATOR, record_delimiter: '\r\n' },
    )
  );
}
