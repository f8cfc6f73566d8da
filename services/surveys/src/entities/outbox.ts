import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { idProperty, tenantIdProperty, tenantPolicies } from '@qualipref/server-kit';
import { MailDeliveryStatus, MailKind } from '../domain/enums.js';
import { Campaign } from './campaigns.js';
import { PanelMember } from './panels.js';

/**
 * Session variable set only by the outbox worker: it reveals the due messages of every tenant so
 * that one worker serves them all. It claims them there; their outcome is recorded in their tenant.
 */
export const OUTBOX_WORKER_VARIABLE = 'app.mail_outbox_worker';

const worker = `current_setting('${OUTBOX_WORKER_VARIABLE}', true) = 'on'`;

/**
 * A message to send, written in the transaction of the change that asks for it and sent later by
 * the outbox worker with no transaction open. Its body carries a personal link: it is erased once
 * the message is sent or given up.
 */
export const MailMessage = defineEntity({
  name: 'MailMessage',
  tableName: 'mail_message',
  policies: [...tenantPolicies(), { name: 'outbox_worker_read', command: 'select', using: () => worker }, { name: 'outbox_worker_claim', command: 'update', using: () => worker, check: () => worker }],
  rowLevelSecurity: 'force',
  indexes: [{ properties: ['status', 'nextAttemptAt'] }],
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    campaign: p.manyToOne(Campaign).index(),
    member: p.manyToOne(PanelMember).index(),
    kind: p.enum(() => MailKind),
    recipient: p.string().length(320),
    subject: p.string().length(400),
    /** Erased once sent or failed: it holds a live link. */
    body: p.text().nullable(),
    /** The hash of the link it carries, given to the invitation once the SMTP server accepted the message. */
    tokenHash: p.string().length(64),
    status: p.enum(() => MailDeliveryStatus).default(MailDeliveryStatus.PENDING),
    attempts: p.integer().default(0),
    /** When the worker may take it next (also pushed forward while a worker holds it). */
    nextAttemptAt: p.datetime(),
    createdAt: p.datetime().onCreate(() => new Date()),
    sentAt: p.datetime().nullable(),
  },
});
export type MailMessage = InferEntity<typeof MailMessage>;
