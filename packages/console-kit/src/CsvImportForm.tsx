import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Upload } from '@codegouvfr/react-dsfr/Upload';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { FormActions } from './FormActions.js';
import { FormOutcome } from './FormOutcome.js';
import { ImportIssueList } from './ImportIssues.js';
import { plural } from './plural.js';
import { useFieldChecks } from './validation.js';

/** What every import of the API answers (CsvImportReport), as far as the form shows it. */
export interface CsvImportReportLike {
  dryRun: boolean;
  created: number;
  updated: number;
  unchanged: number;
  issues: readonly { line: number; field?: string | null; code: string; message: string }[];
}

/** The nouns a report is told with: « 2 actions créées, 1 mise à jour, 0 inchangée ». */
export interface ImportNouns {
  /** « action créée » / « actions créées ». */
  created: [string, string];
  /** Said of the whole import when refused: « aucune action n’a été modifiée ». */
  nothingChanged: string;
}

/**
 * A CSV import of the platform: its file, a check without import, and the report where the focus
 * goes (the refused lines with their column as the file names it, or what was done). `send`
 * calls the API's import and gives its report (undefined when it failed: `error` says why).
 */
export function CsvImportForm({
  title,
  hint,
  columns,
  nouns,
  report,
  error,
  busy,
  send,
  onDone,
}: {
  title: string;
  hint: string;
  columns: Readonly<Record<string, string>>;
  nouns: ImportNouns;
  report: CsvImportReportLike | null | undefined;
  error: unknown;
  busy: boolean;
  send(csv: string, dryRun: boolean): Promise<unknown>;
  onDone(): void;
}) {
  const titleId = useId();
  const checks = useFieldChecks<'file'>();
  const [file, setFile] = useState<File | null>(null);
  // The report is said where the focus goes, like FormOutcome's message: it may list refused lines, FormOutcome says one sentence.
  const said = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (report) said.current?.focus();
  }, [report]);
  const submit = async (form: HTMLFormElement | null, dryRun: boolean) => {
    if (!form || !checks.check(form) || !file) return;
    await send(await file.text(), dryRun);
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void submit(event.currentTarget, false);
  };
  const counts = report && `${plural(report.created, ...nouns.created)}, ${plural(report.updated, 'mise à jour', 'mises à jour')}, ${plural(report.unchanged, 'inchangée', 'inchangées')}`;
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={titleId} className="fr-card fr-card--no-arrow fr-p-3w fr-mb-3w">
      <h3 id={titleId} className="fr-h6">
        {title}
      </h3>
      <Upload
        className="fr-mb-2w"
        label="Fichier CSV"
        hint={hint}
        {...checks.state('file')}
        nativeInputProps={{ ...checks.native('file'), accept: '.csv,text/csv', required: true, onChange: (e) => setFile(e.target.files?.[0] ?? null) }}
      />
      <FormOutcome error={error} failure="Import refusé" />
      {report && (
        <div ref={said} tabIndex={-1} className="fr-mb-2w">
          {report.issues.length > 0 ? (
            <Alert severity="error" title={report.dryRun ? 'Vérification : ce fichier serait refusé, rien n’a été modifié' : `Import refusé : ${nouns.nothingChanged}`} description={<ImportIssueList issues={report.issues} columns={columns} />} />
          ) : report.dryRun ? (
            <Alert severity="info" small description={`Vérification sans import : ${counts}. Rien n’a encore été enregistré.`} />
          ) : (
            <Alert severity="success" small description={`${counts}.`} />
          )}
        </div>
      )}
      <Button type="button" priority="tertiary" className="fr-mb-2w" disabled={busy} onClick={(e) => void submit(e.currentTarget.form, true)}>
        Vérifier sans importer
      </Button>
      <FormActions submit="Importer" busy={busy} onCancel={onDone} cancel="Fermer" />
    </form>
  );
}
