import { Role, type Identity } from '@qualipref/auth';
import { definePolicy, type PolicyRules } from '@qualipref/server-kit';

/** The facts about a committee that decide who may do what with it. */
export interface CommitteeFacts {
  tenantId: string;
  ownerDirectorateId: string;
  secretariatUserIds: string[];
}

/** An action plan: its tenant, and the committee it belongs to (none for a plan of the services). */
export interface PlanFacts {
  tenantId: string;
  committee: CommitteeFacts | null;
}

/** What each action is decided on: the facts the rule reads about its object. */
export interface PolicySubjects {
  /** Create a committee in a tenant (C1). */
  'committee.create': { tenantId: string };
  /** Run a committee: its settings, members, follow-ups, meetings, attendance, minutes, and raising proposals in its meetings. */
  'committee.manage': CommitteeFacts;
  /** Read the members' contact details (personal data). */
  'committee.readContacts': CommitteeFacts;
  /** Move a proposal on and answer it (C6). */
  'proposal.moveOn': { committee: CommitteeFacts; routedDirectorateIds: string[] };
  /** Open the action plan of a year (C7), for a committee or for the services. */
  'actionPlan.create': PlanFacts;
  /** Change a plan: add, change and import its actions. */
  'actionPlan.manage': PlanFacts;
  /** Report an action's progress. */
  'action.reportProgress': { plan: PlanFacts; ownerDirectorateId: string };
}

export type PolicyAction = keyof PolicySubjects;

const OTHER_TENANT = 'Vous ne pouvez modifier que les comités et plans d’actions de votre préfecture ou sous-préfecture.';

const isAdministrator = (identity: Identity) => identity.role === Role.ADMINISTRATOR;

/** Administrators, the managers of the directorate that runs the committee and its secretariat; analysts only read. */
function runsCommittee(identity: Identity, committee: CommitteeFacts): boolean {
  if (identity.role === Role.ANALYST || identity.tenantId !== committee.tenantId) return false;
  return isAdministrator(identity) || committee.secretariatUserIds.includes(identity.userId) || (identity.role === Role.MANAGER && identity.directorateId === committee.ownerDirectorateId);
}

/** A directorate other than the committee's acts on what is routed to it or what it is in charge of. */
function actsForDirectorate(identity: Identity, tenantId: string, directorateIds: string[]): boolean {
  return identity.tenantId === tenantId && (identity.role === Role.MANAGER || identity.role === Role.AGENT) && directorateIds.includes(identity.directorateId);
}

/** Who writes a plan: administrators of its tenant, or whoever runs the committee it belongs to. */
const managesPlan = (identity: Identity, plan: PlanFacts) =>
  identity.tenantId === plan.tenantId && (isAdministrator(identity) || (plan.committee !== null && runsCommittee(identity, plan.committee)));

const RULES: PolicyRules<PolicySubjects> = {
  'committee.create': (identity, { tenantId }) => {
    if (identity.role !== Role.ADMINISTRATOR && identity.role !== Role.MANAGER) return 'Seuls les responsables de direction et les administrateurs créent un comité.';
    // Writes happen in the identity's own tenant only, whatever it may read.
    return tenantId === identity.tenantId ? null : OTHER_TENANT;
  },
  'committee.manage': (identity, committee) =>
    runsCommittee(identity, committee) ? null : 'Seuls le secrétariat, la direction qui anime le comité et les administrateurs peuvent modifier ce comité.',
  'committee.readContacts': (identity, committee) =>
    identity.role !== Role.ANALYST && identity.tenantId === committee.tenantId && (isAdministrator(identity) || committee.secretariatUserIds.includes(identity.userId))
      ? null
      : 'Seuls le secrétariat du comité et les administrateurs voient les coordonnées des membres.',
  'proposal.moveOn': (identity, { committee, routedDirectorateIds }) =>
    runsCommittee(identity, committee) || actsForDirectorate(identity, committee.tenantId, routedDirectorateIds)
      ? null
      : 'Seuls le secrétariat du comité et les directions saisies font avancer cette proposition.',
  'actionPlan.create': (identity, plan) => {
    if (identity.tenantId !== plan.tenantId) return OTHER_TENANT;
    if (plan.committee) return runsCommittee(identity, plan.committee) ? null : "Seuls l'animateur du comité et les administrateurs ouvrent son plan d'actions.";
    return isAdministrator(identity) ? null : "Seuls les administrateurs ouvrent un plan d'actions qui n'est celui d'aucun comité.";
  },
  'actionPlan.manage': (identity, plan) => (managesPlan(identity, plan) ? null : "Seuls l'animateur du comité et les administrateurs modifient le plan d'actions."),
  'action.reportProgress': (identity, { plan, ownerDirectorateId }) =>
    managesPlan(identity, plan) || actsForDirectorate(identity, plan.tenantId, [ownerDirectorateId]) ? null : "Seule la direction pilote de l'action ou l'animateur du plan la font avancer.",
};

/** The one answer to « may this identity do this »: use cases and resolvers both ask here. */
export const { can, authorize } = definePolicy<PolicySubjects>(RULES);
