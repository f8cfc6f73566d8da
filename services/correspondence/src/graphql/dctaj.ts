import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import { calendarDaysBetween } from '@qualipref/calendar';
import { DirectorateRef } from '@qualipref/organization-client';
import { type Connection, ConnectionType, PageArgs, paginate } from '@qualipref/server-kit';
import { AppointmentRequest, LegalityControl, LitigationCase, TenantSettings } from '../entities/index.js';
import { setLegalityArrondissements } from '../domain/delay-targets.js';
import * as dctaj from '../domain/dctaj.js';
import { AppointmentRequesterKind, ReferralBasis, ReferralState } from '../domain/enums.js';
import { can } from '../domain/policy.js';
import { referralState, referralWindow } from '../domain/rules.js';
import './enums.js';
import { type Context, type Ref, dateRange } from './common.js';

// Parameter types named apart from the entity schemas, so that decorator metadata sees plain types.
type LegalityRow = LegalityControl;
type LitigationRow = LitigationCase;
type AppointmentRow = AppointmentRequest;

@ObjectType('LegalityControl', { description: 'An act of a collectivité under legality control (DCTAJ, R3), with the recours gracieux and the referral window.' })
export class LegalityControlType {
  @Field(() => ID, { description: 'Identifier of the control.' })
  id!: string;

  @Field(() => ID, { description: 'Tenant.' })
  tenantId!: string;

  @Field(() => String, { description: 'The collectivité that adopted the act.' })
  collectiviteName!: string;

  @Field(() => String, { description: 'Kind of act (délibération, arrêté, marché…).' })
  actKind!: string;

  @Field(() => String, { nullable: true, description: 'Reference of the act.' })
  actReference!: string | null;

  @Field(() => String, { description: 'Date the prefecture received it (YYYY-MM-DD).' })
  receivedAt!: string;

  @Field(() => String, { nullable: true, description: 'Date missing pieces were asked of the collectivité (demande de pièces complémentaires) (YYYY-MM-DD); within the two months, it postpones their start to the pieces’ receipt.' })
  documentsRequestedAt!: string | null;

  @Field(() => String, { nullable: true, description: 'Date the pieces asked for were received (YYYY-MM-DD): the two months run from it.' })
  documentsReceivedAt!: string | null;

  @Field(() => String, { nullable: true, description: 'Date observations were sent to the collectivité (YYYY-MM-DD).' })
  observationsSentAt!: string | null;

  @Field(() => String, { nullable: true, description: 'Date the elected official was informed before a recours gracieux (YYYY-MM-DD).' })
  electedOfficialInformedAt!: string | null;

  @Field(() => String, { nullable: true, description: 'Date the recours gracieux was sent; never before the elected official was informed (YYYY-MM-DD). Sent within the two months, it interrupts them.' })
  recoursSentAt!: string | null;

  @Field(() => String, { nullable: true, description: 'Date of the collectivité’s explicit answer to the recours gracieux (YYYY-MM-DD): two new months run from it, unless its silence had already become an implicit rejection.' })
  recoursAnsweredAt!: string | null;

  @Field(() => String, { nullable: true, description: 'Last day for the prefect’s referral to the administrative court (CGCT L.2131-6): two months from referralPeriodStart; null while pieces asked for are awaited.' })
  referralDeadline!: string | null;

  @Field(() => String, { nullable: true, description: 'Date the act was referred to the court (déféré) (YYYY-MM-DD).' })
  referredAt!: string | null;

  @Field(() => String, { nullable: true, description: 'Notes.' })
  notes!: string | null;
}

@ObjectType('LegalityControlCoverage', { description: 'The arrondissements whose acts a tenant’s legality control receives: a setting of the tenant (in Moselle the préfecture covers them all).' })
export class LegalityControlCoverageType {
  @Field(() => ID, { description: 'Tenant.' })
  tenantId!: string;

  @Field(() => [String], { description: 'Names of the arrondissements covered, in the order set; empty when the tenant’s acts are controlled by another tenant (the préfecture).' })
  arrondissements!: string[];
}

@ObjectType('LitigationCase', { description: 'A litigation case (contentieux, DCTAJ) with its key dates and delays against targets.' })
export class LitigationCaseType {
  @Field(() => ID, { description: 'Identifier of the case.' })
  id!: string;

