import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { idProperty, tenantIdProperty, tenantPolicies } from '@qualipref/server-kit';
import { Campaign } from './campaigns.js';
import { PanelMember } from './panels.js';

/** Session variable set only on the invitation path: reveals the one invitation with that token hash. */
export const INVITATION_TOKEN_VARIABLE = 'app.invitation_token_hash';

/**
 * A personal single-use link sent to a panel member. The response it gives is not linked to it,
 * so answers stay anonymous: only the fact of having answered is kept (for reminders and the rate).
 */
export const Invitation = defineEntity({
  name: 'Invitation',
  tableName: 'invitation',
  policies: [...tenantPolicies(), { name: 'invitation_lookup', command: 'select', using: (c) => `${c.tokenHash} = nullif(current_setting('${INVITATION_TOKEN_VARIABLE}', true), '')` }],
  rowLevelSecurity: 'force',
  uniques: [{ properties: ['campaign', 'member'] }],
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    campaign: p.manyToOne(Campaign),
    member: p.manyToOne(PanelMember).index(),
    tokenHash: p.string().length(64).unique(),
    /** An invitation exists once its first message was accepted by the SMTP server. */
    sentAt: p.datetime(),
    reminderCount: p.integer().default(0),
    lastRemindedAt: p.datetime().nullable(),
    respondedAt: p.datetime().nullable(),
  },
});
export type Invitation = InferEntity<typeof Invitation>;
