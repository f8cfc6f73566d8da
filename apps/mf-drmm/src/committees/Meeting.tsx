import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { FormOutcome, Loading, Table, errorMessage, ofName, useDisclosure, useFieldChecks, useForm, usePageTitle, useTenantTime, whenEmpty } from '@qualipref/console-kit';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import type { Attendance, DrmmMeetingInvitationsQuery, DrmmMeetingQuery } from '../generated/graphql';
import { ATTENDANCE, MEETING_STATUS, MINUTES_STATUS, PROPOSAL_STATUS } from './labels.js';
import { ProposalForm } from './ProposalForm.js';
import { CANCEL_MEETING, CORRECT_MINUTES, DRAFT_MINUTES, EDIT_MINUTES, MARK_MEETING_HELD, MEETING, MEETING_INVITATIONS, PUBLISH_MINUTES, RECORD_ATTENDANCE, VALIDATE_MINUTES } from './operations.js';

type MeetingData = NonNullable<DrmmMeetingQuery['meeting']>;
type MinutesVersion = MeetingData['minutesVersions'][number];
type InvitationData = NonNullable<DrmmMeetingInvitationsQuery['meeting']>['invitations']['nodes'][number];

/** The version being worked on: the newest (a correction in progress comes after the published one). */
/** Wide enough for « Non renseigné » and the arrow in the select's own font, so that it grows with the text (at 200 % it showed one letter). */
const PRESENCE_WIDTH = { minWidth: 'calc(14ch + 2.5rem)' } as const;

const newestMinutes = (meeting: MeetingData): MinutesVersion | undefined => [...meeting.minutesVersions].sort((a, b) => b.version - a.version)[0];

function DocumentButton({ label, path, openDocument }: { label: string; path: string; openDocument(path: string): Promise<void> }) {
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <Button priority="secondary" iconId="fr-icon-file-pdf-line" onClick={() => openDocument(path).then(() => setError(null), (e: unknown) => setError(errorMessage(e)))}>
        {label}
      </Button>
      {error && <Alert severity="error" small description={error} className="fr-mt-1w" />}
    </>
  );
}

/** Every invitee of a meeting, the pages followed to the last (undefined until they are all read). */
function useInvitations(meetingId: string) {
  const { data, error, fetchMore } = useQuery(MEETING_INVITATIONS, { variables: { id: meetingId } });
  const [pageError, setPageError] = useState<Error | null>(null);
  const page = data?.meeting?.invitations;
  useEffect(() => {
    if (!page?.pageInfo.hasNextPage) return;
    fetchMore({
      variables: { after: page.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) =>
        previous.meeting && fetchMoreResult.meeting
          ? { meeting: { ...fetchMoreResult.meeting, invitations: { ...fetchMoreResult.meeting.invitations, nodes: [...previous.meeting.invitations.nodes, ...fetchMoreResult.meeting.invitations.nodes] } } }
          : previous,
    }).catch(setPageError);
  }, [page, fetchMore]);
  return { invitations: page && !page.pageInfo.hasNextPage ? page.nodes : undefined, error: error ?? pageError };
}

