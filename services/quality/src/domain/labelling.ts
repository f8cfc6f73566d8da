import { DomainError, ErrorCode, assertNotAfterToday, badInput, conflict, diffSnapshots, frenchShortDate, notFound, snapshot, type Patch } from '@qualipref/server-kit';
import type { OrganizationLookups } from '@qualipref/organization-client';
import { Audit, Labelling, Referential, ReferentialModule } from '../entities/index.js';
import { findLabelling, type Caller, type UseCase } from './deps.js';
import { AuditKind } from './enums.js';
import { AUDIT_KIND_LABELS, FIELD_LABELS, isoDate, optionalIsoDate, optionalText } from './labels.js';
import { authorize } from './policy.js';

export interface LabellingInput {
  referentialId: string;
  optionalModuleCodes?: string[] | null;
  ownerDirectorateId?: string | null;
  certifiedOn?: string | null;
}

export interface AuditInput {
  kind: AuditKind;
  plannedOn: string;
  auditor?: string | null;
}

export interface AuditRecord {
  heldOn: string;
  outcome?: string | null;
}

const LABELLING_FIELDS: (keyof Labelling & string)[] = ['referential', 'optionalModuleCodes', 'ownerDirectorateId', 'certifiedOn'];
const AUDIT_FIELDS: (keyof Audit & string)[] = ['kind', 'plannedOn', 'heldOn', 'auditor', 'outcome'];

/** Only what has happened is recorded: a day after today is refused. */
function notInFuture(date: string, field: keyof typeof FIELD_LABELS, today: string): string {
  assertNotAfterToday(date, today, field, FIELD_LABELS[field]);
  return date;
}

const outOfOrder = (message: string, field: string) => new DomainError(ErrorCode.BAD_USER_INPUT, message, field, 'AUDIT_DATES_OUT_OF_ORDER');

/** The optional modules named, each of the referential; mandatory ones apply anyway and are left out. */
async function optionalModules(u: UseCase, referential: Referential, codes: string[]): Promise<string[]> {
  const modules = await u.em.find(ReferentialModule, { referential: referential.id });
  const chosen = [...new Set(codes.map((c) => c.trim().toUpperCase()))];
  const unknown = chosen.filter((code) => !modules.some((m) => m.code === code));
  if (unknown.length) throw badInput(`Module inconnu du référentiel ${referential.name} ${referential.version} : ${unknown.join(', ')}.`, 'optionalModuleCodes');
  return chosen.filter((code) => !modules.find((m) => m.code === code)!.mandatory);
}

/** The owner directorate named (or the caller's), asked to the organization before the transaction. */
export function labellingLookups(c: Caller, input: { ownerDirectorateId?: string | null }): Promise<OrganizationLookups> {
  return c.app.organization.lookups(c.authorization, { directorates: [input.ownerDirectorateId ?? c.identity.directorateId] });
}

/** Q4: the caller's tenant labelled (or preparing its labelling) under a referential still open. */
export async function labelTenant(u: UseCase, input: LabellingInput, org: OrganizationLookups): Promise<Labelling> {
  const tenantId = u.identity.tenantId;
  authorize(u.identity, 'labelling.create', { tenantId });
  const referential = await u.em.findOne(Referential, { id: input.referentialId });
  if (!referential) throw notFound('Référentiel');
  const today = u.clock.today();
  if (referential.closedOn && referential.closedOn <= today) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `Le référentiel ${referential.name} ${referential.version} est clos depuis le ${frenchShortDate(referential.closedOn)} : on ne s’y labellise plus.`, 'referentialId', 'REFERENTIAL_CLOSED');
  }
  if (await u.em.findOne(Labelling, { tenantId, referential: referential.id })) throw conflict(`La labellisation au référentiel ${referential.name} ${referential.version} est déjà enregistrée : modifiez-la.`, 'referentialId');
  const ownerDirectorateId = input.ownerDirectorateId ?? u.identity.directorateId;
  org.assertDirectoratesOfTenant([ownerDirectorateId], tenantId, 'ownerDirectorateId');
  const certifiedOn = optionalIsoDate(input.certifiedOn, 'certifiedOn');
  const labelling = u.em.create(Labelling, {
    tenantId,
    referential,
    optionalModuleCodes: await optionalModules(u, referential, input.optionalModuleCodes ?? []),
    ownerDirectorateId,
    certifiedOn: certifiedOn && notInFuture(certifiedOn, 'certifiedOn', today),
  });
  u.audit({ operation: 'labelTenant', entityType: 'Labelling', entityId: labelling.id, changes: diffSnapshots(null, snapshot(labelling, LABELLING_FIELDS)) });
  return labelling;
}

