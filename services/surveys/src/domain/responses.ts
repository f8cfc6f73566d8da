import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import { badInput, conflict, ErrorCode, notFound, isUuid, recordRefusal } from '@qualipref/server-kit';
import { Answer, Campaign, Invitation, KioskDevice, MailMessage, PanelMember, Question, Questionnaire, QuestionnaireSection, Response, DEVICE_TOKEN_VARIABLE, INVITATION_TOKEN_VARIABLE } from '../entities/index.js';
import { checkAnswers, type AnswerInput } from './answers.js';
import { questionsOfQuestionnaires } from './questionnaires.js';
import { assertOpen, campaignState, findCampaign, paperInstant } from './campaigns.js';
import { hashOpaqueToken, isOpaqueToken, newOpaqueToken } from '@qualipref/auth';
import { refused, type SurveysApp, type UseCase } from './deps.js';
import { authorize } from './policy.js';
import { CampaignChannel, CampaignState, MailDeliveryStatus, MailKind, ResponseChannel } from './enums.js';
import { enqueueMail } from './outbox.js';
import { requiredText } from './labels.js';
import { greeting } from './greeting.js';

/**
 * The anonymous paths (kiosk, personal link) have no identity: a credential proves the tenant.
 * `lookup` reveals only the row with the credential's hash; `tenant` then works in that tenant.
 */
export interface PublicAccess {
  lookup: (variables: Record<string, string>) => EntityManager;
  tenant: (tenantId: string) => EntityManager;
  /** Today in the credential's tenant (its clock: the campaign's days are that tenant's). */
  today: (tenantId: string) => string;
  app: Pick<SurveysApp, 'limiter' | 'limits'>;
  /** The client's address, which the submissions of one address are counted by. */
  clientAddress: string;
}

const TOO_MANY = 'TOO_MANY_SUBMISSIONS';

/** Every public submission counts against its client address first, before any lookup. */
function checkAddress(access: PublicAccess): Promise<void> {
  return access.app.limiter.check('surveys.address', access.clientAddress, access.app.limits.address, (delay) => `Trop de réponses envoyées depuis cette adresse : réessayez dans ${delay}.`, TOO_MANY);
}

export interface Receipt {
  responseId: string;
  /** True when this client id had already been stored: the retry changed nothing. */
  duplicate: boolean;
}

const CLIENT_ID = /^[A-Za-z0-9_-]{8,100}$/;

async function questionsOf(em: EntityManager, questionnaire: Questionnaire | { id: string }): Promise<Question[]> {
  return (await questionsOfQuestionnaires(em, [questionnaire.id])).get(questionnaire.id)!;
}

type CheckedAnswers = ReturnType<typeof checkAnswers>;

/** The answers checked against the campaign's questionnaire (frozen once a campaign uses it), BAD_USER_INPUT otherwise. */
async function checked(em: EntityManager, campaign: Campaign, answers: AnswerInput[]): Promise<CheckedAnswers> {
  return checkAnswers(await questionsOf(em, campaign.questionnaire), answers);
}

/** Writes a checked response and its answers. */
function store(em: EntityManager, campaign: Campaign, channel: ResponseChannel, rows: CheckedAnswers, extra: { clientId?: string | null; enteredBy?: string | null; submittedAt?: Date }): Response {
  const response = em.create(Response, {
    tenantId: campaign.tenantId,
    campaign,
    channel,
    submittedAt: extra.submittedAt ?? new Date(),
    clientId: extra.clientId ?? null,
    enteredBy: extra.enteredBy ?? null,
  });
  for (const row of rows) {
    em.create(Answer, { tenantId: campaign.tenantId, response, campaignId: campaign.id, question: row.question, channel, option: row.option, numberValue: row.numberValue, textValue: row.textValue });
  }
  return response;
}

// ——— Kiosk devices ———

export async function issueKioskDevice(u: UseCase, name: string): Promise<{ device: KioskDevice; token: string }> {
  authorize(u.identity, 'surveys.issueKioskTokens', { tenantId: u.identity.tenantId });
  const { token, hash } = newOpaqueToken();
  const device = u.em.create(KioskDevice, { tenantId: u.identity.tenantId, name: requiredText(name, 'name', 200), tokenHash: hash, issuedAt: new Date(), issuedBy: u.identity.userId });
  u.audit({ operation: 'issueKioskDevice', entityType: 'KioskDevice', entityId: device.id, changes: [{ field: 'name', from: null, to: device.name }] });
  return { device, token };
}

