import { Campaign } from './campaigns.js';
import { DimensionAssignment } from './dimensions.js';
import { Feedback } from './feedback.js';
import { Invitation } from './invitations.js';
import { KioskDevice } from './kiosk.js';
import { MailMessage } from './outbox.js';
import { Panel, PanelMember } from './panels.js';
import { Finding } from './publication.js';
import { Question, Questionnaire, QuestionnaireSection } from './questionnaires.js';
import { Answer, Response } from './responses.js';
import { RateLimitBucket } from '@qualipref/server-kit';

export * from './campaigns.js';
export * from './dimensions.js';
export * from './feedback.js';
export * from './invitations.js';
export * from './kiosk.js';
export * from './outbox.js';
export * from './panels.js';
export * from './publication.js';
export * from './questionnaires.js';
export * from './responses.js';

export const entities = [Questionnaire, QuestionnaireSection, Question, Panel, PanelMember, Campaign, KioskDevice, Invitation, Response, Answer, Finding, DimensionAssignment, Feedback, MailMessage, RateLimitBucket];
