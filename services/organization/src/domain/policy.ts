import { Role } from '@qualipref/auth';
import { definePolicy, type PolicyRules } from '@qualipref/server-kit';

/** What each action is decided on: the facts the rule reads about its object. */
export interface PolicySubjects {
  /** Directorates, services and users of a tenant. */
  'organization.manage': { tenantId: string };
  /** A directorate's module of the console: its records, pages and documents. */
  'directorate.openModule': { tenantId: string; directorateId: string };
  /** A tenant's data through the caller's own GraphQL queries (the console's query editor). */
  'data.analyse': { tenantId: string };
}

export type PolicyAction = keyof PolicySubjects;

const RULES: PolicyRules<PolicySubjects> = {
  'organization.manage': (identity, { tenantId }) => {
    if (identity.role !== Role.ADMINISTRATOR) return "Seuls les administrateurs gèrent l'organisation.";
    // Writes happen in the identity's own tenant only, whatever it may read.
    if (tenantId !== identity.tenantId) return "Vous ne pouvez modifier que l'organisation de votre préfecture ou sous-préfecture.";
    return null;
  },
  'directorate.openModule': (identity, { tenantId, directorateId }) => {
    if (identity.directorateId === directorateId) return null;
    // Analysts and administrators audit every directorate of the tenants they read; what they
    // may change is decided on each action.
    if ((identity.role === Role.ANALYST || identity.role === Role.ADMINISTRATOR) && identity.readableTenantIds.includes(tenantId)) return null;
    return 'Ce module est celui d’une autre direction.';
  },
  'data.analyse': (identity, { tenantId }) => {
    if (identity.role !== Role.ANALYST && identity.role !== Role.ADMINISTRATOR) return 'Seuls les analystes et les administrateurs interrogent les données par leurs propres requêtes.';
    if (!identity.readableTenantIds.includes(tenantId)) return 'Vous ne lisez pas les données de cette préfecture ou sous-préfecture.';
    return null;
  },
};

/** The one answer to « may this identity do this »: use cases and resolvers both ask here. */
export const { can, authorize } = definePolicy<PolicySubjects>(RULES);
