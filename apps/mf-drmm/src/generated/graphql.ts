/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** An action of a plan. */
export type ActionInput = {
  /** Details. */
  description?: string | null | undefined;
  /** Due date (YYYY-MM-DD). */
  dueDate?: string | null | undefined;
  /** The survey finding it comes from (SURVEY_FINDING). */
  originFindingId?: string | null | undefined;
  /** What produced it. */
  originKind: ActionOrigin;
  /** The meeting it comes from (MEETING). */
  originMeetingId?: string | number | null | undefined;
  /** The proposal it comes from (PROPOSAL). */
  originProposalId?: string | number | null | undefined;
  /** Directorate in charge. */
  ownerDirectorateId: string | number;
  /** Progress in percent. */
  progress?: number | null | undefined;
  /** Reference within the plan (A-01…). */
  reference: string;
  /** Status (PLANNED when omitted). */
  status?: ActionStatus | null | undefined;
  /** What is to be done. */
  title: string;
};

/** What produced an action. */
export type ActionOrigin =
  /** A decision of a meeting (originMeeting). */
  | 'MEETING'
  /** Anything else. */
  | 'OTHER'
  /** A proposal of a committee member (originProposal). */
  | 'PROPOSAL'
  /** A finding of a satisfaction survey (originFindingId). */
  | 'SURVEY_FINDING';

/** Where an action of the plan stands. */
export type ActionStatus =
  /** Given up. */
  | 'CANCELLED'
  /** Done (100 %). */
  | 'DONE'
  /** Started. */
  | 'IN_PROGRESS'
  /** Not started. */
  | 'PLANNED';

/** A point of a new meeting’s agenda. */
export type AgendaItemInput = {
  /** Details. */
  description?: string | null | undefined;
  /** Title. */
  title: string;
};

/** An agent invited to a meeting. */
export type AgentInviteeInput = {
  /** Name. */
  name: string;
  /** Service or directorate. */
  organisation: string;
  /** The user, when known. */
  userId?: string | number | null | undefined;
};

/** One answer; fill exactly the field of the question’s kind. */
export type AnswerInput = {
  /** NUMBER. */
  number?: number | null | undefined;
  /** SATISFACTION (a SatisfactionLevel) or SINGLE_CHOICE (an option key). */
  option?: string | null | undefined;
  /** MULTIPLE_CHOICE: the option keys chosen (at most 50 items). */
  options?: Array<string> | null | undefined;
  /** Key of the question. */
  questionKey: string;
  /** FREE_TEXT (4,000 characters at most). */
  text?: string | null | undefined;
};

/** Presence of an invitee on the attendance sheet (fiche de présence). */
export type Attendance =
  /** Absent. */
  | 'ABSENT'
  /** Excusé. */
  | 'EXCUSED'
  /** Not recorded yet. */
  | 'PENDING'
  /** Présent. */
  | 'PRESENT'
  /** Représenté (see representedBy). */
  | 'REPRESENTED';

/** One line of the attendance sheet. */
export type AttendanceInput = {
  /** Presence. */
  attendance: Attendance;
  /** The invitation. */
  invitationId: string | number;
  /** Who represented them (REPRESENTED only). */
  representedBy?: string | null | undefined;
  /** Whether they signed. */
  signed?: boolean | null | undefined;
};

/** Where a deadline of the audit cycle stands. */
export type AuditDeadlineState =
  /** The audit was held. */
  | 'DONE'
  /** No audit is planned on or before the deadline, which has not passed. */
  | 'NOT_SCHEDULED'
  /** The deadline has passed without the audit. */
  | 'OVERDUE'
  /** An audit is planned on or before the deadline. */
  | 'SCHEDULED';

/** Q4: the audits of a label’s cycle. */
export type AuditKind =
  /** The certification body’s (AFNOR) first audit, which grants the label. */
  | 'CERTIFICATION'
  /** The certification body’s audit at 18 months. */
  | 'FOLLOW_UP'
  /** Held by the tenant’s own auditors, 3 months before each external audit. */
  | 'INTERNAL'
  /** The certification body’s audit by the end of the 3 years, which renews the label. */
  | 'RENEWAL';

/** Whether a committee meets as often as it must. */
export type CadenceState =
  /** No meeting is scheduled before the deadline yet. */
  | 'NOT_SCHEDULED_IN_TIME'
  /** The next meeting is scheduled before the deadline. */
  | 'ON_TRACK'
  /** The deadline has passed without a meeting. */
  | 'OVERDUE';

/** How a campaign collects its answers. */
export type CampaignChannel =
  /** Invitations électroniques avec un lien personnel à usage unique. */
  | 'EMAIL'
  /** Borne (tablette) et formulaires papier dans le hall. */
  | 'HALL';

/** A new campaign. */
export type CampaignInput = {
  /** HALL for the hall users’ panel, EMAIL for a listed panel. */
  channel: CampaignChannel;
  /** Last day (YYYY-MM-DD). */
  closesOn: string;
  /** First day (YYYY-MM-DD), in the campaign’s year. */
  opensOn: string;
  /** Panel asked. */
  panelId: string | number;
  /** Questionnaire version used (it is then frozen). */
  questionnaireId: string | number;
  /** Title. */
  title: string;
  /** Year. */
  year: number;
};

/** Where a campaign stands today, by the calendar of its tenant. */
export type CampaignState =
  /** Close, résultats non publiés. */
  | 'CLOSED'
  /** Ouverte: accepte des réponses. */
  | 'OPEN'
  /** Résultats publiés (figés). */
  | 'PUBLISHED'
  /** Pas encore ouverte. */
  | 'SCHEDULED';

/** How a person is addressed. */
export type Civility =
  /** Madame. */
  | 'MADAME'
  /** Monsieur. */
  | 'MONSIEUR';

/** A college of a new committee. */
export type CollegeInput = {
  /** Code: COLLECTIVITES, USAGERS, PROFESSIONNELS, ADMINISTRATION… */
  code: string;
  /** Name shown. */
  name: string;
};

/** Q6: a correction of a published quarter. */
export type CorrectPublicationInput = {
  /** The new cut-off date (YYYY-MM-DD); today by default. */
  cutOffDate?: string | null | undefined;
  /** The version in force it replaces (PUBLICATION_REPLACED for an older one). */
  publicationId: string | number;
  /** Why it is corrected; shown on the public page. */
  reason: string;
};

/** A new committee, from its prefectoral decision. */
export type CreateCommitteeInput = {
  /** Who chairs it. */
  chairName: string;
  /** Title of the chair. */
  chairTitle?: string | null | undefined;
  /** Colleges of the composition, in order (at most 10 items). */
  colleges?: Array<CollegeInput> | null | undefined;
  /** Date of the decision (YYYY-MM-DD). */
  decisionDate: string;
  /** Reference of the decision. */
  decisionReference: string;
  /** Text of the decision. */
  decisionText?: string | null | undefined;
  /** Kind: CLU, or another code. */
  kind: string;
  /** Minimum frequency in months (12 when omitted). */
  meetingIntervalMonths?: number | null | undefined;
  /** Name. */
  name: string;
  /** Directorate that runs it; the caller’s when omitted. */
  ownerDirectorateId?: string | number | null | undefined;
  /** The service of that directorate that runs it (MACAP for the CLU), printed as the mission line of its documents; none when omitted. */
  secretariatServiceId?: string | number | null | undefined;
  /** Users of the secretariat (at most 20 items). */
  secretariatUserIds?: Array<string | number> | null | undefined;
};

/** A new questionnaire (its version 1). */
export type CreateQuestionnaireInput = {
  /** Introduction shown to respondents. */
  description?: string | null | undefined;
  /** Key shared by its future versions (lowercase letters, digits, dashes). */
  key: string;
  /** Sections, in order (at most 50 items). */
  sections: Array<QuestionnaireSectionInput>;
  /** Title. */
  title: string;
};

/** A value entered by hand. */
export type EnterIndicatorValueInput = {
  /** A comment. */
  comment?: string | null | undefined;
  /** The indicator; one of a referential the caller’s tenant is labelled under (BAD_USER_INPUT, reason NOT_LABELLED), not computed by the platform (INDICATOR_COMPUTED). */
  indicatorId: string | number;
  /** Where the figure comes from: a register, a count, a report (MISSING_SOURCE when empty). */
  origin?: string | null | undefined;
  /** The period: 2025, 2025-T3 or 2025-09 (PERIOD_INVALID); ended (PERIOD_NOT_ENDED). */
  period: string;
  /** Its unit, which must be the indicator’s (MISSING_UNIT, UNIT_MISMATCH). */
  unit?: IndicatorUnit | null | undefined;
  /** The value in the indicator’s unit: a rate from 0 to 1, 1 or 0 for met or not (VALUE_OUT_OF_RANGE). */
  value: number;
};

/** What a feedback is about. */
export type FeedbackCategory =
  /** Remerciement. */
  | 'COMPLIMENT'
  /** Équipements. */
  | 'EQUIPMENT'
  /** Information (site, affichage). */
  | 'INFORMATION'
  /** Autre. */
  | 'OTHER'
  /** Locaux. */
  | 'PREMISES'
  /** Démarche administrative. */
  | 'PROCEDURE'
  /** Accueil. */
  | 'RECEPTION'
  /** Temps d'attente. */
  | 'WAITING_TIME';

/** Where a feedback came from. */
export type FeedbackChannel =
  /** Formulaire de contact du site internet. */
  | 'CONTACT_FORM'
  /** Carte déposée dans l'urne du hall. */
  | 'SUGGESTION_BOX';

/** Narrows a list of feedback. */
export type FeedbackFilter = {
  /** Only this category. */
  category?: FeedbackCategory | null | undefined;
  /** Only this channel. */
  channel?: FeedbackChannel | null | undefined;
  /** Only in this status. */
  status?: FeedbackStatus | null | undefined;
  /** Only this tenant’s (one the caller reads). */
  tenantId?: string | number | null | undefined;
};

/** Where a feedback stands. */
export type FeedbackStatus =
  /** Répondue. */
  | 'ANSWERED'
  /** Close sans réponse. */
  | 'CLOSED'
  /** En cours de traitement. */
  | 'IN_PROGRESS'
  /** Reçue. */
  | 'RECEIVED';

/** A finding of a campaign. */
export type FindingInput = {
  /** The dimension it is about. */
  dimension?: SurveyDimension | null | undefined;
  /** Strength, weakness or recommendation. */
  kind: FindingKind;
  /** The question key it is about. */
  questionKey?: string | null | undefined;
  /** The finding. */
  text: string;
};

/** What a finding says. */
export type FindingKind =
  /** Recommandation pour le plan d'actions. */
  | 'RECOMMENDATION'
  /** Point fort. */
  | 'STRENGTH'
  /** Point d'amélioration. */
  | 'WEAKNESS';

/** Q1: how the platform computes an indicator; the formula’s `parameters` say for what. */
export type IndicatorComputation =
  /** Actions done over actions due in the period, cancelled ones left out. */
  | 'ACTION_PLAN_COMPLETION'
  /** 1 when the committee of kind `committeeKind` never went longer than its interval without a meeting held, on any day of the period; 0 otherwise. */
  | 'COMMITTEE_CADENCE_MET'
  /** Feedback received in the period and answered within `withinWorkingDays` working days, over feedback that awaited an answer. */
  | 'FEEDBACK_ANSWERED_IN_TIME'
  /** Months whose mean processing time of the procedure `procedure` met its target, over the months measured. */
  | 'FLAGSHIP_PROCEDURE_ON_TIME'
  /** Satisfied minus dissatisfied answers, over answers with an opinion (`denominator` WITH_OPINION) or every answer (ALL_ANSWERS), for `dimension`. */
  | 'NET_SATISFACTION'
  /** Items answered by their due date over items answered under a delay target, received in the period, for the channel `channel` (tableau de suivi). */
  | 'ON_TIME_RATE'
  /** Satisfied answers over answers with an opinion, for the dimension `dimension` (null: every question), in the campaigns closed in the period. */
  | 'SATISFACTION_RATE'
  /** Calls picked up over calls offered, in the months of the period. */
  | 'TELEPHONE_PICK_UP_RATE'
  /** Calls picked up within 5 rings over calls offered, in the months of the period. */
  | 'TELEPHONE_WITHIN_TARGET_RATE';

/** Q1: where an indicator’s value comes from. */
export type IndicatorSource =
  /** Computed by the platform from the committees, surveys and correspondence domains (`computeIndicatorValues`). */
  | 'COMPUTED'
  /** Entered by hand (`enterIndicatorValue`), with who and when. */
  | 'ENTERED'
  /** Imported from another system’s file (`importIndicatorValues`): Je donne mon avis, the telephony’s export. */
  | 'IMPORTED';

/** The unit of an indicator, the same for every figure of the platform. */
export type IndicatorUnit =
  /** Met (1) or not (0). */
  | 'BOOLEAN'
  /** A number of things. */
  | 'COUNT'
  /** Minutes. */
  | 'MINUTES'
  /** A share as a fraction from 0 to 1 (0.806 for 80.6 %), like every rate of the API. */
  | 'RATE'
  /** Rings before a call is picked up. */
  | 'RINGS'
  /** A mark out of 10. */
  | 'SCORE_10'
  /** A difference of two shares, from -1 to 1: net satisfaction (satisfied minus dissatisfied, 0.603 for 60.3 %). */
  | 'SIGNED_RATE'
  /** Working days, on the tenant’s calendar. */
  | 'WORKING_DAYS';

