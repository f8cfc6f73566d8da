import { useMutation } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { Upload } from '@codegouvfr/react-dsfr/Upload';
import { FormActions, FormOutcome, ImportIssueList, formatCount, plural, useFieldChecks } from '@qualipref/console-kit';
import { useEffect, useId, useRef, useState, type ChangeEvent, type FormEvent, type MouseEvent } from 'react';
import type { GedColumnMapping, ImportGedCsvMutation } from './generated/graphql';
import { IMPORT_GED_CSV } from './queries.js';
import type { DirectorateService } from './RegisterItem.js';

type Report = ImportGedCsvMutation['importGedCsv'];
type Field = keyof GedColumnMapping;

/** An import's report, with what names its lines: the file, and the file's header of each field. */
export interface GedImportReport {
  report: Report;
  fileName: string;
  columns: Partial<Record<Field, string>>;
}

/**
 * The gateway refuses a request body over 2 MB (its default GATEWAY_MAX_BODY_BYTES, room for the
 * 10 000 lines an import takes) before the API sees it, with a bare 413: said here, with the
 * file's size, rather than as a server error.
 */
const MAX_BODY_BYTES = 2_000_000;
/** Room for the operation's text, the mapping and the file name beside the CSV. */
const OPERATION_BYTES = 2_000;

// The words of the channels and of the correspondents' kinds the API reads (without accents or case: its GED import's lists).
const CHANNEL_WORDS = ['courrier', 'lettre', 'letter', 'courriel', 'mel', 'mail', 'email', 'e mail', 'telephone', 'appel', 'formulaire', 'formulaire de contact', 'contact form', 'guichet', 'accueil', 'counter'];
const KIND_WORDS = ['usager', 'particulier', 'user', 'elu', 'elected official', 'collectivite', 'commune', 'entreprise', 'business', 'association'];

/**
 * The mapping's fields, with header names GED exports commonly use (compared without accents or
 * case), and for those that take listed words, the words their values must be: « Expéditeur »
 * names the sender in one export and its kind in another, and only the values tell.
 */
const FIELDS: { field: Field; label: string; hint?: string; required: boolean; names: string[]; words?: string[] }[] = [
  { field: 'gedReference', label: 'Colonne de la référence GED', required: true, names: ['reference', 'reference ged', 'ref', 'ref ged', 'numero'] },
  { field: 'receivedAt', label: 'Colonne de la date de réception', hint: 'AAAA-MM-JJ HH:MM ou JJ/MM/AAAA HH:MM, heure de Paris.', required: true, names: ['date arrivee', 'date d arrivee', 'date de reception', 'date reception', 'recu le'] },
  { field: 'channel', label: 'Colonne du canal', hint: 'Courrier, Courriel, Téléphone, Formulaire ou Guichet.', required: true, names: ['canal', 'canal de reception'], words: CHANNEL_WORDS },
  { field: 'subject', label: 'Colonne de l’objet', required: true, names: ['objet', 'sujet'] },
  { field: 'correspondentKind', label: 'Colonne du type de correspondant', hint: 'Usager, Élu, Collectivité, Entreprise ou Association.', required: true, names: ['type de correspondant', 'type correspondant', 'type', 'categorie', 'expediteur', 'type d expediteur'], words: KIND_WORDS },
  { field: 'correspondentName', label: 'Colonne du nom du correspondant', required: false, names: ['nom', 'nom du correspondant', 'nom correspondant', 'correspondant', 'expediteur'] },
  { field: 'answeredAt', label: 'Colonne de la date de réponse', required: false, names: ['date reponse', 'date de reponse', 'repondu le'] },
  { field: 'answerChannel', label: 'Colonne du canal de réponse', required: false, names: ['canal reponse', 'canal de reponse'], words: CHANNEL_WORDS },
  { field: 'serviceId', label: 'Colonne de l’identifiant du service', hint: 'Sinon, le service par défaut ci-dessous.', required: false, names: [] },
];

const normalize = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s_'’-]+/g, ' ')
    .trim();

const SAMPLE_ROWS = 20;

/**
 * The column names of the header line and the first values under each, with the separator the
 * API also accepts (semicolon or comma): enough to propose a mapping, the API reads the file.
 */
export function headerColumns(csv: string): { columns: string[]; samples: Record<string, string[]> } {
  const lines = csv.replace(/^\uFEFF/, '').split(/\r?\n/, SAMPLE_ROWS + 1);
  const header = lines[0] ?? '';
  const separator = [';', ','].reduce((best, s) => (header.split(s).length > header.split(best).length ? s : best), ';');
  const cells = (line: string) => line.split(separator).map((c) => c.trim().replace(/^"(.*)"$/, '$1').trim());
  const columns = cells(header).filter(Boolean);
  const rows = lines.slice(1).filter((line) => line.trim()).map(cells);
  const samples = Object.fromEntries(columns.map((column, i) => [column, rows.map((row) => row[i] ?? '').filter(Boolean)]));
  return { columns, samples };
}

