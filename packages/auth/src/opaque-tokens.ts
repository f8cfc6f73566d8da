import { createHash, randomBytes } from 'node:crypto';

/**
 * Opaque bearer secrets (refresh tokens, kiosk device tokens, personal survey links): 256
 * random bits, URL-safe; only their SHA-256 hash is stored, so a leaked table opens nothing.
 */
export function newOpaqueToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashOpaqueToken(token) };
}

export const hashOpaqueToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

/** A value shaped like one of these tokens: anything else is refused before any lookup. */
export const isOpaqueToken = (value: unknown): value is string => typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value);
