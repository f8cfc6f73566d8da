import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { FormActions, FormOutcome, Loading, errorMessage, useDisclosure, useForm, usePageTitle, useTenantTime, plural } from '@qualipref/console-kit';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import type { DrmmSurveyCampaignQuery, FindingKind, SurveyDimension } from '../generated/graphql';
import { PaperResponseForm } from './PaperResponseForm.js';
import { CAMPAIGN_CHANNELS, CAMPAIGN_STATES, DIMENSIONS, FINDING_KINDS, percent } from './labels.js';
import { CampaignComments } from './CampaignComments.js';
import { CampaignInvitations } from './CampaignInvitations.js';
import { CampaignMailMessages } from './CampaignMailMessages.js';
import { CampaignResults } from './CampaignResults.js';
import { ADD_FINDING, PUBLISH_RESULTS, SEND_INVITATIONS, SEND_REMINDERS, SURVEY_CAMPAIGN, UPDATE_CAMPAIGN } from './operations.js';

type Campaign = NonNullable<DrmmSurveyCampaignQuery['campaign']>;
type SendReport = { queued: number; skipped: number };

const REFRESH = ['DrmmSurveyCampaign', 'DrmmCampaignResults', 'DrmmCampaignInvitations', 'DrmmCampaignMailMessages'];

/** French counts: « 0 invitation », « 1 invitation », « 2 invitations ». */
function EditCampaignForm({ campaign, onDone }: { campaign: Campaign; onDone(): void }) {
  const form = useForm({ title: campaign.title, opensOn: campaign.opensOn, closesOn: campaign.closesOn });
  const { fields } = form;
  const [update, { loading, error }] = useMutation(UPDATE_CAMPAIGN, { refetchQueries: REFRESH });
  const answered = campaign.responseCount > 0;
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // The API refuses a campaign that closes before it opens; the day's own min says it too, in browsers that check it.
    const closesEarly = fields.opensOn && fields.closesOn && fields.closesOn < fields.opensOn;
    if (!form.check(event.currentTarget, { closesOn: closesEarly ? '« Dernier jour » ne peut précéder le premier jour.' : null })) return;
    const result = await update({ variables: { id: campaign.id, input: { title: fields.title.trim(), opensOn: fields.opensOn, closesOn: fields.closesOn } } }).catch(() => null);
    if (result?.data) onDone();
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="modifier-campagne-titre" className="fr-card fr-card--no-arrow fr-p-3w fr-mb-3w">
      <h3 id="modifier-campagne-titre" className="fr-h5">
        Modifier la campagne
      </h3>
      <FormOutcome error={error} failure="Campagne non modifiée" />
      <div className="fr-grid-row fr-grid-row--gutters">
        <Input className="fr-col-12" label="Titre" {...form.input('title', { required: true, maxLength: 300 })} />
        <Input
          className="fr-col-12 fr-col-md-6"
          label="Premier jour"
          hintText={answered ? 'L’enquête a déjà des réponses : son premier jour ne change plus.' : undefined}
          disabled={answered}
          {...form.input('opensOn', { type: 'date', required: true })}
        />
        <Input className="fr-col-12 fr-col-md-6" label="Dernier jour" hintText="Avancez-le pour clore plus tôt, reculez-le pour prolonger." {...form.input('closesOn', { type: 'date', required: true, min: fields.opensOn })} />
      </div>
      <FormActions submit="Enregistrer" busy={loading} onCancel={onDone} />
    </form>
  );
}

function SendReportAlert({ title, report, queuedLabel, onClose }: { title: string; report: SendReport; queuedLabel: [string, string]; onClose(): void }) {
  return (
    <Alert
      severity="success"
      title={title}
      closable
      onClose={onClose}
      className="fr-mb-3w"
      description={
        <span data-testid="send-report">
          {plural(report.queued, ...queuedLabel)} ; {plural(report.skipped, 'membre laissé de côté', 'membres laissés de côté')} (sans adresse, désactivé, message déjà en attente, déjà invité ou ayant déjà répondu). L’état de chaque message figure dans « Messages envoyés ».
        </span>
      }
    />
  );
}

