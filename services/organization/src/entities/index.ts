import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { idProperty, tenantIdProperty, tenantPolicies, tenantScoped, timestampProperties } from '@qualipref/server-kit';
import { Role } from '@qualipref/auth';
import { ServiceKind, TenantKind } from '../domain/kinds.js';

/**
 * A préfecture or sous-préfecture. Reference data of the whole platform (not a business row
 * of one tenant): the request role may only read it; it is created by migrations and seeding.
 */
export const Tenant = defineEntity({
  name: 'Tenant',
  tableName: 'tenant',
  properties: {
    id: idProperty(),
    code: p.string().length(40).unique(),
    kind: p.enum(() => TenantKind),
    name: p.string().length(200),
    city: p.string().length(100),
    /** The préfecture a sous-préfecture belongs to. */
    parentId: p.uuid().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type Tenant = InferEntity<typeof Tenant>;

export const Directorate = defineEntity({
  name: 'Directorate',
  tableName: 'directorate',
  ...tenantScoped,
  uniques: [{ properties: ['tenantId', 'code'] }],
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    code: p.string().length(20),
    name: p.string().length(200),
    description: p.text().nullable(),
    active: p.boolean().default(true),
    ...timestampProperties(),
  },
});
export type Directorate = InferEntity<typeof Directorate>;

export const Service = defineEntity({
  name: 'Service',
  tableName: 'service',
  ...tenantScoped,
  uniques: [{ properties: ['tenantId', 'code'] }],
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    directorate: p.manyToOne(Directorate).index(),
    code: p.string().length(20),
    name: p.string().length(200),
    kind: p.enum(() => ServiceKind),
    active: p.boolean().default(true),
    ...timestampProperties(),
  },
});
export type Service = InferEntity<typeof Service>;

/** Session variable set only by sign-in: reveals the one user row with that e-mail address. */
export const SIGN_IN_EMAIL_VARIABLE = 'app.sign_in_email';

export const User = defineEntity({
  name: 'User',
  tableName: 'user',
  policies: [
    ...tenantPolicies(),
    { name: 'sign_in_lookup', command: 'select', using: (c) => `${c.email} = nullif(current_setting('${SIGN_IN_EMAIL_VARIABLE}', true), '')` },
  ],
  rowLevelSecurity: 'force',
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    directorate: p.manyToOne(Directorate).index(),
    service: p.manyToOne(Service).nullable().index(),
    /** Lower-cased; unique across tenants, since sign-in finds the user by it. */
    email: p.string().length(320).unique(),
    displayName: p.string().length(200),
    jobTitle: p.string().length(200).nullable(),
    role: p.enum(() => Role),
    /** Null for users who sign in only through the external identity provider. */
    passwordHash: p.string().length(300).nullable().hidden(),
    active: p.boolean().default(true),
    lastSignInAt: p.datetime().nullable(),
    ...timestampProperties(),
  },
});
export type User = InferEntity<typeof User>;

/** Session variable set only by the refresh path: reveals the one refresh token with that hash. */
export const REFRESH_TOKEN_VARIABLE = 'app.refresh_token_hash';

/**
 * A refresh token of a sign-in session (stored as a hash). Each use replaces it by a new one of
 * the same family; a used one coming back means it was stolen: the whole family is revoked.
 */
export const RefreshToken = defineEntity({
  name: 'RefreshToken',
  tableName: 'refresh_token',
  policies: [...tenantPolicies(), { name: 'refresh_lookup', command: 'select', using: (c) => `${c.tokenHash} = nullif(current_setting('${REFRESH_TOKEN_VARIABLE}', true), '')` }],
  rowLevelSecurity: 'force',
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    user: p.manyToOne(User).index(),
    tokenHash: p.string().length(64).unique(),
    /** The sign-in it descends from. */
    familyId: p.uuid().index(),
    issuedAt: p.datetime(),
    /** End of the session: the same for the whole family, set at sign-in. */
    expiresAt: p.datetime(),
    usedAt: p.datetime().nullable(),
    revokedAt: p.datetime().nullable(),
  },
});
export type RefreshToken = InferEntity<typeof RefreshToken>;

export const entities = [Tenant, Directorate, Service, User, RefreshToken];
