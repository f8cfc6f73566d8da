/** How complete the text shipped for a referential is, against its published version. */
export enum Completeness {
  /** Every engagement as published. */
  COMPLETE = 'COMPLETE',
  /** What the sources found support; the referential's note says what is missing. */
  PARTIAL = 'PARTIAL',
}

/** The unit of an indicator: one for all the platform's figures. */
export enum IndicatorUnit {
  /** A share, 0 to 100. */
  PERCENT = 'PERCENT',
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
