import { badInput } from '@qualipref/server-kit';

/**
 * Asks the organization subgraph (over HTTP, with the caller's own token) whether a directorate
 * exists and is visible: services talk through the API, never through another's tables.
 */
export class OrganizationClient {
  constructor(private readonly url: string) {}

  async directorateTenant(directorateId: string, authorization: string): Promise<string | null> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({ query: 'query($id: ID!) { directorate(id: $id) { id tenantId } }', variables: { id: directorateId } }),
      signal: AbortSignal.timeout(5000),
    });
    if (!response.ok) throw new Error(`organization subgraph answered HTTP ${response.status}`);
    const body = (await response.json()) as { data?: { directorate: { tenantId: string } | null }; errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(`organization subgraph: ${body.errors[0]!.message}`);
    return body.data?.directorate?.tenantId ?? null;
  }

  /** Names for a document's letterhead: the directorate and its tenant. */
  async letterhead(directorateId: string, authorization: string): Promise<{ directorate: string; tenant: string; city: string } | null> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({ query: 'query($id: ID!) { directorate(id: $id) { name tenant { name city } } }', variables: { id: directorateId } }),
      signal: AbortSignal.timeout(5000),
    });
    const body = (await response.json()) as { data?: { directorate: { name: string; tenant: { name: string; city: string } } | null } };
    const found = body.data?.directorate;
    return found ? { directorate: found.name, tenant: found.tenant.name, city: found.tenant.city } : null;
  }

  /** Every id must be a directorate of the given tenant. */
  async assertDirectoratesOfTenant(ids: string[], tenantId: string, authorization: string, field: string): Promise<void> {
    const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
    for (const id of new Set(ids)) {
      if (!UUID.test(id) || (await this.directorateTenant(id, authorization)) !== tenantId) {
        throw badInput(`Direction inconnue : ${id}.`, field);
      }
    }
  }
}
