import { createLocalJWKSet, createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey, type JSONWebKeySet } from 'jose';
import { claimsToIdentity } from './claims.js';
import { TokenError } from './errors.js';
import type { Identity } from './roles.js';

export interface VerifierOptions {
  /** Expected `iss`. */
  issuer: string;
  /** Expected `aud`. */
  audience: string;
  /** Where the issuer publishes its keys. Without it, OpenID Connect discovery on the issuer finds them. */
  jwksUrl?: string;
  /** Keys known in-process (the local issuer verifying its own tokens). */
  jwks?: JSONWebKeySet;
}

export type TokenVerifier = (authorization: string | undefined | null) => Promise<Identity>;

async function discoverJwksUrl(issuer: string): Promise<string> {
  const response = await fetch(new URL('.well-known/openid-configuration', issuer.endsWith('/') ? issuer : `${issuer}/`));
  if (!response.ok) throw new Error(`OpenID Connect discovery failed for ${issuer}: HTTP ${response.status}`);
  const configuration = (await response.json()) as { jwks_uri?: string };
  if (!configuration.jwks_uri) throw new Error(`OpenID Connect discovery for ${issuer} gave no jwks_uri`);
  return configuration.jwks_uri;
}

/** Verifies `Authorization: Bearer <jwt>` against the configured issuer and gives the identity. */
export function createTokenVerifier(options: VerifierOptions): TokenVerifier {
  let keys: Promise<JWTVerifyGetKey> | undefined;
  const getKeys = (): Promise<JWTVerifyGetKey> => {
    keys ??= options.jwks
      ? Promise.resolve(createLocalJWKSet(options.jwks))
      : Promise.resolve(options.jwksUrl ?? discoverJwksUrl(options.issuer)).then((url) =>
          createRemoteJWKSet(new URL(url), { cooldownDuration: 30_000, cacheMaxAge: 10 * 60_000 }),
        );
    // A failed discovery is retried on the next request rather than remembered.
    keys.catch(() => (keys = undefined));
    return keys;
  };
  return async (authorization) => {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '');
    if (!match) throw new TokenError('MISSING', 'Authentification requise : connectez-vous.');
    try {
      const { payload } = await jwtVerify(match[1]!, await getKeys(), {
        issuer: options.issuer,
        audience: options.audience,
        algorithms: ['ES256', 'RS256', 'PS256', 'EdDSA'],
        clockTolerance: 5,
      });
      return claimsToIdentity(payload);
    } catch (error) {
      if (error instanceof TokenError) throw error;
      if (error instanceof errors.JWTExpired) throw new TokenError('EXPIRED', 'Votre session a expiré : reconnectez-vous.');
      if (error instanceof errors.JOSEError) throw new TokenError('INVALID', 'Jeton d’authentification non reconnu : reconnectez-vous.');
      throw error;
    }
  };
}
