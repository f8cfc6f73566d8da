import type { EntityManager } from '@mikro-orm/core';
import { hashPassword, type Identity, type Role } from '@qualipref/auth';
import { badInput, changedFields, conflict, notFound } from '@qualipref/server-kit';
import { RefreshToken, User, type Service } from '../entities/index.js';
import type { UseCase } from './deps.js';
import { directorateOfTenant, serviceOfTenant } from './directorates.js';
import { authorize } from './policy.js';
import { checkPassword, normalizeEmail } from './rules.js';
import { optionalText, requiredText } from './labels.js';

export interface UserInput {
  email?: string | null;
  displayName?: string | null;
  jobTitle?: string | null;
  directorateId?: string | null;
  serviceId?: string | null;
  role?: Role | null;
  active?: boolean | null;
  password?: string | null;
}

const USER_FIELDS = ['email', 'displayName', 'jobTitle', 'role', 'active', 'directorate', 'service'];
const userSnapshot = (u: User) => ({
  email: u.email,
  displayName: u.displayName,
  jobTitle: u.jobTitle,
  role: u.role,
  active: u.active,
  directorate: u.directorate.id,
  service: u.service?.id ?? null,
});

/**
 * An address is unique within a tenant, not across tenants: whether another tenant has it is
 * nobody's business here, so creating or renaming a user answers the same for an address that
 * another tenant uses as for one that nobody does. Read in the tenant's own session.
 */
async function assertFreeEmail(em: EntityManager, tenantId: string, email: string, exceptId?: string) {
  const holder = await em.findOne(User, { tenantId, email });
  if (holder && holder.id !== exceptId) throw conflict('Cette adresse électronique est déjà celle d’un utilisateur de votre préfecture ou sous-préfecture.', 'email');
}

async function placeUser(em: EntityManager, identity: Identity, user: Pick<User, 'directorate' | 'service'>, input: UserInput) {
  if (input.directorateId != null) user.directorate = await directorateOfTenant(em, identity, input.directorateId);
  if (input.serviceId !== undefined) user.service = input.serviceId === null ? null : await serviceOfTenant(em, identity, input.serviceId);
  if (user.service && user.service.directorate.id !== user.directorate.id) {
    throw badInput("Le service choisi n'appartient pas à la direction de l'utilisateur.", 'serviceId');
  }
}

/** Creates a user of the administrator's tenant. */
export async function createUser({ em, identity, audit }: UseCase, input: UserInput & { email: string; displayName: string; directorateId: string; role: Role }): Promise<User> {
  authorize(identity, 'organization.manage', { tenantId: identity.tenantId });
  const email = normalizeEmail(input.email);
  await assertFreeEmail(em, identity.tenantId, email);
  const placement = { directorate: await directorateOfTenant(em, identity, input.directorateId), service: null as Service | null };
  await placeUser(em, identity, placement, { serviceId: input.serviceId });
  const user = em.create(User, {
    tenantId: identity.tenantId,
    email,
    displayName: requiredText(input.displayName, 'displayName', 200),
    jobTitle: optionalText(input.jobTitle, 'jobTitle', 200),
    role: input.role,
    active: true,
    passwordHash: input.password ? await hashPassword(checkPassword(input.password)) : null,
    ...placement,
  });
  audit({ operation: 'createUser', entityType: 'User', entityId: user.id, changes: changedFields(null, userSnapshot(user), USER_FIELDS as never) });
  return user;
}

/** Changes a user of the administrator's tenant. */
export async function updateUser({ em, identity, audit }: UseCase, id: string, input: UserInput): Promise<User> {
  authorize(identity, 'organization.manage', { tenantId: identity.tenantId });
  const user = await em.findOne(User, { id });
  if (!user) throw notFound('Utilisateur');
  authorize(identity, 'organization.manage', user);
  const before = userSnapshot(user);
  if (input.email != null) {
    const email = normalizeEmail(input.email);
    await assertFreeEmail(em, user.tenantId, email, id);
    user.email = email;
  }
  if (input.displayName != null) user.displayName = requiredText(input.displayName, 'displayName', 200);
  if (input.jobTitle !== undefined) user.jobTitle = optionalText(input.jobTitle, 'jobTitle', 200);
  if (input.role != null) user.role = input.role;
  if (input.active != null) {
    if (id === identity.userId && !input.active) throw badInput('Vous ne pouvez pas désactiver votre propre compte.', 'active');
    user.active = input.active;
    // A deactivated account loses its open sessions at once, not when their refresh tokens expire.
    if (!input.active) await em.nativeUpdate(RefreshToken, { user: user.id, revokedAt: null }, { revokedAt: new Date() });
  }
  await placeUser(em, identity, user, input);
  const changes = changedFields(before, userSnapshot(user), USER_FIELDS as never);
  if (input.password != null) {
    user.passwordHash = await hashPassword(checkPassword(input.password));
    changes.push({ field: 'password', from: null, to: '[changed]' });
  }
  audit({ operation: 'updateUser', entityType: 'User', entityId: id, changes });
  return user;
}

