import { Role, type Identity } from '@qualipref/auth';
import { definePolicy, type PolicyRule, type PolicyRules } from '@qualipref/server-kit';

/** What each action is decided on: the facts the rule reads about its object (its tenant). */
export interface PolicySubjects {
  /** Questionnaires, panels and their members, campaigns, their invitations, findings and publication, the dimensions' directorates. */
  'surveys.manage': { tenantId: string };
  /** Issuing, listing and revoking the hall tablets' tokens. */
  'surveys.issueKioskTokens': { tenantId: string };
  /** Keying in the paper forms of a hall campaign. */
  'surveys.keyInPaperForms': { tenantId: string };
  /** Recording suggestion cards and contact-form messages, answering or closing them. */
  'surveys.handleFeedback': { tenantId: string };
  /** Reading panel members' e-mail addresses (personal data). */
  'surveys.seeMemberEmails': { tenantId: string };
  /** Reading the contact a feedback left (personal data). */
  'surveys.seeFeedbackContacts': { tenantId: string };
}

export type PolicyAction = keyof PolicySubjects;

const managerOrAdministrator = (identity: Identity) => identity.role === Role.MANAGER || identity.role === Role.ADMINISTRATOR;

// Writes happen in the identity's own tenant only, whatever it may read (a préfecture analyst reads the sous-préfectures).
const OTHER_TENANT = 'Vous ne pouvez modifier que les enquêtes de votre préfecture ou sous-préfecture.';
const ownTenant = (identity: Identity, tenantId: string) => (tenantId === identity.tenantId ? null : OTHER_TENANT);

/** Managers and administrators run the surveys; analysts only read. */
const manage: PolicyRule<{ tenantId: string }> = (identity, { tenantId }) => (managerOrAdministrator(identity) ? ownTenant(identity, tenantId) : 'Seuls les responsables et les administrateurs gèrent les enquêtes.');

/** Agents, managers and administrators collect answers and handle feedback; analysts only read. */
const act: PolicyRule<{ tenantId: string }> = (identity, { tenantId }) => (identity.role === Role.ANALYST ? 'Les analystes consultent les enquêtes sans les modifier.' : ownTenant(identity, tenantId));

const RULES: PolicyRules<PolicySubjects> = {
  'surveys.manage': manage,
  'surveys.issueKioskTokens': (identity, { tenantId }) => (identity.role === Role.ADMINISTRATOR ? ownTenant(identity, tenantId) : 'Seuls les administrateurs délivrent et révoquent les jetons des bornes.'),
  'surveys.keyInPaperForms': act,
  'surveys.handleFeedback': act,
  'surveys.seeMemberEmails': (identity, { tenantId }) =>
    managerOrAdministrator(identity) && tenantId === identity.tenantId ? null : 'Les adresses des membres des panels (données personnelles) ne sont montrées qu’aux responsables et aux administrateurs.',
  'surveys.seeFeedbackContacts': (identity, { tenantId }) => (identity.role !== Role.ANALYST && tenantId === identity.tenantId ? null : 'Le contact laissé (donnée personnelle) n’est pas montré aux analystes.'),
};

/** The one answer to « may this identity do this »: use cases and resolvers both ask here. */
export const { can, authorize } = definePolicy<PolicySubjects>(RULES);
