import { useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Loading, errorMessage, useDisclosure, useTenantTime, plural } from '@qualipref/console-kit';
import { Link, useNavigate } from 'react-router';
import { CommitteeForm } from './CommitteeForm.js';
import { CADENCE } from './labels.js';
import { COMMITTEES } from './operations.js';

/** C1/C8: the tenant's committees with their founding decision and the cadence check. */
export function Committees({ tenantId }: { tenantId: string }) {
  const time = useTenantTime();
  const { data, error, loading } = useQuery(COMMITTEES, { variables: { tenantId } });
  const creating = useDisclosure();
  const navigate = useNavigate();
  if (loading && !data) return <Loading />;
  if (error) return <Alert severity="error" title="Comités indisponibles" description={errorMessage(error)} />;
  if (!data?.committees || !data.committeeCadence) return null;
  const cadences = data.committeeCadence.nodes;
  return (
    <section aria-labelledby="comites-titre">
      <h2 id="comites-titre">Comités</h2>
      {data.tenant?.viewerCan.createCommittees &&
        (creating.open ? (
          <div ref={creating.area}><CommitteeForm onCreated={(id) => navigate(`comites/${id}`)} onCancel={creating.hide} /></div>
        ) : (
          <Button ref={creating.opener} iconId="fr-icon-add-line" className="fr-mb-3w" onClick={creating.show}>
            Créer un comité
          </Button>
        ))}
      {data.committees.nodes.length === 0 && <p>Aucun comité n’est installé dans ce site.</p>}
      <ul className="fr-raw-list">
        {data.committees.nodes.map((c) => {
          const cadence = cadences.find((k) => k.committee.id === c.id);
          return (
            <li key={c.id} className="fr-card fr-card--no-arrow fr-p-3w fr-mb-3w">
              <h3 className="fr-h5">
                <Link to={`comites/${c.id}`}>{c.name}</Link>
              </h3>
              <p className="fr-mb-1w">
                Créé par la décision {c.decisionReference} du {time.formatDate(c.decisionDate)} · présidé par {c.chairName}
                {c.chairTitle ? `, ${c.chairTitle}` : ''} · animé par la {c.ownerDirectorate.code}
              </p>
              <p className="fr-mb-1w">
                Collèges : {c.colleges.map((g) => g.name).join(', ')} · {plural(c.meetings.totalCount, 'réunion', 'réunions')}
              </p>
              {cadence && (
                <div>
                  <Badge as="span" severity={CADENCE[cadence.state].severity} small>
                    {CADENCE[cadence.state].label}
                  </Badge>{' '}
                  {cadence.nextMeetingDate ? `Prochaine réunion le ${time.formatShortDate(cadence.nextMeetingDate)}` : `À réunir avant le ${time.formatShortDate(cadence.dueBy)}`}
                  {cadence.followUpsDue.length > 0 && (
                    <ul className="fr-mt-1w">
                      {cadence.followUpsDue.map((f) => (
                        <li key={f.id}>
                          {f.title} — pour le {time.formatShortDate(f.dueDate)}
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
