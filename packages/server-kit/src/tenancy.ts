import { randomUUID } from 'node:crypto';
import { p, type PolicyDef } from '@mikro-orm/core';
import type { Identity } from '@qualipref/auth';

/** Session variables that the tenant policies read (set with `set local` in each transaction). */
export const TENANT_VARIABLE = 'app.tenant_id';
export const READABLE_TENANTS_VARIABLE = 'app.readable_tenants';

// The settings are read in scalar subqueries, which PostgreSQL evaluates once per statement (an
// InitPlan) instead of once per row: scanning 100,000 rows stays cheap. The aliases are the ones
// PostgreSQL gives them back, so that the schema diff recognizes the policies it reads back.
const ownTenant = (column: string) => `${column} = (select nullif(current_setting('${TENANT_VARIABLE}', true), '')::uuid as nullif)`;
const readableTenant = (column: string) =>
  `${column} = any((select string_to_array(nullif(current_setting('${READABLE_TENANTS_VARIABLE}', true), ''), ',') as string_to_array)::uuid[])`;

/**
 * The one tenant policy every tenant table uses: rows of the readable tenants can be read,
 * rows are written only in the identity's own tenant. Declared on the entities, so the
 * generated migrations carry it, and forced, so even the tables' owner is subject to it.
 */
export function tenantPolicies(column = 'tenantId'): PolicyDef[] {
  const col = (columns: Record<string, string>) => columns[column] ?? column;
  return [
    { name: 'tenant_read', command: 'select', using: (c) => readableTenant(col(c)) },
    { name: 'tenant_insert', command: 'insert', check: (c) => ownTenant(col(c)) },
    { name: 'tenant_update', command: 'update', using: (c) => ownTenant(col(c)), check: (c) => ownTenant(col(c)) },
    { name: 'tenant_delete', command: 'delete', using: (c) => ownTenant(col(c)) },
  ];
}

/** Entity options shared by every tenant table: the policies, forced row-level security. */
export const tenantScoped = { policies: tenantPolicies(), rowLevelSecurity: 'force' as const };

/** The primary key of every table: a UUID made by the application. */
export const idProperty = () => p.uuid().primary().onCreate(() => randomUUID());

/** When a row was created and last changed. */
export const timestampProperties = () => ({
  createdAt: p.datetime().onCreate(() => new Date()),
  updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
});

/** The `tenant_id` column every business row carries. */
export const tenantIdProperty = () => p.uuid().index();

/** Session state that applies an identity to the database. */
export function tenantSession(identity: Pick<Identity, 'tenantId' | 'readableTenantIds'> | null, extra: Record<string, string> = {}) {
  return {
    [TENANT_VARIABLE]: identity?.tenantId ?? '',
    [READABLE_TENANTS_VARIABLE]: identity ? identity.readableTenantIds.join(',') : '',
    ...extra,
  };
}


/**
 * The whole session a request runs under: the tenant variables and the request role, all set by
 * one `select set_config(…)` at the start of each transaction (`role` is a setting like the others).
 */
export function requestSession(identity: Pick<Identity, 'tenantId' | 'readableTenantIds'> | null, appRole: string, extra: Record<string, string> = {}) {
  return { variables: { ...tenantSession(identity, extra), role: appRole } };
}
