import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { FormActions, FormOutcome, Loading, Pager, Table, errorMessage, useCursorPages, useDisclosure, useForm, usePageTitle, whenNotEmail } from '@qualipref/console-kit';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { Civility, PanelKind, PanelOffice } from '../generated/graphql';
import { CIVILITIES, PANEL_KINDS, PANEL_OFFICES } from './labels.js';
import { ADD_PANEL_MEMBER, CREATE_PANEL, SURVEY_PANEL, SURVEY_PANELS, UPDATE_PANEL_MEMBER } from './operations.js';

const EMAIL_HINT = 'Adresse professionnelle (mairie, EPCI, association) où envoyer le lien personnel ; jamais une adresse privée.';

function PanelForm({ onCreated, onCancel }: { onCreated(id: string): void; onCancel(): void }) {
  const form = useForm<{ name: string; kind: PanelKind; description: string }>({ name: '', kind: 'ELECTED_OFFICIALS', description: '' });
  const { fields } = form;
  const [create, { loading, error }] = useMutation(CREATE_PANEL, { refetchQueries: ['DrmmSurveyPanels'] });
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!form.check(event.currentTarget)) return;
    const result = await create({ variables: { input: { name: fields.name.trim(), kind: fields.kind, description: fields.description.trim() || null } } }).catch(() => null);
    if (result?.data) onCreated(result.data.createPanel.id);
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="nouveau-panel-titre" className="fr-card fr-card--no-arrow fr-p-3w fr-mb-4w">
      <h3 id="nouveau-panel-titre" className="fr-h5">
        Nouveau panel
      </h3>
      <FormOutcome error={error} failure="Panel non créé" />
      <div className="fr-grid-row fr-grid-row--gutters">
        <Input className="fr-col-12 fr-col-md-6" label="Nom du panel" hintText="Par exemple : maires et présidents d’EPCI de l’arrondissement de Metz" {...form.input('name', { required: true, maxLength: 200 })} />
        <Select className="fr-col-12 fr-col-md-6" label="Qui il interroge" {...form.select('kind')}>
          {Object.entries(PANEL_KINDS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Select>
        <Input className="fr-col-12" label="Composition et raison d’être (facultatif)" {...form.textArea('description', { rows: 2, maxLength: 5000 })} />
      </div>
      <FormActions submit="Créer le panel" busy={loading} onCancel={onCancel} />
    </form>
  );
}

/** S1, S7: who the campaigns ask; panels are configured here, not hard-coded. */
export function Panels({ tenantId }: { tenantId: string }) {
  const pages = useCursorPages();
  const navigate = useNavigate();
  const creating = useDisclosure();
  const { data, error, loading } = useQuery(SURVEY_PANELS, { variables: { tenantId, after: pages.after } });
  return (
    <section aria-labelledby="panels-titre">
      <p>
        <Link to=".." relative="path">
          ← Enquêtes
        </Link>
      </p>
      <h2 id="panels-titre">Panels</h2>
      <p>Les usagers du hall répondent anonymement sur la borne ou sur papier ; les panels nominatifs (élus, associations) reçoivent une invitation électronique avec un lien personnel.</p>
      {data?.tenant?.viewerCan.manageSurveys &&
        (creating.open ? (
          <div ref={creating.area}><PanelForm onCreated={(id) => navigate(id)} onCancel={creating.hide} /></div>
        ) : (
          <Button ref={creating.opener} iconId="fr-icon-add-line" className="fr-mb-3w" onClick={creating.show}>
            Nouveau panel
          </Button>
        ))}
      {loading && !data && <Loading />}
      {error && <Alert severity="error" title="Panels indisponibles" description={errorMessage(error)} />}
      {data?.surveyPanels &&
        (data.surveyPanels.totalCount === 0 ? (
          <p>Aucun panel dans ce site.</p>
        ) : (
          <>
            <Table caption={`Panels (${data.surveyPanels.totalCount})`} headers={['Panel', 'Qui il interroge', 'Membres', 'Description']}>
              {data.surveyPanels.nodes.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    <Link to={p.id}>{p.name}</Link>
                  </th>
                  <td>{PANEL_KINDS[p.kind]}</td>
                  <td>{p.kind === 'HALL_USERS' ? 'anonymes' : p.members.totalCount}</td>
                  <td>{p.description ?? '—'}</td>
                </tr>
              ))}
            </Table>
            <Pager pages={pages} pageInfo={data.surveyPanels.pageInfo} label="panels" />
          </>
        ))}
    </section>
  );
}

// A type, not an interface: useForm takes records of strings.
type MemberFields = {
  name: string;
  organization: string;
  position: string;
  /** '' when unknown. */
  civility: Civility | '';
  /** '' for a position whose greeting names no office. */
  office: PanelOffice | '';
  email: string;
};

