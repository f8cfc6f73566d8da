import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { SignJWT, exportJWK, generateKeyPair, importJWK, type JWK, type CryptoKey } from 'jose';
import { identityToClaims } from './claims.js';
import type { Identity } from './roles.js';

const ALG = 'ES256';
const KEY_FILE = 'token-signing-key.json';

export interface IssuedToken {
  token: string;
  expiresAt: Date;
}

/**
 * The platform's local token issuer (development, tests, and deployments without an external
 * OpenID Connect provider). Its key pair lives in the data directory, created at first start
 * and never committed; only the public half is ever published (JWKS).
 */
export class LocalIssuer {
  private constructor(
    readonly issuer: string,
    readonly audience: string,
    private readonly privateKey: CryptoKey,
    private readonly publicJwk: JWK,
    private readonly ttlSeconds: number,
  ) {}

  static async open(options: { keyDir: string; issuer: string; audience: string; ttlSeconds: number }): Promise<LocalIssuer> {
    const file = join(options.keyDir, KEY_FILE);
    let privateJwk: JWK;
    try {
      privateJwk = JSON.parse(await readFile(file, 'utf8')) as JWK;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      const { privateKey } = await generateKeyPair(ALG, { extractable: true });
      privateJwk = { ...(await exportJWK(privateKey)), kid: randomUUID(), alg: ALG, use: 'sig' };
      await mkdir(options.keyDir, { recursive: true, mode: 0o700 });
      await writeFile(file, JSON.stringify(privateJwk), { mode: 0o600, flag: 'wx' }).catch(async (e: NodeJS.ErrnoException) => {
        // Another process created it first: use theirs so that every token verifies.
        if (e.code !== 'EEXIST') throw e;
        privateJwk = JSON.parse(await readFile(file, 'utf8')) as JWK;
      });
      await chmod(file, 0o600);
    }
    const { d: _private, ...publicJwk } = privateJwk;
    const privateKey = (await importJWK(privateJwk, ALG)) as CryptoKey;
    return new LocalIssuer(options.issuer, options.audience, privateKey, publicJwk, options.ttlSeconds);
  }

  /** The public keys, served at /.well-known/jwks.json. */
  jwks(): { keys: JWK[] } {
    return { keys: [this.publicJwk] };
  }

  /** Signs a token for the identity, valid for the issuer's lifetime unless `ttlSeconds` says otherwise (a service identity's short one). */
  async issue(identity: Identity, now = new Date(), ttlSeconds = this.ttlSeconds): Promise<IssuedToken> {
    const issuedAt = Math.floor(now.getTime() / 1000);
    const expiresAt = new Date((issuedAt + ttlSeconds) * 1000);
    const { sub, ...claims } = identityToClaims(identity);
    const token = await new SignJWT({ ...claims })
      .setProtectedHeader({ alg: ALG, kid: this.publicJwk.kid!, typ: 'JWT' })
      .setSubject(sub)
      .setIssuer(this.issuer)
      .setAudience(this.audience)
      .setIssuedAt(issuedAt)
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .setJti(randomUUID())
      .sign(this.privateKey);
    return { token, expiresAt };
  }
}
