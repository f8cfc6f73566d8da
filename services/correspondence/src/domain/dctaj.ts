import { Role } from '@qualipref/auth';
import { assertNotAfterToday, badInput, diffSnapshots, forbidden, notFound, type Patch, snapshot } from '@qualipref/server-kit';
import { AppointmentRequest, LegalityControl, LitigationCase } from '../entities/index.js';
import type { OrganizationLookups } from '@qualipref/organization-client';
import { calendarOf, type Caller, type UseCase } from './deps.js';
import { AppointmentRequesterKind } from './enums.js';
import { authorize } from './policy.js';
import { assertOrdered, assertRecoursAfterInformation, referralWindow } from './rules.js';
import { isoDate, optionalIsoDate, optionalText, requiredText } from './labels.js';

export const DCTAJ_CODE = 'DCTAJ';

/** What recording a DCTAJ record asks the organization first: the directorate that will own it. */
export function dctajLookups(c: Caller, requestedOwner: string | null | undefined): Promise<OrganizationLookups> {
  return c.app.organization.lookups(c.authorization, { directorates: [requestedOwner ?? c.identity.directorateId] });
}

/** What changing a DCTAJ record asks the organization first: the directorate that owns it, read before. */
export async function recordedDctajLookups(c: Caller, entity: typeof LegalityControl | typeof LitigationCase | typeof AppointmentRequest, id: string): Promise<OrganizationLookups> {
  const record = await c.em.findOne(entity as typeof LegalityControl, { id }, { fields: ['ownerDirectorateId'] });
  return dctajLookups(c, record?.ownerDirectorateId);
}

/**
 * The directorate a DCTAJ record belongs to, checked with the organization's answers: agents and managers write for
 * their own directorate when it is the DCTAJ; administrators for a DCTAJ of their tenant; analysts only read.
 */
function dctajOwner(u: UseCase, requested: string | null | undefined, org: OrganizationLookups): string {
  const { identity } = u;
  const owner = requested ?? identity.directorateId;
  authorize(identity, 'dctaj.record', { tenantId: identity.tenantId, ownerDirectorateId: owner });
  const directorate = org.directorate(owner);
  if (!directorate || directorate.tenantId !== identity.tenantId || directorate.code !== DCTAJ_CODE) {
    if (identity.role === Role.ADMINISTRATOR) throw badInput('Indiquez une direction DCTAJ de votre préfecture ou sous-préfecture.', 'ownerDirectorateId');
    throw forbidden('Seule la DCTAJ (direction des relations avec les collectivités territoriales et des affaires juridiques) modifie ces dossiers.');
  }
  return owner;
}

async function findOwned<T extends { ownerDirectorateId: string; tenantId: string }>(u: UseCase, load: () => Promise<T | null>, what: string, org: OrganizationLookups): Promise<T> {
  const record = await load();
  if (!record) throw notFound(what);
  if (record.tenantId !== u.identity.tenantId) throw forbidden();
  dctajOwner(u, record.ownerDirectorateId, org);
  return record;
}

/** One kind of DCTAJ file: how it is created, changed and audited (the three kinds share their course). */
interface FileKind<T extends { id: string; tenantId: string; ownerDirectorateId: string }, I extends { ownerDirectorateId?: string | null }> {
  entity: typeof LegalityControl | typeof LitigationCase | typeof AppointmentRequest;
  /** The entity type of its audit entries. */
  entityType: string;
  /** Its name in a NOT_FOUND message. */
  what: string;
  /** The fields its audit entries record. */
  fields: (keyof T & string)[];
  record: string;
  update: string;
  /** The new record with its required fields, before the rest is applied. */
  create(u: UseCase, input: I, owner: string): T;
  /** Applies the given fields (omitted ones stay), then checks the rules on the result. */
  apply(u: UseCase, record: T, input: Patch<Omit<I, 'ownerDirectorateId'>>): void | Promise<void>;
}

async function recordFile<T extends { id: string; tenantId: string; ownerDirectorateId: string }, I extends { ownerDirectorateId?: string | null }>(u: UseCase, kind: FileKind<T, I>, input: I, org: OrganizationLookups): Promise<T> {
  const record = kind.create(u, input, dctajOwner(u, input.ownerDirectorateId, org));
  await kind.apply(u, record, { ...input, ownerDirectorateId: undefined });
  u.audit({ operation: kind.record, entityType: kind.entityType, entityId: record.id, changes: diffSnapshots(null, snapshot(record, kind.fields)) });
  return record;
}

