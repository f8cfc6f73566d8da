import { Arg, Args, Ctx, Directive, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { DirectorateRef, TenantRef, TenantViewerCanRef } from '@qualipref/organization-client';
import { ConnectionType, PageArgs, paginate, paginateChildren, type Connection } from '@qualipref/server-kit';
import { Audit, Labelling, ReferentialModule } from '../entities/index.js';
import * as labellings from '../domain/labelling.js';
import { AuditKind, DeadlineState } from '../domain/enums.js';
import { can } from '../domain/policy.js';
import { VALIDITY_MONTHS, FOLLOW_UP_MONTHS, INTERNAL_LEAD_MONTHS, WARNING_DAYS, auditCycle, nextDeadline, type AuditCycle, type Deadline } from '../domain/rules.js';
import type { Context, Ref } from './context.js';
import { ReferentialModuleType, ReferentialType, loadReferential } from './referentials.js';

type LabellingRow = Labelling;
type AuditRow = Audit;

export const loadLabelling = (ctx: Context, id: string) => ctx.loaders.byId<Labelling>(Labelling, 'Labelling').load(id);

registerEnumType(AuditKind, {
  name: 'AuditKind',
  description: 'Q4: the audits of a label’s cycle.',
  valuesConfig: {
    INTERNAL: { description: `Held by the tenant’s own auditors, ${INTERNAL_LEAD_MONTHS} months before each external audit.` },
    CERTIFICATION: { description: 'The certification body’s (AFNOR) first audit, which grants the label.' },
    FOLLOW_UP: { description: `The certification body’s audit at ${FOLLOW_UP_MONTHS} months.` },
    RENEWAL: { description: `The certification body’s audit by the end of the ${VALIDITY_MONTHS / 12} years, which renews the label.` },
  },
});

registerEnumType(DeadlineState, {
  name: 'AuditDeadlineState',
  description: 'Where a deadline of the audit cycle stands.',
  valuesConfig: {
    DONE: { description: 'The audit was held.' },
    SCHEDULED: { description: 'An audit is planned on or before the deadline.' },
    NOT_SCHEDULED: { description: 'No audit is planned on or before the deadline, which has not passed.' },
    OVERDUE: { description: 'The deadline has passed without the audit.' },
  },
});

@ObjectType('Audit', { description: 'Q4: an audit of a labelling’s cycle, planned then held.' })
export class AuditType {
  @Field(() => ID, { description: 'Identifier of the audit.' })
  id!: string;

  @Field(() => AuditKind, { description: 'Kind of audit.' })
  kind!: AuditKind;

  @Field(() => String, { description: 'Day it is planned (YYYY-MM-DD).' })
  plannedOn!: string;

  @Field(() => String, { nullable: true, description: 'Day it was held (YYYY-MM-DD); null until then.' })
  heldOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Who audits: the certification body or the internal auditors.' })
  auditor!: string | null;

  @Field(() => String, { nullable: true, description: 'What it found, in a few lines.' })
  outcome!: string | null;
}

@ObjectType('AuditDeadline', { description: `Q4: a deadline of the audit cycle; \`warning\` is set ${WARNING_DAYS} days before it until it is met.` })
export class AuditDeadlineType {
  @Field(() => AuditKind, { description: 'The audit due.' })
  kind!: AuditKind;

  @Field(() => String, { description: 'Last day it may be held (YYYY-MM-DD).' })
  dueOn!: string;

  @Field(() => DeadlineState, { description: 'Where it stands.' })
  state!: DeadlineState;

  @Field(() => Boolean, { description: `Not met, and due within ${WARNING_DAYS} days or past.` })
  warning!: boolean;

  @Field(() => AuditType, { nullable: true, description: 'The audit that meets it, held or planned; null when none.' })
  audit!: AuditType | null;
}

@ObjectType('Labelling', { description: 'Q4: a tenant labelled, or preparing its labelling, under a referential, with its modules and its audit cycle.' })
@Directive('@key(fields: "id")')
export class LabellingType {
  @Field(() => ID, { description: 'Identifier of the labelling.' })
  id!: string;

  @Field(() => [String], { description: 'Codes of the optional modules chosen (the mandatory ones always apply).' })
  optionalModuleCodes!: string[];

  @Field(() => String, { nullable: true, description: 'Day the label was granted or last renewed (YYYY-MM-DD); null while the first certification is prepared.' })
  certifiedOn!: string | null;
}

@InputType({ description: 'A tenant’s labelling under a referential.' })
export class LabelTenantInput implements labellings.LabellingInput {
  @Field(() => ID, { description: 'The referential; it must be open.' })
  referentialId!: string;

  @Field(() => [String], { nullable: true, description: 'Codes of the optional modules chosen, e.g. ["RELATIONS_COLLECTIVITES"] (at most 50 items).' })
  optionalModuleCodes?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Directorate that steers the label; the caller’s when omitted.' })
  ownerDirectorateId?: string | null;

  @Field(() => String, { nullable: true, description: 'Day the label was granted (YYYY-MM-DD), not after today; omitted while the certification is prepared.' })
  certifiedOn?: string | null;
}

@InputType({ description: 'Changes to a labelling; omitted fields stay.' })
export class UpdateLabellingInput {
  @Field(() => [String], { nullable: true, description: 'New optional modules (at most 50 items).' })
  optionalModuleCodes?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'New steering directorate.' })
  ownerDirectorateId?: string | null;

  @Field(() => String, { nullable: true, description: 'Day the label was granted or renewed (YYYY-MM-DD), not after today; a renewal starts a new cycle.' })
  certifiedOn?: string | null;
}

