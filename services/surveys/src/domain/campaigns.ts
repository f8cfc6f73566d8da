import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { TenantClock } from '@qualipref/calendar';
import { badInput, conflict, diffSnapshots, ErrorCode, frenchDate, isUuid, notFound, type Patch, snapshot } from '@qualipref/server-kit';
import { Campaign, Panel, PanelMember, Questionnaire } from '../entities/index.js';
import { refused, type UseCase } from './deps.js';
import { authorize } from './policy.js';
import { CampaignChannel, CampaignState, Civility, PanelKind, PanelOffice } from './enums.js';
import { isoDate, optionalText, requiredText } from './labels.js';

export interface PanelInput {
  name: string;
  kind: PanelKind;
  description?: string | null;
}

export interface PanelMemberInput {
  name: string;
  organization: string;
  position: string;
  civility?: Civility | null;
  office?: PanelOffice | null;
  email?: string | null;
}

export interface CampaignInput {
  year: number;
  title: string;
  questionnaireId: string;
  panelId: string;
  channel: CampaignChannel;
  opensOn: string;
  closesOn: string;
}

const EMAIL = /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[^\s@<>()",;]+$/;

function optionalEmail(value: string | null | undefined, field: string): string | null {
  const email = optionalText(value, field, 320);
  if (email && !EMAIL.test(email)) throw badInput(`Adresse électronique invalide : « ${email.slice(0, 80)} ».`, field);
  return email ? email.toLowerCase() : null;
}

/** Where a campaign stands on a given day of its tenant's calendar. */
export function campaignState(campaign: Pick<Campaign, 'opensOn' | 'closesOn' | 'publishedAt'>, today: string): CampaignState {
  if (campaign.publishedAt) return CampaignState.PUBLISHED;
  if (today < campaign.opensOn) return CampaignState.SCHEDULED;
  if (today > campaign.closesOn) return CampaignState.CLOSED;
  return CampaignState.OPEN;
}

/** Refuses an answer unless the campaign is open today. */
export function assertOpen(campaign: Campaign, today: string): void {
  const state = campaignState(campaign, today);
  if (state === CampaignState.SCHEDULED) throw refused(ErrorCode.CONFLICT, 'CAMPAIGN_NOT_OPEN', `L'enquête « ${campaign.title} » ouvre le ${campaign.opensOn}.`);
  if (state !== CampaignState.OPEN) throw refused(ErrorCode.CONFLICT, 'CAMPAIGN_CLOSED', `L'enquête « ${campaign.title} » est close depuis le ${campaign.closesOn}.`);
}

export async function findCampaign(em: EntityManager, id: string): Promise<Campaign> {
  const campaign = isUuid(id) ? await em.findOne(Campaign, { id }) : null;
  if (!campaign) throw refused(ErrorCode.NOT_FOUND, 'CAMPAIGN_UNKNOWN', 'Enquête introuvable.');
  return campaign;
}

async function findPanel(em: EntityManager, id: string): Promise<Panel> {
  const panel = isUuid(id) ? await em.findOne(Panel, { id }) : null;
  if (!panel) throw notFound('Panel');
  return panel;
}

export async function createPanel(u: UseCase, input: PanelInput): Promise<Panel> {
  authorize(u.identity, 'surveys.manage', { tenantId: u.identity.tenantId });
  const panel = u.em.create(Panel, {
    tenantId: u.identity.tenantId,
    name: requiredText(input.name, 'name', 200),
    kind: input.kind,
    description: optionalText(input.description, 'description', 5000),
  });
  u.audit({ operation: 'createPanel', entityType: 'Panel', entityId: panel.id, changes: diffSnapshots({}, snapshot(panel, ['name', 'kind', 'description'])) });
  return panel;
}

export async function addPanelMember(u: UseCase, panelId: string, input: PanelMemberInput): Promise<PanelMember> {
  authorize(u.identity, 'surveys.manage', { tenantId: u.identity.tenantId });
  const panel = await findPanel(u.em, panelId);
  if (panel.tenantId !== u.identity.tenantId) throw notFound('Panel');
  if (panel.kind === PanelKind.HALL_USERS) throw badInput('Le panel des usagers du hall est anonyme : il n’a pas de membres.', 'panelId');
  const member = u.em.create(PanelMember, {
    tenantId: panel.tenantId,
    panel,
    name: requiredText(input.name, 'name', 200),
    organization: requiredText(input.organization, 'organization', 200),
    position: requiredText(input.position, 'position', 200),
    civility: input.civility ?? null,
    office: input.office ?? null,
    email: optionalEmail(input.email, 'email'),
  });
  u.audit({ operation: 'addPanelMember', entityType: 'PanelMember', entityId: member.id, changes: diffSnapshots({}, snapshot(member, ['name', 'organization', 'position', 'civility', 'office'])) });
  return member;
}

export async function updatePanelMember(u: UseCase, id: string, input: Patch<PanelMemberInput & { active: boolean }>): Promise<PanelMember> {
  authorize(u.identity, 'surveys.manage', { tenantId: u.identity.tenantId });
  const member = isUuid(id) ? await u.em.findOne(PanelMember, { id }) : null;
  if (!member || member.tenantId !== u.identity.tenantId) throw notFound('Membre du panel');
  const fields: (keyof PanelMember & string)[] = ['name', 'organization', 'position', 'civility', 'office', 'email', 'active'];
  const before = snapshot(member, fields);
  if (input.name !== undefined) member.name = requiredText(input.name ?? '', 'name', 200);
  if (input.organization !== undefined) member.organization = requiredText(input.organization ?? '', 'organization', 200);
  if (input.position !== undefined) member.position = requiredText(input.position ?? '', 'position', 200);
  if (input.civility !== undefined) member.civility = input.civility;
  if (input.office !== undefined) member.office = input.office;
  if (input.email !== undefined) member.email = optionalEmail(input.email, 'email');
  if (input.active !== undefined && input.active !== null) member.active = input.active;
  u.audit({ operation: 'updatePanelMember', entityType: 'PanelMember', entityId: member.id, changes: diffSnapshots(before, snapshot(member, fields)) });
  return member;
}

function checkDates(opensOn: string, closesOn: string): void {
  if (closesOn < opensOn) throw badInput("La date de clôture précède la date d'ouverture.", 'closesOn');
}

export async function createCampaign(u: UseCase, input: CampaignInput): Promise<Campaign> {
  authorize(u.identity, 'surveys.manage', { tenantId: u.identity.tenantId });
  const opensOn = isoDate(input.opensOn, 'opensOn');
  const closesOn = isoDate(input.closesOn, 'closesOn');
  checkDates(opensOn, closesOn);
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2099) throw badInput("L'année de l'enquête est invalide.", 'year');
  if (Number(opensOn.slice(0, 4)) !== input.year) throw badInput("L'enquête s'ouvre dans son année.", 'opensOn');
  const questionnaire = isUuid(input.questionnaireId) ? await u.em.findOne(Questionnaire, { id: input.questionnaireId, tenantId: u.identity.tenantId }) : null;
  if (!questionnaire) throw badInput('Questionnaire inconnu.', 'questionnaireId');
  const panel = isUuid(input.panelId) ? await u.em.findOne(Panel, { id: input.panelId, tenantId: u.identity.tenantId }) : null;
  if (!panel) throw badInput('Panel inconnu.', 'panelId');
  if ((panel.kind === PanelKind.HALL_USERS) !== (input.channel === CampaignChannel.HALL)) {
    throw badInput('Les usagers du hall répondent sur la borne ou sur papier ; les panels nominatifs, par invitation électronique.', 'channel');
  }
  const campaign = u.em.create(Campaign, {
    tenantId: u.identity.tenantId,
    year: input.year,
    title: requiredText(input.title, 'title', 300),
    questionnaire,
    panel,
    channel: input.channel,
    opensOn,
    closesOn,
    createdBy: u.identity.userId,
  });
  // A questionnaire used by a campaign no longer changes: results stay readable against it.
  questionnaire.frozenAt ??= new Date();
  u.audit({ operation: 'createCampaign', entityType: 'Campaign', entityId: campaign.id, changes: diffSnapshots({}, snapshot(campaign, ['year', 'title', 'channel', 'opensOn', 'closesOn'])) });
  return campaign;
}