/** C4: the attendance sheet, recorded after the meeting (present, excused, absent, represented; signature). */
function AttendanceSheet({ meeting, invitations, editable }: { meeting: MeetingData; invitations: InvitationData[]; editable: boolean }) {
  const [lines, setLines] = useState(() => Object.fromEntries(invitations.map((i) => [i.id, { attendance: i.attendance, representedBy: i.representedBy ?? '', signed: i.signed }])));
  const [saved, setSaved] = useState(false);
  const [record, { loading, error }] = useMutation(RECORD_ATTENDANCE);
  const checks = useFieldChecks<string>();
  const set = (id: string, change: Partial<{ attendance: Attendance; representedBy: string; signed: boolean }>) => {
    setSaved(false);
    // Only someone present or represented signs the sheet: a change to any other attendance drops the visa, as the API requires.
    const unsigned = change.attendance !== undefined && change.attendance !== 'PRESENT' && change.attendance !== 'REPRESENTED' ? { signed: false } : {};
    setLines((current) => ({ ...current, [id]: { ...current[id]!, ...change, ...unsigned } }));
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const valid = checks.validate(
      Object.fromEntries(invitations.map((i) => [`represente-${i.id}`, lines[i.id]!.attendance === 'REPRESENTED' ? whenEmpty(lines[i.id]!.representedBy, `Indiquez qui représente ${i.name}.`) : null])),
    );
    if (!valid) return;
    const representedBy = (i: InvitationData) => (lines[i.id]!.attendance === 'REPRESENTED' ? lines[i.id]!.representedBy.trim() : null);
    const entries = invitations
      .filter((i) => lines[i.id]!.attendance !== i.attendance || lines[i.id]!.signed !== i.signed || representedBy(i) !== (i.representedBy ?? null))
      .map((i) => ({ invitationId: i.id, attendance: lines[i.id]!.attendance, representedBy: representedBy(i), signed: lines[i.id]!.signed }));
    // Cleared first, so that a second save is said (and focused) again.
    setSaved(false);
    const result = await record({ variables: { meetingId: meeting.id, entries } }).catch(() => null);
    if (result?.data) setSaved(true);
  };
  return (
    <form onSubmit={submit} aria-labelledby="presence-titre" noValidate>
      <h3 id="presence-titre">Feuille de présence</h3>
      <Table caption={`Invités (${invitations.length})`} empty="Personne n’est invité à cette réunion." headers={['Invité', 'Organisme', 'Présence', 'Visa']}>
        {invitations.map((i) => (
          <tr key={i.id} data-invitation={i.name}>
            <th scope="row">{i.name}</th>
            <td>{i.organisation}</td>
            <td>
              {editable ? (
                <>
                  <label className="fr-sr-only" htmlFor={`presence-${i.id}`}>
                    Présence {ofName(i.name)}
                  </label>
                  <select id={`presence-${i.id}`} className="fr-select" style={PRESENCE_WIDTH} value={lines[i.id]!.attendance} onChange={(e) => set(i.id, { attendance: e.target.value as Attendance })}>
                    {Object.entries(ATTENDANCE).map(([value, label]) => (
                      <option key={value} value={value}>
                        {label}
                      </option>
                    ))}
                  </select>
                  {lines[i.id]!.attendance === 'REPRESENTED' && (
                    <Input
                      className="fr-mt-1w fr-mb-0"
                      label={`Représenté par (pour ${i.name})`}
                      {...checks.state(`represente-${i.id}`)}
                      nativeInputProps={{ ...checks.native(`represente-${i.id}`), maxLength: 200, value: lines[i.id]!.representedBy, onChange: (e) => set(i.id, { representedBy: e.target.value }) }}
                    />
                  )}
                </>
              ) : i.attendance === 'REPRESENTED' && i.representedBy ? (
                `${ATTENDANCE[i.attendance]} par ${i.representedBy}`
              ) : (
                ATTENDANCE[i.attendance]
              )}
            </td>
            <td>
              {editable ? (
                <div className="fr-checkbox-group">
                  <input type="checkbox" id={`visa-${i.id}`} checked={lines[i.id]!.signed} onChange={(e) => set(i.id, { signed: e.target.checked })} />
                  {/* The accessible name begins with the visible label (RGAA 6.1, WCAG 2.5.3). */}
                  <label className="fr-label" htmlFor={`visa-${i.id}`}>
                    Signé<span className="fr-sr-only"> (visa {ofName(i.name)})</span>
                  </label>
                </div>
              ) : i.signed ? (
                'Signé'
              ) : (
                '—'
              )}
            </td>
          </tr>
        ))}
      </Table>
      {/* Said beside the button, where the focus goes: the sheet may be long. */}
      <FormOutcome error={error} failure="Présences non enregistrées" success={saved ? 'Présences enregistrées.' : null} />
      {editable && (
        <Button type="submit" disabled={loading}>
          {loading ? 'Enregistrement…' : 'Enregistrer les présences'}
        </Button>
      )}
    </form>
  );
}

type Draft = Record<string, { presentation: string; conclusions: string }>;

