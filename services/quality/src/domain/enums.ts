/** How complete the text shipped for a referential is, against its published version. */
export enum Completeness {
  /** Every engagement as published. */
  COMPLETE = 'COMPLETE',
  /** What the sources found support; the referential's note says what is missing. */
  PARTIAL = 'PARTIAL',
}

/** The unit of an indicator: one for all the platform's figures. */
export enum IndicatorUnit {
  /** A share as a fraction from 0 to 1, like every rate of the API (0.806 for 80,6 %). */
  RATE = 'RATE',
  /** A difference of two shares, from -1 to 1: net satisfaction, satisfied minus dissatisfied. */
  SIGNED_RATE = 'SIGNED_RATE',
  WORKING_DAYS = 'WORKING_DAYS',
  RINGS = 'RINGS',
  COUNT = 'COUNT',
  /** A mark out of 10. */
  SCORE_10 = 'SCORE_10',
  MINUTES = 'MINUTES',
  /** Met or not. */
  BOOLEAN = 'BOOLEAN',
}

/** The audits of a label's cycle (Q4). */
export enum AuditKind {
  /** Held by the tenant's own auditors before each external audit. */
  INTERNAL = 'INTERNAL',
  /** The certification body's first audit, which grants the label. */
  CERTIFICATION = 'CERTIFICATION',
  /** The certification body's audit at eighteen months. */
  FOLLOW_UP = 'FOLLOW_UP',
  /** The certification body's audit before the label expires, which renews it. */
  RENEWAL = 'RENEWAL',
}

/** Where a deadline of the audit cycle stands. */
export enum DeadlineState {
  /** The audit was held. */
  DONE = 'DONE',
  /** An audit is planned on or before the deadline. */
  SCHEDULED = 'SCHEDULED',
  /** No audit is planned on or before the deadline, which has not passed. */
  NOT_SCHEDULED = 'NOT_SCHEDULED',
  /** The deadline has passed without the audit. */
  OVERDUE = 'OVERDUE',
}

/** Where an indicator's value comes from (Q1). */
export enum IndicatorSource {
  /** Computed by the platform from the committees, surveys and correspondence domains. */
  COMPUTED = 'COMPUTED',
  /** Imported from a file of another system (Je donne mon avis, the telephony's export). */
  IMPORTED = 'IMPORTED',
  /** Entered by hand. */
  ENTERED = 'ENTERED',
}

/** How the platform computes an indicator from its domains; its parameters are the formula's. */
export enum IndicatorComputation {
  /** Answered by the due date over answered under a delay target, for one channel. */
  ON_TIME_RATE = 'ON_TIME_RATE',
  /** Calls picked up over calls offered. */
  TELEPHONE_PICK_UP_RATE = 'TELEPHONE_PICK_UP_RATE',
  /** Calls picked up within the target (5 rings) over calls offered. */
  TELEPHONE_WITHIN_TARGET_RATE = 'TELEPHONE_WITHIN_TARGET_RATE',
  /** Months whose processing time of the flagship procedure met its target, over months measured. */
  FLAGSHIP_PROCEDURE_ON_TIME = 'FLAGSHIP_PROCEDURE_ON_TIME',
  /** Satisfied over those with an opinion, for a dimension or every question, in the campaigns closed in the period. */
  SATISFACTION_RATE = 'SATISFACTION_RATE',
  /** Satisfied minus dissatisfied, over those with an opinion (or every answer, as the formula says). */
  NET_SATISFACTION = 'NET_SATISFACTION',
  /** Whether the users' committee met as often as it must throughout the period (1 or 0). */
  COMMITTEE_CADENCE_MET = 'COMMITTEE_CADENCE_MET',
  /** Actions done over actions due in the period (cancelled ones left out). */
  ACTION_PLAN_COMPLETION = 'ACTION_PLAN_COMPLETION',
  /** Feedback answered within the formula's working days over feedback received in the period that awaited an answer. */
  FEEDBACK_ANSWERED_IN_TIME = 'FEEDBACK_ANSWERED_IN_TIME',
}
