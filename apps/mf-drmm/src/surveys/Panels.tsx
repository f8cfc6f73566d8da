import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { FormActions, Loading, Pager, Table, errorMessage, useCursorPages, useDisclosure, usePageTitle } from '@qualipref/console-kit';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { Civility, PanelKind, PanelOffice } from '../generated/graphql';
import { CIVILITIES, PANEL_KINDS, PANEL_OFFICES } from './labels.js';
import { ADD_PANEL_MEMBER, CREATE_PANEL, SURVEY_PANEL, SURVEY_PANELS, UPDATE_PANEL_MEMBER } from './operations.js';

const EMAIL_HINT = 'Adresse professionnelle (mairie, EPCI, association) où envoyer le lien personnel ; jamais une adresse privée.';

function PanelForm({ onCreated, onCancel }: { onCreated(id: string): void; onCancel(): void }) {
  const [fields, setFields] = useState({ name: '', kind: 'ELECTED_OFFICIALS' as PanelKind, description: '' });
  const [create, { loading, error }] = useMutation(CREATE_PANEL, { refetchQueries: ['DrmmSurveyPanels'] });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await create({ variables: { input: { name: fields.name.trim(), kind: fields.kind, description: fields.description.trim() || null } } }).catch(() => null);
    if (result?.data) onCreated(result.data.createPanel.id);
  };
  return (
    <form onSubmit={submit} aria-labelledby="nouveau-panel-titre" className="fr-card fr-card--no-arrow fr-p-3w fr-mb-4w">
      <h3 id="nouveau-panel-titre" className="fr-h5">
        Nouveau panel
      </h3>
      <div className="fr-grid-row fr-grid-row--gutters">
        <Input className="fr-col-12 fr-col-md-6" label="Nom du panel" hintText="Par exemple : maires et présidents d’EPCI de l’arrondissement de Metz" nativeInputProps={{ required: true, maxLength: 200, value: fields.name, onChange: (e) => setFields({ ...fields, name: e.target.value }) }} />
        <Select className="fr-col-12 fr-col-md-6" label="Qui il interroge" nativeSelectProps={{ value: fields.kind, onChange: (e) => setFields({ ...fields, kind: e.target.value as PanelKind }) }}>
          {Object.entries(PANEL_KINDS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Select>
        <Input className="fr-col-12" label="Composition et raison d’être (facultatif)" textArea nativeTextAreaProps={{ rows: 2, maxLength: 5000, value: fields.description, onChange: (e) => setFields({ ...fields, description: e.target.value }) }} />
      </div>
      {error && <Alert severity="error" title="Panel non créé" description={errorMessage(error)} className="fr-mb-2w" />}
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
      {data &&
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

interface MemberFields {
  name: string;
  organization: string;
  position: string;
  /** '' when unknown. */
  civility: Civility | '';
  /** '' for a position whose greeting names no office. */
  office: PanelOffice | '';
  email: string;
}

function MemberForm({ title, initial, withEmail, submitLabel, loading, error, onSubmit, onCancel }: {
  title: string;
  initial: MemberFields;
  withEmail: boolean;
  submitLabel: string;
  loading: boolean;
  error: unknown;
  onSubmit(fields: MemberFields): void;
  onCancel?: () => void;
}) {
  const [fields, setFields] = useState(initial);
  const field = (key: keyof MemberFields) => ({ value: fields[key], onChange: (e: { target: { value: string } }) => setFields((f) => ({ ...f, [key]: e.target.value })) });
  return (
    <form
      aria-label={title}
      className="fr-mb-3w"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(fields);
      }}
    >
      <div className="fr-grid-row fr-grid-row--gutters">
        <Input className="fr-col-12 fr-col-md-6" label="Nom" nativeInputProps={{ required: true, maxLength: 200, ...field('name') }} />
        <Input className="fr-col-12 fr-col-md-6" label="Commune, EPCI ou association" nativeInputProps={{ required: true, maxLength: 200, ...field('organization') }} />
        <Input className="fr-col-12 fr-col-md-6" label="Fonction" hintText="Par exemple : maire, président de la communauté de communes" nativeInputProps={{ required: true, maxLength: 200, ...field('position') }} />
        <Select className="fr-col-12 fr-col-md-6" label="Civilité" hint="L’invitation s’ouvre par « Madame, Monsieur » quand elle n’est pas connue." nativeSelectProps={field('civility')}>
          <option value="">Non connue</option>
          {Object.entries(CIVILITIES).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Select>
        <Select className="fr-col-12 fr-col-md-6" label="Titre dans la formule d’appel" hint="« Monsieur le Maire », « Madame la Présidente »… ; sinon la civilité seule." nativeSelectProps={field('office')}>
          <option value="">Aucun (civilité seule)</option>
          {Object.entries(PANEL_OFFICES).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Select>
        {withEmail && <Input className="fr-col-12 fr-col-md-6" label="Adresse électronique (facultative)" hintText={EMAIL_HINT} nativeInputProps={{ type: 'email', maxLength: 320, autoComplete: 'off', ...field('email') }} />}
      </div>
      {error != null && <Alert severity="error" small description={errorMessage(error)} className="fr-mb-2w" />}
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
                  onSubmit={async (fields) => {
                    const result = await add({ variables: { panelId: panel.id, input: trimmed(fields, withEmail) } }).catch(() => null);
                    // A fresh form for the next person of the list.
                    if (result?.data) setFormKey((k) => k + 1);
                  }}
                  onCancel={adding.hide}
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
                      <MemberForm
                        title={`Modifier ${m.name}`}
                        initial={{ name: m.name, organization: m.organization, position: m.position, civility: m.civility ?? '', office: m.office ?? '', email: m.email ?? '' }}
                        withEmail={withEmail}
                        submitLabel="Enregistrer"
                        loading={updating.loading}
                        error={updating.error}
                        onSubmit={async (fields) => {
                          const result = await update({ variables: { id: m.id, input: trimmed(fields, withEmail) } }).catch(() => null);
                          if (result?.data) setEditing(null);
                        }}
                        onCancel={() => setEditing(null)}
                      />
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
                              nativeButtonProps={{ 'aria-label': `Modifier ${m.name}` }}
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
