import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { FormActions, ImportIssueList, Loading, errorMessage, saveCsv, useTenantTime, plural } from '@qualipref/console-kit';
import { useId, useState, type FormEvent } from 'react';
import type { ActionStatus } from '../generated/graphql';
import { ActionForm } from './ActionForm.js';
import { ACTION_STATUS } from './labels.js';
import { ACTION_PLAN_CSV, ACTION_PLANS, CREATE_ACTION_PLAN, IMPORT_ACTION_PLAN_CSV, PLAN_ACTIONS, REPORT_ACTION_PROGRESS } from './operations.js';

const COLUMNS: ActionStatus[] = ['PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED'];

/** C7: progress reported by the directorate in charge (or the plan's managers), kept in a dated history. */
function ProgressForm({ id, progress, onDone }: { id: string; progress: number; onDone: () => void }) {
  const fieldId = useId();
  const [value, setValue] = useState(String(progress));
  const [note, setNote] = useState('');
  // The board is read again: the status follows the progress and the card may change column.
  const [report, { loading, error }] = useMutation(REPORT_ACTION_PROGRESS, { refetchQueries: ['DrmmPlanActions'], awaitRefetchQueries: true });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await report({ variables: { id, progress: Number(value), note: note.trim() || null } }).catch(() => null);
    if (result?.data) onDone();
  };
  return (
    <form onSubmit={submit} aria-label="Avancement de l’action" className="fr-mt-1w">
      {error && <Alert severity="error" small description={errorMessage(error)} className="fr-mb-1w" />}
      <div className="fr-input-group">
        <label className="fr-label" htmlFor={`${fieldId}-avancement`}>
          Avancement (%)
        </label>
        <input id={`${fieldId}-avancement`} className="fr-input" type="number" min={0} max={100} required value={value} onChange={(e) => setValue(e.target.value)} />
      </div>
      <div className="fr-input-group">
        <label className="fr-label" htmlFor={`${fieldId}-note`}>
          Commentaire (facultatif)
        </label>
        <input id={`${fieldId}-note`} className="fr-input" value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <ul className="fr-btns-group fr-btns-group--inline-sm">
        <li>
          <Button type="submit" size="small" disabled={loading}>
            Enregistrer
          </Button>
        </li>
        <li>
          <Button type="button" size="small" priority="secondary" onClick={onDone}>
            Annuler
          </Button>
        </li>
      </ul>
    </form>
  );
}

