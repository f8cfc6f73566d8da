/** How an item reached the service, or how it was answered. */
export enum Channel {
  LETTER = 'LETTER',
  EMAIL = 'EMAIL',
  TELEPHONE = 'TELEPHONE',
  CONTACT_FORM = 'CONTACT_FORM',
  COUNTER = 'COUNTER',
}

/** Who wrote. */
export enum CorrespondentKind {
  USER = 'USER',
  ELECTED_OFFICIAL = 'ELECTED_OFFICIAL',
  COLLECTIVITE = 'COLLECTIVITE',
  BUSINESS = 'BUSINESS',
  ASSOCIATION = 'ASSOCIATION',
}

/** Unit of a delay target. */
export enum TargetUnit {
  WORKING_DAYS = 'WORKING_DAYS',
  HOURS = 'HOURS',
  /** Telephone pick-up, measured on the monthly telephony statistics, not on items. */
  RINGS = 'RINGS',
}

export enum ItemStatus {
  OPEN_ON_TIME = 'OPEN_ON_TIME',
  OPEN_LATE = 'OPEN_LATE',
  ANSWERED_ON_TIME = 'ANSWERED_ON_TIME',
  ANSWERED_LATE = 'ANSWERED_LATE',
  /** No delay target covers it: never late, outside the on-time rate. */
  OPEN_WITHOUT_ENGAGEMENT = 'OPEN_WITHOUT_ENGAGEMENT',
  ANSWERED_WITHOUT_ENGAGEMENT = 'ANSWERED_WITHOUT_ENGAGEMENT',
}

export enum AppointmentRequesterKind {
  ELECTED_OFFICIAL = 'ELECTED_OFFICIAL',
  TERRITORIAL_OFFICER = 'TERRITORIAL_OFFICER',
}

/** Where the two-month window of the prefect's referral stands. */
export enum ReferralState {
  OPEN = 'OPEN',
  REFERRED_IN_TIME = 'REFERRED_IN_TIME',
  REFERRED_LATE = 'REFERRED_LATE',
  /** Not referred, the window closed, though observations or a recours gracieux had been sent. */
  EXPIRED = 'EXPIRED',
  /** Not referred, the window closed, and the prefecture had raised nothing: the act was not contested. */
  NOT_CONTESTED = 'NOT_CONTESTED',
  /** The pieces asked for have not come: the two months have not started. */
  AWAITING_DOCUMENTS = 'AWAITING_DOCUMENTS',
}

/** What the two months of the referral run from. */
export enum ReferralBasis {
  RECEPTION = 'RECEPTION',
  DOCUMENTS_RECEIVED = 'DOCUMENTS_RECEIVED',
  AWAITING_DOCUMENTS = 'AWAITING_DOCUMENTS',
  RECOURS_ANSWERED = 'RECOURS_ANSWERED',
  RECOURS_IMPLICIT_REJECTION = 'RECOURS_IMPLICIT_REJECTION',
}
