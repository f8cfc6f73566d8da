import { badInput, isUuid } from '@qualipref/server-kit';

/** A service (bureau) as the organization subgraph describes it. */
export interface ServiceInfo {
  id: string;
  tenantId: string;
  directorateId: string;
}

/** A directorate, with what a document's letterhead needs of its tenant. */
export interface DirectorateInfo {
  id: string;
  tenantId: string;
  code: string;
  name: string;
  tenant: { name: string; city: string };
}

/**
 * Asks the organization subgraph (over HTTP, with the caller's own token, so its row-level
 * security answers for the caller) about services and directorates: services talk through the
 * API, never through another's tables.
 */
export class OrganizationClient {
  constructor(private readonly url: string) {}

  private async query<T>(query: string, id: string, authorization: string): Promise<T | null> {
    if (!isUuid(id)) return null;
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({ query, variables: { id } }),
      signal: AbortSignal.timeout(5000),
    });
    if (!response.ok) throw new Error(`organization subgraph answered HTTP ${response.status}`);
    const body = (await response.json()) as { data?: Record<string, T | null>; errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(`organization subgraph: ${body.errors[0]!.message}`);
    return Object.values(body.data ?? {})[0] ?? null;
  }

  async service(id: string, authorization: string): Promise<ServiceInfo | null> {
    const found = await this.query<{ id: string; tenantId: string; directorate: { id: string } }>('query($id: ID!) { service(id: $id) { id tenantId directorate { id } } }', id, authorization);
    return found ? { id: found.id, tenantId: found.tenantId, directorateId: found.directorate.id } : null;
  }

  directorate(id: string, authorization: string): Promise<DirectorateInfo | null> {
    return this.query<DirectorateInfo>('query($id: ID!) { directorate(id: $id) { id tenantId code name tenant { name city } } }', id, authorization);
  }

  /** Every id must be a directorate of the given tenant, or BAD_USER_INPUT on `field`. */
  async assertDirectoratesOfTenant(ids: string[], tenantId: string, authorization: string, field: string): Promise<void> {
    for (const id of new Set(ids)) {
      if ((await this.directorate(id, authorization))?.tenantId !== tenantId) throw badInput(`Direction inconnue : ${id}.`, field);
    }
  }
}

export { DirectorateRef, ServiceRef, TenantRef, UserRef } from './references.js';
