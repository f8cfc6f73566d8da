import { useMutation, useQuery } from '@apollo/client/react';
import { Accordion } from '@codegouvfr/react-dsfr/Accordion';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { FormActions, FormOutcome, Loading, Table, errorMessage, useDisclosure, useForm, useTenantTime } from '@qualipref/console-kit';
import type { FormEvent } from 'react';
import type { AuditDeadlineState, AuditKind, DrmmLabellingsQuery } from '../generated/graphql';
import { IndicatorActions, IndicatorTable, usePeriod } from './Indicators.js';
import { INDICATOR_VALUES, LABELLINGS, LABELLING_AUDITS, PLAN_AUDIT, RECORD_AUDIT, REFERENTIAL } from './operations.js';

type LabellingData = NonNullable<DrmmLabellingsQuery['tenant']>['labellings']['nodes'][number];

export const AUDIT_KIND: Record<AuditKind, string> = {
  INTERNAL: 'Audit interne',
  CERTIFICATION: 'Audit de certification',
  FOLLOW_UP: 'Audit de suivi',
  RENEWAL: 'Audit de renouvellement',
};

const DEADLINE: Record<AuditDeadlineState, { label: string; severity: 'success' | 'info' | 'warning' | 'error' }> = {
  DONE: { label: 'Réalisé', severity: 'success' },
  SCHEDULED: { label: 'Programmé', severity: 'info' },
  NOT_SCHEDULED: { label: 'À programmer', severity: 'warning' },
  OVERDUE: { label: 'En retard', severity: 'error' },
};

function StateBadge({ state, warning }: { state: AuditDeadlineState; warning: boolean }) {
  const { label, severity } = DEADLINE[state];
  return (
    <Badge as="span" small severity={warning && severity === 'info' ? 'warning' : severity}>
      {warning && state === 'SCHEDULED' ? 'Programmé, échéance proche' : label}
    </Badge>
  );
}

/** Q4: an audit to plan in the labelling's cycle. */
function PlanAuditForm({ labellingId, onDone }: { labellingId: string; onDone(): void }) {
  const form = useForm({ kind: 'INTERNAL', plannedOn: '', auditor: '' });
  const [plan, { loading, error }] = useMutation(PLAN_AUDIT, { refetchQueries: ['DrmmLabellings', 'DrmmLabellingAudits'], awaitRefetchQueries: true });
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!form.check(event.currentTarget)) return;
    const input = { kind: form.fields.kind as AuditKind, plannedOn: form.fields.plannedOn, auditor: form.fields.auditor.trim() || null };
    const result = await plan({ variables: { labellingId, input } }).catch(() => null);
    if (result?.data) onDone();
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Programmer un audit" className="fr-p-2w fr-background-alt--grey fr-mb-2w">
      <FormOutcome error={error} failure="Audit non programmé" />
      <div className="fr-grid-row fr-grid-row--gutters">
        <Select className="fr-col-12 fr-col-md-4" label="Type d’audit" {...form.select('kind', { required: true })}>
          {Object.entries(AUDIT_KIND).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Select>
        <Input className="fr-col-12 fr-col-md-4" label="Date prévue" {...form.input('plannedOn', { type: 'date', required: true })} />
        <Input className="fr-col-12 fr-col-md-4" label="Auditeur (facultatif)" hintText="Par exemple : AFNOR Certification" {...form.input('auditor', { maxLength: 200 })} />
      </div>
      <FormActions submit={loading ? 'Programmation…' : 'Programmer l’audit'} busy={loading} onCancel={onDone} />
    </form>
  );
}

/** Q4: an audit held, with what it found. */
function RecordAuditForm({ auditId, kind, onDone }: { auditId: string; kind: AuditKind; onDone(): void }) {
  const time = useTenantTime();
  const form = useForm({ heldOn: '', outcome: '' });
  const [record, { loading, error }] = useMutation(RECORD_AUDIT, { refetchQueries: ['DrmmLabellings', 'DrmmLabellingAudits'], awaitRefetchQueries: true });
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!form.check(event.currentTarget)) return;
    const result = await record({ variables: { id: auditId, input: { heldOn: form.fields.heldOn, outcome: form.fields.outcome.trim() || null } } }).catch(() => null);
    if (result?.data) onDone();
  };
  return (
    <form onSubmit={submit} noValidate aria-label={`${AUDIT_KIND[kind]} tenu`} className="fr-p-2w fr-background-alt--grey fr-mb-2w">
      <FormOutcome error={error} failure="Audit non enregistré" />
      <Input label="Date de l’audit" {...form.input('heldOn', { type: 'date', required: true, max: time.today() })} />
      <Input label="Conclusions de l’audit (facultatif)" {...form.textArea('outcome', { rows: 3 })} />
      <FormActions submit={loading ? 'Enregistrement…' : 'Enregistrer l’audit tenu'} busy={loading} onCancel={onDone} />
    </form>
  );
}

