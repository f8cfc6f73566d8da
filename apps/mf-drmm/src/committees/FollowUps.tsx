import { useMutation } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { FormOutcome, errorMessage, useForm, useTenantTime } from '@qualipref/console-kit';
import { useState, type FormEvent } from 'react';
import { ADD_FOLLOW_UP, SET_FOLLOW_UP_DONE } from './operations.js';

interface FollowUp {
  id: string;
  title: string;
  dueDate: string;
  done: boolean;
}

/** C8: the committee's own follow-ups between meetings (send the minutes, invite the new members…), with their date. */
export function FollowUps({ committeeId, followUps, editable }: { committeeId: string; followUps: readonly FollowUp[]; editable: boolean }) {
  const time = useTenantTime();
  const form = useForm({ title: '', dueDate: '' });
  // The title of the follow-up just added: the form stays, and says so.
  const [added, setAdded] = useState<string | null>(null);
  const refetch = { refetchQueries: ['DrmmCommittee', 'DrmmCommittees'] };
  const [add, adding] = useMutation(ADD_FOLLOW_UP, { ...refetch, awaitRefetchQueries: true });
  const [setDone, setting] = useMutation(SET_FOLLOW_UP_DONE, refetch);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!form.check(event.currentTarget)) return;
    const title = form.fields.title.trim();
    // Cleared first, so that the same title added twice is said (and focused) again.
    setAdded(null);
    const result = await add({ variables: { committeeId, title, dueDate: form.fields.dueDate } }).catch(() => null);
    if (result?.data) {
      form.setFields({ title: '', dueDate: '' });
      setAdded(title);
    }
  };
  const sorted = [...followUps].sort((a, b) => Number(a.done) - Number(b.done) || a.dueDate.localeCompare(b.dueDate));
  return (
    <section aria-labelledby="suivis-titre">
      <h3 id="suivis-titre">Suites à donner</h3>
      {setting.error && <Alert severity="error" small description={errorMessage(setting.error)} className="fr-mb-2w" />}
      {sorted.length === 0 ? (
        <p>Aucune suite à donner.</p>
      ) : (
        <ul className="fr-raw-list fr-mb-2w">
          {sorted.map((f) => (
            <li key={f.id}>
              {editable ? (
                <div className="fr-checkbox-group">
                  <input type="checkbox" id={`suivi-${f.id}`} checked={f.done} disabled={setting.loading} onChange={(e) => void setDone({ variables: { id: f.id, done: e.target.checked } }).catch(() => null)} />
                  <label className="fr-label" htmlFor={`suivi-${f.id}`}>
                    {f.title} — pour le {time.formatShortDate(f.dueDate)}
                  </label>
                </div>
              ) : (
                <p className="fr-mb-1w">
                  {f.done ? '✓ ' : ''}
                  {f.title} — pour le {time.formatShortDate(f.dueDate)}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <form onSubmit={submit} noValidate aria-label="Nouvelle suite à donner" className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
          <Input className="fr-col-12 fr-col-md-6" label="Nouvelle suite à donner" {...form.input('title', { required: true, maxLength: 300 })} />
          <Input className="fr-col-12 fr-col-md-3" label="Pour le" {...form.input('dueDate', { type: 'date', required: true })} />
          <div className="fr-col-12 fr-col-md-3 fr-mb-3w">
            <Button type="submit" disabled={adding.loading}>
              Ajouter
            </Button>
          </div>
          <FormOutcome error={adding.error} failure="Suite à donner non enregistrée" success={added && `Suite à donner « ${added} » ajoutée.`} className="fr-col-12" />
        </form>
      )}
    </section>
  );
}