/** Changes the title or dates; the opening date no longer moves once answers exist, nothing moves once published. */
export async function updateCampaign(u: UseCase, id: string, input: Patch<Pick<CampaignInput, 'title' | 'opensOn' | 'closesOn'>>, responseCount: (c: Campaign) => Promise<number>): Promise<Campaign> {
  authorize(u.identity, 'surveys.manage', { tenantId: u.identity.tenantId });
  const campaign = await findCampaign(u.em, id);
  if (campaign.tenantId !== u.identity.tenantId) throw notFound('Enquête');
  if (campaign.publishedAt) throw conflict('Les résultats de cette enquête sont publiés : elle ne change plus.', 'id');
  const fields: (keyof Campaign & string)[] = ['title', 'opensOn', 'closesOn'];
  const before = snapshot(campaign, fields);
  if (input.title !== undefined) campaign.title = requiredText(input.title ?? '', 'title', 300);
  if (input.opensOn !== undefined && input.opensOn !== null) {
    const opensOn = isoDate(input.opensOn, 'opensOn');
    if (opensOn !== campaign.opensOn && (await responseCount(campaign)) > 0) throw conflict("L'enquête a déjà des réponses : sa date d'ouverture ne change plus.", 'opensOn');
    campaign.opensOn = opensOn;
  }
  if (input.closesOn !== undefined && input.closesOn !== null) campaign.closesOn = isoDate(input.closesOn, 'closesOn');
  checkDates(campaign.opensOn, campaign.closesOn);
  u.audit({ operation: 'updateCampaign', entityType: 'Campaign', entityId: campaign.id, changes: diffSnapshots(before, snapshot(campaign, fields)) });
  return campaign;
}