async function updateFile<T extends { id: string; tenantId: string; ownerDirectorateId: string }, I extends { ownerDirectorateId?: string | null }>(
  u: UseCase,
  kind: FileKind<T, I>,
  id: string,
  input: Patch<Omit<I, 'ownerDirectorateId'>>,
  org: OrganizationLookups,
): Promise<T> {
  const record = await findOwned(u, () => u.em.findOne(kind.entity as typeof LegalityControl, { id }) as Promise<T | null>, kind.what, org);
  const before = snapshot(record, kind.fields);
  await kind.apply(u, record, input);
  const changes = diffSnapshots(before, snapshot(record, kind.fields));
  if (changes.length) u.audit({ operation: kind.update, entityType: kind.entityType, entityId: id, changes });
  return record;
}

export interface LegalityControlInput {
  ownerDirectorateId?: string | null;
  collectiviteName: string;
  actKind: string;
  actReference?: string | null;
  receivedAt: string;
  documentsRequestedAt?: string | null;
  documentsReceivedAt?: string | null;
  observationsSentAt?: string | null;
  electedOfficialInformedAt?: string | null;
  recoursSentAt?: string | null;
  recoursAnsweredAt?: string | null;
  referredAt?: string | null;
  notes?: string | null;
}

const LEGALITY_DATES = ['receivedAt', 'documentsRequestedAt', 'documentsReceivedAt', 'observationsSentAt', 'electedOfficialInformedAt', 'recoursSentAt', 'recoursAnsweredAt', 'referredAt'] as const;

/** The dates as the DCTAJ screen labels them, for the messages. */
const LEGALITY_LABELS: Record<(typeof LEGALITY_DATES)[number], string> = {
  receivedAt: 'Reçu en préfecture le',
  documentsRequestedAt: 'Pièces complémentaires demandées le',
  documentsReceivedAt: 'Pièces complémentaires reçues le',
  observationsSentAt: 'Observations adressées le',
  electedOfficialInformedAt: 'Élu informé le',
  recoursSentAt: 'Recours gracieux adressé le',
  recoursAnsweredAt: 'Réponse de la collectivité au recours le',
  referredAt: 'Déféré au tribunal le',
};

const LEGALITY_FIELDS: (keyof LegalityControl & string)[] = ['collectiviteName', 'actKind', 'actReference', ...LEGALITY_DATES, 'referralDeadline', 'notes'];

function checkLegality(control: LegalityControl, today: string): void {
  // Nothing dated after today: accepted today, it would read wrong tomorrow.
  for (const field of LEGALITY_DATES) assertNotAfterToday(control[field] ?? null, today, field, LEGALITY_LABELS[field]);
  const received = control.receivedAt;
  assertOrdered(
    [
      [received, control.documentsRequestedAt ?? null, 'documentsRequestedAt'],
      [control.documentsRequestedAt ?? null, control.documentsReceivedAt ?? null, 'documentsReceivedAt'],
      [received, control.observationsSentAt ?? null, 'observationsSentAt'],
      [received, control.electedOfficialInformedAt ?? null, 'electedOfficialInformedAt'],
      [control.recoursSentAt ?? null, control.recoursAnsweredAt ?? null, 'recoursAnsweredAt'],
      [received, control.referredAt ?? null, 'referredAt'],
    ],
    LEGALITY_LABELS,
  );
  if (control.documentsReceivedAt && !control.documentsRequestedAt) throw badInput('Des pièces complémentaires ne sont reçues qu’après avoir été demandées : renseignez la date de la demande.', 'documentsRequestedAt');
  if (control.recoursAnsweredAt && !control.recoursSentAt) throw badInput('La collectivité ne répond qu’à un recours gracieux adressé : renseignez la date du recours.', 'recoursSentAt');
  assertRecoursAfterInformation(control.electedOfficialInformedAt ?? null, control.recoursSentAt ?? null);
}

