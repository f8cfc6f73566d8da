import { useMutation } from '@apollo/client/react';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { FormActions, FormOutcome, useForm } from '@qualipref/console-kit';
import { useId, type FormEvent } from 'react';
import { ADD_MEMBER, UPDATE_MEMBER } from './operations.js';

export interface MemberValues {
  id: string;
  name: string;
  organisation: string;
  role?: string | null;
  contact?: string | null;
  mandateStart: string;
  mandateEnd?: string | null;
  college: { id: string };
}

/**
 * C2: a member of a college, with the dates of the mandate. A member who leaves keeps the record
 * with an end date, so that past compositions stay true; the contact is personal data, seen by the
 * secretariat only.
 */
export function MemberForm({ committeeId, colleges, member, onDone }: { committeeId: string; colleges: readonly { id: string; name: string }[]; member?: MemberValues; onDone(): void }) {
  const id = useId();
  const form = useForm({
    collegeId: member?.college.id ?? colleges[0]?.id ?? '',
    name: member?.name ?? '',
    organisation: member?.organisation ?? '',
    role: member?.role ?? '',
    contact: member?.contact ?? '',
    mandateStart: member?.mandateStart ?? '',
    mandateEnd: member?.mandateEnd ?? '',
  });
  const options = { refetchQueries: ['DrmmCommittee'], awaitRefetchQueries: true };
  const [add, adding] = useMutation(ADD_MEMBER, options);
  const [update, updating] = useMutation(UPDATE_MEMBER, options);
  const error = adding.error ?? updating.error;

  const { fields } = form;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // The API refuses a mandate ending before it begins (the date field's min is not checked everywhere).
    const ended = fields.mandateEnd && fields.mandateStart && fields.mandateEnd < fields.mandateStart ? '« Fin du mandat » ne peut précéder le début du mandat.' : null;
    if (!form.check(event.currentTarget, { mandateEnd: ended })) return;
    const input = {
      collegeId: fields.collegeId,
      name: fields.name.trim(),
      organisation: fields.organisation.trim(),
      role: fields.role.trim() || null,
      contact: fields.contact.trim() || null,
      mandateStart: fields.mandateStart,
      mandateEnd: fields.mandateEnd || null,
    };
    const result = member ? await update({ variables: { id: member.id, input } }).catch(() => null) : await add({ variables: { committeeId, input } }).catch(() => null);
    if (result?.data) onDone();
  };

  const title = member ? `Modifier ${member.name}` : 'Nouveau membre';
  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-titre`} className="fr-card fr-card--no-arrow fr-p-3w fr-mb-3w">
      <h4 id={`${id}-titre`} className="fr-h6">
        {title}
      </h4>
      <FormOutcome error={error} failure="Membre non enregistré" />
      <div className="fr-grid-row fr-grid-row--gutters">
        <Select className="fr-col-12 fr-col-md-4" label="Collège" {...form.select('collegeId', { required: true })}>
          {colleges.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </Select>
        <Input className="fr-col-12 fr-col-md-4" label="Nom" {...form.input('name', { required: true, maxLength: 200 })} />
        <Input className="fr-col-12 fr-col-md-4" label="Organisme" hintText="Association, collectivité, chambre consulaire…" {...form.input('organisation', { required: true, maxLength: 200 })} />
        <Input className="fr-col-12 fr-col-md-4" label="Qualité (facultatif)" hintText="Par exemple : président, suppléant" {...form.input('role', { maxLength: 200 })} />
        <Input className="fr-col-12 fr-col-md-8" label="Coordonnées professionnelles (facultatif)" hintText="Vues du seul secrétariat du comité" {...form.input('contact', { maxLength: 500 })} />
        <Input className="fr-col-12 fr-col-md-4" label="Début du mandat" {...form.input('mandateStart', { type: 'date', required: true })} />
        <Input className="fr-col-12 fr-col-md-4" label="Fin du mandat (facultatif)" hintText="À renseigner quand le membre quitte le comité" {...form.input('mandateEnd', { type: 'date', min: fields.mandateStart || undefined })} />
      </div>
      <FormActions submit={member ? 'Enregistrer' : 'Ajouter le membre'} busy={adding.loading || updating.loading} onCancel={onDone} />
    </form>
  );
}
