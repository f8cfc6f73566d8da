import { useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { Loading, errorMessage, formatCount, formatDays, formatRate, useTenantTime, type RemoteEntry } from '@qualipref/console-kit';
import { useState } from 'react';
import { Link } from 'react-router';
import { DASHBOARD } from './queries.js';

function years(today: string): number[] {
  const current = Number(today.slice(0, 4));
  return Array.from({ length: current - 2014 + 1 }, (_, i) => current - i);
}

/** The tenant's tableau de suivi of the year, directorate by directorate, and the user's modules. */
export function Dashboard({ tenantId, modules }: { tenantId: string; modules: RemoteEntry[] }) {
  const time = useTenantTime();
  const today = time.today();
  const [year, setYear] = useState(() => Number(today.slice(0, 4)));
  const yearEnd = `${year}-12-31`;
  const period = { from: `${year}-01-01`, to: yearEnd < today ? yearEnd : today };
  const { data, error, loading } = useQuery(DASHBOARD, { variables: { tenantId, ...period } });

  return (
    <>
      <h1>Tableau de bord</h1>
      {modules.length > 0 && (
        <nav aria-label="Vos modules" className="fr-mb-4w">
          <ul className="fr-btns-group fr-btns-group--inline-md">
            {modules.map((m) => (
              <li key={m.name}>
                <Link className="fr-btn fr-btn--secondary" to={`/modules/${m.path}`}>
                  {m.title}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <div className="fr-col-12 fr-col-md-3">
        <Select label="Année" nativeSelectProps={{ id: 'annee-tableau-de-bord', value: String(year), onChange: (e) => setYear(Number(e.target.value)) }}>
          {years(today).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </Select>
      </div>
      {loading && !data && <Loading label="Calcul des indicateurs…" />}
      {error && <Alert severity="error" title="Indicateurs indisponibles" description={errorMessage(error)} />}
      {data?.tenant && (
        <section aria-labelledby="delais-titre">
          <h2 id="delais-titre">Délais de réponse — {data.tenant.name}</h2>
          <div className="fr-table">
            <div className="fr-table__wrapper">
              <div className="fr-table__container" style={{ position: 'relative' }}>
                <div className="fr-table__content">
                  <table data-testid="dashboard-table">
                    <caption>
                      Tableau de suivi par direction, du {time.formatShortDate(period.from)} au {time.formatShortDate(period.to)} (délais en jours ouvrés)
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">Direction</th>
                        <th scope="col">Reçus</th>
                        <th scope="col">Répondus</th>
                        <th scope="col">Dans les délais</th>
                        <th scope="col">Délai médian</th>
                        <th scope="col">En attente</th>
                        <th scope="col">En retard</th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.tenant.directorates.nodes.map((d) => (
                        <tr key={d.id}>
                          <th scope="row">
                            <abbr title={d.name}>{d.code}</abbr>
                          </th>
                          <td>{formatCount(d.correspondenceTableau.total.received)}</td>
                          <td>{formatCount(d.correspondenceTableau.total.answered)}</td>
                          <td>{formatRate(d.correspondenceTableau.total.onTimeRate)}</td>
                          <td>{formatDays(d.correspondenceTableau.total.medianDelayWorkingDays)}</td>
                          <td>{formatCount(d.correspondenceTableau.total.backlog)}</td>
                          <td>{formatCount(d.correspondenceTableau.total.overdue)}</td>
                        </tr>
                      ))}
                      <tr>
                        <th scope="row">Total</th>
                        <td>{formatCount(data.tenant.correspondenceTableau.total.received)}</td>
                        <td>{formatCount(data.tenant.correspondenceTableau.total.answered)}</td>
                        <td>{formatRate(data.tenant.correspondenceTableau.total.onTimeRate)}</td>
                        <td>{formatDays(data.tenant.correspondenceTableau.total.medianDelayWorkingDays)}</td>
                        <td>{formatCount(data.tenant.correspondenceTableau.total.backlog)}</td>
                        <td>{formatCount(data.tenant.correspondenceTableau.total.overdue)}</td>
                      </tr>
                    </tbody>
                  </table>
                </div>
              </div>
            </div>
          </div>
        </section>
      )}
    </>
  );
}
