import { useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Loading, Table, errorMessage, useDisclosure, usePageTitle, useTenantTime } from '@qualipref/console-kit';
import { Link, useNavigate, useParams } from 'react-router';
import { CommitteeSettingsForm } from './CommitteeForm.js';
import { FollowUps } from './FollowUps.js';
import { MEETING_STATUS } from './labels.js';
import { MemberForm } from './MemberForm.js';
import { COMMITTEE } from './operations.js';
import { ScheduleMeetingForm } from './ScheduleMeetingForm.js';
import { useRowDisclosure } from './useRowDisclosure.js';

/** C1–C3, C8: a committee's members by college (mandates in force and ended), its meetings and its follow-ups; managed by its secretariat. */
export function Committee() {
  const time = useTenantTime();
  const { committeeId = '' } = useParams();
  const navigate = useNavigate();
  const { data, error, loading } = useQuery(COMMITTEE, { variables: { id: committeeId } });
  usePageTitle(data?.committee?.name);
  const settings = useDisclosure();
  const scheduling = useDisclosure();
  const adding = useDisclosure();
  // The member whose line is open for correction.
  const editing = useRowDisclosure();
  if (loading && !data) return <Loading />;
  if (error) return <Alert severity="error" title="Comité indisponible" description={errorMessage(error)} />;
  const committee = data?.committee;
  if (!committee) return <Alert severity="info" title="Comité introuvable" description="Ce comité n’existe pas ou n’est pas visible pour vous." />;
  const editable = committee.viewerCanManage;
  const members = committee.members.nodes;
  const inOffice = members.filter((m) => !m.mandateEnd || m.mandateEnd >= time.today());
  // Contacts are returned to the secretariat only: the column appears when there is one to show.
  const showContacts = members.some((m) => m.contact);
  return (
    <>
      <p>
        <Link to="../.." relative="path">← Tous les comités</Link>
      </p>
      <h2>{committee.name}</h2>
      <p>
        Présidé par {committee.chairName}
        {committee.chairTitle ? `, ${committee.chairTitle}` : ''} · se réunit au moins tous les {committee.meetingIntervalMonths} mois
      </p>
      {editable &&
        (settings.open ? (
          <div ref={settings.area}>
            <CommitteeSettingsForm committee={committee} onDone={settings.hide} />
          </div>
        ) : (
          <Button ref={settings.opener} priority="secondary" size="small" iconId="fr-icon-edit-line" className="fr-mb-3w" onClick={settings.show}>
            Modifier le comité
          </Button>
        ))}

      <h3>Réunions</h3>
      {committee.meetings.nodes.length === 0 && <p>Aucune réunion pour le moment.</p>}
      <ul>
        {committee.meetings.nodes.map((m) => (
          <li key={m.id}>
            <Link to={`../../reunions/${m.id}`} relative="path">
              {m.title} — {time.formatDateTime(m.scheduledAt)}
            </Link>{' '}
            ({m.place}, {MEETING_STATUS[m.status].toLowerCase()})
          </li>
        ))}
      </ul>
      {editable &&
        (scheduling.open ? (
          <div ref={scheduling.area}>
            <ScheduleMeetingForm
              committeeId={committee.id}
              chairName={committee.chairName}
              members={inOffice}
              onScheduled={(id) => void navigate(`../../reunions/${id}`, { relative: 'path' })}
              onCancel={scheduling.hide}
            />
          </div>
        ) : (
          <Button ref={scheduling.opener} iconId="fr-icon-calendar-line" className="fr-mb-3w" onClick={scheduling.show}>
            Programmer une réunion
          </Button>
        ))}

      <FollowUps committeeId={committee.id} followUps={committee.followUps} editable={editable} />

      <h3 className="fr-mt-4w">Membres</h3>
      {editable &&
        (adding.open ? (
          <div ref={adding.area}>
            <MemberForm committeeId={committee.id} colleges={[...committee.colleges].sort((a, b) => a.position - b.position)} onDone={adding.hide} />
          </div>
        ) : (
          <Button ref={adding.opener} priority="secondary" iconId="fr-icon-user-add-line" className="fr-mb-3w" onClick={adding.show}>
            Ajouter un membre
          </Button>
        ))}
      {[...committee.colleges]
        .sort((a, b) => a.position - b.position)
        .map((college) => (
          <Table key={college.id} caption={`Collège « ${college.name} »`} empty={`Le collège « ${college.name} » n’a aucun membre.`} headers={['Membre', 'Organisme', 'Qualité', 'Mandat', ...(showContacts ? ['Coordonnées'] : []), ...(editable ? ['Gérer'] : [])]}>
            {members
              .filter((m) => m.college.id === college.id)
              .map((m) =>
                editing.open === m.id ? (
                  <tr key={m.id}>
                    <td colSpan={4 + Number(showContacts) + 1}>
                      <div ref={editing.area}>
                        <MemberForm committeeId={committee.id} colleges={committee.colleges} member={m} onDone={editing.hide} />
                      </div>
                    </td>
                  </tr>
                ) : (
                  <tr key={m.id}>
                    <th scope="row">{m.name}</th>
                    <td>{m.organisation}</td>
                    <td>{m.role ?? '—'}</td>
                    <td>
                      depuis le {time.formatShortDate(m.mandateStart)}
                      {m.mandateEnd ? `, jusqu’au ${time.formatShortDate(m.mandateEnd)}` : ''}
                    </td>
                    {showContacts && <td>{m.contact ?? '—'}</td>}
                    {editable && (
                      <td>
                        <Button id={editing.openerId(m.id)} size="small" priority="tertiary" onClick={() => editing.show(m.id)}>
                          Modifier<span className="fr-sr-only">{` ${m.name}`}</span>
                        </Button>
                      </td>
                    )}
                  </tr>
                ),
              )}
          </Table>
        ))}
    </>
  );
}