export async function revokeKioskDevice(u: UseCase, id: string): Promise<KioskDevice> {
  authorize(u.identity, 'surveys.issueKioskTokens', { tenantId: u.identity.tenantId });
  const device = isUuid(id) ? await u.em.findOne(KioskDevice, { id, tenantId: u.identity.tenantId }) : null;
  if (!device) throw notFound('Borne');
  if (device.revokedAt) throw conflict('Ce jeton de borne est déjà révoqué.', 'id');
  device.revokedAt = new Date();
  device.revokedBy = u.identity.userId;
  u.audit({ operation: 'revokeKioskDevice', entityType: 'KioskDevice', entityId: device.id, changes: [{ field: 'revokedAt', from: null, to: device.revokedAt.toISOString() }] });
  return device;
}

/** The device a token belongs to, if it is valid and not revoked. */
export async function kioskDevice(access: PublicAccess, token: string): Promise<KioskDevice> {
  const unknown = refused(ErrorCode.UNAUTHENTICATED, 'DEVICE_UNKNOWN', "Cette borne n'est pas reconnue : demandez un jeton à l'administrateur.");
  if (!isOpaqueToken(token)) throw unknown;
  const hash = hashOpaqueToken(token);
  const device = await access.lookup({ [DEVICE_TOKEN_VARIABLE]: hash }).findOne(KioskDevice, { tokenHash: hash });
  if (!device) throw unknown;
  if (device.revokedAt) {
    // Audited apart: whatever the kiosk asked is refused and writes nothing else.
    const refusal = { tenantId: device.tenantId, userId: null, userEmail: '', operation: 'kioskToken', entityType: 'KioskDevice', entityId: device.id, reason: 'DEVICE_REVOKED', requestId: null };
    await recordRefusal(access.tenant(device.tenantId), refusal);
    throw refused(ErrorCode.FORBIDDEN, 'DEVICE_REVOKED', "Le jeton de cette borne a été révoqué : demandez-en un nouveau à l'administrateur.");
  }
  return device;
}

/** The hall campaigns a kiosk may collect for today. */
export async function kioskCampaigns(access: PublicAccess, device: KioskDevice): Promise<Campaign[]> {
  const em = access.tenant(device.tenantId);
  const today = access.today(device.tenantId);
  const campaigns = await em.find(Campaign, { tenantId: device.tenantId, channel: CampaignChannel.HALL, opensOn: { $lte: today }, closesOn: { $gte: today }, publishedAt: null }, { orderBy: { opensOn: 'asc' } });
  return campaigns;
}

/** Stores an anonymous kiosk response once per client id, however often the tablet retries. */
export async function submitKioskResponse(access: PublicAccess, token: string, campaignId: string, clientId: string, answers: AnswerInput[]): Promise<Receipt> {
  await checkAddress(access);
  const device = await kioskDevice(access, token);
  if (typeof clientId !== 'string' || !CLIENT_ID.test(clientId)) throw badInput("L'identifiant de la réponse fait de 8 à 100 caractères parmi lettres, chiffres, - et _.", 'clientId');
  const em = access.tenant(device.tenantId);
  const campaign = await findCampaign(em, campaignId);
  const existing = await em.findOne(Response, { campaign, clientId });
  if (existing) return { responseId: existing.id, duplicate: true };
  if (campaign.channel !== CampaignChannel.HALL) throw refused(ErrorCode.FORBIDDEN, 'CAMPAIGN_NOT_KIOSK', "Cette enquête ne se remplit pas sur la borne du hall.");
  assertOpen(campaign, access.today(campaign.tenantId));
  const rows = await checked(em, campaign, answers);
  // What the tablet's limit counts is responses stored: a retry of a stored one, or a refused one, takes nothing.
  await access.app.limiter.check('surveys.kioskDevice', device.id, access.app.limits.kioskDevice, (delay) => `Cette borne envoie trop de réponses à la fois : les suivantes attendent sur la tablette et partiront dans ${delay}.`, TOO_MANY);
  try {
    return await em.transactional(async (tx) => {
      const response = store(tx, campaign, ResponseChannel.KIOSK, rows, { clientId });
      await tx.nativeUpdate(KioskDevice, { id: device.id }, { lastSeenAt: new Date() });
      return { responseId: response.id, duplicate: false };
    });
  } catch (error) {
    // The same response sent twice at once: the other request stored it.
    if (!(error instanceof UniqueConstraintViolationException)) throw error;
    const stored = await access.tenant(device.tenantId).findOne(Response, { campaign: campaign.id, clientId });
    if (!stored) throw error;
    return { responseId: stored.id, duplicate: true };
  }
}

// ——— Paper forms ———

