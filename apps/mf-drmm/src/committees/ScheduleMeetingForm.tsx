import { useMutation } from '@apollo/client/react';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { FormActions, FormOutcome, useFormFields, useTenantTime, useFieldChecks, whenEmpty } from '@qualipref/console-kit';
import { useState, type FormEvent } from 'react';
import { SCHEDULE_MEETING } from './operations.js';

interface Invitee {
  id: string;
  name: string;
  organisation: string;
  mandateStart: string;
  mandateEnd?: string | null;
}

/** Seated on the meeting's day: a member whose mandate has ended (or not begun) by then is not invited as a member. */
const seatedOn = (member: Invitee, day: string) => member.mandateStart <= day && (!member.mandateEnd || member.mandateEnd >= day);

/**
 * C3: a meeting with its agenda and its invitees. The members whose mandate runs are invited by
 * default; the attendance sheet is made from the invitations.
 */
export function ScheduleMeetingForm({ committeeId, chairName, members, onScheduled, onCancel }: { committeeId: string; chairName: string; members: readonly Invitee[]; onScheduled(id: string): void; onCancel(): void }) {
  const time = useTenantTime();
  const { fields, bind: field } = useFormFields({ title: '', scheduledAt: '', place: '', chairName });
  const [agenda, setAgenda] = useState([{ title: '', description: '' }]);
  const [invited, setInvited] = useState(() => new Set(members.map((m) => m.id)));
  const [schedule, { loading, error }] = useMutation(SCHEDULE_MEETING, { refetchQueries: ['DrmmCommittee', 'DrmmCommittees'], awaitRefetchQueries: true });
  const setItem = (index: number, change: Partial<(typeof agenda)[number]>) => setAgenda((items) => items.map((item, i) => (i === index ? { ...item, ...change } : item)));
  const move = (index: number, by: -1 | 1) =>
    setAgenda((items) => {
      const next = [...items];
      [next[index], next[index + by]] = [next[index + by]!, next[index]!];
      return next;
    });
  const toggle = (id: string, on: boolean) =>
    setInvited((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  // The day typed, on the tenant's clocks like the time, once there is one.
  const day = fields.scheduledAt.slice(0, 10);
  const seated = day ? members.filter((m) => seatedOn(m, day)) : members;
  const hidden = members.length - seated.length;

  const checks = useFieldChecks<string>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // Typed on the tenant's clocks, whatever the browser's time zone, and sent as an instant.
    const scheduledAt = time.instantOf(fields.scheduledAt);
    const valid = checks.validate({
      title: whenEmpty(fields.title, 'Indiquez l’intitulé de la réunion.'),
      scheduledAt: whenEmpty(fields.scheduledAt, 'Indiquez la date et l’heure de la réunion.') ?? (scheduledAt ? null : 'Indiquez une date et une heure complètes.'),
      place: whenEmpty(fields.place, 'Indiquez le lieu de la réunion.'),
      ...Object.fromEntries(agenda.map((item, index) => [`agenda.${index}`, whenEmpty(item.title, `Indiquez l’intitulé du point ${index + 1} de l’ordre du jour.`)])),
    });
    if (!valid || !scheduledAt) return;
    const input = {
      title: fields.title.trim(),
      scheduledAt,
      place: fields.place.trim(),
      chairName: fields.chairName.trim() || null,
      agenda: agenda.map((a) => ({ title: a.title.trim(), description: a.description.trim() || null })),
      memberIds: seated.filter((m) => invited.has(m.id)).map((m) => m.id),
    };
    const result = await schedule({ variables: { committeeId, input } }).catch(() => null);
    if (result?.data) onScheduled(result.data.scheduleMeeting.id);
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="programmer-titre" className="fr-card fr-card--no-arrow fr-p-3w fr-mb-4w">
      <h4 id="programmer-titre" className="fr-h6">
        Programmer une réunion
      </h4>
      <FormOutcome error={error} failure="Réunion non programmée" />
      <div className="fr-grid-row fr-grid-row--gutters">
        <Input className="fr-col-12 fr-col-md-6" label="Intitulé" hintText="Par exemple : réunion annuelle du comité" {...checks.state('title')} nativeInputProps={{ ...checks.native('title'), required: true, maxLength: 200, ...field('title') }} />
        <Input className="fr-col-12 fr-col-md-6" label="Date et heure" {...checks.state('scheduledAt')} nativeInputProps={{ ...checks.native('scheduledAt'), type: 'datetime-local', required: true, ...field('scheduledAt') }} />
        <Input className="fr-col-12 fr-col-md-6" label="Lieu" hintText="Par exemple : salle Érignac, préfecture de Metz" {...checks.state('place')} nativeInputProps={{ ...checks.native('place'), required: true, maxLength: 200, ...field('place') }} />
        <Input className="fr-col-12 fr-col-md-6" label="Présidée par" nativeInputProps={{ maxLength: 200, ...field('chairName') }} />
      </div>
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend">Ordre du jour</legend>
        <ol className="fr-col-12">
          {agenda.map((item, index) => (
            <li key={index} className="fr-mb-2w">
              <Input label={`Point ${index + 1}`} {...checks.state(`agenda.${index}`)} nativeInputProps={{ ...checks.native(`agenda.${index}`), required: true, maxLength: 300, value: item.title, onChange: (e) => setItem(index, { title: e.target.value }) }} />
              <Input label={`Précisions sur le point ${index + 1} (facultatif)`} textArea nativeTextAreaProps={{ rows: 2, value: item.description, onChange: (e) => setItem(index, { description: e.target.value }) }} />
              <ul className="fr-btns-group fr-btns-group--inline-sm">
                <li>
                  <Button type="button" size="small" priority="tertiary" disabled={index === 0} onClick={() => move(index, -1)}>
                    Monter<span className="fr-sr-only">{` le point ${index + 1}`}</span>
                  </Button>
                </li>
                <li>
                  <Button type="button" size="small" priority="tertiary" disabled={index === agenda.length - 1} onClick={() => move(index, 1)}>
                    Descendre<span className="fr-sr-only">{` le point ${index + 1}`}</span>
                  </Button>
                </li>
                <li>
                  <Button type="button" size="small" priority="tertiary" disabled={agenda.length === 1} onClick={() => setAgenda((items) => items.filter((_, i) => i !== index))}>
                    Retirer<span className="fr-sr-only">{` le point ${index + 1}`}</span>
                  </Button>
                </li>
              </ul>
            </li>
          ))}
        </ol>
        <div className="fr-fieldset__element">
          <Button type="button" size="small" priority="secondary" iconId="fr-icon-add-line" onClick={() => setAgenda((items) => [...items, { title: '', description: '' }])}>
            Ajouter un point
          </Button>
        </div>
      </fieldset>
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend">
          Membres invités ({seated.filter((m) => invited.has(m.id)).length} sur {seated.length})
        </legend>
        {seated.length === 0 && <p className="fr-fieldset__element">{day ? 'Aucun membre en fonction à cette date : un membre dont le mandat a pris fin ne peut plus être invité.' : 'Aucun membre en fonction : ajoutez d’abord les membres du comité.'}</p>}
        {hidden > 0 && <p className="fr-fieldset__element fr-text--sm">{hidden > 1 ? `${hidden} membres dont le mandat ne couvre pas cette date ne figurent pas dans la liste.` : '1 membre dont le mandat ne couvre pas cette date ne figure pas dans la liste.'}</p>}
        {seated.map((m) => (
          <div key={m.id} className="fr-fieldset__element">
            <div className="fr-checkbox-group">
              <input type="checkbox" id={`invite-${m.id}`} checked={invited.has(m.id)} onChange={(e) => toggle(m.id, e.target.checked)} />
              <label className="fr-label" htmlFor={`invite-${m.id}`}>
                {m.name} ({m.organisation})
              </label>
            </div>
          </div>
        ))}
      </fieldset>
      <FormActions submit={loading ? 'Programmation…' : 'Programmer la réunion'} busy={loading} onCancel={onCancel} />
    </form>
  );
}
