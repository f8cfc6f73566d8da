import type { EntityManager } from '@mikro-orm/core';
import type { LocalIssuer } from '@qualipref/auth';
import type { Caller as KitCaller, Logger, UseCase as KitUseCase } from '@qualipref/server-kit';
import type { ServiceClient } from '../service-tokens.js';
import type { SignInThrottle } from './throttle.js';

/** The organization service's long-lived parts. */
export interface OrganizationApp {
  issuer: LocalIssuer;
  /** False when agents sign in through an external OpenID Connect provider only. */
  passwordSignIn: boolean;
  signInThrottle: SignInThrottle;
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
}
