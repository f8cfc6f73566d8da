import type { EntityManager } from '@mikro-orm/core';
import type { Identity } from '@qualipref/auth';
import { changedFields, conflict, notFound } from '@qualipref/server-kit';
import { Directorate, Service } from '../entities/index.js';
import type { UseCase } from './deps.js';
import type { ServiceKind } from './kinds.js';
import { authorize } from './policy.js';
import { normalizeCode } from './rules.js';
import { optionalText, requiredText } from './labels.js';

export async function directorateOfTenant(em: EntityManager, identity: Identity, id: string): Promise<Directorate> {
  const directorate = await em.findOne(Directorate, { id });
  if (!directorate) throw notFound('Direction');
  authorize(identity, 'organization.manage', directorate);
  return directorate;
}

export async function serviceOfTenant(em: EntityManager, identity: Identity, id: string): Promise<Service> {
  const service = await em.findOne(Service, { id });
  if (!service) throw notFound('Service');
  authorize(identity, 'organization.manage', service);
  return service;
}

async function assertFreeCode(em: EntityManager, entity: typeof Directorate | typeof Service, tenantId: string, code: string, exceptId?: string) {
  const clash = await em.findOne(entity as typeof Directorate, { tenantId, code });
  if (clash && clash.id !== exceptId) throw conflict(`Le sigle ${code} est déjà utilisé.`, 'code');
}

export interface DirectorateInput {
  code?: string | null;
  name?: string | null;
  description?: string | null;
  active?: boolean | null;
}

const DIRECTORATE_FIELDS: (keyof Directorate & string)[] = ['code', 'name', 'description', 'active'];

export async function createDirectorate({ em, identity, audit }: UseCase, input: DirectorateInput & { code: string; name: string }): Promise<Directorate> {
  authorize(identity, 'organization.manage', { tenantId: identity.tenantId });
  const code = normalizeCode(input.code);
  await assertFreeCode(em, Directorate, identity.tenantId, code);
  const directorate = em.create(Directorate, {
    tenantId: identity.tenantId,
    code,
    name: requiredText(input.name, 'name', 200),
    description: optionalText(input.description, 'description', 2000),
    active: true,
  });
  audit({ operation: 'createDirectorate', entityType: 'Directorate', entityId: directorate.id, changes: changedFields(null, directorate, DIRECTORATE_FIELDS) });
  return directorate;
}

export async function updateDirectorate({ em, identity, audit }: UseCase, id: string, input: DirectorateInput): Promise<Directorate> {
  authorize(identity, 'organization.manage', { tenantId: identity.tenantId });
  const directorate = await directorateOfTenant(em, identity, id);
  const before = { ...directorate };
  if (input.code != null) {
    const code = normalizeCode(input.code);
    await assertFreeCode(em, Directorate, identity.tenantId, code, id);
    directorate.code = code;
  }
  if (input.name != null) directorate.name = requiredText(input.name, 'name', 200);
  if (input.description !== undefined) directorate.description = optionalText(input.description, 'description', 2000);
  if (input.active != null) directorate.active = input.active;
  audit({ operation: 'updateDirectorate', entityType: 'Directorate', entityId: id, changes: changedFields(before, directorate, DIRECTORATE_FIELDS) });
  return directorate;
}

export interface ServiceInput {
  directorateId?: string | null;
  code?: string | null;
  name?: string | null;
  kind?: ServiceKind | null;
  active?: boolean | null;
}

const SERVICE_FIELDS = ['code', 'name', 'kind', 'active', 'directorate'];
const serviceSnapshot = (s: Service) => ({ code: s.code, name: s.name, kind: s.kind, active: s.active, directorate: s.directorate.id });

export async function createService(
  { em, identity, audit }: UseCase,
  input: ServiceInput & { directorateId: string; code: string; name: string; kind: ServiceKind },
): Promise<Service> {
  authorize(identity, 'organization.manage', { tenantId: identity.tenantId });
  const directorate = await directorateOfTenant(em, identity, input.directorateId);
  const code = normalizeCode(input.code);
  await assertFreeCode(em, Service, identity.tenantId, code);
  const service = em.create(Service, { tenantId: identity.tenantId, directorate, code, name: requiredText(input.name, 'name', 200), kind: input.kind, active: true });
  audit({ operation: 'createService', entityType: 'Service', entityId: service.id, changes: changedFields(null, serviceSnapshot(service), SERVICE_FIELDS as never) });
  return service;
}

export async function updateService({ em, identity, audit }: UseCase, id: string, input: ServiceInput): Promise<Service> {
  authorize(identity, 'organization.manage', { tenantId: identity.tenantId });
  const service = await serviceOfTenant(em, identity, id);
  const before = serviceSnapshot(service);
  if (input.directorateId != null) service.directorate = await directorateOfTenant(em, identity, input.directorateId);
  if (input.code != null) {
    const code = normalizeCode(input.code);
    await assertFreeCode(em, Service, identity.tenantId, code, id);
    service.code = code;
  }
  if (input.name != null) service.name = requiredText(input.name, 'name', 200);
  if (input.kind != null) service.kind = input.kind;
  if (input.active != null) service.active = input.active;
  audit({ operation: 'updateService', entityType: 'Service', entityId: id, changes: changedFields(before, serviceSnapshot(service), SERVICE_FIELDS as never) });
  return service;
}
