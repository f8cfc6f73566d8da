import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import { ConnectionType, type Connection, MonthScalar, PageArgs, paginate, paginateRows } from '@qualipref/server-kit';
import { Feedback } from '../entities/index.js';
import { FeedbackCategory, FeedbackChannel, FeedbackStatus } from '../domain/enums.js';
import * as feedback from '../domain/feedback.js';
import { can } from '../domain/policy.js';
import type { Context } from './context.js';
import { isoDate } from '../domain/labels.js';

// Parameter types named apart from the entity schemas, so that decorator metadata sees plain types.
type FeedbackRow = Feedback;

registerEnumType(FeedbackChannel, {
  name: 'FeedbackChannel',
  description: 'Where a feedback came from.',
  valuesConfig: {
    SUGGESTION_BOX: { description: "Carte déposée dans l'urne du hall." },
    CONTACT_FORM: { description: 'Formulaire de contact du site internet.' },
  },
});

registerEnumType(FeedbackCategory, {
  name: 'FeedbackCategory',
  description: 'What a feedback is about.',
  valuesConfig: {
    RECEPTION: { description: 'Accueil.' },
    WAITING_TIME: { description: "Temps d'attente." },
    INFORMATION: { description: 'Information (site, affichage).' },
    PREMISES: { description: 'Locaux.' },
    EQUIPMENT: { description: 'Équipements.' },
    PROCEDURE: { description: 'Démarche administrative.' },
    COMPLIMENT: { description: 'Remerciement.' },
    OTHER: { description: 'Autre.' },
  },
});

registerEnumType(FeedbackStatus, {
  name: 'FeedbackStatus',
  description: 'Where a feedback stands.',
  valuesConfig: {
    RECEIVED: { description: 'Reçue.' },
    IN_PROGRESS: { description: 'En cours de traitement.' },
    ANSWERED: { description: 'Répondue.' },
    CLOSED: { description: 'Close sans réponse.' },
  },
});

@ObjectType('Feedback', { description: 'A suggestion card or contact-form message.' })
export class FeedbackType {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;

  @Field(() => String, { description: 'Day received (YYYY-MM-DD).' })
  receivedOn!: string;

  @Field(() => FeedbackChannel, { description: 'Where it came from.' })
  channel!: FeedbackChannel;

  @Field(() => FeedbackCategory, { description: 'What it is about.' })
  category!: FeedbackCategory;

  @Field(() => String, { description: 'The text as written (plain text, never HTML).' })
  text!: string;

  @Field(() => String, { nullable: true, description: 'Contact left for an answer (staff only).' })
  contact!: string | null;

  @Field(() => FeedbackStatus, { description: 'Where it stands.' })
  status!: FeedbackStatus;

  @Field(() => String, { nullable: true, description: 'The answer given.' })
  answer!: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was answered.' })
  answeredAt!: Date | null;
}

@ObjectType('FeedbackCount', { description: 'Feedback received in a month, category and channel.' })
export class FeedbackCountType {
  @Field(() => MonthScalar, { description: 'The month (YYYY-MM).' })
  month!: string;

  @Field(() => FeedbackCategory, { description: 'Category.' })
  category!: FeedbackCategory;

  @Field(() => FeedbackChannel, { description: 'Channel.' })
  channel!: FeedbackChannel;

  @Field(() => Int, { description: 'Received.' })
  received!: number;

  @Field(() => Int, { description: 'Of which answered.' })
  answered!: number;
}

export const FeedbackCountConnection = ConnectionType(FeedbackCountType, 'FeedbackCount', 'A page of feedback counts, by month, category and channel.');
export const FeedbackConnection = ConnectionType(FeedbackType, 'Feedback', 'A page of feedback, newest first.');

@InputType('FeedbackInput', { description: 'A suggestion card or contact-form message.' })
export class FeedbackInput {
  @Field(() => String, { description: 'Day received (YYYY-MM-DD).' })
  receivedOn!: string;

  @Field(() => FeedbackChannel, { description: 'Where it came from.' })
  channel!: FeedbackChannel;

  @Field(() => FeedbackCategory, { description: 'What it is about.' })
  category!: FeedbackCategory;

  @Field(() => String, { description: 'The text as written.' })
  text!: string;

  @Field(() => String, { nullable: true, description: 'Contact left for an answer.' })
  contact?: string | null;
}

@InputType('FeedbackFilter', { description: 'Narrows a list of feedback.' })
export class FeedbackFilter {
  @Field(() => ID, { nullable: true, description: 'Only this tenant’s (one the caller reads).' })
  tenantId?: string | null;

  @Field(() => FeedbackStatus, { nullable: true, description: 'Only in this status.' })
  status?: FeedbackStatus | null;

  @Field(() => FeedbackCategory, { nullable: true, description: 'Only this category.' })
  category?: FeedbackCategory | null;

  @Field(() => FeedbackChannel, { nullable: true, description: 'Only this channel.' })
  channel?: FeedbackChannel | null;
}

@Resolver(() => FeedbackType)
export class FeedbackResolver {
  @Query(() => FeedbackConnection, { nullable: true, description: 'Suggestion cards and contact-form messages of the readable tenants, newest first.' })
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

  @Query(() => FeedbackCountConnection, { nullable: true, description: 'Feedback received and answered per month, category and channel, in that order.' })
  async feedbackCounts(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('from', () => String, { description: 'First day (YYYY-MM-DD).' }) from: string,
    @Arg('to', () => String, { description: 'Last day (YYYY-MM-DD).' }) to: string,
    @Arg('tenantId', () => ID, { nullable: true, description: 'Only this tenant’s (one the caller reads).' }) tenantId?: string | null,
  ): Promise<Connection<feedback.FeedbackCount>> {
    const counts = await feedback.feedbackCounts(ctx.em, ctx.readableTenants(tenantId), isoDate(from, 'from'), isoDate(to, 'to'));
    return paginateRows(counts, page, (c) => `${c.month}|${c.category}|${c.channel}`);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Contact left for an answer: not shown to analysts (personal data).' })
  contact(@Ctx() ctx: Context, @Root() row: FeedbackRow): string | null {
    return can(ctx.requireIdentity(), 'surveys.seeFeedbackContacts', row) ? (row.contact ?? null) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether the caller may answer this feedback or close it without an answer: anyone of its tenant but analysts (while it is received or in progress; an answer needs a contact).' })
  viewerCanAnswer(@Ctx() ctx: Context, @Root() row: FeedbackRow): boolean {
    return can(ctx.identity, 'surveys.handleFeedback', row);
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
