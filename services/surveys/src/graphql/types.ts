import { Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { TenantRef } from '@qualipref/organization-client';
import { ConnectionType } from '@qualipref/server-kit';
import {
  CampaignChannel,
  CampaignState,
  Dimension,
  FeedbackCategory,
  FeedbackChannel,
  FeedbackStatus,
  FindingKind,
  PanelKind,
  QuestionKind,
  ResponseChannel,
  SatisfactionLevel,
  Trend,
} from '../domain/enums.js';

registerEnumType(QuestionKind, {
  name: 'QuestionKind',
  description: 'How a question is answered.',
  valuesConfig: {
    SATISFACTION: { description: 'Échelle de satisfaction (très satisfait … pas du tout satisfait, sans avis): answer with `option`, a SatisfactionLevel.' },
    SINGLE_CHOICE: { description: 'Un seul choix parmi les réponses proposées: answer with `option`.' },
    MULTIPLE_CHOICE: { description: 'Plusieurs choix possibles: answer with `options`; results count each option, never combinations.' },
    NUMBER: { description: 'Un nombre, entre minValue et maxValue: answer with `number`.' },
    FREE_TEXT: { description: 'Texte libre (stocké tel quel, jamais interprété comme HTML): answer with `text`.' },
  },
});
registerEnumType(SatisfactionLevel, {
  name: 'SatisfactionLevel',
  description: 'The levels of the satisfaction scale.',
  valuesConfig: {
    VERY_SATISFIED: { description: 'Très satisfait.' },
    SATISFIED: { description: 'Satisfait.' },
    DISSATISFIED: { description: 'Peu satisfait.' },
    VERY_DISSATISFIED: { description: 'Pas du tout satisfait.' },
    NO_OPINION: { description: 'Sans avis (excluded from the satisfaction rate).' },
  },
});
registerEnumType(Dimension, {
  name: 'SurveyDimension',
  description: 'What a question measures; results are also given per dimension.',
  valuesConfig: {
    TYPOLOGY: { description: 'Typologie des usagers.' },
    PHYSICAL_RECEPTION: { description: 'Accueil physique.' },
    TELEPHONE_RECEPTION: { description: 'Accueil téléphonique.' },
    DIGITAL_RECEPTION: { description: 'Accueil numérique / informations sur internet.' },
    RECEPTION_SPACES: { description: "Espaces d'accueil." },
    EQUIPMENT: { description: 'Équipements mis à disposition (photocopieurs…).' },
    WAITING_TIME: { description: "Temps d'attente au guichet." },
    ANSWER_QUALITY: { description: 'Qualité des réponses (claires, simples).' },
    LEGAL_REASONING: { description: 'Motivation juridique des observations (contrôle de légalité).' },
    APPOINTMENT_DELAYS: { description: 'Délais de rendez-vous.' },
    ADVICE_TO_COLLECTIVITES: { description: 'Conseil aux collectivités.' },
    ACCESSIBILITY: { description: 'Accessibilité des locaux.' },
    OTHER: { description: 'Autre.' },
  },
});
registerEnumType(PanelKind, {
  name: 'PanelKind',
  description: 'Who a panel is.',
  valuesConfig: {
    HALL_USERS: { description: 'Les usagers présents dans le hall (anonymes).' },
    ELECTED_OFFICIALS: { description: "Maires et présidents d'EPCI d'un arrondissement." },
    CONFIGURED_LIST: { description: "Toute liste configurée (p. ex. une association d'élus)." },
  },
});
registerEnumType(CampaignChannel, {
  name: 'CampaignChannel',
  description: 'How a campaign collects its answers.',
  valuesConfig: {
    HALL: { description: 'Borne (tablette) et formulaires papier dans le hall.' },
    EMAIL: { description: 'Invitations électroniques avec un lien personnel à usage unique.' },
  },
});
registerEnumType(ResponseChannel, {
  name: 'ResponseChannel',
  description: 'How one response came in.',
  valuesConfig: {
    KIOSK: { description: 'Borne du hall.' },
    PAPER: { description: 'Formulaire papier saisi par un agent.' },
    EMAIL: { description: 'Lien personnel reçu par courriel.' },
  },
});
registerEnumType(CampaignState, {
  name: 'CampaignState',
  description: 'Where a campaign stands today (Europe/Paris).',
  valuesConfig: {
    SCHEDULED: { description: 'Pas encore ouverte.' },
    OPEN: { description: 'Ouverte: accepte des réponses.' },
    CLOSED: { description: 'Close, résultats non publiés.' },
    PUBLISHED: { description: 'Résultats publiés (figés).' },
  },
});
registerEnumType(Trend, {
  name: 'SatisfactionTrend',
  description: 'A rate compared with the same question (by key, across versions) or dimension of the previous campaign.',
  valuesConfig: {
    BASELINE: { description: 'Première enquête: base des comparaisons ultérieures.' },
    IMPROVED: { description: 'En amélioration: the 95 % intervals do not overlap and the rate is higher.' },
    DEGRADED: { description: 'En dégradation: the 95 % intervals do not overlap and the rate is lower.' },
    STABLE: { description: 'Stable: the 95 % intervals overlap.' },
    NOT_COMPARABLE: { description: 'Non comparable: no such question or dimension, or no opinion, in one of the two campaigns.' },
  },
});
registerEnumType(FindingKind, {
  name: 'FindingKind',
  description: 'What a finding says.',
  valuesConfig: {
    STRENGTH: { description: 'Point fort.' },
    WEAKNESS: { description: "Point d'amélioration." },
    RECOMMENDATION: { description: "Recommandation pour le plan d'actions." },
  },
});
registerEnumType(FeedbackChannel, {
  name: 'FeedbackChannel',
  description: 'Where a feedback came from.',
  valuesConfig: {
    SUGGESTION_BOX: { description: "Carte déposée dans l'urne du hall." },
    CONTACT_FORM: { description: 'Formulaire de contact du site internet.' },
  },
});
registerEnumType(FeedbackCategory, {
  name: 'FeedbackCategory',
  description: 'What a feedback is about.',
  valuesConfig: {
    RECEPTION: { description: 'Accueil.' },
    WAITING_TIME: { description: "Temps d'attente." },
    INFORMATION: { description: 'Information (site, affichage).' },
    PREMISES: { description: 'Locaux.' },
    EQUIPMENT: { description: 'Équipements.' },
    PROCEDURE: { description: 'Démarche administrative.' },
    COMPLIMENT: { description: 'Remerciement.' },
    OTHER: { description: 'Autre.' },
  },
});
registerEnumType(FeedbackStatus, {
  name: 'FeedbackStatus',
  description: 'Where a feedback stands.',
  valuesConfig: {
    RECEIVED: { description: 'Reçue.' },
    IN_PROGRESS: { description: 'En cours de traitement.' },
    ANSWERED: { description: 'Répondue.' },
    CLOSED: { description: 'Close sans réponse.' },
  },
});

@ObjectType('QuestionOption', { description: 'A choice offered by a choice question.' })
export class QuestionOptionType {
  @Field(() => String, { description: 'Stable key, sent as the answer.' })
  key!: string;

  @Field(() => String, { description: 'Label shown to respondents.' })
  label!: string;
}

@ObjectType('Question', { description: 'A question of a questionnaire version.' })
export class QuestionType {
  @Field(() => ID, { description: 'Identifier of the question (of this version).' })
  id!: string;

  @Field(() => String, { description: 'Key, stable across versions: the same key is the same question for comparisons.' })
  key!: string;

  @Field(() => Int, { description: 'Position in its section, from 1.' })
  position!: number;

  @Field(() => String, { description: 'The question as asked.' })
  text!: string;

  @Field(() => String, { nullable: true, description: 'Help shown under the question.' })
  help!: string | null;

  @Field(() => QuestionKind, { description: 'How it is answered.' })
  kind!: QuestionKind;

  @Field(() => Dimension, { description: 'What it measures.' })
  dimension!: Dimension;

  @Field(() => Boolean, { description: 'Whether a response must answer it.' })
  required!: boolean;

  @Field(() => [QuestionOptionType], { description: 'Choices of a choice question (empty otherwise; the satisfaction scale is fixed).' })
  options!: QuestionOptionType[];

  @Field(() => Int, { nullable: true, description: 'Smallest number accepted (NUMBER questions).' })
  minValue!: number | null;

  @Field(() => Int, { nullable: true, description: 'Largest number accepted (NUMBER questions).' })
  maxValue!: number | null;
}

@ObjectType('QuestionnaireSection', { description: 'A section (rubrique) of a questionnaire.' })
export class SectionType {
  @Field(() => ID, { description: 'Identifier of the section.' })
  id!: string;

  @Field(() => Int, { description: 'Position, from 1.' })
  position!: number;

  @Field(() => String, { description: 'Title of the section.' })
  title!: string;
}

@ObjectType('Questionnaire', { description: 'A version of a questionnaire; frozen once a campaign uses it.' })
export class QuestionnaireType {
  @Field(() => ID, { description: 'Identifier of this version.' })
  id!: string;

  @Field(() => String, { description: 'Key shared by all versions.' })
  key!: string;

  @Field(() => Int, { description: 'Version number, from 1.' })
  version!: number;

  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Introduction shown to respondents.' })
  description!: string | null;

  @Field(() => Date, { nullable: true, description: 'When a campaign first used it; null while it can still change.' })
  frozenAt!: Date | null;
}

@ObjectType('SurveyPanel', { description: 'Who a campaign asks.' })
export class PanelType {
  @Field(() => ID, { description: 'Identifier of the panel.' })
  id!: string;

  @Field(() => String, { description: 'Name of the panel.' })
  name!: string;

  @Field(() => PanelKind, { description: 'Kind of panel.' })
  kind!: PanelKind;

  @Field(() => String, { nullable: true, description: 'What it is made of and why.' })
  description!: string | null;
}

@ObjectType('PanelMember', { description: 'A person of a listed panel, invited by e-mail.' })
export class PanelMemberType {
  @Field(() => ID, { description: 'Identifier of the member.' })
  id!: string;

  @Field(() => String, { description: 'Name.' })
  name!: string;

  @Field(() => String, { description: 'Commune, EPCI or association they speak for.' })
  organization!: string;

  @Field(() => String, { description: 'Position (maire, président d’EPCI…).' })
  position!: string;

  @Field(() => Boolean, { description: 'Whether they are still invited.' })
  active!: boolean;
}

@ObjectType('PublicSection', { description: 'A section of the questionnaire as respondents see it.' })
export class PublicSectionType {
  @Field(() => String, { description: 'Title of the section.' })
  title!: string;

  @Field(() => [QuestionType], { description: 'Its questions, in order.' })
  questions!: QuestionType[];
}

@ObjectType('PublicSurvey', { description: 'What a respondent needs to answer a campaign (kiosk or personal link).' })
export class PublicSurveyType {
  @Field(() => ID, { description: 'Identifier of the campaign.' })
  campaignId!: string;

  @Field(() => String, { description: 'Title of the campaign.' })
  title!: string;

  @Field(() => String, { description: 'First day answers are accepted (YYYY-MM-DD).' })
  opensOn!: string;

  @Field(() => String, { description: 'Last day answers are accepted (YYYY-MM-DD).' })
  closesOn!: string;

  @Field(() => String, { nullable: true, description: 'Introduction of the questionnaire.' })
  introduction!: string | null;

  @Field(() => [PublicSectionType], { description: 'Sections and questions, in order.' })
  sections!: PublicSectionType[];

  @Field(() => TenantRef, { description: 'The préfecture or sous-préfecture that asks (its name comes from the organization subgraph).' })
  tenant!: TenantRef;
}

@ObjectType('InvitationStatus', { description: 'Where one member’s invitation stands (the response itself stays anonymous).' })
export class InvitationStatusType {
  @Field(() => PanelMemberType, { description: 'The member invited.' })
  member!: PanelMemberType;

  @Field(() => Date, { description: 'When the first link was sent.' })
  sentAt!: Date;

  @Field(() => Int, { description: 'Reminders sent.' })
  reminderCount!: number;

  @Field(() => Boolean, { description: 'Whether they answered.' })
  responded!: boolean;
}

@ObjectType('ResponseRate', { description: 'The response rate of a panel invited by e-mail.' })
export class ResponseRateType {
  @Field(() => Int, { description: 'Members of the panel.' })
  members!: number;

  @Field(() => Int, { description: 'Invitations sent.' })
  invited!: number;

  @Field(() => Int, { description: 'Invitations answered.' })
  responded!: number;

  @Field(() => Int, { description: 'Invitees reminded at least once.' })
  reminded!: number;

  @Field(() => Float, { nullable: true, description: 'Responded over invited (0–1); null before any invitation.' })
  rate!: number | null;
}

@ObjectType('SatisfactionRate', { description: 'Satisfied or very satisfied over those with an opinion, with its 95 % Wilson score interval (proportions 0–1).' })
export class SatisfactionRateType {
  @Field(() => Int, { description: 'Answers « très satisfait » or « satisfait ».' })
  satisfied!: number;

  @Field(() => Int, { description: 'Answers with an opinion (all but « sans avis »): the sample size.' })
  withOpinion!: number;

  @Field(() => Int, { description: 'Answers « sans avis ».' })
  noOpinion!: number;

  @Field(() => Float, { nullable: true, description: 'satisfied / withOpinion; null without any opinion.' })
  rate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Lower bound of the 95 % Wilson interval.' })
  lower!: number | null;

  @Field(() => Float, { nullable: true, description: 'Upper bound of the 95 % Wilson interval.' })
  upper!: number | null;
}

@ObjectType('SatisfactionComparison', { description: 'A rate compared with the previous campaign of the same questionnaire and panel kind.' })
export class ComparisonType {
  @Field(() => Trend, { description: 'Improved, degraded, stable (intervals overlap), baseline or not comparable.' })
  trend!: Trend;

  @Field(() => SatisfactionRateType, { nullable: true, description: 'The rate of the previous campaign.' })
  previous!: SatisfactionRateType | null;

  @Field(() => Float, { nullable: true, description: 'Change of the rate, in points of percentage.' })
  difference!: number | null;
}

@ObjectType('ChannelSatisfaction', { description: 'A satisfaction rate for one response channel.' })
export class ChannelRateType {
  @Field(() => ResponseChannel, { description: 'The channel.' })
  channel!: ResponseChannel;

  @Field(() => SatisfactionRateType, { description: 'Its rate.' })
  satisfaction!: SatisfactionRateType;
}

@ObjectType('OptionCount', { description: 'How often an answer was given.' })
export class OptionCountType {
  @Field(() => String, { description: 'Option key, or satisfaction level.' })
  option!: string;

  @Field(() => String, { description: 'Its label, in French.' })
  label!: string;

  @Field(() => Int, { description: 'Respondents who gave it.' })
  count!: number;

  @Field(() => Float, { description: 'Share of the question’s respondents (0–1); for multiple choice the shares add up to more than 1.' })
  share!: number;
}

@ObjectType('NumberSummary', { description: 'Summary of the answers to a numeric question.' })
export class NumberSummaryType {
  @Field(() => Int, { description: 'Answers.' })
  count!: number;

  @Field(() => Float, { description: 'Mean.' })
  mean!: number;

  @Field(() => Float, { description: 'Median.' })
  median!: number;

  @Field(() => Float, { description: 'Smallest answer.' })
  min!: number;

  @Field(() => Float, { description: 'Largest answer.' })
  max!: number;
}

@ObjectType('QuestionResult', { description: 'Results of one question.' })
export class QuestionResultType {
  @Field(() => QuestionType, { description: 'The question.' })
  question!: QuestionType;

  @Field(() => Int, { description: 'Respondents who answered it.' })
  respondents!: number;

  @Field(() => [OptionCountType], { description: 'Distribution of the answers (choice and satisfaction questions).' })
  distribution!: OptionCountType[];

  @Field(() => SatisfactionRateType, { nullable: true, description: 'Satisfaction rate (satisfaction questions).' })
  satisfaction!: SatisfactionRateType | null;

  @Field(() => [ChannelRateType], { description: 'Satisfaction rate per response channel.' })
  byChannel!: ChannelRateType[];

  @Field(() => NumberSummaryType, { nullable: true, description: 'Summary of numeric answers.' })
  number!: NumberSummaryType | null;

  @Field(() => ComparisonType, { nullable: true, description: 'Comparison with the previous campaign (satisfaction questions).' })
  comparison!: ComparisonType | null;
}

@ObjectType('DimensionResult', { description: 'Results of a dimension: the answers to all its satisfaction questions.' })
export class DimensionResultType {
  @Field(() => Dimension, { description: 'The dimension.' })
  dimension!: Dimension;

  @Field(() => String, { description: 'Its label, in French.' })
  label!: string;

  @Field(() => Int, { description: 'Satisfaction questions in it.' })
  questionCount!: number;

  @Field(() => SatisfactionRateType, { description: 'Satisfaction rate over the answers to its questions.' })
  satisfaction!: SatisfactionRateType;

  @Field(() => [ChannelRateType], { description: 'Satisfaction rate per response channel.' })
  byChannel!: ChannelRateType[];

  @Field(() => ComparisonType, { nullable: true, description: 'Comparison with the previous campaign.' })
  comparison!: ComparisonType | null;
}

@ObjectType('ChannelRespondents', { description: 'Respondents per response channel.' })
export class ChannelRespondentsType {
  @Field(() => ResponseChannel, { description: 'The channel.' })
  channel!: ResponseChannel;

  @Field(() => Int, { description: 'Responses received through it.' })
  respondents!: number;
}

@ObjectType('Campaign', { description: 'A satisfaction survey (enquête) of a tenant and year, with its panel and channel.' })
@Directive('@key(fields: "id")')
export class CampaignType {
  @Field(() => ID, { description: 'Identifier of the campaign.' })
  id!: string;

  @Field(() => Int, { description: 'Year of the campaign.' })
  year!: number;

  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => CampaignChannel, { description: 'How answers are collected.' })
  channel!: CampaignChannel;

  @Field(() => String, { description: 'First day answers are accepted (YYYY-MM-DD).' })
  opensOn!: string;

  @Field(() => String, { description: 'Last day answers are accepted (YYYY-MM-DD).' })
  closesOn!: string;

  @Field(() => Date, { nullable: true, description: 'When its results were published.' })
  publishedAt!: Date | null;

  @Field(() => TenantRef, { description: 'The tenant that runs it.' })
  tenant!: TenantRef;
}

