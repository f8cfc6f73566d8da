import type { ActionStatus, Attendance, CadenceState, MeetingStatus, MinutesStatus, ProposalStatus } from '../generated/graphql';

export const ATTENDANCE: Record<Attendance, string> = {
  PENDING: 'Non renseigné',
  PRESENT: 'Présent',
  EXCUSED: 'Excusé',
  ABSENT: 'Absent',
  REPRESENTED: 'Représenté',
};

export const MEETING_STATUS: Record<MeetingStatus, string> = {
  PLANNED: 'Prévue',
  HELD: 'Tenue',
  MINUTES_PUBLISHED: 'Relevé publié',
  CANCELLED: 'Annulée',
};

export const MINUTES_STATUS: Record<MinutesStatus, string> = {
  DRAFT: 'Brouillon',
  VALIDATED: 'Validé',
  PUBLISHED: 'Publié',
  SUPERSEDED: 'Remplacé',
};

export const PROPOSAL_STATUS: Record<ProposalStatus, string> = {
  SUBMITTED: 'Déposée',
  UNDER_STUDY: 'À l’étude',
  ACCEPTED: 'Retenue',
  REJECTED: 'Non retenue',
  DONE: 'Réalisée',
};

export const ACTION_STATUS: Record<ActionStatus, string> = {
  PLANNED: 'Prévue',
  IN_PROGRESS: 'En cours',
  DONE: 'Réalisée',
  CANCELLED: 'Abandonnée',
};

export const CADENCE: Record<CadenceState, { label: string; severity: 'success' | 'warning' | 'error' }> = {
  ON_TRACK: { label: 'Prochaine réunion programmée à temps', severity: 'success' },
  NOT_SCHEDULED_IN_TIME: { label: 'Prochaine réunion à programmer', severity: 'warning' },
  OVERDUE: { label: 'Réunion annuelle en retard', severity: 'error' },
};
