import { DomainError, ErrorCode, type Caller as KitCaller, type UseCase as KitUseCase } from '@qualipref/server-kit';
import type { OrganizationClient } from '@qualipref/organization-client';
import type { Mailer } from './mailer.js';
import type { Outbox } from './outbox.js';

/** What the surveys' use cases work with besides the kit's transaction, identity and audit. */
export interface SurveysApp {
  organization: OrganizationClient;
  mailer: Mailer;
  /** The messages waiting to be sent, and their worker. */
  outbox: Outbox;
  /** Where the public answer page lives; a personal link is this URL followed by the token. */
  answerPageUrl: string;
}

export type UseCase = KitUseCase<SurveysApp>;

/** What a use case's preparation works with, before its transaction (where the organization is asked). */
export type Caller = KitCaller<SurveysApp>;

/** A refusal with a finer reason than its code, that a kiosk or an answer page can react to. */
export const refused = (code: ErrorCode, reason: string, message: string, field?: string) => new DomainError(code, message, field, reason);