/** S1, S4: what managers do with a campaign: change its dates, invite and remind the panel, publish the results. */
function CampaignActions({ campaign }: { campaign: Campaign }) {
  const editing = useDisclosure();
  const [report, setReport] = useState<{ title: string; queuedLabel: [string, string]; report: SendReport } | null>(null);
  const [invite, inviting] = useMutation(SEND_INVITATIONS, { refetchQueries: REFRESH });
  const [remind, reminding] = useMutation(SEND_REMINDERS, { refetchQueries: REFRESH });
  const [publish, publishing] = useMutation(PUBLISH_RESULTS, { refetchQueries: REFRESH });
  const running = campaign.state === 'SCHEDULED' || campaign.state === 'OPEN';
  const byEmail = campaign.channel === 'EMAIL';
  const busy = inviting.loading || reminding.loading || publishing.loading;
  const error = inviting.error ?? reminding.error ?? publishing.error;

  const sendInvitations = async () => {
    if (!window.confirm(`Envoyer un lien personnel à chaque membre actif du panel « ${campaign.panel.name} » qui n’a pas encore été invité ?`)) return;
    const result = await invite({ variables: { campaignId: campaign.id } }).catch(() => null);
    if (result?.data) setReport({ title: 'Invitations en cours d’envoi', queuedLabel: ['invitation à envoyer', 'invitations à envoyer'], report: result.data.sendInvitations });
  };
  const sendReminders = async () => {
    if (!window.confirm('Relancer chaque invité qui n’a pas encore répondu ? Le nouveau lien remplace le précédent.')) return;
    const result = await remind({ variables: { campaignId: campaign.id } }).catch(() => null);
    if (result?.data) setReport({ title: 'Relances en cours d’envoi', queuedLabel: ['relance à envoyer', 'relances à envoyer'], report: result.data.sendReminders });
  };
  const publishResults = async () => {
    if (!window.confirm('Publier les résultats de cette enquête ? Ils sont figés avec leurs constats : plus rien ne changera ensuite.')) return;
    await publish({ variables: { campaignId: campaign.id } }).catch(() => null);
  };

  if (editing.open) return <div ref={editing.area}><EditCampaignForm campaign={campaign} onDone={editing.hide} /></div>;
  return (
    <>
      {report && <SendReportAlert {...report} onClose={() => setReport(null)} />}
      {error && <Alert severity="error" small description={errorMessage(error)} className="fr-mb-2w" />}
      {campaign.state !== 'PUBLISHED' && (
        <ul className="fr-btns-group fr-btns-group--inline-md">
          <li>
            <Button ref={editing.opener} priority="secondary" onClick={editing.show}>
              Modifier le titre ou les dates
            </Button>
          </li>
          {byEmail && running && (
            <li>
              <Button disabled={busy} onClick={() => void sendInvitations()}>
                Envoyer les invitations
              </Button>
            </li>
          )}
          {byEmail && running && (campaign.responseRate?.invited ?? 0) > 0 && (
            <li>
              <Button priority="secondary" disabled={busy} onClick={() => void sendReminders()}>
                Relancer les invités
              </Button>
            </li>
          )}
          {campaign.state === 'CLOSED' && (
            <li>
              <Button disabled={busy} onClick={() => void publishResults()}>
                Publier les résultats
              </Button>
            </li>
          )}
        </ul>
      )}
    </>
  );
}

