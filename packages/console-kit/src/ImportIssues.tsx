/** One problem of an import report, as every import of the API gives it. */
export interface ImportIssueLike {
  line: number;
  field?: string | null;
  message: string;
}

/**
 * « Ligne N, <colonne> : message », the column named as the file names it when `columns` knows
 * its key; an unknown key is left out rather than shown as the API's code name.
 */
export function importIssueText({ line, field, message }: ImportIssueLike, columns: Readonly<Record<string, string>> = {}): string {
  const column = field ? columns[field] : undefined;
  const where = column ? `Ligne ${line}, ${column}` : `Ligne ${line}`;
  return `${where} : ${message}`;
}

/** The problems of an import report, one line each, in the file's order. */
export function ImportIssueList({ issues, columns }: { issues: readonly (ImportIssueLike & { code: string })[]; columns?: Readonly<Record<string, string>> }) {
  return (
    <ul>
      {issues.map((issue) => (
        <li key={`${issue.line}-${issue.field ?? ''}-${issue.code}`}>{importIssueText(issue, columns)}</li>
      ))}
    </ul>
  );
}
