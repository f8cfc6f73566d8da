import { Arg, Args, Ctx, Directive, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { TenantRef } from '@qualipref/organization-client';
import { ConnectionType, type Connection, PageArgs, paginate, paginateRows, isUuid } from '@qualipref/server-kit';
import { Answer, Campaign, Finding, Invitation, MailMessage } from '../entities/index.js';
import { CampaignChannel, CampaignState, Dimension } from '../domain/enums.js';
import * as campaigns from '../domain/campaigns.js';
import { authorize, can } from '../domain/policy.js';
import * as publication from '../domain/publication.js';
import { openDataPaths } from '../domain/public-results.js';
import * as responses from '../domain/responses.js';
import { childPages, type Context, type Ref } from './context.js';
import { InvitationStatusConnection, MailMessageConnection, ResponseRateType, SendReportType } from './invitations.js';
import { PanelType, loadPanel } from './panels.js';
import { FindingConnection, FindingInput, FindingType, PublicationType } from './publication.js';
import { QuestionnaireType, loadQuestionnaire } from './questionnaires.js';
import { AnswerInput, CommentConnection, ReceiptType } from './responses.js';
import { CampaignResultsType, PerceivedWaitingTimeConnection, type PerceivedWaitingTimeType, resultsOf, toResultsType } from './results.js';

// Parameter types named apart from the entity schemas, so that decorator metadata sees plain types.
type CampaignRow = Campaign;

registerEnumType(CampaignChannel, {
  name: 'CampaignChannel',
  description: 'How a campaign collects its answers.',
  valuesConfig: {
    HALL: { description: 'Borne (tablette) et formulaires papier dans le hall.' },
    EMAIL: { description: 'Invitations électroniques avec un lien personnel à usage unique.' },
  },
});

registerEnumType(CampaignState, {
  name: 'CampaignState',
  description: 'Where a campaign stands today, by the calendar of its tenant.',
  valuesConfig: {
    SCHEDULED: { description: 'Pas encore ouverte.' },
    OPEN: { description: 'Ouverte: accepte des réponses.' },
    CLOSED: { description: 'Close, résultats non publiés.' },
    PUBLISHED: { description: 'Résultats publiés (figés).' },
  },
});

@ObjectType('Campaign', { description: 'A satisfaction survey (enquête) of a tenant and year, with its panel and channel.' })
@Directive('@key(fields: "id")')
export class CampaignType {
  @Field(() => ID, { description: 'Identifier of the campaign.' })
  id!: string;

  @Field(() => Int, { description: 'Year of the campaign.' })
  year!: number;

  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => CampaignChannel, { description: 'How answers are collected.' })
  channel!: CampaignChannel;

  @Field(() => String, { description: 'First day answers are accepted (YYYY-MM-DD).' })
  opensOn!: string;

  @Field(() => String, { description: 'Last day answers are accepted (YYYY-MM-DD).' })
  closesOn!: string;

  @Field(() => Date, { nullable: true, description: 'When its results were published.' })
  publishedAt!: Date | null;

  @Field(() => TenantRef, { description: 'The tenant that runs it.' })
  tenant!: TenantRef;
}

export const CampaignConnection = ConnectionType(CampaignType, 'Campaign', 'A page of campaigns, newest first.');

@InputType('CampaignInput', { description: 'A new campaign.' })
export class CampaignInput {
  @Field(() => Int, { description: 'Year.' })
  year!: number;

  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => ID, { description: 'Questionnaire version used (it is then frozen).' })
  questionnaireId!: string;

  @Field(() => ID, { description: 'Panel asked.' })
  panelId!: string;

  @Field(() => CampaignChannel, { description: 'HALL for the hall users’ panel, EMAIL for a listed panel.' })
  channel!: CampaignChannel;

  @Field(() => String, { description: 'First day (YYYY-MM-DD), in the campaign’s year.' })
  opensOn!: string;

  @Field(() => String, { description: 'Last day (YYYY-MM-DD).' })
  closesOn!: string;
}

