import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { EntityName, FilterQuery } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { Role } from '@qualipref/auth';
import { DirectorateRef, TenantRef } from '@qualipref/organization-client';
import { type ChildListOptions, type Connection, isoDate, notFound, PageArgs, paginate, paginateChildren, READABLE_TENANTS_VARIABLE, type RequestContext, TENANT_VARIABLE, isUuid } from '@qualipref/server-kit';
import { Answer, Campaign, DimensionAssignment, Feedback, Finding, Invitation, KioskDevice, Panel, PanelMember, Question, Questionnaire, QuestionnaireSection } from '../entities/index.js';
import * as campaigns from '../domain/campaigns.js';
import type { SurveysApp } from '../domain/deps.js';
import { CampaignChannel, CampaignState, Dimension, FeedbackStatus } from '../domain/enums.js';
import * as feedback from '../domain/feedback.js';
import * as publication from '../domain/publication.js';
import * as questionnaires from '../domain/questionnaires.js';
import * as responses from '../domain/responses.js';
import { campaignsResults, type CampaignResults } from '../domain/results.js';
import {
  AnswerInput,
  CampaignInput,
  CreateQuestionnaireInput,
  FeedbackFilter,
  FeedbackInput,
  FindingInput,
  PanelInput,
  PanelMemberInput,
  QuestionnaireContentInput,
  UpdateCampaignInput,
  UpdatePanelMemberInput,
} from './inputs.js';
import {
  CampaignConnection,
  CampaignResultsType,
  CampaignType,
  CommentConnection,
  FeedbackConnection,
  FeedbackCountType,
  FeedbackType,
  FindingConnection,
  FindingType,
  InvitationStatusConnection,
  InvitationStatusType,
  InvitationViewType,
  IssuedKioskDeviceType,
  KioskDeviceConnection,
  KioskDeviceType,
  KioskSessionType,
  PanelConnection,
  PanelMemberConnection,
  PanelMemberType,
  PanelType,
  PerceivedWaitingTimeType,
  PublicationType,
  QuestionnaireConnection,
  QuestionnaireType,
  QuestionType,
  ReceiptType,
  ResponseRateType,
  SectionType,
  SendReportType,
} from './types.js';

type Context = RequestContext<SurveysApp>;
// Parameter types named apart from the entity schemas, so that decorator metadata sees plain types.
type CampaignRow = Campaign;
type QuestionnaireRow = Questionnaire;
type SectionRow = QuestionnaireSection;
type PanelRow = Panel;
type MemberRow = PanelMember;
type InvitationRow = Invitation;
type Ref = { id: string };

export const loadCampaign = (ctx: Context, id: string) => ctx.loaders.byId<Campaign>(Campaign, 'Campaign').load(id);
export const loadFinding = (ctx: Context, id: string) => ctx.loaders.byId<Finding>(Finding, 'Finding').load(id);
const loadQuestionnaire = (ctx: Context, id: string) => ctx.loaders.byId<Questionnaire>(Questionnaire, 'Questionnaire').load(id);
const loadPanel = (ctx: Context, id: string) => ctx.loaders.byId<Panel>(Panel, 'Panel').load(id);
const loadMember = (ctx: Context, id: string) => ctx.loaders.byId<PanelMember>(PanelMember, 'PanelMember').load(id);

/** The anonymous paths: a credential reveals its own row, then the work runs in its tenant. */
function publicAccess(ctx: Context): responses.PublicAccess {
  return {
    lookup: (variables) => ctx.fork(variables),
    tenant: (tenantId) => ctx.fork({ [TENANT_VARIABLE]: tenantId, [READABLE_TENANTS_VARIABLE]: tenantId }),
    today: ctx.app.today(),
  };
}