/** Where one message of the outbox stands. Stable values; statusLabel gives the French label. */
export type MailDeliveryStatus =
  /** Échec : tous les essais ont échoué, rien ne sera plus tenté ; le lien précédent, s’il y en a un, reste valable. */
  | 'FAILED'
  /** En attente : pas encore essayé. */
  | 'PENDING'
  /** Nouvel essai prévu : un essai a échoué, un autre aura lieu à nextAttemptAt. */
  | 'RETRY_SCHEDULED'
  /** Envoyé : accepté par le serveur SMTP. */
  | 'SENT';

/** Why a message is sent. */
export type MailKind =
  /** Première invitation, avec le lien personnel. */
  | 'INVITATION'
  /** Relance, avec un nouveau lien qui remplace le précédent une fois le message accepté. */
  | 'REMINDER';

/** Where a meeting stands. */
export type MeetingStatus =
  /** Cancelled. */
  | 'CANCELLED'
  /** Held; attendance recorded. */
  | 'HELD'
  /** Held, and its minutes are published. */
  | 'MINUTES_PUBLISHED'
  /** Scheduled, not held yet. */
  | 'PLANNED';

/** A seat in a committee. */
export type MemberInput = {
  /** College of the seat. */
  collegeId: string | number;
  /** Contact (personal data, shown to the secretariat only). */
  contact?: string | null | undefined;
  /** Last day of the mandate (YYYY-MM-DD). */
  mandateEnd?: string | null | undefined;
  /** First day of the mandate (YYYY-MM-DD). */
  mandateStart: string;
  /** Name. */
  name: string;
  /** Organisation represented. */
  organisation: string;
  /** Role or office. */
  role?: string | null | undefined;
  /** The user, when the member is an agent. */
  userId?: string | number | null | undefined;
};

/** Content of the minutes; omitted fields stay. */
export type MinutesInput = {
  /** The case officers' professional contacts, one per line (at most 1,000 characters); never a personal address or number. */
  caseOfficerContacts?: string | null | undefined;
  /** « Affaire suivie par »: the case officers, e.g. « Mme VARNEROT et M. RAULIN ». */
  caseOfficers?: string | null | undefined;
  /** Closing paragraph. */
  closing?: string | null | undefined;
  /** Opening paragraph. */
  introduction?: string | null | undefined;
  /** Sections to change (at most 50 items). */
  sections?: Array<MinutesSectionInput> | null | undefined;
  /** Signatory. */
  signatoryName?: string | null | undefined;
  /** Title of the signatory. */
  signatoryTitle?: string | null | undefined;
};

/** Content of one section of the minutes. */
export type MinutesSectionInput = {
  /** The agenda item. */
  agendaItemId: string | number;
  /** What was concluded. */
  conclusions?: string | null | undefined;
  /** What was presented. */
  presentation?: string | null | undefined;
};

/** Life of a version of the minutes (relevé de conclusions). */
export type MinutesStatus =
  /** Being written; editable. */
  | 'DRAFT'
  /** Published; frozen. A correction is a new version. */
  | 'PUBLISHED'
  /** Was published; replaced by a later version, kept. */
  | 'SUPERSEDED'
  /** Validated by the chair; frozen, ready to publish. */
  | 'VALIDATED';

/** A new panel. */
export type PanelInput = {
  /** What it is made of and why. */
  description?: string | null | undefined;
  /** Kind. */
  kind: PanelKind;
  /** Name. */
  name: string;
};

/** Who a panel is. */
export type PanelKind =
  /** Toute liste configurée (p. ex. une association d'élus). */
  | 'CONFIGURED_LIST'
  /** Maires et présidents d'EPCI d'un arrondissement. */
  | 'ELECTED_OFFICIALS'
  /** Les usagers présents dans le hall (anonymes). */
  | 'HALL_USERS';

/** A person of a listed panel. */
export type PanelMemberInput = {
  /** Madame or Monsieur, when known. */
  civility?: Civility | null | undefined;
  /** Professional e-mail address for the invitation. */
  email?: string | null | undefined;
  /** Name. */
  name: string;
  /** The office the greeting names, when it is one. */
  office?: PanelOffice | null | undefined;
  /** Commune, EPCI or association. */
  organization: string;
  /** Position. */
  position: string;
};

/** The office an invitation’s greeting names (« Monsieur le Maire », « Madame la Présidente »). */
export type PanelOffice =
  /** Maire. */
  | 'MAYOR'
  /** Président(e) d’un EPCI ou d’une association d’élus. */
  | 'PRESIDENT';

/** An audit to plan. */
export type PlanAuditInput = {
  /** Who audits. */
  auditor?: string | null | undefined;
  /** Kind of audit; a follow-up or renewal audit comes after the certification day (BAD_USER_INPUT, reason AUDIT_DATES_OUT_OF_ORDER). */
  kind: AuditKind;
  /** Day it is planned (YYYY-MM-DD). */
  plannedOn: string;
};

/** Where a proposal stands until it is answered. */
export type ProposalStatus =
  /** Accepted; actions may follow. */
  | 'ACCEPTED'
  /** Carried out, with an answer. */
  | 'DONE'
  /** Rejected, with an answer. */
  | 'REJECTED'
  /** Raised in a meeting, routed. */
  | 'SUBMITTED'
  /** Being examined by the bodies it was routed to. */
  | 'UNDER_STUDY';

/** Q6: whether a version of a quarter’s results is the one in force. */
export type PublicationStatus =
  /** The latest version: the one the public pages show. */
  | 'IN_FORCE'
  /** Replaced by a correction; still readable, marked replaced. */
  | 'REPLACED';

/** Q6: a quarter to publish. */
export type PublishQuarterInput = {
  /** The cut-off date (YYYY-MM-DD), after the quarter’s end (CUT_OFF_BEFORE_END) and not after today (DATE_IN_FUTURE); today by default. */
  cutOffDate?: string | null | undefined;
  /** The quarter, e.g. 2026-T3 (PERIOD_INVALID for another period; PERIOD_NOT_ENDED before its end). */
  quarter: string;
};

/** A question of a questionnaire. */
export type QuestionInput = {
  /** What it measures. */
  dimension: SurveyDimension;
  /** Help shown under the question. */
  help?: string | null | undefined;
  /** Key, stable across versions (lowercase letters, digits, dashes): keep it to compare results. */
  key: string;
  /** How it is answered. */
  kind: QuestionKind;
  /** Largest number accepted (NUMBER only). */
  maxValue?: number | null | undefined;
  /** Smallest number accepted (NUMBER only). */
  minValue?: number | null | undefined;
  /** Choices of a choice question (two at least, at most 50 items); none for other kinds. */
  options?: Array<QuestionOptionInput> | null | undefined;
  /** Whether a response must answer it (default false). */
  required?: boolean | null | undefined;
  /** The question as asked. */
  text: string;
};

/** How a question is answered. */
export type QuestionKind =
  /** Texte libre (stocké tel quel, jamais interprété comme HTML): answer with `text`. */
  | 'FREE_TEXT'
  /** Plusieurs choix possibles: answer with `options`; results count each option, never combinations. */
  | 'MULTIPLE_CHOICE'
  /** Un nombre, entre minValue et maxValue: answer with `number`. */
  | 'NUMBER'
  /** Échelle de satisfaction (très satisfait … pas du tout satisfait, sans avis): answer with `option`, a SatisfactionLevel. */
  | 'SATISFACTION'
  /** Un seul choix parmi les réponses proposées: answer with `option`. */
  | 'SINGLE_CHOICE';

/** A choice offered by a choice question. */
export type QuestionOptionInput = {
  /** Stable key (lowercase letters, digits, dashes). */
  key: string;
  /** Label shown to respondents. */
  label: string;
};

/** The whole content of a questionnaire version. */
export type QuestionnaireContentInput = {
  /** Introduction shown to respondents. */
  description?: string | null | undefined;
  /** Sections, in order (at most 50 items). */
  sections: Array<QuestionnaireSectionInput>;
  /** Title. */
  title: string;
};

/** A section and its questions, in order. */
export type QuestionnaireSectionInput = {
  /** Its questions, in order (at most 200 items). */
  questions: Array<QuestionInput>;
  /** Title of the section. */
  title: string;
};

/** A proposal raised in a meeting. */
export type RaiseProposalInput = {
  /** The agenda item it was raised on. */
  agendaItemId?: string | number | null | undefined;
  /** The member who raised it. */
  authorMemberId?: string | number | null | undefined;
  /** Who raised it, when not a member. */
  authorName?: string | null | undefined;
  /** Where it is sent: at least one, at most 20 items. */
  routings: Array<RoutingInput>;
  /** What is proposed. */
  text: string;
};

/** An audit held. */
export type RecordAuditInput = {
  /** Day it was held (YYYY-MM-DD), not after today (BAD_USER_INPUT, reason DATE_IN_FUTURE). */
  heldOn: string;
  /** What it found. */
  outcome?: string | null | undefined;
};

/** How complete the text shipped for a referential is, against its published version. */
export type ReferentialCompleteness =
  /** Every engagement as published. */
  | 'COMPLETE'
  /** What the sources read support; `note` says what is missing (summaries begin with « [Résumé] »). */
  | 'PARTIAL';

/** How one response came in. */
export type ResponseChannel =
  /** Lien personnel reçu par courriel. */
  | 'EMAIL'
  /** Borne du hall. */
  | 'KIOSK'
  /** Formulaire papier saisi par un agent. */
  | 'PAPER';

/** Where a proposal is sent: a directorate, or a named body. */
export type RoutingInput = {
  /** A body that is not a directorate. */
  bodyName?: string | null | undefined;
  /** A directorate of the tenant. */
  directorateId?: string | number | null | undefined;
};

/** A rate compared with the same question (by key, across versions) or dimension of the previous campaign. */
export type SatisfactionTrend =
  /** Première enquête: base des comparaisons ultérieures. */
  | 'BASELINE'
  /** En dégradation: the 95 % intervals do not overlap and the rate is lower. */
  | 'DEGRADED'
  /** En amélioration: the 95 % intervals do not overlap and the rate is higher. */
  | 'IMPROVED'
  /** Non comparable: no such question or dimension, or no opinion, in one of the two campaigns. */
  | 'NOT_COMPARABLE'
  /** Stable: the 95 % intervals overlap. */
  | 'STABLE';

/** A new meeting. */
export type ScheduleMeetingInput = {
  /** The agenda, in order (at most 50 items). */
  agenda: Array<AgendaItemInput>;
  /** Agents invited (at most 100 items). */
  agentInvitees?: Array<AgentInviteeInput> | null | undefined;
  /** Chair; the committee’s when omitted. */
  chairName?: string | null | undefined;
  /** Members invited (at most 200 items). */
  memberIds?: Array<string | number> | null | undefined;
  /** Place. */
  place: string;
  /** Date and time. */
  scheduledAt: string;
  /** Title. */
  title: string;
};

/** What a question measures; results are also given per dimension. */
export type SurveyDimension =
  /** Accessibilité des locaux. */
  | 'ACCESSIBILITY'
  /** Conseil aux collectivités. */
  | 'ADVICE_TO_COLLECTIVITES'
  /** Qualité des réponses (claires, simples). */
  | 'ANSWER_QUALITY'
  /** Délais de rendez-vous. */
  | 'APPOINTMENT_DELAYS'
  /** Accueil numérique / informations sur internet. */
  | 'DIGITAL_RECEPTION'
  /** Équipements mis à disposition (photocopieurs…). */
  | 'EQUIPMENT'
  /** Motivation juridique des observations (contrôle de légalité). */
  | 'LEGAL_REASONING'
  /** Autre. */
  | 'OTHER'
  /** Accueil physique. */
  | 'PHYSICAL_RECEPTION'
  /** Espaces d'accueil. */
  | 'RECEPTION_SPACES'
  /** Accueil téléphonique. */
  | 'TELEPHONE_RECEPTION'
  /** Typologie des usagers. */
  | 'TYPOLOGY'
  /** Temps d'attente au guichet. */
  | 'WAITING_TIME';

/** Changes to a campaign; omitted fields are kept. */
export type UpdateCampaignInput = {
  /** Last day (YYYY-MM-DD): close early or extend. */
  closesOn?: string | null | undefined;
  /** First day (YYYY-MM-DD), not once answers exist. */
  opensOn?: string | null | undefined;
  /** Title. */
  title?: string | null | undefined;
};

/** Changes to a committee; omitted fields stay. */
export type UpdateCommitteeInput = {
  /** New chair. */
  chairName?: string | null | undefined;
  /** New title of the chair. */
  chairTitle?: string | null | undefined;
  /** New text of the decision. */
  decisionText?: string | null | undefined;
  /** New minimum frequency in months. */
  meetingIntervalMonths?: number | null | undefined;
  /** New name. */
  name?: string | null | undefined;
  /** New directorate running it; its service is cleared unless secretariatServiceId names one of the new directorate. */
  ownerDirectorateId?: string | number | null | undefined;
  /** New service running it, of its owner directorate; null for none. */
  secretariatServiceId?: string | number | null | undefined;
  /** New secretariat (at most 20 items). */
  secretariatUserIds?: Array<string | number> | null | undefined;
};

/** Changes to a seat; omitted fields stay. End a mandate with mandateEnd. */
export type UpdateMemberInput = {
  /** New college. */
  collegeId?: string | number | null | undefined;
  /** New contact. */
  contact?: string | null | undefined;
  /** Last day of the mandate (YYYY-MM-DD). */
  mandateEnd?: string | null | undefined;
  /** New first day (YYYY-MM-DD). */
  mandateStart?: string | null | undefined;
  /** New name. */
  name?: string | null | undefined;
  /** New organisation. */
  organisation?: string | null | undefined;
  /** New role. */
  role?: string | null | undefined;
};