@ObjectType('CampaignResults', { description: 'All the results of a campaign, computed by PostgreSQL, with the comparison to the previous campaign.' })
export class CampaignResultsType {
  @Field(() => CampaignType, { description: 'The campaign.' })
  campaign!: CampaignType;

  @Field(() => CampaignType, { nullable: true, description: 'The campaign compared with; null when this one is the baseline.' })
  comparedTo!: CampaignType | null;

  @Field(() => Boolean, { description: 'Whether this campaign is the baseline (no earlier one).' })
  baseline!: boolean;

  @Field(() => Int, { description: 'Responses received.' })
  respondents!: number;

  @Field(() => [ChannelRespondentsType], { description: 'Responses per channel.' })
  respondentsByChannel!: ChannelRespondentsType[];

  @Field(() => [QuestionResultType], { description: 'Per question, in questionnaire order.' })
  questions!: QuestionResultType[];

  @Field(() => [DimensionResultType], { description: 'Per dimension measured by satisfaction questions.' })
  dimensions!: DimensionResultType[];

  @Field(() => String, { description: 'Path of the CSV of every table, through the gateway: add questions.csv, dimensions.csv or distribution.csv.' })
  csvPath!: string;
}

@ObjectType('ResultsPublication', { description: 'The results as published (a snapshot for the public site and the CLU).' })
export class PublicationType {
  @Field(() => Date, { description: 'When they were published.' })
  publishedAt!: Date;