  @Field(() => ID, { description: 'Tenant.' })
  tenantId!: string;

  @Field(() => String, { description: 'Reference (court case number).' })
  reference!: string;

  @Field(() => String, { nullable: true, description: 'Court.' })
  court!: string | null;

  @Field(() => String, { description: 'Subject.' })
  subject!: string;

  @Field(() => String, { description: 'Date of the request (saisine) (YYYY-MM-DD).' })
  requestedAt!: string;

  @Field(() => String, { nullable: true, description: 'Date of the prefecture’s filing (mémoire) (YYYY-MM-DD).' })
  filedAt!: string | null;

  @Field(() => String, { nullable: true, description: 'Date of the hearing (YYYY-MM-DD).' })
  hearingAt!: string | null;

  @Field(() => String, { nullable: true, description: 'Date of the decision (YYYY-MM-DD).' })
  decidedAt!: string | null;

  @Field(() => Int, { description: 'Target from request to filing, in calendar days.' })
  filingTargetDays!: number;

  @Field(() => Int, { description: 'Target from request to decision, in calendar days.' })
  decisionTargetDays!: number;
}

@ObjectType('AppointmentRequest', { description: 'An appointment asked of the DCTAJ by an elected official or a territorial officer, with the delay to the appointment.' })
export class AppointmentRequestType {
  @Field(() => ID, { description: 'Identifier of the request.' })
  id!: string;

  @Field(() => ID, { description: 'Tenant.' })
  tenantId!: string;

  @Field(() => String, { description: 'Who asks.' })
  requesterName!: string;

  @Field(() => AppointmentRequesterKind, { description: 'Elected official or territorial officer.' })
  requesterKind!: AppointmentRequesterKind;

  @Field(() => String, { nullable: true, description: 'Their collectivité.' })
  collectiviteName!: string | null;

  @Field(() => String, { description: 'Subject.' })
  subject!: string;

  @Field(() => String, { description: 'Date of the request (YYYY-MM-DD).' })
  requestedAt!: string;

  @Field(() => String, { nullable: true, description: 'Date the requester asked for (YYYY-MM-DD).' })
  dateAsked!: string | null;

  @Field(() => String, { nullable: true, description: 'Date of the appointment given (YYYY-MM-DD).' })
  dateGiven!: string | null;

  @Field(() => Int, { nullable: true, description: 'Working days from the request to the appointment given.' })
  delayWorkingDays!: number | null;
}

export const LegalityControlConnection = ConnectionType(LegalityControlType, 'LegalityControl', 'A page of legality controls, newest reception first.');
export const LitigationCaseConnection = ConnectionType(LitigationCaseType, 'LitigationCase', 'A page of litigation cases, newest request first.');
export const AppointmentRequestConnection = ConnectionType(AppointmentRequestType, 'AppointmentRequest', 'A page of appointment requests, newest first.');
@InputType({ description: 'An act under legality control.' })
export class LegalityControlInput {
  @Field(() => ID, { nullable: true, description: 'DCTAJ directorate owning the record: the caller’s when omitted (administrators name one).' })
  ownerDirectorateId?: string | null;

  @Field(() => String, { description: 'The collectivité.' })
  collectiviteName!: string;

  @Field(() => String, { description: 'Kind of act.' })
  actKind!: string;

  @Field(() => String, { nullable: true, description: 'Reference of the act.' })
  actReference?: string | null;

  @Field(() => String, { description: 'Date received (YYYY-MM-DD); not after today (BAD_USER_INPUT, reason DATE_IN_FUTURE), like every date of the procedure.' })
  receivedAt!: string;

  @Field(() => String, { nullable: true, description: 'Date missing pieces were asked for (YYYY-MM-DD).' })
  documentsRequestedAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Date the pieces asked for were received (not before the request) (YYYY-MM-DD).' })
  documentsReceivedAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Date observations were sent (YYYY-MM-DD).' })
  observationsSentAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Date the elected official was informed (YYYY-MM-DD).' })
  electedOfficialInformedAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Date the recours gracieux was sent (not before the information) (YYYY-MM-DD).' })
  recoursSentAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Date of the collectivité’s explicit answer to the recours (not before it) (YYYY-MM-DD).' })
  recoursAnsweredAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Date of the referral to the court (YYYY-MM-DD).' })
  referredAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Notes.' })
  notes?: string | null;
}

