import { DomainError, ErrorCode, assertOutsideTransaction, badInput, isUuid, platformCallerHeaders, serviceUnavailable } from '@qualipref/server-kit';

/** A service (bureau) as the organization subgraph describes it. */
export interface ServiceInfo {
  id: string;
  tenantId: string;
  directorateId: string;
}

/** A user (agent) as the organization subgraph describes it: enough to check that a reference to one is of the right tenant. */
export interface UserInfo {
  id: string;
  tenantId: string;
}

/** A directorate, with its tenant's name and city. */
export interface DirectorateInfo {
  id: string;
  tenantId: string;
  code: string;
  name: string;
  tenant: { name: string; city: string };
}

/** What a document's heading needs: the State's block, the tenant's clock, the directorate and the service running the matter. */
export interface DocumentHeadInfo {
  tenant: { kind: 'PREFECTURE' | 'SOUS_PREFECTURE'; name: string; city: string; timeZone: string; stateBlock: string[] | null };
  directorate: { name: string };
  service: { name: string } | null;
}

/** Ids asked in one HTTP request: an import of thousands of lines names a handful of directorates. */
const IDS_PER_REQUEST = 100;

const DIRECTORATE_FIELDS = 'id tenantId code name tenant { name city }';
const SERVICE_FIELDS = 'id tenantId directorate { id }';
const USER_FIELDS = 'id tenantId';

/** The reason of a refused input that names a record the caller's tenant does not have (another tenant's, or nobody's). */
export const UNKNOWN_REFERENCE = 'UNKNOWN_REFERENCE';

/** The organization did not answer: the caller is told to retry, the logs keep the cause. */
const unavailable = (cause: unknown) => Object.assign(serviceUnavailable('Le service d’organisation n’a pas pu être consulté : réessayez dans quelques minutes.'), { cause });

/**
 * Asks the organization subgraph (over HTTP, with the caller's own token, so its row-level
 * security answers for the caller) about services and directorates: services talk through the
 * API, never through another's tables. Never inside a database transaction: a use case asks
 * first (`lookups`), then opens its transaction with the answers.
 */
export class OrganizationClient {
  /** `callerSecret`: the platform callers' secret (PLATFORM_CALLER_SECRET), each request signed with it. */
  constructor(
    private readonly url: string,
    private readonly callerSecret?: string,
  ) {}

  /** One request for many ids (aliases); an id that is not a UUID, or not visible to the caller, is null. */
  private async many<T>(field: 'directorate' | 'service' | 'user', selection: string, ids: string[], authorization: string): Promise<Map<string, T | null>> {
    assertOutsideTransaction(`the organization subgraph (${field})`);
    const found = new Map<string, T | null>();
    const valid = ids.filter((id) => {
      if (!isUuid(id)) found.set(id, null);
      return isUuid(id);
    });
    for (let start = 0; start < valid.length; start += IDS_PER_REQUEST) {
      const chunk = valid.slice(start, start + IDS_PER_REQUEST);
      const variables = Object.fromEntries(chunk.map((id, i) => [`i${i}`, id]));
      const query = `query(${chunk.map((_, i) => `$i${i}: ID!`).join(', ')}) { ${chunk.map((_, i) => `r${i}: ${field}(id: $i${i}) { ${selection} }`).join(' ')} }`;
      let response: Response;
      try {
        response = await fetch(this.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization, ...platformCallerHeaders(this.callerSecret, 'POST', this.url) },
          body: JSON.stringify({ query, variables }),
          signal: AbortSignal.timeout(5000),
        });
      } catch (error) {
        throw unavailable(error);
      }
      if (!response.ok) throw unavailable(new Error(`organization subgraph answered HTTP ${response.status}`));
      const body = (await response.json()) as { data?: Record<string, T | null>; errors?: { message: string }[] };
      if (body.errors?.length) throw unavailable(new Error(`organization subgraph: ${body.errors[0]!.message}`));
      chunk.forEach((id, i) => found.set(id, body.data?.[`r${i}`] ?? null));
    }
    return found;
  }

  async directorates(ids: Iterable<string>, authorization: string): Promise<Map<string, DirectorateInfo | null>> {
    return this.many<DirectorateInfo>('directorate', DIRECTORATE_FIELDS, [...new Set(ids)], authorization);
  }

  async services(ids: Iterable<string>, authorization: string): Promise<Map<string, ServiceInfo | null>> {
    const rows = await this.many<{ id: string; tenantId: string; directorate: { id: string } }>('service', SERVICE_FIELDS, [...new Set(ids)], authorization);
    return new Map([...rows].map(([id, row]) => [id, row ? { id: row.id, tenantId: row.tenantId, directorateId: row.directorate.id } : null]));
  }

  async users(ids: Iterable<string>, authorization: string): Promise<Map<string, UserInfo | null>> {
    return this.many<UserInfo>('user', USER_FIELDS, [...new Set(ids)], authorization);
  }

  /**
   * A document's heading in one request: the directorate (and its tenant's State's block and time
   * zone) and the service; null when the directorate is not visible to the caller.
   */
  async documentHead(directorateId: string, serviceId: string | null, authorization: string): Promise<DocumentHeadInfo | null> {
    assertOutsideTransaction('the organization subgraph (documentHead)');
    if (!isUuid(directorateId) || (serviceId && !isUuid(serviceId))) return null;
    const query = `query($d: ID!${serviceId ? ', $s: ID!' : ''}) { directorate(id: $d) { name tenant { kind name city timeZone stateBlock { lines } } }${serviceId ? ' service(id: $s) { name }' : ''} }`;
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization, ...platformCallerHeaders(this.callerSecret, 'POST', this.url) },
      body: JSON.stringify({ query, variables: serviceId ? { d: directorateId, s: serviceId } : { d: directorateId } }),
      signal: AbortSignal.timeout(5000),
    });
    if (!response.ok) throw new Error(`organization subgraph answered HTTP ${response.status}`);
    type Answer = { directorate: { name: string; tenant: { kind: 'PREFECTURE' | 'SOUS_PREFECTURE'; name: string; city: string; timeZone: string; stateBlock: { lines: string[] } | null } } | null; service?: { name: string } | null };
    const body = (await response.json()) as { data?: Answer; errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(`organization subgraph: ${body.errors[0]!.message}`);
    const directorate = body.data?.directorate;
    if (!directorate) return null;
    const { stateBlock, ...tenant } = directorate.tenant;
    return { tenant: { ...tenant, stateBlock: stateBlock?.lines ?? null }, directorate: { name: directorate.name }, service: body.data?.service ?? null };
  }

  /** What a use case will need, asked now in one request per kind, to be read inside its transaction. */
  async lookups(
    authorization: string,
    wanted: { directorates?: Iterable<string | null | undefined>; services?: Iterable<string | null | undefined>; users?: Iterable<string | null | undefined> },
  ): Promise<OrganizationLookups> {
    const present = (ids: Iterable<string | null | undefined> = []) => [...ids].filter((id): id is string => !!id);
    const [directorates, services, users] = await Promise.all([
      this.directorates(present(wanted.directorates), authorization),
      this.services(present(wanted.services), authorization),
      this.users(present(wanted.users), authorization),
    ]);
    return new OrganizationLookups(directorates, services, users);
  }
}

