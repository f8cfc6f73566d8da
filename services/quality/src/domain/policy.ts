import { Role } from '@qualipref/auth';
import { definePolicy, type PolicyRules } from '@qualipref/server-kit';

/** The facts about a labelling that decide who may change it. */
export interface LabellingFacts {
  tenantId: string;
  ownerDirectorateId: string;
}

/** What each action is decided on: the facts the rule reads about its object. */
export interface PolicySubjects {
  /** Record a tenant's labelling under a referential (Q4). */
  'labelling.create': { tenantId: string };
  /** Change a labelling: its modules, its certification day, its audits. */
  'labelling.manage': LabellingFacts;
  /** Validate and publish a quarter's public results, or correct them (Q6): the manager steering the label. */
  'publication.validate': { tenantId: string; ownerDirectorateIds: string[] };
  /** Open the tenant's quality programme in the console (committee, surveys, feedback, label). */
  'programme.open': { tenantId: string; ownerDirectorateIds: string[] };
}

const OTHER_TENANT = 'Vous ne pouvez modifier que la labellisation de votre préfecture ou sous-préfecture.';

const RULES: PolicyRules<PolicySubjects> = {
  'labelling.create': (identity, { tenantId }) => {
    if (identity.role !== Role.ADMINISTRATOR && identity.role !== Role.MANAGER) return 'Seuls les responsables de direction et les administrateurs enregistrent une labellisation.';
    return identity.tenantId === tenantId ? null : OTHER_TENANT;
  },
  'labelling.manage': (identity, { tenantId, ownerDirectorateId }) => {
    if (identity.tenantId !== tenantId) return OTHER_TENANT;
    if (identity.role === Role.ADMINISTRATOR || (identity.role === Role.MANAGER && identity.directorateId === ownerDirectorateId)) return null;
    return 'Seuls la direction qui pilote le label et les administrateurs modifient cette labellisation.';
  },
  'publication.validate': (identity, { tenantId, ownerDirectorateIds }) => {
    if (identity.tenantId !== tenantId) return 'Vous ne pouvez publier que les résultats de votre préfecture ou sous-préfecture.';
    if (identity.role === Role.MANAGER && ownerDirectorateIds.includes(identity.directorateId)) return null;
    return 'Seul le responsable de la direction qui pilote le label valide et publie les résultats trimestriels.';
  },
  'programme.open': (identity, { tenantId, ownerDirectorateIds }) => {
    // Analysts and administrators audit the programme of every tenant they read, as every directorate's module.
    if ((identity.role === Role.ANALYST || identity.role === Role.ADMINISTRATOR) && identity.readableTenantIds.includes(tenantId)) return null;
    if (identity.tenantId === tenantId && ownerDirectorateIds.includes(identity.directorateId)) return null;
    return 'Le programme qualité est celui de la direction qui pilote le label.';
  },
};

/** The one answer to « may this identity do this »: use cases and resolvers both ask here. */
export const { can, authorize } = definePolicy<PolicySubjects>(RULES);
