import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { FormActions, errorMessage, useFormFields } from '@qualipref/console-kit';
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
  const { fields, bind: field } = useFormFields({ text: '', agendaItemId: '', authorMemberId: members[0]?.id ?? '', authorName: '', bodyName: '' });
  const [routedTo, setRoutedTo] = useState<string[]>([]);
  const [raise, { loading, error }] = useMutation(RAISE_PROPOSAL, { refetchQueries: ['DrmmMeeting', 'DrmmProposals'], awaitRefetchQueries: true });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
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
    <form onSubmit={submit} aria-labelledby="proposition-titre" className="fr-card fr-card--no-arrow fr-p-3w fr-mb-3w">
      <h4 id="proposition-titre" className="fr-h6">
        Nouvelle proposition
      </h4>
      {error && <Alert severity="error" title="Proposition non enregistrée" description={errorMessage(error)} className="fr-mb-2w" />}
      <Input label="Proposition" nativeTextAreaProps={{ required: true, rows: 3, ...field('text') }} textArea />
      <div className="fr-grid-row fr-grid-row--gutters">
        <Select className="fr-col-12 fr-col-md-6" label="Auteur" nativeSelectProps={field('authorMemberId')}>
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
          <option value="">Une autre personne…</option>
        </Select>
        {!fields.authorMemberId && <Input className="fr-col-12 fr-col-md-6" label="Nom de l’auteur" nativeInputProps={{ required: true, maxLength: 200, ...field('authorName') }} />}
        <Select className="fr-col-12 fr-col-md-6" label="Point de l’ordre du jour (facultatif)" nativeSelectProps={field('agendaItemId')}>
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
        {directorates.data?.directorates.nodes.map((d) => (
          <div key={d.id} className="fr-fieldset__element fr-fieldset__element--inline">
            <div className="fr-checkbox-group">
              <input type="checkbox" id={`routage-${d.id}`} checked={routedTo.includes(d.id)} onChange={(e) => setRoutedTo((ids) => (e.target.checked ? [...ids, d.id] : ids.filter((id) => id !== d.id)))} />
              <label className="fr-label" htmlFor={`routage-${d.id}`} title={d.name}>
                {d.code}
              </label>
            </div>
          </div>
        ))}
        <Input className="fr-fieldset__element" label="Autre instance (facultatif)" hintText="Par exemple : conseil départemental, opérateur de transport" nativeInputProps={{ maxLength: 200, ...field('bodyName') }} />
      </fieldset>
      <FormActions submit="Enregistrer la proposition" busy={loading} onCancel={onDone} />
    </form>
  );
}