/** The audits of a labelling, each held one with what it found, the planned ones with the form that records them. */
function Audits({ labelling }: { labelling: LabellingData }) {
  const time = useTenantTime();
  const planning = useDisclosure();
  const recording = useDisclosure();
  const { data, error } = useQuery(LABELLING_AUDITS, { variables: { id: labelling.id } });
  if (error) return <Alert severity="error" small description={errorMessage(error)} />;
  if (!data?.labelling) return <Loading />;
  const audits = data.labelling.audits;
  const waiting = audits.nodes.find((a) => !a.heldOn);
  return (
    <>
      <Table caption={`Audits (${audits.totalCount})`} headers={['Audit', 'Prévu le', 'Tenu le', 'Auditeur', 'Conclusions']} empty="Aucun audit enregistré.">
        {audits.nodes.map((a) => (
          <tr key={a.id}>
            <th scope="row">{AUDIT_KIND[a.kind]}</th>
            <td>{time.formatShortDate(a.plannedOn)}</td>
            <td>{a.heldOn ? time.formatShortDate(a.heldOn) : 'Pas encore tenu'}</td>
            <td>{a.auditor ?? '—'}</td>
            <td>{a.outcome ?? '—'}</td>
          </tr>
        ))}
      </Table>
      {labelling.viewerCanManage && (
        <>
          <div ref={planning.area}>{planning.open && <PlanAuditForm labellingId={labelling.id} onDone={planning.hide} />}</div>
          <div ref={recording.area}>{recording.open && waiting && <RecordAuditForm auditId={waiting.id} kind={waiting.kind} onDone={recording.hide} />}</div>
          {/* A group of buttons with icons says so, or the DSFR shows them as bare icons. */}
          <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
            <li>
              <Button ref={planning.opener} priority="secondary" iconId="fr-icon-calendar-line" onClick={planning.show} disabled={planning.open}>
                Programmer un audit
              </Button>
            </li>
            {waiting && (
              <li>
                <Button ref={recording.opener} priority="secondary" onClick={recording.show} disabled={recording.open}>
                  Enregistrer l’{AUDIT_KIND[waiting.kind].toLowerCase()} du {time.formatShortDate(waiting.plannedOn)}
                </Button>
              </li>
            )}
          </ul>
        </>
      )}
    </>
  );
}

