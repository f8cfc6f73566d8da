import type { Identity } from '@qualipref/auth';
import { forbidden } from './errors.js';

/** A rule answers « may they? »: null when they may, else why not in the console's words. */
export type PolicyRule<S> = (identity: Identity, subject: S) => string | null;

/** A service's catalogue: one rule per action, typed by the facts it reads about its subject. */
export type PolicyRules<Subjects> = { [A in keyof Subjects]: PolicyRule<Subjects[A]> };

/** The one answer of a service to « may this identity do this »: its use cases and resolvers both ask here. */
export function definePolicy<Subjects>(rules: PolicyRules<Subjects>) {
  return {
    /** Whether the identity may (false without one): for the API's viewerCan… fields. */
    can<A extends keyof Subjects>(identity: Identity | null, action: A, subject: Subjects[A]): boolean {
      return !!identity && rules[action](identity, subject) === null;
    },
    /** Refuses with FORBIDDEN and the rule's reason when the identity may not. */
    authorize<A extends keyof Subjects>(identity: Identity, action: A, subject: Subjects[A]): void {
      const refusal = rules[action](identity, subject);
      if (refusal !== null) throw forbidden(refusal);
    },
  };
}