/** When a paper form was filled (the start of that day in the tenant's time zone): within the campaign's dates, and not in the future. */
export function paperInstant(campaign: Campaign, filledOn: string, clock: TenantClock): Date {
  const today = clock.today();
  const date = isoDate(filledOn, 'filledOn');
  if (date < campaign.opensOn || date > campaign.closesOn) throw badInput(`Le formulaire doit avoir été rempli pendant l'enquête (du ${frenchDate(campaign.opensOn)} au ${frenchDate(campaign.closesOn)}).`, 'filledOn');
  if (date > today) throw badInput('La date du formulaire est dans le futur.', 'filledOn');
  return clock.startOf(date);
}

export interface ResponseRate {
  members: number;
  invited: number;
  responded: number;
  reminded: number;
  rate: number | null;
}

/** The response rates of several campaigns' panels in one statement: active members, invitations, answers and reminders. */
export async function responseRates(em: EntityManager, campaignIds: readonly string[]): Promise<Map<string, ResponseRate>> {
  const rows = await (em as SqlEntityManager).execute<{ campaign_id: string; members: number; invited: number; responded: number; reminded: number }[]>(
    `select c.id as campaign_id, (select count(*)::int from surveys.panel_member m where m.panel_id = c.panel_id and m.active) as members,
            count(i.id)::int as invited, count(i.responded_at)::int as responded, (count(*) filter (where i.reminder_count > 0))::int as reminded
       from surveys.campaign c left join surveys.invitation i on i.campaign_id = c.id
      where c.id = any(?::uuid[]) group by c.id, c.panel_id`,
    [`{${campaignIds.join(',')}}`],
  );
  return new Map(rows.map(({ campaign_id, ...row }) => [campaign_id, { ...row, rate: row.invited ? row.responded / row.invited : null }]));
}
