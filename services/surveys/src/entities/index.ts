import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { idProperty, tenantIdProperty, tenantPolicies, tenantScoped, timestampProperties } from '@qualipref/server-kit';
import { CampaignChannel, Dimension, FeedbackCategory, FeedbackChannel, FeedbackStatus, FindingKind, PanelKind, QuestionKind, ResponseChannel } from '../domain/enums.js';

/** One choice offered by a choice question. */
export interface QuestionOption {
  key: string;
  label: string;
}

/** A version of a questionnaire; frozen once a campaign uses it, changed only by a new version. */
export const Questionnaire = defineEntity({
  name: 'Questionnaire',
  tableName: 'questionnaire',
  ...tenantScoped,
  uniques: [{ properties: ['tenantId', 'key', 'version'] }],
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    /** Stable across versions ("usagers-hall"): comparisons follow it. */
    key: p.string().length(60),
    version: p.integer(),
    title: p.string().length(300),
    description: p.text().nullable(),
    /** Set when a campaign first used it: no change after that. */
    frozenAt: p.datetime().nullable(),
    createdBy: p.uuid(),
    ...timestampProperties(),
  },
});
export type Questionnaire = InferEntity<typeof Questionnaire>;

export const QuestionnaireSection = defineEntity({
  name: 'QuestionnaireSection',
  tableName: 'questionnaire_section',
  ...tenantScoped,
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    questionnaire: p.manyToOne(Questionnaire).index(),
    position: p.integer(),
    title: p.string().length(300),
  },
});
export type QuestionnaireSection = InferEntity<typeof QuestionnaireSection>;

export const Question = defineEntity({
  name: 'Question',
  tableName: 'question',
  ...tenantScoped,
  uniques: [{ properties: ['questionnaire', 'key'] }],
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    questionnaire: p.manyToOne(Questionnaire),
    section: p.manyToOne(QuestionnaireSection).index(),
    position: p.integer(),
    /** Stable across the questionnaire's versions: the same key is the same question. */
    key: p.string().length(60),
    text: p.string().length(1000),
    help: p.string().length(1000).nullable(),
    kind: p.enum(() => QuestionKind),
    dimension: p.enum(() => Dimension),
    required: p.boolean().default(false),
    options: p.json<QuestionOption[]>(),
    minValue: p.integer().nullable(),
    maxValue: p.integer().nullable(),
  },
});
export type Question = InferEntity<typeof Question>;

/** Who a campaign asks: the users in the hall, the mayors and EPCI presidents of an arrondissement, any list. */
export const Panel = defineEntity({
  name: 'Panel',
  tableName: 'panel',
  ...tenantScoped,
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    name: p.string().length(200),
    kind: p.enum(() => PanelKind),
    description: p.text().nullable(),
    ...timestampProperties(),
  },
});
export type Panel = InferEntity<typeof Panel>;

/** A person of a listed panel, invited by e-mail (a mayor, an EPCI president…). */
export const PanelMember = defineEntity({
  name: 'PanelMember',
  tableName: 'panel_member',
  ...tenantScoped,
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    panel: p.manyToOne(Panel).index(),
    name: p.string().length(200),
    /** The commune, EPCI or association they speak for. */
    organization: p.string().length(200),
    position: p.string().length(200),
    email: p.string().length(320).nullable(),
    active: p.boolean().default(true),
    ...timestampProperties(),
  },
});
export type PanelMember = InferEntity<typeof PanelMember>;

export const Campaign = defineEntity({
  name: 'Campaign',
  tableName: 'campaign',
  ...tenantScoped,
  indexes: [{ properties: ['tenantId', 'year'] }],
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    year: p.integer(),
    title: p.string().length(300),
    questionnaire: p.manyToOne(Questionnaire).index(),
    panel: p.manyToOne(Panel).index(),
    channel: p.enum(() => CampaignChannel),
    opensOn: p.date(),
    closesOn: p.date(),
    /** The results as published (a snapshot: late corrections never change what was published). */
    publication: p.json<Record<string, unknown>>().nullable(),
    publishedAt: p.datetime().nullable(),
    publishedBy: p.uuid().nullable(),
    createdBy: p.uuid(),
    ...timestampProperties(),
  },
});
export type Campaign = InferEntity<typeof Campaign>;

/** Session variable set only on the kiosk path: reveals the one device with that token hash. */
export const DEVICE_TOKEN_VARIABLE = 'app.device_token_hash';
/** Session variable set only on the invitation path: reveals the one invitation with that token hash. */
export const INVITATION_TOKEN_VARIABLE = 'app.invitation_token_hash';

