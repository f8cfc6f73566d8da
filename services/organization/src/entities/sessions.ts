import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { idProperty, tenantIdProperty, tenantPolicies } from '@qualipref/server-kit';
import { User } from './users.js';


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
