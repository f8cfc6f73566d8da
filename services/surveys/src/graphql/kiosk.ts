import { Arg, Args, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { TenantRef } from '@qualipref/organization-client';
import { ConnectionType, type Connection, PageArgs, paginate, READABLE_TENANTS_VARIABLE, TENANT_VARIABLE } from '@qualipref/server-kit';
import { KioskDevice } from '../entities/index.js';
import * as campaigns from '../domain/campaigns.js';
import { authorize } from '../domain/policy.js';
import * as responses from '../domain/responses.js';
import type { Context } from './context.js';
import { InvitationViewType } from './invitations.js';
import { AnswerInput, PublicSurveyType, ReceiptType } from './responses.js';

@ObjectType('KioskDevice', { description: 'A hall tablet allowed to submit anonymous answers.' })
export class KioskDeviceType {
  @Field(() => ID, { description: 'Identifier of the device.' })
  id!: string;

  @Field(() => String, { description: 'Name (where it stands).' })
  name!: string;

  @Field(() => Date, { description: 'When its token was issued.' })
  issuedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When its token was revoked.' })
  revokedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Its last submission.' })
  lastSeenAt!: Date | null;
}

@ObjectType('IssuedKioskDevice', { description: 'A device just issued, with its token: shown once, never again.' })
export class IssuedKioskDeviceType {
  @Field(() => KioskDeviceType, { description: 'The device.' })
  device!: KioskDeviceType;

  @Field(() => String, { description: 'The token to enter on the tablet (only a hash is kept).' })
  token!: string;
}

@ObjectType('KioskSession', { description: 'What a kiosk may collect today.' })
export class KioskSessionType {
  @Field(() => String, { description: 'Name of the device.' })
  deviceName!: string;

  @Field(() => TenantRef, { description: 'Its tenant.' })
  tenant!: TenantRef;

  @Field(() => [PublicSurveyType], { description: 'Hall campaigns open today, ready to display.' })
  surveys!: PublicSurveyType[];
}

export const KioskDeviceConnection = ConnectionType(KioskDeviceType, 'KioskDevice', 'A page of kiosk devices, newest first.');

/** The anonymous paths: a credential reveals its own row, then the work runs in its tenant. */
function publicAccess(ctx: Context): responses.PublicAccess {
  return {
    lookup: (variables) => ctx.fork(variables),
    tenant: (tenantId) => ctx.fork({ [TENANT_VARIABLE]: tenantId, [READABLE_TENANTS_VARIABLE]: tenantId }),
    today: (tenantId) => ctx.clockOf(tenantId).today(),
    app: ctx.app,
    clientAddress: ctx.clientAddress,
  };
}

@Resolver(() => KioskDeviceType)
export class KioskResolver {
  @Query(() => KioskDeviceConnection, { nullable: true, description: 'Kiosk devices of the caller’s tenant, newest first. Administrators.' })
  kioskDevices(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs): Promise<Connection<KioskDevice>> {
    const identity = ctx.requireIdentity();
    authorize(identity, 'surveys.issueKioskTokens', { tenantId: identity.tenantId });
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

  @Query(() => KioskSessionType, { nullable: true, description: 'Public (no sign-in): what a kiosk may collect today. UNAUTHENTICATED (reason DEVICE_UNKNOWN) or FORBIDDEN (DEVICE_REVOKED) for a bad token.' })
  async kioskSession(@Ctx() ctx: Context, @Arg('deviceToken', () => String, { description: 'The device’s token.' }) deviceToken: string): Promise<KioskSessionType> {
    const access = publicAccess(ctx);
    const device = await responses.kioskDevice(access, deviceToken);
    const em = access.tenant(device.tenantId);
    const open = await responses.kioskCampaigns(access, device);
    return { deviceName: device.name, tenant: { id: device.tenantId }, surveys: await responses.publicSurveys(em, open) } as unknown as KioskSessionType;
  }

  @Mutation(() => ReceiptType, {
    description:
      'Public (no sign-in): an anonymous response from a hall kiosk. The clientId, made by the tablet, makes a retry store nothing more. Refusals: DEVICE_UNKNOWN, DEVICE_REVOKED, CAMPAIGN_UNKNOWN, CAMPAIGN_NOT_KIOSK, CAMPAIGN_NOT_OPEN, CAMPAIGN_CLOSED (extensions.reason), BAD_USER_INPUT for the answers, LIMIT_EXCEEDED (reason TOO_MANY_SUBMISSIONS, with extensions.retryAfterSeconds) past the tablet’s or the address’s rate: keep the response and send it again after the delay.',
  })
  submitKioskResponse(
    @Ctx() ctx: Context,
    @Arg('deviceToken', () => String, { description: 'The device’s token.' }) deviceToken: string,
    @Arg('campaignId', () => ID, { description: 'The open hall campaign.' }) campaignId: string,
    @Arg('clientId', () => String, { description: 'Identifier made by the tablet for this response (8–100 of A–Z a–z 0–9 - _), the same on every retry.' }) clientId: string,
    @Arg('answers', () => [AnswerInput], { description: 'The answers (at most 200 items).' }) answers: AnswerInput[],
  ) {
    return responses.submitKioskResponse(publicAccess(ctx), deviceToken, campaignId, clientId, answers);
  }

  @Query(() => InvitationViewType, { nullable: true, description: 'Public (no sign-in): what a personal link opens. NOT_FOUND (reason LINK_UNKNOWN) for an unknown or replaced link.' })
  async surveyInvitation(@Ctx() ctx: Context, @Arg('token', () => String, { description: 'The token of the link.' }) token: string): Promise<InvitationViewType> {
    const access = publicAccess(ctx);
    const { invitation, campaign, em } = await responses.invitationOf(access, token);
    return { survey: await responses.publicSurvey(em, campaign), state: campaigns.campaignState(campaign, access.today(campaign.tenantId)), answered: invitation.respondedAt !== null } as unknown as InvitationViewType;
  }

  @Mutation(() => ReceiptType, { description: 'Public (no sign-in): the one response of a personal link. Refusals: LINK_UNKNOWN, LINK_ALREADY_USED, CAMPAIGN_CLOSED (extensions.reason), BAD_USER_INPUT for the answers, LIMIT_EXCEEDED (reason TOO_MANY_SUBMISSIONS, with extensions.retryAfterSeconds) past the link’s or the address’s rate.' })
  submitInvitationResponse(
    @Ctx() ctx: Context,
    @Arg('token', () => String, { description: 'The token of the link.' }) token: string,
    @Arg('answers', () => [AnswerInput], { description: 'The answers (at most 200 items).' }) answers: AnswerInput[],
  ) {
    return responses.submitInvitationResponse(publicAccess(ctx), token, answers);
  }
}