/**
 * A first mapping from the header's names and, for the fields of listed words, from the values:
 * a column is proposed for such a field only if half of its first values or more are those words. The
 * agent checks and corrects it before importing.
 */
export function guessMapping(columns: string[], samples: Record<string, string[]>): Partial<Record<Field, string>> {
  const mapping: Partial<Record<Field, string>> = {};
  const taken = new Set<string>();
  // At least half of the first values are such words: a wrong row or two (which the API will report) do not hide the column.
  const fits = (column: string, words?: string[]) => {
    if (!words) return true;
    const values = samples[column] ?? [];
    return values.filter((value) => words.includes(normalize(value))).length * 2 >= values.length;
  };
  // Fields of listed words first: their values decide, and a name column is what is left.
  const order = [...FIELDS].sort((a, b) => Number(!a.words) - Number(!b.words));
  for (const { field, names, words } of order) {
    const byName = names.map((name) => columns.find((c) => !taken.has(c) && normalize(c) === name && fits(c, words))).find(Boolean);
    const byValues = words && !byName ? columns.find((c) => !taken.has(c) && (samples[c] ?? []).length > 0 && fits(c, words)) : undefined;
    const column = byName ?? byValues;
    if (column) {
      mapping[field] = column;
      taken.add(column);
    }
  }
  return mapping;
}

interface CsvFile {
  name: string;
  text: string;
  columns: string[];
  /** The first values under each column, shown beside the mapping. */
  samples: Record<string, string[]>;
}

/**
 * R1: imports the items of a GED export. The API creates each valid row, skips the references it
 * already holds and refuses the others with their line, column and reason; « Vérifier sans
 * importer » shows that report here without writing anything, an import's is shown as it comes.
 */
export function GedImportForm({ services, onImported, onCancel }: { services: DirectorateService[]; onImported: (report: GedImportReport) => void; onCancel: () => void }) {
  const id = useId();
  const [file, setFile] = useState<CsvFile | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [mapping, setMapping] = useState<Partial<Record<Field, string>>>({});
  const [serviceId, setServiceId] = useState(services.length === 1 ? services[0]!.id : '');
  const [checked, setChecked] = useState<GedImportReport | null>(null);
  const [dryRun, setDryRun] = useState(false);
  const [importCsv, { loading, error }] = useMutation(IMPORT_GED_CSV);
  const checks = useFieldChecks<Field | 'defaultService'>();
  // The form stays on screen after a check: its report takes the focus, to be read from its title.
  const report = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (checked) report.current?.focus();
  }, [checked]);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    setFile(null);
    setFileProblem(null);
    setChecked(null);
    if (!chosen) return;
    const text = await chosen.text();
    const size = new TextEncoder().encode(JSON.stringify(text)).length + OPERATION_BYTES;
    const { columns, samples } = headerColumns(text);
    if (size > MAX_BODY_BYTES) {
      setFileProblem(`Le fichier « ${chosen.name} » est trop volumineux pour un envoi (environ ${formatCount(Math.ceil(size / 1000))} ko pour ${formatCount(MAX_BODY_BYTES / 1000)} ko au plus) : découpez l’export en plusieurs fichiers, chacun avec sa ligne d’en-tête.`);
    } else if (columns.length === 0) {
      setFileProblem(`Le fichier « ${chosen.name} » n’a pas de ligne d’en-tête : la première ligne doit nommer les colonnes.`);
    } else {
      setFile({ name: chosen.name, text, columns, samples });
      setMapping(guessMapping(columns, samples));
    }
  };

  const send = async (dryRun: boolean) => {
    if (!file) return;
    setDryRun(dryRun);
    const chosen = Object.fromEntries(Object.entries(mapping).filter(([, column]) => column)) as Partial<Record<Field, string>>;
    const result = await importCsv({
      variables: { csv: file.text, mapping: chosen, serviceId: serviceId || null, fileName: file.name, dryRun },
      refetchQueries: dryRun ? [] : ['DirectorateTableau', 'DirectorateItems'],
      awaitRefetchQueries: true,
    }).catch(() => null);
    if (!result?.data) return;
    const outcome = { report: result.data.importGedCsv, fileName: file.name, columns: chosen };
    if (dryRun) setChecked(outcome);
    else onImported(outcome);
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (checks.check(event.currentTarget)) void send(false);
  };
  const check = (event: MouseEvent<HTMLButtonElement>) => {
    if (event.currentTarget.form && checks.check(event.currentTarget.form)) void send(true);
  };
  /** A new mapping or default service: the last check no longer says what an import would do. */
  const changed = (change: () => void) => {
    setChecked(null);
    change();
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Import d’un export de la GED" className="fr-p-2w fr-background-alt--grey fr-mb-2w">
      <h3 className="fr-h6">Importer un export de la GED</h3>
      <p className="fr-text--sm">Les lignes dont la référence GED est déjà enregistrée sont ignorées : importer deux fois le même fichier ne change rien.</p>
      <FormOutcome error={error} failure={dryRun ? 'Fichier non vérifié' : 'Fichier non importé'} />
      <Upload
        label="Fichier CSV exporté de la GED"
        hint="Séparateur point-virgule ou virgule ; la première ligne nomme les colonnes."
        state={fileProblem ? 'error' : 'default'}
        stateRelatedMessage={fileProblem}
        nativeInputProps={{ id: `${id}-file`, accept: '.csv,text/csv', required: true, onChange: choose }}
      />
      {file && (
        <fieldset className="fr-fieldset fr-mt-2w">
          <legend className="fr-fieldset__legend">Correspondance des colonnes de « {file.name} »</legend>
          <p className="fr-fieldset__element fr-text--sm">Colonnes proposées d’après leurs noms et leurs premières valeurs : vérifiez-les, corrigez-les au besoin, puis « Vérifier sans importer ».</p>
          {FIELDS.map(({ field, label, hint, required }) => (
            <div key={field} className="fr-fieldset__element">
              <Select
                label={required ? label : `${label} (facultatif)`}
                hint={[hint, example(file, mapping[field])].filter(Boolean).join(' ')}
                {...checks.state(field)}
                nativeSelectProps={{ ...checks.native(field), required, value: mapping[field] ?? '', onChange: (e) => changed(() => setMapping((m) => ({ ...m, [field]: e.target.value }))) }}
              >
                <option value="" disabled={required}>
                  {required ? 'Choisir une colonne' : 'Aucune colonne'}
                </option>
                {file.columns.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </Select>
            </div>
          ))}
          <div className="fr-fieldset__element">
            <Select label="Service par défaut" hint="Pour les lignes qui n’indiquent pas de service." {...checks.state('defaultService')} nativeSelectProps={{ ...checks.native('defaultService'), required: !mapping.serviceId, value: serviceId, onChange: (e) => changed(() => setServiceId(e.target.value)) }}>
              <option value="">Aucun</option>
              {services.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.code} — {s.name}
                </option>
              ))}
            </Select>
          </div>
        </fieldset>
      )}
      <div ref={report} tabIndex={-1}>
        {checked && <GedImportSummary outcome={checked} />}
      </div>
      <Button type="button" priority="tertiary" className="fr-mb-2w" disabled={loading || !file} onClick={check}>
        Vérifier sans importer
      </Button>
      <FormActions submit={loading ? 'Import en cours…' : 'Importer'} busy={loading || !file} onCancel={onCancel} />
    </form>
  );
}

