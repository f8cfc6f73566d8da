import { Ctx, Field, FieldResolver, Float, ID, Int, ObjectType, Resolver, Root, registerEnumType } from 'type-graphql';
import { ConnectionType } from '@qualipref/server-kit';
import { CampaignState, MAIL_DELIVERY_LABELS, MailDeliveryStatus, MailKind } from '../domain/enums.js';
import type { Invitation, MailMessage } from '../entities/index.js';
import type { Context } from './context.js';
import { PanelMemberType, loadMember } from './panels.js';
import { PublicSurveyType } from './responses.js';

// Parameter types named apart from the entity schemas, so that decorator metadata sees plain types.
type InvitationRow = Invitation;
type MailMessageRow = MailMessage;

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

@ObjectType('SendReport', { description: 'What a sending of invitations or reminders queued; the outbox worker sends them (see Campaign.mailMessages).' })
export class SendReportType {
  @Field(() => Int, { description: 'Messages written to the outbox.' })
  queued!: number;

  @Field(() => Int, { description: 'Members skipped (no address, inactive, a message already waiting, already invited or already answered).' })
  skipped!: number;
}

registerEnumType(MailKind, {
  name: 'MailKind',
  description: 'Why a message is sent.',
  valuesConfig: {
    INVITATION: { description: 'Première invitation, avec le lien personnel.' },
    REMINDER: { description: 'Relance, avec un nouveau lien qui remplace le précédent une fois le message accepté.' },
  },
});

registerEnumType(MailDeliveryStatus, {
  name: 'MailDeliveryStatus',
  description: 'Where one message of the outbox stands. Stable values; statusLabel gives the French label.',
  valuesConfig: {
    PENDING: { description: 'En attente : pas encore essayé.' },
    SENT: { description: 'Envoyé : accepté par le serveur SMTP.' },
    RETRY_SCHEDULED: { description: 'Nouvel essai prévu : un essai a échoué, un autre aura lieu à nextAttemptAt.' },
    FAILED: { description: 'Échec : tous les essais ont échoué, rien ne sera plus tenté ; le lien précédent, s’il y en a un, reste valable.' },
  },
});

@ObjectType('MailMessage', { description: 'One invitation or reminder message of the outbox, with its delivery status (never the SMTP server’s own words).' })
export class MailMessageType {
  @Field(() => ID, { description: 'The message.' })
  id!: string;

  @Field(() => MailKind, { description: 'Invitation or reminder.' })
  kind!: MailKind;

  @Field(() => PanelMemberType, { description: 'The member it is addressed to.' })
  member!: PanelMemberType;

  @Field(() => MailDeliveryStatus, { description: 'Where it stands.' })
  status!: MailDeliveryStatus;

  @Field(() => String, { description: 'Its status in French: « En attente », « Envoyé », « Nouvel essai prévu » or « Échec ».' })
  statusLabel!: string;

  @Field(() => Int, { description: 'Attempts made so far.' })
  attempts!: number;

  @Field(() => Date, { nullable: true, description: 'When the next attempt is planned; null once sent or given up.' })
  nextAttemptAt!: Date | null;

  @Field(() => Date, { description: 'When it was queued.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the SMTP server accepted it.' })
  sentAt!: Date | null;
}

export const MailMessageConnection = ConnectionType(MailMessageType, 'MailMessage', 'A page of messages, oldest first.');

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

@Resolver(() => MailMessageType)
export class MailMessageResolver {
  @FieldResolver(() => PanelMemberType, { description: 'The member it is addressed to.' })
  member(@Ctx() ctx: Context, @Root() message: MailMessageRow) {
    return loadMember(ctx, message.member.id);
  }

  @FieldResolver(() => String, { description: 'Its status in French: « En attente », « Envoyé », « Nouvel essai prévu » or « Échec ».' })
  statusLabel(@Root() message: MailMessageRow): string {
    return MAIL_DELIVERY_LABELS[message.status as MailDeliveryStatus];
  }

  @FieldResolver(() => Date, { nullable: true, description: 'When the next attempt is planned; null once sent or given up.' })
  nextAttemptAt(@Root() message: MailMessageRow): Date | null {
    return message.status === MailDeliveryStatus.SENT || message.status === MailDeliveryStatus.FAILED ? null : message.nextAttemptAt;
  }
}
