import { Arg, Args, Ctx, Directive, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import { DirectorateRef, UserRef } from '@qualipref/organization-client';
import type { ImportReport } from '@qualipref/csv';
import { ConnectionType, CsvImportReport, ImportModeEnum, PageArgs, badInput, paginate, paginateChildren, type Connection, type ImportModeValue } from '@qualipref/server-kit';
import { Action, ActionPlan, ActionProgress, Proposal, ProposalRouting } from '../entities/index.js';
import * as actions from '../domain/actions.js';
import { can, type PlanFacts } from '../domain/policy.js';
import { ActionOrigin, ActionStatus } from '../domain/enums.js';
// The rooms' Query and Mutation fields are listed in the order their modules are evaluated; this room is
// entered first (see subgraph.ts) and leads through proposal, meeting and committee, evaluated in that
// reverse order: keep this import of ./proposal.js first, and the same chain in proposal.ts and meeting.ts.
import { ProposalConnection, ProposalType, loadProposal } from './proposal.js';
import { CommitteeType, loadCommittee } from './committee.js';
import { type Context, type Ref } from './context.js';
import { MeetingType, loadMeeting } from './meeting.js';

type PlanRow = ActionPlan;

/** What the policy reads of a plan, through the request's loaders. */
async function planFacts(ctx: Context, plan: ActionPlan): Promise<PlanFacts> {
  return { tenantId: plan.tenantId, committee: plan.committee ? await loadCommittee(ctx, plan.committee.id) : null };
}
type ActionRow = Action;
type ProgressRow = ActionProgress;

export const loadAction = (ctx: Context, id: string) => ctx.loaders.byId<Action>(Action, 'Action').load(id);
const loadPlan = (ctx: Context, id: string) => ctx.loaders.byId<ActionPlan>(ActionPlan, 'ActionPlan').load(id);

registerEnumType(ActionStatus, {
  name: 'ActionStatus',
  description: 'Where an action of the plan stands.',
  valuesConfig: {
    PLANNED: { description: 'Not started.' },
    IN_PROGRESS: { description: 'Started.' },
    DONE: { description: 'Done (100 %).' },
    CANCELLED: { description: 'Given up.' },
  },
});
registerEnumType(ActionOrigin, {
  name: 'ActionOrigin',
  description: 'What produced an action.',
  valuesConfig: {
    PROPOSAL: { description: 'A proposal of a committee member (originProposal).' },
    SURVEY_FINDING: { description: 'A finding of a satisfaction survey (originFindingId).' },
    MEETING: { description: 'A decision of a meeting (originMeeting).' },
    OTHER: { description: 'Anything else.' },
  },
});

@ObjectType('ActionPlan', { description: 'The action plan of a year (C7), e.g. « Plan d’actions 2016 ».' })
export class ActionPlanType {
  @Field(() => ID, { description: 'Identifier of the plan.' })
  id!: string;

  @Field(() => ID, { description: 'Tenant of the plan.' })
  tenantId!: string;

  @Field(() => Int, { description: 'Year of the plan.' })
  year!: number;

  @Field(() => String, { description: 'Title.' })
  title!: string;
}

@ObjectType('ActionProgress', { description: 'A dated step of an action’s progress.' })
export class ActionProgressType {
  @Field(() => Date, { description: 'When it was reported.' })
  recordedAt!: Date;

  @Field(() => Int, { description: 'Progress in percent.' })
  progress!: number;

  @Field(() => ActionStatus, { description: 'Status then.' })
  status!: ActionStatus;

  @Field(() => String, { nullable: true, description: 'Comment.' })
  note!: string | null;

}

@ObjectType('SurveyFinding', { description: 'A finding of a satisfaction survey (owned by the surveys service); here with the actions that take it up.' })
@Directive('@key(fields: "id")')
export class SurveyFindingRef {
  @Field(() => ID, { description: 'Identifier of the finding.' })
  id!: string;
}

@ObjectType('Action', { description: 'An action of a plan (C7), with its owner directorate, due date, status and origin.' })
@Directive('@key(fields: "id")')
export class ActionType {
  @Field(() => ID, { description: 'Identifier of the action.' })
  id!: string;

  @Field(() => String, { description: 'Stable reference within the plan (A-01…), the key of the CSV round trip.' })
  reference!: string;

  @Field(() => String, { description: 'What is to be done.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Details.' })
  description!: string | null;

  @Field(() => String, { nullable: true, description: 'Due date (YYYY-MM-DD).' })
  dueDate!: string | null;

  @Field(() => ActionStatus, { description: 'Where it stands.' })
  status!: ActionStatus;

  @Field(() => Int, { description: 'Progress in percent.' })
  progress!: number;

  @Field(() => ActionOrigin, { description: 'What produced it.' })
  originKind!: ActionOrigin;

  @Field(() => String, { nullable: true, description: 'The survey finding it comes from (an id of the surveys service).' })
  originFindingId!: string | null;
}

export const ActionPlanConnection = ConnectionType(ActionPlanType, 'ActionPlan', 'A page of action plans, newest year first.');

export const ActionConnection = ConnectionType(ActionType, 'Action', 'A page of actions, by reference.');

@InputType({ description: 'An action of a plan.' })
export class ActionInput {
  @Field(() => String, { description: 'Reference within the plan (A-01…).' })
  reference!: string;

  @Field(() => String, { description: 'What is to be done.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Details.' })
  description?: string | null;

  @Field(() => ID, { description: 'Directorate in charge.' })
  ownerDirectorateId!: string;

  @Field(() => String, { nullable: true, description: 'Due date (YYYY-MM-DD).' })
  dueDate?: string | null;

  @Field(() => ActionStatus, { nullable: true, description: 'Status (PLANNED when omitted).' })
  status?: ActionStatus | null;

  @Field(() => Int, { nullable: true, description: 'Progress in percent.' })
  progress?: number | null;

  @Field(() => ActionOrigin, { description: 'What produced it.' })
  originKind!: ActionOrigin;

  @Field(() => ID, { nullable: true, description: 'The proposal it comes from (PROPOSAL).' })
  originProposalId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The meeting it comes from (MEETING).' })
  originMeetingId?: string | null;

  @Field(() => String, { nullable: true, description: 'The survey finding it comes from (SURVEY_FINDING).' })
  originFindingId?: string | null;
}

@InputType({ description: 'Changes to an action; omitted fields stay.' })
export class UpdateActionInput {
  @Field(() => String, { nullable: true, description: 'New title.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'New details.' })
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'New directorate in charge.' })
  ownerDirectorateId?: string | null;

  @Field(() => String, { nullable: true, description: 'New due date (YYYY-MM-DD).' })
  dueDate?: string | null;

  @Field(() => ActionStatus, { nullable: true, description: 'New status.' })
  status?: ActionStatus | null;

  @Field(() => Int, { nullable: true, description: 'New progress.' })
  progress?: number | null;
}

@InputType({ description: 'Narrows a list of actions.' })
export class ActionFilter {
  @Field(() => ID, { nullable: true, description: 'Only this plan.' })
  planId?: string | null;

  @Field(() => ActionStatus, { nullable: true, description: 'Only this status.' })
  status?: ActionStatus | null;

  @Field(() => ID, { nullable: true, description: 'Only this directorate in charge.' })
  ownerDirectorateId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only actions past their due date and not done or cancelled (true), or the others (false).' })
  overdue?: boolean | null;
}

@Resolver(() => ActionPlanType)
export class ActionPlanResolver {
  @Query(() => ActionPlanConnection, { nullable: true, description: 'Action plans of the readable tenants, newest first.' })
  actionPlans(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('tenantId', () => ID, { nullable: true, description: 'Only this tenant’s.' }) tenantId?: string | null,
  ): Promise<Connection<ActionPlan>> {
    return paginate(ctx.em, ActionPlan, { tenantId: { $in: ctx.readableTenants(tenantId) } }, page, { year: 'desc' });
  }

  @Query(() => ActionPlanType, { nullable: true, description: 'One plan; null when unknown or not readable.' })
  actionPlan(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Identifier of the plan.' }) id: string) {
    ctx.requireIdentity();
    return loadPlan(ctx, id);
  }

  @FieldResolver(() => CommitteeType, { nullable: true, description: 'The committee it belongs to.' })
  committee(@Root() plan: PlanRow, @Ctx() ctx: Context) {
    return plan.committee ? loadCommittee(ctx, plan.committee.id) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether the caller may change this plan: add, change and import its actions (administrators of its tenant, or whoever runs its committee).' })
  async viewerCanManage(@Root() plan: PlanRow, @Ctx() ctx: Context): Promise<boolean> {
    return !!ctx.identity && can(ctx.identity, 'actionPlan.manage', await planFacts(ctx, plan));
  }

  @FieldResolver(() => ActionConnection, { description: 'Actions of the plan, by reference.' })
  actions(@Root() plan: PlanRow, @Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs): Promise<Connection<Action>> {
    return ctx.loaders
      .get<string, Connection<Action>>(`plan-actions:${page.first}:${page.after ?? ''}`, (ids) => paginateChildren<Action>(ctx.em, Action, ids, page, { parent: 'plan', orderBy: 'reference' }))
      .load(plan.id);
  }

  @FieldResolver(() => String, { description: 'The plan as CSV (UTF-8 with BOM, `;`-separated, decimal comma, French headers): the same format importActionPlanCsv reads back.' })
  async csv(@Root() plan: PlanRow, @Ctx() ctx: Context): Promise<string> {
    return actions.actionsToCsv(await ctx.em.find(Action, { plan: plan.id }, { orderBy: { reference: 'asc' }, limit: 10_000 }));
  }

  @Mutation(() => ActionPlanType, { description: 'C7: opens the action plan of a year.' })
  createActionPlan(
    @Ctx() ctx: Context,
    @Arg('year', () => Int, { description: 'The year.' }) year: number,
    @Arg('title', () => String, { description: 'Title, e.g. « Plan d’actions 2016 ».' }) title: string,
    @Arg('committeeId', () => ID, { nullable: true, description: 'The committee it belongs to.' }) committeeId?: string | null,
  ) {
    return ctx.run((u) => actions.createActionPlan(u, year, title, committeeId));
  }

  @Mutation(() => CsvImportReport, {
    description: 'Imports the plan’s CSV (as exported): new references are created, known ones updated; each problem is reported with its line and column. By default (ALL_OR_NOTHING) nothing is written when any row is refused.',
  })
  async importActionPlanCsv(
    @Ctx() ctx: Context,
    @Arg('planId', () => ID, { description: 'The plan.' }) planId: string,
    @Arg('csv', () => String, { description: 'The CSV text.' }) csv: string,
    @Arg('mode', () => ImportModeEnum, { defaultValue: ImportModeEnum.ALL_OR_NOTHING, description: 'How refused rows are treated (ALL_OR_NOTHING by default).' }) mode: ImportModeValue,
    @Arg('dryRun', () => Boolean, { defaultValue: false, description: 'Check the file and report what would be done, writing nothing.' }) dryRun: boolean,
  ): Promise<ImportReport> {
    if (csv.length > 2_000_000) throw badInput('Fichier trop volumineux (2 Mo au plus).', 'csv');
    try {
      return await ctx.runAfter((c) => actions.parseActionsCsv(c, csv), (u, parsed) => actions.importActionsCsv(u, planId, parsed, { mode, dryRun }));
    } catch (error) {
      if (error instanceof actions.ImportRejected) return error.report;
      throw error;
    }
  }
}

@Resolver(() => ActionType)
export class ActionResolver {
  @Query(() => ActionConnection, { nullable: true, name: 'actions', description: 'Actions of the readable tenants, by reference; filter by plan, status, directorate, overdue.' })
  listActions(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ActionFilter, { nullable: true, description: 'Narrows the list.' }) filter?: ActionFilter | null,
  ): Promise<Connection<Action>> {
    const where: FilterQuery<Action> = { tenantId: { $in: ctx.readableTenants(null) } };
    if (filter?.planId) where.plan = filter.planId;
    if (filter?.status) where.status = filter.status;
    if (filter?.ownerDirectorateId) where.ownerDirectorateId = filter.ownerDirectorateId;
    if (filter?.overdue === true) Object.assign(where, { dueDate: { $lt: ctx.clock.today() }, status: { $nin: [ActionStatus.DONE, ActionStatus.CANCELLED] } });
    if (filter?.overdue === false) where.$or = [{ dueDate: null }, { dueDate: { $gte: ctx.clock.today() } }, { status: { $in: [ActionStatus.DONE, ActionStatus.CANCELLED] } }];
    return paginate(ctx.em, Action, where, page, { reference: 'asc' });
  }

  @Query(() => ActionType, { nullable: true, description: 'One action; null when unknown or not readable.' })
  action(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Identifier of the action.' }) id: string) {
    ctx.requireIdentity();
    return loadAction(ctx, id);
  }

  @FieldResolver(() => ActionPlanType, { description: 'The plan.' })
  plan(@Root() action: ActionRow, @Ctx() ctx: Context) {
    return loadPlan(ctx, action.plan.id);
  }

  @FieldResolver(() => DirectorateRef, { description: 'Directorate in charge.' })
  ownerDirectorate(@Root() action: ActionRow): Ref {
    return { id: action.ownerDirectorateId };
  }

  @FieldResolver(() => Boolean, { description: 'Whether the caller may report this action’s progress (reportActionProgress): the managers and agents of the directorate in charge, or the plan’s managers.' })
  async viewerCanReportProgress(@Root() action: ActionRow, @Ctx() ctx: Context): Promise<boolean> {
    if (!ctx.identity) return false;
    const plan = await loadPlan(ctx, action.plan.id);
    return !!plan && can(ctx.identity, 'action.reportProgress', { plan: await planFacts(ctx, plan), ownerDirectorateId: action.ownerDirectorateId });
  }

  @FieldResolver(() => Boolean, { description: 'Past its due date and neither done nor cancelled.' })
  overdue(@Root() action: ActionRow, @Ctx() ctx: Context): boolean {
    return !!action.dueDate && action.dueDate < ctx.clock.today() && action.status !== ActionStatus.DONE && action.status !== ActionStatus.CANCELLED;
  }

  @FieldResolver(() => ProposalType, { nullable: true, description: 'The proposal it comes from.' })
  originProposal(@Root() action: ActionRow, @Ctx() ctx: Context) {
    return action.originProposal ? loadProposal(ctx, action.originProposal.id) : null;
  }

  @FieldResolver(() => MeetingType, { nullable: true, description: 'The meeting it comes from.' })
  originMeeting(@Root() action: ActionRow, @Ctx() ctx: Context) {
    return action.originMeeting ? loadMeeting(ctx, action.originMeeting.id) : null;
  }

  @FieldResolver(() => SurveyFindingRef, { nullable: true, description: 'The survey finding it comes from (resolved by the surveys service).' })
  originFinding(@Root() action: ActionRow): { id: string } | null {
    return action.originFindingId ? { id: action.originFindingId } : null;
  }

  @FieldResolver(() => [ActionProgressType], { description: 'Dated history of its progress, oldest first.' })
  progressHistory(@Root() action: ActionRow, @Ctx() ctx: Context) {
    return ctx.loaders.childrenOf<ActionProgress>(ActionProgress, 'ActionProgress', 'action', { recordedAt: 'asc' }).load(action.id);
  }

  @Mutation(() => ActionType, { description: 'C7: adds an action to a plan.' })
  addAction(
    @Ctx() ctx: Context,
    @Arg('planId', () => ID, { description: 'The plan.' }) planId: string,
    @Arg('input', () => ActionInput, { description: 'The action.' }) input: ActionInput,
  ) {
    return ctx.runAfter((c) => actions.actionLookups(c, input), (u, lookups) => actions.addAction(u, planId, input, lookups));
  }

  @Mutation(() => ActionType, { description: 'Changes an action (the plan’s managers).' })
  updateAction(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The action.' }) id: string,
    @Arg('input', () => UpdateActionInput, { description: 'The changes.' }) input: UpdateActionInput,
  ) {
    return ctx.runAfter((c) => actions.actionLookups(c, input), (u, lookups) => actions.updateAction(u, id, input, lookups));
  }

  @Mutation(() => ActionType, { description: 'Reports progress (the directorate in charge, or the plan’s managers); kept in a dated history.' })
  reportActionProgress(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The action.' }) id: string,
    @Arg('progress', () => Int, { description: 'Progress in percent (0–100).' }) progress: number,
    @Arg('status', () => ActionStatus, { nullable: true, description: 'New status; derived from the progress when omitted.' }) status?: ActionStatus | null,
    @Arg('note', () => String, { nullable: true, description: 'Comment.' }) note?: string | null,
  ) {
    return ctx.run((u) => actions.reportActionProgress(u, id, progress, status, note));
  }
}

@Resolver(() => ActionProgressType)
export class ActionProgressResolver {
  @FieldResolver(() => UserRef, { nullable: true, description: 'The agent who reported it (resolved by the organization service); null when no agent is known.' })
  recordedBy(@Root() step: ProgressRow): Ref | null {
    return step.recordedBy ? { id: step.recordedBy } : null;
  }
}

/** Directorate and Tenant, owned by the organization service, extended with what this service knows of them. */
@Resolver(() => DirectorateRef)
export class DirectorateExtensionResolver {
  @FieldResolver(() => ActionConnection, { description: 'Actions in charge of this directorate that are not done or cancelled, by due date.' })
  openActions(@Root() directorate: Ref, @Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs): Promise<Connection<Action>> {
    ctx.requireIdentity();
    const where = { sql: 't."status" not in (?, ?)', params: [ActionStatus.DONE, ActionStatus.CANCELLED] };
    return ctx.loaders
      .get<string, Connection<Action>>(`open-actions:${page.first}:${page.after ?? ''}`, (ids) => paginateChildren<Action>(ctx.em, Action, ids, page, { parent: 'ownerDirectorateId', orderBy: 'reference', where }))
      .load(directorate.id);
  }

  @FieldResolver(() => ProposalConnection, { description: 'Proposals routed to this directorate, newest first.' })
  routedProposals(@Root() directorate: Ref, @Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs): Promise<Connection<Proposal>> {
    ctx.requireIdentity();
    const through = { entity: ProposalRouting.meta.className, child: 'proposal' };
    return ctx.loaders
      .get<string, Connection<Proposal>>(`routed-proposals:${page.first}:${page.after ?? ''}`, (ids) =>
        paginateChildren<Proposal>(ctx.em, Proposal, ids, page, { parent: 'directorateId', orderBy: 'createdAt', descending: true, idDescending: false, through }),
      )
      .load(directorate.id);
  }
}

@Resolver(() => SurveyFindingRef)
export class SurveyFindingExtensionResolver {
  @FieldResolver(() => [ActionType], { description: 'Actions of the plans that take this finding up, by reference.' })
  actions(@Root() finding: { id: string }, @Ctx() ctx: Context) {
    ctx.requireIdentity();
    return ctx.loaders.childrenOf<Action>(Action, 'Action', 'originFindingId', { reference: 'asc' }).load(finding.id);
  }
}
