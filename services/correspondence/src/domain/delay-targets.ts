import { resolveSettings } from '@qualipref/calendar';
import { badInput, conflict, diffSnapshots, notFound, snapshot } from '@qualipref/server-kit';
import { DelayTarget, TelephonyMonth, TenantSettings } from '../entities/index.js';
import type { OrganizationLookups } from '@qualipref/organization-client';
import type { EngagementInfo } from '@qualipref/quality-client';
import { type Caller, type UseCase } from './deps.js';
import { Channel, CorrespondentKind, TargetUnit } from './enums.js';
import { authorize } from './policy.js';
import { isoDate, optionalIsoDate, requiredText } from './labels.js';

function assertAdministrator(u: Pick<UseCase, 'identity'>): void {
  authorize(u.identity, 'correspondence.configure', { tenantId: u.identity.tenantId });
}

export interface DelayTargetInput {
  engagementId: string;
  channel: Channel;
  correspondentKind?: CorrespondentKind | null;
  unit: TargetUnit;
  target: number;
  label: string;
  validFrom: string;
  validTo?: string | null;
}

const DELAY_TARGET_FIELDS: (keyof DelayTarget & string)[] = ['engagementId', 'channel', 'correspondentKind', 'unit', 'target', 'label', 'validFrom', 'validTo'];

/**
 * Before the transaction: only administrators set delay targets, and the national engagement a target implements must
 * be one the quality service knows (asked over HTTP, never while a transaction is open).
 */
export async function nationalEngagementOf(c: Caller, engagementId: string): Promise<EngagementInfo> {
  assertAdministrator(c);
  const engagement = await c.app.quality.engagement(engagementId, c.authorization);
  if (!engagement) throw badInput(`Engagement national inconnu : ${engagementId}.`, 'engagementId');
  return engagement;
}

/** Adds a delay target; one that overlaps another for the same channel and correspondent would make past results ambiguous. */
export async function addDelayTarget(u: UseCase, input: DelayTargetInput, engagement: EngagementInfo): Promise<DelayTarget> {
  assertAdministrator(u);
  if (!Number.isInteger(input.target) || input.target < 0 || input.target > 1000) throw badInput('La cible est un entier de 0 à 1000.', 'target');
  if (input.unit === TargetUnit.RINGS && input.channel !== Channel.TELEPHONE) throw badInput('Une cible en sonneries ne vaut que pour le téléphone.', 'unit');
  const validFrom = isoDate(input.validFrom, 'validFrom');
  const validTo = optionalIsoDate(input.validTo, 'validTo');
  if (validTo && validTo < validFrom) throw badInput('La fin de validité précède son début.', 'validTo');
  const kind = input.correspondentKind ?? null;
  const same = await u.em.find(DelayTarget, { tenantId: u.identity.tenantId, channel: input.channel, correspondentKind: kind });
  const overlap = same.find((e) => (e.unit === TargetUnit.RINGS) === (input.unit === TargetUnit.RINGS) && (e.validTo == null || e.validTo >= validFrom) && (validTo === null || validTo >= e.validFrom));
  if (overlap) throw conflict(`Un délai annoncé couvre déjà ce canal du ${overlap.validFrom}${overlap.validTo ? ` au ${overlap.validTo}` : ''} : terminez-le d’abord.`, 'validFrom');
  const delayTarget = u.em.create(DelayTarget, { tenantId: u.identity.tenantId, engagementId: engagement.id, channel: input.channel, correspondentKind: kind, unit: input.unit, target: input.target, label: requiredText(input.label, 'label', 300), validFrom, validTo });
  u.audit({ operation: 'addDelayTarget', entityType: 'DelayTarget', entityId: delayTarget.id, changes: diffSnapshots(null, snapshot(delayTarget, DELAY_TARGET_FIELDS)) });
  return delayTarget;
}

/** Ends a delay target on a day, so that a new one can follow without rewriting past results. */
export async function endDelayTarget(u: UseCase, id: string, validTo: string): Promise<DelayTarget> {
  assertAdministrator(u);
  const delayTarget = await u.em.findOne(DelayTarget, { id, tenantId: u.identity.tenantId });
  if (!delayTarget) throw notFound('Délai annoncé');
  const end = isoDate(validTo, 'validTo');
  if (end < delayTarget.validFrom) throw badInput('La fin de validité précède son début.', 'validTo');
  const before = snapshot(delayTarget, ['validTo']);
  delayTarget.validTo = end;
  u.audit({ operation: 'endDelayTarget', entityType: 'DelayTarget', entityId: id, changes: diffSnapshots(before, snapshot(delayTarget, ['validTo'])) });
  return delayTarget;
}

export interface SettingsInput {
  saturdayWorked?: boolean | null;
  whitMondayWorked?: boolean | null;
  closingTime?: string | null;
}

