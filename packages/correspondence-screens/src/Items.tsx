import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { CHANNELS, Loading, Pager, errorMessage, formatDateTime, formatShortDate, useCursorPages } from '@qualipref/console-kit';
import { useId, useState, type FormEvent } from 'react';
import type { CorrespondenceChannel, CorrespondenceStatus } from './generated/graphql';
import type { Period } from './period.js';
import { ANSWER_ITEM, DIRECTORATE_ITEMS } from './queries.js';

const STATUSES: Record<CorrespondenceStatus, { label: string; severity: 'success' | 'warning' | 'error' | 'info' }> = {
  OPEN_ON_TIME: { label: 'En cours, dans les délais', severity: 'info' },
  OPEN_LATE: { label: 'En cours, en retard', severity: 'error' },
  ANSWERED_ON_TIME: { label: 'Répondu dans les délais', severity: 'success' },
  ANSWERED_LATE: { label: 'Répondu en retard', severity: 'warning' },
};

/** The value of a datetime-local field for an instant, in the browser's time zone. */
function localDateTimeValue(date: Date): string {
  const shifted = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return shifted.toISOString().slice(0, 16);
}

function AnswerForm({ itemId, subject, channel, onDone }: { itemId: string; subject: string; channel: CorrespondenceChannel; onDone: () => void }) {
  const id = useId();
  const [answeredAt, setAnsweredAt] = useState(() => localDateTimeValue(new Date()));
  const [answerChannel, setAnswerChannel] = useState<CorrespondenceChannel>(channel === 'CONTACT_FORM' ? 'EMAIL' : channel);
  // The tableau and the list are read again from the server: the indicators are computed in SQL.
  const [answer, { loading, error }] = useMutation(ANSWER_ITEM, { refetchQueries: ['DirectorateTableau', 'DirectorateItems'], awaitRefetchQueries: true });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await answer({ variables: { id: itemId, answeredAt: new Date(answeredAt).toISOString(), answerChannel } }).catch(() => null);
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
      <div className="fr-btns-group fr-btns-group--inline-md">
        <Button type="submit" disabled={loading}>
          {loading ? 'Enregistrement…' : 'Enregistrer la réponse'}
        </Button>
        <Button type="button" priority="secondary" onClick={onDone}>
          Annuler
        </Button>
      </div>
    </form>
  );
}

/**
 * R1: the directorate's items received in the period, filtered by status, twenty per page, with
 * the answer recorded in place by those who may write for the directorate.
 */
export function Items({ directorateId, tenantId, period, canAnswer }: { directorateId: string; tenantId: string; period: Period; canAnswer: boolean }) {
  const [status, setStatus] = useState<CorrespondenceStatus | ''>('');
  const pages = useCursorPages();
  const [answering, setAnswering] = useState<string | null>(null);
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
          <p aria-live="polite">{data.correspondenceItems.totalCount === 0 ? 'Aucun courrier pour ces critères.' : `${data.correspondenceItems.totalCount} courrier(s).`}</p>
          <ul className="fr-raw-list" aria-label="Courriers">
            {data.correspondenceItems.nodes.map((item) => {
              const open = item.status === 'OPEN_ON_TIME' || item.status === 'OPEN_LATE';
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
                    Reçu le {formatDateTime(item.receivedAt)} · échéance le {formatShortDate(item.dueDate)}
                    {item.answeredAt ? ` · répondu le ${formatDateTime(item.answeredAt)} (${item.delayWorkingDays ?? '—'} j ouvrés)` : ''}
                  </p>
                  {open && canAnswer && answering !== item.id && (
                    <Button size="small" priority="secondary" onClick={() => setAnswering(item.id)} title={`Répondre au courrier « ${item.subject} »`}>
                      Répondre
                    </Button>
                  )}
                  {answering === item.id && <AnswerForm itemId={item.id} subject={item.subject} channel={item.channel} onDone={() => setAnswering(null)} />}
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
