import { inputRules } from '@qualipref/server-kit';
import { ActionOrigin, MeetingStatus, ProposalStatus } from './enums.js';

/** The committees' input fields in French, as the DRMM module labels them, for the messages that name them. */
export const FIELD_LABELS = {
  name: 'Nom',
  title: 'Intitulé',
  description: 'Description',
  text: 'Texte',
  note: 'Note',
  answer: 'Réponse',
  place: 'Lieu',
  contact: 'Coordonnées professionnelles',
  role: 'Fonction',
  organisation: 'Organisme',
  authorName: 'Nom de l’auteur',
  chairName: 'Président(e)',
  chairTitle: 'Qualité du président',
  decisionDate: 'Date de la décision',
  decisionReference: 'Décision de création : référence',
  decisionText: 'Texte de la décision',
  dueDate: 'Échéance',
  mandateStart: 'Début du mandat',
  mandateEnd: 'Fin du mandat',
  scheduledAt: 'Date et heure',
  reference: 'Référence',
  year: 'Année',
  status: 'Statut',
  progress: 'Avancement de l’action',
  originKind: 'Origine de l’action',
  originFindingId: 'Constat',
  originProposalId: 'Proposition',
  originMeetingId: 'Réunion',
  'colleges.code': 'Code du collège',
  'colleges.name': 'Nom du collège',
  'agenda.title': 'Point de l’ordre du jour',
  'agenda.description': 'Précisions sur le point',
  'agentInvitees.name': 'Nom de l’agent invité',
  'agentInvitees.organisation': 'Service de l’agent invité',
  'routings.bodyName': 'Autre instance',
  'sections.presentation': 'Présentation',
  'sections.conclusions': 'Conclusions',
  caseOfficers: 'Affaire suivie par',
  caseOfficerContacts: 'Coordonnées professionnelles',
  introduction: 'Introduction',
  closing: 'Conclusion du relevé',
  signatoryName: 'Signataire',
  signatoryTitle: 'Qualité du signataire',
} as const;

export const { isoDate, optionalIsoDate, optionalText, requiredText } = inputRules(FIELD_LABELS);

/** A meeting's state as the DRMM module shows it, for messages: « La réunion est déjà tenue », never HELD. */
export const MEETING_STATUS_LABELS: Record<MeetingStatus, string> = {
  [MeetingStatus.PLANNED]: 'prévue',
  [MeetingStatus.HELD]: 'tenue',
  [MeetingStatus.MINUTES_PUBLISHED]: 'tenue et son relevé publié',
  [MeetingStatus.CANCELLED]: 'annulée',
};

/** A proposal's state as the DRMM module shows it (« Retenue », never ACCEPTED). */
export const PROPOSAL_STATUS_LABELS: Record<ProposalStatus, string> = {
  [ProposalStatus.SUBMITTED]: 'Déposée',
  [ProposalStatus.UNDER_STUDY]: 'À l’étude',
  [ProposalStatus.ACCEPTED]: 'Retenue',
  [ProposalStatus.REJECTED]: 'Non retenue',
  [ProposalStatus.DONE]: 'Réalisée',
};

/** An action's origin as the action form names it, with the field it then asks for. */
export const ACTION_ORIGIN_LABELS: Record<ActionOrigin, string> = {
  [ActionOrigin.PROPOSAL]: 'une proposition',
  [ActionOrigin.SURVEY_FINDING]: 'un constat d’enquête',
  [ActionOrigin.MEETING]: 'une réunion',
  [ActionOrigin.OTHER]: 'une autre origine',
};
