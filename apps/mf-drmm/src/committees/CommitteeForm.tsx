import { useMutation } from '@apollo/client/react';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { FormActions, FormOutcome, useForm } from '@qualipref/console-kit';
import { useState, type FormEvent } from 'react';
import { CREATE_COMMITTEE, UPDATE_COMMITTEE } from './operations.js';

/** The composition of a CLU as the 2015 decision set it; the secretariat adapts it before saving. */
const CLU_COLLEGES = [
  { code: 'COLLECTIVITES', name: 'Collectivités' },
  { code: 'USAGERS', name: 'Usagers' },
  { code: 'PROFESSIONNELS', name: 'Professionnels' },
  { code: 'ADMINISTRATION', name: 'Administration' },
];

const orNull = (value: string) => value.trim() || null;

/** C1: installs a committee from its founding decision, with its colleges in order. */
export function CommitteeForm({ onCreated, onCancel }: { onCreated(id: string): void; onCancel(): void }) {
  const form = useForm({ kind: 'CLU', name: '', decisionDate: '', decisionReference: '', decisionText: '', chairName: '', chairTitle: '', meetingIntervalMonths: '12' });
  const [colleges, setColleges] = useState(CLU_COLLEGES);
  const [create, { loading, error }] = useMutation(CREATE_COMMITTEE, { refetchQueries: ['DrmmCommittees'], awaitRefetchQueries: true });
  const { checks } = form;
  const setCollege = (index: number, change: Partial<(typeof colleges)[number]>) => setColleges((list) => list.map((c, i) => (i === index ? { ...c, ...change } : c)));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!form.check(event.currentTarget)) return;
    const input = {
      kind: form.fields.kind.trim(),
      name: form.fields.name.trim(),
      decisionDate: form.fields.decisionDate,
      decisionReference: form.fields.decisionReference.trim(),
      decisionText: orNull(form.fields.decisionText),
      chairName: form.fields.chairName.trim(),
      chairTitle: orNull(form.fields.chairTitle),
      meetingIntervalMonths: Number(form.fields.meetingIntervalMonths),
      colleges: colleges.map((c) => ({ code: c.code.trim(), name: c.name.trim() })),
    };
    const result = await create({ variables: { input } }).catch(() => null);
    if (result?.data) onCreated(result.data.createCommittee.id);
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="nouveau-comite-titre" className="fr-card fr-card--no-arrow fr-p-3w fr-mb-4w">
      <h3 id="nouveau-comite-titre" className="fr-h5">
        Nouveau comité
      </h3>
      <FormOutcome error={error} failure="Comité non créé" />
      <div className="fr-grid-row fr-grid-row--gutters">
        <Input className="fr-col-12 fr-col-md-8" label="Nom du comité" {...form.input('name', { required: true, maxLength: 200 })} />
        <Input className="fr-col-12 fr-col-md-4" label="Type" hintText="CLU pour un comité local des usagers" {...form.input('kind', { required: true, maxLength: 40 })} />
        <Input className="fr-col-12 fr-col-md-4" label="Décision de création : référence" hintText="Par exemple : arrêté n° 2015-DRMM-42" {...form.input('decisionReference', { required: true, maxLength: 200 })} />
        <Input className="fr-col-12 fr-col-md-4" label="Date de la décision" {...form.input('decisionDate', { type: 'date', required: true })} />
        <Input className="fr-col-12 fr-col-md-4" label="Se réunit au moins tous les (mois)" {...form.input('meetingIntervalMonths', { type: 'number', min: 1, max: 36, required: true })} />
        <Input className="fr-col-12" label="Texte de la décision (facultatif)" {...form.textArea('decisionText', { rows: 3 })} />
        <Input className="fr-col-12 fr-col-md-6" label="Président(e)" {...form.input('chairName', { required: true, maxLength: 200 })} />
        <Input className="fr-col-12 fr-col-md-6" label="Qualité du président (facultatif)" hintText="Par exemple : secrétaire général de la préfecture" {...form.input('chairTitle', { maxLength: 200 })} />
      </div>
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend">Collèges, dans l’ordre de la composition</legend>
        {colleges.map((c, index) => (
          <div key={index} className="fr-fieldset__element fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
            <Input className="fr-col-12 fr-col-md-4" label={`Code du collège ${index + 1}`} {...checks.state(`college.${index}.code`)} nativeInputProps={{ ...checks.native(`college.${index}.code`), required: true, maxLength: 40, value: c.code, onChange: (e) => setCollege(index, { code: e.target.value }) }} />
            <Input className="fr-col-12 fr-col-md-6" label={`Nom du collège ${index + 1}`} {...checks.state(`college.${index}.name`)} nativeInputProps={{ ...checks.native(`college.${index}.name`), required: true, maxLength: 200, value: c.name, onChange: (e) => setCollege(index, { name: e.target.value }) }} />
            <div className="fr-col-12 fr-col-md-2 fr-mb-3w">
              <Button type="button" priority="tertiary" size="small" onClick={() => setColleges((list) => list.filter((_, i) => i !== index))}>
                Retirer<span className="fr-sr-only">{` le collège ${index + 1}`}</span>
              </Button>
            </div>
          </div>
        ))}
        <div className="fr-fieldset__element">
          <Button type="button" priority="secondary" size="small" iconId="fr-icon-add-line" onClick={() => setColleges((list) => [...list, { code: '', name: '' }])}>
            Ajouter un collège
          </Button>
        </div>
      </fieldset>
      <FormActions submit={loading ? 'Création…' : 'Créer le comité'} busy={loading} onCancel={onCancel} />
    </form>
  );
}

