import type { EntityManager } from '@mikro-orm/core';
import { hashOpaqueToken, hashPassword, isOpaqueToken, newOpaqueToken, verifyPassword, type Identity, type IssuedToken, type Role } from '@qualipref/auth';
import { randomUUID } from 'node:crypto';
import { DomainError, ErrorCode, forbidden, recordAudit, recordRefusal, tenantSession } from '@qualipref/server-kit';
import { REFRESH_TOKEN_VARIABLE, RefreshToken, SIGN_IN_EMAIL_VARIABLE, Tenant, User } from '../entities/index.js';
import type { AnonymousAccess, Fork } from './deps.js';
import { normalizeEmail, readableTenantIds } from './rules.js';

// Hash of a random password: verifying against it when the user does not exist takes as long
// as a real check, so the answer time does not tell which e-mail addresses have accounts.
const DECOY_HASH = hashPassword(crypto.randomUUID());

export interface SignInResult extends IssuedToken {
  user: User;
  refreshToken: string;
  refreshExpiresAt: Date;
}

/** A wrong address or password: its own reason, so that the console does not take it for an expired session. */
const badCredentials = () => new DomainError(ErrorCode.UNAUTHENTICATED, 'Adresse électronique ou mot de passe incorrect.', undefined, 'BAD_CREDENTIALS');

const TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS';

const refreshRefused = (reason: string, message = 'Session expirée : connectez-vous de nouveau.') => new DomainError(ErrorCode.UNAUTHENTICATED, message, undefined, reason);

/** The identity a token carries, from the user as stored now (role and directorate changes apply). */
async function identityOf(em: EntityManager, user: User): Promise<Identity> {
  const tenants = await em.find(Tenant, {});
  const own = tenants.find((t) => t.id === user.tenantId);
  if (!own) throw badCredentials();
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

const tenantFork = (fork: Fork, tenantId: string) => fork(tenantSession({ tenantId, readableTenantIds: [tenantId] }));

/** A new refresh token of a family, valid until the family's end. */
function newRefreshToken(em: EntityManager, user: User, familyId: string, expiresAt: Date): { refreshToken: string; refreshExpiresAt: Date } {
  const { token: refreshToken, hash } = newOpaqueToken();
  em.create(RefreshToken, { tenantId: user.tenantId, user, tokenHash: hash, familyId, issuedAt: new Date(), expiresAt, usedAt: null, revokedAt: null });
  return { refreshToken, refreshExpiresAt: expiresAt };
}

/**
 * The active account the password opens among those with the address (one per tenant at most;
 * the oldest when the same password opens several). Every candidate's password is checked, a
 * decoy when there is none, so that an unknown address costs what a known one does; with the
 * accounts of the address, whose trails record a failure.
 */
async function accountOf(lookup: EntityManager, address: string, password: string): Promise<{ opened: User | null; holders: User[] }> {
  const holders = await lookup.find(User, { email: address }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  let opened: User | null = null;
  for (const holder of holders.length ? holders : [null]) {
    const valid = await verifyPassword(password, holder?.passwordHash ?? (await DECOY_HASH));
    if (valid && holder?.active && holder.passwordHash && !opened) opened = holder;
  }
  return { opened, holders };
}

/** Signs a user in with e-mail and password: a short-lived platform token and a refresh token. */
export async function signIn({ fork, app, requestId, log, clientAddress }: AnonymousAccess, email: string, password: string): Promise<SignInResult> {
  if (!app.passwordSignIn) throw forbidden("La connexion par mot de passe est désactivée : connectez-vous par le fournisseur d'identité.");
  const address = normalizeEmail(email);
  // Each attempt takes its place before its password is checked, so that a burst, a batch or
  // several replicas cannot have more checked than the limits allow.
  await app.limiter.check('signIn.address', clientAddress, app.signInLimits.address, (delay) => `Trop de tentatives de connexion depuis ce poste : réessayez dans ${delay}.`, TOO_MANY_ATTEMPTS);
  await app.limiter.check('signIn.account', address, app.signInLimits.account, (delay) => `Trop de tentatives de connexion pour cette adresse : réessayez dans ${delay}.`, TOO_MANY_ATTEMPTS);
  const lookup = fork({ [SIGN_IN_EMAIL_VARIABLE]: address });
  const { opened: user, holders } = await accountOf(lookup, address, password);
  if (!user) {
    // Each account of the address gets the failure in its tenant's trail (an unknown address has
    // none). Not awaited: the answer must take as long whether the address has an account or not.
    for (const holder of holders) {
      const refusal = { tenantId: holder.tenantId, userId: holder.id, userEmail: holder.email, operation: 'signIn', entityType: 'User', entityId: holder.id, reason: 'BAD_CREDENTIALS', requestId };
      recordRefusal(tenantFork(fork, holder.tenantId), refusal).catch((error: unknown) => log.error({ err: error }, 'refused sign-in not audited'));
    }
    throw badCredentials();
  }
  // Only failures count against the account.
  await app.limiter.giveBack('signIn.account', address, app.signInLimits.account);
  const identity = await identityOf(lookup, user);
  const issued = await app.issuer.issue(identity);

  const em = fork(tenantSession(identity));
  const refresh = await em.transactional(async (tx) => {
    const signedIn = await tx.findOneOrFail(User, { id: user.id });
    signedIn.lastSignInAt = new Date();
    recordAudit(tx, identity, requestId, { operation: 'signIn', entityType: 'User', entityId: identity.userId, changes: [] });
    return newRefreshToken(tx, signedIn, randomUUID(), new Date(Date.now() + app.sessionSeconds * 1000));
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
export async function refreshSession({ fork, app }: AnonymousAccess, refreshToken: string): Promise<SignInResult> {
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
  return { ...(await app.issuer.issue(identity)), ...refresh, user };
}

/** Ends the session a refresh token belongs to (every token of its family). */
export async function signOut({ fork }: AnonymousAccess, refreshToken: string): Promise<boolean> {
  const token = await findRefreshToken(fork, refreshToken);
  if (token) await revokeFamily(fork, token);
  return true;
}
