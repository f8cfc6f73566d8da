/** A user's role within their tenant and directorate (ARCHITECTURE.md, "Directorates own their modules"). */
export enum Role {
  /** Handles the records of their own directorate. */
  AGENT = 'AGENT',
  /** Leads a directorate: writes everything the directorate owns. */
  MANAGER = 'MANAGER',
  /** Reads and queries (quality team, secrétaire général, auditors); writes nothing. */
  ANALYST = 'ANALYST',
  /** Manages the tenant's organization and users. */
  ADMINISTRATOR = 'ADMINISTRATOR',
}

export const ROLES: readonly Role[] = [Role.AGENT, Role.MANAGER, Role.ANALYST, Role.ADMINISTRATOR];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** The verified identity behind a request, as every service sees it. */
export interface Identity {
  userId: string;
  tenantId: string;
  directorateId: string;
  role: Role;
  /** Tenants this identity may read: its own, plus all of them for a prefecture-level analyst. */
  readableTenantIds: string[];
  email: string;
  name: string;
  /** The client id of a service identity (another service reading for one tenant); absent for a person. */
  service?: string;
}
