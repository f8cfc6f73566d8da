import { CsvError, parse } from 'csv-parse/sync';
import type { CellValue, Column, Row } from './columns.js';
import { unescapeFormula } from './escape.js';
import type { ImportIssue } from './report.js';
import { SEPARATOR } from './write.js';

/** A data row read from the file, with its line (the header is line 1). */
export type ParsedRow<K extends string> = Row<K> & { line: number };

export interface ParsedCsv<K extends string> {
  /** The rows without problems, typed by their columns. */
  rows: ParsedRow<K>[];
  /** Problems of the file (line 0 or 1) and of its rows. */
  issues: ImportIssue[];
  /** Data rows in the file, right or wrong. */
  total: number;
}

export interface ReadOptions {
  /** At most this many data rows (the whole file is refused above). */
  maxRows?: number;
}

/** The parser's error codes in French, each with a stable code of ours. */
const PARSER_ERRORS: Record<string, { code: string; message: string }> = {
  CSV_QUOTE_NOT_CLOSED: { code: 'CSV_QUOTE_NOT_CLOSED', message: 'Guillemet ouvert jamais refermé.' },
  CSV_INVALID_CLOSING_QUOTE: { code: 'CSV_INVALID_QUOTE', message: 'Guillemet mal placé : un champ entre guillemets doit finir par un guillemet suivi du séparateur.' },
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: { code: 'CSV_INVALID_QUOTE', message: 'Caractère inattendu après un guillemet fermant.' },
  INVALID_OPENING_QUOTE: { code: 'CSV_INVALID_QUOTE', message: 'Guillemet inattendu au milieu d’un champ.' },
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: { code: 'CSV_COLUMN_COUNT', message: 'Nombre de colonnes différent de l’en-tête.' },
  CSV_MAX_RECORD_SIZE: { code: 'CSV_RECORD_TOO_LONG', message: 'Ligne trop longue.' },
};

/** Reads a parser error as an issue in French; the parser's English text never reaches the user. */
export function parserIssue(error: unknown): ImportIssue {
  const known = error instanceof CsvError ? PARSER_ERRORS[error.code] : undefined;
  const line = error instanceof CsvError && typeof (error as { lines?: unknown }).lines === 'number' ? (error as unknown as { lines: number }).lines : 0;
  return {
    line,
    field: null,
    code: known?.code ?? 'CSV_UNREADABLE',
    message: known ? `Fichier CSV illisible : ${known.message}` : 'Fichier CSV illisible.',
  };
}

const normalise = (text: string) => text.normalize('NFC').trim().toLowerCase();

/** Tells the file's separator from its header: `;` by default, `,` for files written elsewhere. */
function separatorOf(text: string): string {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  return !header.includes(SEPARATOR) && header.includes(',') ? ',' : SEPARATOR;
}

const NUMBER = /^[-+]?\d+([.,]\d+)?([eE][-+]?\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const FRENCH_DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const FRENCH_MONTH = /^(\d{2})\/(\d{4})$/;

function validDate(y: string, m: string, d: string): string | null {
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d) ? `${y}-${m}-${d}` : null;
}

function validMonth(y: string, m: string): string | null {
  return Number(m) >= 1 && Number(m) <= 12 ? `${y}-${m}` : null;
}

