import { assertOutsideTransaction, platformCallerHeaders } from '@qualipref/server-kit';

/** How a service proves itself to the organization's token endpoint (SERVICE_CLIENTS there). */
export interface ServiceIdentityOptions {
  /** The organization's POST /oauth/token, usually `tokenUrlOf(<its GraphQL URL>)`. */
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  /** The platform callers' secret (PLATFORM_CALLER_SECRET): the token endpoint is the platform's only. */
  callerSecret?: string;
}

/** The organization refused a service token, or could not be reached: the message says which, in French. */
export class ServiceIdentityError extends Error {
  override name = 'ServiceIdentityError';
}

/** The organization's token endpoint, beside its GraphQL endpoint (same origin, path /oauth/token). */
export function tokenUrlOf(organizationGraphqlUrl: string): string {
  return new URL('/oauth/token', organizationGraphqlUrl).href;
}

/** A token is asked again this long before it expires, so that none expires on its way to a subgraph. */
const RENEW_BEFORE_MS = 30_000;
const TIMEOUT_MS = 5000;

interface Cached {
  authorization: Promise<string>;
  renewAt: number;
}

/**
 * A service's own read-only identity for one directorate of one tenant (the client credentials
 * grant of the organization): an `Authorization` header to read the supergraph with when no
 * user asks. Tokens are kept per tenant and directorate until 30 s before they expire. Never
 * inside a database transaction, like every call to another service.
 */
export class ServiceIdentityClient {
  private readonly tokens = new Map<string, Cached>();
  private readonly basic: string;

  constructor(private readonly options: ServiceIdentityOptions) {
    // The client id and secret are form-encoded before being joined (RFC 6749 §2.3.1).
    this.basic = `Basic ${Buffer.from(`${encodeURIComponent(options.clientId)}:${encodeURIComponent(options.clientSecret)}`).toString('base64')}`;
  }

  /** `Bearer <token>` for the directorate of the tenant, from the cache while it lasts; ServiceIdentityError otherwise. */
  async authorization(tenantId: string, directorateId: string): Promise<string> {
    assertOutsideTransaction('the organization token endpoint (service identity)');
    const key = `${tenantId}/${directorateId}`;
    const cached = this.tokens.get(key);
    if (cached && Date.now() < cached.renewAt) return cached.authorization;
    // Kept while it is asked, so that simultaneous callers share one request; forgotten if it fails.
    const entry: Cached = { authorization: Promise.resolve(''), renewAt: Number.POSITIVE_INFINITY };
    entry.authorization = this.ask(tenantId, directorateId).then(
      ({ token, expiresIn }) => {
        entry.renewAt = Date.now() + expiresIn * 1000 - RENEW_BEFORE_MS;
        return `Bearer ${token}`;
      },
      (error: unknown) => {
        if (this.tokens.get(key) === entry) this.tokens.delete(key);
        throw error;
      },
    );
    this.tokens.set(key, entry);
    return entry.authorization;
  }

  private async ask(tenantId: string, directorateId: string): Promise<{ token: string; expiresIn: number }> {
    let response: Response;
    try {
      response = await fetch(this.options.tokenUrl, {
        method: 'POST',
        headers: { authorization: this.basic, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', ...platformCallerHeaders(this.options.callerSecret, 'POST', this.options.tokenUrl) },
        body: new URLSearchParams({ grant_type: 'client_credentials', tenant_id: tenantId, directorate_id: directorateId }).toString(),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (error) {
      throw new ServiceIdentityError(`Le service d’organisation est injoignable : aucun jeton de service n’a pu être obtenu de ${this.options.tokenUrl}.`, { cause: error });
    }
    type Answer = { access_token?: unknown; token_type?: unknown; expires_in?: unknown; error?: unknown; error_description?: unknown };
    const body = (await response.json().catch(() => null)) as Answer | null;
    if (!response.ok) {
      const said = typeof body?.error === 'string' ? ` (${body.error}${typeof body.error_description === 'string' ? ` : ${body.error_description}` : ''})` : '';
      throw new ServiceIdentityError(`Le service d’organisation a refusé un jeton de service au client ${this.options.clientId} : HTTP ${response.status}${said}.`, {
        cause: { status: response.status, error: body?.error, error_description: body?.error_description },
      });
    }
    if (typeof body?.access_token !== 'string' || String(body.token_type).toLowerCase() !== 'bearer' || typeof body.expires_in !== 'number') {
      throw new ServiceIdentityError('Réponse illisible du service d’organisation : elle ne porte pas de jeton de service.', { cause: body });
    }
    return { token: body.access_token, expiresIn: body.expires_in };
  }
}
