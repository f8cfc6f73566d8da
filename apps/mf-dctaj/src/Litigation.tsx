import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { FormActions, Loading, Pager, Table, errorMessage, useCursorPages, useDisclosure, useTenantTime } from '@qualipref/console-kit';
import { useState, type FormEvent } from 'react';
import { DateField } from './fields.js';
import type { DctajLitigationCasesQuery } from './generated/graphql';
import { useDctajOwner } from './owner.js';
import { LITIGATION_CASES, RECORD_LITIGATION_CASE, UPDATE_LITIGATION_CASE } from './queries.js';

type Case = DctajLitigationCasesQuery['litigationCases']['nodes'][number];

function OnTime({ value }: { value: boolean | null | undefined }) {
  if (value == null) return <span>en cours</span>;
  return (
    <Badge as="span" severity={value ? 'success' : 'error'} small noIcon>
      {value ? 'dans le délai' : 'hors délai'}
    </Badge>
  );
}

/** A target in days as the API takes it; an empty field leaves it to the API (its default, or unchanged). */
const days = (value: string) => (value.trim() === '' ? null : Number(value));

/** R3: a new case, or the key dates of one as it goes (the API wants them in order). */
function CaseForm({ existing, ownerDirectorateId, onDone }: { existing?: Case; ownerDirectorateId?: string; onDone: () => void }) {
  const [reference, setReference] = useState(existing?.reference ?? '');
  const [subject, setSubject] = useState(existing?.subject ?? '');
  const [court, setCourt] = useState(existing?.court ?? '');
  const [requestedAt, setRequestedAt] = useState(existing?.requestedAt ?? '');
  const [filedAt, setFiledAt] = useState(existing?.filedAt ?? '');
  const [hearingAt, setHearingAt] = useState(existing?.hearingAt ?? '');
  const [decidedAt, setDecidedAt] = useState(existing?.decidedAt ?? '');
  const [filingTarget, setFilingTarget] = useState(String(existing?.filingTargetDays ?? 60));
  const [decisionTarget, setDecisionTarget] = useState(String(existing?.decisionTargetDays ?? 365));
  const options = { refetchQueries: ['DctajLitigationCases'], awaitRefetchQueries: true };
  const [record, recording] = useMutation(RECORD_LITIGATION_CASE, options);
  const [update, updating] = useMutation(UPDATE_LITIGATION_CASE, options);
  const { loading, error } = existing ? updating : recording;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const fields = {
      reference: reference.trim(),
      subject: subject.trim(),
      court: court.trim() || null,
      requestedAt,
      filedAt: filedAt || null,
      hearingAt: hearingAt || null,
      decidedAt: decidedAt || null,
      filingTargetDays: days(filingTarget),
      decisionTargetDays: days(decisionTarget),
    };
    const result = existing ? await update({ variables: { id: existing.id, input: fields } }).catch(() => null) : await record({ variables: { input: { ...fields, ownerDirectorateId } } }).catch(() => null);
    if (result?.data) onDone();
  };
  return (
    <form onSubmit={submit} aria-label={existing ? `Affaire ${existing.reference}` : 'Nouvelle affaire contentieuse'} className="fr-p-2w fr-background-alt--grey fr-mb-2w">
      <h3 className="fr-h6">{existing ? `Affaire ${existing.reference}` : 'Nouvelle affaire'}</h3>
      {error && <Alert severity="error" title="Enregistrement refusé" description={errorMessage(error)} className="fr-mb-2w" />}
      <Input label="Référence" hintText="Numéro de l’affaire au greffe" nativeInputProps={{ required: true, maxLength: 100, value: reference, onChange: (e) => setReference(e.target.value) }} />
      <Input label="Objet" nativeInputProps={{ required: true, maxLength: 500, value: subject, onChange: (e) => setSubject(e.target.value) }} />
      <Input label="Juridiction (facultatif)" hintText="Par exemple : Tribunal administratif de Strasbourg" nativeInputProps={{ maxLength: 200, value: court, onChange: (e) => setCourt(e.target.value) }} />
      <DateField label="Saisine le" value={requestedAt} onChange={setRequestedAt} required />
      <DateField label="Mémoire produit le" value={filedAt} onChange={setFiledAt} />
      <DateField label="Audience le" value={hearingAt} onChange={setHearingAt} />
      <DateField label="Décision le" value={decidedAt} onChange={setDecidedAt} />
      <Input label="Délai cible de production du mémoire (jours calendaires)" nativeInputProps={{ type: 'number', min: 1, max: 3650, required: true, value: filingTarget, onChange: (e) => setFilingTarget(e.target.value) }} />
      <Input label="Délai cible de jugement (jours calendaires)" nativeInputProps={{ type: 'number', min: 1, max: 3650, required: true, value: decisionTarget, onChange: (e) => setDecisionTarget(e.target.value) }} />
      <FormActions submit={loading ? 'Enregistrement…' : existing ? 'Enregistrer' : 'Enregistrer l’affaire'} busy={loading} onCancel={onDone} />
    </form>
  );
}

