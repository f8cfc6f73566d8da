import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { FormActions, FormOutcome, Loading, Pager, Table, errorMessage, useCursorPages, useDisclosure, useForm, useTenantTime, type TenantTime, useRowDisclosure } from '@qualipref/console-kit';
import type { FormEvent } from 'react';
import { notBefore } from './dates.js';
import type { DctajLegalityControlsQuery, ReferralBasis, ReferralState } from './generated/graphql';
import { useDctajOwner } from './owner.js';
import { LEGALITY_CONTROLS, LEGALITY_COVERAGE, RECORD_LEGALITY_CONTROL, UPDATE_LEGALITY_CONTROL } from './queries.js';

type Control = NonNullable<DctajLegalityControlsQuery['legalityControls']>['nodes'][number];

const REFERRAL: Record<ReferralState, { label: string; severity: 'info' | 'success' | 'warning' | 'error' }> = {
  OPEN: { label: 'Délai de déféré en cours', severity: 'info' },
  REFERRED_IN_TIME: { label: 'Déféré dans le délai', severity: 'success' },
  REFERRED_LATE: { label: 'Déféré hors délai', severity: 'error' },
  EXPIRED: { label: 'Délai expiré sans déféré', severity: 'warning' },
  NOT_CONTESTED: { label: 'Délai écoulé, non contesté', severity: 'info' },
  AWAITING_DOCUMENTS: { label: 'En attente de pièces', severity: 'info' },
};

/** From what the two months run, in a few words (DSFR table cells do not wrap). */
const BASIS: Record<ReferralBasis, string> = {
  RECEPTION: 'depuis la réception',
  DOCUMENTS_RECEIVED: 'depuis les pièces reçues',
  AWAITING_DOCUMENTS: 'à la réception des pièces',
  RECOURS_ANSWERED: 'depuis la réponse au recours',
  RECOURS_IMPLICIT_REJECTION: 'depuis le rejet implicite',
};

/** The deadline's lines under the badge: the day it falls, then from what it runs when not from the reception. */
function DeadlineText({ control: c }: { control: Pick<Control, 'referredAt' | 'referralDeadline' | 'referralBasis'> }) {
  const time = useTenantTime();
  if (c.referredAt) return <span className="fr-text--sm">le {time.formatShortDate(c.referredAt)}</span>;
  return (
    <span className="fr-text--sm">
      {c.referralDeadline ? `avant le ${time.formatShortDate(c.referralDeadline)}` : 'délai non commencé'}
      {c.referralBasis !== 'RECEPTION' && (
        <>
          <br />
          {BASIS[c.referralBasis]}
        </>
      )}
    </span>
  );
}

/** The same, in a sentence for the form's hint. */
const deadlineHint = (c: Pick<Control, 'referralDeadline' | 'referralBasis'>, time: TenantTime) =>
  c.referralDeadline ? `jusqu’au ${time.formatShortDate(c.referralDeadline)} (deux mois ${BASIS[c.referralBasis]})` : 'il courra deux mois à compter de la réception des pièces complémentaires';

const RULE = 'Le recours gracieux n’est adressé qu’après l’information préalable de l’élu, le même jour ou avant.';

/** The dates as the form labels them, for its messages (the API names them so too). */
const LABELS = {
  documentsRequestedAt: 'Pièces complémentaires demandées le',
  documentsReceivedAt: 'Pièces complémentaires reçues le',
  observationsSentAt: 'Observations adressées le',
  electedOfficialInformedAt: 'Élu informé le',
  recoursSentAt: 'Recours gracieux adressé le',
  recoursAnsweredAt: 'Réponse de la collectivité au recours le',
  referredAt: 'Déféré au tribunal le',
};