@InputType({ description: 'Changes to a legality control; omitted fields stay, null clears.' })
export class UpdateLegalityControlInput {
  @Field(() => String, { nullable: true, description: 'The collectivité.' })
  collectiviteName?: string | null;

  @Field(() => String, { nullable: true, description: 'Kind of act.' })
  actKind?: string | null;

  @Field(() => String, { nullable: true, description: 'Reference of the act.' })
  actReference?: string | null;

  @Field(() => String, { nullable: true, description: 'Date received (moves the referral deadline; not after today) (YYYY-MM-DD).' })
  receivedAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Date missing pieces were asked for (YYYY-MM-DD).' })
  documentsRequestedAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Date the pieces asked for were received (not before the request) (YYYY-MM-DD).' })
  documentsReceivedAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Date observations were sent (YYYY-MM-DD).' })
  observationsSentAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Date the elected official was informed (YYYY-MM-DD).' })
  electedOfficialInformedAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Date the recours gracieux was sent (not before the information) (YYYY-MM-DD).' })
  recoursSentAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Date of the collectivité’s explicit answer to the recours (not before it) (YYYY-MM-DD).' })
  recoursAnsweredAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Date of the referral to the court (YYYY-MM-DD).' })
  referredAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Notes.' })
  notes?: string | null;
}

@InputType({ description: 'A litigation case.' })
export class LitigationCaseInput {
  @Field(() => ID, { nullable: true, description: 'DCTAJ directorate owning the record: the caller’s when omitted.' })
  ownerDirectorateId?: string | null;

  @Field(() => String, { description: 'Reference.' })
  reference!: string;

  @Field(() => String, { nullable: true, description: 'Court.' })
  court?: string | null;

  @Field(() => String, { description: 'Subject.' })
  subject!: string;

  @Field(() => String, { description: 'Date of the request (YYYY-MM-DD).' })
  requestedAt!: string;

  @Field(() => String, { nullable: true, description: 'Date of the filing (YYYY-MM-DD).' })
  filedAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Date of the hearing (YYYY-MM-DD).' })
  hearingAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Date of the decision (YYYY-MM-DD).' })
  decidedAt?: string | null;

  @Field(() => Int, { nullable: true, description: 'Target request → filing in calendar days (60 when omitted).' })
  filingTargetDays?: number | null;

  @Field(() => Int, { nullable: true, description: 'Target request → decision in calendar days (365 when omitted).' })
  decisionTargetDays?: number | null;
}

@InputType({ description: 'Changes to a litigation case; omitted fields stay, null clears a date.' })
export class UpdateLitigationCaseInput {
  @Field(() => String, { nullable: true, description: 'Reference.' })
  reference?: string | null;

  @Field(() => String, { nullable: true, description: 'Court.' })
  court?: string | null;

  @Field(() => String, { nullable: true, description: 'Subject.' })
  subject?: string | null;

  @Field(() => String, { nullable: true, description: 'Date of the request (YYYY-MM-DD).' })
  requestedAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Date of the filing (YYYY-MM-DD).' })
  filedAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Date of the hearing (YYYY-MM-DD).' })
  hearingAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Date of the decision (YYYY-MM-DD).' })
  decidedAt?: string | null;

  @Field(() => Int, { nullable: true, description: 'Target request → filing in calendar days.' })
  filingTargetDays?: number | null;

  @Field(() => Int, { nullable: true, description: 'Target request → decision in calendar days.' })
  decisionTargetDays?: number | null;
}

@InputType({ description: 'An appointment request.' })
export class AppointmentRequestInput {
  @Field(() => ID, { nullable: true, description: 'DCTAJ directorate owning the record: the caller’s when omitted.' })
  ownerDirectorateId?: string | null;

  @Field(() => String, { description: 'Who asks.' })
  requesterName!: string;

  @Field(() => AppointmentRequesterKind, { description: 'Elected official or territorial officer.' })
  requesterKind!: AppointmentRequesterKind;

  @Field(() => String, { nullable: true, description: 'Their collectivité.' })
  collectiviteName?: string | null;

  @Field(() => String, { description: 'Subject.' })
  subject!: string;