/** C5: the draft's text, one section per agenda item, saved as it is written. */
function MinutesEditor({ meeting, minutes, validate }: { meeting: MeetingData; minutes: MinutesVersion; validate: () => Promise<unknown> }) {
  const agenda = [...meeting.agenda].sort((a, b) => a.position - b.position);
  const [draft, setDraft] = useState<Draft>(() =>
    Object.fromEntries(
      agenda.map((item) => {
        const section = minutes.sections.find((s) => s.agendaItem.id === item.id);
        return [item.id, { presentation: section?.presentation ?? '', conclusions: section?.conclusions ?? '' }];
      }),
    ),
  );
  const form = useForm({ caseOfficers: minutes.caseOfficers ?? '', caseOfficerContacts: minutes.caseOfficerContacts ?? '' });
  // What was last saved: « Brouillon enregistré » is said as long as the text on the screen is that one.
  const [saved, setSaved] = useState<{ fields: typeof form.fields; draft: Draft } | null>(null);
  const [edit, { loading, error }] = useMutation(EDIT_MINUTES);
  const change = (id: string, field: 'presentation' | 'conclusions', value: string) => {
    setDraft((d) => ({ ...d, [id]: { ...d[id]!, [field]: value } }));
  };
  const save = async (element: HTMLFormElement | null) => {
    if (!element || !form.check(element)) return false;
    // Cleared first, so that a second save is said (and focused) again.
    setSaved(null);
    const sent = { fields: form.fields, draft };
    const sections = agenda.map((item) => ({ agendaItemId: item.id, ...draft[item.id]! }));
    const result = await edit({ variables: { id: minutes.id, input: { ...form.fields, sections } } }).catch(() => null);
    if (result?.data) setSaved(sent);
    return Boolean(result?.data);
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void save(event.currentTarget);
  };
  // What is on the screen is validated, not only what was saved before.
  const saveAndValidate = async (element: HTMLFormElement | null) => {
    if (await save(element)) await validate();
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Rédaction du relevé de conclusions">
      <FormOutcome error={error} failure="Brouillon non enregistré" success={saved?.fields === form.fields && saved.draft === draft ? 'Brouillon enregistré.' : null} />
      <fieldset className="fr-fieldset fr-mb-2w">
        <legend className="fr-h6">Affaire suivie par</legend>
        <Input className="fr-col-12" label="Agents chargés du dossier" hintText="Par exemple : Mme VARNEROT et M. RAULIN." {...form.input('caseOfficers', { maxLength: 300 })} />
        <Input
          className="fr-col-12"
          label="Coordonnées professionnelles"
          hintText="Une par ligne (adresse de messagerie, téléphone du bureau), jamais une adresse ou un numéro personnels."
          {...form.textArea('caseOfficerContacts', { rows: 2, maxLength: 1000 })}
        />
      </fieldset>
      {agenda.map((item) => (
        <fieldset key={item.id} className="fr-fieldset fr-mb-2w">
          <legend className="fr-h6">
            {item.position}. {item.title}
          </legend>
          <div className="fr-input-group fr-col-12">
            <label className="fr-label" htmlFor={`presentation-${item.id}`}>
              Ce qui a été présenté
            </label>
            <textarea id={`presentation-${item.id}`} className="fr-input" rows={3} value={draft[item.id]!.presentation} onChange={(e) => change(item.id, 'presentation', e.target.value)} />
          </div>
          <div className="fr-input-group fr-col-12">
            <label className="fr-label" htmlFor={`conclusions-${item.id}`}>
              Conclusions
              <span className="fr-hint-text">Obligatoires pour valider le relevé.</span>
            </label>
            <textarea id={`conclusions-${item.id}`} className="fr-input" rows={3} value={draft[item.id]!.conclusions} onChange={(e) => change(item.id, 'conclusions', e.target.value)} />
          </div>
        </fieldset>
      ))}
      <ul className="fr-btns-group fr-btns-group--inline-md">
        <li>
          <Button type="submit" priority="secondary" disabled={loading}>
            {loading ? 'Enregistrement…' : 'Enregistrer le brouillon'}
          </Button>
        </li>
        <li>
          <Button type="button" disabled={loading} onClick={(e) => void saveAndValidate(e.currentTarget.form)}>
            Enregistrer et valider
          </Button>
        </li>
      </ul>
    </form>
  );
}