/** R3: litigation cases with their delays measured against the targets, recorded and followed by the DCTAJ. */
export function Litigation({ tenantId }: { tenantId: string }) {
  const time = useTenantTime();
  const pages = useCursorPages();
  const [editing, setEditing] = useState<string | null>(null);
  const creating = useDisclosure();
  const owner = useDctajOwner(tenantId);
  const { data, error, loading } = useQuery(LITIGATION_CASES, { variables: { tenantId, after: pages.after } });
  if (loading && !data) return <Loading />;
  if (error) return <Alert severity="error" title="Contentieux indisponible" description={errorMessage(error)} />;
  if (!data) return null;
  const { nodes, totalCount, pageInfo } = data.litigationCases;
  const editable = nodes.find((c) => c.id === editing);
  return (
    <section aria-labelledby="contentieux-titre">
      <h2 id="contentieux-titre">Contentieux</h2>
      {owner && !creating.open && (
        <Button ref={creating.opener} className="fr-mb-2w" iconId="fr-icon-add-line" onClick={creating.show}>
          Enregistrer une affaire
        </Button>
      )}
      {owner && creating.open && <div ref={creating.area}><CaseForm ownerDirectorateId={owner} onDone={creating.hide} /></div>}
      {editable && <CaseForm key={editable.id} existing={editable} onDone={() => setEditing(null)} />}
      <Table caption={`Affaires (${totalCount}) — délais en jours calendaires`} empty="Aucune affaire contentieuse n’est enregistrée." headers={['Affaire', 'Saisine', 'Mémoire produit', 'Audience', 'Décision', 'Délai de production', 'Délai de jugement', 'Action']}>
        {nodes.map((c) => (
          <tr key={c.id}>
            <th scope="row">
              {c.reference}
              <br />
              <span className="fr-text--sm">
                {c.subject}
                {c.court ? ` — ${c.court}` : ''}
              </span>
            </th>
            <td>{time.formatShortDate(c.requestedAt)}</td>
            <td>{time.formatShortDate(c.filedAt)}</td>
            <td>{time.formatShortDate(c.hearingAt)}</td>
            <td>{time.formatShortDate(c.decidedAt)}</td>
            <td>
              {c.daysToFiling ?? '—'} j / {c.filingTargetDays} j <OnTime value={c.filingOnTime} />
            </td>
            <td>
              {c.daysToDecision ?? '—'} j / {c.decisionTargetDays} j <OnTime value={c.decisionOnTime} />
            </td>
            <td>
              {c.viewerCanUpdate && (
                <Button size="small" priority="secondary" onClick={() => setEditing(c.id)} title={`Modifier l’affaire ${c.reference}`}>
                  Modifier
                </Button>
              )}
            </td>
          </tr>
        ))}
      </Table>
      <Pager pages={pages} pageInfo={pageInfo} label="affaires" />
    </section>
  );
}
