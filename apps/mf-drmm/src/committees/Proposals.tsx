import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { FormOutcome, Loading, Pager, Table, errorMessage, useCursorPages, useForm, useRowDisclosure, useTenantTime, ofName, whenEmpty } from '@qualipref/console-kit';
import { type FormEvent } from 'react';
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
  const form = useForm({ next: NEXT[status][0]!, answer: '' });
  const next = form.fields.next as ProposalStatus;
  const [update, { loading, error }] = useMutation(UPDATE_PROPOSAL_STATUS);
  const needsAnswer = next === 'REJECTED' || next === 'DONE';
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // Spaces are no answer: the API closes a proposal only with one.
    if (!form.check(event.currentTarget, { answer: needsAnswer ? whenEmpty(form.fields.answer, 'Renseignez « Réponse à l’auteur ».') : null })) return;
    const result = await update({ variables: { id, status: next, answer: form.fields.answer.trim() || null } }).catch(() => null);
    if (result?.data) onDone();
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Suite donnée à la proposition" className="fr-mt-1w">
      <FormOutcome error={error} failure="Suite non enregistrée" className="fr-mb-1w" />
      <Select label="Nouveau statut" {...form.select('next')}>
        {NEXT[status].map((s) => (
          <option key={s} value={s}>
            {PROPOSAL_STATUS[s]}
          </option>
        ))}
      </Select>
      <Input label={`Réponse à l’auteur${needsAnswer ? '' : ' (facultative)'}`} {...form.textArea('answer', { rows: 2, required: needsAnswer })} />
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

/** C6: the members' proposals, where they were routed and where they stand. */
export function Proposals() {
  const time = useTenantTime();
  const pages = useCursorPages();
  const editing = useRowDisclosure();
  const { data, error, loading } = useQuery(PROPOSALS, { variables: { after: pages.after } });
  if (loading && !data) return <Loading />;
  if (error) return <Alert severity="error" title="Propositions indisponibles" description={errorMessage(error)} />;
  if (!data?.proposals) return null;
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
              {p.viewerCanMoveOn && NEXT[p.status].length > 0 && editing.open !== p.id && (
                <div>
                  <Button id={editing.openerId(p.id)} size="small" priority="tertiary" onClick={() => editing.show(p.id)} title={`Faire avancer la proposition ${ofName(p.authorName)}`}>
                    Faire avancer
                  </Button>
                </div>
              )}
              {editing.open === p.id && (
                <div ref={editing.area}>
                  <StatusForm id={p.id} status={p.status} onDone={editing.hide} />
                </div>
              )}
            </td>
          </tr>
        ))}
      </Table>
      <Pager pages={pages} pageInfo={pageInfo} label="propositions" />
    </section>
  );
}