/** Changes to a panel member; omitted fields are kept. */
export type UpdatePanelMemberInput = {
  /** Whether they are still invited. */
  active?: boolean | null | undefined;
  /** Madame or Monsieur (null: unknown). */
  civility?: Civility | null | undefined;
  /** E-mail address (null removes it). */
  email?: string | null | undefined;
  /** Name. */
  name?: string | null | undefined;
  /** The office the greeting names (null: none). */
  office?: PanelOffice | null | undefined;
  /** Commune, EPCI or association. */
  organization?: string | null | undefined;
  /** Position. */
  position?: string | null | undefined;
};

export type DrmmDirectorateFieldsFragment = { __typename: 'Directorate', id: string, code: string, name: string };

export type DrmmCommitteeRightsFieldsFragment = { __typename: 'Committee', id: string, tenantId: string, viewerCanManage: boolean };

export type DrmmCommitteeSummaryFieldsFragment = { __typename: 'Committee', id: string, name: string, decisionDate: string, decisionReference: string, chairName: string, chairTitle: string | null, ownerDirectorate: { __typename: 'Directorate', code: string, name: string }, colleges: Array<{ __typename: 'College', id: string, name: string }>, meetings: { __typename: 'MeetingConnection', totalCount: number } };

export type DrmmCommitteeFieldsFragment = { __typename: 'Committee', kind: string, name: string, decisionText: string | null, chairName: string, chairTitle: string | null, meetingIntervalMonths: number, id: string, tenantId: string, viewerCanManage: boolean, colleges: Array<{ __typename: 'College', id: string, name: string, position: number }> };

export type DrmmMemberFieldsFragment = { __typename: 'Member', id: string, name: string, organisation: string, role: string | null, contact: string | null, mandateStart: string, mandateEnd: string | null, college: { __typename: 'College', id: string } };

export type DrmmFollowUpFieldsFragment = { __typename: 'FollowUp', id: string, title: string, dueDate: string, done: boolean };

export type DrmmMeetingSummaryFieldsFragment = { __typename: 'Meeting', id: string, title: string, scheduledAt: string, place: string, status: MeetingStatus };

export type DrmmMeetingFieldsFragment = { __typename: 'Meeting', chairName: string, attendanceSheetPdfPath: string, id: string, title: string, scheduledAt: string, place: string, status: MeetingStatus };

export type DrmmMeetingInvitationFieldsFragment = { __typename: 'Invitation', id: string, name: string, organisation: string, attendance: Attendance, representedBy: string | null, signed: boolean, member: { __typename: 'Member', id: string } | null };

export type DrmmMinutesFieldsFragment = { __typename: 'Minutes', id: string, version: number, status: MinutesStatus, pdfPath: string, publishedAt: string | null, caseOfficers: string | null, caseOfficerContacts: string | null, sections: Array<{ __typename: 'MinutesSection', id: string, presentation: string, conclusions: string, agendaItem: { __typename: 'AgendaItem', id: string, position: number, title: string } }> };

export type DrmmProposalFieldsFragment = { __typename: 'Proposal', id: string, authorName: string, text: string, status: ProposalStatus, answer: string | null, viewerCanMoveOn: boolean, routings: Array<{ __typename: 'ProposalRouting', id: string, bodyName: string | null, directorate: { __typename: 'Directorate', code: string, name: string } | null }> };

export type DrmmActionPlanFieldsFragment = { __typename: 'ActionPlan', id: string, year: number, title: string, viewerCanManage: boolean, committee: { __typename: 'Committee', id: string } | null };

export type DrmmActionFieldsFragment = { __typename: 'Action', id: string, reference: string, title: string, status: ActionStatus, progress: number, dueDate: string | null, overdue: boolean, viewerCanReportProgress: boolean, ownerDirectorate: { __typename: 'Directorate', code: string, name: string } };

export type DrmmCommitteesQueryVariables = Exact<{
  tenantId: string | number;
}>;


export type DrmmCommitteesQuery = { tenant: { __typename: 'Tenant', id: string, viewerCan: { __typename: 'TenantViewerCan', id: string, createCommittees: boolean } } | null, committees: { __typename: 'CommitteeConnection', nodes: Array<{ __typename: 'Committee', id: string, name: string, decisionDate: string, decisionReference: string, chairName: string, chairTitle: string | null, ownerDirectorate: { __typename: 'Directorate', code: string, name: string }, colleges: Array<{ __typename: 'College', id: string, name: string }>, meetings: { __typename: 'MeetingConnection', totalCount: number } }> } | null, committeeCadence: { __typename: 'CommitteeCadenceConnection', nodes: Array<{ __typename: 'CommitteeCadence', state: CadenceState, dueBy: string, nextMeetingDate: string | null, committee: { __typename: 'Committee', id: string }, followUpsDue: Array<{ __typename: 'FollowUp', id: string, title: string, dueDate: string }> }> } | null };

export type DrmmCommitteeQueryVariables = Exact<{
  id: string | number;
}>;


export type DrmmCommitteeQuery = { committee: { __typename: 'Committee', kind: string, name: string, decisionText: string | null, chairName: string, chairTitle: string | null, meetingIntervalMonths: number, id: string, tenantId: string, viewerCanManage: boolean, members: { __typename: 'MemberConnection', nodes: Array<{ __typename: 'Member', id: string, name: string, organisation: string, role: string | null, contact: string | null, mandateStart: string, mandateEnd: string | null, college: { __typename: 'College', id: string } }> }, meetings: { __typename: 'MeetingConnection', nodes: Array<{ __typename: 'Meeting', id: string, title: string, scheduledAt: string, place: string, status: MeetingStatus }> }, followUps: Array<{ __typename: 'FollowUp', id: string, title: string, dueDate: string, done: boolean }>, colleges: Array<{ __typename: 'College', id: string, name: string, position: number }> } | null };

export type DrmmMeetingQueryVariables = Exact<{
  id: string | number;
}>;


export type DrmmMeetingQuery = { meeting: { __typename: 'Meeting', chairName: string, attendanceSheetPdfPath: string, id: string, title: string, scheduledAt: string, place: string, status: MeetingStatus, committee: { __typename: 'Committee', name: string, id: string, tenantId: string, viewerCanManage: boolean }, agenda: Array<{ __typename: 'AgendaItem', id: string, position: number, title: string, description: string | null }>, minutesVersions: Array<{ __typename: 'Minutes', id: string, version: number, status: MinutesStatus, pdfPath: string, publishedAt: string | null, caseOfficers: string | null, caseOfficerContacts: string | null, sections: Array<{ __typename: 'MinutesSection', id: string, presentation: string, conclusions: string, agendaItem: { __typename: 'AgendaItem', id: string, position: number, title: string } }> }>, proposals: { __typename: 'ProposalConnection', nodes: Array<{ __typename: 'Proposal', id: string, authorName: string, text: string, status: ProposalStatus, answer: string | null, viewerCanMoveOn: boolean, routings: Array<{ __typename: 'ProposalRouting', id: string, bodyName: string | null, directorate: { __typename: 'Directorate', code: string, name: string } | null }> }> } } | null };

export type DrmmMeetingInvitationsQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type DrmmMeetingInvitationsQuery = { meeting: { __typename: 'Meeting', id: string, invitations: { __typename: 'InvitationConnection', pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'Invitation', id: string, name: string, organisation: string, attendance: Attendance, representedBy: string | null, signed: boolean, member: { __typename: 'Member', id: string } | null }> } } | null };

export type DrmmRecordAttendanceMutationVariables = Exact<{
  meetingId: string | number;
  entries: Array<AttendanceInput> | AttendanceInput;
}>;


export type DrmmRecordAttendanceMutation = { recordAttendance: Array<{ __typename: 'Invitation', id: string, name: string, organisation: string, attendance: Attendance, representedBy: string | null, signed: boolean, member: { __typename: 'Member', id: string } | null }> };

export type DrmmValidateMinutesMutationVariables = Exact<{
  id: string | number;
}>;


export type DrmmValidateMinutesMutation = { validateMinutes: { __typename: 'Minutes', id: string, version: number, status: MinutesStatus, pdfPath: string, publishedAt: string | null, caseOfficers: string | null, caseOfficerContacts: string | null, sections: Array<{ __typename: 'MinutesSection', id: string, presentation: string, conclusions: string, agendaItem: { __typename: 'AgendaItem', id: string, position: number, title: string } }> } };

export type DrmmPublishMinutesMutationVariables = Exact<{
  id: string | number;
}>;


export type DrmmPublishMinutesMutation = { publishMinutes: { __typename: 'Minutes', id: string, version: number, status: MinutesStatus, pdfPath: string, publishedAt: string | null, caseOfficers: string | null, caseOfficerContacts: string | null, sections: Array<{ __typename: 'MinutesSection', id: string, presentation: string, conclusions: string, agendaItem: { __typename: 'AgendaItem', id: string, position: number, title: string } }> } };

