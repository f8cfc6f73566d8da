import { useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { Loading, errorMessage, formatCount, formatDays, formatRate, useTenantTime, plural } from '@qualipref/console-kit';
import { useState, type ReactNode } from 'react';
import { CADENCE } from '../committees/labels.js';
import { QUALITY_CORRESPONDENCE, QUALITY_PLAN, QUALITY_PLAN_ACTIONS, QUALITY_SURVEYS } from './operations.js';

function Figure({ label, value, id }: { label: string; value: ReactNode; id: string }) {
  return (
    <div className="fr-col-6 fr-col-md-3" data-figure={id}>
      <dt className="fr-text--sm fr-mb-0">{label}</dt>
      <dd className="fr-h4 fr-mb-0 fr-ml-0">{value}</dd>
    </div>
  );
}

function Block({ title, children }: { title: string; children: ReactNode }) {
  const id = `qualite-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  return (
    <section aria-labelledby={id} className="fr-mb-4w">
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

/** R1–R2: delays of answers across the tenant. */
function Correspondence({ tenantId, year }: { tenantId: string; year: number }) {
  const time = useTenantTime();
  const today = time.today();
  const end = `${year}-12-31`;
  const { data, error, loading } = useQuery(QUALITY_CORRESPONDENCE, { variables: { tenantId, from: `${year}-01-01`, to: end < today ? end : today } });
  if (loading && !data) return <Loading />;
  if (error) return <Alert severity="error" small description={errorMessage(error)} />;
  const total = data?.tenant?.correspondenceTableau.total;
  if (!total) return null;
  return (
    <dl className="fr-grid-row fr-grid-row--gutters">
      <Figure id="courriers-recus" label="Courriers reçus" value={formatCount(total.received)} />
      <Figure id="courriers-delais" label="Réponses dans les délais" value={formatRate(total.onTimeRate)} />
      <Figure id="courriers-median" label="Délai médian" value={formatDays(total.medianDelayWorkingDays)} />
      <Figure id="courriers-retard" label="En retard" value={formatCount(total.overdue)} />
    </dl>
  );
}

/** S3: satisfaction of the year's surveys, with the change since the previous one. */
function Surveys({ tenantId, year }: { tenantId: string; year: number }) {
  const { data, error, loading } = useQuery(QUALITY_SURVEYS, { variables: { tenantId, year } });
  if (loading && !data) return <Loading />;
  if (error) return <Alert severity="error" small description={errorMessage(error)} />;
  const campaigns = data?.campaigns?.nodes ?? [];
  if (campaigns.length === 0) return <p>Aucune enquête cette année.</p>;
  return (
    <>
      {campaigns.map((c) => (
        <div key={c.id} className="fr-mb-2w">
          <p className="fr-text--bold fr-mb-1w">
            {c.title} — {plural(c.results.respondents, 'répondant', 'répondants')}
          </p>
          <ul>
            {c.results.dimensions.map((d) => (
              <li key={d.dimension}>
                {d.label} : {formatRate(d.satisfaction.rate)}
                {d.comparison?.trend === 'DEGRADED' && (
                  <>
                    {' '}
                    <Badge as="span" severity="error" small noIcon>
                      En recul
                    </Badge>
                  </>
                )}
                {d.comparison?.trend === 'IMPROVED' && (
                  <>
                    {' '}
                    <Badge as="span" severity="success" small noIcon>
                      En progrès
                    </Badge>
                  </>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}

function PlanProgress({ planId, title }: { planId: string; title: string }) {
  const { data, error } = useQuery(QUALITY_PLAN_ACTIONS, { variables: { planId } });
  if (error) return <Alert severity="error" small description={errorMessage(error)} />;
  if (!data?.done || !data.all || !data.overdue) return <Loading />;
  return (
    <dl className="fr-grid-row fr-grid-row--gutters">
      <Figure id="plan-actions" label={title} value={`${formatCount(data.done.totalCount)} / ${formatCount(data.all.totalCount)} réalisées`} />
      <Figure id="plan-retard" label="Actions en retard" value={formatCount(data.overdue.totalCount)} />
    </dl>
  );
}

/** C7–C8: the committees' cadence and the progress of the latest action plan. */
function Plan({ tenantId }: { tenantId: string }) {
  const time = useTenantTime();
  const { data, error, loading } = useQuery(QUALITY_PLAN, { variables: { tenantId } });
  if (loading && !data) return <Loading />;
  if (error) return <Alert severity="error" small description={errorMessage(error)} />;
  const cadence = data?.committeeCadence?.nodes ?? [];
  const latest = [...(data?.actionPlans?.nodes ?? [])].sort((a, b) => b.year - a.year)[0];
  return (
    <>
      {cadence.map((c) => (
        <p key={c.committee.id}>
          {c.committee.name} :{' '}
          <Badge as="span" severity={CADENCE[c.state].severity} small>
            {CADENCE[c.state].label}
          </Badge>{' '}
          (à réunir avant le {time.formatShortDate(c.dueBy)})
        </p>
      ))}
      {latest ? <PlanProgress planId={latest.id} title={latest.title} /> : <p>Aucun plan d’actions.</p>}
    </>
  );
}

/** Q1–Q2: the label's indicators across the three domains, for the CLU and the certification audit. */
export function Quality({ tenantId }: { tenantId: string }) {
  const time = useTenantTime();
  const [year, setYear] = useState(() => Number(time.today().slice(0, 4)));
  const current = Number(time.today().slice(0, 4));
  return (
    <section aria-labelledby="qualite-titre">
      <h2 id="qualite-titre">Indicateurs qualité</h2>
      <div className="fr-col-12 fr-col-md-3">
        <Select label="Année" nativeSelectProps={{ id: 'annee-qualite', value: String(year), onChange: (e) => setYear(Number(e.target.value)) }}>
          {Array.from({ length: current - 2014 + 1 }, (_, i) => current - i).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </Select>
      </div>
      <Block title="Délais de réponse">
        <Correspondence tenantId={tenantId} year={year} />
      </Block>
      <Block title="Satisfaction des usagers et des élus">
        <Surveys tenantId={tenantId} year={year} />
      </Block>
      <Block title="Comité et plan d’actions">
        <Plan tenantId={tenantId} />
      </Block>
    </section>
  );
}
