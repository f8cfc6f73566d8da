import { Role, type Identity } from '@qualipref/auth';
import { toCalendarDate } from '@qualipref/calendar';
import { DomainError, ErrorCode, forbidden, type Caller as KitCaller, type UseCase as KitUseCase } from '@qualipref/server-kit';
import type { OrganizationClient } from '@qualipref/organization-client';
import type { Mailer } from './mailer.js';

/** What the surveys' use cases work with besides the kit's transaction, identity and audit. */
export interface SurveysApp {
  organization: OrganizationClient;
  mailer: Mailer;
  /** Where the public answer page lives; a personal link is this URL followed by the token. */
  answerPageUrl: string;
  /** Today in Europe/Paris (a clock, so that the rules about open and closed campaigns can be tested). */
  today: () => string;
}

export type UseCase = KitUseCase<SurveysApp>;

/** What a use case's preparation works with, before its transaction (where the organization is asked). */
export type Caller = KitCaller<SurveysApp>;

export const parisToday = () => toCalendarDate(new Date());

/** Managers and administrators run campaigns and questionnaires; analysts only read. */
export function assertSurveyManager(identity: Identity): void {
  if (identity.role !== Role.MANAGER && identity.role !== Role.ADMINISTRATOR) throw forbidden('Seuls les responsables et les administrateurs gèrent les enquêtes.');
}

/** Agents, managers and administrators key in paper forms and handle feedback. */
export function assertSurveyAgent(identity: Identity): void {
  if (identity.role === Role.ANALYST) throw forbidden('Les analystes consultent les enquêtes sans les modifier.');
}

export function assertAdministrator(identity: Identity): void {
  if (identity.role !== Role.ADMINISTRATOR) throw forbidden('Seuls les administrateurs délivrent et révoquent les jetons des bornes.');
}

/** A refusal with a finer reason than its code, that a kiosk or an answer page can react to. */
export const refused = (code: ErrorCode, reason: string, message: string, field?: string) => new DomainError(code, message, field, reason);