  @Field(() => GraphQLJSONObject, { description: 'The published summary: campaign, respondents, dimensions and questions with rates, intervals, trends, distributions, and findings.' })
  summary!: Record<string, unknown>;
}

@ObjectType('SurveyFinding', { description: 'A conclusion drawn from a campaign; actions of the committees’ plan may refer to it by id.' })
@Directive('@key(fields: "id")')
export class FindingType {
  @Field(() => ID, { description: 'Identifier of the finding (the committees’ originFindingId).' })
  id!: string;

  @Field(() => FindingKind, { description: 'Strength, weakness or recommendation.' })
  kind!: FindingKind;

  @Field(() => Dimension, { nullable: true, description: 'The dimension it is about.' })
  dimension!: Dimension | null;

  @Field(() => String, { nullable: true, description: 'The question key it is about.' })
  questionKey!: string | null;

  @Field(() => String, { description: 'The finding.' })
  text!: string;

  @Field(() => Date, { description: 'When it was recorded.' })
  createdAt!: Date;
}

@ObjectType('KioskDevice', { description: 'A hall tablet allowed to submit anonymous answers.' })
export class KioskDeviceType {
  @Field(() => ID, { description: 'Identifier of the device.' })
  id!: string;

  @Field(() => String, { description: 'Name (where it stands).' })
  name!: string;

