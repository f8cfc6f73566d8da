import { Ctx, Field, FieldResolver, Float, ID, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { ConnectionType } from '@qualipref/server-kit';
import { CampaignState } from '../domain/enums.js';
import type { Invitation } from '../entities/index.js';
import type { Context } from './context.js';
import { PanelMemberType, loadMember } from './panels.js';
import { PublicSurveyType } from './responses.js';

// Parameter types named apart from the entity schemas, so that decorator metadata sees plain types.
type InvitationRow = Invitation;

@ObjectType('InvitationStatus', { description: 'Where one member’s invitation stands (the response itself stays anonymous).' })
export class InvitationStatusType {
  @Field(() => PanelMemberType, { description: 'The member invited.' })
  member!: PanelMemberType;

  @Field(() => Date, { description: 'When the first link was sent.' })
  sentAt!: Date;

  @Field(() => Int, { description: 'Reminders sent.' })
  reminderCount!: number;

  @Field(() => Boolean, { description: 'Whether they answered.' })
  responded!: boolean;
}

export const InvitationStatusConnection = ConnectionType(InvitationStatusType, 'InvitationStatus', 'A page of invitations, in sending order.');

@ObjectType('ResponseRate', { description: 'The response rate of a panel invited by e-mail.' })
export class ResponseRateType {
  @Field(() => Int, { description: 'Members of the panel.' })
  members!: number;

  @Field(() => Int, { description: 'Invitations sent.' })
  invited!: number;

  @Field(() => Int, { description: 'Invitations answered.' })
  responded!: number;

  @Field(() => Int, { description: 'Invitees reminded at least once.' })
  reminded!: number;

  @Field(() => Float, { nullable: true, description: 'responded / invited: a fraction from 0 to 1, its sample size invited beside; null before any invitation.' })
  rate!: number | null;
}

@ObjectType('SendFailure', { description: 'An invitation the SMTP server did not accept.' })
export class SendFailureType {
  @Field(() => ID, { description: 'The panel member.' })
  memberId!: string;

  @Field(() => String, { description: 'Their name.' })
  name!: string;

  @Field(() => String, { description: 'Why it failed.' })
  reason!: string;
}

@ObjectType('SendReport', { description: 'What a sending of invitations or reminders did.' })
export class SendReportType {
  @Field(() => Int, { description: 'Messages accepted by the SMTP server.' })
  sent!: number;

  @Field(() => [SendFailureType], { description: 'Messages refused: their previous link, if any, stays valid.' })
  failed!: SendFailureType[];

  @Field(() => Int, { description: 'Members skipped (no address, inactive, already invited or already answered).' })
  skipped!: number;
}

@ObjectType('SurveyInvitation', { description: 'What a personal link opens.' })
export class InvitationViewType {
  @Field(() => PublicSurveyType, { description: 'The campaign, ready to display.' })
  survey!: PublicSurveyType;

  @Field(() => CampaignState, { description: 'Its state today.' })
  state!: CampaignState;

  @Field(() => Boolean, { description: 'Whether this link was already used.' })
  answered!: boolean;
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