/** Applies the given fields of a legality control (omitted ones stay), checks the rules on the result, then its referral deadline. */
function applyLegality(control: LegalityControl, input: Patch<LegalityControlInput>, today: string): void {
  if (input.collectiviteName != null) control.collectiviteName = requiredText(input.collectiviteName, 'collectiviteName', 200);
  if (input.actKind != null) control.actKind = requiredText(input.actKind, 'actKind', 200);
  if (input.actReference !== undefined) control.actReference = optionalText(input.actReference, 'actReference', 100);
  if (input.receivedAt != null) control.receivedAt = isoDate(input.receivedAt, 'receivedAt');
  for (const field of LEGALITY_DATES) {
    if (field !== 'receivedAt' && input[field] !== undefined) control[field] = optionalIsoDate(input[field], field);
  }
  if (input.notes !== undefined) control.notes = optionalText(input.notes, 'notes');
  checkLegality(control, today);
  control.referralDeadline = referralWindow(control).deadline;
}

const LEGALITY: FileKind<LegalityControl, LegalityControlInput> = {
  entity: LegalityControl,
  entityType: 'LegalityControl',
  what: 'Contrôle de légalité',
  fields: LEGALITY_FIELDS,
  record: 'recordLegalityControl',
  update: 'updateLegalityControl',
  create: (u, input, owner) => {
    const receivedAt = isoDate(input.receivedAt, 'receivedAt');
    // Checked before the entity exists, so that a refused act leaves nothing for a later flush.
    assertNotAfterToday(receivedAt, u.clock.today(), 'receivedAt', LEGALITY_LABELS.receivedAt);
    return u.em.create(LegalityControl, {
      tenantId: u.identity.tenantId,
      ownerDirectorateId: owner,
      collectiviteName: requiredText(input.collectiviteName, 'collectiviteName', 200),
      actKind: requiredText(input.actKind, 'actKind', 200),
      receivedAt,
      referralDeadline: referralWindow({ receivedAt }).deadline,
    });
  },
  apply: (u, control, input) => applyLegality(control, input, u.clock.today()),
};

export const recordLegalityControl = (u: UseCase, input: LegalityControlInput, org: OrganizationLookups) => recordFile(u, LEGALITY, input, org);

export const updateLegalityControl = (u: UseCase, id: string, input: Patch<Omit<LegalityControlInput, 'ownerDirectorateId'>>, org: OrganizationLookups) => updateFile(u, LEGALITY, id, input, org);

export interface LitigationInput {
  ownerDirectorateId?: string | null;
  reference: string;
  court?: string | null;
  subject: string;
  requestedAt: string;
  filedAt?: string | null;
  hearingAt?: string | null;
  decidedAt?: string | null;
  filingTargetDays?: number | null;
  decisionTargetDays?: number | null;
}

/** Two months to file the prefecture's defence, a year to judgment: the targets when none is given. */
export const DEFAULT_FILING_TARGET_DAYS = 60;
export const DEFAULT_DECISION_TARGET_DAYS = 365;

const LITIGATION_FIELDS: (keyof LitigationCase & string)[] = ['reference', 'court', 'subject', 'requestedAt', 'filedAt', 'hearingAt', 'decidedAt', 'filingTargetDays', 'decisionTargetDays'];

function applyLitigation(record: LitigationCase, input: Patch<LitigationInput>): void {
  if (input.reference != null) record.reference = requiredText(input.reference, 'reference', 100);
  if (input.court !== undefined) record.court = optionalText(input.court, 'court', 200);
  if (input.subject != null) record.subject = requiredText(input.subject, 'subject', 500);
  if (input.requestedAt != null) record.requestedAt = isoDate(input.requestedAt, 'requestedAt');
  for (const field of ['filedAt', 'hearingAt', 'decidedAt'] as const) {
    if (input[field] !== undefined) record[field] = optionalIsoDate(input[field], field);
  }
  for (const field of ['filingTargetDays', 'decisionTargetDays'] as const) {
    const value = input[field];
    if (value == null) continue;
    if (!Number.isInteger(value) || value < 1 || value > 3650) throw badInput('Une cible est un nombre de jours de 1 à 3650.', field);
    record[field] = value;
  }
  assertOrdered([
    [record.requestedAt, record.filedAt ?? null, 'filedAt'],
    [record.filedAt ?? record.requestedAt, record.hearingAt ?? null, 'hearingAt'],
    [record.hearingAt ?? record.requestedAt, record.decidedAt ?? null, 'decidedAt'],
  ]);
}

