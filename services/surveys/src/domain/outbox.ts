import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { requestSession, type Database, type Logger } from '@qualipref/server-kit';
import { Invitation, MailMessage, OUTBOX_WORKER_VARIABLE } from '../entities/index.js';
import { MailDeliveryStatus, MailKind } from './enums.js';
import type { Mailer } from './mailer.js';

export interface OutboxSettings {
  /** Attempts before a message is given up (« Échec »). */
  maxAttempts: number;
  /** Delay before the second attempt; each further one waits twice as long. */
  retryBaseMs: number;
  /** How long a claimed message stays out of the other workers' reach while it is being sent. */
  claimMs: number;
  /** Messages claimed per round. */
  batchSize: number;
}

export interface OutboxRound {
  sent: number;
  retried: number;
  failed: number;
}

/** The messages waiting to be sent, and the worker that sends them. */
export interface Outbox {
  /** One round: claims the due messages, sends them, records each outcome. */
  runOnce(now?: Date): Promise<OutboxRound>;
  /** Runs a round soon (after a change queued messages), when the background worker runs. */
  wake(): void;
  /** Rounds every `intervalMs` in the background, until `stop`. */
  start(intervalMs: number): void;
  stop(): Promise<void>;
}

/** Writes a message in the caller's transaction: it is sent only if that transaction commits. */
export function enqueueMail(
  em: EntityManager,
  message: { tenantId: string; campaignId: string; memberId: string; kind: MailKind; to: string; subject: string; text: string; tokenHash: string },
  now: Date,
): MailMessage {
  return em.create(MailMessage, {
    tenantId: message.tenantId,
    campaign: message.campaignId,
    member: message.memberId,
    kind: message.kind,
    recipient: message.to,
    subject: message.subject,
    body: message.text,
    tokenHash: message.tokenHash,
    nextAttemptAt: now,
    createdAt: now,
  });
}

interface Claimed {
  id: string;
  tenant_id: string;
  recipient: string;
  subject: string;
  body: string;
  attempts: number;
}

export function createOutbox(database: Database, appRole: string, mailer: Mailer, log: Logger, settings: OutboxSettings): Outbox {
  const em = database.orm.em as unknown as SqlEntityManager;
  const workerEm = em.fork({ session: requestSession(null, appRole, { [OUTBOX_WORKER_VARIABLE]: 'on' }) } as never);
  const tenantEm = (tenantId: string) => em.fork({ session: requestSession({ tenantId, readableTenantIds: [tenantId] }, appRole) } as never);
  const table = '"surveys"."mail_message"';

  // Skip locked: several replicas claim disjoint messages; the claim pushes the next attempt past
  // the sending, so a crashed worker's messages come back once the claim lapses.
  async function claim(now: Date): Promise<Claimed[]> {
    return workerEm.transactional(
      (tx) =>
        tx.execute(
          `update ${table} set attempts = attempts + 1, next_attempt_at = ?
           where id in (select id from ${table} where status in (?, ?) and next_attempt_at <= ? order by next_attempt_at limit ? for update skip locked)
           returning id, tenant_id, recipient, subject, body, attempts`,
          [new Date(now.getTime() + settings.claimMs), MailDeliveryStatus.PENDING, MailDeliveryStatus.RETRY_SCHEDULED, now, settings.batchSize],
          'all',
        ) as Promise<Claimed[]>,
    );
  }

  async function record(claimed: Claimed, error: unknown, now: Date): Promise<keyof OutboxRound> {
    return tenantEm(claimed.tenant_id).transactional(async (tx) => {
      const message = await tx.findOneOrFail(MailMessage, { id: claimed.id });
      // Another worker took it again after this claim lapsed: its outcome is the one that counts.
      if (message.attempts !== claimed.attempts) return 'retried';
      if (!error) {
        message.status = MailDeliveryStatus.SENT;
        message.sentAt = now;
        message.body = null;
        // The new link replaces the previous one only now: a message never accepted leaves the previous link valid.
        const invitation = await tx.findOne(Invitation, { campaign: message.campaign, member: message.member });
        if (!invitation) tx.create(Invitation, { tenantId: message.tenantId, campaign: message.campaign, member: message.member, tokenHash: message.tokenHash, sentAt: now });
        else {
          invitation.tokenHash = message.tokenHash;
          if (message.kind === MailKind.REMINDER) {
            invitation.reminderCount += 1;
            invitation.lastRemindedAt = now;
          }
        }
        return 'sent';
      }
      if (message.attempts >= settings.maxAttempts) {
        message.status = MailDeliveryStatus.FAILED;
        message.body = null;
        return 'failed';
      }
      message.status = MailDeliveryStatus.RETRY_SCHEDULED;
      message.nextAttemptAt = new Date(now.getTime() + settings.retryBaseMs * 2 ** (message.attempts - 1));
      return 'retried';
    });
  }

  async function runOnce(now = new Date()): Promise<OutboxRound> {
    const round: OutboxRound = { sent: 0, retried: 0, failed: 0 };
    for (const claimed of await claim(now)) {
      let error: unknown = null;
      try {
        await mailer.send({ to: claimed.recipient, subject: claimed.subject, text: claimed.body });
      } catch (caught) {
        error = caught;
        // The SMTP server's words stay in the log: the manager sees only the message's status.
        log.warn({ messageId: claimed.id, attempts: claimed.attempts, err: caught instanceof Error ? caught.message : String(caught) }, 'mail not accepted by the SMTP server');
      }
      round[await record(claimed, error, now)] += 1;
    }
    return round;
  }

  let timer: NodeJS.Timeout | null = null;
  const rounds = new Set<Promise<unknown>>();
  let intervalMs = 0;
  const schedule = (delay: number) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      const round = runOnce()
        .catch((error: unknown) => log.error({ err: error }, 'outbox round failed'))
        .finally(() => {
          rounds.delete(round);
          if (intervalMs > 0 && !timer) schedule(intervalMs);
        });
      rounds.add(round);
    }, delay);
    timer.unref();
  };
  return {
    runOnce,
    wake: () => {
      if (intervalMs > 0) schedule(0);
    },
    start(every) {
      intervalMs = every;
      if (every > 0) schedule(0);
    },
    async stop() {
      intervalMs = 0;
      if (timer) clearTimeout(timer);
      timer = null;
      await Promise.all(rounds);
    },
  };
}
