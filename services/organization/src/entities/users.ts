import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { idProperty, tenantIdProperty, tenantPolicies, timestampProperties } from '@qualipref/server-kit';
import { Role } from '@qualipref/auth';
import { Directorate, Service } from './directorates.js';

/** Session variable set only by sign-in: reveals the user rows with that e-mail address (one per tenant at most). */
export const SIGN_IN_EMAIL_VARIABLE = 'app.sign_in_email';

export const User = defineEntity({
  name: 'User',
  tableName: 'user',
  policies: [
    ...tenantPolicies(),
    { name: 'sign_in_lookup', command: 'select', using: (c) => `${c.email} = nullif(current_setting('${SIGN_IN_EMAIL_VARIABLE}', true), '')` },
  ],
  rowLevelSecurity: 'force',
  uniques: [{ properties: ['tenantId', 'email'] }],
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    directorate: p.manyToOne(Directorate).index(),
    service: p.manyToOne(Service).nullable().index(),
    /** Lower-cased; unique within the tenant: an address used in another tenant is no one's business here. */
    email: p.string().length(320).index(),
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
