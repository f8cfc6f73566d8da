import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { badInput, conflict, notFound, isUuid } from '@qualipref/server-kit';
import { Feedback } from '../entities/index.js';
import type { UseCase } from './deps.js';
import { authorize } from './policy.js';
import { FeedbackCategory, FeedbackChannel, FeedbackStatus } from './enums.js';
import { isoDate, optionalText, requiredText } from './labels.js';

export interface FeedbackInput {
  receivedOn: string;
  channel: FeedbackChannel;
  category: FeedbackCategory;
  text: string;
  contact?: string | null;
}

const MAX_TEXT = 10_000;

/** Records a suggestion card or a contact-form message, as written. */
export async function recordFeedback(u: UseCase, input: FeedbackInput): Promise<Feedback> {
  authorize(u.identity, 'surveys.handleFeedback', { tenantId: u.identity.tenantId });
  const receivedOn = isoDate(input.receivedOn, 'receivedOn');
  if (receivedOn > u.clock.today()) throw badInput('La date de réception est dans le futur.', 'receivedOn');
  const feedback = u.em.create(Feedback, {
    tenantId: u.identity.tenantId,
    receivedOn,
    channel: input.channel,
    category: input.category,
    text: requiredText(input.text, 'text', MAX_TEXT),
    contact: optionalText(input.contact, 'contact', 320),
    status: FeedbackStatus.RECEIVED,
    recordedBy: u.identity.userId,
  });
  u.audit({ operation: 'recordFeedback', entityType: 'Feedback', entityId: feedback.id, changes: [{ field: 'category', from: null, to: feedback.category }] });
  return feedback;
}

async function findFeedback(u: UseCase, id: string): Promise<Feedback> {
  const feedback = isUuid(id) ? await u.em.findOne(Feedback, { id, tenantId: u.identity.tenantId }) : null;
  if (!feedback) throw notFound('Remarque');
  return feedback;
}

/** Answers a feedback (the answer is sent by the agent through its channel; the platform keeps it). */
export async function answerFeedback(u: UseCase, id: string, answer: string): Promise<Feedback> {
  authorize(u.identity, 'surveys.handleFeedback', { tenantId: u.identity.tenantId });
  const feedback = await findFeedback(u, id);
  if (feedback.status === FeedbackStatus.ANSWERED || feedback.status === FeedbackStatus.CLOSED) throw conflict('Cette remarque est déjà traitée.', 'id');
  if (!feedback.contact) throw badInput('Aucun contact laissé : la remarque se clôt sans réponse.', 'id');
  feedback.answer = requiredText(answer, 'answer', MAX_TEXT);
  feedback.answeredAt = new Date();
  feedback.answeredBy = u.identity.userId;
  const before = feedback.status;
  feedback.status = FeedbackStatus.ANSWERED;
  u.audit({ operation: 'answerFeedback', entityType: 'Feedback', entityId: feedback.id, changes: [{ field: 'status', from: before, to: feedback.status }] });
  return feedback;
}

export async function setFeedbackStatus(u: UseCase, id: string, status: FeedbackStatus): Promise<Feedback> {
  authorize(u.identity, 'surveys.handleFeedback', { tenantId: u.identity.tenantId });
  const feedback = await findFeedback(u, id);
  if (status === FeedbackStatus.ANSWERED) throw badInput('Une remarque passe à « répondue » en enregistrant sa réponse.', 'status');
  if (feedback.status === FeedbackStatus.ANSWERED || feedback.status === FeedbackStatus.CLOSED) throw conflict('Cette remarque est déjà traitée.', 'id');
  const before = feedback.status;
  feedback.status = status;
  u.audit({ operation: 'setFeedbackStatus', entityType: 'Feedback', entityId: feedback.id, changes: [{ field: 'status', from: before, to: status }] });
  return feedback;
}

export interface FeedbackCount {
  month: string;
  category: FeedbackCategory;
  channel: FeedbackChannel;
  received: number;
  answered: number;
}

/** Feedback received per month, category and channel, over readable tenants, in SQL. */
export async function feedbackCounts(em: EntityManager, tenantIds: string[], from: string, to: string): Promise<FeedbackCount[]> {
  return (em as SqlEntityManager).execute<FeedbackCount[]>(
    `select to_char(date_trunc('month', received_on), 'YYYY-MM') as month, category, channel,
            count(*)::int as received, count(*) filter (where status = '${FeedbackStatus.ANSWERED}')::int as answered
       from surveys.feedback where tenant_id = any(?::uuid[]) and received_on between ? and ?
      group by 1, 2, 3 order by 1, 2, 3`,
    [`{${tenantIds.join(',')}}`, from, to],
  );
}