export async function enterPaperResponse(u: UseCase, campaignId: string, filledOn: string, answers: AnswerInput[], clientId?: string | null): Promise<Receipt> {
  authorize(u.identity, 'surveys.keyInPaperForms', { tenantId: u.identity.tenantId });
  const campaign = await findCampaign(u.em, campaignId);
  if (campaign.tenantId !== u.identity.tenantId) throw notFound('Enquête');
  if (campaign.channel !== CampaignChannel.HALL) throw badInput('Seules les enquêtes du hall ont des formulaires papier.', 'campaignId');
  if (campaign.publishedAt) throw refused(ErrorCode.CONFLICT, 'CAMPAIGN_PUBLISHED', 'Les résultats de cette enquête sont publiés : plus aucune réponse ne s’y ajoute.');
  if (clientId !== undefined && clientId !== null) {
    if (!CLIENT_ID.test(clientId)) throw badInput("L'identifiant du formulaire fait de 8 à 100 caractères parmi lettres, chiffres, - et _.", 'clientId');
    const existing = await u.em.findOne(Response, { campaign, clientId });
    if (existing) return { responseId: existing.id, duplicate: true };
  }
  const submittedAt = paperInstant(campaign, filledOn, u.clock);
  const response = store(u.em, campaign, ResponseChannel.PAPER, await checked(u.em, campaign, answers), { clientId, enteredBy: u.identity.userId, submittedAt });
  u.audit({ operation: 'enterPaperResponse', entityType: 'Response', entityId: response.id, changes: [{ field: 'campaign', from: null, to: campaign.id }] });
  return { responseId: response.id, duplicate: false };
}

// ——— E-mail invitations ———

/** The invitation a personal link opens, if any. */
export async function invitationOf(access: PublicAccess, token: string): Promise<{ invitation: Invitation; campaign: Campaign; em: EntityManager }> {
  const unknown = refused(ErrorCode.NOT_FOUND, 'LINK_UNKNOWN', 'Ce lien est inconnu ou a été remplacé par celui d’un rappel plus récent.');
  if (!isOpaqueToken(token)) throw unknown;
  const hash = hashOpaqueToken(token);
  const invitation = await access.lookup({ [INVITATION_TOKEN_VARIABLE]: hash }).findOne(Invitation, { tokenHash: hash });
  if (!invitation) throw unknown;
  const em = access.tenant(invitation.tenantId);
  const campaign = await findCampaign(em, invitation.campaign.id);
  return { invitation, campaign, em };
}

/** Stores the one response of a personal link; the response is not tied to the invitee. */
export async function submitInvitationResponse(access: PublicAccess, token: string, answers: AnswerInput[]): Promise<Receipt> {
  await checkAddress(access);
  const { invitation, campaign, em } = await invitationOf(access, token);
  if (invitation.respondedAt) throw refused(ErrorCode.CONFLICT, 'LINK_ALREADY_USED', 'Vous avez déjà répondu à cette enquête : merci de votre participation.');
  assertOpen(campaign, access.today(campaign.tenantId));
  await access.app.limiter.check('surveys.link', invitation.id, access.app.limits.link, (delay) => `Trop d’envois avec ce lien : réessayez dans ${delay}.`, TOO_MANY);
  const rows = await checked(em, campaign, answers);
  return em.transactional(async (tx) => {
    // Marking the link used and storing the response commit together; a second use finds it marked.
    const marked = await tx.nativeUpdate(Invitation, { id: invitation.id, respondedAt: null }, { respondedAt: new Date() });
    if (marked === 0) throw refused(ErrorCode.CONFLICT, 'LINK_ALREADY_USED', 'Vous avez déjà répondu à cette enquête : merci de votre participation.');
    const response = store(tx, campaign, ResponseChannel.EMAIL, rows, {});
    return { responseId: response.id, duplicate: false };
  });
}

export interface SendReport {
  /** Messages written to the outbox, sent by its worker. */
  queued: number;
  /** Members skipped: no e-mail address, inactive, a message already waiting, or (for reminders) already answered. */
  skipped: number;
}

type Runner = <T>(work: (u: UseCase) => Promise<T>) => Promise<T>;

function formatDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

function message(app: SurveysApp, campaign: Campaign, member: PanelMember, token: string, reminder: boolean) {
  const link = `${app.answerPageUrl.replace(/\/$/, '')}/${token}`;
  return {
    to: member.email!,
    subject: `${reminder ? 'Rappel : ' : ''}${campaign.title}`,
    text: [
      greeting(member),
      '',
      reminder
        ? `Sauf erreur, vous n'avez pas encore répondu à l'enquête « ${campaign.title} ». Elle reste ouverte jusqu'au ${formatDate(campaign.closesOn)}.`
        : `La préfecture vous invite à répondre à l'enquête « ${campaign.title} », ouverte jusqu'au ${formatDate(campaign.closesOn)}.`,
      '',
      `Votre lien personnel, valable pour une seule réponse${reminder ? ' (il remplace celui du précédent message)' : ''} :`,
      link,
      '',
      "Vos réponses sont anonymes : ce lien sert seulement à savoir que vous avez répondu, pour ne pas vous relancer.",
      '',
      'Merci de votre participation.',
    ].join('\n'),
  };
}

