/** How a question is answered. */
export enum QuestionKind {
  /** The five-level satisfaction scale (très satisfait … pas du tout satisfait, sans avis). */
  SATISFACTION = 'SATISFACTION',
  SINGLE_CHOICE = 'SINGLE_CHOICE',
  /** Several options may be chosen; results count each option, never the combinations. */
  MULTIPLE_CHOICE = 'MULTIPLE_CHOICE',
  NUMBER = 'NUMBER',
  FREE_TEXT = 'FREE_TEXT',
}

/** The levels of the satisfaction scale, as stored in answers. */
export enum SatisfactionLevel {
  VERY_SATISFIED = 'VERY_SATISFIED',
  SATISFIED = 'SATISFIED',
  DISSATISFIED = 'DISSATISFIED',
  VERY_DISSATISFIED = 'VERY_DISSATISFIED',
  NO_OPINION = 'NO_OPINION',
}

export const SATISFACTION_LABELS: Record<SatisfactionLevel, string> = {
  VERY_SATISFIED: 'Très satisfait',
  SATISFIED: 'Satisfait',
  DISSATISFIED: 'Peu satisfait',
  VERY_DISSATISFIED: 'Pas du tout satisfait',
  NO_OPINION: 'Sans avis',
};

/** What a question measures; results are also given per dimension. */
export enum Dimension {
  TYPOLOGY = 'TYPOLOGY',
  PHYSICAL_RECEPTION = 'PHYSICAL_RECEPTION',
  TELEPHONE_RECEPTION = 'TELEPHONE_RECEPTION',
  DIGITAL_RECEPTION = 'DIGITAL_RECEPTION',
  RECEPTION_SPACES = 'RECEPTION_SPACES',
  EQUIPMENT = 'EQUIPMENT',
  WAITING_TIME = 'WAITING_TIME',
  ANSWER_QUALITY = 'ANSWER_QUALITY',
  LEGAL_REASONING = 'LEGAL_REASONING',
  APPOINTMENT_DELAYS = 'APPOINTMENT_DELAYS',
  ADVICE_TO_COLLECTIVITES = 'ADVICE_TO_COLLECTIVITES',
  ACCESSIBILITY = 'ACCESSIBILITY',
  OTHER = 'OTHER',
}

export const DIMENSION_LABELS: Record<Dimension, string> = {
  TYPOLOGY: 'Typologie des usagers',
  PHYSICAL_RECEPTION: 'Accueil physique',
  TELEPHONE_RECEPTION: 'Accueil téléphonique',
  DIGITAL_RECEPTION: 'Accueil numérique / internet',
  RECEPTION_SPACES: "Espaces d'accueil",
  EQUIPMENT: 'Équipements',
  WAITING_TIME: "Temps d'attente",
  ANSWER_QUALITY: 'Qualité des réponses',
  LEGAL_REASONING: 'Motivation juridique des observations',
  APPOINTMENT_DELAYS: 'Délais de rendez-vous',
  ADVICE_TO_COLLECTIVITES: 'Conseil aux collectivités',
  ACCESSIBILITY: 'Accessibilité',
  OTHER: 'Autre',
};

/** Who a campaign asks. */
export enum PanelKind {
  HALL_USERS = 'HALL_USERS',
  ELECTED_OFFICIALS = 'ELECTED_OFFICIALS',
  /** Any configured list, e.g. an association of elected officials. */
  CONFIGURED_LIST = 'CONFIGURED_LIST',
}

/** How a campaign collects its answers. */
export enum CampaignChannel {
  /** Kiosk tablet and paper forms in the hall. */
  HALL = 'HALL',
  /** Personal single-use links sent by e-mail to the panel. */
  EMAIL = 'EMAIL',
}

/** How one response came in. */
export enum ResponseChannel {
  KIOSK = 'KIOSK',
  PAPER = 'PAPER',
  EMAIL = 'EMAIL',
}

/** Where a campaign stands, from its dates and publication. */
export enum CampaignState {
  SCHEDULED = 'SCHEDULED',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  PUBLISHED = 'PUBLISHED',
}

/** Comparison of a rate with the same question or dimension of an earlier campaign. */
export enum Trend {
  /** No earlier campaign: this one is the reference for later comparisons. */
  BASELINE = 'BASELINE',
  IMPROVED = 'IMPROVED',
  DEGRADED = 'DEGRADED',
  /** The 95 % intervals overlap. */
  STABLE = 'STABLE',
  /** The earlier campaign had no such question or dimension. */
  NOT_COMPARABLE = 'NOT_COMPARABLE',
}

export enum FindingKind {
  STRENGTH = 'STRENGTH',
  WEAKNESS = 'WEAKNESS',
  RECOMMENDATION = 'RECOMMENDATION',
}

export enum FeedbackChannel {
  /** A card dropped in the box (urne) in the hall. */
  SUGGESTION_BOX = 'SUGGESTION_BOX',
  /** A message from the website's contact form. */
  CONTACT_FORM = 'CONTACT_FORM',
}

export enum FeedbackCategory {
  RECEPTION = 'RECEPTION',
  WAITING_TIME = 'WAITING_TIME',
  INFORMATION = 'INFORMATION',
  PREMISES = 'PREMISES',
  EQUIPMENT = 'EQUIPMENT',
  PROCEDURE = 'PROCEDURE',
  COMPLIMENT = 'COMPLIMENT',
  OTHER = 'OTHER',
}

export enum FeedbackStatus {
  RECEIVED = 'RECEIVED',
  IN_PROGRESS = 'IN_PROGRESS',
  ANSWERED = 'ANSWERED',
  /** Closed without an answer (no contact given, or nothing to answer). */
  CLOSED = 'CLOSED',
}

/** How a panel member is addressed: unknown, a letter opens with « Madame, Monsieur ». */
export enum Civility {
  MADAME = 'MADAME',
  MONSIEUR = 'MONSIEUR',
}

/** The office a letter's greeting names (« Monsieur le Maire », « Madame la Présidente »); other positions are greeted by civility alone. */
export enum PanelOffice {
  MAYOR = 'MAYOR',
  /** Of an EPCI, or of an association of elected officials. */
  PRESIDENT = 'PRESIDENT',
}

/** Why a message of the outbox is sent. */
export enum MailKind {
  INVITATION = 'INVITATION',
  REMINDER = 'REMINDER',
}

/** Where one message of the outbox stands; stable values, shown to the manager by their labels. */
export enum MailDeliveryStatus {
  /** Waiting for its first attempt. */
  PENDING = 'PENDING',
  /** Accepted by the SMTP server. */
  SENT = 'SENT',
  /** An attempt failed; another is planned at `nextAttemptAt`. */
  RETRY_SCHEDULED = 'RETRY_SCHEDULED',
  /** Every attempt failed: nothing more is tried. */
  FAILED = 'FAILED',
}

export const MAIL_DELIVERY_LABELS: Record<MailDeliveryStatus, string> = {
  PENDING: 'En attente',
  SENT: 'Envoyé',
  RETRY_SCHEDULED: 'Nouvel essai prévu',
  FAILED: 'Échec',
};
