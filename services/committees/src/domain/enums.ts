/** Where a meeting stands. */
export enum MeetingStatus {
  PLANNED = 'PLANNED',
  HELD = 'HELD',
  MINUTES_PUBLISHED = 'MINUTES_PUBLISHED',
  CANCELLED = 'CANCELLED',
}

/** Presence of an invitee, as the attendance sheet records it. */
export enum Attendance {
  PENDING = 'PENDING',
  PRESENT = 'PRESENT',
  EXCUSED = 'EXCUSED',
  ABSENT = 'ABSENT',
  REPRESENTED = 'REPRESENTED',
}

/** Life of a version of the minutes. */
export enum MinutesStatus {
  DRAFT = 'DRAFT',
  VALIDATED = 'VALIDATED',
  PUBLISHED = 'PUBLISHED',
  SUPERSEDED = 'SUPERSEDED',
}

export enum ProposalStatus {
  SUBMITTED = 'SUBMITTED',
  UNDER_STUDY = 'UNDER_STUDY',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  DONE = 'DONE',
}

export enum ActionStatus {
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}

/** What produced an action of the plan. */
export enum ActionOrigin {
  PROPOSAL = 'PROPOSAL',
  SURVEY_FINDING = 'SURVEY_FINDING',
  MEETING = 'MEETING',
  OTHER = 'OTHER',
}

/** Where a proposal may go next. */
export const PROPOSAL_TRANSITIONS: Record<ProposalStatus, ProposalStatus[]> = {
  [ProposalStatus.SUBMITTED]: [ProposalStatus.UNDER_STUDY, ProposalStatus.ACCEPTED, ProposalStatus.REJECTED],
  [ProposalStatus.UNDER_STUDY]: [ProposalStatus.ACCEPTED, ProposalStatus.REJECTED],
  [ProposalStatus.ACCEPTED]: [ProposalStatus.DONE, ProposalStatus.UNDER_STUDY],
  [ProposalStatus.REJECTED]: [ProposalStatus.UNDER_STUDY],
  [ProposalStatus.DONE]: [],
};