/** C5: the minutes of the meeting: drafted, validated then published by the secretariat; corrected by a new version. */
function MinutesPanel({ meeting, editable, openDocument }: { meeting: MeetingData; editable: boolean; openDocument(path: string): Promise<void> }) {
  const minutes = newestMinutes(meeting);
  const refetch = { refetchQueries: ['DrmmMeeting'], awaitRefetchQueries: true };
  const [start, starting] = useMutation(DRAFT_MINUTES, refetch);
  const [validate, validation] = useMutation(VALIDATE_MINUTES, refetch);
  const [publish, publication] = useMutation(PUBLISH_MINUTES, refetch);
  const [correct, correction] = useMutation(CORRECT_MINUTES, refetch);
  const failure = starting.error ?? validation.error ?? publication.error ?? correction.error;
  const refused = failure && <Alert severity="error" title="Action refusée" description={errorMessage(failure)} className="fr-mb-2w" />;
  if (!minutes) {
    return (
      <section aria-labelledby="releve-titre">
        <h3 id="releve-titre">Relevé de conclusions</h3>
        {refused}
        <p>Aucun relevé de conclusions n’a encore été rédigé.</p>
        {editable && meeting.status === 'HELD' && (
          <Button onClick={() => void start({ variables: { meetingId: meeting.id, input: { sections: meeting.agenda.map((a) => ({ agendaItemId: a.id })) } } }).catch(() => null)} disabled={starting.loading}>
            Rédiger le relevé
          </Button>
        )}
      </section>
    );
  }
  const drafting = editable && minutes.status === 'DRAFT';
  return (
    <section aria-labelledby="releve-titre">
      <h3 id="releve-titre">
        Relevé de conclusions (version {minutes.version}){' '}
        <Badge as="span" severity={minutes.status === 'PUBLISHED' ? 'success' : 'info'} small noIcon>
          {MINUTES_STATUS[minutes.status]}
        </Badge>
      </h3>
      {refused}
      {drafting ? (
        <MinutesEditor key={minutes.id} meeting={meeting} minutes={minutes} validate={() => validate({ variables: { id: minutes.id } }).catch(() => null)} />
      ) : (
        [...minutes.sections]
          .sort((a, b) => a.agendaItem.position - b.agendaItem.position)
          .map((s) => (
            <div key={s.id} className="fr-mb-2w">
              <h4 className="fr-h6 fr-mb-1w">
                {s.agendaItem.position}. {s.agendaItem.title}
              </h4>
              {s.presentation && <p className="fr-mb-1w">{s.presentation}</p>}
              <p>
                <strong>Conclusions :</strong> {s.conclusions || '—'}
              </p>
            </div>
          ))
      )}
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left fr-mt-2w">
        <li>
          <DocumentButton label="Relevé de conclusions (PDF)" path={minutes.pdfPath} openDocument={openDocument} />
        </li>
        {editable && minutes.status === 'VALIDATED' && (
          <li>
            <Button onClick={() => void publish({ variables: { id: minutes.id } }).catch(() => null)} disabled={publication.loading}>
              Publier le relevé
            </Button>
          </li>
        )}
        {editable && minutes.status === 'PUBLISHED' && (
          <li>
            <Button priority="secondary" onClick={() => void correct({ variables: { id: minutes.id } }).catch(() => null)} disabled={correction.loading}>
              Corriger (nouvelle version)
            </Button>
          </li>
        )}
      </ul>
    </section>
  );
}

