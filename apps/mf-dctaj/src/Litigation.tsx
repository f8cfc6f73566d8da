import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { FormActions, FormOutcome, Loading, Pager, Table, errorMessage, useCursorPages, useDisclosure, useForm, useTenantTime, useRowDisclosure } from '@qualipref/console-kit';
import type { FormEvent } from 'react';
import { notBefore } from './dates.js';
import type { DctajLitigationCasesQuery } from './generated/graphql';
import { useDctajOwner } from './owner.js';
import { LITIGATION_CASES, RECORD_LITIGATION_CASE, UPDATE_LITIGATION_CASE } from './queries.js';

type Case = NonNullable<DctajLitigationCasesQuery['litigationCases']>['nodes'][number];

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

const LABELS = { requestedAt: 'Saisine le', filedAt: 'Mémoire produit le', hearingAt: 'Audience le', decidedAt: 'Décision le' };

/** R3: a new case, or the key dates of one as it goes (the API wants them in order). */
function CaseForm({ existing, ownerDirectorateId, onDone }: { existing?: Case; ownerDirectorateId?: string; onDone: () => void }) {
  const form = useForm({
    reference: existing?.reference ?? '',
    subject: existing?.subject ?? '',
    court: existing?.court ?? '',
    requestedAt: existing?.requestedAt ?? '',
    filedAt: existing?.filedAt ?? '',
    hearingAt: existing?.hearingAt ?? '',
    decidedAt: existing?.decidedAt ?? '',
    filingTarget: String(existing?.filingTargetDays ?? 60),
    decisionTarget: String(existing?.decisionTargetDays ?? 365),
  });
  const options = { refetchQueries: ['DctajLitigationCases'], awaitRefetchQueries: true };
  const [record, recording] = useMutation(RECORD_LITIGATION_CASE, options);
  const [update, updating] = useMutation(UPDATE_LITIGATION_CASE, options);
  const { loading, error } = existing ? updating : recording;
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const f = form.fields;
    // The order the API checks: each step after the last one given before it.
    const ordered = {
      filedAt: notBefore(f, LABELS, 'filedAt', 'requestedAt'),
      hearingAt: notBefore(f, LABELS, 'hearingAt', 'filedAt', 'requestedAt'),
      decidedAt: notBefore(f, LABELS, 'decidedAt', 'hearingAt', 'requestedAt'),
    };
    if (!form.check(event.currentTarget, ordered)) return;
    const fields = {
      reference: f.reference.trim(),
      subject: f.subject.trim(),
      court: f.court.trim() || null,
      requestedAt: f.requestedAt,
      filedAt: f.filedAt || null,
      hearingAt: f.hearingAt || null,
      decidedAt: f.decidedAt || null,
      filingTargetDays: days(f.filingTarget),
      decisionTargetDays: days(f.decisionTarget),
    };
    const result = existing ? await update({ variables: { id: existing.id, input: fields } }).catch(() => null) : await record({ variables: { input: { ...fields, ownerDirectorateId } } }).catch(() => null);
    if (result?.data) onDone();
  };
  return (
    <form onSubmit={submit} noValidate aria-label={existing ? `Affaire ${existing.reference}` : 'Nouvelle affaire contentieuse'} className="fr-p-2w fr-background-alt--grey fr-mb-2w">
      <h3 className="fr-h6">{existing ? `Affaire ${existing.reference}` : 'Nouvelle affaire'}</h3>
      <FormOutcome error={error} failure="Affaire non enregistrée" />
      <Input label="Référence" hintText="Numéro de l’affaire au greffe" {...form.input('reference', { required: true, maxLength: 100 })} />
      <Input label="Objet" {...form.input('subject', { required: true, maxLength: 500 })} />
      <Input label="Juridiction (facultatif)" hintText="Par exemple : Tribunal administratif de Strasbourg" {...form.input('court', { maxLength: 200 })} />
      <Input label={LABELS.requestedAt} {...form.input('requestedAt', { type: 'date', required: true })} />
      <Input label={LABELS.filedAt} {...form.input('filedAt', { type: 'date' })} />
      <Input label={LABELS.hearingAt} {...form.input('hearingAt', { type: 'date' })} />
      <Input label={LABELS.decidedAt} {...form.input('decidedAt', { type: 'date' })} />
      <Input label="Délai cible de production du mémoire (jours calendaires)" {...form.input('filingTarget', { type: 'number', min: 1, max: 3650, required: true })} />
      <Input label="Délai cible de jugement (jours calendaires)" {...form.input('decisionTarget', { type: 'number', min: 1, max: 3650, required: true })} />
      <FormActions submit={loading ? 'Enregistrement…' : existing ? 'Enregistrer' : 'Enregistrer l’affaire'} busy={loading} onCancel={onDone} />
    </form>
  );
}

/** R3: litigation cases with their delays measured against the targets, recorded and followed by the DCTAJ. */
export function Litigation({ tenantId }: { tenantId: string }) {
  const time = useTenantTime();
  const pages = useCursorPages();
  const editor = useRowDisclosure();
  const creating = useDisclosure();
  const owner = useDctajOwner(tenantId);
  const { data, error, loading } = useQuery(LITIGATION_CASES, { variables: { tenantId, after: pages.after } });
  if (loading && !data) return <Loading />;
  if (error) return <Alert severity="error" title="Contentieux indisponible" description={errorMessage(error)} />;
  if (!data?.litigationCases) return null;
  const { nodes, totalCount, pageInfo } = data.litigationCases;
  const editable = nodes.find((c) => c.id === editor.open);
  return (
    <section aria-labelledby="contentieux-titre">
      <h2 id="contentieux-titre">Contentieux</h2>
      {owner && !creating.open && (
        <Button ref={creating.opener} className="fr-mb-2w" iconId="fr-icon-add-line" onClick={creating.show}>
          Enregistrer une affaire
        </Button>
      )}
      {owner && creating.open && <div ref={creating.area}><CaseForm ownerDirectorateId={owner} onDone={creating.hide} /></div>}
      <div ref={editor.area}>{editable && <CaseForm key={editable.id} existing={editable} onDone={editor.hide} />}</div>
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
                <Button id={editor.openerId(c.id)} size="small" priority="secondary" onClick={() => editor.show(c.id)} title={`Modifier l’affaire ${c.reference}`}>
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
