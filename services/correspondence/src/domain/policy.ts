import { Role } from '@qualipref/auth';
import { definePolicy, type PolicyRules } from '@qualipref/server-kit';

/**
 * What each action is decided on. A directorate is always one the caller can see, so of their
 * own tenant unless they are an analyst (who writes nothing); row-level security keeps every
 * write in the caller's tenant besides.
 */
export interface PolicySubjects {
  /** Register, answer, reopen and import a directorate's items; record its services' telephony and counter visits. */
  'correspondence.record': { directorateId: string };
  /** The delay targets and working calendar of a tenant. */
  'correspondence.configure': { tenantId: string };
  /** The monthly processing times of the common procedures (R4). */
  'correspondence.recordProcedureIndicators': { tenantId: string };
  /** Legality controls, litigation and appointments, for the directorate that owns them (the DCTAJ). */
  'dctaj.record': { tenantId: string; ownerDirectorateId: string };
}

export type PolicyAction = keyof PolicySubjects;

const OTHER_TENANT = 'Vous ne pouvez modifier que les données de votre préfecture ou sous-préfecture.';

const RULES: PolicyRules<PolicySubjects> = {
  'correspondence.record': (identity, { directorateId }) => {
    if (identity.role === Role.ANALYST) return 'Les analystes consultent les courriers sans les modifier.';
    if (identity.role === Role.ADMINISTRATOR) return null;
    return identity.directorateId === directorateId ? null : 'Chaque direction enregistre et modifie seulement les courriers, appels et passages de ses propres services.';
  },
  'correspondence.configure': (identity, { tenantId }) => {
    if (identity.role !== Role.ADMINISTRATOR) return 'Seuls les administrateurs modifient les délais annoncés et le calendrier.';
    return tenantId === identity.tenantId ? null : OTHER_TENANT;
  },
  'correspondence.recordProcedureIndicators': (identity, { tenantId }) => {
    if (identity.role !== Role.MANAGER && identity.role !== Role.ADMINISTRATOR) return 'Seuls les responsables et les administrateurs enregistrent les indicateurs de procédure.';
    return tenantId === identity.tenantId ? null : OTHER_TENANT;
  },
  'dctaj.record': (identity, { tenantId, ownerDirectorateId }) => {
    if (identity.role === Role.ANALYST) return 'Les analystes consultent le module DCTAJ sans le modifier.';
    if (tenantId !== identity.tenantId) return OTHER_TENANT;
    if (identity.role === Role.ADMINISTRATOR) return null;
    return ownerDirectorateId === identity.directorateId ? null : 'Seule la DCTAJ modifie ses dossiers.';
  },
};

/** The one answer to « may this identity do this »: use cases and resolvers both ask here. */
export const { can, authorize } = definePolicy<PolicySubjects>(RULES);
