import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { ImportIssue } from '@qualipref/csv';
import { idProperty, tenantIdProperty, tenantScoped } from '@qualipref/server-kit';

/** A GED import that was kept: what was read, created, skipped and refused. */
export const GedImport = defineEntity({
  name: 'GedImport',
  tableName: 'ged_import',
  ...tenantScoped,
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    importedAt: p.datetime().index(),
    importedBy: p.uuid(),
    fileName: p.string().length(300).nullable(),
    rowCount: p.integer(),
    created: p.integer(),
    unchanged: p.integer(),
    rejected: p.integer(),
    /** The import's issues, as its report gave them. */
    problems: p.json<ImportIssue[]>(),
  },
});
export type GedImport = InferEntity<typeof GedImport>;
