/**
 * How a column's cells are written and read. `percent` holds a fraction 0–1 in code (the API's
 * rates) and a percentage in the file (87,5 for 0.875, two decimals), for a header that says « (%) ».
 */
export type ColumnKind = 'text' | 'number' | 'percent' | 'date' | 'month' | 'enum';

/** One column of a CSV format: its machine key, its French header, its kind. */
export interface Column<K extends string = string> {
  key: K;
  /** The French header written on export; the key is accepted too on import. */
  header: string;
  kind: ColumnKind;
  /** For `enum`: the French label of every value (written on export; label or value accepted on import). */
  labels?: Readonly<Record<string, string>>;
  /** An empty cell is an error on import (otherwise it reads as null). */
  required?: boolean;
  /** The column may be left out of an imported file: its cells then read as null. */
  optional?: boolean;
}

/** A cell's value in code: text, number (a fraction for `percent`), date `YYYY-MM-DD`, month `YYYY-MM`, enum value, or null when empty. */
export type CellValue = string | number | null;

export type Row<K extends string> = Record<K, CellValue>;

/** Declares a format in one place; the keys' literal types follow into rows. */
export function defineColumns<const K extends string>(columns: readonly Column<K>[]): readonly Column<K>[] {
  const keys = new Set<string>();
  for (const column of columns) {
    if (keys.has(column.key)) throw new Error(`Duplicate CSV column ${column.key}`);
    keys.add(column.key);
    if (column.kind === 'enum' && !column.labels) throw new Error(`CSV column ${column.key} is an enum without labels`);
  }
  return columns;
}
