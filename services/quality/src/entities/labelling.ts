import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { idProperty, tenantIdProperty, tenantScoped, timestampProperties } from '@qualipref/server-kit';
import { AuditKind } from '../domain/enums.js';
import { Referential } from './referentials.js';

/** A tenant labelled, or preparing its labelling, under a referential, with the modules it chose (Q4). */
export const Labelling = defineEntity({
  name: 'Labelling',
  tableName: 'labelling',
  ...tenantScoped,
  uniques: [{ properties: ['tenantId', 'referential'] }],
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    referential: p.manyToOne(Referential).index(),
    /** The optional modules chosen; the mandatory ones always apply. */
    optionalModuleCodes: p.array<string>().default([]),
    /** The directorate that steers the label (DRMM / MACAP at the préfecture, the secretariat at a sous-préfecture). */
    ownerDirectorateId: p.uuid().index(),
    /** Day the label was granted or last renewed; null while the first certification is prepared. */
    certifiedOn: p.date().nullable(),
    ...timestampProperties(),
  },
});
export type Labelling = InferEntity<typeof Labelling>;

/** An audit of a labelling's cycle, planned then held. */
export const Audit = defineEntity({
  name: 'Audit',
  tableName: 'audit',
  ...tenantScoped,
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    labelling: p.manyToOne(Labelling).index(),
    kind: p.enum(() => AuditKind),
    plannedOn: p.date(),
    heldOn: p.date().nullable(),
    /** Who audits: the certification body, or the internal auditors. */
    auditor: p.string().length(200).nullable(),
    /** What the audit found, in a few lines; the report itself is evidence. */
    outcome: p.text().nullable(),
    ...timestampProperties(),
  },
});
export type Audit = InferEntity<typeof Audit>;
