import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { FormActions, Loading, Pager, Table, errorMessage, useCursorPages, useDisclosure, useTenantTime } from '@qualipref/console-kit';
import { useState, type FormEvent } from 'react';
import { DateField } from './fields.js';
import type { DctajLegalityControlsQuery, ReferralState } from './generated/graphql';
import { useDctajOwner } from './owner.js';
import { LEGALITY_CONTROLS, RECORD_LEGALITY_CONTROL, UPDATE_LEGALITY_CONTROL } from './queries.js';

type Control = DctajLegalityControlsQuery['legalityControls']['nodes'][number];

const REFERRAL: Record<ReferralState, { label: string; severity: 'info' | 'success' | 'warning' | 'error' }> = {
  OPEN: { label: 'Délai de déféré en cours', severity: 'info' },
  REFERRED_IN_TIME: { label: 'Déféré dans le délai', severity: 'success' },
  REFERRED_LATE: { label: 'Déféré hors délai', severity: 'error' },
  EXPIRED: { label: 'Délai expiré sans déféré', severity: 'warning' },
};

const RULE = 'Le recours gracieux n’est adressé qu’après l’information préalable de l’élu, le même jour ou avant.';

/** R3: the dates of the procedure of one act; the API refuses a recours before the information. */
function ControlForm({ control, onDone }: { control: Control; onDone: () => void }) {
  const time = useTenantTime();
  const [observations, setObservations] = useState(control.observationsSentAt ?? '');
  const [informed, setInformed] = useState(control.electedOfficialInformedAt ?? '');
  const [recours, setRecours] = useState(control.recoursSentAt ?? '');
  const [referred, setReferred] = useState(control.referredAt ?? '');
  const [update, { loading, error }] = useMutation(UPDATE_LEGALITY_CONTROL);
  // Said before sending, so that the agent sees the rule; the API applies it in any case.
  const warning = recours && (!informed || informed > recours) ? `${RULE} Renseignez d’abord la date d’information de l’élu.` : null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = { observationsSentAt: observations || null, electedOfficialInformedAt: informed || null, recoursSentAt: recours || null, referredAt: referred || null };
    const result = await update({ variables: { id: control.id, input } }).catch(() => null);
    if (result?.data) onDone();
  };
  return (
    <form onSubmit={submit} aria-label={`Procédure — ${control.collectiviteName}, ${control.actKind}`} className="fr-p-2w fr-background-alt--grey fr-mb-2w">
      <h3 className="fr-h6">
        {control.collectiviteName} — {control.actKind}
      </h3>
      {error && <Alert severity="error" title="Enregistrement refusé" description={errorMessage(error)} className="fr-mb-2w" />}
      <DateField label="Observations adressées le" value={observations} onChange={setObservations} />
      <DateField label="Élu informé le" value={informed} onChange={setInformed} />
      <DateField label="Recours gracieux adressé le" value={recours} onChange={setRecours} hint={RULE} />
      {warning && <Alert severity="warning" small description={warning} className="fr-mb-2w" />}
      <DateField label="Déféré au tribunal le" value={referred} onChange={setReferred} hint={`Délai de déféré : jusqu’au ${time.formatShortDate(control.referralDeadline)}.`} />
      <FormActions submit={loading ? 'Enregistrement…' : 'Enregistrer'} busy={loading} onCancel={onDone} />
    </form>
  );
}

function NewControlForm({ ownerDirectorateId, onDone }: { ownerDirectorateId: string; onDone: () => void }) {
  const [collectiviteName, setCollectivite] = useState('');
  const [actKind, setActKind] = useState('');
  const [receivedAt, setReceivedAt] = useState('');
  const [record, { loading, error }] = useMutation(RECORD_LEGALITY_CONTROL, { refetchQueries: ['DctajLegalityControls'], awaitRefetchQueries: true });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await record({ variables: { input: { ownerDirectorateId, collectiviteName: collectiviteName.trim(), actKind: actKind.trim(), receivedAt } } }).catch(() => null);
    if (result?.data) onDone();
  };
  return (
    <form onSubmit={submit} aria-label="Nouvel acte au contrôle de légalité" className="fr-p-2w fr-background-alt--grey fr-mb-2w">
      {error && <Alert severity="error" title="Enregistrement refusé" description={errorMessage(error)} className="fr-mb-2w" />}
      <Input label="Collectivité" nativeInputProps={{ required: true, value: collectiviteName, onChange: (e) => setCollectivite(e.target.value) }} />
      <Input label="Acte" hintText="Par exemple : Délibération — budget primitif" nativeInputProps={{ required: true, value: actKind, onChange: (e) => setActKind(e.target.value) }} />
      <DateField label="Reçu en préfecture le" value={receivedAt} onChange={setReceivedAt} required />
      <FormActions submit={loading ? 'Enregistrement…' : 'Enregistrer l’acte'} busy={loading || !receivedAt} onCancel={onDone} />
    </form>
  );
}

/** R3: acts under legality control, the prior information of the elected official and the referral window. */
export function LegalityControls({ tenantId }: { tenantId: string }) {
  const time = useTenantTime();
  const pages = useCursorPages();
  const [editing, setEditing] = useState<string | null>(null);
  const creating = useDisclosure();
  const owner = useDctajOwner(tenantId);
  const { data, error, loading } = useQuery(LEGALITY_CONTROLS, { variables: { tenantId, after: pages.after } });
  if (loading && !data) return <Loading />;
  if (error) return <Alert severity="error" title="Contrôle de légalité indisponible" description={errorMessage(error)} />;
  if (!data) return null;
  const { nodes, totalCount, pageInfo } = data.legalityControls;
  const editable = nodes.find((c) => c.id === editing);
  return (
    <section aria-labelledby="legalite-titre">
      <h2 id="legalite-titre">Contrôle de légalité</h2>
      <p>{RULE} Le déféré au tribunal administratif doit intervenir dans les deux mois de la réception de l’acte.</p>
      {owner && !creating.open && (
        <Button ref={creating.opener} className="fr-mb-2w" iconId="fr-icon-add-line" onClick={creating.show}>
          Enregistrer un acte
        </Button>
      )}
      {owner && creating.open && <div ref={creating.area}><NewControlForm ownerDirectorateId={owner} onDone={creating.hide} /></div>}
      {editable && <ControlForm key={editable.id} control={editable} onDone={() => setEditing(null)} />}
      <Table caption={`Actes au contrôle de légalité (${totalCount})`} headers={['Collectivité et acte', 'Reçu le', 'Observations', 'Élu informé', 'Recours gracieux', 'Déféré', 'Action']}>
        {nodes.map((c) => (
          <tr key={c.id}>
            <th scope="row">
              {c.collectiviteName}
              <br />
              <span className="fr-text--sm">{c.actKind}</span>
            </th>
            <td>{time.formatShortDate(c.receivedAt)}</td>
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
            <td>{time.formatShortDate(c.recoursSentAt)}</td>
            <td>
              <Badge as="span" severity={REFERRAL[c.referralState].severity} small noIcon>
                {REFERRAL[c.referralState].label}
              </Badge>
              <br />
              <span className="fr-text--sm">
                {c.referredAt ? `le ${time.formatShortDate(c.referredAt)}` : `avant le ${time.formatShortDate(c.referralDeadline)}`}
              </span>
            </td>
            <td>
              {c.viewerCanUpdate && (
                <Button size="small" priority="secondary" onClick={() => setEditing(c.id)} title={`Modifier la procédure — ${c.collectiviteName}, ${c.actKind}`}>
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
