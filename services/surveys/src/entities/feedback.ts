import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { idProperty, tenantIdProperty, tenantScoped, timestampProperties } from '@qualipref/server-kit';
import { FeedbackCategory, FeedbackChannel, FeedbackStatus } from '../domain/enums.js';

/** A suggestion card from the box in the hall, or a contact-form message. */
export const Feedback = defineEntity({
  name: 'Feedback',
  tableName: 'feedback',
  ...tenantScoped,
  indexes: [{ properties: ['tenantId', 'receivedOn'] }],
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    receivedOn: p.date(),
    channel: p.enum(() => FeedbackChannel),
    category: p.enum(() => FeedbackCategory),
    /** Stored as written; never rendered as HTML. */
    text: p.text(),
    contact: p.string().length(320).nullable(),
    status: p.enum(() => FeedbackStatus),
    answer: p.text().nullable(),
    answeredAt: p.datetime().nullable(),
    answeredBy: p.uuid().nullable(),
    recordedBy: p.uuid(),
    ...timestampProperties(),
  },
});
export type Feedback = InferEntity<typeof Feedback>;
