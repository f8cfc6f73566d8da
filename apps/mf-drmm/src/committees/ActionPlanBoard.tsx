import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { CsvImportForm, FormActions, FormOutcome, Loading, errorMessage, saveCsv, useDisclosure, useForm, useRowDisclosure, useTenantTime } from '@qualipref/console-kit';
import { useState, type FormEvent } from 'react';
import type { ActionStatus } from '../generated/graphql';
import { ActionForm } from './ActionForm.js';
import { ACTION_STATUS } from './labels.js';
import { ACTION_PLAN_CSV, ACTION_PLANS, CREATE_ACTION_PLAN, IMPORT_ACTION_PLAN_CSV, PLAN_ACTIONS, REPORT_ACTION_PROGRESS } from './operations.js';

const COLUMNS: ActionStatus[] = ['PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED'];

/** C7: progress reported by the directorate in charge (or the plan's managers), kept in a dated history. */
function ProgressForm({ id, progress, onDone }: { id: string; progress: number; onDone: () => void }) {
  const form = useForm({ progress: String(progress), note: '' });
  // The board is read again: the status follows the progress and the card may change column.
  const [report, { loading, error }] = useMutation(REPORT_ACTION_PROGRESS, { refetchQueries: ['DrmmPlanActions'], awaitRefetchQueries: true });
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!form.check(event.currentTarget)) return;
    const result = await report({ variables: { id, progress: Number(form.fields.progress), note: form.fields.note.trim() || null } }).catch(() => null);
    if (result?.data) onDone();
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Avancement de l’action" className="fr-mt-1w">
      <FormOutcome error={error} failure="Avancement non enregistré" className="fr-mb-1w" />
      <Input label="Avancement (%)" {...form.input('progress', { type: 'number', min: 0, max: 100, required: true })} />
      <Input label="Commentaire (facultatif)" {...form.input('note')} />
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
  const editing = useRowDisclosure();
  const { data, error, loading } = useQuery(PLAN_ACTIONS, { variables: { planId } });
  if (loading && !data) return <Loading />;
  if (error) return <Alert severity="error" title="Actions indisponibles" description={errorMessage(error)} />;
  const all = data?.actions?.nodes ?? [];
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
                  {a.viewerCanReportProgress && status !== 'DONE' && status !== 'CANCELLED' && editing.open !== a.id && (
                    <div>
                      <Button id={editing.openerId(a.id)} size="small" priority="tertiary" onClick={() => editing.show(a.id)} title={`Mettre à jour l’avancement de ${a.reference}`}>
                        Mettre à jour l’avancement
                      </Button>
                    </div>
                  )}
                  {editing.open === a.id && (
                    <div ref={editing.area}>
                      <ProgressForm id={a.id} progress={a.progress} onDone={editing.hide} />
                    </div>
                  )}
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
  const form = useForm({ year: String(new Date().getFullYear()), title: '', committeeId: committees[0]?.id ?? '' });
  const { year, title, committeeId } = form.fields;
  const [create, { loading, error }] = useMutation(CREATE_ACTION_PLAN, { refetchQueries: ['DrmmActionPlans'], awaitRefetchQueries: true });
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!form.check(event.currentTarget)) return;
    const result = await create({ variables: { year: Number(year), title: title.trim() || `Plan d’actions ${year}`, committeeId: committeeId || null } }).catch(() => null);
    if (result?.data) onCreated(result.data.createActionPlan.id);
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="nouveau-plan-titre" className="fr-card fr-card--no-arrow fr-p-3w fr-mb-3w">
      <h3 id="nouveau-plan-titre" className="fr-h6">
        Nouveau plan d’actions
      </h3>
      <FormOutcome error={error} failure="Plan non créé" />
      <div className="fr-grid-row fr-grid-row--gutters">
        <Input className="fr-col-12 fr-col-md-2" label="Année" {...form.input('year', { type: 'number', required: true, min: 2000, max: 2100 })} />
        <Input className="fr-col-12 fr-col-md-5" label="Intitulé (facultatif)" hintText={`« Plan d’actions ${year} » par défaut`} {...form.input('title', { maxLength: 200 })} />
        <Select className="fr-col-12 fr-col-md-5" label="Comité qui le porte" {...form.select('committeeId')}>
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
  const [importCsv, { data, loading, error }] = useMutation(IMPORT_ACTION_PLAN_CSV, { refetchQueries: ['DrmmPlanActions'], awaitRefetchQueries: true });
  return (
    <CsvImportForm
      title="Importer des actions"
      hint="Les colonnes de l’export ; une action dont la référence existe déjà est mise à jour."
      columns={CSV_FIELDS}
      nouns={{ created: ['action créée', 'actions créées'], nothingChanged: 'aucune action n’a été modifiée' }}
      report={data?.importActionPlanCsv}
      error={error}
      busy={loading}
      send={(csv, dryRun) => importCsv({ variables: { planId, csv, dryRun } }).catch(() => null)}
      onDone={onDone}
    />
  );
}

/** C7: the action plan of a year as a board, one column per status; its managers add actions, import and export them. */
export function ActionPlanBoard({ tenantId }: { tenantId: string }) {
  const { data, error, loading } = useQuery(ACTION_PLANS, { variables: { tenantId } });
  const [chosen, setChosen] = useState<string | null>(null);
  // Each form opens in place of nothing: closed, the focus goes back to the button that opened it.
  const planning = useDisclosure();
  const adding = useDisclosure();
  const importing = useDisclosure();
  if (loading && !data) return <Loading />;
  if (error) return <Alert severity="error" title="Plan d’actions indisponible" description={errorMessage(error)} />;
  const plans = data?.actionPlans?.nodes ?? [];
  const committees = data?.committees?.nodes ?? [];
  const canCreatePlan = data?.tenant?.viewerCan.createActionPlans ?? false;
  const newPlan = planning.open && (
    <div ref={planning.area}>
      <NewPlanForm
        committees={committees.filter((c) => c.viewerCanManage)}
        servicesPlan={data?.tenant?.viewerCan.createServicesActionPlans ?? false}
        onCreated={(id) => {
          setChosen(id);
          planning.hide();
        }}
        onCancel={planning.hide}
      />
    </div>
  );
  const newPlanButton = canCreatePlan && !planning.open && (
    <Button ref={planning.opener} priority="secondary" iconId="fr-icon-add-line" onClick={planning.show}>
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
            <Button ref={adding.opener} iconId="fr-icon-add-line" onClick={adding.show}>
              Nouvelle action
            </Button>
          </li>
        )}
        {manages && (
          <li>
            <Button ref={importing.opener} priority="secondary" iconId="fr-icon-upload-line" onClick={importing.show}>
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
      {adding.open && (
        <div ref={adding.area}>
          <ActionForm key={plan.id} planId={plan.id} tenantId={tenantId} committeeId={plan.committee?.id ?? null} onDone={adding.hide} />
        </div>
      )}
      {importing.open && (
        <div ref={importing.area}>
          <ImportForm key={plan.id} planId={plan.id} onDone={importing.hide} />
        </div>
      )}
      <Board planId={plan.id} />
    </section>
  );
}
