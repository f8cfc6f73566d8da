import { Role, type Identity } from '@qualipref/auth';
import { forbidden } from '@qualipref/server-kit';

/** What each action is decided on: the facts the rule reads about its object. */
export interface PolicySubjects {
  /** Directorates, services and users of a tenant. */
  'organization.manage': { tenantId: string };
}

export type PolicyAction = keyof PolicySubjects;

/** A rule answers « may they? » and, when not, says why in the console's words. */
interface Rule<S> {
  refusal(identity: Identity, subject: S): string | null;
}

const RULES: { [A in PolicyAction]: Rule<PolicySubjects[A]> } = {
  'organization.manage': {
    refusal: (identity, { tenantId }) => {
      if (identity.role !== Role.ADMINISTRATOR) return "Seuls les administrateurs gèrent l'organisation.";
      // Writes happen in the identity's own tenant only, whatever it may read.
      if (tenantId !== identity.tenantId) return "Vous ne pouvez modifier que l'organisation de votre préfecture ou sous-préfecture.";
      return null;
    },
  },
};

/** The one answer to « may this identity do this »: use cases and resolvers both ask here. */
export function can<A extends PolicyAction>(identity: Identity | null, action: A, subject: PolicySubjects[A]): boolean {
  return !!identity && RULES[action].refusal(identity, subject) === null;
}

/** Refuses with FORBIDDEN and the rule's reason when the identity may not. */
export function authorize<A extends PolicyAction>(identity: Identity, action: A, subject: PolicySubjects[A]): void {
  const refusal = RULES[action].refusal(identity, subject);
  if (refusal !== null) throw forbidden(refusal);
}
