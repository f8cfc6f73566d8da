import { useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { Loading, errorMessage, formatShortDate } from '@qualipref/console-kit';
import { useState } from 'react';
import type { ActionStatus } from './generated/graphql';
import { ACTION_STATUS } from './labels.js';
import { ACTION_PLANS, PLAN_ACTIONS } from './queries.js';

const COLUMNS: ActionStatus[] = ['PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED'];

function Board({ planId }: { planId: string }) {
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
export function ActionPlanBoard({ tenantId }: { tenantId: string }) {
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
      <Board planId={plan.id} />
    </section>
  );
}
