import { DomainError, ErrorCode, type RateLimit, type RateLimiter, type Caller as KitCaller, type UseCase as KitUseCase } from '@qualipref/server-kit';
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
  /** The public paths' limits, shared by every replica through the database. */
  limiter: RateLimiter;
  limits: SurveyLimits;
}

/** How many responses the public paths take (README, Configuration); null: not limited. */
export interface SurveyLimits {
  /** Responses one hall tablet stores (RATE_LIMIT_KIOSK_DEVICE). */
  kioskDevice: RateLimit | null;
  /** Attempts to answer through one personal link (RATE_LIMIT_SURVEY_LINK). */
  link: RateLimit | null;
  /** Kiosk and link submissions from one client address (RATE_LIMIT_SURVEY_ADDRESS). */
  address: RateLimit | null;
}

export type UseCase = KitUseCase<SurveysApp>;

/** What a use case's preparation works with, before its transaction (where the organization is asked). */
export type Caller = KitCaller<SurveysApp>;

/** A refusal with a finer reason than its code, that a kiosk or an answer page can react to. */
export const refused = (code: ErrorCode, reason: string, message: string, field?: string) => new DomainError(code, message, field, reason);

