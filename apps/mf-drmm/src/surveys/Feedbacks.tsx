import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { FormOutcome, Loading, Pager, errorMessage, useCursorPages, useForm, useTenantTime, plural, whenEmpty } from '@qualipref/console-kit';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import type { FeedbackCategory, FeedbackChannel, FeedbackStatus } from '../generated/graphql';
import { ANSWER_FEEDBACK, FEEDBACKS, SET_FEEDBACK_STATUS } from './operations.js';

const STATUS: Record<FeedbackStatus, { label: string; severity: 'new' | 'info' | 'success' | 'warning' }> = {
  RECEIVED: { label: 'Reçue', severity: 'new' },
  IN_PROGRESS: { label: 'En cours', severity: 'info' },
  ANSWERED: { label: 'Répondue', severity: 'success' },
  CLOSED: { label: 'Classée', severity: 'warning' },
};
const CHANNEL: Record<FeedbackChannel, string> = { SUGGESTION_BOX: 'Urne du hall', CONTACT_FORM: 'Formulaire de contact' };
const CATEGORY: Record<FeedbackCategory, string> = {
  RECEPTION: 'Accueil',
  WAITING_TIME: 'Attente',
  INFORMATION: 'Information',
  PREMISES: 'Locaux',
  EQUIPMENT: 'Équipements',
  PROCEDURE: 'Démarche',
  COMPLIMENT: 'Remerciement',
  OTHER: 'Autre',
};

function AnswerForm({ id, onDone }: { id: string; onDone: () => void }) {
  const form = useForm({ answer: '' });
  // Opened in place of the « Répondre » button, which goes away: its field takes the focus.
  const area = useRef<HTMLFormElement>(null);
  useEffect(() => area.current?.querySelector('textarea')?.focus(), []);
  const [send, { loading, error }] = useMutation(ANSWER_FEEDBACK);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // Spaces alone pass `required` but are no answer.
    if (!form.check(event.currentTarget, { answer: whenEmpty(form.fields.answer, 'Renseignez « Réponse donnée ».') })) return;
    const result = await send({ variables: { id, answer: form.fields.answer.trim() } }).catch(() => null);
    if (result?.data) onDone();
  };
  return (
    <form ref={area} onSubmit={submit} noValidate className="fr-mt-2w" aria-label="Réponse à la remarque">
      <FormOutcome error={error} failure="Réponse non enregistrée" />
      <Input label="Réponse donnée" {...form.textArea('answer', { rows: 3, required: true })} />
      <Button type="submit" disabled={loading}>
        {loading ? 'Enregistrement…' : 'Enregistrer la réponse'}
      </Button>
    </form>
  );
}

/** S5: the suggestion cards of the hall's box and the contact form's messages, answered and counted. */
export function Feedbacks({ tenantId }: { tenantId: string }) {
  const time = useTenantTime();
  const pages = useCursorPages();
  const [status, setStatus] = useState<FeedbackStatus | ''>('');
  const [answering, setAnswering] = useState<string | null>(null);
  // The form closes once the answer is saved: the answer, now in the card, takes the focus.
  const [answered, setAnswered] = useState<string | null>(null);
  const focus = useCallback((element: HTMLElement | null) => element?.focus(), []);
  const { data, error, loading } = useQuery(FEEDBACKS, { variables: { filter: { tenantId, ...(status ? { status } : {}) }, after: pages.after } });
  const [close, closing] = useMutation(SET_FEEDBACK_STATUS);
  return (
    <section aria-labelledby="remarques-titre">
      <h2 id="remarques-titre">Remarques et suggestions</h2>
      <div className="fr-col-12 fr-col-md-4">
        <Select
          label="Statut"
          nativeSelectProps={{
            id: 'statut-remarques',
            value: status,
            onChange: (e) => {
              setStatus(e.target.value as FeedbackStatus | '');
              pages.reset();
            },
          }}
        >
          <option value="">Tous les statuts</option>
          {Object.entries(STATUS).map(([value, { label }]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Select>
      </div>
      {closing.error && <Alert severity="error" small description={errorMessage(closing.error)} className="fr-mb-2w" />}
      {loading && !data && <Loading />}
      {error && <Alert severity="error" title="Remarques indisponibles" description={errorMessage(error)} />}
      {data?.feedbacks && (
        <>
          <p aria-live="polite">{data.feedbacks.totalCount === 0 ? 'Aucune remarque pour ces critères.' : `${plural(data.feedbacks.totalCount, 'remarque', 'remarques')}.`}</p>
          <ul className="fr-raw-list">
            {data.feedbacks.nodes.map((f) => {
              const open = f.status === 'RECEIVED' || f.status === 'IN_PROGRESS';
              return (
                <li key={f.id} className="fr-card fr-card--no-arrow fr-p-2w fr-mb-2w">
                  <div className="fr-mb-1w">
                    <Badge as="span" severity={STATUS[f.status].severity} small noIcon>
                      {STATUS[f.status].label}
                    </Badge>{' '}
                    {CATEGORY[f.category]} · {CHANNEL[f.channel]} · reçue le {time.formatShortDate(f.receivedOn)}
                  </div>
                  <p className="fr-mb-1w">{f.text}</p>
                  {f.answer && (
                    <p ref={answered === f.id ? focus : undefined} tabIndex={answered === f.id ? -1 : undefined} className="fr-text--sm fr-mb-1w">
                      <strong>Réponse du {time.formatShortDate(f.answeredAt)} :</strong> {f.answer}
                    </p>
                  )}
                  {f.viewerCanAnswer && open && answering !== f.id && (
                    <ul className="fr-btns-group fr-btns-group--inline-sm">
                      {f.contact && (
                        <li>
                          <Button size="small" priority="secondary" onClick={() => setAnswering(f.id)}>
                            Répondre
                          </Button>
                        </li>
                      )}
                      <li>
                        <Button size="small" priority="tertiary" disabled={closing.loading} onClick={() => void close({ variables: { id: f.id, status: 'CLOSED' } }).catch(() => null)}>
                          Classer sans réponse
                        </Button>
                      </li>
                    </ul>
                  )}
                  {answering === f.id && (
                    <AnswerForm
                      id={f.id}
                      onDone={() => {
                        setAnswering(null);
                        setAnswered(f.id);
                      }}
                    />
                  )}
                </li>
              );
            })}
          </ul>
          <Pager pages={pages} pageInfo={data.feedbacks.pageInfo} label="remarques" />
        </>
      )}
    </section>
  );
}