/** A hall tablet allowed to submit anonymous answers; its token is stored only as a hash. */
export const KioskDevice = defineEntity({
  name: 'KioskDevice',
  tableName: 'kiosk_device',
  policies: [...tenantPolicies(), { name: 'device_lookup', command: 'select', using: (c) => `${c.tokenHash} = nullif(current_setting('${DEVICE_TOKEN_VARIABLE}', true), '')` }],
  rowLevelSecurity: 'force',
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    name: p.string().length(200),
    tokenHash: p.string().length(64).unique(),
    issuedAt: p.datetime(),
    issuedBy: p.uuid(),
    revokedAt: p.datetime().nullable(),
    revokedBy: p.uuid().nullable(),
    lastSeenAt: p.datetime().nullable(),
  },
});
export type KioskDevice = InferEntity<typeof KioskDevice>;

/**
 * A personal single-use link sent to a panel member. The response it gives is not linked to it,
 * so answers stay anonymous: only the fact of having answered is kept (for reminders and the rate).
 */
export const Invitation = defineEntity({
  name: 'Invitation',
  tableName: 'invitation',
  policies: [...tenantPolicies(), { name: 'invitation_lookup', command: 'select', using: (c) => `${c.tokenHash} = nullif(current_setting('${INVITATION_TOKEN_VARIABLE}', true), '')` }],
  rowLevelSecurity: 'force',
  uniques: [{ properties: ['campaign', 'member'] }],
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    campaign: p.manyToOne(Campaign),
    member: p.manyToOne(PanelMember).index(),
    tokenHash: p.string().length(64).unique(),
    /** An invitation exists once its first message was accepted by the SMTP server. */
    sentAt: p.datetime(),
    reminderCount: p.integer().default(0),
    lastRemindedAt: p.datetime().nullable(),
    respondedAt: p.datetime().nullable(),
  },
});
export type Invitation = InferEntity<typeof Invitation>;

export const Response = defineEntity({
  name: 'Response',
  tableName: 'response',
  ...tenantScoped,
  // The client id makes a retried kiosk submission a no-op.
  uniques: [{ properties: ['campaign', 'clientId'] }],
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    campaign: p.manyToOne(Campaign).index(),
    channel: p.enum(() => ResponseChannel),
    submittedAt: p.datetime(),
    clientId: p.string().length(100).nullable(),
    /** The agent who keyed in a paper form. */
    enteredBy: p.uuid().nullable(),
  },
});
export type Response = InferEntity<typeof Response>;

/** One answer: a row per chosen option (choices, satisfaction level), or a number, or a text. */
export const Answer = defineEntity({
  name: 'Answer',
  tableName: 'answer',
  ...tenantScoped,
  // Results group by campaign, question, option and channel; with the tenant (read by the row
  // policy) in the index too, an index-only scan serves them.
  indexes: [{ properties: ['campaignId', 'question', 'option', 'channel', 'tenantId'] }],
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    response: p.manyToOne(Response).index(),
    campaignId: p.uuid(),
    question: p.manyToOne(Question).index(),
    channel: p.enum(() => ResponseChannel),
    option: p.string().length(60).nullable(),
    numberValue: p.double().nullable(),
    textValue: p.text().nullable(),
  },
});
export type Answer = InferEntity<typeof Answer>;

/** A conclusion drawn from a campaign, which the committees' action plan may take up by id. */
export const Finding = defineEntity({
  name: 'Finding',
  tableName: 'finding',
  ...tenantScoped,
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    campaign: p.manyToOne(Campaign).index(),
    kind: p.enum(() => FindingKind),
    dimension: p.enum(() => Dimension).nullable(),
    questionKey: p.string().length(60).nullable(),
    text: p.string().length(2000),
    createdBy: p.uuid(),
    ...timestampProperties(),
  },
});
export type Finding = InferEntity<typeof Finding>;

/** Which directorate answers for a dimension of the surveys (DCTAJ for advice to collectivités…). */
export const DimensionAssignment = defineEntity({
  name: 'DimensionAssignment',
  tableName: 'dimension_assignment',
  ...tenantScoped,
  uniques: [{ properties: ['tenantId', 'dimension', 'directorateId'] }],
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    dimension: p.enum(() => Dimension),
    directorateId: p.uuid().index(),
  },
});
export type DimensionAssignment = InferEntity<typeof DimensionAssignment>;

/** A suggestion card from the box in the hall, or a contact-form message. */
export const Feedback = defineEntity({
  name: 'Feedback',
  tableName: 'feedback',
  ...tenantScoped,
  indexes: [{ properties: ['tenantId', 'receivedOn'] }],
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    receivedOn: p.date(),
    channel: p.enum(() => FeedbackChannel),
    category: p.enum(() => FeedbackCategory),
    /** Stored as written; never rendered as HTML. */
    text: p.text(),
    contact: p.string().length(320).nullable(),
    status: p.enum(() => FeedbackStatus),
    answer: p.text().nullable(),
    answeredAt: p.datetime().nullable(),
    answeredBy: p.uuid().nullable(),
    recordedBy: p.uuid(),
    ...timestampProperties(),
  },
});
export type Feedback = InferEntity<typeof Feedback>;

export const entities = [Questionnaire, QuestionnaireSection, Question, Panel, PanelMember, Campaign, KioskDevice, Invitation, Response, Answer, Finding, DimensionAssignment, Feedback];
