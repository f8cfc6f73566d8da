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

/** Unit of an engagement's target. */
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
  EXPIRED = 'EXPIRED',
}