@InputType({ description: 'An audit to plan.' })
export class PlanAuditInput implements labellings.AuditInput {
  @Field(() => AuditKind, { description: 'Kind of audit; a follow-up or renewal audit comes after the certification day (BAD_USER_INPUT, reason AUDIT_DATES_OUT_OF_ORDER).' })
  kind!: AuditKind;

  @Field(() => String, { description: 'Day it is planned (YYYY-MM-DD).' })
  plannedOn!: string;

  @Field(() => String, { nullable: true, description: 'Who audits.' })
  auditor?: string | null;
}

@InputType({ description: 'An audit held.' })
export class RecordAuditInput implements labellings.AuditRecord {
  @Field(() => String, { description: 'Day it was held (YYYY-MM-DD), not after today (BAD_USER_INPUT, reason DATE_IN_FUTURE).' })
  heldOn!: string;

  @Field(() => String, { nullable: true, description: 'What it found.' })
  outcome?: string | null;
}

export const AuditConnection = ConnectionType(AuditType, 'Audit', 'A page of audits, latest planned first.');
export const LabellingConnection = ConnectionType(LabellingType, 'Labelling', 'A page of labellings, by referential, oldest first.');

/**
 * The cycle of a labelling, computed once per request whichever of its fields are asked, from its
 * audits loaded with those of the other labellings of the page; its deadlines carry those audits.
 */
function cycleOf(ctx: Context, labelling: LabellingRow): Promise<AuditCycle<Audit>> {
  return ctx.loaders
    .get<LabellingRow, AuditCycle<Audit>>('audit-cycles', async (rows) => {
      const audits = await ctx.loaders.childrenOf<Audit>(Audit, 'Audit', 'labelling', { plannedOn: 'asc' }).loadMany(rows.map((l) => l.id));
      return rows.map((l, i) => {
        const own = audits[i];
        return own instanceof Error ? own : auditCycle(l.certifiedOn ?? null, own!, ctx.clock.today());
      });
    })
    .load(labelling);
}

@Resolver(() => LabellingType)
export class LabellingResolver {
  @Query(() => LabellingConnection, { nullable: true, description: 'Q4: the labellings of the readable tenants.' })
  labellings(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs, @Arg('tenantId', () => ID, { nullable: true, description: 'Only this tenant’s.' }) tenantId?: string | null): Promise<Connection<Labelling>> {
    return paginate(ctx.em, Labelling, { tenantId: { $in: ctx.readableTenants(tenantId) } }, page, { createdAt: 'asc' });
  }

  @Query(() => LabellingType, { nullable: true, description: 'One labelling; null when unknown or not readable.' })
  labelling(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Identifier of the labelling.' }) id: string) {
    ctx.requireIdentity();
    return loadLabelling(ctx, id);
  }

  @FieldResolver(() => TenantRef, { description: 'The tenant labelled.' })
  tenant(@Root() labelling: LabellingRow): Ref {
    return { id: labelling.tenantId };
  }

  @FieldResolver(() => ReferentialType, { description: 'The referential it is under.' })
  referential(@Root() labelling: LabellingRow, @Ctx() ctx: Context) {
    return loadReferential(ctx, labelling.referential.id);
  }

  @FieldResolver(() => [ReferentialModuleType], { description: 'The modules that apply: the mandatory ones and those chosen, in the referential’s order.' })
  async modules(@Root() labelling: LabellingRow, @Ctx() ctx: Context) {
    const modules = await ctx.loaders.childrenOf<ReferentialModule>(ReferentialModule, 'ReferentialModule', 'referential', { position: 'asc' }).load(labelling.referential.id);
    return modules.filter((m) => m.mandatory || labelling.optionalModuleCodes.includes(m.code));
  }

  @FieldResolver(() => DirectorateRef, { description: 'The directorate that steers the label.' })
  ownerDirectorate(@Root() labelling: LabellingRow): Ref {
    return { id: labelling.ownerDirectorateId };
  }

  @FieldResolver(() => String, { nullable: true, description: `Last day of the label’s validity, ${VALIDITY_MONTHS / 12} years from its certification (YYYY-MM-DD); null before it.` })
  async expiresOn(@Root() labelling: LabellingRow, @Ctx() ctx: Context): Promise<string | null> {
    return (await cycleOf(ctx, labelling)).expiresOn;
  }

  @FieldResolver(() => [AuditDeadlineType], { description: 'The deadlines of the current cycle, by date: internal audit, follow-up audit, internal audit, renewal audit.' })
  async deadlines(@Root() labelling: LabellingRow, @Ctx() ctx: Context): Promise<Deadline<Audit>[]> {
    return (await cycleOf(ctx, labelling)).deadlines;
  }