/** Results of a campaign, computed once per request whatever asks for them, for all the campaigns asked together. */
function resultsOf(ctx: Context, campaign: Campaign, against?: string | null): Promise<CampaignResults> {
  return ctx.loaders
    .get<string, CampaignResults>(`results:${against ?? ''}`, async (ids) => {
      const [targets, base] = await Promise.all([Promise.all(ids.map((id) => loadCampaign(ctx, id))), against ? loadCampaign(ctx, against) : undefined]);
      if (against && !base) throw notFound('Enquête de comparaison');
      const found = targets.filter((target): target is Campaign => target !== null);
      if (found.length !== ids.length) throw notFound('Enquête');
      return campaignsResults(ctx.em, found, base ?? undefined);
    })
    .load(campaign.id);
}

/** Children pages of many parents in one statement, batched per request and page. */
function childPages<T extends { id: string }>(ctx: Context, entity: EntityName<T>, name: string, parentId: string, page: PageArgs, options: ChildListOptions): Promise<Connection<T>> {
  return ctx.loaders
    .get<string, Connection<T>>(`${name}:${page.first}:${page.after ?? ''}`, (ids) => paginateChildren<T>(ctx.em, entity, ids, page, options))
    .load(parentId);
}

function toResultsType(results: CampaignResults): CampaignResultsType {
  return { ...results, baseline: results.comparedTo === null, csvPath: `/documents/surveys/campaigns/${results.campaign.id}/` } as unknown as CampaignResultsType;
}

@Resolver(() => QuestionnaireType)
export class QuestionnaireResolver {
  @Query(() => QuestionnaireConnection, { description: 'Questionnaire versions of the readable tenants, by key then version.' })
  questionnaires(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('key', () => String, { nullable: true, description: 'Only the versions of this questionnaire.' }) key?: string | null,
    @Arg('tenantId', () => ID, { nullable: true, description: 'Only this tenant’s (one the caller reads).' }) tenantId?: string | null,
  ): Promise<Connection<Questionnaire>> {
    const where: FilterQuery<Questionnaire> & Record<string, unknown> = { tenantId: { $in: ctx.readableTenants(tenantId) } };
    if (key) where.key = key;
    return paginate(ctx.em, Questionnaire, where, page, { key: 'asc', version: 'asc' });
  }

  @Query(() => QuestionnaireType, { nullable: true, description: 'One questionnaire version; null when unknown or not readable.' })
  questionnaire(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Identifier of the version.' }) id: string) {
    ctx.requireIdentity();
    return isUuid(id) ? loadQuestionnaire(ctx, id) : null;
  }

  @FieldResolver(() => [SectionType], { description: 'Sections, in order.' })
  sections(@Ctx() ctx: Context, @Root() questionnaire: QuestionnaireRow) {
    return ctx.loaders.childrenOf(QuestionnaireSection, 'QuestionnaireSection', 'questionnaire', { position: 'asc' }).load(questionnaire.id);
  }

  @FieldResolver(() => [QuestionType], { description: 'Every question, in order of section then position.' })
  questions(@Ctx() ctx: Context, @Root() questionnaire: QuestionnaireRow): Promise<Question[]> {
    return ctx.loaders
      .get<string, Question[]>('questionnaire-questions', async (ids) => {
        const found = await questionnaires.questionsOfQuestionnaires(ctx.em, ids);
        return ids.map((id) => found.get(id) ?? []);
      })
      .load(questionnaire.id);
  }

  @FieldResolver(() => TenantRef, { description: 'The tenant it belongs to.' })
  tenant(@Root() questionnaire: QuestionnaireRow): Ref {
    return { id: questionnaire.tenantId };
  }

  @Mutation(() => QuestionnaireType, { description: 'Creates version 1 of a new questionnaire. Managers and administrators.' })
  createQuestionnaire(@Ctx() ctx: Context, @Arg('input', () => CreateQuestionnaireInput, { description: 'The questionnaire.' }) input: CreateQuestionnaireInput) {
    return ctx.run((u) => questionnaires.createQuestionnaire(u, input));
  }

  @Mutation(() => QuestionnaireType, { description: 'Replaces the content of a version no campaign uses yet (CONFLICT once frozen: revise it instead).' })
  updateQuestionnaire(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The version to change.' }) id: string,
    @Arg('input', () => QuestionnaireContentInput, { description: 'Its whole new content.' }) input: QuestionnaireContentInput,
  ) {
    return ctx.run((u) => questionnaires.updateQuestionnaire(u, id, input));
  }

