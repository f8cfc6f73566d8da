import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { FormActions, FormOutcome, errorMessage, useForm, useTenantTime } from '@qualipref/console-kit';
import { type FormEvent } from 'react';
import type { ActionOrigin } from '../generated/graphql';
import { ACCEPTED_PROPOSALS, ADD_ACTION, COMMITTEE_MEETINGS, DIRECTORATES, SURVEY_FINDINGS } from './operations.js';

const ORIGIN: Record<ActionOrigin, string> = {
  PROPOSAL: 'Une proposition retenue du comité',
  MEETING: 'Une réunion du comité',
  SURVEY_FINDING: 'Un constat d’enquête de satisfaction',
  OTHER: 'Autre (initiative des services)',
};

const shorten = (text: string) => (text.length > 90 ? `${text.slice(0, 89)}…` : text);

/** C7: a new action of the plan, with the directorate that carries it and where it comes from (traceability of the label). */
export function ActionForm({ planId, tenantId, committeeId, onDone }: { planId: string; tenantId: string; committeeId: string | null; onDone(): void }) {
  const time = useTenantTime();
  const directorates = useQuery(DIRECTORATES, { variables: { tenantId } });
  const form = useForm({ reference: '', title: '', description: '', ownerDirectorateId: '', dueDate: '', originKind: 'PROPOSAL' as ActionOrigin, originId: '' });
  const { fields, setFields } = form;
  const proposals = useQuery(ACCEPTED_PROPOSALS, { skip: fields.originKind !== 'PROPOSAL' });
  const meetings = useQuery(COMMITTEE_MEETINGS, { variables: { committeeId: committeeId ?? '' }, skip: fields.originKind !== 'MEETING' || committeeId === null });
  const findings = useQuery(SURVEY_FINDINGS, { variables: { tenantId }, skip: fields.originKind !== 'SURVEY_FINDING' });
  const originsError = proposals.error ?? meetings.error ?? findings.error;
  const [add, { loading, error }] = useMutation(ADD_ACTION, { refetchQueries: ['DrmmPlanActions'], awaitRefetchQueries: true });

  const choices: { id: string; label: string }[] =
    fields.originKind === 'PROPOSAL'
      ? (proposals.data?.proposals?.nodes ?? []).map((p) => ({ id: p.id, label: `${p.authorName} : ${shorten(p.text)}` }))
      : fields.originKind === 'MEETING'
        ? (meetings.data?.committee?.meetings.nodes ?? []).map((m) => ({ id: m.id, label: `${m.title} (${time.formatShortDate(m.scheduledAt)})` }))
        : fields.originKind === 'SURVEY_FINDING'
          ? (findings.data?.campaigns?.nodes ?? []).flatMap((c) => c.findings.nodes.map((f) => ({ id: f.id, label: `${c.title} : ${shorten(f.text)}` })))
          : [];

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!form.check(event.currentTarget)) return;
    const origin = fields.originId || null;
    const input = {
      reference: fields.reference.trim(),
      title: fields.title.trim(),
      description: fields.description.trim() || null,
      ownerDirectorateId: fields.ownerDirectorateId,
      dueDate: fields.dueDate || null,
      originKind: fields.originKind,
      originProposalId: fields.originKind === 'PROPOSAL' ? origin : null,
      originMeetingId: fields.originKind === 'MEETING' ? origin : null,
      originFindingId: fields.originKind === 'SURVEY_FINDING' ? origin : null,
    };
    const result = await add({ variables: { planId, input } }).catch(() => null);
    if (result?.data) onDone();
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="nouvelle-action-titre" className="fr-card fr-card--no-arrow fr-p-3w fr-mb-3w">
      <h3 id="nouvelle-action-titre" className="fr-h6">
        Nouvelle action
      </h3>
      <FormOutcome error={error} failure="Action non enregistrée" />
      {(directorates.error ?? originsError) && <Alert severity="error" small description={errorMessage((directorates.error ?? originsError)!)} className="fr-mb-2w" />}
      <div className="fr-grid-row fr-grid-row--gutters">
        <Input className="fr-col-12 fr-col-md-3" label="Référence" hintText="Par exemple : A-2026-04" {...form.input('reference', { required: true, maxLength: 40 })} />
        <Input className="fr-col-12 fr-col-md-9" label="Intitulé" {...form.input('title', { required: true, maxLength: 300 })} />
        <Input className="fr-col-12" label="Description (facultatif)" {...form.textArea('description', { rows: 2 })} />
        <Select className="fr-col-12 fr-col-md-6" label="Direction pilote" {...form.select('ownerDirectorateId', { required: true })}>
          <option value="" disabled>
            Choisir une direction
          </option>
          {directorates.data?.directorates?.nodes.map((d) => (
            <option key={d.id} value={d.id}>
              {d.code} — {d.name}
            </option>
          ))}
        </Select>
        <Input className="fr-col-12 fr-col-md-6" label="Échéance (facultatif)" {...form.input('dueDate', { type: 'date' })} />
        <Select
          className="fr-col-12 fr-col-md-6"
          label="Origine de l’action"
          nativeSelectProps={{ value: fields.originKind, onChange: (e) => setFields((f) => ({ ...f, originKind: e.target.value as ActionOrigin, originId: '' })) }}
        >
          {Object.entries(ORIGIN).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Select>
        {fields.originKind !== 'OTHER' && (
          <Select className="fr-col-12 fr-col-md-6" label="Laquelle ?" {...form.select('originId', { required: true })}>
            <option value="" disabled>
              {choices.length === 0 ? 'Aucune disponible' : 'Choisir'}
            </option>
            {choices.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </Select>
        )}
      </div>
      <FormActions submit="Ajouter l’action" busy={loading} onCancel={onDone} />
    </form>
  );
}