  @Field(() => String, { description: 'Date of the request (YYYY-MM-DD).' })
  requestedAt!: string;

  @Field(() => String, { nullable: true, description: 'Date asked for (YYYY-MM-DD).' })
  dateAsked?: string | null;

  @Field(() => String, { nullable: true, description: 'Date given (YYYY-MM-DD).' })
  dateGiven?: string | null;
}

@InputType({ description: 'Changes to an appointment request; omitted fields stay, null clears a date.' })
export class UpdateAppointmentRequestInput {
  @Field(() => String, { nullable: true, description: 'Who asks.' })
  requesterName?: string | null;

  @Field(() => AppointmentRequesterKind, { nullable: true, description: 'Elected official or territorial officer.' })
  requesterKind?: AppointmentRequesterKind | null;

  @Field(() => String, { nullable: true, description: 'Their collectivité.' })
  collectiviteName?: string | null;

  @Field(() => String, { nullable: true, description: 'Subject.' })
  subject?: string | null;

  @Field(() => String, { nullable: true, description: 'Date of the request (YYYY-MM-DD).' })
  requestedAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Date asked for (YYYY-MM-DD).' })
  dateAsked?: string | null;

  @Field(() => String, { nullable: true, description: 'Date given (YYYY-MM-DD).' })
  dateGiven?: string | null;
}

const delay = (start: string | null | undefined, end: string | null | undefined) => (start && end ? calendarDaysBetween(start, end) : null);

@Resolver(() => LegalityControlType)
export class LegalityControlResolver {
  @Query(() => LegalityControlConnection, { nullable: true, description: 'R3: acts under legality control of the readable tenants, newest reception first.' })
  legalityControls(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('tenantId', () => ID, { nullable: true, description: 'Only this tenant’s.' }) tenantId?: string | null,
    @Arg('from', () => String, { nullable: true, description: 'Received on or after this day (YYYY-MM-DD).' }) from?: string | null,
    @Arg('to', () => String, { nullable: true, description: 'Received on or before this day (YYYY-MM-DD).' }) to?: string | null,
  ): Promise<Connection<LegalityControl>> {
    const where: FilterQuery<LegalityControl> & Record<string, unknown> = { tenantId: { $in: ctx.readableTenants(tenantId) } };
    const range = dateRange(from, to);
    if (range) where.receivedAt = range;
    return paginate(ctx.em, LegalityControl, where, page, { receivedAt: 'desc' });
  }

  @FieldResolver(() => ReferralState, { description: 'Where the two-month referral window stands today (EXPIRED only for an act the prefecture had contested by observations or a recours gracieux).' })
  referralState(@Root() control: LegalityRow, @Ctx() ctx: Context): ReferralState {
    return referralState(control, ctx.clock.today());
  }

  @FieldResolver(() => ReferralBasis, { description: 'What the two months of the referral run from: the reception, the pieces received, the answer to the recours gracieux or its implicit rejection.' })
  referralBasis(@Root() control: LegalityRow): ReferralBasis {
    return referralWindow(control).basis;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The day the two months of the referral run from (YYYY-MM-DD); null while pieces asked for are awaited.' })
  referralPeriodStart(@Root() control: LegalityRow): string | null {
    return referralWindow(control).runsFrom;
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'The rule the audit checks: true when the elected official was informed before the recours gracieux; null when no recours was sent.' })
  electedOfficialInformedFirst(@Root() control: LegalityRow): boolean | null {
    if (!control.recoursSentAt) return null;
    return !!control.electedOfficialInformedAt && control.electedOfficialInformedAt <= control.recoursSentAt;
  }

  @FieldResolver(() => Boolean, { description: 'Whether the caller may change this legality control (the DCTAJ that owns it, the tenant’s administrators).' })
  viewerCanUpdate(@Root() control: LegalityRow, @Ctx() ctx: Context): boolean {
    return can(ctx.identity, 'dctaj.record', { tenantId: control.tenantId, ownerDirectorateId: control.ownerDirectorateId });
  }

  @FieldResolver(() => DirectorateRef, { description: 'The DCTAJ directorate owning the record.' })
  ownerDirectorate(@Root() control: LegalityRow): Ref {
    return { id: control.ownerDirectorateId };
  }