/** R3: the dates of the procedure of one act, checked as the API checks them (in order, none after today). */
function ControlForm({ control, onDone }: { control: Control; onDone: () => void }) {
  const time = useTenantTime();
  const form = useForm({
    documentsRequestedAt: control.documentsRequestedAt ?? '',
    documentsReceivedAt: control.documentsReceivedAt ?? '',
    observationsSentAt: control.observationsSentAt ?? '',
    electedOfficialInformedAt: control.electedOfficialInformedAt ?? '',
    recoursSentAt: control.recoursSentAt ?? '',
    recoursAnsweredAt: control.recoursAnsweredAt ?? '',
    referredAt: control.referredAt ?? '',
  });
  const f = form.fields;
  const [update, { loading, error }] = useMutation(UPDATE_LEGALITY_CONTROL);
  // Said as soon as the date is typed, so that the agent sees the rule before sending.
  const warning = f.recoursSentAt && (!f.electedOfficialInformedAt || f.electedOfficialInformedAt > f.recoursSentAt) ? `${RULE} Renseignez d’abord la date d’information de l’élu.` : null;
  const date = (key: keyof typeof LABELS, hintText?: string) => <Input label={LABELS[key]} hintText={hintText} {...form.input(key, { type: 'date', max: time.today() })} />;
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const afterReception = (key: keyof typeof LABELS) => (f[key] && f[key] < control.receivedAt ? `« ${LABELS[key]} » ne peut précéder la réception de l’acte, le ${time.formatDate(control.receivedAt)}.` : null);
    const valid = form.check(event.currentTarget, {
      documentsRequestedAt: afterReception('documentsRequestedAt') ?? (f.documentsReceivedAt && !f.documentsRequestedAt ? `Renseignez « ${LABELS.documentsRequestedAt} » : des pièces ne sont reçues qu’après avoir été demandées.` : null),
      documentsReceivedAt: notBefore(f, LABELS, 'documentsReceivedAt', 'documentsRequestedAt'),
      observationsSentAt: afterReception('observationsSentAt'),
      electedOfficialInformedAt: afterReception('electedOfficialInformedAt'),
      recoursSentAt: warning ?? (f.recoursAnsweredAt && !f.recoursSentAt ? `Renseignez « ${LABELS.recoursSentAt} » : la collectivité ne répond qu’à un recours adressé.` : null),
      recoursAnsweredAt: notBefore(f, LABELS, 'recoursAnsweredAt', 'recoursSentAt'),
      referredAt: afterReception('referredAt'),
    });
    if (!valid) return;
    const input = {
      documentsRequestedAt: f.documentsRequestedAt || null,
      documentsReceivedAt: f.documentsReceivedAt || null,
      observationsSentAt: f.observationsSentAt || null,
      electedOfficialInformedAt: f.electedOfficialInformedAt || null,
      recoursSentAt: f.recoursSentAt || null,
      recoursAnsweredAt: f.recoursAnsweredAt || null,
      referredAt: f.referredAt || null,
    };
    const result = await update({ variables: { id: control.id, input } }).catch(() => null);
    if (result?.data) onDone();
  };
  return (
    <form onSubmit={submit} noValidate aria-label={`Procédure — ${control.collectiviteName}, ${control.actKind}`} className="fr-p-2w fr-background-alt--grey fr-mb-2w">
      <h3 className="fr-h6">
        {control.collectiviteName} — {control.actKind}
      </h3>
      <FormOutcome error={error} failure="Procédure non enregistrée" />
      {date('documentsRequestedAt', 'Demandées dans les deux mois, elles reportent le départ du délai de déféré à leur réception.')}
      {date('documentsReceivedAt')}
      {date('observationsSentAt')}
      {date('electedOfficialInformedAt')}
      {date('recoursSentAt', `${RULE} Adressé dans les deux mois, il interrompt le délai de déféré.`)}
      {/* Once the check says it beside the field, the warning would say it twice. */}
      {warning && !form.checks.errors.recoursSentAt && <Alert severity="warning" small description={warning} className="fr-mb-2w" />}
      {date('recoursAnsweredAt', 'Un nouveau délai de deux mois court de la réponse ; sans réponse, du rejet implicite deux mois après le recours.')}
      {date('referredAt', `Délai de déféré : ${deadlineHint(control, time)}.`)}
      <FormActions submit={loading ? 'Enregistrement…' : 'Enregistrer'} busy={loading} onCancel={onDone} />
    </form>
  );
}

function NewControlForm({ ownerDirectorateId, onDone }: { ownerDirectorateId: string; onDone: () => void }) {
  const time = useTenantTime();
  const form = useForm({ collectiviteName: '', actKind: '', receivedAt: '' });
  const [record, { loading, error }] = useMutation(RECORD_LEGALITY_CONTROL, { refetchQueries: ['DctajLegalityControls'], awaitRefetchQueries: true });
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!form.check(event.currentTarget)) return;
    const { collectiviteName, actKind, receivedAt } = form.fields;
    const result = await record({ variables: { input: { ownerDirectorateId, collectiviteName: collectiviteName.trim(), actKind: actKind.trim(), receivedAt } } }).catch(() => null);
    if (result?.data) onDone();
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Nouvel acte au contrôle de légalité" className="fr-p-2w fr-background-alt--grey fr-mb-2w">
      <FormOutcome error={error} failure="Acte non enregistré" />
      <Input label="Collectivité" {...form.input('collectiviteName', { required: true, maxLength: 200 })} />
      <Input label="Acte" hintText="Par exemple : Délibération — budget primitif" {...form.input('actKind', { required: true, maxLength: 200 })} />
      <Input label="Reçu en préfecture le" {...form.input('receivedAt', { type: 'date', required: true, max: time.today() })} />
      <FormActions submit={loading ? 'Enregistrement…' : 'Enregistrer l’acte'} busy={loading} onCancel={onDone} />
    </form>
  );
}