  @FieldResolver(() => AuditDeadlineType, { nullable: true, description: 'The first deadline not met; null when none is left (or none is planned before the first certification).' })
  async nextDeadline(@Root() labelling: LabellingRow, @Ctx() ctx: Context): Promise<Deadline<Audit> | null> {
    return nextDeadline(await cycleOf(ctx, labelling));
  }

  @FieldResolver(() => AuditConnection, { description: 'Its audits, latest planned first.' })
  audits(@Root() labelling: LabellingRow, @Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs): Promise<Connection<Audit>> {
    return ctx.loaders
      .get<string, Connection<Audit>>(`audits:${page.first}:${page.after ?? ''}`, (ids) => paginateChildren<Audit>(ctx.em, Audit, ids, page, { parent: 'labelling', orderBy: 'plannedOn', descending: true }))
      .load(labelling.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the caller may change it and its audits (the steering directorate’s managers and the tenant’s administrators).' })
  viewerCanManage(@Root() labelling: LabellingRow, @Ctx() ctx: Context): boolean {
    return can(ctx.identity, 'labelling.manage', labelling);
  }

  @Mutation(() => LabellingType, { description: 'Q4: records the caller’s tenant labelled (or preparing) under an open referential (BAD_USER_INPUT, reason REFERENTIAL_CLOSED, for a closed one; CONFLICT when already recorded). Managers and administrators.' })
  labelTenant(@Ctx() ctx: Context, @Arg('input', () => LabelTenantInput, { description: 'The labelling.' }) input: LabelTenantInput) {
    return ctx.runAfter((c) => labellings.labellingLookups(c, input), (u, org) => labellings.labelTenant(u, input, org));
  }

  @Mutation(() => LabellingType, { description: 'Changes a labelling: its modules, steering directorate, certification day.' })
  updateLabelling(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The labelling.' }) id: string, @Arg('input', () => UpdateLabellingInput, { description: 'The changes.' }) input: UpdateLabellingInput) {
    return ctx.runAfter((c) => labellings.labellingLookups(c, input), (u, org) => labellings.updateLabelling(u, id, input, org));
  }

  @Mutation(() => AuditType, { description: 'Q4: plans an audit of a labelling’s cycle.' })
  planAudit(@Ctx() ctx: Context, @Arg('labellingId', () => ID, { description: 'The labelling.' }) labellingId: string, @Arg('input', () => PlanAuditInput, { description: 'The audit.' }) input: PlanAuditInput) {
    return ctx.run((u) => labellings.planAudit(u, labellingId, input));
  }

  @Mutation(() => AuditType, { description: 'Q4: records that an audit was held, with what it found.' })
  recordAudit(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The audit.' }) id: string, @Arg('input', () => RecordAuditInput, { description: 'The audit held.' }) input: RecordAuditInput) {
    return ctx.run((u) => labellings.recordAudit(u, id, input));
  }
}


@Resolver(() => AuditType)
export class AuditResolver {
  @FieldResolver(() => LabellingType, { description: 'The labelling audited.' })
  labelling(@Root() audit: AuditRow, @Ctx() ctx: Context) {
    return loadLabelling(ctx, audit.labelling.id);
  }
}

@Resolver(() => TenantRef)
export class TenantExtensionResolver {
  @FieldResolver(() => LabellingConnection, { description: 'Q4: the tenant’s labellings, oldest first.' })
  labellings(@Root() tenant: Ref, @Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs): Promise<Connection<Labelling>> {
    ctx.requireIdentity();
    return ctx.loaders
      .get<string, Connection<Labelling>>(`tenant-labellings:${page.first}:${page.after ?? ''}`, (ids) => paginateChildren<Labelling>(ctx.em, Labelling, ids, page, { parent: 'tenantId', orderBy: 'createdAt' }))
      .load(tenant.id);
  }
}

@Resolver(() => TenantViewerCanRef)
export class TenantViewerCanResolver {
  @FieldResolver(() => Boolean, { description: 'Whether the caller may record a labelling of this tenant (its managers and administrators).' })
  createLabellings(@Root() capabilities: TenantViewerCanRef, @Ctx() ctx: Context): boolean {
    return can(ctx.identity, 'labelling.create', { tenantId: capabilities.id });
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether the console opens the tenant’s quality programme to the caller (its users’ committee, surveys, feedback and label): to the members of the directorate that steers its label (DRMM / MACAP at the préfecture, the secretariat at a sous-préfecture), and to the analysts and administrators of the tenants they read.',
  })
  async openQualityProgramme(@Root() capabilities: TenantViewerCanRef, @Ctx() ctx: Context): Promise<boolean> {
    if (!ctx.identity) return false;
    const labellings = await ctx.loaders.childrenOf<Labelling>(Labelling, 'Labelling', 'tenantId', { createdAt: 'asc' }).load(capabilities.id);
    return can(ctx.identity, 'programme.open', { tenantId: capabilities.id, ownerDirectorateIds: labellings.map((l) => l.ownerDirectorateId) });
  }
}