@InputType('UpdateCampaignInput', { description: 'Changes to a campaign; omitted fields are kept.' })
export class UpdateCampaignInput {
  @Field(() => String, { nullable: true, description: 'Title.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'First day (YYYY-MM-DD), not once answers exist.' })
  opensOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day (YYYY-MM-DD): close early or extend.' })
  closesOn?: string | null;
}

export const loadCampaign = (ctx: Context, id: string) => ctx.loaders.byId<Campaign>(Campaign, 'Campaign').load(id);

@Resolver(() => CampaignType)
export class CampaignResolver {
  @Query(() => CampaignConnection, { nullable: true, description: 'Campaigns of the readable tenants, newest first.' })
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

  @FieldResolver(() => Boolean, {
    description: 'Whether the caller may run this campaign: change its title and dates, send its invitations and reminders, read them, record findings and publish its results. Managers and administrators of its tenant.',
  })
  viewerCanManage(@Ctx() ctx: Context, @Root() campaign: CampaignRow): boolean {
    return can(ctx.identity, 'surveys.manage', campaign);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the caller may key in its paper forms (a hall campaign, from its first day until its results are published): anyone of its tenant but analysts.' })
  viewerCanKeyInPaperForms(@Ctx() ctx: Context, @Root() campaign: CampaignRow): boolean {
    return can(ctx.identity, 'surveys.keyInPaperForms', campaign);
  }

  @FieldResolver(() => CampaignState, { description: 'Where it stands today.' })
  state(@Ctx() ctx: Context, @Root() campaign: CampaignRow): CampaignState {
    return campaigns.campaignState(campaign, ctx.clockOf(campaign.tenantId).today());
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
    authorize(ctx.requireIdentity(), 'surveys.manage', campaign);
    return childPages(ctx, Invitation, 'campaign-invitations', campaign.id, page, { parent: 'campaign', orderBy: 'sentAt' });
  }

  @FieldResolver(() => MailMessageConnection, { description: 'Invitation and reminder messages of the outbox with their delivery status, oldest first (managers and administrators).' })
  mailMessages(@Ctx() ctx: Context, @Root() campaign: CampaignRow, @Args(() => PageArgs) page: PageArgs): Promise<Connection<MailMessage>> {
    authorize(ctx.requireIdentity(), 'surveys.manage', campaign);
    return childPages(ctx, MailMessage, 'campaign-mail-messages', campaign.id, page, { parent: 'campaign', orderBy: 'createdAt' });
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
    return campaign.publishedAt && campaign.publication ? { publishedAt: campaign.publishedAt, summary: campaign.publication, openData: openDataPaths(campaign.tenantId, campaign.id) } : null;
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
    @Arg('answers', () => [AnswerInput], { description: 'The answers on the form (at most 200 items).' }) answers: AnswerInput[],
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

  @FieldResolver(() => PerceivedWaitingTimeConnection, { description: 'Waiting time at the counter as perceived in its hall campaigns of a year, by opening day: set it beside the measured procedure indicators.' })
  async perceivedWaitingTime(
    @Ctx() ctx: Context,
    @Root() tenant: Ref,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('year', () => Int, { description: 'Year of the campaigns.' }) year: number,
  ): Promise<Connection<PerceivedWaitingTimeType>> {
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
    const rows = results.flatMap((r) => {
      const dimension = r.dimensions.find((d) => d.dimension === Dimension.WAITING_TIME);
      if (!dimension) return [];
      const estimate = r.questions.find((q) => q.question.dimension === Dimension.WAITING_TIME && q.number);
      return [{ campaign: r.campaign, satisfaction: dimension.satisfaction, comparison: dimension.comparison, estimatedMinutes: estimate?.number ?? null } as unknown as PerceivedWaitingTimeType];
    });
    return paginateRows(rows, page, (row) => `${String(row.campaign.opensOn)}|${row.campaign.id}`);
  }
}
