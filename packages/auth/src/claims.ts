import { isRole, type Identity } from './roles.js';
import { TokenError } from './errors.js';

/**
 * Platform claims carried by a token besides the registered ones (sub, iss, aud, exp).
 * An external OpenID Connect issuer must map the same claims for its tokens to be accepted.
 */
export interface PlatformClaims {
  sub: string;
  email: string;
  name: string;
  tenant_id: string;
  directorate_id: string;
  role: string;
  readable_tenant_ids: string[];
  /** The client id of a service identity; absent for a person. */
  service?: string;
}

export function identityToClaims(identity: Identity): PlatformClaims {
  return {
    sub: identity.userId,
    email: identity.email,
    name: identity.name,
    tenant_id: identity.tenantId,
    directorate_id: identity.directorateId,
    role: identity.role,
    readable_tenant_ids: identity.readableTenantIds,
    ...(identity.service ? { service: identity.service } : {}),
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function claimsToIdentity(payload: Record<string, unknown>): Identity {
  const { sub, email, name, tenant_id, directorate_id, role, readable_tenant_ids, service } = payload;
  const ids = [sub, tenant_id, directorate_id];
  if (!ids.every((id) => typeof id === 'string' && UUID.test(id))) {
    throw new TokenError('INVALID', 'Jeton d’authentification incomplet : il ne porte pas l’identité attendue par la plateforme.');
  }
  if (!isRole(role)) throw new TokenError('INVALID', 'Jeton d’authentification non reconnu : rôle inconnu.');
  const readable = Array.isArray(readable_tenant_ids) ? readable_tenant_ids : [];
  if (!readable.every((id) => typeof id === 'string' && UUID.test(id))) {
    throw new TokenError('INVALID', 'Jeton d’authentification non reconnu : liste des préfectures consultables mal formée.');
  }
  const tenantId = tenant_id as string;
  if (service !== undefined) {
    if (typeof service !== 'string' || !service) throw new TokenError('INVALID', 'Jeton d’authentification non reconnu : identité de service mal formée.');
    // A service identity reads for its own tenant only, whatever an issuer put in its token.
    if (readable.some((id) => id !== tenantId)) throw new TokenError('INVALID', 'Jeton d’authentification non reconnu : une identité de service ne lit que sa propre préfecture ou sous-préfecture.');
  }
  return {
    userId: sub as string,
    tenantId,
    directorateId: directorate_id as string,
    role,
    readableTenantIds: readable.includes(tenantId) ? (readable as string[]) : [tenantId, ...(readable as string[])],
    email: typeof email === 'string' ? email : '',
    name: typeof name === 'string' ? name : '',
    ...(typeof service === 'string' ? { service } : {}),
  };
}
