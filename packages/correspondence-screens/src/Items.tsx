import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { CHANNELS, FormActions, FormOutcome, Loading, Pager, errorMessage, useCursorPages, useDisclosure, useForm, useTenantTime, plural, whenEmpty } from '@qualipref/console-kit';
import { useId, useState, type FormEvent } from 'react';
import type { CorrespondenceStatus, DirectorateItemsQuery } from './generated/graphql';
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

type Item = NonNullable<DirectorateItemsQuery['correspondenceItems']>['nodes'][number];

const ANSWERED_AT = 'Date et heure de la réponse';
/** The API's leeway for a clock a little ahead of its own. */
const CLOCK_LEEWAY_MS = 60_000;

/** The answer's instant, checked as the API checks it: complete, not in the future, not before the reception. */
function AnswerForm({ item, onDone }: { item: Pick<Item, 'id' | 'subject' | 'channel' | 'receivedAt'>; onDone: () => void }) {
  const time = useTenantTime();
  const form = useForm({ answeredAt: time.inputValue(), answerChannel: item.channel === 'CONTACT_FORM' ? 'EMAIL' : item.channel });
  // The tableau and the list are read again from the server: the indicators are computed in SQL.
  const [answer, { loading, error }] = useMutation(ANSWER_ITEM, { refetchQueries: ['DirectorateTableau', 'DirectorateItems'], awaitRefetchQueries: true });
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const at = time.instantOf(form.fields.answeredAt);
    const when = at ? new Date(at) : null;
    const answeredAt = !form.fields.answeredAt
      ? null
      : !when
        ? `« ${ANSWERED_AT} » : indiquez une date et une heure complètes.`
        : when.getTime() > Date.now() + CLOCK_LEEWAY_MS
          ? `« ${ANSWERED_AT} » ne peut être dans le futur.`
          : when < new Date(item.receivedAt)
            ? `« ${ANSWERED_AT} » ne peut précéder la réception, le ${time.formatDateTime(item.receivedAt)}.`
            : null;
    if (!form.check(event.currentTarget, { answeredAt }) || !at) return;
    const result = await answer({ variables: { id: item.id, answeredAt: at, answerChannel: form.fields.answerChannel } }).catch(() => null);
    if (result?.data) onDone();
  };
  return (
    <form onSubmit={submit} noValidate aria-label={`Réponse au courrier « ${item.subject} »`} className="fr-p-2w fr-background-alt--grey">
      <FormOutcome error={error} failure="Réponse non enregistrée" />
      <Input label={ANSWERED_AT} {...form.input('answeredAt', { type: 'datetime-local', required: true })} />
      <Select label="Canal de la réponse" {...form.select('answerChannel', { required: true })}>
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

const REASON = 'Motif de la réouverture';

/** An answered item opens again (e.g. the answer was incomplete); its delay runs from the original reception. */
function ReopenForm({ itemId, subject, onDone }: { itemId: string; subject: string; onDone: () => void }) {
  const form = useForm({ reason: '' });
  const [reopen, { loading, error }] = useMutation(REOPEN_ITEM, { refetchQueries: ['DirectorateTableau', 'DirectorateItems'], awaitRefetchQueries: true });
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // Spaces alone pass the required constraint; the API refuses them.
    if (!form.check(event.currentTarget, { reason: whenEmpty(form.fields.reason, `Renseignez « ${REASON} ».`) })) return;
    const result = await reopen({ variables: { id: itemId, reason: form.fields.reason.trim() } }).catch(() => null);
    if (result?.data) onDone();
  };
  return (
    <form onSubmit={submit} noValidate aria-label={`Réouverture du courrier « ${subject} »`} className="fr-p-2w fr-background-alt--grey">
      <FormOutcome error={error} failure="Courrier non rouvert" />
      <Input label={REASON} hintText="Par exemple : réponse incomplète, nouvelle pièce reçue. Le délai court de nouveau depuis la réception." {...form.textArea('reason', { required: true, maxLength: 2000 })} />
      <FormActions submit={loading ? 'Enregistrement…' : 'Rouvrir le courrier'} busy={loading} onCancel={onDone} />
    </form>
  );
}

/**
 * One item, with its answer or its reopening recorded in place: the form takes the focus when it
 * opens, and the card's button (« Répondre », or « Rouvrir » once answered) when it closes.
 */
function ItemCard({ item, canWrite }: { item: Item; canWrite: boolean }) {
  const time = useTenantTime();
  const action = useDisclosure();
  const open = !item.answeredAt;
  return (
    <li className="fr-card fr-card--no-arrow fr-p-2w fr-mb-2w" data-item-id={item.id}>
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
      {canWrite && !action.open && (
        <Button ref={action.opener} size="small" priority="secondary" onClick={action.show} title={`${open ? 'Répondre au' : 'Rouvrir le'} courrier « ${item.subject} »`}>
          {open ? 'Répondre' : 'Rouvrir'}
        </Button>
      )}
      {action.open && <div ref={action.area}>{open ? <AnswerForm item={item} onDone={action.hide} /> : <ReopenForm itemId={item.id} subject={item.subject} onDone={action.hide} />}</div>}
    </li>
  );
}

/**
 * R1: the directorate's items received in the period, filtered by status, twenty per page, with
 * the answer recorded, or an answered item reopened, in place by those who may write for the directorate.
 */
export function Items({ directorateId, tenantId, period, canWrite }: { directorateId: string; tenantId: string; period: Period; canWrite: boolean }) {
  const [status, setStatus] = useState<CorrespondenceStatus | ''>('');
  const pages = useCursorPages();
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
      {data?.correspondenceItems && (
        <>
          <p aria-live="polite">{data.correspondenceItems.totalCount === 0 ? 'Aucun courrier pour ces critères.' : `${plural(data.correspondenceItems.totalCount, 'courrier', 'courriers')}.`}</p>
          <ul className="fr-raw-list" aria-label="Courriers">
            {data.correspondenceItems.nodes.map((item) => (
              <ItemCard key={item.id} item={item} canWrite={canWrite} />
            ))}
          </ul>
          <Pager pages={pages} pageInfo={data.correspondenceItems.pageInfo} label="courriers" />
        </>
      )}
    </section>
  );
}
