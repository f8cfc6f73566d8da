import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { FormActions, FormOutcome, Loading, errorMessage, useForm } from '@qualipref/console-kit';
import type { FormEvent } from 'react';
import type { CampaignChannel } from '../generated/graphql';
import { CAMPAIGN_CHOICES, CREATE_CAMPAIGN } from './operations.js';

const CHANNEL_CHOICES: { value: CampaignChannel; label: string; hint: string }[] = [
  { value: 'HALL', label: 'Usagers dans le hall', hint: 'Sur la borne et sur formulaire papier, anonymement' },
  { value: 'EMAIL', label: 'Invitations électroniques', hint: 'Un lien personnel à usage unique pour chaque membre d’un panel nominatif' },
];

/** S1: a campaign of the tenant, with its questionnaire version (frozen from then on), its panel and its dates. */
export function CampaignForm({ tenantId, onCreated, onCancel }: { tenantId: string; onCreated(id: string): void; onCancel(): void }) {
  const choices = useQuery(CAMPAIGN_CHOICES, { variables: { tenantId } });
  const form = useForm<{ title: string; channel: CampaignChannel; panelId: string; questionnaireId: string; opensOn: string; closesOn: string }>({ title: '', channel: 'HALL', panelId: '', questionnaireId: '', opensOn: '', closesOn: '' });
  const { fields, setFields } = form;
  const [create, { loading, error }] = useMutation(CREATE_CAMPAIGN, { refetchQueries: ['DrmmCampaigns'] });
  // The API pairs the hall users' panel with the hall, every listed panel with e-mail invitations.
  const panels = (choices.data?.surveyPanels?.nodes ?? []).filter((p) => (p.kind === 'HALL_USERS') === (fields.channel === 'HALL'));
  const questionnaires = choices.data?.questionnaires?.nodes ?? [];
  // A campaign opens in its own year: the year is the opening date's.
  const year = fields.opensOn ? Number(fields.opensOn.slice(0, 4)) : null;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // The API refuses a campaign that closes before it opens; the day's own min says it too, in browsers that check it.
    const closesEarly = fields.opensOn && fields.closesOn && fields.closesOn < fields.opensOn;
    if (!form.check(event.currentTarget, { closesOn: closesEarly ? '« Dernier jour » ne peut précéder le premier jour.' : null }) || year === null) return;
    const input = { year, title: fields.title.trim(), channel: fields.channel, panelId: fields.panelId, questionnaireId: fields.questionnaireId, opensOn: fields.opensOn, closesOn: fields.closesOn };
    const result = await create({ variables: { input } }).catch(() => null);
    if (result?.data) onCreated(result.data.createCampaign.id);
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="nouvelle-campagne-titre" className="fr-card fr-card--no-arrow fr-p-3w fr-mb-4w">
      <h3 id="nouvelle-campagne-titre" className="fr-h5">
        Nouvelle campagne
      </h3>
      <FormOutcome error={error} failure="Campagne non créée" />
      {choices.loading && !choices.data && <Loading />}
      {choices.error && <Alert severity="error" title="Questionnaires et panels indisponibles" description={errorMessage(choices.error)} className="fr-mb-2w" />}
      <div className="fr-grid-row fr-grid-row--gutters">
        <Input className="fr-col-12" label="Titre" hintText="Par exemple : Enquête annuelle de satisfaction des usagers 2026" {...form.input('title', { required: true, maxLength: 300 })} />
        <RadioButtons
          className="fr-col-12"
          legend="Mode de collecte"
          name="canal-campagne"
          orientation="horizontal"
          options={CHANNEL_CHOICES.map((c) => ({
            label: c.label,
            hintText: c.hint,
            nativeInputProps: { value: c.value, checked: fields.channel === c.value, onChange: () => setFields((f) => ({ ...f, channel: c.value, panelId: '' })) },
          }))}
        />
        <Select className="fr-col-12 fr-col-md-6" label="Panel interrogé" {...form.select('panelId', { required: true })}>
          <option value="" disabled>
            {panels.length === 0 ? 'Aucun panel de ce type : créez-le d’abord' : 'Choisissez un panel'}
          </option>
          {panels.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </Select>
        <Select className="fr-col-12 fr-col-md-6" label="Questionnaire" hint="La version choisie ne pourra plus être modifiée." {...form.select('questionnaireId', { required: true })}>
          <option value="" disabled>
            Choisissez une version
          </option>
          {questionnaires.map((q) => (
            <option key={q.id} value={q.id}>
              {`${q.title} — version ${q.version}`}
            </option>
          ))}
        </Select>
        <Input className="fr-col-12 fr-col-md-4" label="Premier jour" hintText={year ? `Enquête de l’année ${year}` : 'Il fixe l’année de l’enquête'} {...form.input('opensOn', { type: 'date', required: true })} />
        <Input className="fr-col-12 fr-col-md-4" label="Dernier jour" {...form.input('closesOn', { type: 'date', required: true, min: fields.opensOn || undefined })} />
      </div>
      <FormActions submit="Créer la campagne" busy={loading} onCancel={onCancel} />
    </form>
  );
}