  @Field(() => Date, { description: 'When its token was issued.' })
  issuedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When its token was revoked.' })
  revokedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Its last submission.' })
  lastSeenAt!: Date | null;
}

@ObjectType('IssuedKioskDevice', { description: 'A device just issued, with its token: shown once, never again.' })
export class IssuedKioskDeviceType {
  @Field(() => KioskDeviceType, { description: 'The device.' })
  device!: KioskDeviceType;

  @Field(() => String, { description: 'The token to enter on the tablet (only a hash is kept).' })
  token!: string;
}

@ObjectType('KioskSession', { description: 'What a kiosk may collect today.' })
export class KioskSessionType {
  @Field(() => String, { description: 'Name of the device.' })
  deviceName!: string;

  @Field(() => TenantRef, { description: 'Its tenant.' })
  tenant!: TenantRef;

  @Field(() => [PublicSurveyType], { description: 'Hall campaigns open today, ready to display.' })
  surveys!: PublicSurveyType[];
}

@ObjectType('ResponseReceipt', { description: 'What a submission stored.' })
export class ReceiptType {
  @Field(() => ID, { description: 'Identifier of the stored response.' })
  responseId!: string;

  @Field(() => Boolean, { description: 'True when this client id was already stored: the retry stored nothing more.' })
  duplicate!: boolean;
}

