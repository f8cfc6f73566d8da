import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { idProperty, tenantIdProperty, tenantPolicies } from '@qualipref/server-kit';

/** Session variable set only on the kiosk path: reveals the one device with that token hash. */
export const DEVICE_TOKEN_VARIABLE = 'app.device_token_hash';

/** A hall tablet allowed to submit anonymous answers; its token is stored only as a hash. */
export const KioskDevice = defineEntity({
  name: 'KioskDevice',
  tableName: 'kiosk_device',
  policies: [...tenantPolicies(), { name: 'device_lookup', command: 'select', using: (c) => `${c.tokenHash} = nullif(current_setting('${DEVICE_TOKEN_VARIABLE}', true), '')` }],
  rowLevelSecurity: 'force',
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    name: p.string().length(200),
    tokenHash: p.string().length(64).unique(),
    issuedAt: p.datetime(),
    issuedBy: p.uuid(),
    revokedAt: p.datetime().nullable(),
    revokedBy: p.uuid().nullable(),
    lastSeenAt: p.datetime().nullable(),
  },
});
export type KioskDevice = InferEntity<typeof KioskDevice>;
