import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { FormActions, FormOutcome, Loading, Pager, Table, errorMessage, useCursorPages, useDisclosure, useForm, useTenantTime, ofName, useRowDisclosure } from '@qualipref/console-kit';
import type { FormEvent } from 'react';
import { notBefore } from './dates.js';
import type { AppointmentRequesterKind, DctajAppointmentRequestsQuery } from './generated/graphql';
import { useDctajOwner } from './owner.js';
import { APPOINTMENT_REQUESTS, RECORD_APPOINTMENT_REQUEST, UPDATE_APPOINTMENT_REQUEST } from './queries.js';

type Request = NonNullable<DctajAppointmentRequestsQuery['appointmentRequests']>['nodes'][number];

const KINDS: Record<AppointmentRequesterKind, string> = { ELECTED_OFFICIAL: 'Élu', TERRITORIAL_OFFICER: 'Agent territorial' };

const LABELS = { requestedAt: 'Demandé le', dateAsked: 'Date souhaitée', dateGiven: 'Rendez-vous accordé le' };

/** R3: a new request, or one followed up (typically the date given, from which the API counts the delay). */
function RequestForm({ existing, ownerDirectorateId, onDone }: { existing?: Request; ownerDirectorateId?: string; onDone: () => void }) {
  const form = useForm({
    requesterName: existing?.requesterName ?? '',
    requesterKind: existing?.requesterKind ?? ('ELECTED_OFFICIAL' as AppointmentRequesterKind),
    collectiviteName: existing?.collectiviteName ?? '',
    subject: existing?.subject ?? '',
    requestedAt: existing?.requestedAt ?? '',
    dateAsked: existing?.dateAsked ?? '',
    dateGiven: existing?.dateGiven ?? '',
  });
  const options = { refetchQueries: ['DctajAppointmentRequests'], awaitRefetchQueries: true };
  const [record, recording] = useMutation(RECORD_APPOINTMENT_REQUEST, options);
  const [update, updating] = useMutation(UPDATE_APPOINTMENT_REQUEST, options);
  const { loading, error } = existing ? updating : recording;
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const f = form.fields;
    if (!form.check(event.currentTarget, { dateAsked: notBefore(f, LABELS, 'dateAsked', 'requestedAt'), dateGiven: notBefore(f, LABELS, 'dateGiven', 'requestedAt') })) return;
    const fields = {
      requesterName: f.requesterName.trim(),
      requesterKind: f.requesterKind,
      collectiviteName: f.collectiviteName.trim() || null,
      subject: f.subject.trim(),
      requestedAt: f.requestedAt,
      dateAsked: f.dateAsked || null,
      dateGiven: f.dateGiven || null,
    };
    const result = existing ? await update({ variables: { id: existing.id, input: fields } }).catch(() => null) : await record({ variables: { input: { ...fields, ownerDirectorateId } } }).catch(() => null);
    if (result?.data) onDone();
  };
  return (
    <form onSubmit={submit} noValidate aria-label={existing ? `Demande ${ofName(existing.requesterName)}` : 'Nouvelle demande de rendez-vous'} className="fr-p-2w fr-background-alt--grey fr-mb-2w">
      <h3 className="fr-h6">{existing ? `Demande ${ofName(existing.requesterName)}` : 'Nouvelle demande'}</h3>
      <FormOutcome error={error} failure="Demande non enregistrée" />
      <Input label="Demandeur" hintText="Nom et fonction, par exemple : maire de la commune" {...form.input('requesterName', { required: true, maxLength: 200, autoComplete: 'off' })} />
      <Select label="Qualité du demandeur" {...form.select('requesterKind', { required: true })}>
        {Object.entries(KINDS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </Select>
      <Input label="Collectivité (facultatif)" {...form.input('collectiviteName', { maxLength: 200 })} />
      <Input label="Objet" {...form.input('subject', { required: true, maxLength: 500 })} />
      <Input label={LABELS.requestedAt} {...form.input('requestedAt', { type: 'date', required: true })} />
      <Input label={LABELS.dateAsked} {...form.input('dateAsked', { type: 'date' })} />
      <Input label={LABELS.dateGiven} hintText="Le délai est compté en jours ouvrés depuis la demande." {...form.input('dateGiven', { type: 'date' })} />
      <FormActions submit={loading ? 'Enregistrement…' : existing ? 'Enregistrer' : 'Enregistrer la demande'} busy={loading} onCancel={onDone} />
    </form>
  );
}

/** R3: appointment requests of elected officials and territorial officers, with the delay to the appointment. */
export function Appointments({ tenantId }: { tenantId: string }) {
  const time = useTenantTime();
  const pages = useCursorPages();
  const editor = useRowDisclosure();
  const creating = useDisclosure();
  const owner = useDctajOwner(tenantId);
  const { data, error, loading } = useQuery(APPOINTMENT_REQUESTS, { variables: { tenantId, after: pages.after } });
  if (loading && !data) return <Loading />;
  if (error) return <Alert severity="error" title="Rendez-vous indisponibles" description={errorMessage(error)} />;
  if (!data?.appointmentRequests) return null;
  const { nodes, totalCount, pageInfo } = data.appointmentRequests;
  const editable = nodes.find((a) => a.id === editor.open);
  return (
    <section aria-labelledby="rdv-titre">
      <h2 id="rdv-titre">Demandes de rendez-vous</h2>
      {owner && !creating.open && (
        <Button ref={creating.opener} className="fr-mb-2w" iconId="fr-icon-add-line" onClick={creating.show}>
          Enregistrer une demande
        </Button>
      )}
      {owner && creating.open && <div ref={creating.area}><RequestForm ownerDirectorateId={owner} onDone={creating.hide} /></div>}
      <div ref={editor.area}>{editable && <RequestForm key={editable.id} existing={editable} onDone={editor.hide} />}</div>
      <Table caption={`Demandes (${totalCount}) — délai en jours ouvrés de la demande au rendez-vous`} empty="Aucune demande de rendez-vous n’est enregistrée." headers={['Demandeur', 'Objet', 'Demandé le', 'Date souhaitée', 'Date accordée', 'Délai', 'Action']}>
        {nodes.map((a) => (
          <tr key={a.id}>
            <th scope="row">
              {a.requesterName}
              <br />
              <span className="fr-text--sm">
                {KINDS[a.requesterKind]}
                {a.collectiviteName ? ` — ${a.collectiviteName}` : ''}
              </span>
            </th>
            <td>{a.subject}</td>
            <td>{time.formatShortDate(a.requestedAt)}</td>
            <td>{time.formatShortDate(a.dateAsked)}</td>
            <td>{time.formatShortDate(a.dateGiven)}</td>
            <td>{a.delayWorkingDays == null ? 'en attente' : `${a.delayWorkingDays} j`}</td>
            <td>
              {a.viewerCanUpdate && (
                <Button id={editor.openerId(a.id)} size="small" priority="secondary" onClick={() => editor.show(a.id)} title={`Modifier la demande ${ofName(a.requesterName)}`}>
                  Modifier
                </Button>
              )}
            </td>
          </tr>
        ))}
      </Table>
      <Pager pages={pages} pageInfo={pageInfo} label="demandes" />
    </section>
  );
}
