import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { FormActions, FormOutcome, errorMessage, useForm } from '@qualipref/console-kit';
import { useState, type FormEvent } from 'react';
import { DIRECTORATES, RAISE_PROPOSAL } from './operations.js';

interface Props {
  meetingId: string;
  tenantId: string;
  agenda: readonly { id: string; position: number; title: string }[];
  members: readonly { id: string; name: string }[];
  onDone(): void;
}

/**
 * C6: a member's proposal recorded during the meeting and routed at once to the directorates that
 * will study it, or to another body (a council, an operator) named in full.
 */
export function ProposalForm({ meetingId, tenantId, agenda, members, onDone }: Props) {
  const directorates = useQuery(DIRECTORATES, { variables: { tenantId } });
  const form = useForm({ text: '', agendaItemId: '', authorMemberId: members[0]?.id ?? '', authorName: '', bodyName: '' });
  const { fields } = form;
  const [routedTo, setRoutedTo] = useState<string[]>([]);
  const [raise, { loading, error }] = useMutation(RAISE_PROPOSAL, { refetchQueries: ['DrmmMeeting', 'DrmmProposals'], awaitRefetchQueries: true });
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // The API routes a proposal somewhere: to a directorate checked or to another body named.
    const routed = routedTo.length > 0 || fields.bodyName.trim() ? null : 'Cochez au moins une direction ou renseignez « Autre instance ».';
    if (!form.check(event.currentTarget, { bodyName: routed })) return;
    const input = {
      text: fields.text.trim(),
      agendaItemId: fields.agendaItemId || null,
      authorMemberId: fields.authorMemberId || null,
      authorName: fields.authorMemberId ? null : fields.authorName.trim() || null,
      routings: [...routedTo.map((directorateId) => ({ directorateId })), ...(fields.bodyName.trim() ? [{ bodyName: fields.bodyName.trim() }] : [])],
    };
    const result = await raise({ variables: { meetingId, input } }).catch(() => null);
    if (result?.data) onDone();
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="proposition-titre" className="fr-card fr-card--no-arrow fr-p-3w fr-mb-3w">
      <h4 id="proposition-titre" className="fr-h6">
        Nouvelle proposition
      </h4>
      <FormOutcome error={error} failure="Proposition non enregistrée" />
      <Input label="Proposition" {...form.textArea('text', { required: true, rows: 3 })} />
      <div className="fr-grid-row fr-grid-row--gutters">
        <Select className="fr-col-12 fr-col-md-6" label="Auteur" {...form.select('authorMemberId')}>
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
          <option value="">Une autre personne…</option>
        </Select>
        {!fields.authorMemberId && <Input className="fr-col-12 fr-col-md-6" label="Nom de l’auteur" {...form.input('authorName', { required: true, maxLength: 200 })} />}
        <Select className="fr-col-12 fr-col-md-6" label="Point de l’ordre du jour (facultatif)" {...form.select('agendaItemId')}>
          <option value="">—</option>
          {agenda.map((a) => (
            <option key={a.id} value={a.id}>
              {a.position}. {a.title}
            </option>
          ))}
        </Select>
      </div>
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend">Transmise à</legend>
        {directorates.error && <Alert severity="error" small description={errorMessage(directorates.error)} className="fr-fieldset__element" />}
        {directorates.data?.directorates?.nodes.map((d) => (
          <div key={d.id} className="fr-fieldset__element fr-fieldset__element--inline">
            <div className="fr-checkbox-group">
              <input type="checkbox" id={`routage-${d.id}`} checked={routedTo.includes(d.id)} onChange={(e) => setRoutedTo((ids) => (e.target.checked ? [...ids, d.id] : ids.filter((id) => id !== d.id)))} />
              <label className="fr-label" htmlFor={`routage-${d.id}`} title={d.name}>
                {d.code}
              </label>
            </div>
          </div>
        ))}
        <Input className="fr-fieldset__element" label="Autre instance (facultatif)" hintText="Par exemple : conseil départemental, opérateur de transport" {...form.input('bodyName', { maxLength: 200 })} />
      </fieldset>
      <FormActions submit="Enregistrer la proposition" busy={loading} onCancel={onDone} />
    </form>
  );
}