  @Mutation(() => LegalityControlType, { description: 'Records an act under legality control; an act received after today is refused (BAD_USER_INPUT, reason DATE_IN_FUTURE) and nothing is stored. DCTAJ and administrators.' })
  recordLegalityControl(@Ctx() ctx: Context, @Arg('input', () => LegalityControlInput, { description: 'The act.' }) input: LegalityControlInput) {
    return ctx.runAfter((c) => dctaj.dctajLookups(c, input.ownerDirectorateId), (u, org) => dctaj.recordLegalityControl(u, input, org));
  }

  @Mutation(() => LegalityControlType, { description: 'Changes a legality control and recomputes its referral deadline; a recours gracieux before the elected official was informed, or a date after today, is refused (BAD_USER_INPUT). DCTAJ and administrators.' })
  updateLegalityControl(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The control.' }) id: string,
    @Arg('input', () => UpdateLegalityControlInput, { description: 'The changes.' }) input: UpdateLegalityControlInput,
  ) {
    return ctx.runAfter((c) => dctaj.recordedDctajLookups(c, LegalityControl, id), (u, org) => dctaj.updateLegalityControl(u, id, input, org));
  }
}

@Resolver(() => LegalityControlCoverageType)
export class LegalityControlCoverageResolver {
  @Query(() => LegalityControlCoverageType, { nullable: true, description: 'The arrondissements a readable tenant’s legality control covers (the caller’s tenant by default).' })
  async legalityControlCoverage(@Ctx() ctx: Context, @Arg('tenantId', () => ID, { nullable: true, description: 'The tenant.' }) tenantId?: string | null): Promise<LegalityControlCoverageType> {
    const [tenant] = ctx.readableTenants(tenantId ?? ctx.requireIdentity().tenantId);
    const settings = await ctx.em.findOne(TenantSettings, { tenantId: tenant });
    return { tenantId: tenant!, arrondissements: settings?.legalityArrondissements ?? [] };
  }

  @Mutation(() => LegalityControlCoverageType, { description: 'Sets the arrondissements the caller’s tenant’s legality control covers (names, each once; empty: controlled elsewhere). Administrators.' })
  async setLegalityControlArrondissements(
    @Ctx() ctx: Context,
    @Arg('arrondissements', () => [String], { description: 'Names of the arrondissements, in the order to show (at most 20 items).' }) arrondissements: string[],
  ): Promise<LegalityControlCoverageType> {
    const settings = await ctx.run((u) => setLegalityArrondissements(u, arrondissements));
    return { tenantId: settings.tenantId, arrondissements: settings.legalityArrondissements };
  }
}

