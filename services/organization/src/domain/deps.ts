import type { EntityManager } from '@mikro-orm/core';
import type { LocalIssuer } from '@qualipref/auth';
import type { Caller as KitCaller, Logger, RateLimit, RateLimiter, UseCase as KitUseCase } from '@qualipref/server-kit';
import type { ServiceClient } from '../service-tokens.js';

/** The organization service's long-lived parts. */
export interface OrganizationApp {
  issuer: LocalIssuer;
  /** False when agents sign in through an external OpenID Connect provider only. */
  passwordSignIn: boolean;
  /** The sign-in's limits, shared by every replica through the database. */
  limiter: RateLimiter;
  signInLimits: {
    /** Failed attempts per account (AUTH_SIGN_IN_MAX_FAILURES in AUTH_SIGN_IN_WINDOW_SECONDS): each attempt takes one, a success gives it back. */
    account: RateLimit | null;
    /** Every attempt from one client address (RATE_LIMIT_SIGN_IN_ADDRESS). */
    address: RateLimit | null;
  };
  /** How long a sign-in session lasts, refreshes included (a working day by default). */
  sessionSeconds: number;
  /** The services that may ask for a read-only service token at POST /oauth/token (SERVICE_CLIENTS). */
  serviceClients: ServiceClient[];
}

export type UseCase = KitUseCase<OrganizationApp>;

/** What a use case's preparation works with, before its transaction. */
export type Caller = KitCaller<OrganizationApp>;

/** A fresh EntityManager of the request with these session variables set (the sign-in and refresh lookups). */
export type Fork = (variables?: Record<string, string>) => EntityManager;

/**
 * The anonymous path (sign-in, refresh, sign-out): there is no identity yet, so no `UseCase`;
 * a credential reveals its own row through a lookup variable, then the work runs in its tenant.
 */
export interface AnonymousAccess {
  fork: Fork;
  app: OrganizationApp;
  requestId: string;
  log: Logger;
  /** The client's address, which the sign-in attempts of one address are counted by. */
  clientAddress: string;
}
