import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Role, type Identity } from '@qualipref/auth';
import { isUuid, readBody, sendJson, type Database, type RouteHandler } from '@qualipref/server-kit';
import type { OrganizationApp } from './domain/deps.js';
import { Directorate } from './entities/index.js';

/** A service allowed to ask for service tokens, known by its client id; only its secret's hash is kept. */
export interface ServiceClient {
  clientId: string;
  secretHash: Buffer;
}

/** Lifetime of a service token: short, since the service asks again whenever it needs one. */
export const SERVICE_TOKEN_SECONDS = 300;
const MIN_SECRET_LENGTH = 32;
const MAX_BODY_BYTES = 4096;
const CLIENT_ID = /^[\w.-]{1,64}$/;

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/** The service clients of `SERVICE_CLIENTS` (`clientId:secret,…`); none when unset. A short or malformed entry stops the start. */
export function readServiceClients(env: NodeJS.ProcessEnv): ServiceClient[] {
  const entries = (env.SERVICE_CLIENTS ?? '').split(',').map((entry) => entry.trim()).filter(Boolean);
  const clients = entries.map((entry) => {
    const colon = entry.indexOf(':');
    const clientId = colon > 0 ? entry.slice(0, colon) : '';
    const secret = colon > 0 ? entry.slice(colon + 1) : '';
    if (!CLIENT_ID.test(clientId)) throw new Error('SERVICE_CLIENTS must list clientId:secret pairs, a client id being letters, digits, ".", "-" or "_"');
    if (secret.length < MIN_SECRET_LENGTH) throw new Error(`SERVICE_CLIENTS: the secret of ${clientId} must have at least ${MIN_SECRET_LENGTH} characters`);
    return { clientId, secretHash: sha256(secret) };
  });
  const ids = clients.map((c) => c.clientId);
  const repeated = ids.find((id, i) => ids.indexOf(id) !== i);
  if (repeated) throw new Error(`SERVICE_CLIENTS names ${repeated} twice`);
  return clients;
}

// Compared against when the client id is unknown, so that an unknown id costs the same time as a wrong secret.
const NOBODY = sha256('');

/** The client an HTTP Basic `Authorization` header proves (RFC 6749 §2.3.1), or null. */
export function authenticateClient(clients: readonly ServiceClient[], authorization: string | undefined): ServiceClient | null {
  const match = /^Basic\s+([A-Za-z0-9+/=_-]+)$/i.exec(authorization ?? '');
  if (!match) return null;
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  let clientId: string;
  let secret: string;
  try {
    // The client id and secret are form-encoded before being joined (RFC 6749 §2.3.1).
    clientId = decodeURIComponent(decoded.slice(0, colon).replace(/\+/g, ' '));
    secret = decodeURIComponent(decoded.slice(colon + 1).replace(/\+/g, ' '));
  } catch {
    return null;
  }
  const client = clients.find((c) => c.clientId === clientId);
  const same = timingSafeEqual(sha256(secret), client?.secretHash ?? NOBODY);
  return client && same ? client : null;
}

/** A stable UUID for a client id (version 5 layout over SHA-256), so that its audit entries name one user. */
export function serviceUserId(clientId: string): string {
  const bytes = createHash('sha256').update(`qualipref-service:${clientId}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const NO_STORE = { 'cache-control': 'no-store', pragma: 'no-cache' };

/** An error of RFC 6749 §5.2, described in French for whoever reads the logs of the calling service. */
function refuse(res: ServerResponse, status: number, error: string, description: string, headers: Record<string, string> = {}): void {
  sendJson(res, status, { error, error_description: description }, { ...NO_STORE, ...headers });
}

/** Whether the directorate exists and belongs to the tenant, read in that tenant's scope (no caller's session here). */
async function directorateOfTenant(database: Database, tenantId: string, directorateId: string): Promise<boolean> {
  return (await database.forTenant(tenantId).count(Directorate, { id: directorateId, tenantId })) === 1;
}

/**
 * POST /oauth/token, the client credentials grant (RFC 6749 §4.4): a service proves itself with
 * HTTP Basic and gets a short read-only token for one directorate of one tenant, verified by
 * every subgraph like any other. Every subgraph refuses its mutations.
 */
export function serviceTokenRoute(app: OrganizationApp, database: Database): RouteHandler {
  return async (req: IncomingMessage, res: ServerResponse) => {
    const client = authenticateClient(app.serviceClients, req.headers.authorization);
    if (!client) return refuse(res, 401, 'invalid_client', 'Service inconnu ou secret incorrect.', { 'www-authenticate': 'Basic realm="qualipref", charset="UTF-8"' });
    if (!(req.headers['content-type'] ?? '').toLowerCase().startsWith('application/x-www-form-urlencoded')) {
      return refuse(res, 400, 'invalid_request', 'La demande doit être envoyée en application/x-www-form-urlencoded.');
    }
    const params = new URLSearchParams(await readBody(req, MAX_BODY_BYTES));
    const grantType = params.get('grant_type');
    if (!grantType) return refuse(res, 400, 'invalid_request', 'Paramètre grant_type manquant.');
    if (grantType !== 'client_credentials') return refuse(res, 400, 'unsupported_grant_type', 'Seul le type d’autorisation client_credentials est accepté.');
    const tenantId = params.get('tenant_id');
    const directorateId = params.get('directorate_id');
    if (!tenantId || !directorateId) return refuse(res, 400, 'invalid_request', 'Paramètres tenant_id et directorate_id obligatoires.');
    if (!isUuid(tenantId) || !isUuid(directorateId) || !(await directorateOfTenant(database, tenantId, directorateId))) {
      return refuse(res, 400, 'invalid_target', 'Direction inconnue dans cette préfecture ou sous-préfecture.');
    }
    const identity: Identity = {
      userId: serviceUserId(client.clientId),
      tenantId,
      directorateId,
      role: Role.ANALYST,
      readableTenantIds: [tenantId],
      email: '',
      name: `Service ${client.clientId}`,
      service: client.clientId,
    };
    const { token } = await app.issuer.issue(identity, new Date(), SERVICE_TOKEN_SECONDS);
    sendJson(res, 200, { access_token: token, token_type: 'Bearer', expires_in: SERVICE_TOKEN_SECONDS }, NO_STORE);
  };
}