@Resolver(() => LitigationCaseType)
export class LitigationCaseResolver {
  @Query(() => LitigationCaseConnection, { nullable: true, description: 'R3: litigation cases of the readable tenants, newest request first.' })
  litigationCases(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs, @Arg('tenantId', () => ID, { nullable: true, description: 'Only this tenant’s.' }) tenantId?: string | null) {
    return paginate(ctx.em, LitigationCase, { tenantId: { $in: ctx.readableTenants(tenantId) } }, page, { requestedAt: 'desc' });
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Calendar days from the request to the filing.' })
  daysToFiling(@Root() record: LitigationRow): number | null {
    return delay(record.requestedAt, record.filedAt);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Calendar days from the filing to the hearing.' })
  daysFilingToHearing(@Root() record: LitigationRow): number | null {
    return delay(record.filedAt, record.hearingAt);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Calendar days from the hearing to the decision.' })
  daysHearingToDecision(@Root() record: LitigationRow): number | null {
    return delay(record.hearingAt, record.decidedAt);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Calendar days from the request to the decision.' })
  daysToDecision(@Root() record: LitigationRow): number | null {
    return delay(record.requestedAt, record.decidedAt);
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Filed within its target; null while not filed.' })
  filingOnTime(@Root() record: LitigationRow): boolean | null {
    const days = delay(record.requestedAt, record.filedAt);
    return days === null ? null : days <= record.filingTargetDays;
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Decided within its target; null while not decided.' })
  decisionOnTime(@Root() record: LitigationRow): boolean | null {
    const days = delay(record.requestedAt, record.decidedAt);
    return days === null ? null : days <= record.decisionTargetDays;
  }

  @FieldResolver(() => Boolean, { description: 'Whether the caller may change this litigation case (the DCTAJ that owns it, the tenant’s administrators).' })
  viewerCanUpdate(@Root() record: LitigationRow, @Ctx() ctx: Context): boolean {
    return can(ctx.identity, 'dctaj.record', { tenantId: record.tenantId, ownerDirectorateId: record.ownerDirectorateId });
  }

  @FieldResolver(() => DirectorateRef, { description: 'The DCTAJ directorate owning the record.' })
  ownerDirectorate(@Root() record: LitigationRow): Ref {
    return { id: record.ownerDirectorateId };
  }

  @Mutation(() => LitigationCaseType, { description: 'Records a litigation case. DCTAJ and administrators.' })
  recordLitigationCase(@Ctx() ctx: Context, @Arg('input', () => LitigationCaseInput, { description: 'The case.' }) input: LitigationCaseInput) {
    return ctx.runAfter((c) => dctaj.dctajLookups(c, input.ownerDirectorateId), (u, org) => dctaj.recordLitigationCase(u, input, org));
  }

  @Mutation(() => LitigationCaseType, { description: 'Changes a litigation case (key dates in order). DCTAJ and administrators.' })
  updateLitigationCase(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The case.' }) id: string,
    @Arg('input', () => UpdateLitigationCaseInput, { description: 'The changes.' }) input: UpdateLitigationCaseInput,
  ) {
    return ctx.runAfter((c) => dctaj.recordedDctajLookups(c, LitigationCase, id), (u, org) => dctaj.updateLitigationCase(u, id, input, org));
  }
}

@Resolver(() => AppointmentRequestType)
export class AppointmentRequestResolver {
  @Query(() => AppointmentRequestConnection, { nullable: true, description: 'R3: appointment requests of elected officials and territorial officers, newest first.' })
  appointmentRequests(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('tenantId', () => ID, { nullable: true, description: 'Only this tenant’s.' }) tenantId?: string | null,
    @Arg('from', () => String, { nullable: true, description: 'Requested on or after this day (YYYY-MM-DD).' }) from?: string | null,
    @Arg('to', () => String, { nullable: true, description: 'Requested on or before this day (YYYY-MM-DD).' }) to?: string | null,
  ): Promise<Connection<AppointmentRequest>> {
    const where: FilterQuery<AppointmentRequest> & Record<string, unknown> = { tenantId: { $in: ctx.readableTenants(tenantId) } };
    const range = dateRange(from, to);
    if (range) where.requestedAt = range;
    return paginate(ctx.em, AppointmentRequest, where, page, { requestedAt: 'desc' });
  }

  @FieldResolver(() => Boolean, { description: 'Whether the caller may change this appointment request (the DCTAJ that owns it, the tenant’s administrators).' })
  viewerCanUpdate(@Root() record: AppointmentRow, @Ctx() ctx: Context): boolean {
    return can(ctx.identity, 'dctaj.record', { tenantId: record.tenantId, ownerDirectorateId: record.ownerDirectorateId });
  }

  @FieldResolver(() => DirectorateRef, { description: 'The DCTAJ directorate owning the record.' })
  ownerDirectorate(@Root() record: AppointmentRow): Ref {
    return { id: record.ownerDirectorateId };
  }

  @Mutation(() => AppointmentRequestType, { description: 'Records an appointment request; the delay to the appointment is counted in working days. DCTAJ and administrators.' })
  recordAppointmentRequest(@Ctx() ctx: Context, @Arg('input', () => AppointmentRequestInput, { description: 'The request.' }) input: AppointmentRequestInput) {
    return ctx.runAfter((c) => dctaj.dctajLookups(c, input.ownerDirectorateId), (u, org) => dctaj.recordAppointmentRequest(u, input, org));
  }

  @Mutation(() => AppointmentRequestType, { description: 'Changes an appointment request (e.g. the date given). DCTAJ and administrators.' })
  updateAppointmentRequest(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The request.' }) id: string,
    @Arg('input', () => UpdateAppointmentRequestInput, { description: 'The changes.' }) input: UpdateAppointmentRequestInput,
  ) {
    return ctx.runAfter((c) => dctaj.recordedDctajLookups(c, AppointmentRequest, id), (u, org) => dctaj.updateAppointmentRequest(u, id, input, org));
  }
}