  @Mutation(() => QuestionnaireType, { description: 'Makes the next version of a questionnaire; keep question keys to compare results across versions.' })
  reviseQuestionnaire(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'A version of the questionnaire.' }) id: string,
    @Arg('input', () => QuestionnaireContentInput, { description: 'The content of the new version.' }) input: QuestionnaireContentInput,
  ) {
    return ctx.run((u) => questionnaires.reviseQuestionnaire(u, id, input));
  }
}

@Resolver(() => SectionType)
export class SectionResolver {
  @FieldResolver(() => [QuestionType], { description: 'Its questions, in order.' })
  questions(@Ctx() ctx: Context, @Root() section: SectionRow) {
    return ctx.loaders.childrenOf(Question, 'Question', 'section', { position: 'asc' }).load(section.id);
  }
}

@Resolver(() => PanelType)
export class PanelResolver {
  @Query(() => PanelConnection, { description: 'Panels of the readable tenants, by name.' })
  surveyPanels(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('tenantId', () => ID, { nullable: true, description: 'Only this tenant’s (one the caller reads).' }) tenantId?: string | null,
  ): Promise<Connection<Panel>> {
    return paginate(ctx.em, Panel, { tenantId: { $in: ctx.readableTenants(tenantId) } }, page, { name: 'asc' });
  }

  @Query(() => PanelType, { nullable: true, description: 'One panel; null when unknown or not readable.' })
  surveyPanel(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Identifier of the panel.' }) id: string) {
    ctx.requireIdentity();
    return isUuid(id) ? loadPanel(ctx, id) : null;
  }

  @FieldResolver(() => PanelMemberConnection, { description: 'Its members, by name.' })
  members(@Ctx() ctx: Context, @Root() panel: PanelRow, @Args(() => PageArgs) page: PageArgs): Promise<Connection<PanelMember>> {
    return childPages(ctx, PanelMember, 'panel-members', panel.id, page, { parent: 'panel', orderBy: 'name' });
  }

  @Mutation(() => PanelType, { description: 'Creates a panel. Managers and administrators.' })
  createPanel(@Ctx() ctx: Context, @Arg('input', () => PanelInput, { description: 'The panel.' }) input: PanelInput) {
    return ctx.run((u) => campaigns.createPanel(u, input));
  }

  @Mutation(() => PanelMemberType, { description: 'Adds a person to a listed panel (not to the anonymous hall users).' })
  addPanelMember(
    @Ctx() ctx: Context,
    @Arg('panelId', () => ID, { description: 'The panel.' }) panelId: string,
    @Arg('input', () => PanelMemberInput, { description: 'The person.' }) input: PanelMemberInput,
  ) {
    return ctx.run((u) => campaigns.addPanelMember(u, panelId, input));
  }

  @Mutation(() => PanelMemberType, { description: 'Changes a panel member (deactivate to stop inviting them).' })
  updatePanelMember(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The member.' }) id: string,
    @Arg('input', () => UpdatePanelMemberInput, { description: 'The changes.' }) input: UpdatePanelMemberInput,
  ) {
    return ctx.run((u) => campaigns.updatePanelMember(u, id, input));
  }
}

@Resolver(() => PanelMemberType)
export class PanelMemberResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Professional e-mail address: shown to managers and administrators only (personal data).' })
  email(@Ctx() ctx: Context, @Root() member: MemberRow): string | null {
    const role = ctx.requireIdentity().role;
    return role === Role.MANAGER || role === Role.ADMINISTRATOR ? (member.email ?? null) : null;
  }
}