export type DrmmProposalsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type DrmmProposalsQuery = { proposals: { __typename: 'ProposalConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'Proposal', id: string, authorName: string, text: string, status: ProposalStatus, answer: string | null, viewerCanMoveOn: boolean, meeting: { __typename: 'Meeting', id: string, title: string, scheduledAt: string }, routings: Array<{ __typename: 'ProposalRouting', id: string, bodyName: string | null, directorate: { __typename: 'Directorate', code: string, name: string } | null }> }> } | null };

export type DrmmActionPlansQueryVariables = Exact<{
  tenantId: string | number;
}>;


export type DrmmActionPlansQuery = { tenant: { __typename: 'Tenant', id: string, viewerCan: { __typename: 'TenantViewerCan', id: string, createActionPlans: boolean, createServicesActionPlans: boolean } } | null, actionPlans: { __typename: 'ActionPlanConnection', nodes: Array<{ __typename: 'ActionPlan', id: string, year: number, title: string, viewerCanManage: boolean, committee: { __typename: 'Committee', id: string } | null }> } | null, committees: { __typename: 'CommitteeConnection', nodes: Array<{ __typename: 'Committee', name: string, id: string, tenantId: string, viewerCanManage: boolean }> } | null };

export type DrmmPlanActionsQueryVariables = Exact<{
  planId: string | number;
}>;


export type DrmmPlanActionsQuery = { actions: { __typename: 'ActionConnection', totalCount: number, nodes: Array<{ __typename: 'Action', id: string, reference: string, title: string, status: ActionStatus, progress: number, dueDate: string | null, overdue: boolean, viewerCanReportProgress: boolean, ownerDirectorate: { __typename: 'Directorate', code: string, name: string } }> } | null };

export type DrmmDraftMinutesMutationVariables = Exact<{
  meetingId: string | number;
  input: MinutesInput;
}>;


export type DrmmDraftMinutesMutation = { draftMinutes: { __typename: 'Minutes', id: string, version: number, status: MinutesStatus, pdfPath: string, publishedAt: string | null, caseOfficers: string | null, caseOfficerContacts: string | null, sections: Array<{ __typename: 'MinutesSection', id: string, presentation: string, conclusions: string, agendaItem: { __typename: 'AgendaItem', id: string, position: number, title: string } }> } };

export type DrmmEditMinutesMutationVariables = Exact<{
  id: string | number;
  input: MinutesInput;
}>;


export type DrmmEditMinutesMutation = { editMinutes: { __typename: 'Minutes', id: string, version: number, status: MinutesStatus, pdfPath: string, publishedAt: string | null, caseOfficers: string | null, caseOfficerContacts: string | null, sections: Array<{ __typename: 'MinutesSection', id: string, presentation: string, conclusions: string, agendaItem: { __typename: 'AgendaItem', id: string, position: number, title: string } }> } };

export type DrmmCorrectMinutesMutationVariables = Exact<{
  id: string | number;
}>;


export type DrmmCorrectMinutesMutation = { correctMinutes: { __typename: 'Minutes', id: string, version: number, status: MinutesStatus, pdfPath: string, publishedAt: string | null, caseOfficers: string | null, caseOfficerContacts: string | null, sections: Array<{ __typename: 'MinutesSection', id: string, presentation: string, conclusions: string, agendaItem: { __typename: 'AgendaItem', id: string, position: number, title: string } }> } };

export type DrmmUpdateProposalStatusMutationVariables = Exact<{
  id: string | number;
  status: ProposalStatus;
  answer?: string | null | undefined;
  note?: string | null | undefined;
}>;


export type DrmmUpdateProposalStatusMutation = { updateProposalStatus: { __typename: 'Proposal', id: string, authorName: string, text: string, status: ProposalStatus, answer: string | null, viewerCanMoveOn: boolean, routings: Array<{ __typename: 'ProposalRouting', id: string, bodyName: string | null, directorate: { __typename: 'Directorate', code: string, name: string } | null }> } };

export type DrmmReportActionProgressMutationVariables = Exact<{
  id: string | number;
  progress: number;
  note?: string | null | undefined;
}>;


export type DrmmReportActionProgressMutation = { reportActionProgress: { __typename: 'Action', id: string, reference: string, title: string, status: ActionStatus, progress: number, dueDate: string | null, overdue: boolean, viewerCanReportProgress: boolean, ownerDirectorate: { __typename: 'Directorate', code: string, name: string } } };

export type DrmmCreateCommitteeMutationVariables = Exact<{
  input: CreateCommitteeInput;
}>;


export type DrmmCreateCommitteeMutation = { createCommittee: { __typename: 'Committee', kind: string, name: string, decisionText: string | null, chairName: string, chairTitle: string | null, meetingIntervalMonths: number, id: string, tenantId: string, viewerCanManage: boolean, colleges: Array<{ __typename: 'College', id: string, name: string, position: number }> } };

export type DrmmUpdateCommitteeMutationVariables = Exact<{
  id: string | number;
  input: UpdateCommitteeInput;
}>;


export type DrmmUpdateCommitteeMutation = { updateCommittee: { __typename: 'Committee', kind: string, name: string, decisionText: string | null, chairName: string, chairTitle: string | null, meetingIntervalMonths: number, id: string, tenantId: string, viewerCanManage: boolean, colleges: Array<{ __typename: 'College', id: string, name: string, position: number }> } };

export type DrmmAddMemberMutationVariables = Exact<{
  committeeId: string | number;
  input: MemberInput;
}>;


export type DrmmAddMemberMutation = { addMember: { __typename: 'Member', id: string, name: string, organisation: string, role: string | null, contact: string | null, mandateStart: string, mandateEnd: string | null, college: { __typename: 'College', id: string } } };

export type DrmmUpdateMemberMutationVariables = Exact<{
  id: string | number;
  input: UpdateMemberInput;
}>;


export type DrmmUpdateMemberMutation = { updateMember: { __typename: 'Member', id: string, name: string, organisation: string, role: string | null, contact: string | null, mandateStart: string, mandateEnd: string | null, college: { __typename: 'College', id: string } } };

export type DrmmAddFollowUpMutationVariables = Exact<{
  committeeId: string | number;
  title: string;
  dueDate: string;
}>;


export type DrmmAddFollowUpMutation = { addFollowUp: { __typename: 'FollowUp', id: string, title: string, dueDate: string, done: boolean } };

export type DrmmSetFollowUpDoneMutationVariables = Exact<{
  id: string | number;
  done: boolean;
}>;


export type DrmmSetFollowUpDoneMutation = { setFollowUpDone: { __typename: 'FollowUp', id: string, title: string, dueDate: string, done: boolean } };

export type DrmmScheduleMeetingMutationVariables = Exact<{
  committeeId: string | number;
  input: ScheduleMeetingInput;
}>;


export type DrmmScheduleMeetingMutation = { scheduleMeeting: { __typename: 'Meeting', id: string, title: string, scheduledAt: string, place: string, status: MeetingStatus } };

export type DrmmMarkMeetingHeldMutationVariables = Exact<{
  id: string | number;
}>;


export type DrmmMarkMeetingHeldMutation = { markMeetingHeld: { __typename: 'Meeting', chairName: string, attendanceSheetPdfPath: string, id: string, title: string, scheduledAt: string, place: string, status: MeetingStatus } };

export type DrmmCancelMeetingMutationVariables = Exact<{
  id: string | number;
}>;


export type DrmmCancelMeetingMutation = { cancelMeeting: { __typename: 'Meeting', chairName: string, attendanceSheetPdfPath: string, id: string, title: string, scheduledAt: string, place: string, status: MeetingStatus } };

export type DrmmDirectoratesQueryVariables = Exact<{
  tenantId?: string | number | null | undefined;
}>;


export type DrmmDirectoratesQuery = { directorates: { __typename: 'DirectorateConnection', nodes: Array<{ __typename: 'Directorate', id: string, code: string, name: string }> } | null };

export type DrmmRaiseProposalMutationVariables = Exact<{
  meetingId: string | number;
  input: RaiseProposalInput;
}>;


export type DrmmRaiseProposalMutation = { raiseProposal: { __typename: 'Proposal', id: string, authorName: string, text: string, status: ProposalStatus, answer: string | null, viewerCanMoveOn: boolean, routings: Array<{ __typename: 'ProposalRouting', id: string, bodyName: string | null, directorate: { __typename: 'Directorate', code: string, name: string } | null }> } };

export type DrmmCreateActionPlanMutationVariables = Exact<{
  committeeId?: string | number | null | undefined;
  title: string;
  year: number;
}>;


export type DrmmCreateActionPlanMutation = { createActionPlan: { __typename: 'ActionPlan', id: string, year: number, title: string, viewerCanManage: boolean, committee: { __typename: 'Committee', id: string } | null } };

export type DrmmAddActionMutationVariables = Exact<{
  planId: string | number;
  input: ActionInput;
}>;


export type DrmmAddActionMutation = { addAction: { __typename: 'Action', id: string, reference: string, title: string, status: ActionStatus, progress: number, dueDate: string | null, overdue: boolean, viewerCanReportProgress: boolean, ownerDirectorate: { __typename: 'Directorate', code: string, name: string } } };

export type DrmmActionPlanCsvQueryVariables = Exact<{
  id: string | number;
}>;


export type DrmmActionPlanCsvQuery = { actionPlan: { __typename: 'ActionPlan', id: string, year: number, csv: string } | null };

export type DrmmImportActionPlanCsvMutationVariables = Exact<{
  planId: string | number;
  csv: string;
  dryRun: boolean;
}>;


export type DrmmImportActionPlanCsvMutation = { importActionPlanCsv: { __typename: 'CsvImportReport', dryRun: boolean, applied: boolean, created: number, updated: number, unchanged: number, rejected: number, issues: Array<{ __typename: 'CsvImportIssue', line: number, field: string | null, code: string, message: string }> } };

export type DrmmAcceptedProposalsQueryVariables = Exact<{ [key: string]: never; }>;


export type DrmmAcceptedProposalsQuery = { proposals: { __typename: 'ProposalConnection', nodes: Array<{ __typename: 'Proposal', id: string, text: string, authorName: string }> } | null };

export type DrmmCommitteeMeetingsQueryVariables = Exact<{
  committeeId: string | number;
}>;


export type DrmmCommitteeMeetingsQuery = { committee: { __typename: 'Committee', id: string, meetings: { __typename: 'MeetingConnection', nodes: Array<{ __typename: 'Meeting', id: string, title: string, scheduledAt: string, place: string, status: MeetingStatus }> } } | null };

export type DrmmSurveyFindingsQueryVariables = Exact<{
  tenantId?: string | number | null | undefined;
}>;


export type DrmmSurveyFindingsQuery = { campaigns: { __typename: 'CampaignConnection', nodes: Array<{ __typename: 'Campaign', id: string, title: string, findings: { __typename: 'SurveyFindingConnection', nodes: Array<{ __typename: 'SurveyFinding', id: string, text: string }> } }> } | null };

export type DrmmQualityCorrespondenceQueryVariables = Exact<{
  tenantId: string | number;
  from: string;
  to: string;
}>;


export type DrmmQualityCorrespondenceQuery = { tenant: { __typename: 'Tenant', id: string, correspondenceTableau: { __typename: 'DelayTableau', total: { __typename: 'DelayIndicators', received: number, onTimeRate: number | null, medianDelayWorkingDays: number | null, backlog: number, overdue: number } } } | null };

export type DrmmQualitySurveysQueryVariables = Exact<{
  tenantId?: string | number | null | undefined;
  year?: number | null | undefined;
}>;


export type DrmmQualitySurveysQuery = { campaigns: { __typename: 'CampaignConnection', nodes: Array<{ __typename: 'Campaign', id: string, title: string, state: CampaignState, results: { __typename: 'CampaignResults', respondents: number, dimensions: Array<{ __typename: 'DimensionResult', dimension: SurveyDimension, label: string, satisfaction: { __typename: 'SatisfactionRate', rate: number | null }, comparison: { __typename: 'SatisfactionComparison', trend: SatisfactionTrend, difference: number | null } | null }> } }> } | null };

export type DrmmQualityPlanQueryVariables = Exact<{
  tenantId?: string | number | null | undefined;
}>;


export type DrmmQualityPlanQuery = { committeeCadence: { __typename: 'CommitteeCadenceConnection', nodes: Array<{ __typename: 'CommitteeCadence', state: CadenceState, dueBy: string, committee: { __typename: 'Committee', id: string, name: string } }> } | null, actionPlans: { __typename: 'ActionPlanConnection', nodes: Array<{ __typename: 'ActionPlan', id: string, year: number, title: string }> } | null };

export type DrmmQualityPlanActionsQueryVariables = Exact<{
  planId: string | number;
}>;


export type DrmmQualityPlanActionsQuery = { all: { __typename: 'ActionConnection', totalCount: number } | null, done: { __typename: 'ActionConnection', totalCount: number } | null, overdue: { __typename: 'ActionConnection', totalCount: number } | null };

export type DrmmLabellingsQueryVariables = Exact<{
  tenantId: string | number;
}>;


export type DrmmLabellingsQuery = { tenant: { __typename: 'Tenant', id: string, labellings: { __typename: 'LabellingConnection', nodes: Array<{ __typename: 'Labelling', id: string, certifiedOn: string | null, expiresOn: string | null, viewerCanManage: boolean, referential: { __typename: 'Referential', id: string, code: string, name: string, version: string, open: boolean }, modules: Array<{ __typename: 'ReferentialModule', code: string, name: string, mandatory: boolean }>, nextDeadline: { __typename: 'AuditDeadline', kind: AuditKind, dueOn: string, state: AuditDeadlineState, warning: boolean } | null, deadlines: Array<{ __typename: 'AuditDeadline', kind: AuditKind, dueOn: string, state: AuditDeadlineState, warning: boolean, audit: { __typename: 'Audit', id: string, plannedOn: string, heldOn: string | null } | null }> }> } } | null };

export type DrmmLabellingAuditsQueryVariables = Exact<{
  id: string | number;
}>;


export type DrmmLabellingAuditsQuery = { labelling: { __typename: 'Labelling', id: string, audits: { __typename: 'AuditConnection', totalCount: number, nodes: Array<{ __typename: 'Audit', id: string, kind: AuditKind, plannedOn: string, heldOn: string | null, auditor: string | null, outcome: string | null }> } } | null };

export type DrmmReferentialQueryVariables = Exact<{
  id: string | number;
}>;


export type DrmmReferentialQuery = { referential: { __typename: 'Referential', id: string, name: string, version: string, completeness: ReferentialCompleteness, note: string | null, source: string, engagements: { __typename: 'EngagementConnection', nodes: Array<{ __typename: 'Engagement', id: string, number: string | null, theme: string | null, text: string, module: { __typename: 'ReferentialModule', code: string, name: string } | null, indicators: Array<{ __typename: 'IndicatorDefinition', id: string, code: string, name: string, unit: IndicatorUnit, target: number | null, definition: string, published: boolean, computation: IndicatorComputation | null }> }> } } | null };

export type DrmmPlanAuditMutationVariables = Exact<{
  labellingId: string | number;
  input: PlanAuditInput;
}>;


export type DrmmPlanAuditMutation = { planAudit: { __typename: 'Audit', id: string } };

export type DrmmRecordAuditMutationVariables = Exact<{
  id: string | number;
  input: RecordAuditInput;
}>;


export type DrmmRecordAuditMutation = { recordAudit: { __typename: 'Audit', id: string, heldOn: string | null } };

export type DrmmIndicatorValuesQueryVariables = Exact<{
  tenantId: string | number;
  period: string;
  referentialId: string | number;
}>;


export type DrmmIndicatorValuesQuery = { indicatorValues: { __typename: 'IndicatorValueConnection', nodes: Array<{ __typename: 'IndicatorValue', id: string, value: number, source: IndicatorSource, origin: string, numerator: number | null, sampleSize: number | null, targetMet: boolean | null, formulaVersion: number | null, recordedByName: string, updatedAt: string, indicator: { __typename: 'IndicatorDefinition', id: string } }> } | null };

export type DrmmEnterIndicatorValueMutationVariables = Exact<{
  input: EnterIndicatorValueInput;
}>;


export type DrmmEnterIndicatorValueMutation = { enterIndicatorValue: { __typename: 'IndicatorValue', id: string, value: number } };

export type DrmmImportIndicatorValuesMutationVariables = Exact<{
  csv: string;
  dryRun: boolean;
}>;


export type DrmmImportIndicatorValuesMutation = { importIndicatorValues: { __typename: 'CsvImportReport', dryRun: boolean, applied: boolean, created: number, updated: number, unchanged: number, issues: Array<{ __typename: 'CsvImportIssue', line: number, field: string | null, code: string, message: string }> } };

export type DrmmComputeIndicatorValuesMutationVariables = Exact<{
  period: string;
}>;


export type DrmmComputeIndicatorValuesMutation = { computeIndicatorValues: Array<{ __typename: 'IndicatorComputationResult', reason: string | null, indicator: { __typename: 'IndicatorDefinition', id: string, name: string }, value: { __typename: 'IndicatorValue', id: string } | null }> };

export type DrmmPublicationDraftQueryVariables = Exact<{
  quarter: string;
  cutOffDate?: string | null | undefined;
}>;


export type DrmmPublicationDraftQuery = { publicationDraft: { __typename: 'PublicationDraft', quarter: string, label: string, cutOffDate: string, viewerCanPublish: boolean, current: { __typename: 'Publication', id: string, version: number, figures: Array<{ __typename: 'PublishedFigure', code: string, value: number | null }> } | null, figures: Array<{ __typename: 'PublicationDraftFigure', recordedAfterCutOff: boolean, indicator: { __typename: 'IndicatorDefinition', id: string, code: string, name: string, unit: IndicatorUnit, target: number | null, engagement: { __typename: 'Engagement', id: string, referential: { __typename: 'Referential', id: string, name: string, version: string } } }, value: { __typename: 'IndicatorValue', id: string, value: number, numerator: number | null, sampleSize: number | null, source: IndicatorSource, origin: string } | null }> } | null };

export type DrmmPublicationsQueryVariables = Exact<{
  tenantId: string | number;
  quarter: string;
}>;


export type DrmmPublicationsQuery = { publications: { __typename: 'PublicationConnection', totalCount: number, nodes: Array<{ __typename: 'Publication', id: string, version: number, status: PublicationStatus, cutOffDate: string, correctionReason: string | null, publishedAt: string, publishedByName: string, replacedAt: string | null, openData: { __typename: 'PublicationOpenData', json: string, csv: string, posterA4: string, posterA3: string } }> } | null };

export type DrmmPublishQuarterMutationVariables = Exact<{
  input: PublishQuarterInput;
}>;


export type DrmmPublishQuarterMutation = { publishQuarter: { __typename: 'Publication', id: string, version: number, status: PublicationStatus } };

export type DrmmCorrectPublicationMutationVariables = Exact<{
  input: CorrectPublicationInput;
}>;


export type DrmmCorrectPublicationMutation = { correctPublication: { __typename: 'Publication', id: string, version: number, status: PublicationStatus } };

export type DrmmSurveyCapabilitiesFragment = { __typename: 'Tenant', id: string, viewerCan: { __typename: 'TenantViewerCan', id: string, manageSurveys: boolean, issueKioskTokens: boolean } };

export type DrmmQuestionFieldsFragment = { __typename: 'Question', id: string, key: string, position: number, text: string, help: string | null, kind: QuestionKind, dimension: SurveyDimension, required: boolean, minValue: number | null, maxValue: number | null, options: Array<{ __typename: 'QuestionOption', key: string, label: string }> };

export type DrmmQuestionnaireSummaryFieldsFragment = { __typename: 'Questionnaire', id: string, key: string, version: number, title: string, frozenAt: string | null };

export type DrmmQuestionnaireFieldsFragment = { __typename: 'Questionnaire', description: string | null, viewerCanManage: boolean, id: string, key: string, version: number, title: string, frozenAt: string | null, tenant: { __typename: 'Tenant', id: string }, sections: Array<{ __typename: 'QuestionnaireSection', id: string, position: number, title: string, questions: Array<{ __typename: 'Question', id: string, key: string, position: number, text: string, help: string | null, kind: QuestionKind, dimension: SurveyDimension, required: boolean, minValue: number | null, maxValue: number | null, options: Array<{ __typename: 'QuestionOption', key: string, label: string }> }> }> };

export type DrmmPanelFieldsFragment = { __typename: 'SurveyPanel', id: string, name: string, kind: PanelKind, description: string | null };

export type DrmmPanelMemberFieldsFragment = { __typename: 'PanelMember', id: string, name: string, organization: string, position: string, civility: Civility | null, office: PanelOffice | null, active: boolean, email: string | null };

export type DrmmCampaignSummaryFieldsFragment = { __typename: 'Campaign', id: string, year: number, title: string, channel: CampaignChannel, opensOn: string, closesOn: string, state: CampaignState, responseCount: number, responseRate: { __typename: 'ResponseRate', invited: number, responded: number, rate: number | null } | null };

export type DrmmCampaignFieldsFragment = { __typename: 'Campaign', publishedAt: string | null, viewerCanManage: boolean, viewerCanKeyInPaperForms: boolean, id: string, year: number, title: string, channel: CampaignChannel, opensOn: string, closesOn: string, state: CampaignState, responseCount: number, responseRate: { __typename: 'ResponseRate', members: number, reminded: number, invited: number, responded: number, rate: number | null } | null, tenant: { __typename: 'Tenant', id: string }, panel: { __typename: 'SurveyPanel', id: string, name: string, kind: PanelKind, description: string | null } };

export type DrmmFindingFieldsFragment = { __typename: 'SurveyFinding', id: string, kind: FindingKind, dimension: SurveyDimension | null, questionKey: string | null, text: string, createdAt: string };

export type DrmmSendReportFieldsFragment = { __typename: 'SendReport', queued: number, skipped: number };

export type DrmmFeedbackFieldsFragment = { __typename: 'Feedback', id: string, receivedOn: string, channel: FeedbackChannel, category: FeedbackCategory, text: string, contact: string | null, status: FeedbackStatus, answer: string | null, answeredAt: string | null, viewerCanAnswer: boolean };

export type DrmmKioskDeviceFieldsFragment = { __typename: 'KioskDevice', id: string, name: string, issuedAt: string, revokedAt: string | null, lastSeenAt: string | null };

export type DrmmCampaignsQueryVariables = Exact<{
  tenantId: string | number;
}>;


export type DrmmCampaignsQuery = { tenant: { __typename: 'Tenant', id: string, viewerCan: { __typename: 'TenantViewerCan', id: string, manageSurveys: boolean, issueKioskTokens: boolean } } | null, campaigns: { __typename: 'CampaignConnection', nodes: Array<{ __typename: 'Campaign', id: string, year: number, title: string, channel: CampaignChannel, opensOn: string, closesOn: string, state: CampaignState, responseCount: number, responseRate: { __typename: 'ResponseRate', invited: number, responded: number, rate: number | null } | null }> } | null };

export type DrmmCampaignResultsQueryVariables = Exact<{
  id: string | number;
}>;


export type DrmmCampaignResultsQuery = { campaign: { __typename: 'Campaign', id: string, year: number, title: string, state: CampaignState, results: { __typename: 'CampaignResults', baseline: boolean, respondents: number, comparedTo: { __typename: 'Campaign', id: string, year: number, title: string } | null, respondentsByChannel: Array<{ __typename: 'ChannelRespondents', channel: ResponseChannel, respondents: number }>, dimensions: Array<{ __typename: 'DimensionResult', dimension: SurveyDimension, label: string, questionCount: number, satisfaction: { __typename: 'SatisfactionRate', rate: number | null, withOpinion: number, lower: number | null, upper: number | null }, comparison: { __typename: 'SatisfactionComparison', trend: SatisfactionTrend, difference: number | null, previous: { __typename: 'SatisfactionRate', rate: number | null } | null } | null }>, questions: Array<{ __typename: 'QuestionResult', respondents: number, question: { __typename: 'Question', id: string, position: number, text: string }, satisfaction: { __typename: 'SatisfactionRate', rate: number | null, withOpinion: number } | null, comparison: { __typename: 'SatisfactionComparison', trend: SatisfactionTrend, difference: number | null } | null }> } } | null };

export type DrmmFeedbacksQueryVariables = Exact<{
  filter: FeedbackFilter;
  after?: string | null | undefined;
}>;


export type DrmmFeedbacksQuery = { feedbacks: { __typename: 'FeedbackConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'Feedback', id: string, receivedOn: string, channel: FeedbackChannel, category: FeedbackCategory, text: string, contact: string | null, status: FeedbackStatus, answer: string | null, answeredAt: string | null, viewerCanAnswer: boolean }> } | null };

export type DrmmAnswerFeedbackMutationVariables = Exact<{
  id: string | number;
  answer: string;
}>;


export type DrmmAnswerFeedbackMutation = { answerFeedback: { __typename: 'Feedback', id: string, receivedOn: string, channel: FeedbackChannel, category: FeedbackCategory, text: string, contact: string | null, status: FeedbackStatus, answer: string | null, answeredAt: string | null, viewerCanAnswer: boolean } };

export type DrmmSetFeedbackStatusMutationVariables = Exact<{
  id: string | number;
  status: FeedbackStatus;
}>;


export type DrmmSetFeedbackStatusMutation = { setFeedbackStatus: { __typename: 'Feedback', id: string, receivedOn: string, channel: FeedbackChannel, category: FeedbackCategory, text: string, contact: string | null, status: FeedbackStatus, answer: string | null, answeredAt: string | null, viewerCanAnswer: boolean } };

export type DrmmKioskCapabilitiesQueryVariables = Exact<{
  tenantId: string | number;
}>;


export type DrmmKioskCapabilitiesQuery = { tenant: { __typename: 'Tenant', id: string, viewerCan: { __typename: 'TenantViewerCan', id: string, manageSurveys: boolean, issueKioskTokens: boolean } } | null };

export type DrmmKioskDevicesQueryVariables = Exact<{ [key: string]: never; }>;


export type DrmmKioskDevicesQuery = { kioskDevices: { __typename: 'KioskDeviceConnection', nodes: Array<{ __typename: 'KioskDevice', id: string, name: string, issuedAt: string, revokedAt: string | null, lastSeenAt: string | null }> } | null };

export type DrmmIssueKioskDeviceMutationVariables = Exact<{
  name: string;
}>;


export type DrmmIssueKioskDeviceMutation = { issueKioskDevice: { __typename: 'IssuedKioskDevice', token: string, device: { __typename: 'KioskDevice', id: string, name: string, issuedAt: string, revokedAt: string | null, lastSeenAt: string | null } } };

export type DrmmRevokeKioskDeviceMutationVariables = Exact<{
  id: string | number;
}>;


export type DrmmRevokeKioskDeviceMutation = { revokeKioskDevice: { __typename: 'KioskDevice', id: string, name: string, issuedAt: string, revokedAt: string | null, lastSeenAt: string | null } };

export type DrmmQuestionnairesQueryVariables = Exact<{
  tenantId: string | number;
  after?: string | null | undefined;
}>;


export type DrmmQuestionnairesQuery = { tenant: { __typename: 'Tenant', id: string, viewerCan: { __typename: 'TenantViewerCan', id: string, manageSurveys: boolean, issueKioskTokens: boolean } } | null, questionnaires: { __typename: 'QuestionnaireConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'Questionnaire', id: string, key: string, version: number, title: string, frozenAt: string | null, questions: Array<{ __typename: 'Question', id: string }> }> } | null };

export type DrmmQuestionnaireQueryVariables = Exact<{
  id: string | number;
}>;


export type DrmmQuestionnaireQuery = { questionnaire: { __typename: 'Questionnaire', description: string | null, viewerCanManage: boolean, id: string, key: string, version: number, title: string, frozenAt: string | null, tenant: { __typename: 'Tenant', id: string }, sections: Array<{ __typename: 'QuestionnaireSection', id: string, position: number, title: string, questions: Array<{ __typename: 'Question', id: string, key: string, position: number, text: string, help: string | null, kind: QuestionKind, dimension: SurveyDimension, required: boolean, minValue: number | null, maxValue: number | null, options: Array<{ __typename: 'QuestionOption', key: string, label: string }> }> }> } | null };

export type DrmmQuestionnaireVersionsQueryVariables = Exact<{
  tenantId?: string | number | null | undefined;
  key: string;
}>;


export type DrmmQuestionnaireVersionsQuery = { questionnaires: { __typename: 'QuestionnaireConnection', nodes: Array<{ __typename: 'Questionnaire', id: string, key: string, version: number, title: string, frozenAt: string | null }> } | null };

export type DrmmCreateQuestionnaireMutationVariables = Exact<{
  input: CreateQuestionnaireInput;
}>;


export type DrmmCreateQuestionnaireMutation = { createQuestionnaire: { __typename: 'Questionnaire', id: string, key: string, version: number, title: string, frozenAt: string | null } };

export type DrmmUpdateQuestionnaireMutationVariables = Exact<{
  id: string | number;
  input: QuestionnaireContentInput;
}>;


export type DrmmUpdateQuestionnaireMutation = { updateQuestionnaire: { __typename: 'Questionnaire', id: string, key: string, version: number, title: string, frozenAt: string | null } };

export type DrmmReviseQuestionnaireMutationVariables = Exact<{
  id: string | number;
  input: QuestionnaireContentInput;
}>;


export type DrmmReviseQuestionnaireMutation = { reviseQuestionnaire: { __typename: 'Questionnaire', id: string, key: string, version: number, title: string, frozenAt: string | null } };

export type DrmmSurveyPanelsQueryVariables = Exact<{
  tenantId: string | number;
  after?: string | null | undefined;
}>;


export type DrmmSurveyPanelsQuery = { tenant: { __typename: 'Tenant', id: string, viewerCan: { __typename: 'TenantViewerCan', id: string, manageSurveys: boolean, issueKioskTokens: boolean } } | null, surveyPanels: { __typename: 'SurveyPanelConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'SurveyPanel', id: string, name: string, kind: PanelKind, description: string | null, members: { __typename: 'PanelMemberConnection', totalCount: number } }> } | null };

export type DrmmSurveyPanelQueryVariables = Exact<{
  id: string | number;
  membersAfter?: string | null | undefined;
}>;


export type DrmmSurveyPanelQuery = { surveyPanel: { __typename: 'SurveyPanel', viewerCanManage: boolean, viewerCanSeeEmails: boolean, id: string, name: string, kind: PanelKind, description: string | null, members: { __typename: 'PanelMemberConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'PanelMember', id: string, name: string, organization: string, position: string, civility: Civility | null, office: PanelOffice | null, active: boolean, email: string | null }> } } | null };

export type DrmmCreatePanelMutationVariables = Exact<{
  input: PanelInput;
}>;


export type DrmmCreatePanelMutation = { createPanel: { __typename: 'SurveyPanel', id: string, name: string, kind: PanelKind, description: string | null } };

export type DrmmAddPanelMemberMutationVariables = Exact<{
  panelId: string | number;
  input: PanelMemberInput;
}>;


export type DrmmAddPanelMemberMutation = { addPanelMember: { __typename: 'PanelMember', id: string, name: string, organization: string, position: string, civility: Civility | null, office: PanelOffice | null, active: boolean, email: string | null } };

export type DrmmUpdatePanelMemberMutationVariables = Exact<{
  id: string | number;
  input: UpdatePanelMemberInput;
}>;


export type DrmmUpdatePanelMemberMutation = { updatePanelMember: { __typename: 'PanelMember', id: string, name: string, organization: string, position: string, civility: Civility | null, office: PanelOffice | null, active: boolean, email: string | null } };

export type DrmmCampaignChoicesQueryVariables = Exact<{
  tenantId?: string | number | null | undefined;
}>;


export type DrmmCampaignChoicesQuery = { questionnaires: { __typename: 'QuestionnaireConnection', nodes: Array<{ __typename: 'Questionnaire', id: string, key: string, version: number, title: string, frozenAt: string | null }> } | null, surveyPanels: { __typename: 'SurveyPanelConnection', nodes: Array<{ __typename: 'SurveyPanel', id: string, name: string, kind: PanelKind, description: string | null }> } | null };

export type DrmmCreateCampaignMutationVariables = Exact<{
  input: CampaignInput;
}>;


export type DrmmCreateCampaignMutation = { createCampaign: { __typename: 'Campaign', publishedAt: string | null, viewerCanManage: boolean, viewerCanKeyInPaperForms: boolean, id: string, year: number, title: string, channel: CampaignChannel, opensOn: string, closesOn: string, state: CampaignState, responseCount: number, responseRate: { __typename: 'ResponseRate', members: number, reminded: number, invited: number, responded: number, rate: number | null } | null, tenant: { __typename: 'Tenant', id: string }, panel: { __typename: 'SurveyPanel', id: string, name: string, kind: PanelKind, description: string | null } } };

export type DrmmSurveyCampaignQueryVariables = Exact<{
  id: string | number;
}>;


export type DrmmSurveyCampaignQuery = { campaign: { __typename: 'Campaign', publishedAt: string | null, viewerCanManage: boolean, viewerCanKeyInPaperForms: boolean, id: string, year: number, title: string, channel: CampaignChannel, opensOn: string, closesOn: string, state: CampaignState, responseCount: number, questionnaire: { __typename: 'Questionnaire', description: string | null, viewerCanManage: boolean, id: string, key: string, version: number, title: string, frozenAt: string | null, tenant: { __typename: 'Tenant', id: string }, sections: Array<{ __typename: 'QuestionnaireSection', id: string, position: number, title: string, questions: Array<{ __typename: 'Question', id: string, key: string, position: number, text: string, help: string | null, kind: QuestionKind, dimension: SurveyDimension, required: boolean, minValue: number | null, maxValue: number | null, options: Array<{ __typename: 'QuestionOption', key: string, label: string }> }> }> }, findings: { __typename: 'SurveyFindingConnection', totalCount: number, nodes: Array<{ __typename: 'SurveyFinding', id: string, kind: FindingKind, dimension: SurveyDimension | null, questionKey: string | null, text: string, createdAt: string }> }, responseRate: { __typename: 'ResponseRate', members: number, reminded: number, invited: number, responded: number, rate: number | null } | null, tenant: { __typename: 'Tenant', id: string }, panel: { __typename: 'SurveyPanel', id: string, name: string, kind: PanelKind, description: string | null } } | null };

export type DrmmUpdateCampaignMutationVariables = Exact<{
  id: string | number;
  input: UpdateCampaignInput;
}>;


export type DrmmUpdateCampaignMutation = { updateCampaign: { __typename: 'Campaign', publishedAt: string | null, viewerCanManage: boolean, viewerCanKeyInPaperForms: boolean, id: string, year: number, title: string, channel: CampaignChannel, opensOn: string, closesOn: string, state: CampaignState, responseCount: number, responseRate: { __typename: 'ResponseRate', members: number, reminded: number, invited: number, responded: number, rate: number | null } | null, tenant: { __typename: 'Tenant', id: string }, panel: { __typename: 'SurveyPanel', id: string, name: string, kind: PanelKind, description: string | null } } };

export type DrmmSendInvitationsMutationVariables = Exact<{
  campaignId: string | number;
}>;


export type DrmmSendInvitationsMutation = { sendInvitations: { __typename: 'SendReport', queued: number, skipped: number } };

export type DrmmSendRemindersMutationVariables = Exact<{
  campaignId: string | number;
}>;


export type DrmmSendRemindersMutation = { sendReminders: { __typename: 'SendReport', queued: number, skipped: number } };

export type DrmmPublishResultsMutationVariables = Exact<{
  campaignId: string | number;
}>;


export type DrmmPublishResultsMutation = { publishResults: { __typename: 'Campaign', publishedAt: string | null, viewerCanManage: boolean, viewerCanKeyInPaperForms: boolean, id: string, year: number, title: string, channel: CampaignChannel, opensOn: string, closesOn: string, state: CampaignState, responseCount: number, responseRate: { __typename: 'ResponseRate', members: number, reminded: number, invited: number, responded: number, rate: number | null } | null, tenant: { __typename: 'Tenant', id: string }, panel: { __typename: 'SurveyPanel', id: string, name: string, kind: PanelKind, description: string | null } } };

export type DrmmAddFindingMutationVariables = Exact<{
  campaignId: string | number;
  input: FindingInput;
}>;


export type DrmmAddFindingMutation = { addFinding: { __typename: 'SurveyFinding', id: string, kind: FindingKind, dimension: SurveyDimension | null, questionKey: string | null, text: string, createdAt: string } };

export type DrmmEnterPaperResponseMutationVariables = Exact<{
  campaignId: string | number;
  filledOn: string;
  answers: Array<AnswerInput> | AnswerInput;
  clientId?: string | null | undefined;
}>;


export type DrmmEnterPaperResponseMutation = { enterPaperResponse: { __typename: 'ResponseReceipt', responseId: string, duplicate: boolean } };

export type DrmmCampaignInvitationsQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type DrmmCampaignInvitationsQuery = { campaign: { __typename: 'Campaign', id: string, invitations: { __typename: 'InvitationStatusConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'InvitationStatus', sentAt: string, reminderCount: number, responded: boolean, member: { __typename: 'PanelMember', id: string, name: string, organization: string, position: string } }> } } | null };

export type DrmmCampaignCommentsQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type DrmmCampaignCommentsQuery = { campaign: { __typename: 'Campaign', id: string, comments: { __typename: 'SurveyCommentConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'SurveyComment', id: string, text: string, channel: ResponseChannel }> } } | null };

export type DrmmCampaignMailMessagesQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type DrmmCampaignMailMessagesQuery = { campaign: { __typename: 'Campaign', id: string, mailMessages: { __typename: 'MailMessageConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'MailMessage', id: string, kind: MailKind, status: MailDeliveryStatus, statusLabel: string, attempts: number, createdAt: string, nextAttemptAt: string | null, sentAt: string | null, member: { __typename: 'PanelMember', id: string, name: string, organization: string } }> } } | null };

export const DrmmDirectorateFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmDirectorateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Directorate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<DrmmDirectorateFieldsFragment, unknown>;
export const DrmmCommitteeSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmCommitteeSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Committee"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReference"}},{"kind":"Field","name":{"kind":"Name","value":"chairName"}},{"kind":"Field","name":{"kind":"Name","value":"chairTitle"}},{"kind":"Field","name":{"kind":"Name","value":"ownerDirectorate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"colleges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<DrmmCommitteeSummaryFieldsFragment, unknown>;
export const DrmmCommitteeRightsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmCommitteeRightsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Committee"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}}]}}]} as unknown as DocumentNode<DrmmCommitteeRightsFieldsFragment, unknown>;
export const DrmmCommitteeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmCommitteeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Committee"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmCommitteeRightsFields"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"decisionText"}},{"kind":"Field","name":{"kind":"Name","value":"chairName"}},{"kind":"Field","name":{"kind":"Name","value":"chairTitle"}},{"kind":"Field","name":{"kind":"Name","value":"meetingIntervalMonths"}},{"kind":"Field","name":{"kind":"Name","value":"colleges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmCommitteeRightsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Committee"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}}]}}]} as unknown as DocumentNode<DrmmCommitteeFieldsFragment, unknown>;
export const DrmmMemberFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"mandateStart"}},{"kind":"Field","name":{"kind":"Name","value":"mandateEnd"}},{"kind":"Field","name":{"kind":"Name","value":"college"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DrmmMemberFieldsFragment, unknown>;
export const DrmmFollowUpFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmFollowUpFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}}]} as unknown as DocumentNode<DrmmFollowUpFieldsFragment, unknown>;
export const DrmmMeetingSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmMeetingSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<DrmmMeetingSummaryFieldsFragment, unknown>;
export const DrmmMeetingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmMeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmMeetingSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"chairName"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceSheetPdfPath"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmMeetingSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<DrmmMeetingFieldsFragment, unknown>;
export const DrmmMeetingInvitationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmMeetingInvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"representedBy"}},{"kind":"Field","name":{"kind":"Name","value":"signed"}}]}}]} as unknown as DocumentNode<DrmmMeetingInvitationFieldsFragment, unknown>;
export const DrmmMinutesFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmMinutesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Minutes"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pdfPath"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"caseOfficers"}},{"kind":"Field","name":{"kind":"Name","value":"caseOfficerContacts"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"presentation"}},{"kind":"Field","name":{"kind":"Name","value":"conclusions"}},{"kind":"Field","name":{"kind":"Name","value":"agendaItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<DrmmMinutesFieldsFragment, unknown>;
export const DrmmProposalFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmProposalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanMoveOn"}},{"kind":"Field","name":{"kind":"Name","value":"routings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bodyName"}},{"kind":"Field","name":{"kind":"Name","value":"directorate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DrmmProposalFieldsFragment, unknown>;
export const DrmmActionPlanFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmActionPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"committee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DrmmActionPlanFieldsFragment, unknown>;
export const DrmmActionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanReportProgress"}},{"kind":"Field","name":{"kind":"Name","value":"ownerDirectorate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DrmmActionFieldsFragment, unknown>;
export const DrmmSurveyCapabilitiesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmSurveyCapabilities"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tenant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"manageSurveys"}},{"kind":"Field","name":{"kind":"Name","value":"issueKioskTokens"}}]}}]}}]} as unknown as DocumentNode<DrmmSurveyCapabilitiesFragment, unknown>;
export const DrmmQuestionnaireSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmQuestionnaireSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Questionnaire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"frozenAt"}}]}}]} as unknown as DocumentNode<DrmmQuestionnaireSummaryFieldsFragment, unknown>;
export const DrmmQuestionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmQuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Question"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minValue"}},{"kind":"Field","name":{"kind":"Name","value":"maxValue"}}]}}]} as unknown as DocumentNode<DrmmQuestionFieldsFragment, unknown>;
export const DrmmQuestionnaireFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmQuestionnaireFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Questionnaire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmQuestionnaireSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmQuestionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmQuestionnaireSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Questionnaire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"frozenAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmQuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Question"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minValue"}},{"kind":"Field","name":{"kind":"Name","value":"maxValue"}}]}}]} as unknown as DocumentNode<DrmmQuestionnaireFieldsFragment, unknown>;
export const DrmmPanelMemberFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmPanelMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PanelMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"civility"}},{"kind":"Field","name":{"kind":"Name","value":"office"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]} as unknown as DocumentNode<DrmmPanelMemberFieldsFragment, unknown>;
export const DrmmCampaignSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmCampaignSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"responseCount"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"responded"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}}]} as unknown as DocumentNode<DrmmCampaignSummaryFieldsFragment, unknown>;
export const DrmmPanelFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmPanelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyPanel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]} as unknown as DocumentNode<DrmmPanelFieldsFragment, unknown>;
export const DrmmCampaignFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmCampaignFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmCampaignSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanKeyInPaperForms"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"reminded"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"panel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmPanelFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmCampaignSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"responseCount"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"responded"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmPanelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyPanel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]} as unknown as DocumentNode<DrmmCampaignFieldsFragment, unknown>;
export const DrmmFindingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmFindingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyFinding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"questionKey"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<DrmmFindingFieldsFragment, unknown>;
export const DrmmSendReportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmSendReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SendReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}}]}}]} as unknown as DocumentNode<DrmmSendReportFieldsFragment, unknown>;
export const DrmmFeedbackFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmFeedbackFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Feedback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanAnswer"}}]}}]} as unknown as DocumentNode<DrmmFeedbackFieldsFragment, unknown>;
export const DrmmKioskDeviceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmKioskDeviceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KioskDevice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}}]}}]} as unknown as DocumentNode<DrmmKioskDeviceFieldsFragment, unknown>;
export const DrmmCommitteesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrmmCommittees"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createCommittees"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"committees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmCommitteeSummaryFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"committeeCadence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"all"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueBy"}},{"kind":"Field","name":{"kind":"Name","value":"nextMeetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"followUpsDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmCommitteeSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Committee"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReference"}},{"kind":"Field","name":{"kind":"Name","value":"chairName"}},{"kind":"Field","name":{"kind":"Name","value":"chairTitle"}},{"kind":"Field","name":{"kind":"Name","value":"ownerDirectorate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"colleges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<DrmmCommitteesQuery, DrmmCommitteesQueryVariables>;
export const DrmmCommitteeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrmmCommittee"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmCommitteeFields"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"60"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmMemberFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmMeetingSummaryFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmFollowUpFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmCommitteeRightsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Committee"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmCommitteeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Committee"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmCommitteeRightsFields"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"decisionText"}},{"kind":"Field","name":{"kind":"Name","value":"chairName"}},{"kind":"Field","name":{"kind":"Name","value":"chairTitle"}},{"kind":"Field","name":{"kind":"Name","value":"meetingIntervalMonths"}},{"kind":"Field","name":{"kind":"Name","value":"colleges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"mandateStart"}},{"kind":"Field","name":{"kind":"Name","value":"mandateEnd"}},{"kind":"Field","name":{"kind":"Name","value":"college"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmMeetingSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmFollowUpFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}}]} as unknown as DocumentNode<DrmmCommitteeQuery, DrmmCommitteeQueryVariables>;
export const DrmmMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrmmMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmMeetingFields"}},{"kind":"Field","name":{"kind":"Name","value":"committee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmCommitteeRightsFields"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minutesVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmMinutesFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmProposalFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmMeetingSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmMeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmMeetingSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"chairName"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceSheetPdfPath"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmCommitteeRightsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Committee"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmMinutesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Minutes"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pdfPath"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"caseOfficers"}},{"kind":"Field","name":{"kind":"Name","value":"caseOfficerContacts"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"presentation"}},{"kind":"Field","name":{"kind":"Name","value":"conclusions"}},{"kind":"Field","name":{"kind":"Name","value":"agendaItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmProposalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanMoveOn"}},{"kind":"Field","name":{"kind":"Name","value":"routings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bodyName"}},{"kind":"Field","name":{"kind":"Name","value":"directorate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DrmmMeetingQuery, DrmmMeetingQueryVariables>;
export const DrmmMeetingInvitationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrmmMeetingInvitations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invitations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmMeetingInvitationFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmMeetingInvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"representedBy"}},{"kind":"Field","name":{"kind":"Name","value":"signed"}}]}}]} as unknown as DocumentNode<DrmmMeetingInvitationsQuery, DrmmMeetingInvitationsQueryVariables>;
export const DrmmRecordAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrmmRecordAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entries"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttendanceInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"entries"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entries"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmMeetingInvitationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmMeetingInvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"representedBy"}},{"kind":"Field","name":{"kind":"Name","value":"signed"}}]}}]} as unknown as DocumentNode<DrmmRecordAttendanceMutation, DrmmRecordAttendanceMutationVariables>;
export const DrmmValidateMinutesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrmmValidateMinutes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validateMinutes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmMinutesFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmMinutesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Minutes"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pdfPath"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"caseOfficers"}},{"kind":"Field","name":{"kind":"Name","value":"caseOfficerContacts"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"presentation"}},{"kind":"Field","name":{"kind":"Name","value":"conclusions"}},{"kind":"Field","name":{"kind":"Name","value":"agendaItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<DrmmValidateMinutesMutation, DrmmValidateMinutesMutationVariables>;
export const DrmmPublishMinutesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrmmPublishMinutes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishMinutes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmMinutesFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmMinutesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Minutes"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pdfPath"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"caseOfficers"}},{"kind":"Field","name":{"kind":"Name","value":"caseOfficerContacts"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"presentation"}},{"kind":"Field","name":{"kind":"Name","value":"conclusions"}},{"kind":"Field","name":{"kind":"Name","value":"agendaItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<DrmmPublishMinutesMutation, DrmmPublishMinutesMutationVariables>;
export const DrmmProposalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrmmProposals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmProposalFields"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmProposalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanMoveOn"}},{"kind":"Field","name":{"kind":"Name","value":"routings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bodyName"}},{"kind":"Field","name":{"kind":"Name","value":"directorate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DrmmProposalsQuery, DrmmProposalsQueryVariables>;
export const DrmmActionPlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrmmActionPlans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createActionPlans"}},{"kind":"Field","name":{"kind":"Name","value":"createServicesActionPlans"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionPlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmActionPlanFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"committees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmCommitteeRightsFields"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmActionPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"committee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmCommitteeRightsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Committee"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}}]}}]} as unknown as DocumentNode<DrmmActionPlansQuery, DrmmActionPlansQueryVariables>;
export const DrmmPlanActionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrmmPlanActions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmActionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanReportProgress"}},{"kind":"Field","name":{"kind":"Name","value":"ownerDirectorate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DrmmPlanActionsQuery, DrmmPlanActionsQueryVariables>;
export const DrmmDraftMinutesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrmmDraftMinutes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MinutesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draftMinutes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmMinutesFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmMinutesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Minutes"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pdfPath"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"caseOfficers"}},{"kind":"Field","name":{"kind":"Name","value":"caseOfficerContacts"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"presentation"}},{"kind":"Field","name":{"kind":"Name","value":"conclusions"}},{"kind":"Field","name":{"kind":"Name","value":"agendaItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<DrmmDraftMinutesMutation, DrmmDraftMinutesMutationVariables>;
export const DrmmEditMinutesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrmmEditMinutes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MinutesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editMinutes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmMinutesFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmMinutesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Minutes"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pdfPath"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"caseOfficers"}},{"kind":"Field","name":{"kind":"Name","value":"caseOfficerContacts"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"presentation"}},{"kind":"Field","name":{"kind":"Name","value":"conclusions"}},{"kind":"Field","name":{"kind":"Name","value":"agendaItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<DrmmEditMinutesMutation, DrmmEditMinutesMutationVariables>;
export const DrmmCorrectMinutesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrmmCorrectMinutes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctMinutes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmMinutesFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmMinutesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Minutes"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pdfPath"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"caseOfficers"}},{"kind":"Field","name":{"kind":"Name","value":"caseOfficerContacts"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"presentation"}},{"kind":"Field","name":{"kind":"Name","value":"conclusions"}},{"kind":"Field","name":{"kind":"Name","value":"agendaItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<DrmmCorrectMinutesMutation, DrmmCorrectMinutesMutationVariables>;
export const DrmmUpdateProposalStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrmmUpdateProposalStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answer"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProposalStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"answer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answer"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmProposalFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmProposalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanMoveOn"}},{"kind":"Field","name":{"kind":"Name","value":"routings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bodyName"}},{"kind":"Field","name":{"kind":"Name","value":"directorate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DrmmUpdateProposalStatusMutation, DrmmUpdateProposalStatusMutationVariables>;
export const DrmmReportActionProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrmmReportActionProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"progress"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportActionProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"progress"},"value":{"kind":"Variable","name":{"kind":"Name","value":"progress"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmActionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanReportProgress"}},{"kind":"Field","name":{"kind":"Name","value":"ownerDirectorate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DrmmReportActionProgressMutation, DrmmReportActionProgressMutationVariables>;
export const DrmmCreateCommitteeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrmmCreateCommittee"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCommitteeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCommittee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmCommitteeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmCommitteeRightsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Committee"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmCommitteeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Committee"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmCommitteeRightsFields"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"decisionText"}},{"kind":"Field","name":{"kind":"Name","value":"chairName"}},{"kind":"Field","name":{"kind":"Name","value":"chairTitle"}},{"kind":"Field","name":{"kind":"Name","value":"meetingIntervalMonths"}},{"kind":"Field","name":{"kind":"Name","value":"colleges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<DrmmCreateCommitteeMutation, DrmmCreateCommitteeMutationVariables>;
export const DrmmUpdateCommitteeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrmmUpdateCommittee"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCommitteeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCommittee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmCommitteeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmCommitteeRightsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Committee"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmCommitteeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Committee"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmCommitteeRightsFields"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"decisionText"}},{"kind":"Field","name":{"kind":"Name","value":"chairName"}},{"kind":"Field","name":{"kind":"Name","value":"chairTitle"}},{"kind":"Field","name":{"kind":"Name","value":"meetingIntervalMonths"}},{"kind":"Field","name":{"kind":"Name","value":"colleges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<DrmmUpdateCommitteeMutation, DrmmUpdateCommitteeMutationVariables>;
export const DrmmAddMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrmmAddMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"committeeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"committeeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"committeeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmMemberFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"mandateStart"}},{"kind":"Field","name":{"kind":"Name","value":"mandateEnd"}},{"kind":"Field","name":{"kind":"Name","value":"college"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DrmmAddMemberMutation, DrmmAddMemberMutationVariables>;
export const DrmmUpdateMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrmmUpdateMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmMemberFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"mandateStart"}},{"kind":"Field","name":{"kind":"Name","value":"mandateEnd"}},{"kind":"Field","name":{"kind":"Name","value":"college"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DrmmUpdateMemberMutation, DrmmUpdateMemberMutationVariables>;
export const DrmmAddFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrmmAddFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"committeeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"title"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dueDate"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"committeeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"committeeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"title"},"value":{"kind":"Variable","name":{"kind":"Name","value":"title"}}},{"kind":"Argument","name":{"kind":"Name","value":"dueDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dueDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmFollowUpFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmFollowUpFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}}]} as unknown as DocumentNode<DrmmAddFollowUpMutation, DrmmAddFollowUpMutationVariables>;
export const DrmmSetFollowUpDoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrmmSetFollowUpDone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"done"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setFollowUpDone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"done"},"value":{"kind":"Variable","name":{"kind":"Name","value":"done"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmFollowUpFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmFollowUpFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}}]} as unknown as DocumentNode<DrmmSetFollowUpDoneMutation, DrmmSetFollowUpDoneMutationVariables>;
export const DrmmScheduleMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrmmScheduleMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"committeeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"committeeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"committeeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmMeetingSummaryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmMeetingSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<DrmmScheduleMeetingMutation, DrmmScheduleMeetingMutationVariables>;
export const DrmmMarkMeetingHeldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrmmMarkMeetingHeld"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markMeetingHeld"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmMeetingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmMeetingSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmMeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmMeetingSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"chairName"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceSheetPdfPath"}}]}}]} as unknown as DocumentNode<DrmmMarkMeetingHeldMutation, DrmmMarkMeetingHeldMutationVariables>;
export const DrmmCancelMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrmmCancelMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmMeetingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmMeetingSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmMeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmMeetingSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"chairName"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceSheetPdfPath"}}]}}]} as unknown as DocumentNode<DrmmCancelMeetingMutation, DrmmCancelMeetingMutationVariables>;
export const DrmmDirectoratesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrmmDirectorates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directorates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmDirectorateFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmDirectorateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Directorate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<DrmmDirectoratesQuery, DrmmDirectoratesQueryVariables>;
export const DrmmRaiseProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrmmRaiseProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RaiseProposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raiseProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmProposalFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmProposalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanMoveOn"}},{"kind":"Field","name":{"kind":"Name","value":"routings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bodyName"}},{"kind":"Field","name":{"kind":"Name","value":"directorate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DrmmRaiseProposalMutation, DrmmRaiseProposalMutationVariables>;
export const DrmmCreateActionPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrmmCreateActionPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"committeeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"title"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createActionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"committeeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"committeeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"title"},"value":{"kind":"Variable","name":{"kind":"Name","value":"title"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmActionPlanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmActionPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"committee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DrmmCreateActionPlanMutation, DrmmCreateActionPlanMutationVariables>;
export const DrmmAddActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrmmAddAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmActionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanReportProgress"}},{"kind":"Field","name":{"kind":"Name","value":"ownerDirectorate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DrmmAddActionMutation, DrmmAddActionMutationVariables>;
export const DrmmActionPlanCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrmmActionPlanCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"csv"}}]}}]}}]} as unknown as DocumentNode<DrmmActionPlanCsvQuery, DrmmActionPlanCsvQueryVariables>;
export const DrmmImportActionPlanCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrmmImportActionPlanCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"csv"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importActionPlanCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"csv"},"value":{"kind":"Variable","name":{"kind":"Name","value":"csv"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DrmmImportActionPlanCsvMutation, DrmmImportActionPlanCsvMutationVariables>;
export const DrmmAcceptedProposalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrmmAcceptedProposals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACCEPTED"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}}]}}]}}]}}]} as unknown as DocumentNode<DrmmAcceptedProposalsQuery, DrmmAcceptedProposalsQueryVariables>;
export const DrmmCommitteeMeetingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrmmCommitteeMeetings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"committeeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"committeeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmMeetingSummaryFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmMeetingSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<DrmmCommitteeMeetingsQuery, DrmmCommitteeMeetingsQueryVariables>;
export const DrmmSurveyFindingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrmmSurveyFindings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DrmmSurveyFindingsQuery, DrmmSurveyFindingsQueryVariables>;
export const DrmmQualityCorrespondenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrmmQualityCorrespondence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"correspondenceTableau"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"medianDelayWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"backlog"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DrmmQualityCorrespondenceQuery, DrmmQualityCorrespondenceQueryVariables>;
export const DrmmQualitySurveysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrmmQualitySurveys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondents"}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comparison"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trend"}},{"kind":"Field","name":{"kind":"Name","value":"difference"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DrmmQualitySurveysQuery, DrmmQualitySurveysQueryVariables>;
export const DrmmQualityPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrmmQualityPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committeeCadence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"all"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueBy"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionPlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<DrmmQualityPlanQuery, DrmmQualityPlanQueryVariables>;
export const DrmmQualityPlanActionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrmmQualityPlanActions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"all"},"name":{"kind":"Name","value":"actions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"done"},"name":{"kind":"Name","value":"actions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"DONE"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"overdue"},"name":{"kind":"Name","value":"actions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"overdue"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<DrmmQualityPlanActionsQuery, DrmmQualityPlanActionsQueryVariables>;
export const DrmmLabellingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrmmLabellings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"labellings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"referential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"open"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mandatory"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"warning"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"warning"}},{"kind":"Field","name":{"kind":"Name","value":"audit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"plannedOn"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DrmmLabellingsQuery, DrmmLabellingsQueryVariables>;
export const DrmmLabellingAuditsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrmmLabellingAudits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"audits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"plannedOn"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"auditor"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DrmmLabellingAuditsQuery, DrmmLabellingAuditsQueryVariables>;
export const DrmmReferentialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrmmReferential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"completeness"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"engagements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"module"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"computation"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DrmmReferentialQuery, DrmmReferentialQueryVariables>;
export const DrmmPlanAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrmmPlanAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"labellingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanAuditInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planAudit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"labellingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"labellingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DrmmPlanAuditMutation, DrmmPlanAuditMutationVariables>;
export const DrmmRecordAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrmmRecordAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAuditInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAudit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}}]}}]} as unknown as DocumentNode<DrmmRecordAuditMutation, DrmmRecordAuditMutationVariables>;
export const DrmmIndicatorValuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrmmIndicatorValues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"referentialId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorValues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"referentialId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"referentialId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"sampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"targetMet"}},{"kind":"Field","name":{"kind":"Name","value":"formulaVersion"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DrmmIndicatorValuesQuery, DrmmIndicatorValuesQueryVariables>;
export const DrmmEnterIndicatorValueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrmmEnterIndicatorValue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnterIndicatorValueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterIndicatorValue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<DrmmEnterIndicatorValueMutation, DrmmEnterIndicatorValueMutationVariables>;
export const DrmmImportIndicatorValuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrmmImportIndicatorValues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"csv"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importIndicatorValues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"csv"},"value":{"kind":"Variable","name":{"kind":"Name","value":"csv"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DrmmImportIndicatorValuesMutation, DrmmImportIndicatorValuesMutationVariables>;
export const DrmmComputeIndicatorValuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrmmComputeIndicatorValues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"computeIndicatorValues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<DrmmComputeIndicatorValuesMutation, DrmmComputeIndicatorValuesMutationVariables>;
export const DrmmPublicationDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrmmPublicationDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cutOffDate"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicationDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"quarter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}}},{"kind":"Argument","name":{"kind":"Name","value":"cutOffDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cutOffDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"cutOffDate"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanPublish"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordedAfterCutOff"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"engagement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"sampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DrmmPublicationDraftQuery, DrmmPublicationDraftQueryVariables>;
export const DrmmPublicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrmmPublications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"quarter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cutOffDate"}},{"kind":"Field","name":{"kind":"Name","value":"correctionReason"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedByName"}},{"kind":"Field","name":{"kind":"Name","value":"replacedAt"}},{"kind":"Field","name":{"kind":"Name","value":"openData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"json"}},{"kind":"Field","name":{"kind":"Name","value":"csv"}},{"kind":"Field","name":{"kind":"Name","value":"posterA4"}},{"kind":"Field","name":{"kind":"Name","value":"posterA3"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DrmmPublicationsQuery, DrmmPublicationsQueryVariables>;
export const DrmmPublishQuarterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrmmPublishQuarter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishQuarterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishQuarter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DrmmPublishQuarterMutation, DrmmPublishQuarterMutationVariables>;
export const DrmmCorrectPublicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrmmCorrectPublication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CorrectPublicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctPublication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DrmmCorrectPublicationMutation, DrmmCorrectPublicationMutationVariables>;
export const DrmmCampaignsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrmmCampaigns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmSurveyCapabilities"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmCampaignSummaryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmSurveyCapabilities"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tenant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"manageSurveys"}},{"kind":"Field","name":{"kind":"Name","value":"issueKioskTokens"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmCampaignSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"responseCount"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"responded"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}}]} as unknown as DocumentNode<DrmmCampaignsQuery, DrmmCampaignsQueryVariables>;
export const DrmmCampaignResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrmmCampaignResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"respondents"}},{"kind":"Field","name":{"kind":"Name","value":"comparedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"respondentsByChannel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"respondents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"questionCount"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"withOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comparison"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trend"}},{"kind":"Field","name":{"kind":"Name","value":"difference"}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondents"}},{"kind":"Field","name":{"kind":"Name","value":"question"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"withOpinion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comparison"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trend"}},{"kind":"Field","name":{"kind":"Name","value":"difference"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DrmmCampaignResultsQuery, DrmmCampaignResultsQueryVariables>;
export const DrmmFeedbacksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrmmFeedbacks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FeedbackFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedbacks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmFeedbackFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmFeedbackFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Feedback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanAnswer"}}]}}]} as unknown as DocumentNode<DrmmFeedbacksQuery, DrmmFeedbacksQueryVariables>;
export const DrmmAnswerFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrmmAnswerFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answer"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"answer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answer"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmFeedbackFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmFeedbackFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Feedback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanAnswer"}}]}}]} as unknown as DocumentNode<DrmmAnswerFeedbackMutation, DrmmAnswerFeedbackMutationVariables>;
export const DrmmSetFeedbackStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrmmSetFeedbackStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FeedbackStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setFeedbackStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmFeedbackFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmFeedbackFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Feedback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanAnswer"}}]}}]} as unknown as DocumentNode<DrmmSetFeedbackStatusMutation, DrmmSetFeedbackStatusMutationVariables>;
export const DrmmKioskCapabilitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrmmKioskCapabilities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmSurveyCapabilities"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmSurveyCapabilities"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tenant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"manageSurveys"}},{"kind":"Field","name":{"kind":"Name","value":"issueKioskTokens"}}]}}]}}]} as unknown as DocumentNode<DrmmKioskCapabilitiesQuery, DrmmKioskCapabilitiesQueryVariables>;
export const DrmmKioskDevicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrmmKioskDevices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kioskDevices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmKioskDeviceFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmKioskDeviceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KioskDevice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}}]}}]} as unknown as DocumentNode<DrmmKioskDevicesQuery, DrmmKioskDevicesQueryVariables>;
export const DrmmIssueKioskDeviceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrmmIssueKioskDevice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueKioskDevice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmKioskDeviceFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmKioskDeviceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KioskDevice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}}]}}]} as unknown as DocumentNode<DrmmIssueKioskDeviceMutation, DrmmIssueKioskDeviceMutationVariables>;
export const DrmmRevokeKioskDeviceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrmmRevokeKioskDevice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeKioskDevice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmKioskDeviceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmKioskDeviceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KioskDevice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}}]}}]} as unknown as DocumentNode<DrmmRevokeKioskDeviceMutation, DrmmRevokeKioskDeviceMutationVariables>;
export const DrmmQuestionnairesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrmmQuestionnaires"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmSurveyCapabilities"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questionnaires"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmQuestionnaireSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmSurveyCapabilities"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tenant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"manageSurveys"}},{"kind":"Field","name":{"kind":"Name","value":"issueKioskTokens"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmQuestionnaireSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Questionnaire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"frozenAt"}}]}}]} as unknown as DocumentNode<DrmmQuestionnairesQuery, DrmmQuestionnairesQueryVariables>;
export const DrmmQuestionnaireDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrmmQuestionnaire"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionnaire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmQuestionnaireFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmQuestionnaireSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Questionnaire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"frozenAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmQuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Question"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minValue"}},{"kind":"Field","name":{"kind":"Name","value":"maxValue"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmQuestionnaireFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Questionnaire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmQuestionnaireSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmQuestionFields"}}]}}]}}]}}]} as unknown as DocumentNode<DrmmQuestionnaireQuery, DrmmQuestionnaireQueryVariables>;
export const DrmmQuestionnaireVersionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrmmQuestionnaireVersions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionnaires"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmQuestionnaireSummaryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmQuestionnaireSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Questionnaire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"frozenAt"}}]}}]} as unknown as DocumentNode<DrmmQuestionnaireVersionsQuery, DrmmQuestionnaireVersionsQueryVariables>;
export const DrmmCreateQuestionnaireDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrmmCreateQuestionnaire"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateQuestionnaireInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createQuestionnaire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmQuestionnaireSummaryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmQuestionnaireSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Questionnaire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"frozenAt"}}]}}]} as unknown as DocumentNode<DrmmCreateQuestionnaireMutation, DrmmCreateQuestionnaireMutationVariables>;
export const DrmmUpdateQuestionnaireDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrmmUpdateQuestionnaire"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionnaireContentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateQuestionnaire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmQuestionnaireSummaryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmQuestionnaireSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Questionnaire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"frozenAt"}}]}}]} as unknown as DocumentNode<DrmmUpdateQuestionnaireMutation, DrmmUpdateQuestionnaireMutationVariables>;
export const DrmmReviseQuestionnaireDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrmmReviseQuestionnaire"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionnaireContentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviseQuestionnaire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmQuestionnaireSummaryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmQuestionnaireSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Questionnaire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"frozenAt"}}]}}]} as unknown as DocumentNode<DrmmReviseQuestionnaireMutation, DrmmReviseQuestionnaireMutationVariables>;
export const DrmmSurveyPanelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrmmSurveyPanels"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmSurveyCapabilities"}}]}},{"kind":"Field","name":{"kind":"Name","value":"surveyPanels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmPanelFields"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmSurveyCapabilities"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tenant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"manageSurveys"}},{"kind":"Field","name":{"kind":"Name","value":"issueKioskTokens"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmPanelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyPanel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]} as unknown as DocumentNode<DrmmSurveyPanelsQuery, DrmmSurveyPanelsQueryVariables>;
export const DrmmSurveyPanelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrmmSurveyPanel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"membersAfter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyPanel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmPanelFields"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanSeeEmails"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"membersAfter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmPanelMemberFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmPanelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyPanel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmPanelMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PanelMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"civility"}},{"kind":"Field","name":{"kind":"Name","value":"office"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]} as unknown as DocumentNode<DrmmSurveyPanelQuery, DrmmSurveyPanelQueryVariables>;
export const DrmmCreatePanelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrmmCreatePanel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PanelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPanel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmPanelFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmPanelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyPanel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]} as unknown as DocumentNode<DrmmCreatePanelMutation, DrmmCreatePanelMutationVariables>;
export const DrmmAddPanelMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrmmAddPanelMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"panelId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PanelMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPanelMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"panelId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"panelId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmPanelMemberFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmPanelMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PanelMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"civility"}},{"kind":"Field","name":{"kind":"Name","value":"office"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]} as unknown as DocumentNode<DrmmAddPanelMemberMutation, DrmmAddPanelMemberMutationVariables>;
export const DrmmUpdatePanelMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrmmUpdatePanelMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePanelMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePanelMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmPanelMemberFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmPanelMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PanelMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"civility"}},{"kind":"Field","name":{"kind":"Name","value":"office"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]} as unknown as DocumentNode<DrmmUpdatePanelMemberMutation, DrmmUpdatePanelMemberMutationVariables>;
export const DrmmCampaignChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrmmCampaignChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionnaires"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmQuestionnaireSummaryFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"surveyPanels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmPanelFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmQuestionnaireSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Questionnaire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"frozenAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmPanelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyPanel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]} as unknown as DocumentNode<DrmmCampaignChoicesQuery, DrmmCampaignChoicesQueryVariables>;
export const DrmmCreateCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrmmCreateCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmCampaignFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmCampaignSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"responseCount"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"responded"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmPanelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyPanel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmCampaignFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmCampaignSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanKeyInPaperForms"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"reminded"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"panel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmPanelFields"}}]}}]}}]} as unknown as DocumentNode<DrmmCreateCampaignMutation, DrmmCreateCampaignMutationVariables>;
export const DrmmSurveyCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrmmSurveyCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmCampaignFields"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaire"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmQuestionnaireFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmFindingFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmCampaignSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"responseCount"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"responded"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmPanelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyPanel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmQuestionnaireSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Questionnaire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"frozenAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmQuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Question"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minValue"}},{"kind":"Field","name":{"kind":"Name","value":"maxValue"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmCampaignFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmCampaignSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanKeyInPaperForms"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"reminded"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"panel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmPanelFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmQuestionnaireFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Questionnaire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmQuestionnaireSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmQuestionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmFindingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyFinding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"questionKey"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<DrmmSurveyCampaignQuery, DrmmSurveyCampaignQueryVariables>;
export const DrmmUpdateCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrmmUpdateCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmCampaignFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmCampaignSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"responseCount"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"responded"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmPanelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyPanel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmCampaignFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmCampaignSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanKeyInPaperForms"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"reminded"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"panel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmPanelFields"}}]}}]}}]} as unknown as DocumentNode<DrmmUpdateCampaignMutation, DrmmUpdateCampaignMutationVariables>;
export const DrmmSendInvitationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrmmSendInvitations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendInvitations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmSendReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmSendReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SendReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}}]}}]} as unknown as DocumentNode<DrmmSendInvitationsMutation, DrmmSendInvitationsMutationVariables>;
export const DrmmSendRemindersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrmmSendReminders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendReminders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmSendReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmSendReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SendReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}}]}}]} as unknown as DocumentNode<DrmmSendRemindersMutation, DrmmSendRemindersMutationVariables>;
export const DrmmPublishResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrmmPublishResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmCampaignFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmCampaignSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"responseCount"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"responded"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmPanelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyPanel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmCampaignFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmCampaignSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanKeyInPaperForms"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"reminded"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"panel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmPanelFields"}}]}}]}}]} as unknown as DocumentNode<DrmmPublishResultsMutation, DrmmPublishResultsMutationVariables>;
export const DrmmAddFindingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrmmAddFinding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FindingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addFinding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DrmmFindingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DrmmFindingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyFinding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"questionKey"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<DrmmAddFindingMutation, DrmmAddFindingMutationVariables>;
export const DrmmEnterPaperResponseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrmmEnterPaperResponse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filledOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answers"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterPaperResponse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filledOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filledOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"answers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answers"}}},{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseId"}},{"kind":"Field","name":{"kind":"Name","value":"duplicate"}}]}}]}}]} as unknown as DocumentNode<DrmmEnterPaperResponseMutation, DrmmEnterPaperResponseMutationVariables>;
export const DrmmCampaignInvitationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrmmCampaignInvitations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invitations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"reminderCount"}},{"kind":"Field","name":{"kind":"Name","value":"responded"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DrmmCampaignInvitationsQuery, DrmmCampaignInvitationsQueryVariables>;
export const DrmmCampaignCommentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrmmCampaignComments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DrmmCampaignCommentsQuery, DrmmCampaignCommentsQueryVariables>;
export const DrmmCampaignMailMessagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrmmCampaignMailMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mailMessages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DrmmCampaignMailMessagesQuery, DrmmCampaignMailMessagesQueryVariables>;