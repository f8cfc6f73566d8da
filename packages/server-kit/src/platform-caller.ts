import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The header by which the gateway and the services prove to a subgraph that they are the
 * platform: `t=<unix seconds>,s=<HMAC-SHA256(secret, "t\nMETHOD\n/path") in base64url>`.
 */
export const PLATFORM_CALLER_HEADER = 'x-qualipref-caller';

/** How long a proof is valid, either side of the receiver's clock: a proof copied from a log is soon worthless. */
export const PLATFORM_CALLER_VALIDITY_SECONDS = 60;

/** The shortest secret accepted: 32 characters, as `openssl rand -base64 32` gives 44. */
export const PLATFORM_CALLER_SECRET_MIN_LENGTH = 32;

/** The FORBIDDEN reason of a request without a valid proof of a platform caller. */
export const NOT_A_PLATFORM_CALLER = 'NOT_A_PLATFORM_CALLER';

const signature = (secret: string, timestamp: string, method: string, path: string) =>
  createHmac('sha256', secret).update(`${timestamp}\n${method.toUpperCase()}\n${path}`).digest('base64url');

/** The proof for one request to `url` (its path is signed, not its query string). */
export function platformCallerProof(secret: string, method: string, url: string | URL, now = Date.now()): string {
  const timestamp = String(Math.floor(now / 1000));
  return `t=${timestamp},s=${signature(secret, timestamp, method, new URL(url).pathname)}`;
}

/** The header to add to a request to another part of the platform: none when no secret is configured (development). */
export function platformCallerHeaders(secret: string | undefined, method: string, url: string | URL): Record<string, string> {
  return secret ? { [PLATFORM_CALLER_HEADER]: platformCallerProof(secret, method, url) } : {};
}

/** Whether `proof` was made with `secret` for this method and path, less than the validity ago. */
export function isPlatformCaller(secret: string, proof: string | string[] | undefined, method: string, path: string, now = Date.now()): boolean {
  if (typeof proof !== 'string') return false;
  const match = /^t=(\d{1,12}),s=([\w-]{43})$/.exec(proof);
  if (!match) return false;
  const [, timestamp, given] = match;
  if (Math.abs(now / 1000 - Number(timestamp)) > PLATFORM_CALLER_VALIDITY_SECONDS) return false;
  return timingSafeEqual(Buffer.from(given!), Buffer.from(signature(secret, timestamp!, method, path)));
}