/** Reads one cell by its column's kind; throws the issue's code and French message. */
function readCell(column: Column, raw: string): CellValue {
  const text = column.kind === 'text' ? raw : raw.trim();
  if (text.trim() === '') {
    if (column.required) throw { code: 'REQUIRED', message: `« ${column.header} » est obligatoire.` };
    return null;
  }
  switch (column.kind) {
    case 'text':
      return unescapeFormula(text);
    case 'number': {
      const compact = text.replace(/[\s\u00a0\u202f]/g, '');
      if (!NUMBER.test(compact)) throw { code: 'INVALID_NUMBER', message: `« ${column.header} » : « ${text} » n’est pas un nombre.` };
      return Number(compact.replace(',', '.'));
    }
    case 'percent': {
      // A spreadsheet may keep the sign (« 87,5 % »); the value back in code is the fraction written.
      const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(/%$/, '');
      if (!NUMBER.test(compact)) throw { code: 'INVALID_NUMBER', message: `« ${column.header} » : « ${text} » n’est pas un pourcentage.` };
      return Number((Number(compact.replace(',', '.')) / 100).toPrecision(12));
    }
    case 'date': {
      const iso = ISO_DATE.exec(text);
      const fr = FRENCH_DATE.exec(text);
      const date = iso ? validDate(iso[1]!, iso[2]!, iso[3]!) : fr ? validDate(fr[3]!, fr[2]!, fr[1]!) : null;
      if (!date) throw { code: 'INVALID_DATE', message: `« ${column.header} » : « ${text} » n’est pas une date (AAAA-MM-JJ ou JJ/MM/AAAA).` };
      return date;
    }
    case 'month': {
      const iso = ISO_MONTH.exec(text);
      const fr = FRENCH_MONTH.exec(text);
      const month = iso ? validMonth(iso[1]!, iso[2]!) : fr ? validMonth(fr[2]!, fr[1]!) : null;
      if (!month) throw { code: 'INVALID_MONTH', message: `« ${column.header} » : « ${text} » n’est pas un mois (AAAA-MM ou MM/AAAA).` };
      return month;
    }
    case 'enum': {
      const wanted = normalise(unescapeFormula(text));
      const entry = Object.entries(column.labels ?? {}).find(([value, label]) => normalise(value) === wanted || normalise(label) === wanted);
      if (!entry) {
        const allowed = Object.values(column.labels ?? {}).map((l) => `« ${l} »`).join(', ');
        throw { code: 'INVALID_ENUM', message: `« ${column.header} » : « ${text} » n’est pas une valeur connue (${allowed}).` };
      }
      return entry[0];
    }
  }
}

/**
 * Reads a CSV written by `toCsv` or by a spreadsheet: BOM optional, `;` (or `,`), French
 * headers or machine keys in any order, extra columns ignored. Every problem is an issue with
 * its line; rows with a problem are left out of `rows`.
 */
export function fromCsv<K extends string>(columns: readonly Column<K>[], text: string, options: ReadOptions = {}): ParsedCsv<K> {
  const body = text.replace(/^\uFEFF/, '');
  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    // `info` gives each record's line in the file (empty lines are skipped, quoted cells may span lines).
    parsed = parse(body, { delimiter: separatorOf(body), relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as typeof parsed;
  } catch (error) {
    return { rows: [], issues: [parserIssue(error)], total: 0 };
  }
  const records = parsed.map((p) => p.record);
  const [header, ...data] = records;
  if (!header) return { rows: [], issues: [{ line: 0, field: null, code: 'CSV_EMPTY', message: 'Le fichier est vide.' }], total: 0 };

  const positions = new Map<K, number>();
  const names = header.map(normalise);
  for (const column of columns) {
    const at = names.findIndex((name) => name === normalise(column.header) || name === normalise(column.key));
    if (at >= 0) positions.set(column.key, at);
  }
  const missing = columns.filter((c) => !positions.has(c.key) && !c.optional);
  if (missing.length) {
    return {
      rows: [],
      issues: missing.map((c) => ({ line: 1, field: c.key, code: 'MISSING_COLUMN', message: `Colonne manquante : « ${c.header} ».` })),
      total: data.length,
    };
  }
  if (options.maxRows !== undefined && data.length > options.maxRows) {
    return {
      rows: [],
      issues: [{ line: 0, field: null, code: 'TOO_MANY_ROWS', message: `Au plus ${options.maxRows.toLocaleString('fr-FR')} lignes par import (le fichier en a ${data.length.toLocaleString('fr-FR')}).` }],
      total: data.length,
    };
  }

  const rows: ParsedRow<K>[] = [];
  const issues: ImportIssue[] = [];
  data.forEach((record, index) => {
    const line = parsed[index + 1]!.info.lines;
    if (record.length !== header.length) {
      issues.push({ line, field: null, code: 'CSV_COLUMN_COUNT', message: `Ligne de ${record.length} colonne(s) pour ${header.length} dans l’en-tête.` });
      return;
    }
    const row = { line } as ParsedRow<K>;
    let ok = true;
    for (const column of columns) {
      try {
        const at = positions.get(column.key);
        (row as Record<string, CellValue>)[column.key] = at === undefined ? null : readCell(column, record[at] ?? '');
      } catch (error) {
        const e = error as { code: string; message: string };
        issues.push({ line, field: column.key, code: e.code, message: e.message });
        ok = false;
      }
    }
    if (ok) rows.push(row);
  });
  return { rows, issues, total: data.length };
}