@Resolver(() => InvitationStatusType)
export class InvitationStatusResolver {
  @FieldResolver(() => PanelMemberType, { description: 'The member invited.' })
  member(@Ctx() ctx: Context, @Root() invitation: InvitationRow) {
    return loadMember(ctx, invitation.member.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether they answered.' })
  responded(@Root() invitation: InvitationRow): boolean {
    return invitation.respondedAt !== null;
  }
}

@Resolver(() => CampaignType)
export class CampaignResolver {
  @Query(() => CampaignConnection, { description: 'Campaigns of the readable tenants, newest first.' })
  campaigns(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('year', () => Int, { nullable: true, description: 'Only this year’s.' }) year?: number | null,
    @Arg('tenantId', () => ID, { nullable: true, description: 'Only this tenant’s (one the caller reads).' }) tenantId?: string | null,
  ): Promise<Connection<Campaign>> {
    const where: FilterQuery<Campaign> & Record<string, unknown> = { tenantId: { $in: ctx.readableTenants(tenantId) } };
    if (year) where.year = year;
    return paginate(ctx.em, Campaign, where, page, { opensOn: 'desc' });
  }

  @Query(() => CampaignType, { nullable: true, description: 'One campaign; null when unknown or not readable.' })
  campaign(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Identifier of the campaign.' }) id: string) {
    ctx.requireIdentity();
    return isUuid(id) ? loadCampaign(ctx, id) : null;
  }

  @FieldResolver(() => QuestionnaireType, { description: 'The questionnaire version it uses.' })
  questionnaire(@Ctx() ctx: Context, @Root() campaign: CampaignRow) {
    return loadQuestionnaire(ctx, campaign.questionnaire.id);
  }

  @FieldResolver(() => PanelType, { description: 'The panel it asks.' })
  panel(@Ctx() ctx: Context, @Root() campaign: CampaignRow) {
    return loadPanel(ctx, campaign.panel.id);
  }

  @FieldResolver(() => TenantRef, { description: 'The tenant that runs it.' })
  tenant(@Root() campaign: CampaignRow): Ref {
    return { id: campaign.tenantId };
  }

  @FieldResolver(() => CampaignState, { description: 'Where it stands today.' })
  state(@Ctx() ctx: Context, @Root() campaign: CampaignRow): CampaignState {
    return campaigns.campaignState(campaign, ctx.app.today());
  }

  @FieldResolver(() => Int, { description: 'Responses received.' })
  responseCount(@Ctx() ctx: Context, @Root() campaign: CampaignRow): Promise<number> {
    return ctx.loaders
      .get<string, number>('responseCount', async (ids) => {
        const rows = await (ctx.em as SqlEntityManager).execute<{ campaign_id: string; n: number }[]>(
          'select campaign_id, count(*)::int as n from surveys.response where campaign_id = any(?::uuid[]) group by campaign_id',
          [`{${ids.join(',')}}`],
        );
        const counts = new Map(rows.map((r) => [r.campaign_id, r.n]));
        return ids.map((id) => counts.get(id) ?? 0);
      })
      .load(campaign.id);
  }

  @FieldResolver(() => ResponseRateType, { nullable: true, description: 'Response rate of the panel (e-mail campaigns; null for the hall).' })
  async responseRate(@Ctx() ctx: Context, @Root() campaign: CampaignRow): Promise<ResponseRateType | null> {
    if (campaign.channel !== CampaignChannel.EMAIL) return null;
    return ctx.loaders
      .get<string, campaigns.ResponseRate>('responseRate', async (ids) => {
        const found = await campaigns.responseRates(ctx.em, ids);
        return ids.map((id) => found.get(id) ?? new Error(`campaign ${id} not found`));
      })
      .load(campaign.id);
  }

  @FieldResolver(() => InvitationStatusConnection, { description: 'Invitations sent, in sending order (managers and administrators).' })
  invitations(@Ctx() ctx: Context, @Root() campaign: CampaignRow, @Args(() => PageArgs) page: PageArgs): Promise<Connection<Invitation>> {
    ctx.requireRole(Role.MANAGER, Role.ADMINISTRATOR);
    return childPages(ctx, Invitation, 'campaign-invitations', campaign.id, page, { parent: 'campaign', orderBy: 'sentAt' });
  }

  @FieldResolver(() => CampaignResultsType, { description: 'Results computed now, compared with the previous campaign of the same questionnaire key and panel kind (or the one given).' })
  async results(
    @Ctx() ctx: Context,
    @Root() campaign: CampaignRow,
    @Arg('against', () => ID, { nullable: true, description: 'Compare with this campaign instead of the previous one.' }) against?: string | null,
  ) {
    return toResultsType(await resultsOf(ctx, campaign, against));
  }

  @FieldResolver(() => PublicationType, { nullable: true, description: 'The results as published; null before publication.' })
  publication(@Root() campaign: CampaignRow): PublicationType | null {
    return campaign.publishedAt && campaign.publication ? { publishedAt: campaign.publishedAt, summary: campaign.publication } : null;
  }

  @FieldResolver(() => FindingConnection, { description: 'Its findings, oldest first.' })
  findings(@Ctx() ctx: Context, @Root() campaign: CampaignRow, @Args(() => PageArgs) page: PageArgs): Promise<Connection<Finding>> {
    return childPages(ctx, Finding, 'campaign-findings', campaign.id, page, { parent: 'campaign', orderBy: 'createdAt' });
  }

  @FieldResolver(() => CommentConnection, { description: 'Free-text answers, as written.' })
  comments(
    @Ctx() ctx: Context,
    @Root() campaign: CampaignRow,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('questionKey', () => String, { nullable: true, description: 'Only the answers to this question.' }) questionKey?: string | null,
  ): Promise<Connection<Answer>> {
    const where = questionKey
      ? { sql: 't."text_value" is not null and t."question_id" in (select q."id" from surveys.question q where q."key" = ?)', params: [questionKey] }
      : { sql: 't."text_value" is not null', params: [] };
    return childPages(ctx, Answer, `campaign-comments:${questionKey ?? ''}`, campaign.id, page, { parent: 'campaignId', orderBy: 'id', where });
  }

  @Mutation(() => CampaignType, { description: 'Creates a campaign; its questionnaire version is frozen from then on.' })
  createCampaign(@Ctx() ctx: Context, @Arg('input', () => CampaignInput, { description: 'The campaign.' }) input: CampaignInput) {
    return ctx.run((u) => campaigns.createCampaign(u, input));
  }

  @Mutation(() => CampaignType, { description: 'Changes a campaign’s title or dates (not once published; the opening date not once answers exist).' })
  updateCampaign(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The campaign.' }) id: string,
    @Arg('input', () => UpdateCampaignInput, { description: 'The changes.' }) input: UpdateCampaignInput,
  ) {
    return ctx.run((u) => campaigns.updateCampaign(u, id, input, (c) => u.em.count(Answer, { campaignId: c.id })));
  }

  @Mutation(() => ReceiptType, { description: 'Keys in a paper form of a hall campaign (marked PAPER, with the agent). A clientId makes a second entry of the same form a no-op.' })
  enterPaperResponse(
    @Ctx() ctx: Context,
    @Arg('campaignId', () => ID, { description: 'The hall campaign.' }) campaignId: string,
    @Arg('filledOn', () => String, { description: 'Day the form was filled (YYYY-MM-DD), within the campaign.' }) filledOn: string,
    @Arg('answers', () => [AnswerInput], { description: 'The answers on the form.' }) answers: AnswerInput[],
    @Arg('clientId', () => String, { nullable: true, description: 'Number written on the form, to avoid keying it twice.' }) clientId?: string | null,
  ) {
    return ctx.run((u) => responses.enterPaperResponse(u, campaignId, filledOn, answers, clientId));
  }

  @Mutation(() => SendReportType, { description: 'Sends a personal single-use link by e-mail to each active member of the panel not yet invited.' })
  sendInvitations(@Ctx() ctx: Context, @Arg('campaignId', () => ID, { description: 'The e-mail campaign.' }) campaignId: string) {
    return responses.sendInvitations((work) => ctx.run(work), campaignId, false);
  }

  @Mutation(() => SendReportType, { description: 'Sends a reminder, with a new link replacing the previous one, to each invitee who has not answered.' })
  sendReminders(@Ctx() ctx: Context, @Arg('campaignId', () => ID, { description: 'The e-mail campaign.' }) campaignId: string) {
    return responses.sendInvitations((work) => ctx.run(work), campaignId, true);
  }

  @Mutation(() => CampaignType, { description: 'Publishes the results of a closed campaign (a snapshot with its findings); nothing changes after that.' })
  publishResults(@Ctx() ctx: Context, @Arg('campaignId', () => ID, { description: 'The campaign.' }) campaignId: string) {
    return ctx.run((u) => publication.publishResults(u, campaignId));
  }

  @Mutation(() => FindingType, { description: 'Records a finding of a campaign; an action of the committees’ plan can then refer to its id.' })
  addFinding(
    @Ctx() ctx: Context,
    @Arg('campaignId', () => ID, { description: 'The campaign.' }) campaignId: string,
    @Arg('input', () => FindingInput, { description: 'The finding.' }) input: FindingInput,
  ) {
    return ctx.run((u) => publication.addFinding(u, campaignId, input));
  }
}

@Resolver(() => KioskDeviceType)
export class KioskResolver {
  @Query(() => KioskDeviceConnection, { description: 'Kiosk devices of the caller’s tenant, newest first. Administrators.' })
  kioskDevices(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs): Promise<Connection<KioskDevice>> {
    const identity = ctx.requireRole(Role.ADMINISTRATOR);
    return paginate(ctx.em, KioskDevice, { tenantId: identity.tenantId }, page, { issuedAt: 'desc' });
  }

  @Mutation(() => IssuedKioskDeviceType, { description: 'Issues a token for a hall tablet; it is shown once. Administrators.' })
  issueKioskDevice(@Ctx() ctx: Context, @Arg('name', () => String, { description: 'Where the tablet stands.' }) name: string) {
    return ctx.run((u) => responses.issueKioskDevice(u, name));
  }

  @Mutation(() => KioskDeviceType, { description: 'Revokes a tablet’s token: its submissions are refused from now on. Administrators.' })
  revokeKioskDevice(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The device.' }) id: string) {
    return ctx.run((u) => responses.revokeKioskDevice(u, id));
  }

  @Query(() => KioskSessionType, { description: 'Public (no sign-in): what a kiosk may collect today. UNAUTHENTICATED (reason DEVICE_UNKNOWN) or FORBIDDEN (DEVICE_REVOKED) for a bad token.' })
  async kioskSession(@Ctx() ctx: Context, @Arg('deviceToken', () => String, { description: 'The device’s token.' }) deviceToken: string): Promise<KioskSessionType> {
    const access = publicAccess(ctx);
    const device = await responses.kioskDevice(access, deviceToken);
    const em = access.tenant(device.tenantId);
    const open = await responses.kioskCampaigns(access, device);
    return { deviceName: device.name, tenant: { id: device.tenantId }, surveys: await responses.publicSurveys(em, open) } as unknown as KioskSessionType;
  }

  @Mutation(() => ReceiptType, {
    description:
      'Public (no sign-in): an anonymous response from a hall kiosk. The clientId, made by the tablet, makes a retry store nothing more. Refusals: DEVICE_UNKNOWN, DEVICE_REVOKED, CAMPAIGN_UNKNOWN, CAMPAIGN_NOT_KIOSK, CAMPAIGN_NOT_OPEN, CAMPAIGN_CLOSED (extensions.reason), BAD_USER_INPUT for the answers.',
  })
  submitKioskResponse(
    @Ctx() ctx: Context,
    @Arg('deviceToken', () => String, { description: 'The device’s token.' }) deviceToken: string,
    @Arg('campaignId', () => ID, { description: 'The open hall campaign.' }) campaignId: string,
    @Arg('clientId', () => String, { description: 'Identifier made by the tablet for this response (8–100 of A–Z a–z 0–9 - _), the same on every retry.' }) clientId: string,
    @Arg('answers', () => [AnswerInput], { description: 'The answers.' }) answers: AnswerInput[],
  ) {
    return responses.submitKioskResponse(publicAccess(ctx), deviceToken, campaignId, clientId, answers);
  }

  @Query(() => InvitationViewType, { description: 'Public (no sign-in): what a personal link opens. NOT_FOUND (reason LINK_UNKNOWN) for an unknown or replaced link.' })
  async surveyInvitation(@Ctx() ctx: Context, @Arg('token', () => String, { description: 'The token of the link.' }) token: string): Promise<InvitationViewType> {
    const access = publicAccess(ctx);
    const { invitation, campaign, em } = await responses.invitationOf(access, token);
    return { survey: await responses.publicSurvey(em, campaign), state: campaigns.campaignState(campaign, access.today), answered: invitation.respondedAt !== null } as unknown as InvitationViewType;
  }

  @Mutation(() => ReceiptType, { description: 'Public (no sign-in): the one response of a personal link. Refusals: LINK_UNKNOWN, LINK_ALREADY_USED, CAMPAIGN_CLOSED (extensions.reason), BAD_USER_INPUT for the answers.' })
  submitInvitationResponse(
    @Ctx() ctx: Context,
    @Arg('token', () => String, { description: 'The token of the link.' }) token: string,
    @Arg('answers', () => [AnswerInput], { description: 'The answers.' }) answers: AnswerInput[],
  ) {
    return responses.submitInvitationResponse(publicAccess(ctx), token, answers);
  }
}

@Resolver(() => FeedbackType)
export class FeedbackResolver {
  @Query(() => FeedbackConnection, { description: 'Suggestion cards and contact-form messages of the readable tenants, newest first.' })
  feedbacks(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => FeedbackFilter, { nullable: true, description: 'Narrows the list.' }) filter?: FeedbackFilter | null,
  ): Promise<Connection<Feedback>> {
    const where: FilterQuery<Feedback> & Record<string, unknown> = { tenantId: { $in: ctx.readableTenants(filter?.tenantId) } };
    if (filter?.status) where.status = filter.status;
    if (filter?.category) where.category = filter.category;
    if (filter?.channel) where.channel = filter.channel;
    return paginate(ctx.em, Feedback, where, page, { receivedOn: 'desc' });
  }

  @Query(() => [FeedbackCountType], { description: 'Feedback received and answered per month, category and channel.' })
  feedbackCounts(
    @Ctx() ctx: Context,
    @Arg('from', () => String, { description: 'First day (YYYY-MM-DD).' }) from: string,
    @Arg('to', () => String, { description: 'Last day (YYYY-MM-DD).' }) to: string,
    @Arg('tenantId', () => ID, { nullable: true, description: 'Only this tenant’s (one the caller reads).' }) tenantId?: string | null,
  ) {
    return feedback.feedbackCounts(ctx.em, ctx.readableTenants(tenantId), isoDate(from, 'from'), isoDate(to, 'to'));
  }

  @FieldResolver(() => String, { nullable: true, description: 'Contact left for an answer: not shown to analysts (personal data).' })
  contact(@Ctx() ctx: Context, @Root() row: FeedbackType): string | null {
    return ctx.requireIdentity().role === Role.ANALYST ? null : row.contact;
  }

  @Mutation(() => FeedbackType, { description: 'Records a suggestion card or a contact-form message. Not analysts.' })
  recordFeedback(@Ctx() ctx: Context, @Arg('input', () => FeedbackInput, { description: 'The feedback.' }) input: FeedbackInput) {
    return ctx.run((u) => feedback.recordFeedback(u, input));
  }

  @Mutation(() => FeedbackType, { description: 'Records the answer given to a feedback that left a contact.' })
  answerFeedback(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The feedback.' }) id: string,
    @Arg('answer', () => String, { description: 'The answer given.' }) answer: string,
  ) {
    return ctx.run((u) => feedback.answerFeedback(u, id, answer));
  }

  @Mutation(() => FeedbackType, { description: 'Moves a feedback to in progress, or closes it without an answer.' })
  setFeedbackStatus(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The feedback.' }) id: string,
    @Arg('status', () => FeedbackStatus, { description: 'IN_PROGRESS or CLOSED.' }) status: FeedbackStatus,
  ) {
    return ctx.run((u) => feedback.setFeedbackStatus(u, id, status));
  }
}

@Resolver(() => TenantRef)
export class TenantExtensionResolver {
  @FieldResolver(() => CampaignConnection, { description: 'Its satisfaction campaigns, newest first.' })
  campaigns(
    @Ctx() ctx: Context,
    @Root() tenant: Ref,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('year', () => Int, { nullable: true, description: 'Only this year’s.' }) year?: number | null,
  ): Promise<Connection<Campaign>> {
    // FORBIDDEN for a tenant the caller does not read, before anything is batched.
    ctx.readableTenants(tenant.id);
    const where = year ? { sql: 't."year" = ?', params: [year] } : undefined;
    return childPages(ctx, Campaign, `tenant-campaigns:${year ?? ''}`, tenant.id, page, { parent: 'tenantId', orderBy: 'opensOn', descending: true, idDescending: false, where });
  }