function FindingForm({ campaign }: { campaign: Campaign }) {
  const form = useForm<{ kind: FindingKind; text: string; dimension: SurveyDimension | ''; questionKey: string }>({ kind: 'STRENGTH', text: '', dimension: '', questionKey: '' });
  const { fields, setFields } = form;
  const [formKey, setFormKey] = useState(0);
  // The form stays for the next finding: it says that this one was saved, where the focus was.
  const [saved, setSaved] = useState(false);
  const [add, { loading, error }] = useMutation(ADD_FINDING, { refetchQueries: ['DrmmSurveyCampaign'] });
  const questions = campaign.questionnaire.sections.flatMap((s) => s.questions);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!form.check(event.currentTarget)) return;
    const input = { kind: fields.kind, text: fields.text.trim(), dimension: fields.dimension || null, questionKey: fields.questionKey || null };
    const result = await add({ variables: { campaignId: campaign.id, input } }).catch(() => null);
    if (result?.data) {
      setFields({ kind: fields.kind, text: '', dimension: '', questionKey: '' });
      setSaved(true);
      setFormKey((k) => k + 1);
    }
  };
  return (
    <form key={formKey} onSubmit={submit} noValidate aria-label="Nouveau constat" className="fr-mt-3w">
      <FormOutcome error={error} failure="Constat non enregistré" success={saved ? 'Constat enregistré : il figure dans la liste ci-dessus.' : null} />
      <div className="fr-grid-row fr-grid-row--gutters">
        <Select className="fr-col-12 fr-col-md-4" label="Nature du constat" {...form.select('kind')}>
          {Object.entries(FINDING_KINDS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Select>
        <Select className="fr-col-12 fr-col-md-4" label="Dimension (facultative)" {...form.select('dimension')}>
          <option value="">Aucune en particulier</option>
          {Object.entries(DIMENSIONS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Select>
        <Select className="fr-col-12 fr-col-md-4" label="Question (facultative)" {...form.select('questionKey')}>
          <option value="">Aucune en particulier</option>
          {questions.map((q) => (
            <option key={q.key} value={q.key}>
              {q.text}
            </option>
          ))}
        </Select>
        <Input className="fr-col-12" label="Constat" hintText="Une action du plan pourra s’y rattacher." {...form.textArea('text', { required: true, rows: 3, maxLength: 2000 })} />
      </div>
      <Button type="submit" disabled={loading}>
        Enregistrer le constat
      </Button>
    </form>
  );
}

/** S4: the conclusions drawn from the campaign, which the action plan's actions refer to. */
function Findings({ campaign, canManage }: { campaign: Campaign; canManage: boolean }) {
  const time = useTenantTime();
  const questions = new Map(campaign.questionnaire.sections.flatMap((s) => s.questions).map((q) => [q.key, q.text]));
  const { nodes, totalCount } = campaign.findings;
  return (
    <section aria-labelledby="constats-titre" className="fr-mt-4w">
      <h3 id="constats-titre">Constats ({totalCount})</h3>
      {nodes.length === 0 ? (
        <p>Aucun constat pour le moment.</p>
      ) : (
        <ul>
          {nodes.map((f) => (
            <li key={f.id} className="fr-mb-1w">
              <Badge as="span" severity={f.kind === 'STRENGTH' ? 'success' : f.kind === 'WEAKNESS' ? 'warning' : 'info'} small noIcon>
                {FINDING_KINDS[f.kind]}
              </Badge>{' '}
              {f.text}
              <span className="fr-text--sm">
                {f.dimension && ` · ${DIMENSIONS[f.dimension]}`}
                {f.questionKey && ` · « ${questions.get(f.questionKey) ?? f.questionKey} »`} · le {time.formatShortDate(f.createdAt)}
              </span>
            </li>
          ))}
        </ul>
      )}
      {canManage && !campaign.publishedAt && <FindingForm campaign={campaign} />}
    </section>
  );
}

/** S1–S4: a campaign, what can be done with it, its results and its findings. */
export function SurveyCampaign() {
  const time = useTenantTime();
  const { campaignId = '' } = useParams();
  const keying = useDisclosure();
  const { data, error, loading } = useQuery(SURVEY_CAMPAIGN, { variables: { id: campaignId } });
  usePageTitle(data?.campaign?.title);
  if (loading && !data) return <Loading />;
  if (error) return <Alert severity="error" title="Enquête indisponible" description={errorMessage(error)} />;
  const campaign = data?.campaign;
  if (!campaign) return <Alert severity="info" title="Enquête introuvable" description="Cette enquête n’existe pas ou n’est pas visible pour vous." />;
  const canManage = campaign.viewerCanManage;
  // Paper forms of a hall campaign are keyed from its first day until its results are published.
  const paper = campaign.channel === 'HALL' && (campaign.state === 'OPEN' || campaign.state === 'CLOSED') && campaign.viewerCanKeyInPaperForms;
  const rate = campaign.responseRate;
  return (
    <>
      <p>
        <Link to=".." relative="path">
          ← Toutes les enquêtes
        </Link>
      </p>
      <h2>{campaign.title}</h2>
      <ul className="fr-mb-3w">
        <li>
          État : <strong>{CAMPAIGN_STATES[campaign.state]}</strong>
          {campaign.publishedAt && ` le ${time.formatDateTime(campaign.publishedAt)}`} · du {time.formatShortDate(campaign.opensOn)} au {time.formatShortDate(campaign.closesOn)}
        </li>
        <li>
          {CAMPAIGN_CHANNELS[campaign.channel]} · panel{' '}
          <Link to={`../panels/${campaign.panel.id}`} relative="path">
            {campaign.panel.name}
          </Link>
        </li>
        <li>
          Questionnaire{' '}
          <Link to={`../questionnaires/${campaign.questionnaire.id}`} relative="path">
            {campaign.questionnaire.title} (version {campaign.questionnaire.version})
          </Link>
        </li>
        <li>
          {plural(campaign.responseCount, 'réponse reçue', 'réponses reçues')}
          {rate &&
            ` · ${plural(rate.invited, 'membre invité', 'membres invités')} sur ${plural(rate.members, 'actif', 'actifs')}, ${plural(rate.responded, 'a répondu', 'ont répondu')} (${percent(rate.rate)}), ${plural(rate.reminded, 'relancé', 'relancés')}`}
        </li>
      </ul>
      {canManage && <CampaignActions campaign={campaign} />}
      {paper &&
        (keying.open ? (
          <div ref={keying.area}><PaperResponseForm campaign={campaign} onClose={keying.hide} /></div>
        ) : (
          <Button ref={keying.opener} priority="secondary" iconId="fr-icon-edit-line" className="fr-mb-3w" onClick={keying.show}>
            Saisir un formulaire papier
          </Button>
        ))}
      {campaign.channel === 'EMAIL' && canManage && (
        <>
          <CampaignInvitations campaignId={campaign.id} />
          <CampaignMailMessages campaignId={campaign.id} />
        </>
      )}
      <CampaignResults campaignId={campaign.id} />
      <CampaignComments campaignId={campaign.id} />
      <Findings campaign={campaign} canManage={canManage} />
    </>
  );
}