@ObjectType('SurveyInvitation', { description: 'What a personal link opens.' })
export class InvitationViewType {
  @Field(() => PublicSurveyType, { description: 'The campaign, ready to display.' })
  survey!: PublicSurveyType;

  @Field(() => CampaignState, { description: 'Its state today.' })
  state!: CampaignState;

  @Field(() => Boolean, { description: 'Whether this link was already used.' })
  answered!: boolean;
}

@ObjectType('SendFailure', { description: 'An invitation the SMTP server did not accept.' })
export class SendFailureType {
  @Field(() => ID, { description: 'The panel member.' })
  memberId!: string;

  @Field(() => String, { description: 'Their name.' })
  name!: string;

  @Field(() => String, { description: 'Why it failed.' })
  reason!: string;
}

@ObjectType('SendReport', { description: 'What a sending of invitations or reminders did.' })
export class SendReportType {
  @Field(() => Int, { description: 'Messages accepted by the SMTP server.' })
  sent!: number;

  @Field(() => [SendFailureType], { description: 'Messages refused: their previous link, if any, stays valid.' })
  failed!: SendFailureType[];

  @Field(() => Int, { description: 'Members skipped (no address, inactive, already invited or already answered).' })
  skipped!: number;
}

@ObjectType('Feedback', { description: 'A suggestion card or contact-form message.' })
export class FeedbackType {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;

