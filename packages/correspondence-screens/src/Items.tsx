import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { CHANNELS, FormActions, Loading, Pager, errorMessage, useCursorPages, useTenantTime, plural } from '@qualipref/console-kit';
import { useId, useState, type FormEvent } from 'react';
import type { CorrespondenceChannel, CorrespondenceStatus } from './generated/graphql';
import type { Period } from './period.js';
import { ANSWER_ITEM, DIRECTORATE_ITEMS, REOPEN_ITEM } from './queries.js';

const STATUSES: Record<CorrespondenceStatus, { label: string; severity: 'success' | 'warning' | 'error' | 'info' }> = {
  OPEN_ON_TIME: { label: 'En cours, dans les délais', severity: 'info' },
  OPEN_LATE: { label: 'En cours, en retard', severity: 'error' },
  ANSWERED_ON_TIME: { label: 'Répondu dans les délais', severity: 'success' },
  ANSWERED_LATE: { label: 'Répondu en retard', severity: 'warning' },
  OPEN_WITHOUT_ENGAGEMENT: { label: 'En cours, sans délai d’engagement', severity: 'info' },
  ANSWERED_WITHOUT_ENGAGEMENT: { label: 'Répondu, sans délai d’engagement', severity: 'success' },
};

function AnswerForm({ itemId, subject, channel, onDone }: { itemId: string; subject: string; channel: CorrespondenceChannel; onDone: () => void }) {
  const id = useId();
  const time = useTenantTime();
  const [answeredAt, setAnsweredAt] = useState(() => time.inputValue());
  const [answerChannel, setAnswerChannel] = useState<CorrespondenceChannel>(channel === 'CONTACT_FORM' ? 'EMAIL' : channel);
  // The tableau and the list are read again from the server: the indicators are computed in SQL.
  const [answer, { loading, error }] = useMutation(ANSWER_ITEM, { refetchQueries: ['DirectorateTableau', 'DirectorateItems'], awaitRefetchQueries: true });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const at = time.instantOf(answeredAt);
    // The field is required and complete before the browser submits; nothing to send otherwise.
    if (!at) return;
    const result = await answer({ variables: { id: itemId, answeredAt: at, answerChannel } }).catch(() => null);
    if (result?.data) onDone();
  };
  return (
    <form onSubmit={submit} aria-label={`Réponse au courrier « ${subject} »`} className="fr-p-2w fr-background-alt--grey">
      {error && <Alert severity="error" small description={errorMessage(error)} className="fr-mb-2w" />}
      <Input label="Date et heure de la réponse" nativeInputProps={{ id: `${id}-at`, type: 'datetime-local', required: true, value: answeredAt, onChange: (e) => setAnsweredAt(e.target.value) }} />
      <Select label="Canal de la réponse" nativeSelectProps={{ id: `${id}-channel`, value: answerChannel, onChange: (e) => setAnswerChannel(e.target.value as CorrespondenceChannel) }}>
        {Object.entries(CHANNELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </Select>
      <FormActions submit={loading ? 'Enregistrement…' : 'Enregistrer la réponse'} busy={loading} onCancel={onDone} />
    </form>
  );
}

/** An answered item opens again (e.g. the answer was incomplete); its delay runs from the original reception. */
function ReopenForm({ itemId, subject, onDone }: { itemId: string; subject: string; onDone: () => void }) {
  const id = useId();
  const [reason, setReason] = useState('');
  const [reopen, { loading, error }] = useMutation(REOPEN_ITEM, { refetchQueries: ['DirectorateTableau', 'DirectorateItems'], awaitRefetchQueries: true });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await reopen({ variables: { id: itemId, reason: reason.trim() } }).catch(() => null);
    if (result?.data) onDone();
  };
  return (
    <form onSubmit={submit} aria-label={`Réouverture du courrier « ${subject} »`} className="fr-p-2w fr-background-alt--grey">
      {error && <Alert severity="error" small description={errorMessage(error)} className="fr-mb-2w" />}
      <Input
        label="Motif de la réouverture"
        hintText="Par exemple : réponse incomplète, nouvelle pièce reçue. Le délai court de nouveau depuis la réception."
        textArea
        nativeTextAreaProps={{ id: `${id}-reason`, required: true, maxLength: 2000, value: reason, onChange: (e) => setReason(e.target.value) }}
      />
      <FormActions submit={loading ? 'Enregistrement…' : 'Rouvrir le courrier'} busy={loading} onCancel={onDone} />
    </form>
  );
}

