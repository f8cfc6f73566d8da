import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { idProperty, tenantIdProperty, tenantScoped, timestampProperties } from '@qualipref/server-kit';
import { Civility, PanelKind, PanelOffice } from '../domain/enums.js';

/** Who a campaign asks: the users in the hall, the mayors and EPCI presidents of an arrondissement, any list. */
export const Panel = defineEntity({
  name: 'Panel',
  tableName: 'panel',
  ...tenantScoped,
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    name: p.string().length(200),
    kind: p.enum(() => PanelKind),
    description: p.text().nullable(),
    ...timestampProperties(),
  },
});
export type Panel = InferEntity<typeof Panel>;

/** A person of a listed panel, invited by e-mail (a mayor, an EPCI president…). */
export const PanelMember = defineEntity({
  name: 'PanelMember',
  tableName: 'panel_member',
  ...tenantScoped,
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    panel: p.manyToOne(Panel).index(),
    name: p.string().length(200),
    /** The commune, EPCI or association they speak for. */
    organization: p.string().length(200),
    position: p.string().length(200),
    /** Madame or Monsieur, when known: the invitation's greeting follows it. */
    civility: p.enum(() => Civility).nullable(),
    /** The office the greeting names (« Monsieur le Maire »), when it is one. */
    office: p.enum(() => PanelOffice).nullable(),
    email: p.string().length(320).nullable(),
    active: p.boolean().default(true),
    ...timestampProperties(),
  },
});
export type PanelMember = InferEntity<typeof PanelMember>;