  @Field(() => String, { description: 'Day received (YYYY-MM-DD).' })
  receivedOn!: string;

  @Field(() => FeedbackChannel, { description: 'Where it came from.' })
  channel!: FeedbackChannel;

  @Field(() => FeedbackCategory, { description: 'What it is about.' })
  category!: FeedbackCategory;

  @Field(() => String, { description: 'The text as written (plain text, never HTML).' })
  text!: string;

  @Field(() => String, { nullable: true, description: 'Contact left for an answer (staff only).' })
  contact!: string | null;

  @Field(() => FeedbackStatus, { description: 'Where it stands.' })
  status!: FeedbackStatus;

  @Field(() => String, { nullable: true, description: 'The answer given.' })
  answer!: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was answered.' })
  answeredAt!: Date | null;
}

@ObjectType('FeedbackCount', { description: 'Feedback received in a month, category and channel.' })
export class FeedbackCountType {
  @Field(() => String, { description: 'Month (YYYY-MM).' })
  month!: string;

  @Field(() => FeedbackCategory, { description: 'Category.' })
  category!: FeedbackCategory;

  @Field(() => FeedbackChannel, { description: 'Channel.' })
  channel!: FeedbackChannel;

  @Field(() => Int, { description: 'Received.' })
  received!: number;