/**
 * The organization's answers a use case asked for before its transaction: read synchronously
 * inside it, so that no network call can happen there. Asking for a UUID that was not looked up
 * is a programming error; anything else is nobody (null).
 */
export class OrganizationLookups {
  constructor(
    private readonly directorateAnswers: ReadonlyMap<string, DirectorateInfo | null>,
    private readonly serviceAnswers: ReadonlyMap<string, ServiceInfo | null>,
    private readonly userAnswers: ReadonlyMap<string, UserInfo | null>,
  ) {}

  directorate(id: string): DirectorateInfo | null {
    if (!isUuid(id)) return null;
    if (!this.directorateAnswers.has(id)) throw new Error(`directorate ${id} was not looked up before the transaction`);
    return this.directorateAnswers.get(id) ?? null;
  }

  service(id: string): ServiceInfo | null {
    if (!isUuid(id)) return null;
    if (!this.serviceAnswers.has(id)) throw new Error(`service ${id} was not looked up before the transaction`);
    return this.serviceAnswers.get(id) ?? null;
  }

  user(id: string): UserInfo | null {
    if (!isUuid(id)) return null;
    if (!this.userAnswers.has(id)) throw new Error(`user ${id} was not looked up before the transaction`);
    return this.userAnswers.get(id) ?? null;
  }

  /**
   * Every id must be a user of the given tenant, or BAD_USER_INPUT (reason UNKNOWN_REFERENCE) on
   * `field`: another tenant's user and nobody are refused alike, so the answer tells nothing of
   * the other tenants.
   */
  assertUsersOfTenant(ids: Iterable<string>, tenantId: string, field: string): void {
    for (const id of new Set(ids)) {
      if (this.user(id)?.tenantId !== tenantId) throw unknownReference(`Agent inconnu : ${id}. Choisissez un agent de la liste.`, field);
    }
  }

  /** Every id must be a directorate of the given tenant, or BAD_USER_INPUT on `field`. */
  assertDirectoratesOfTenant(ids: Iterable<string>, tenantId: string, field: string): void {
    for (const id of new Set(ids)) {
      if (this.directorate(id)?.tenantId !== tenantId) throw badInput(`Direction inconnue : ${id}.`, field);
    }
  }
}

/** BAD_USER_INPUT with the reason UNKNOWN_REFERENCE: the input names a record the caller's tenant does not have. */
export function unknownReference(message: string, field: string): DomainError {
  return new DomainError(ErrorCode.BAD_USER_INPUT, message, field, UNKNOWN_REFERENCE);
}

export { ServiceIdentityClient, ServiceIdentityError, tokenUrlOf, type ServiceIdentityOptions } from './service-identity.js';
export { DirectorateRef, ServiceRef, TenantRef, TenantViewerCanRef, UserRef } from './references.js';
