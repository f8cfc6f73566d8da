import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Loading, Pager, Table, errorMessage, useCursorPages, useTenantTime, ofName } from '@qualipref/console-kit';
import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { ProposalStatus } from '../generated/graphql';
import { PROPOSAL_STATUS } from './labels.js';
import { PROPOSALS, UPDATE_PROPOSAL_STATUS } from './operations.js';

/** The steps the committees service allows from each status (it refuses any other with CONFLICT). */
const NEXT: Record<ProposalStatus, ProposalStatus[]> = {
  SUBMITTED: ['UNDER_STUDY', 'ACCEPTED', 'REJECTED'],
  UNDER_STUDY: ['ACCEPTED', 'REJECTED'],
  ACCEPTED: ['DONE', 'UNDER_STUDY'],
  REJECTED: ['UNDER_STUDY'],
  DONE: [],
};

/** C6: moves a proposal on, with the answer given to its author (required to reject or close). */
function StatusForm({ id, status, onDone }: { id: string; status: ProposalStatus; onDone: () => void }) {
  const fieldId = useId();
  const [next, setNext] = useState<ProposalStatus>(NEXT[status][0]!);
  const [answer, setAnswer] = useState('');
  const [update, { loading, error }] = useMutation(UPDATE_PROPOSAL_STATUS);
  const needsAnswer = next === 'REJECTED' || next === 'DONE';
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await update({ variables: { id, status: next, answer: answer.trim() || null } }).catch(() => null);
    if (result?.data) onDone();
  };
  return (
    <form onSubmit={submit} aria-label="Suite donnée à la proposition" className="fr-mt-1w">
      {error && <Alert severity="error" small description={errorMessage(error)} className="fr-mb-1w" />}
      <div className="fr-select-group">
        <label className="fr-label" htmlFor={`${fieldId}-statut`}>
          Nouveau statut
        </label>
        <select id={`${fieldId}-statut`} className="fr-select" value={next} onChange={(e) => setNext(e.target.value as ProposalStatus)}>
          {NEXT[status].map((s) => (
            <option key={s} value={s}>
              {PROPOSAL_STATUS[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="fr-input-group">
        <label className="fr-label" htmlFor={`${fieldId}-reponse`}>
          Réponse à l’auteur{needsAnswer ? '' : ' (facultative)'}
        </label>
        <textarea id={`${fieldId}-reponse`} className="fr-input" rows={2} required={needsAnswer} value={answer} onChange={(e) => setAnswer(e.target.value)} />
      </div>
      <ul className="fr-btns-group fr-btns-group--inline-sm">
        <li>
          <Button type="submit" size="small" disabled={loading || (needsAnswer && !answer.trim())}>
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

/** C6: the members' proposals, where they were routed and where they stand. */
export function Proposals() {
  const time = useTenantTime();
  const pages = useCursorPages();
  const [editing, setEditing] = useState<string | null>(null);
  const { data, error, loading } = useQuery(PROPOSALS, { variables: { after: pages.after } });
  if (loading && !data) return <Loading />;
  if (error) return <Alert severity="error" title="Propositions indisponibles" description={errorMessage(error)} />;
  if (!data) return null;
  const { nodes, totalCount, pageInfo } = data.proposals;
  return (
    <section aria-labelledby="propositions-titre">
      <h2 id="propositions-titre">Propositions</h2>
      <Table caption={`Propositions des membres (${totalCount})`} empty="Aucune proposition n’est enregistrée." headers={['Proposition', 'Réunion', 'Transmise à', 'Statut']}>
        {nodes.map((p) => (
          <tr key={p.id}>
            <th scope="row">
              {p.text}
              <br />
              <span className="fr-text--sm">{p.authorName}</span>
            </th>
            <td>
              <Link to={`../reunions/${p.meeting.id}`} relative="path">
                {p.meeting.title}
              </Link>{' '}
              ({time.formatShortDate(p.meeting.scheduledAt)})
            </td>
            <td>{p.routings.map((r) => r.bodyName ?? r.directorate?.name).join(', ') || '—'}</td>
            <td>
              {PROPOSAL_STATUS[p.status]}
              {p.answer ? ` — ${p.answer}` : ''}
              {p.viewerCanMoveOn && NEXT[p.status].length > 0 && editing !== p.id && (
                <div>
                  <Button size="small" priority="tertiary" onClick={() => setEditing(p.id)} title={`Faire avancer la proposition ${ofName(p.authorName)}`}>
                    Faire avancer
                  </Button>
                </div>
              )}
              {editing === p.id && <StatusForm id={p.id} status={p.status} onDone={() => setEditing(null)} />}
            </td>
          </tr>
        ))}
      </Table>
      <Pager pages={pages} pageInfo={pageInfo} label="propositions" />
    </section>
  );
}