interface CommitteeSettings {
  id: string;
  name: string;
  decisionText?: string | null;
  chairName: string;
  chairTitle?: string | null;
  meetingIntervalMonths: number;
}

/** C1: what changes over a committee's life (its name, chair, cadence); the founding decision stays. */
export function CommitteeSettingsForm({ committee, onDone }: { committee: CommitteeSettings; onDone(): void }) {
  const form = useForm({
    name: committee.name,
    decisionText: committee.decisionText ?? '',
    chairName: committee.chairName,
    chairTitle: committee.chairTitle ?? '',
    meetingIntervalMonths: String(committee.meetingIntervalMonths),
  });
  const [update, { loading, error }] = useMutation(UPDATE_COMMITTEE, { refetchQueries: ['DrmmCommittees'] });
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!form.check(event.currentTarget)) return;
    const input = {
      name: form.fields.name.trim(),
      decisionText: form.fields.decisionText.trim(),
      chairName: form.fields.chairName.trim(),
      chairTitle: form.fields.chairTitle.trim(),
      meetingIntervalMonths: Number(form.fields.meetingIntervalMonths),
    };
    const result = await update({ variables: { id: committee.id, input } }).catch(() => null);
    if (result?.data) onDone();
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Modifier le comité" className="fr-card fr-card--no-arrow fr-p-3w fr-mb-4w">
      <FormOutcome error={error} failure="Comité non modifié" />
      <div className="fr-grid-row fr-grid-row--gutters">
        <Input className="fr-col-12 fr-col-md-8" label="Nom du comité" {...form.input('name', { required: true, maxLength: 200 })} />
        <Input className="fr-col-12 fr-col-md-4" label="Se réunit au moins tous les (mois)" {...form.input('meetingIntervalMonths', { type: 'number', min: 1, max: 36, required: true })} />
        <Input className="fr-col-12 fr-col-md-6" label="Président(e)" {...form.input('chairName', { required: true, maxLength: 200 })} />
        <Input className="fr-col-12 fr-col-md-6" label="Qualité du président (facultatif)" {...form.input('chairTitle', { maxLength: 200 })} />
        <Input className="fr-col-12" label="Texte de la décision (facultatif)" {...form.textArea('decisionText', { rows: 3 })} />
      </div>
      <FormActions submit="Enregistrer" busy={loading} onCancel={onDone} />
    </form>
  );
}