/** R3: acts under legality control, the prior information of the elected official and the referral window. */
export function LegalityControls({ tenantId }: { tenantId: string }) {
  const time = useTenantTime();
  const pages = useCursorPages();
  const editor = useRowDisclosure();
  const creating = useDisclosure();
  const owner = useDctajOwner(tenantId);
  const { data, error, loading } = useQuery(LEGALITY_CONTROLS, { variables: { tenantId, after: pages.after } });
  const coverage = useQuery(LEGALITY_COVERAGE, { variables: { tenantId } }).data?.legalityControlCoverage?.arrondissements;
  if (loading && !data) return <Loading />;
  if (error) return <Alert severity="error" title="Contrôle de légalité indisponible" description={errorMessage(error)} />;
  if (!data?.legalityControls) return null;
  const { nodes, totalCount, pageInfo } = data.legalityControls;
  const editable = nodes.find((c) => c.id === editor.open);
  return (
    <section aria-labelledby="legalite-titre">
      <h2 id="legalite-titre">Contrôle de légalité</h2>
      <p>
        {RULE} Le déféré au tribunal administratif doit intervenir dans les deux mois de la réception de l’acte ; une demande de pièces complémentaires ou un recours gracieux adressés dans
        ce délai le reportent.
      </p>
      {coverage && (
        <p data-testid="legalite-arrondissements">
          {coverage.length === 0
            ? 'Aucun arrondissement n’est rattaché à ce contrôle de légalité : les actes de ce territoire sont contrôlés ailleurs (en Moselle, à la préfecture).'
            : `${coverage.length > 1 ? 'Arrondissements couverts' : 'Arrondissement couvert'} : ${coverage.join(', ')}.`}
        </p>
      )}
      {owner && !creating.open && (
        <Button ref={creating.opener} className="fr-mb-2w" iconId="fr-icon-add-line" onClick={creating.show}>
          Enregistrer un acte
        </Button>
      )}
      {owner && creating.open && <div ref={creating.area}><NewControlForm ownerDirectorateId={owner} onDone={creating.hide} /></div>}
      <div ref={editor.area}>{editable && <ControlForm key={editable.id} control={editable} onDone={editor.hide} />}</div>
      <Table caption={`Actes au contrôle de légalité (${totalCount})`} empty="Aucun acte n’est enregistré au contrôle de légalité." headers={['Collectivité et acte', 'Reçu le', 'Observations', 'Élu informé', 'Recours gracieux', 'Déféré', 'Action']}>
        {nodes.map((c) => (
          <tr key={c.id}>
            <th scope="row">
              {c.collectiviteName}
              <br />
              <span className="fr-text--sm">{c.actKind}</span>
            </th>
            <td>
              {time.formatShortDate(c.receivedAt)}
              {c.documentsRequestedAt && (
                <>
                  <br />
                  <span className="fr-text--sm">
                    {c.documentsReceivedAt ? 'pièces reçues' : 'pièces demandées'}
                    <br />
                    le {time.formatShortDate(c.documentsReceivedAt ?? c.documentsRequestedAt)}
                  </span>
                </>
              )}
            </td>
            <td>{time.formatShortDate(c.observationsSentAt)}</td>
            <td>
              {time.formatShortDate(c.electedOfficialInformedAt)}
              {c.electedOfficialInformedFirst === false && (
                <>
                  <br />
                  <Badge as="span" severity="error" small>
                    Recours avant information
                  </Badge>
                </>
              )}
            </td>
            <td>
              {time.formatShortDate(c.recoursSentAt)}
              {c.recoursAnsweredAt && (
                <>
                  <br />
                  <span className="fr-text--sm">
                    réponse
                    <br />
                    le {time.formatShortDate(c.recoursAnsweredAt)}
                  </span>
                </>
              )}
            </td>
            <td>
              <Badge as="span" severity={REFERRAL[c.referralState].severity} small noIcon>
                {REFERRAL[c.referralState].label}
              </Badge>
              <br />
              <DeadlineText control={c} />
            </td>
            <td>
              {c.viewerCanUpdate && (
                <Button id={editor.openerId(c.id)} size="small" priority="secondary" onClick={() => editor.show(c.id)} title={`Modifier la procédure — ${c.collectiviteName}, ${c.actKind}`}>
                  Modifier
                </Button>
              )}
            </td>
          </tr>
        ))}
      </Table>
      <Pager pages={pages} pageInfo={pageInfo} label="actes" />
    </section>
  );
}