/** Changes a labelling's modules, owner or certification day (a renewal moves the day on). */
export async function updateLabelling(u: UseCase, id: string, input: Patch<Omit<LabellingInput, 'referentialId'>>, org: OrganizationLookups): Promise<Labelling> {
  const labelling = await findLabelling(u.em, id);
  authorize(u.identity, 'labelling.manage', labelling);
  const before = snapshot(labelling, LABELLING_FIELDS);
  if (input.optionalModuleCodes != null) labelling.optionalModuleCodes = await optionalModules(u, labelling.referential as Referential, input.optionalModuleCodes);
  if (input.ownerDirectorateId != null) {
    org.assertDirectoratesOfTenant([input.ownerDirectorateId], labelling.tenantId, 'ownerDirectorateId');
    labelling.ownerDirectorateId = input.ownerDirectorateId;
  }
  if (input.certifiedOn !== undefined) {
    const certifiedOn = optionalIsoDate(input.certifiedOn, 'certifiedOn');
    labelling.certifiedOn = certifiedOn && notInFuture(certifiedOn, 'certifiedOn', u.clock.today());
  }
  u.audit({ operation: 'updateLabelling', entityType: 'Labelling', entityId: id, changes: diffSnapshots(before, snapshot(labelling, LABELLING_FIELDS)) });
  return labelling;
}

/** An external audit follows the certification it checks: planned after it, never before. */
function assertAfterCertification(labelling: Labelling, kind: AuditKind, date: string, field: 'plannedOn' | 'heldOn') {
  if (kind === AuditKind.CERTIFICATION || kind === AuditKind.INTERNAL) return;
  if (!labelling.certifiedOn) throw outOfOrder(`Un ${AUDIT_KIND_LABELS[kind]} suit la labellisation : enregistrez d’abord la date de labellisation.`, field);
  if (date <= labelling.certifiedOn) throw outOfOrder(`L’${AUDIT_KIND_LABELS[kind]} (${frenchShortDate(date)}) ne peut précéder la labellisation du ${frenchShortDate(labelling.certifiedOn)}.`, field);
}

/** Q4: plans an audit of the labelling's cycle. */
export async function planAudit(u: UseCase, labellingId: string, input: AuditInput): Promise<Audit> {
  const labelling = await findLabelling(u.em, labellingId);
  authorize(u.identity, 'labelling.manage', labelling);
  const plannedOn = isoDate(input.plannedOn, 'plannedOn');
  assertAfterCertification(labelling, input.kind, plannedOn, 'plannedOn');
  const audit = u.em.create(Audit, { tenantId: labelling.tenantId, labelling, kind: input.kind, plannedOn, auditor: optionalText(input.auditor, 'auditor', 200) });
  u.audit({ operation: 'planAudit', entityType: 'Audit', entityId: audit.id, changes: diffSnapshots(null, snapshot(audit, AUDIT_FIELDS)) });
  return audit;
}

/** Records that an audit was held, with what it found. */
export async function recordAudit(u: UseCase, id: string, input: AuditRecord): Promise<Audit> {
  const audit = await u.em.findOne(Audit, { id }, { populate: ['labelling'] });
  if (!audit) throw notFound('Audit');
  const labelling = audit.labelling as Labelling;
  authorize(u.identity, 'labelling.manage', labelling);
  const before = snapshot(audit, AUDIT_FIELDS);
  const heldOn = notInFuture(isoDate(input.heldOn, 'heldOn'), 'heldOn', u.clock.today());
  assertAfterCertification(labelling, audit.kind, heldOn, 'heldOn');
  audit.heldOn = heldOn;
  audit.outcome = optionalText(input.outcome, 'outcome');
  u.audit({ operation: 'recordAudit', entityType: 'Audit', entityId: id, changes: diffSnapshots(before, snapshot(audit, AUDIT_FIELDS)) });
  return audit;
}