  @Field(() => Int, { description: 'Of which answered.' })
  answered!: number;
}

@ObjectType('PerceivedWaitingTime', { description: 'The waiting time at the counter as users perceived it in a hall campaign (to set beside the measured processing times).' })
export class PerceivedWaitingTimeType {
  @Field(() => CampaignType, { description: 'The hall campaign.' })
  campaign!: CampaignType;

  @Field(() => SatisfactionRateType, { description: 'Satisfaction with the waiting time.' })
  satisfaction!: SatisfactionRateType;

  @Field(() => ComparisonType, { nullable: true, description: 'Compared with the previous hall campaign.' })
  comparison!: ComparisonType | null;

  @Field(() => NumberSummaryType, { nullable: true, description: 'Waiting time users estimated, in minutes, when the questionnaire asks it.' })
  estimatedMinutes!: NumberSummaryType | null;
}

export const CampaignConnection = ConnectionType(CampaignType, 'Campaign', 'A page of campaigns, newest first.');
export const QuestionnaireConnection = ConnectionType(QuestionnaireType, 'Questionnaire', 'A page of questionnaire versions.');
export const PanelConnection = ConnectionType(PanelType, 'SurveyPanel', 'A page of panels.');
export const PanelMemberConnection = ConnectionType(PanelMemberType, 'PanelMember', 'A page of panel members, by name.');
export const InvitationStatusConnection = ConnectionType(InvitationStatusType, 'InvitationStatus', 'A page of invitations, in sending order.');
export const FeedbackConnection = ConnectionType(FeedbackType, 'Feedback', 'A page of feedback, newest first.');
export const FindingConnection = ConnectionType(FindingType, 'SurveyFinding', 'A page of findings, oldest first.');
export const KioskDeviceConnection = ConnectionType(KioskDeviceType, 'KioskDevice', 'A page of kiosk devices, newest first.');

@ObjectType('SurveyComment', { description: 'A free-text answer, as written (plain text, never HTML).' })
export class CommentType {
  @Field(() => ID, { description: 'Identifier of the answer.' })
  id!: string;

  @Field(() => String, { name: 'text', description: 'The text.' })
  textValue!: string;

  @Field(() => ResponseChannel, { description: 'How the response came in.' })
  channel!: ResponseChannel;
}

export const CommentConnection = ConnectionType(CommentType, 'SurveyComment', 'A page of free-text answers.');
