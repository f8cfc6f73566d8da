import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { FormActions, Loading, Pager, Table, errorMessage, useCursorPages, useDisclosure, useTenantTime, ofName } from '@qualipref/console-kit';
import { useState, type FormEvent } from 'react';
import { DateField } from './fields.js';
import type { AppointmentRequesterKind, DctajAppointmentRequestsQuery } from './generated/graphql';
import { useDctajOwner } from './owner.js';
import { APPOINTMENT_REQUESTS, RECORD_APPOINTMENT_REQUEST, UPDATE_APPOINTMENT_REQUEST } from './queries.js';

type Request = DctajAppointmentRequestsQuery['appointmentRequests']['nodes'][number];

const KINDS: Record<AppointmentRequesterKind, string> = { ELECTED_OFFICIAL: 'Élu', TERRITORIAL_OFFICER: 'Agent territorial' };

/** R3: a new request, or one followed up (typically the date given, from which the API counts the delay). */
function RequestForm({ existing, ownerDirectorateId, onDone }: { existing?: Request; ownerDirectorateId?: string; onDone: () => void }) {
  const [requesterName, setRequesterName] = useState(existing?.requesterName ?? '');
  const [requesterKind, setRequesterKind] = useState<AppointmentRequesterKind>(existing?.requesterKind ?? 'ELECTED_OFFICIAL');
  const [collectiviteName, setCollectivite] = useState(existing?.collectiviteName ?? '');
  const [subject, setSubject] = useState(existing?.subject ?? '');
  const [requestedAt, setRequestedAt] = useState(existing?.requestedAt ?? '');
  const [dateAsked, setDateAsked] = useState(existing?.dateAsked ?? '');
  const [dateGiven, setDateGiven] = useState(existing?.dateGiven ?? '');
  const options = { refetchQueries: ['DctajAppointmentRequests'], awaitRefetchQueries: true };
  const [record, recording] = useMutation(RECORD_APPOINTMENT_REQUEST, options);
  const [update, updating] = useMutation(UPDATE_APPOINTMENT_REQUEST, options);
  const { loading, error } = existing ? updating : recording;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const fields = {
      requesterName: requesterName.trim(),
      requesterKind,
      collectiviteName: collectiviteName.trim() || null,
      subject: subject.trim(),
      requestedAt,
      dateAsked: dateAsked || null,
      dateGiven: dateGiven || null,
    };
    const result = existing ? await update({ variables: { id: existing.id, input: fields } }).catch(() => null) : await record({ variables: { input: { ...fields, ownerDirectorateId } } }).catch(() => null);
    if (result?.data) onDone();
  };
  return (
    <form onSubmit={submit} aria-label={existing ? `Demande ${ofName(existing.requesterName)}` : 'Nouvelle demande de rendez-vous'} className="fr-p-2w fr-background-alt--grey fr-mb-2w">
      <h3 className="fr-h6">{existing ? `Demande ${ofName(existing.requesterName)}` : 'Nouvelle demande'}</h3>
      {error && <Alert severity="error" title="Enregistrement refusé" description={errorMessage(error)} className="fr-mb-2w" />}
      <Input label="Demandeur" hintText="Nom et fonction, par exemple : maire de la commune" nativeInputProps={{ required: true, maxLength: 200, autoComplete: 'off', value: requesterName, onChange: (e) => setRequesterName(e.target.value) }} />
      <Select label="Qualité du demandeur" nativeSelectProps={{ value: requesterKind, onChange: (e) => setRequesterKind(e.target.value as AppointmentRequesterKind) }}>
        {Object.entries(KINDS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </Select>
      <Input label="Collectivité (facultatif)" nativeInputProps={{ maxLength: 200, value: collectiviteName, onChange: (e) => setCollectivite(e.target.value) }} />
      <Input label="Objet" nativeInputProps={{ required: true, maxLength: 500, value: subject, onChange: (e) => setSubject(e.target.value) }} />
      <DateField label="Demandé le" value={requestedAt} onChange={setRequestedAt} required />
      <DateField label="Date souhaitée" value={dateAsked} onChange={setDateAsked} />
      <DateField label="Rendez-vous accordé le" hint="Le délai est compté en jours ouvrés depuis la demande." value={dateGiven} onChange={setDateGiven} />
      <FormActions submit={loading ? 'Enregistrement…' : existing ? 'Enregistrer' : 'Enregistrer la demande'} busy={loading} onCancel={onDone} />
    </form>
  );
}

/** R3: appointment requests of elected officials and territorial officers, with the delay to the appointment. */
export function Appointments({ tenantId }: { tenantId: string }) {
  const time = useTenantTime();
  const pages = useCursorPages();
  const [editing, setEditing] = useState<string | null>(null);
  const creating = useDisclosure();
  const owner = useDctajOwner(tenantId);
  const { data, error, loading } = useQuery(APPOINTMENT_REQUESTS, { variables: { tenantId, after: pages.after } });
  if (loading && !data) return <Loading />;
  if (error) return <Alert severity="error" title="Rendez-vous indisponibles" description={errorMessage(error)} />;
  if (!data) return null;
  const { nodes, totalCount, pageInfo } = data.appointmentRequests;
  const editable = nodes.find((a) => a.id === editing);
  return (
    <section aria-labelledby="rdv-titre">
      <h2 id="rdv-titre">Demandes de rendez-vous</h2>
      {owner && !creating.open && (
        <Button ref={creating.opener} className="fr-mb-2w" iconId="fr-icon-add-line" onClick={creating.show}>
          Enregistrer une demande
        </Button>
      )}
      {owner && creating.open && <div ref={creating.area}><RequestForm ownerDirectorateId={owner} onDone={creating.hide} /></div>}
      {editable && <RequestForm key={editable.id} existing={editable} onDone={() => setEditing(null)} />}
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
                <Button size="small" priority="secondary" onClick={() => setEditing(a.id)} title={`Modifier la demande ${ofName(a.requesterName)}`}>
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