const LITIGATION: FileKind<LitigationCase, LitigationInput> = {
  entity: LitigationCase,
  entityType: 'LitigationCase',
  what: 'Dossier contentieux',
  fields: LITIGATION_FIELDS,
  record: 'recordLitigationCase',
  update: 'updateLitigationCase',
  create: (u, input, owner) =>
    u.em.create(LitigationCase, {
      tenantId: u.identity.tenantId,
      ownerDirectorateId: owner,
      reference: requiredText(input.reference, 'reference', 100),
      subject: requiredText(input.subject, 'subject', 500),
      requestedAt: isoDate(input.requestedAt, 'requestedAt'),
      filingTargetDays: DEFAULT_FILING_TARGET_DAYS,
      decisionTargetDays: DEFAULT_DECISION_TARGET_DAYS,
    }),
  apply: (_u, record, input) => applyLitigation(record, input),
};

export const recordLitigationCase = (u: UseCase, input: LitigationInput, org: OrganizationLookups) => recordFile(u, LITIGATION, input, org);

export const updateLitigationCase = (u: UseCase, id: string, input: Patch<Omit<LitigationInput, 'ownerDirectorateId'>>, org: OrganizationLookups) => updateFile(u, LITIGATION, id, input, org);

export interface AppointmentInput {
  ownerDirectorateId?: string | null;
  requesterName: string;
  requesterKind: AppointmentRequesterKind;
  collectiviteName?: string | null;
  subject: string;
  requestedAt: string;
  dateAsked?: string | null;
  dateGiven?: string | null;
}

const APPOINTMENT_FIELDS: (keyof AppointmentRequest & string)[] = ['requesterName', 'requesterKind', 'collectiviteName', 'subject', 'requestedAt', 'dateAsked', 'dateGiven', 'delayWorkingDays'];

async function applyAppointment(u: UseCase, record: AppointmentRequest, input: Patch<AppointmentInput>): Promise<void> {
  if (input.requesterName != null) record.requesterName = requiredText(input.requesterName, 'requesterName', 200);
  if (input.requesterKind != null) record.requesterKind = input.requesterKind;
  if (input.collectiviteName !== undefined) record.collectiviteName = optionalText(input.collectiviteName, 'collectiviteName', 200);
  if (input.subject != null) record.subject = requiredText(input.subject, 'subject', 500);
  if (input.requestedAt != null) record.requestedAt = isoDate(input.requestedAt, 'requestedAt');
  if (input.dateAsked !== undefined) record.dateAsked = optionalIsoDate(input.dateAsked, 'dateAsked');
  if (input.dateGiven !== undefined) record.dateGiven = optionalIsoDate(input.dateGiven, 'dateGiven');
  assertOrdered([
    [record.requestedAt, record.dateAsked ?? null, 'dateAsked'],
    [record.requestedAt, record.dateGiven ?? null, 'dateGiven'],
  ]);
  record.delayWorkingDays = record.dateGiven ? (await calendarOf(u.em, record.tenantId)).workingDaysBetween(record.requestedAt, record.dateGiven) : null;
}

const APPOINTMENT: FileKind<AppointmentRequest, AppointmentInput> = {
  entity: AppointmentRequest,
  entityType: 'AppointmentRequest',
  what: 'Demande de rendez-vous',
  fields: APPOINTMENT_FIELDS,
  record: 'recordAppointmentRequest',
  update: 'updateAppointmentRequest',
  create: (u, input, owner) =>
    u.em.create(AppointmentRequest, {
      tenantId: u.identity.tenantId,
      ownerDirectorateId: owner,
      requesterName: requiredText(input.requesterName, 'requesterName', 200),
      requesterKind: input.requesterKind,
      subject: requiredText(input.subject, 'subject', 500),
      requestedAt: isoDate(input.requestedAt, 'requestedAt'),
    }),
  apply: applyAppointment,
};

export const recordAppointmentRequest = (u: UseCase, input: AppointmentInput, org: OrganizationLookups) => recordFile(u, APPOINTMENT, input, org);

export const updateAppointmentRequest = (u: UseCase, id: string, input: Patch<Omit<AppointmentInput, 'ownerDirectorateId'>>, org: OrganizationLookups) => updateFile(u, APPOINTMENT, id, input, org);