  @FieldResolver(() => [PerceivedWaitingTimeType], { description: 'Waiting time at the counter as perceived in its hall campaigns of a year: set it beside the measured procedure indicators.' })
  async perceivedWaitingTime(
    @Ctx() ctx: Context,
    @Root() tenant: Ref,
    @Arg('year', () => Int, { description: 'Year of the campaigns.' }) year: number,
  ): Promise<PerceivedWaitingTimeType[]> {
    // FORBIDDEN for a tenant the caller does not read, before anything is batched.
    ctx.readableTenants(tenant.id);
    const hall = await ctx.loaders
      .get<string, Campaign[]>(`hall-campaigns:${year}`, async (ids) => {
        const rows = await ctx.em.find(Campaign, { tenantId: { $in: [...ids] }, year, channel: CampaignChannel.HALL }, { orderBy: { opensOn: 'asc' } });
        return ids.map((id) => rows.filter((c) => c.tenantId === id));
      })
      .load(tenant.id);
    // Together, so that the results of every tenant's campaigns are computed in one batch.
    const results = await Promise.all(hall.map((campaign) => resultsOf(ctx, campaign)));
    return results.flatMap((r) => {
      const dimension = r.dimensions.find((d) => d.dimension === Dimension.WAITING_TIME);
      if (!dimension) return [];
      const estimate = r.questions.find((q) => q.question.dimension === Dimension.WAITING_TIME && q.number);
      return [{ campaign: r.campaign, satisfaction: dimension.satisfaction, comparison: dimension.comparison, estimatedMinutes: estimate?.number ?? null } as unknown as PerceivedWaitingTimeType];
    });
  }
}

@Resolver(() => DirectorateRef)
export class DirectorateExtensionResolver {
  @FieldResolver(() => [Dimension], { description: 'The survey dimensions this directorate answers for.' })
  surveyDimensions(@Ctx() ctx: Context, @Root() directorate: Ref): Promise<Dimension[]> {
    ctx.requireIdentity();
    return ctx.loaders
      .get<string, Dimension[]>('dimensions', async (ids) => {
        const rows = await ctx.em.find(DimensionAssignment, { directorateId: { $in: [...ids] } }, { orderBy: { dimension: 'asc' } });
        return ids.map((id) => rows.filter((r) => r.directorateId === id).map((r) => r.dimension));
      })
      .load(directorate.id);
  }

  @Mutation(() => [Dimension], { description: 'Says that a directorate answers for a survey dimension (assigned: true) or no longer does (false).' })
  async assignSurveyDimension(
    @Ctx() ctx: Context,
    @Arg('directorateId', () => ID, { description: 'A directorate of the caller’s tenant.' }) directorateId: string,
    @Arg('dimension', () => Dimension, { description: 'The dimension.' }) dimension: Dimension,
    @Arg('assigned', () => Boolean, { description: 'True to assign, false to withdraw.' }) assigned: boolean,
  ): Promise<Dimension[]> {
    const rows = await ctx.runAfter((c) => publication.dimensionLookups(c, directorateId), (u, org) => publication.assignDimension(u, dimension, directorateId, assigned, org));
    return rows.map((r) => r.dimension);
  }
}
