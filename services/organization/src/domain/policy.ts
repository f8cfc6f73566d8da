import { Role } from '@qualipref/auth';
import { definePolicy, type PolicyRules } from '@qualipref/server-kit';

/** What each action is decided on: the facts the rule reads about its object. */
export interface PolicySubjects {
  /** Directorates, services and users of a tenant. */
  'organization.manage': { tenantId: string };
}

export type PolicyAction = keyof PolicySubjects;

const RULES: PolicyRules<PolicySubjects> = {
  'organization.manage': (identity, { tenantId }) => {
    if (identity.role !== Role.ADMINISTRATOR) return "Seuls les administrateurs gèrent l'organisation.";
    // Writes happen in the identity's own tenant only, whatever it may read.
    if (tenantId !== identity.tenantId) return "Vous ne pouvez modifier que l'organisation de votre préfecture ou sous-préfecture.";
    return null;
  },
};

/** The one answer to « may this identity do this »: use cases and resolvers both ask here. */
export const { can, authorize } = definePolicy<PolicySubjects>(RULES);