const EMAIL_LABEL = 'Adresse électronique (facultative)';

function MemberForm({ title, initial, withEmail, submitLabel, loading, error, failure, success, onSubmit, onCancel }: {
  title: string;
  initial: MemberFields;
  withEmail: boolean;
  submitLabel: string;
  loading: boolean;
  error: unknown;
  /** What the failure says: « Membre non ajouté »… */
  failure: string;
  /** What the last sending did, for a form that stays open for the next one. */
  success?: string | null;
  onSubmit(fields: MemberFields): void;
  onCancel?: () => void;
}) {
  const form = useForm(initial);
  const { fields } = form;
  return (
    <form
      aria-label={title}
      noValidate
      className="fr-mb-3w"
      onSubmit={(event) => {
        event.preventDefault();
        // The API refuses an address it cannot write to; browsers that check type="email" say it in the same words.
        const email = withEmail ? whenNotEmail(fields.email, `« ${EMAIL_LABEL} » : l’adresse électronique a la forme prenom.nom@domaine.fr.`) : null;
        if (form.check(event.currentTarget, { email })) onSubmit(fields);
      }}
    >
      <FormOutcome error={error} failure={failure} success={success} />
      <div className="fr-grid-row fr-grid-row--gutters">
        <Input className="fr-col-12 fr-col-md-6" label="Nom" {...form.input('name', { required: true, maxLength: 200 })} />
        <Input className="fr-col-12 fr-col-md-6" label="Commune, EPCI ou association" {...form.input('organization', { required: true, maxLength: 200 })} />
        <Input className="fr-col-12 fr-col-md-6" label="Fonction" hintText="Par exemple : maire, président de la communauté de communes" {...form.input('position', { required: true, maxLength: 200 })} />
        <Select className="fr-col-12 fr-col-md-6" label="Civilité" hint="L’invitation s’ouvre par « Madame, Monsieur » quand elle n’est pas connue." {...form.select('civility')}>
          <option value="">Non connue</option>
          {Object.entries(CIVILITIES).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Select>
        <Select className="fr-col-12 fr-col-md-6" label="Titre dans la formule d’appel" hint="« Monsieur le Maire », « Madame la Présidente »… ; sinon la civilité seule." {...form.select('office')}>
          <option value="">Aucun (civilité seule)</option>
          {Object.entries(PANEL_OFFICES).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Select>
        {withEmail && <Input className="fr-col-12 fr-col-md-6" label={EMAIL_LABEL} hintText={EMAIL_HINT} {...form.input('email', { type: 'email', maxLength: 320, autoComplete: 'off' })} />}
      </div>
      <ul className="fr-btns-group fr-btns-group--inline-md">
        <li>
          <Button type="submit" disabled={loading}>
            {submitLabel}
          </Button>
        </li>
        {onCancel && (
          <li>
            <Button type="button" priority="secondary" onClick={onCancel}>
              Annuler
            </Button>
          </li>
        )}
      </ul>
    </form>
  );
}

const trimmed = (fields: MemberFields, withEmail: boolean) => ({
  name: fields.name.trim(),
  organization: fields.organization.trim(),
  position: fields.position.trim(),
  civility: fields.civility || null,
  office: fields.office || null,
  ...(withEmail ? { email: fields.email.trim() || null } : {}),
});

/** A listed panel's members: managers add them, correct them, and deactivate those no longer to invite. */
export function Panel() {
  const { panelId = '' } = useParams();
  const pages = useCursorPages();
  const [editing, setEditing] = useState<string | null>(null);
  const adding = useDisclosure();
  const [formKey, setFormKey] = useState(0);
  const [added, setAdded] = useState<string | null>(null);
  // A member's form opens in its row: its first field takes the focus, then the row's « Modifier » takes it back.
  const editArea = useRef<HTMLDivElement>(null);
  const lastEdited = useRef<string | null>(null);
  useEffect(() => {
    if (editing) editArea.current?.querySelector<HTMLElement>('input, select')?.focus();
    else if (lastEdited.current) document.getElementById(`modifier-membre-${lastEdited.current}`)?.focus();
    lastEdited.current = editing;
  }, [editing]);
  const { data, error, loading } = useQuery(SURVEY_PANEL, { variables: { id: panelId, membersAfter: pages.after } });
  usePageTitle(data?.surveyPanel?.name);
  const [add, addition] = useMutation(ADD_PANEL_MEMBER, { refetchQueries: ['DrmmSurveyPanel'] });
  const [update, updating] = useMutation(UPDATE_PANEL_MEMBER, { refetchQueries: ['DrmmSurveyPanel'] });
  if (loading && !data) return <Loading />;
  if (error) return <Alert severity="error" title="Panel indisponible" description={errorMessage(error)} />;
  const panel = data?.surveyPanel;
  if (!panel) return <Alert severity="info" title="Panel introuvable" description="Ce panel n’existe pas ou n’est pas visible pour vous." />;
  const canManage = panel.viewerCanManage;
  const withEmail = panel.viewerCanSeeEmails;
  const members = panel.members;
  return (
    <>
      <p>
        <Link to=".." relative="path">
          ← Tous les panels
        </Link>
      </p>
      <h2>{panel.name}</h2>
      <p>
        {PANEL_KINDS[panel.kind]}
        {panel.description && ` · ${panel.description}`}
      </p>
      {panel.kind === 'HALL_USERS' ? (
        <p>Les usagers du hall répondent anonymement : ce panel n’a pas de membres.</p>
      ) : (
        <section aria-labelledby="membres-titre">
          <h3 id="membres-titre" className="fr-h5">
            Membres ({members.totalCount})
          </h3>
          {canManage &&
            (adding.open ? (
              <div ref={adding.area}>
                <MemberForm
                  key={formKey}
                  title="Nouveau membre"
                  initial={{ name: '', organization: '', position: '', civility: '', office: '', email: '' }}
                  withEmail={withEmail}
                  submitLabel="Ajouter au panel"
                  loading={addition.loading}
                  error={addition.error}
                  failure="Membre non ajouté"
                  success={added}
                  onSubmit={async (fields) => {
                    const result = await add({ variables: { panelId: panel.id, input: trimmed(fields, withEmail) } }).catch(() => null);
                    // A fresh form for the next person of the list, which first says who was added.
                    if (result?.data) {
                      setAdded(`Membre ajouté au panel : ${result.data.addPanelMember.name}.`);
                      setFormKey((k) => k + 1);
                    }
                  }}
                  onCancel={() => {
                    setAdded(null);
                    adding.hide();
                  }}
                />
              </div>
            ) : (
              <Button ref={adding.opener} iconId="fr-icon-add-line" className="fr-mb-3w" onClick={adding.show}>
                Ajouter un membre
              </Button>
            ))}
          {updating.error && editing === null && <Alert severity="error" small description={errorMessage(updating.error)} className="fr-mb-2w" />}
          {members.totalCount === 0 ? (
            <p>Aucun membre pour le moment.</p>
          ) : (
            <Table caption={`Membres du panel « ${panel.name} »`} headers={['Nom', 'Organisation', 'Fonction', ...(withEmail ? ['Adresse électronique'] : []), 'Invité', ...(canManage ? ['Actions'] : [])]}>
              {members.nodes.map((m) =>
                editing === m.id ? (
                  <tr key={m.id}>
                    <td colSpan={canManage ? (withEmail ? 6 : 5) : 4}>
                      <div ref={editArea}>
                        <MemberForm
                          title={`Modifier ${m.name}`}
                          initial={{ name: m.name, organization: m.organization, position: m.position, civility: m.civility ?? '', office: m.office ?? '', email: m.email ?? '' }}
                          withEmail={withEmail}
                          submitLabel="Enregistrer"
                          loading={updating.loading}
                          error={updating.error}
                          failure="Membre non modifié"
                          onSubmit={async (fields) => {
                            const result = await update({ variables: { id: m.id, input: trimmed(fields, withEmail) } }).catch(() => null);
                            if (result?.data) setEditing(null);
                          }}
                          onCancel={() => setEditing(null)}
                        />
                      </div>
                    </td>
                  </tr>
                ) : (
                  <tr key={m.id}>
                    <th scope="row">{m.name}</th>
                    <td>{m.organization}</td>
                    <td>{m.position}</td>
                    {withEmail && <td>{m.email ?? '—'}</td>}
                    <td>{m.active ? 'Oui' : 'Non (désactivé)'}</td>
                    {canManage && (
                      <td>
                        <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm">
                          <li>
                            <Button
                              priority="secondary"
                              onClick={() => {
                                updating.reset();
                                setEditing(m.id);
                              }}
                              nativeButtonProps={{ id: `modifier-membre-${m.id}`, 'aria-label': `Modifier ${m.name}` }}
                            >
                              Modifier
                            </Button>
                          </li>
                          <li>
                            <Button
                              priority="tertiary"
                              disabled={updating.loading}
                              onClick={() => void update({ variables: { id: m.id, input: { active: !m.active } } }).catch(() => null)}
                              nativeButtonProps={{ 'aria-label': `${m.active ? 'Désactiver' : 'Réactiver'} ${m.name}` }}
                            >
                              {m.active ? 'Désactiver' : 'Réactiver'}
                            </Button>
                          </li>
                        </ul>
                      </td>
                    )}
                  </tr>
                ),
              )}
            </Table>
          )}
          <Pager pages={pages} pageInfo={members.pageInfo} label="membres du panel" />
        </section>
      )}
    </>
  );
}