/** C3–C4: a planned meeting is marked held once it took place (then its minutes can be written), or cancelled. */
function MeetingStatusActions({ meeting }: { meeting: MeetingData }) {
  const options = { refetchQueries: ['DrmmMeeting', 'DrmmCommittee', 'DrmmCommittees'], awaitRefetchQueries: true };
  const [markHeld, marking] = useMutation(MARK_MEETING_HELD, options);
  const [cancel, cancelling] = useMutation(CANCEL_MEETING, options);
  const failure = marking.error ?? cancelling.error;
  if (meeting.status !== 'PLANNED') return null;
  return (
    <>
      {failure && <Alert severity="error" title="Action refusée" description={errorMessage(failure)} className="fr-mb-2w" />}
      <ul className="fr-btns-group fr-btns-group--inline-md">
        <li>
          <Button onClick={() => void markHeld({ variables: { id: meeting.id } }).catch(() => null)} disabled={marking.loading}>
            La réunion s’est tenue
          </Button>
        </li>
        <li>
          <Button
            priority="secondary"
            disabled={cancelling.loading}
            onClick={() => {
              if (window.confirm(`Annuler la réunion « ${meeting.title} » ?`)) void cancel({ variables: { id: meeting.id } }).catch(() => null);
            }}
          >
            Annuler la réunion
          </Button>
        </li>
      </ul>
    </>
  );
}

/** C3–C6: a meeting: agenda, attendance sheet, minutes and the proposals raised. */
export function Meeting({ openDocument }: { openDocument(path: string): Promise<void> }) {
  const time = useTenantTime();
  const { meetingId = '' } = useParams();
  const { data, error, loading } = useQuery(MEETING, { variables: { id: meetingId } });
  usePageTitle(data?.meeting?.title);
  const { invitations, error: invitationsError } = useInvitations(meetingId);
  const proposing = useDisclosure();
  if (loading && !data) return <Loading />;
  if (error) return <Alert severity="error" title="Réunion indisponible" description={errorMessage(error)} />;
  const meeting = data?.meeting;
  if (!meeting) return <Alert severity="info" title="Réunion introuvable" description="Cette réunion n’existe pas ou n’est pas visible pour vous." />;
  const editable = meeting.committee.viewerCanManage;
  return (
    <>
      <p>
        <Link to={`../../comites/${meeting.committee.id}`} relative="path">← {meeting.committee.name}</Link>
      </p>
      <h2>{meeting.title}</h2>
      <p>
        {time.formatDateTime(meeting.scheduledAt)} · {meeting.place} · présidée par {meeting.chairName} · {MEETING_STATUS[meeting.status]}
      </p>
      <h3>Ordre du jour</h3>
      <ol>
        {[...meeting.agenda]
          .sort((a, b) => a.position - b.position)
          .map((a) => (
            <li key={a.id}>{a.title}</li>
          ))}
      </ol>
      {editable && <MeetingStatusActions meeting={meeting} />}
      <div className="fr-mb-3w">
        <DocumentButton label="Feuille de présence (PDF)" path={meeting.attendanceSheetPdfPath} openDocument={openDocument} />
      </div>
      {invitationsError ? (
        <Alert severity="error" title="Feuille de présence indisponible" description={errorMessage(invitationsError)} />
      ) : invitations ? (
        <AttendanceSheet key={meeting.id} meeting={meeting} invitations={invitations} editable={editable} />
      ) : (
        <Loading />
      )}
      <hr className="fr-mt-4w" />
      <MinutesPanel meeting={meeting} editable={editable} openDocument={openDocument} />
      <h3 className="fr-mt-4w">Propositions des membres</h3>
      {editable &&
        invitations &&
        meeting.status !== 'CANCELLED' &&
        (proposing.open ? (
          <div ref={proposing.area}>
            <ProposalForm
              meetingId={meeting.id}
              tenantId={meeting.committee.tenantId}
              agenda={[...meeting.agenda].sort((a, b) => a.position - b.position)}
              members={invitations.flatMap((i) => (i.member ? [{ id: i.member.id, name: i.name }] : []))}
              onDone={proposing.hide}
            />
          </div>
        ) : (
          <Button ref={proposing.opener} priority="secondary" iconId="fr-icon-add-line" className="fr-mb-2w" onClick={proposing.show}>
            Enregistrer une proposition
          </Button>
        ))}
      {meeting.proposals.nodes.length === 0 ? (
        <p>Aucune proposition.</p>
      ) : (
        <ul>
          {meeting.proposals.nodes.map((p) => (
            <li key={p.id}>
              <strong>{p.authorName}</strong> : {p.text} — {PROPOSAL_STATUS[p.status]}
              {p.routings.length > 0 && ` (transmise à ${p.routings.map((r) => r.bodyName ?? r.directorate?.code).join(', ')})`}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