/** Changes the tenant's calendar; items already registered keep the due dates they were given. */
export async function updateCalendarSettings(u: UseCase, input: SettingsInput): Promise<TenantSettings> {
  assertAdministrator(u);
  const current = await u.em.findOne(TenantSettings, { tenantId: u.identity.tenantId });
  let resolved;
  try {
    resolved = resolveSettings({
      saturdayWorked: input.saturdayWorked ?? current?.saturdayWorked,
      whitMondayWorked: input.whitMondayWorked ?? current?.whitMondayWorked,
      closingTime: input.closingTime ?? current?.closingTime,
    });
  } catch {
    throw badInput('Heure de fermeture invalide (attendu HH:MM).', 'closingTime');
  }
  const before = current ? snapshot(current, ['saturdayWorked', 'whitMondayWorked', 'closingTime']) : null;
  const settings = current ?? u.em.create(TenantSettings, { tenantId: u.identity.tenantId, ...resolved });
  Object.assign(settings, resolved);
  const changes = diffSnapshots(before, snapshot(settings, ['saturdayWorked', 'whitMondayWorked', 'closingTime']));
  if (changes.length) u.audit({ operation: 'updateCalendarSettings', entityType: 'TenantSettings', entityId: settings.id, changes });
  return settings;
}

export interface TelephonyInput {
  serviceId: string;
  month: string;
  offered: number;
  answered: number;
  answeredWithinTarget: number;
}

/** Records (or corrects) a month of telephony statistics of a service. */
export async function recordTelephonyMonth(u: UseCase, input: TelephonyInput, org: OrganizationLookups): Promise<TelephonyMonth> {
  if (!/^\d{4}-\d{2}$/.test(input.month)) throw badInput('Mois invalide (attendu AAAA-MM).', 'month');
  const month = isoDate(`${input.month}-01`, 'month');
  const { offered, answered, answeredWithinTarget } = input;
  if (![offered, answered, answeredWithinTarget].every((n) => Number.isInteger(n) && n >= 0)) throw badInput('Les nombres d’appels sont des entiers positifs.', 'offered');
  if (answered > offered || answeredWithinTarget > answered) throw badInput('Il faut : décrochés dans la cible ≤ décrochés ≤ présentés.', 'answered');
  const service = org.service(input.serviceId);
  if (!service || service.tenantId !== u.identity.tenantId) throw badInput(`Service inconnu : ${input.serviceId}.`, 'serviceId');
  authorize(u.identity, 'correspondence.record', { directorateId: service.directorateId });
  const existing = await u.em.findOne(TelephonyMonth, { serviceId: service.id, month });
  const fields: (keyof TelephonyMonth & string)[] = ['offered', 'answered', 'answeredWithinTarget'];
  const before = existing ? snapshot(existing, fields) : null;
  const row = existing ?? u.em.create(TelephonyMonth, { tenantId: u.identity.tenantId, serviceId: service.id, directorateId: service.directorateId, month, offered, answered, answeredWithinTarget });
  Object.assign(row, { offered, answered, answeredWithinTarget });
  const changes = diffSnapshots(before, { month, ...snapshot(row, fields) });
  if (changes.length) u.audit({ operation: 'recordTelephonyMonth', entityType: 'TelephonyMonth', entityId: row.id, changes });
  return row;
}

/**
 * Sets the arrondissements whose acts the tenant's legality control receives: in Moselle the préfecture covers them
 * all, the sous-préfectures none. An empty list says the tenant's acts are controlled elsewhere.
 */
export async function setLegalityArrondissements(u: UseCase, names: readonly string[]): Promise<TenantSettings> {
  assertAdministrator(u);
  if (names.length > 30) throw badInput('Trente arrondissements au plus.', 'arrondissements');
  const arrondissements = names.map((name, i) => requiredText(name, `arrondissements.${i}`, 100));
  const duplicate = arrondissements.find((name, i) => arrondissements.indexOf(name) !== i);
  if (duplicate) throw badInput(`L’arrondissement « ${duplicate} » est nommé deux fois.`, 'arrondissements');
  const current = await u.em.findOne(TenantSettings, { tenantId: u.identity.tenantId });
  const before = current ? snapshot(current, ['legalityArrondissements']) : null;
  const settings = current ?? u.em.create(TenantSettings, { tenantId: u.identity.tenantId, ...resolveSettings({}), legalityArrondissements: [] });
  settings.legalityArrondissements = arrondissements;
  const changes = diffSnapshots(before, snapshot(settings, ['legalityArrondissements']));
  if (changes.length) u.audit({ operation: 'setLegalityArrondissements', entityType: 'TenantSettings', entityId: settings.id, changes });
  return settings;
}
