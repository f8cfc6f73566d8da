import { useMutation } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { FormActions, errorMessage, useFormFields } from '@qualipref/console-kit';
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
  const { fields, bind: field } = useFormFields({ kind: 'CLU', name: '', decisionDate: '', decisionReference: '', decisionText: '', chairName: '', chairTitle: '', meetingIntervalMonths: '12' });
  const [colleges, setColleges] = useState(CLU_COLLEGES);
  const [create, { loading, error }] = useMutation(CREATE_COMMITTEE, { refetchQueries: ['DrmmCommittees'], awaitRefetchQueries: true });
  const setCollege = (index: number, change: Partial<(typeof colleges)[number]>) => setColleges((list) => list.map((c, i) => (i === index ? { ...c, ...change } : c)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = {
      kind: fields.kind.trim(),
      name: fields.name.trim(),
      decisionDate: fields.decisionDate,
      decisionReference: fields.decisionReference.trim(),
      decisionText: orNull(fields.decisionText),
      chairName: fields.chairName.trim(),
      chairTitle: orNull(fields.chairTitle),
      meetingIntervalMonths: Number(fields.meetingIntervalMonths),
      colleges: colleges.map((c) => ({ code: c.code.trim(), name: c.name.trim() })),
    };
    const result = await create({ variables: { input } }).catch(() => null);
    if (result?.data) onCreated(result.data.createCommittee.id);
  };

  return (
    <form onSubmit={submit} aria-labelledby="nouveau-comite-titre" className="fr-card fr-card--no-arrow fr-p-3w fr-mb-4w">
      <h3 id="nouveau-comite-titre" className="fr-h5">
        Nouveau comité
      </h3>
      {error && <Alert severity="error" title="Comité non créé" description={errorMessage(error)} className="fr-mb-2w" />}
      <div className="fr-grid-row fr-grid-row--gutters">
        <Input className="fr-col-12 fr-col-md-8" label="Nom du comité" nativeInputProps={{ required: true, maxLength: 200, ...field('name') }} />
        <Input className="fr-col-12 fr-col-md-4" label="Type" hintText="CLU pour un comité local des usagers" nativeInputProps={{ required: true, maxLength: 40, ...field('kind') }} />
        <Input className="fr-col-12 fr-col-md-4" label="Décision de création : référence" hintText="Par exemple : arrêté n° 2015-DRMM-42" nativeInputProps={{ required: true, maxLength: 200, ...field('decisionReference') }} />
        <Input className="fr-col-12 fr-col-md-4" label="Date de la décision" nativeInputProps={{ type: 'date', required: true, ...field('decisionDate') }} />
        <Input className="fr-col-12 fr-col-md-4" label="Se réunit au moins tous les (mois)" nativeInputProps={{ type: 'number', min: 1, max: 36, required: true, ...field('meetingIntervalMonths') }} />
        <Input className="fr-col-12" label="Texte de la décision (facultatif)" textArea nativeTextAreaProps={{ rows: 3, ...field('decisionText') }} />
        <Input className="fr-col-12 fr-col-md-6" label="Président(e)" nativeInputProps={{ required: true, maxLength: 200, ...field('chairName') }} />
        <Input className="fr-col-12 fr-col-md-6" label="Qualité du président (facultatif)" hintText="Par exemple : secrétaire général de la préfecture" nativeInputProps={{ maxLength: 200, ...field('chairTitle') }} />
      </div>
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend">Collèges, dans l’ordre de la composition</legend>
        {colleges.map((c, index) => (
          <div key={index} className="fr-fieldset__element fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
            <Input className="fr-col-12 fr-col-md-4" label={`Code du collège ${index + 1}`} nativeInputProps={{ required: true, maxLength: 40, value: c.code, onChange: (e) => setCollege(index, { code: e.target.value }) }} />
            <Input className="fr-col-12 fr-col-md-6" label={`Nom du collège ${index + 1}`} nativeInputProps={{ required: true, maxLength: 200, value: c.name, onChange: (e) => setCollege(index, { name: e.target.value }) }} />
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
  const { fields, bind: field } = useFormFields({
    name: committee.name,
    decisionText: committee.decisionText ?? '',
    chairName: committee.chairName,
    chairTitle: committee.chairTitle ?? '',
    meetingIntervalMonths: String(committee.meetingIntervalMonths),
  });
  const [update, { loading, error }] = useMutation(UPDATE_COMMITTEE, { refetchQueries: ['DrmmCommittees'] });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = {
      name: fields.name.trim(),
      decisionText: fields.decisionText.trim(),
      chairName: fields.chairName.trim(),
      chairTitle: fields.chairTitle.trim(),
      meetingIntervalMonths: Number(fields.meetingIntervalMonths),
    };
    const result = await update({ variables: { id: committee.id, input } }).catch(() => null);
    if (result?.data) onDone();
  };
  return (
    <form onSubmit={submit} aria-label="Modifier le comité" className="fr-card fr-card--no-arrow fr-p-3w fr-mb-4w">
      {error && <Alert severity="error" title="Comité non modifié" description={errorMessage(error)} className="fr-mb-2w" />}
      <div className="fr-grid-row fr-grid-row--gutters">
        <Input className="fr-col-12 fr-col-md-8" label="Nom du comité" nativeInputProps={{ required: true, maxLength: 200, ...field('name') }} />
        <Input className="fr-col-12 fr-col-md-4" label="Se réunit au moins tous les (mois)" nativeInputProps={{ type: 'number', min: 1, max: 36, required: true, ...field('meetingIntervalMonths') }} />
        <Input className="fr-col-12 fr-col-md-6" label="Président(e)" nativeInputProps={{ required: true, maxLength: 200, ...field('chairName') }} />
        <Input className="fr-col-12 fr-col-md-6" label="Qualité du président (facultatif)" nativeInputProps={{ maxLength: 200, ...field('chairTitle') }} />
        <Input className="fr-col-12" label="Texte de la décision (facultatif)" textArea nativeTextAreaProps={{ rows: 3, ...field('decisionText') }} />
      </div>
      <FormActions submit="Enregistrer" busy={loading} onCancel={onDone} />
    </form>
  );
}
