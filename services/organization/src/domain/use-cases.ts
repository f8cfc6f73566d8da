import type { EntityManager } from '@mikro-orm/core';
import { hashOpaqueToken, hashPassword, isOpaqueToken, newOpaqueToken, verifyPassword, type Identity, type IssuedToken, type LocalIssuer, type Role } from '@qualipref/auth';
import { randomUUID } from 'node:crypto';
import { DomainError, ErrorCode, badInput, changedFields, conflict, notFound, optionalText, recordAudit, requiredText, unauthenticated, type AuditInput } from '@qualipref/server-kit';
import { Directorate, REFRESH_TOKEN_VARIABLE, RefreshToken, Service, SIGN_IN_EMAIL_VARIABLE, Tenant, User } from '../entities/index.js';
import type { ServiceKind } from './kinds.js';
import type { SignInThrottle } from './throttle.js';
import {
  assertCanManageOrganization,
  assertOwnTenant,
  checkPassword,
  normalizeCode,
  normalizeEmail,
  readableTenantIds,
} from './rules.js';

type Audit = (entry: AuditInput) => void;
type Fork = (variables?: Record<string, string>) => EntityManager;

// Hash of a random password: verifying against it when the user does not exist takes as long
// as a real check, so the answer time does not tell which e-mail addresses have accounts.
const DECOY_HASH = hashPassword(crypto.randomUUID());

export interface SignInResult extends IssuedToken {
  user: User;
  refreshToken: string;
  refreshExpiresAt: Date;
}

export interface SessionSettings {
  issuer: LocalIssuer;
  throttle: SignInThrottle;
  /** How long a sign-in session lasts, refreshes included. */
  sessionSeconds: number;
}

const refreshRefused = (reason: string, message = 'Session expirée : connectez-vous de nouveau.') => new DomainError(ErrorCode.UNAUTHENTICATED, message, undefined, reason);

/** The identity a token carries, from the user as stored now (role and directorate changes apply). */
async function identityOf(em: EntityManager, user: User): Promise<Identity> {
  const tenants = await em.find(Tenant, {});
  const own = tenants.find((t) => t.id === user.tenantId);
  if (!own) throw unauthenticated('Adresse électronique ou mot de passe incorrect.');
  return {
    userId: user.id,
    tenantId: user.tenantId,
    directorateId: user.directorate.id,
    role: user.role as Role,
    readableTenantIds: readableTenantIds(own, user.role as Role, tenants),
    email: user.email,
    name: user.displayName,
  };
}

const tenantFork = (fork: Fork, tenantId: string) => fork({ 'app.tenant_id': tenantId, 'app.readable_tenants': tenantId });

/** A new refresh token of a family, valid until the family's end. */
function newRefreshToken(em: EntityManager, user: User, familyId: string, expiresAt: Date): { refreshToken: string; refreshExpiresAt: Date } {
  const { token: refreshToken, hash } = newOpaqueToken();
  em.create(RefreshToken, { tenantId: user.tenantId, user, tokenHash: hash, familyId, issuedAt: new Date(), expiresAt, usedAt: null, revokedAt: null });
  return { refreshToken, refreshExpiresAt: expiresAt };
}

/** Signs a user in with e-mail and password: a short-lived platform token and a refresh token. */
export async function signIn(fork: Fork, settings: SessionSettings, email: string, password: string, requestId: string): Promise<SignInResult> {
  const address = normalizeEmail(email);
  settings.throttle.assertAllowed(address);
  const lookup = fork({ [SIGN_IN_EMAIL_VARIABLE]: address });
  const user = await lookup.findOne(User, { email: address });
  const valid = await verifyPassword(password, user?.passwordHash ?? (await DECOY_HASH));
  if (!user || !user.active || !user.passwordHash || !valid) {
    settings.throttle.recordFailure(address);
    throw unauthenticated('Adresse électronique ou mot de passe incorrect.');
  }
  settings.throttle.recordSuccess(address);
  const identity = await identityOf(lookup, user);
  const issued = await settings.issuer.issue(identity);

  const em = fork({ 'app.tenant_id': identity.tenantId, 'app.readable_tenants': identity.readableTenantIds.join(',') });
  const refresh = await em.transactional(async (tx) => {
    const signedIn = await tx.findOneOrFail(User, { id: user.id });
    signedIn.lastSignInAt = new Date();
    recordAudit(tx, identity, requestId, { operation: 'signIn', entityType: 'User', entityId: identity.userId, changes: [] });
    return newRefreshToken(tx, signedIn, randomUUID(), new Date(Date.now() + settings.sessionSeconds * 1000));
  });
  return { ...issued, ...refresh, user };
}

/** The refresh token a client sends, if it is one of ours. */
async function findRefreshToken(fork: Fork, refreshToken: string): Promise<RefreshToken | null> {
  if (!isOpaqueToken(refreshToken)) return null;
  const hash = hashOpaqueToken(refreshToken);
  return fork({ [REFRESH_TOKEN_VARIABLE]: hash }).findOne(RefreshToken, { tokenHash: hash });
}

async function revokeFamily(fork: Fork, token: RefreshToken): Promise<void> {
  await tenantFork(fork, token.tenantId).nativeUpdate(RefreshToken, { familyId: token.familyId, revokedAt: null }, { revokedAt: new Date() });
}

/**
 * Trades a refresh token for a new platform token and a new refresh token of the same session;
 * the one sent can never be used again. A reused token revokes the whole session.
 */
