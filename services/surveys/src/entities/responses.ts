import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { idProperty, tenantIdProperty, tenantScoped } from '@qualipref/server-kit';
import { ResponseChannel } from '../domain/enums.js';
import { Campaign } from './campaigns.js';
import { Question } from './questionnaires.js';

export const Response = defineEntity({
  name: 'Response',
  tableName: 'response',
  ...tenantScoped,
  // The client id makes a retried kiosk submission a no-op.
  uniques: [{ properties: ['campaign', 'clientId'] }],
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    campaign: p.manyToOne(Campaign).index(),
    channel: p.enum(() => ResponseChannel),
    submittedAt: p.datetime(),
    clientId: p.string().length(100).nullable(),
    /** The agent who keyed in a paper form. */
    enteredBy: p.uuid().nullable(),
  },
});
export type Response = InferEntity<typeof Response>;

/** One answer: a row per chosen option (choices, satisfaction level), or a number, or a text. */
export const Answer = defineEntity({
  name: 'Answer',
  tableName: 'answer',
  ...tenantScoped,
  // Results group by campaign, question, option and channel; with the tenant (read by the row
  // policy) in the index too, an index-only scan serves them.
  indexes: [{ properties: ['campaignId', 'question', 'option', 'channel', 'tenantId'] }],
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    response: p.manyToOne(Response).index(),
    campaignId: p.uuid(),
    question: p.manyToOne(Question).index(),
    channel: p.enum(() => ResponseChannel),
    option: p.string().length(60).nullable(),
    numberValue: p.double().nullable(),
    textValue: p.text().nullable(),
  },
});
export type Answer = InferEntity<typeof Answer>;