function Board({ planId }: { planId: string }) {
  const time = useTenantTime();
  const [editing, setEditing] = useState<string | null>(null);
  const { data, error, loading } = useQuery(PLAN_ACTIONS, { variables: { planId } });
  if (loading && !data) return <Loading />;
  if (error) return <Alert severity="error" title="Actions indisponibles" description={errorMessage(error)} />;
  const all = data?.actions.nodes ?? [];
  return (
    <div className="fr-grid-row fr-grid-row--gutters">
      {COLUMNS.map((status) => {
        const actions = all.filter((a) => a.status === status);
        return (
          <section key={status} className="fr-col-12 fr-col-md-3" aria-label={`${ACTION_STATUS[status]} (${actions.length})`}>
            <h3 className="fr-h6">
              {ACTION_STATUS[status]} ({actions.length})
            </h3>
            <ul className="fr-raw-list">
              {actions.map((a) => (
                <li key={a.id} className="fr-card fr-card--no-arrow fr-p-2w fr-mb-2w">
                  <p className="fr-text--bold fr-mb-1w">
                    {a.reference} — {a.title}
                  </p>
                  <p className="fr-text--sm fr-mb-1w">
                    <abbr title={a.ownerDirectorate.name}>{a.ownerDirectorate.code}</abbr> · échéance {time.formatShortDate(a.dueDate)} · {a.progress} %
                  </p>
                  {a.overdue && (
                    <Badge as="span" severity="error" small>
                      En retard
                    </Badge>
                  )}
                  {a.viewerCanReportProgress && status !== 'DONE' && status !== 'CANCELLED' && editing !== a.id && (
                    <div>
                      <Button size="small" priority="tertiary" onClick={() => setEditing(a.id)} title={`Mettre à jour l’avancement de ${a.reference}`}>
                        Mettre à jour l’avancement
                      </Button>
                    </div>
                  )}
                  {editing === a.id && <ProgressForm id={a.id} progress={a.progress} onDone={() => setEditing(null)} />}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

/** C7: a new plan for a year, attached to a committee when it carries the committee's actions. */
function NewPlanForm({
  committees,
  servicesPlan,
  onCreated,
  onCancel,
}: {
  committees: readonly { id: string; name: string }[];
  /** Whether the viewer may open a plan carried by no committee (the API's answer). */
  servicesPlan: boolean;
  onCreated(id: string): void;
  onCancel(): void;
}) {
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [title, setTitle] = useState('');
  const [committeeId, setCommitteeId] = useState(committees[0]?.id ?? '');
  const [create, { loading, error }] = useMutation(CREATE_ACTION_PLAN, { refetchQueries: ['DrmmActionPlans'], awaitRefetchQueries: true });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await create({ variables: { year: Number(year), title: title.trim() || `Plan d’actions ${year}`, committeeId: committeeId || null } }).catch(() => null);
    if (result?.data) onCreated(result.data.createActionPlan.id);
  };
  return (
    <form onSubmit={submit} aria-labelledby="nouveau-plan-titre" className="fr-card fr-card--no-arrow fr-p-3w fr-mb-3w">
      <h3 id="nouveau-plan-titre" className="fr-h6">
        Nouveau plan d’actions
      </h3>
      {error && <Alert severity="error" title="Plan non créé" description={errorMessage(error)} className="fr-mb-2w" />}
      <div className="fr-grid-row fr-grid-row--gutters">
        <Input className="fr-col-12 fr-col-md-2" label="Année" nativeInputProps={{ type: 'number', required: true, min: 2000, max: 2100, value: year, onChange: (e) => setYear(e.target.value) }} />
        <Input className="fr-col-12 fr-col-md-5" label="Intitulé (facultatif)" hintText={`« Plan d’actions ${year} » par défaut`} nativeInputProps={{ maxLength: 200, value: title, onChange: (e) => setTitle(e.target.value) }} />
        <Select className="fr-col-12 fr-col-md-5" label="Comité qui le porte" nativeSelectProps={{ value: committeeId, onChange: (e) => setCommitteeId(e.target.value) }}>
          {committees.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
          {servicesPlan && <option value="">Aucun (plan des services)</option>}
        </Select>
      </div>
      <FormActions submit="Créer le plan" busy={loading} onCancel={onCancel} />
    </form>
  );
}

/** The plan as a CSV file (the same columns are read back by the import), built by the API. */
function ExportButton({ planId }: { planId: string }) {
  const [load, { loading, error }] = useLazyQuery(ACTION_PLAN_CSV, { fetchPolicy: 'network-only' });
  const download = async () => {
    const result = await load({ variables: { id: planId } }).catch(() => null);
    const plan = result?.data?.actionPlan;
    if (plan) saveCsv(plan.csv, `plan-d-actions-${plan.year}.csv`);
  };
  return (
    <>
      <Button priority="secondary" iconId="fr-icon-download-line" disabled={loading} onClick={() => void download()}>
        Exporter (CSV)
      </Button>
      {error && <Alert severity="error" small description={errorMessage(error)} className="fr-mt-1w" />}
    </>
  );
}

/** The CSV's French headers, to name the column of a refused cell as the file does. */
const CSV_FIELDS: Record<string, string> = {
  reference: 'Référence',
  title: 'Intitulé',
  description: 'Description',
  ownerDirectorateId: 'Direction pilote (identifiant)',
  dueDate: 'Échéance',
  status: 'Statut',
  progress: 'Avancement (%)',
  originKind: 'Origine',
  originProposalId: 'Proposition d’origine (identifiant)',
  originMeetingId: 'Réunion d’origine (identifiant)',
  originFindingId: 'Constat d’origine (identifiant)',
};

/** C7: actions created or updated from a CSV (the export's columns); checked first if wished, refused line by line, nothing is half-imported. */
function ImportForm({ planId, onDone }: { planId: string; onDone(): void }) {
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [importCsv, { data, loading, error }] = useMutation(IMPORT_ACTION_PLAN_CSV, { refetchQueries: ['DrmmPlanActions'], awaitRefetchQueries: true });
  const send = async (dryRun: boolean) => {
    if (file) await importCsv({ variables: { planId, csv: await file.text(), dryRun } }).catch(() => null);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send(false);
  };
  const report = data?.importActionPlanCsv;
  const counts = report && `${plural(report.created, 'action créée', 'actions créées')}, ${plural(report.updated, 'mise à jour', 'mises à jour')}, ${plural(report.unchanged, 'inchangée', 'inchangées')}`;
  return (
    <form onSubmit={submit} aria-labelledby={`${fileId}-titre`} className="fr-card fr-card--no-arrow fr-p-3w fr-mb-3w">
      <h3 id={`${fileId}-titre`} className="fr-h6">
        Importer des actions
      </h3>
      <div className="fr-upload-group fr-mb-2w">
        <label className="fr-label" htmlFor={fileId}>
          Fichier CSV
          <span className="fr-hint-text">Les colonnes de l’export ; une action dont la référence existe déjà est mise à jour.</span>
        </label>
        <input className="fr-upload" type="file" id={fileId} accept=".csv,text/csv" required onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      </div>
      {error && <Alert severity="error" title="Import refusé" description={errorMessage(error)} className="fr-mb-2w" />}
      {report &&
        (report.issues.length > 0 ? (
          <Alert
            severity="error"
            title={report.dryRun ? 'Vérification : ce fichier serait refusé, rien n’a été modifié' : 'Import refusé : aucune action n’a été modifiée'}
            description={<ImportIssueList issues={report.issues} columns={CSV_FIELDS} />}
            className="fr-mb-2w"
          />
        ) : report.dryRun ? (
          <Alert severity="info" small description={`Vérification sans import : ${counts}. Rien n’a encore été enregistré.`} className="fr-mb-2w" />
        ) : (
          <Alert severity="success" small description={`${counts}.`} className="fr-mb-2w" />
        ))}
      <Button type="button" priority="tertiary" className="fr-mb-2w" disabled={loading || !file} onClick={() => void send(true)}>
        Vérifier sans importer
      </Button>
      <FormActions submit="Importer" busy={loading || !file} onCancel={onDone} cancel="Fermer" />
    </form>
  );
}

type Panel = 'plan' | 'action' | 'import' | null;

/** C7: the action plan of a year as a board, one column per status; its managers add actions, import and export them. */
export function ActionPlanBoard({ tenantId }: { tenantId: string }) {
  const { data, error, loading } = useQuery(ACTION_PLANS, { variables: { tenantId } });
  const [chosen, setChosen] = useState<string | null>(null);
  const [panel, setPanel] = useState<Panel>(null);
  if (loading && !data) return <Loading />;
  if (error) return <Alert severity="error" title="Plan d’actions indisponible" description={errorMessage(error)} />;
  const plans = data?.actionPlans.nodes ?? [];
  const committees = data?.committees.nodes ?? [];
  const canCreatePlan = data?.tenant?.viewerCan.createActionPlans ?? false;
  const newPlan = panel === 'plan' && (
    <NewPlanForm
      committees={committees.filter((c) => c.viewerCanManage)}
      servicesPlan={data?.tenant?.viewerCan.createServicesActionPlans ?? false}
      onCreated={(id) => {
        setChosen(id);
        setPanel(null);
      }}
      onCancel={() => setPanel(null)}
    />
  );
  const newPlanButton = canCreatePlan && panel !== 'plan' && (
    <Button priority="secondary" iconId="fr-icon-add-line" onClick={() => setPanel('plan')}>
      Nouveau plan
    </Button>
  );
  if (plans.length === 0) {
    return (
      <section aria-labelledby="plan-titre">
        <h2 id="plan-titre">Plan d’actions</h2>
        <p>Aucun plan d’actions dans ce site.</p>
        {newPlan}
        {newPlanButton}
      </section>
    );
  }
  // The latest year's plan unless the user chose another.
  const plan = plans.find((p) => p.id === chosen) ?? plans.reduce((latest, p) => (p.year > latest.year ? p : latest));
  const manages = plan.viewerCanManage;
  return (
    <section aria-labelledby="plan-titre">
      <h2 id="plan-titre">{plan.title}</h2>
      {plans.length > 1 && (
        <Select label="Plan d’actions" nativeSelectProps={{ id: 'plan-d-actions', value: plan.id, onChange: (e) => setChosen(e.target.value) }}>
          {plans.map((p) => (
            <option key={p.id} value={p.id}>
              {p.title}
            </option>
          ))}
        </Select>
      )}
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
        {manages && (
          <li>
            <Button iconId="fr-icon-add-line" onClick={() => setPanel('action')}>
              Nouvelle action
            </Button>
          </li>
        )}
        {manages && (
          <li>
            <Button priority="secondary" iconId="fr-icon-upload-line" onClick={() => setPanel('import')}>
              Importer (CSV)
            </Button>
          </li>
        )}
        <li>
          <ExportButton planId={plan.id} />
        </li>
        {newPlanButton && <li>{newPlanButton}</li>}
      </ul>
      {newPlan}
      {panel === 'action' && <ActionForm key={plan.id} planId={plan.id} tenantId={tenantId} committeeId={plan.committee?.id ?? null} onDone={() => setPanel(null)} />}
      {panel === 'import' && <ImportForm key={plan.id} planId={plan.id} onDone={() => setPanel(null)} />}
      <Board planId={plan.id} />
    </section>
  );
}