/**
 * R1: the directorate's items received in the period, filtered by status, twenty per page, with
 * the answer recorded, or an answered item reopened, in place by those who may write for the directorate.
 */
export function Items({ directorateId, tenantId, period, canWrite }: { directorateId: string; tenantId: string; period: Period; canWrite: boolean }) {
  const time = useTenantTime();
  const [status, setStatus] = useState<CorrespondenceStatus | ''>('');
  const pages = useCursorPages();
  const [editing, setEditing] = useState<{ id: string; action: 'answer' | 'reopen' } | null>(null);
  const after = pages.after;
  const filter = { tenantId, directorateId, from: period.from, to: period.to, ...(status ? { status } : {}) };
  const { data, error, loading } = useQuery(DIRECTORATE_ITEMS, { variables: { filter, after } });
  const selectId = useId();

  return (
    <section aria-labelledby="courriers-titre">
      <h2 id="courriers-titre">Courriers, courriels et messages</h2>
      <Select
        label="Statut"
        nativeSelectProps={{
          id: selectId,
          value: status,
          onChange: (e) => {
            setStatus(e.target.value as CorrespondenceStatus | '');
            pages.reset();
          },
        }}
      >
        <option value="">Tous les statuts</option>
        {Object.entries(STATUSES).map(([value, { label }]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </Select>
      {loading && !data && <Loading label="Chargement des courriers…" />}
      {error && <Alert severity="error" title="Liste indisponible" description={errorMessage(error)} />}
      {data && (
        <>
          <p aria-live="polite">{data.correspondenceItems.totalCount === 0 ? 'Aucun courrier pour ces critères.' : `${plural(data.correspondenceItems.totalCount, 'courrier', 'courriers')}.`}</p>
          <ul className="fr-raw-list" aria-label="Courriers">
            {data.correspondenceItems.nodes.map((item) => {
              const open = !item.answeredAt;
              return (
                <li key={item.id} className="fr-card fr-card--no-arrow fr-p-2w fr-mb-2w" data-item-id={item.id}>
                  <h3 className="fr-h6 fr-mb-1w">{item.subject}</h3>
                  <p className="fr-mb-1w">
                    <Badge as="span" severity={STATUSES[item.status].severity} small noIcon>
                      {STATUSES[item.status].label}
                    </Badge>{' '}
                    {CHANNELS[item.channel]} · {item.service.name}
                    {item.gedReference ? ` · ${item.gedReference}` : ''}
                  </p>
                  <p className="fr-text--sm fr-mb-1w">
                    Reçu le {time.formatDateTime(item.receivedAt)} · {item.dueDate ? `échéance le ${time.formatShortDate(item.dueDate)}` : 'sans délai d’engagement'}
                    {item.answeredAt ? ` · répondu le ${time.formatDateTime(item.answeredAt)} (${item.delayWorkingDays ?? '—'} j ouvrés)` : ''}
                  </p>
                  {item.reopenedAt && (
                    <p className="fr-text--sm fr-mb-1w">
                      Rouvert le {time.formatDateTime(item.reopenedAt)} : {item.reopenReason}
                    </p>
                  )}
                  {canWrite && editing?.id !== item.id && (
                    <Button size="small" priority="secondary" onClick={() => setEditing({ id: item.id, action: open ? 'answer' : 'reopen' })} title={`${open ? 'Répondre au' : 'Rouvrir le'} courrier « ${item.subject} »`}>
                      {open ? 'Répondre' : 'Rouvrir'}
                    </Button>
                  )}
                  {editing?.id === item.id && editing.action === 'answer' && <AnswerForm itemId={item.id} subject={item.subject} channel={item.channel} onDone={() => setEditing(null)} />}
                  {editing?.id === item.id && editing.action === 'reopen' && <ReopenForm itemId={item.id} subject={item.subject} onDone={() => setEditing(null)} />}
                </li>
              );
            })}
          </ul>
          <Pager pages={pages} pageInfo={data.correspondenceItems.pageInfo} label="courriers" />
        </>
      )}
    </section>
  );
}