/** The first value of the chosen column, so that the agent sees what it holds. */
function example(file: CsvFile, column: string | undefined): string | null {
  const value = column ? file.samples[column]?.[0] : undefined;
  return value ? `Première valeur de la colonne : « ${value} ».` : null;
}

/** The French headers of the API's GED import, to name a column the agent did not map as the API reads it. */
const DEFAULT_HEADERS: Record<Field, string> = {
  gedReference: 'Référence GED',
  receivedAt: 'Date de réception',
  channel: 'Canal',
  subject: 'Objet',
  correspondentKind: 'Type de correspondant',
  correspondentName: 'Nom du correspondant',
  serviceId: 'Service (identifiant)',
  answeredAt: 'Date de réponse',
  answerChannel: 'Canal de réponse',
};

/** The API's report of an import or of its check: rows read, created, already known, and each problem as « Ligne N, colonne : motif ». */
export function GedImportSummary({ outcome: { report, fileName, columns } }: { outcome: GedImportReport }) {
  const title = report.dryRun
    ? `Vérification de « ${fileName} » : rien n’a encore été enregistré`
    : report.applied
      ? `Import de « ${fileName} » terminé`
      : `Import de « ${fileName} » refusé : rien n’a été enregistré`;
  const created = report.dryRun ? `${plural(report.created, 'courrier', 'courriers')} à créer` : plural(report.created, 'courrier créé', 'courriers créés');
  const description = `${plural(report.rows, 'ligne lue', 'lignes lues')} : ${created}, ${plural(report.unchanged, 'déjà enregistré', 'déjà enregistrés')}, ${plural(report.rejected, 'ligne refusée', 'lignes refusées')}.`;
  const severity = report.dryRun ? 'info' : !report.applied ? 'error' : report.rejected ? 'warning' : 'success';
  return (
    <div className="fr-mb-2w" data-testid="ged-import-report">
      <Alert severity={severity} title={title} description={description} className="fr-mb-2w" />
      {report.issues.length > 0 && (
        <>
          <p className="fr-text--sm fr-mb-1w">Problèmes ({formatCount(report.issues.length)}) — la ligne 1 est l’en-tête :</p>
          <ImportIssueList issues={report.issues} columns={{ ...DEFAULT_HEADERS, ...columns }} />
        </>
      )}
    </div>
  );
}