/** Q1: a referential's engagements, each with the indicators it is measured by and the tenant's values of the period. */
function Engagements({ referentialId, tenantId, viewerCanManage }: { referentialId: string; tenantId: string; viewerCanManage: boolean }) {
  const period = usePeriod();
  const { data, error } = useQuery(REFERENTIAL, { variables: { id: referentialId } });
  const values = useQuery(INDICATOR_VALUES, { variables: { tenantId, period, referentialId } });
  if (error ?? values.error) return <Alert severity="error" small description={errorMessage((error ?? values.error)!)} />;
  if (!data?.referential || !values.data?.indicatorValues) return <Loading />;
  const valueOf = new Map(values.data.indicatorValues.nodes.map((v) => [v.indicator.id, v]));
  const referential = data.referential;
  return (
    <>
      {referential.completeness === 'PARTIAL' && referential.note && (
        <Alert className="fr-mb-2w" severity="info" small description={`Texte incomplet : ${referential.note}`} />
      )}
      <div className="fr-accordions-group">
        {referential.engagements.nodes.map((e, index) => (
          <Accordion key={e.id} label={`${e.number ? `Engagement ${e.number}` : `Point ${index + 1}`}${e.theme ? ` — ${e.theme}` : ''}`}>
            <p>{e.text}</p>
            {e.module && <p className="fr-text--sm">Module : {e.module.name}</p>}
            {e.indicators.length === 0 ? (
              <p className="fr-text--sm">Aucun indicateur défini pour cet engagement.</p>
            ) : (
              <>
                <IndicatorTable indicators={e.indicators.map((i) => ({ ...i, value: valueOf.get(i.id) ?? null }))} period={period} viewerCanManage={viewerCanManage} />
                <ul className="fr-text--sm">
                  {e.indicators.map((i) => (
                    <li key={i.id}>
                      <strong>{i.name}</strong> : {i.definition}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </Accordion>
        ))}
      </div>
      <p className="fr-text--xs fr-mt-2w">Source : {referential.source}</p>
    </>
  );
}

function Labelling({ labelling, tenantId }: { labelling: LabellingData; tenantId: string }) {
  const time = useTenantTime();
  const titleId = `label-${labelling.id}`;
  const next = labelling.nextDeadline;
  const optional = labelling.modules.filter((m) => !m.mandatory);
  return (
    <section aria-labelledby={titleId} className="fr-mb-6w">
      <h3 id={titleId}>
        {labelling.referential.name} {labelling.referential.version}
      </h3>
      <ul>
        <li>{labelling.certifiedOn ? `Labellisé le ${time.formatDate(labelling.certifiedOn)}${labelling.expiresOn ? `, label valable jusqu’au ${time.formatDate(labelling.expiresOn)}` : ''}` : 'Engagements suivis, sans certification'}</li>
        {labelling.modules.length > 0 && <li>Modules : {labelling.modules.map((m) => m.name).join(', ')}{optional.length > 0 && ` (dont ${optional.length > 1 ? 'optionnels' : 'optionnel'} : ${optional.map((m) => m.name).join(', ')})`}</li>}
      </ul>
      {next && (
        <p data-next-deadline={labelling.referential.code}>
          Prochaine échéance : {AUDIT_KIND[next.kind].toLowerCase()} avant le {time.formatShortDate(next.dueOn)} <StateBadge state={next.state} warning={next.warning} />
        </p>
      )}
      {labelling.deadlines.length > 0 && (
        <Table caption="Cycle d’audit" headers={['Échéance', 'Audit', 'État', 'Audit prévu ou tenu']}>
          {labelling.deadlines.map((d) => (
            <tr key={`${d.kind}-${d.dueOn}`}>
              <td>{time.formatShortDate(d.dueOn)}</td>
              <th scope="row">{AUDIT_KIND[d.kind]}</th>
              <td>
                <StateBadge state={d.state} warning={d.warning} />
              </td>
              <td>{d.audit ? (d.audit.heldOn ? `Tenu le ${time.formatShortDate(d.audit.heldOn)}` : `Prévu le ${time.formatShortDate(d.audit.plannedOn)}`) : '—'}</td>
            </tr>
          ))}
        </Table>
      )}
      <Audits labelling={labelling} />
      <h4 className="fr-mt-3w">Engagements et indicateurs</h4>
      <Engagements referentialId={labelling.referential.id} tenantId={tenantId} viewerCanManage={labelling.viewerCanManage} />
    </section>
  );
}

/** Q1, Q4: the labels the tenant holds or follows, their audit cycle and next deadline, and the engagements with their indicators; the past labels below. */
export function Label({ tenantId }: { tenantId: string }) {
  const time = useTenantTime();
  const period = usePeriod();
  const { data, error, loading } = useQuery(LABELLINGS, { variables: { tenantId } });
  if (loading && !data) return <Loading />;
  if (error) return <Alert severity="error" title="Label indisponible" description={errorMessage(error)} />;
  const labellings = data?.tenant?.labellings.nodes ?? [];
  const current = labellings.filter((l) => l.referential.open);
  const past = labellings.filter((l) => !l.referential.open);
  return (
    <section aria-labelledby="label-titre">
      <h2 id="label-titre">Label qualité</h2>
      {current.length === 0 && <p>Aucune labellisation en cours.</p>}
      {current.some((l) => l.viewerCanManage) && <IndicatorActions period={period} />}
      {current.map((l) => (
        <Labelling key={l.id} labelling={l} tenantId={tenantId} />
      ))}
      {past.length > 0 && (
        <section aria-labelledby="labels-passes">
          <h3 id="labels-passes">Labels précédents</h3>
          <ul>
            {past.map((l) => (
              <li key={l.id}>
                {l.referential.name} {l.referential.version}
                {l.certifiedOn && ` : labellisé, dernière labellisation le ${time.formatDate(l.certifiedOn)}`}
                {l.modules.some((m) => !m.mandatory) && ` (module ${l.modules.filter((m) => !m.mandatory).map((m) => m.name.toLowerCase()).join(', ')})`}
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
