import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Loading, errorMessage, formatShortDate, type ConsoleUser } from '@qualipref/console-kit';
import { useId, useState, type FormEvent } from 'react';
import type { ActionStatus } from './generated/graphql';
import { ACTION_STATUS } from './labels.js';
import { ACTION_PLANS, PLAN_ACTIONS, REPORT_ACTION_PROGRESS } from './queries.js';

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

function Board({ planId, canReport }: { planId: string; canReport: boolean }) {
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
                    <abbr title={a.ownerDirectorate.name}>{a.ownerDirectorate.code}</abbr> · échéance {formatShortDate(a.dueDate)} · {a.progress} %
                  </p>
                  {a.overdue && (
                    <Badge as="span" severity="error" small>
                      En retard
                    </Badge>
                  )}
                  {canReport && status !== 'DONE' && status !== 'CANCELLED' && editing !== a.id && (
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

/** C7: the action plan of a year as a board, one column per status. */
export function ActionPlanBoard({ user, tenantId }: { user: ConsoleUser; tenantId: string }) {
  const { data, error, loading } = useQuery(ACTION_PLANS, { variables: { tenantId } });
  const [chosen, setChosen] = useState<string | null>(null);
  if (loading && !data) return <Loading />;
  if (error) return <Alert severity="error" title="Plan d’actions indisponible" description={errorMessage(error)} />;
  const plans = data?.actionPlans.nodes ?? [];
  if (plans.length === 0) return <p>Aucun plan d’actions dans ce site.</p>;
  const plan = plans.find((p) => p.id === chosen) ?? plans[plans.length - 1]!;
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
      <Board planId={plan.id} canReport={user.role !== 'ANALYST' && user.tenant.id === tenantId} />
    </section>
  );
}
