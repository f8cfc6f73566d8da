/** How an import treats its wrong rows. */
export type ImportMode = 'ALL_OR_NOTHING' | 'PARTIAL';

/** The options every import takes. */
export interface ImportOptions {
  /** ALL_OR_NOTHING writes nothing if any row is wrong; PARTIAL writes the right rows and reports the others. */
  mode: ImportMode;
  /** Check and report what would be done, write nothing. */
  dryRun: boolean;
}

/** One problem of an import: its line in the file (1 is the header; 0 for the whole file), its column, a stable code and a French message. */
export interface ImportIssue {
  line: number;
  field: string | null;
  code: string;
  message: string;
}

/** The one report of every import. */
export interface ImportReport {
  mode: ImportMode;
  dryRun: boolean;
  /** Whether anything was written (false on a dry run, and when ALL_OR_NOTHING met a problem). */
  applied: boolean;
  /** Data rows read from the file. */
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Rows not written because of a problem. */
  rejected: number;
  issues: ImportIssue[];
}

export function emptyReport(options: ImportOptions, rows: number): ImportReport {
  return { mode: options.mode, dryRun: options.dryRun, applied: false, rows, created: 0, updated: 0, unchanged: 0, rejected: 0, issues: [] };
}

/** An error thrown while checking or writing a row, turned into an issue of that row. */
export class RowError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field: string | null = null,
  ) {
    super(message);
  }
}

/** What a row came to. */
export type RowOutcome = 'created' | 'updated' | 'unchanged';

/**
 * Runs an import's rows through `apply` and fills the report. Rows already wrong at parsing are
 * counted as rejected. `apply` throws a RowError (or an error carrying `code` and `field`) for a
 * wrong row. Whether the writes are kept is the caller's transaction: `keep` in the result says
 * if they must be (false on a dry run, and when ALL_OR_NOTHING met any problem).
 */
export async function applyRows<R extends { line: number }>(
  options: ImportOptions,
  parsed: { rows: R[]; issues: ImportIssue[]; total: number },
  apply: (row: R) => Promise<RowOutcome>,
  toIssue: (error: unknown, row: R) => ImportIssue = defaultIssue,
): Promise<{ report: ImportReport; keep: boolean }> {
  const report = emptyReport(options, parsed.total);
  report.issues.push(...parsed.issues);
  report.rejected = new Set(parsed.issues.filter((i) => i.line > 1).map((i) => i.line)).size;
  const fatal = parsed.issues.some((i) => i.line <= 1);
  if (!fatal) {
    for (const row of parsed.rows) {
      try {
        report[await apply(row)] += 1;
      } catch (error) {
        report.issues.push(toIssue(error, row));
        report.rejected += 1;
      }
    }
  }
  const keep = !options.dryRun && !fatal && (options.mode === 'PARTIAL' || report.issues.length === 0);
  if (!fatal && options.mode === 'ALL_OR_NOTHING' && report.issues.length > 0) {
    // Nothing is kept: what the rows would have done is not what happened.
    report.rejected = report.rows;
    report.created = report.updated = report.unchanged = 0;
  }
  if (fatal) report.rejected = report.rows;
  report.applied = keep;
  report.issues.sort((a, b) => a.line - b.line);
  return { report, keep };
}

function defaultIssue(error: unknown, row: { line: number }): ImportIssue {
  const e = error as { code?: unknown; field?: unknown; message?: unknown };
  return {
    line: row.line,
    field: typeof e.field === 'string' ? e.field : null,
    code: typeof e.code === 'string' ? e.code : 'INVALID_ROW',
    message: typeof e.message === 'string' ? e.message : String(error),
  };
}