/**
 * Queues the personal links of an e-mail campaign (first invitations, or reminders to those who
 * have not answered) in the outbox, in one transaction with nothing sent: the worker sends them,
 * and a link replaces the previous one only once the SMTP server accepted its message, so a
 * message refused for good leaves the previous link valid.
 */
export async function sendInvitations(run: Runner, campaignId: string, reminders: boolean): Promise<SendReport> {
  const { report, outbox } = await run(async (u) => {
    authorize(u.identity, 'surveys.manage', { tenantId: u.identity.tenantId });
    const campaign = await findCampaign(u.em, campaignId);
    if (campaign.tenantId !== u.identity.tenantId) throw notFound('Enquête');
    if (campaign.channel !== CampaignChannel.EMAIL) throw badInput("Cette enquête n'est pas menée par invitation électronique.", 'campaignId');
    const state = campaignState(campaign, u.clock.today());
    if (state === CampaignState.CLOSED || state === CampaignState.PUBLISHED) throw refused(ErrorCode.CONFLICT, 'CAMPAIGN_CLOSED', `L'enquête « ${campaign.title} » est close.`);
    const members = await u.em.find(PanelMember, { panel: campaign.panel.id }, { orderBy: { name: 'asc' } });
    const invitations = new Map((await u.em.find(Invitation, { campaign })).map((i) => [i.member.id, i]));
    const waiting = new Set((await u.em.find(MailMessage, { campaign, status: { $in: [MailDeliveryStatus.PENDING, MailDeliveryStatus.RETRY_SCHEDULED] } })).map((m) => m.member.id));
    const targets = members.filter((m) => {
      if (!m.active || !m.email || waiting.has(m.id)) return false;
      const invitation = invitations.get(m.id);
      return reminders ? !!invitation && !invitation.respondedAt : !invitation;
    });
    // The outbox's own time, not the tenant's calendar clock: its worker compares it with the real now.
    const now = new Date();
    const queued = targets.map((member) => {
      const { token, hash } = newOpaqueToken();
      return enqueueMail(u.em, { tenantId: campaign.tenantId, campaignId: campaign.id, memberId: member.id, kind: reminders ? MailKind.REMINDER : MailKind.INVITATION, ...message(u.app, campaign, member, token, reminders), tokenHash: hash }, now);
    });
    await u.em.flush();
    for (const mail of queued) u.audit({ operation: reminders ? 'remindInvitation' : 'sendInvitation', entityType: 'MailMessage', entityId: mail.id, changes: [] });
    return { report: { queued: targets.length, skipped: members.length - targets.length }, outbox: u.app.outbox };
  });
  outbox.wake();
  return report;
}

export interface PublicSurvey {
  campaignId: string;
  title: string;
  opensOn: string;
  closesOn: string;
  introduction: string | null;
  sections: { title: string; questions: Question[] }[];
  tenant: { id: string };
}

/** A campaign's questionnaire as a respondent sees it, read in the campaign's tenant. */
export async function publicSurvey(em: EntityManager, campaign: Campaign): Promise<PublicSurvey> {
  const [survey] = await publicSurveys(em, [campaign]);
  return survey!;
}

/** The questionnaires of several campaigns as respondents see them, in three queries whatever their number. */
export async function publicSurveys(em: EntityManager, campaigns: readonly Campaign[]): Promise<PublicSurvey[]> {
  if (!campaigns.length) return [];
  const ids = [...new Set(campaigns.map((c) => c.questionnaire.id))];
  const [questionnaires, questions, sections] = await Promise.all([
    em.find(Questionnaire, { id: { $in: ids } }),
    questionsOfQuestionnaires(em, ids),
    em.find(QuestionnaireSection, { questionnaire: { $in: ids } }, { orderBy: { position: 'asc' } }),
  ]);
  const byId = new Map(questionnaires.map((q) => [q.id, q]));
  return campaigns.map((campaign) => {
    const questionnaire = byId.get(campaign.questionnaire.id);
    if (!questionnaire) throw new Error(`questionnaire ${campaign.questionnaire.id} of campaign ${campaign.id} not found`);
    const own = questions.get(questionnaire.id) ?? [];
    return {
      campaignId: campaign.id,
      title: campaign.title,
      opensOn: campaign.opensOn,
      closesOn: campaign.closesOn,
      introduction: questionnaire.description ?? null,
      sections: sections.filter((s) => s.questionnaire.id === questionnaire.id).map((s) => ({ title: s.title, questions: own.filter((q) => q.section.id === s.id) })),
      tenant: { id: campaign.tenantId },
    };
  });
}