export async function refreshSession(fork: Fork, settings: SessionSettings, refreshToken: string): Promise<SignInResult> {
  const token = await findRefreshToken(fork, refreshToken);
  if (!token) throw refreshRefused('REFRESH_UNKNOWN');
  if (token.revokedAt || token.expiresAt.getTime() <= Date.now()) throw refreshRefused('REFRESH_EXPIRED');
  if (token.usedAt) {
    await revokeFamily(fork, token);
    throw refreshRefused('REFRESH_REUSED', 'Cette session a été fermée par sécurité (jeton déjà utilisé) : connectez-vous de nouveau.');
  }
  const em = tenantFork(fork, token.tenantId);
  const user = await em.findOne(User, { id: token.user.id });
  if (!user || !user.active) {
    await revokeFamily(fork, token);
    throw refreshRefused('REFRESH_EXPIRED');
  }
  const identity = await identityOf(em, user);
  const refresh = await em.transactional(async (tx) => {
    // Marking the token used only if it is still unused: two refreshes at once cannot both pass.
    const marked = await tx.nativeUpdate(RefreshToken, { id: token.id, usedAt: null, revokedAt: null }, { usedAt: new Date() });
    if (marked === 0) throw refreshRefused('REFRESH_REUSED', 'Cette session a été fermée par sécurité (jeton déjà utilisé) : connectez-vous de nouveau.');
    return newRefreshToken(tx, user, token.familyId, token.expiresAt);
  });
  return { ...(await settings.issuer.issue(identity)), ...refresh, user };
}

/** Ends the session a refresh token belongs to (every token of its family). */
export async function signOut(fork: Fork, refreshToken: string): Promise<boolean> {
  const token = await findRefreshToken(fork, refreshToken);
  if (token) await revokeFamily(fork, token);
  return true;
}

async function directorateOfTenant(em: EntityManager, identity: Identity, id: string): Promise<Directorate> {
  const directorate = await em.findOne(Directorate, { id });
  if (!directorate) throw notFound('Direction');
  assertOwnTenant(identity, directorate.tenantId);
  return directorate;
}

async function serviceOfTenant(em: EntityManager, identity: Identity, id: string): Promise<Service> {
  const service = await em.findOne(Service, { id });
  if (!service) throw notFound('Service');
  assertOwnTenant(identity, service.tenantId);
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

export async function createDirectorate(em: EntityManager, identity: Identity, audit: Audit, input: DirectorateInput & { code: string; name: string }): Promise<Directorate> {
  assertCanManageOrganization(identity);
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

export async function updateDirectorate(em: EntityManager, identity: Identity, audit: Audit, id: string, input: DirectorateInput): Promise<Directorate> {
  assertCanManageOrganization(identity);
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
  em: EntityManager,
  identity: Identity,
  audit: Audit,
  input: ServiceInput & { directorateId: string; code: string; name: string; kind: ServiceKind },
): Promise<Service> {
  assertCanManageOrganization(identity);
  const directorate = await directorateOfTenant(em, identity, input.directorateId);
  const code = normalizeCode(input.code);
  await assertFreeCode(em, Service, identity.tenantId, code);
  const service = em.create(Service, { tenantId: identity.tenantId, directorate, code, name: requiredText(input.name, 'name', 200), kind: input.kind, active: true });
  audit({ operation: 'createService', entityType: 'Service', entityId: service.id, changes: changedFields(null, serviceSnapshot(service), SERVICE_FIELDS as never) });
  return service;
}

export async function updateService(em: EntityManager, identity: Identity, audit: Audit, id: string, input: ServiceInput): Promise<Service> {
  assertCanManageOrganization(identity);
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

async function assertFreeEmail(fork: Fork, email: string, exceptId?: string) {
  // E-mail addresses are unique across tenants: look the address up as sign-in does.
  const clash = await fork({ [SIGN_IN_EMAIL_VARIABLE]: email }).findOne(User, { email });
  if (clash && clash.id !== exceptId) throw conflict('Cette adresse électronique est déjà utilisée.', 'email');
}

async function placeUser(em: EntityManager, identity: Identity, user: Pick<User, 'directorate' | 'service'>, input: UserInput) {
  if (input.directorateId != null) user.directorate = await directorateOfTenant(em, identity, input.directorateId);
  if (input.serviceId !== undefined) user.service = input.serviceId === null ? null : await serviceOfTenant(em, identity, input.serviceId);
  if (user.service && user.service.directorate.id !== user.directorate.id) {
    throw badInput("Le service choisi n'appartient pas à la direction de l'utilisateur.", 'serviceId');
  }
}

export async function createUser(
  em: EntityManager,
  fork: Fork,
  identity: Identity,
  audit: Audit,
  input: UserInput & { email: string; displayName: string; directorateId: string; role: Role },
): Promise<User> {
  assertCanManageOrganization(identity);
  const email = normalizeEmail(input.email);
  await assertFreeEmail(fork, email);
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

export async function updateUser(em: EntityManager, fork: Fork, identity: Identity, audit: Audit, id: string, input: UserInput): Promise<User> {
  assertCanManageOrganization(identity);
  const user = await em.findOne(User, { id });
  if (!user) throw notFound('Utilisateur');
  assertOwnTenant(identity, user.tenantId);
  const before = userSnapshot(user);
  if (input.email != null) {
    const email = normalizeEmail(input.email);
    await assertFreeEmail(fork, email, id);
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
