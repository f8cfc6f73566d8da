import { PLATFORM_CALLER_SECRET_MIN_LENGTH } from './platform-caller.js';

/** Settings every server reads from its environment (README, "Configuration"). */
export interface HttpConfig {
  port: number;
  host: string;
  production: boolean;
  /** Stack traces in error responses: only when NODE_ENV=development. */
  development: boolean;
  dataDir: string;
  corsOrigins: string[];
  auth: { issuer: string; audience: string; jwksUrl?: string };
  /** The secret the platform's callers sign their requests to the services with (PLATFORM_CALLER_SECRET); required in production. */
  platformCallerSecret?: string;
}

/** A subgraph's settings: the HTTP ones plus its database. */
export interface ServiceConfig extends HttpConfig {
  databaseUrl: string;
  /** The schema owner's connection for the migrations (DATABASE_MIGRATION_URL); unset, DATABASE_URL does both. */
  databaseMigrationUrl: string | undefined;
  databaseAppRole: string;
  databasePoolMax: number;
}

export function integerSetting(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`${name} must be a non-negative integer, got "${value}"`);
  return parsed;
}

/** The local issuer (the organization service) in development. */
export const DEFAULT_ISSUER = 'http://127.0.0.1:4001';

/** The platform callers' secret: required, and long enough, in production; optional elsewhere. */
function platformCallerSecret(env: NodeJS.ProcessEnv): string | undefined {
  const secret = env.PLATFORM_CALLER_SECRET || undefined;
  if (env.NODE_ENV === 'production' && !secret) throw new Error('PLATFORM_CALLER_SECRET is required in production: the services accept requests only from the gateway and each other, signed with it');
  if (secret !== undefined && secret.length < PLATFORM_CALLER_SECRET_MIN_LENGTH) throw new Error(`PLATFORM_CALLER_SECRET must be at least ${PLATFORM_CALLER_SECRET_MIN_LENGTH} characters long`);
  return secret;
}

export function readHttpConfig(defaultPort: number, env: NodeJS.ProcessEnv = process.env): HttpConfig {
  const issuer = env.AUTH_ISSUER || DEFAULT_ISSUER;
  return {
    port: integerSetting(env.PORT, defaultPort, 'PORT'),
    host: env.HOST || '127.0.0.1',
    production: env.NODE_ENV === 'production',
    development: env.NODE_ENV === 'development',
    dataDir: env.QUALIPREF_DATA_DIR || '.data',
    corsOrigins: (env.CORS_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean),
    auth: {
      issuer,
      audience: env.AUTH_AUDIENCE || 'qualipref',
      // Without a JWKS URL an external issuer's keys are found by OpenID Connect discovery.
      jwksUrl: env.AUTH_JWKS_URL || (issuer === DEFAULT_ISSUER ? `${DEFAULT_ISSUER}/.well-known/jwks.json` : undefined),
    },
    platformCallerSecret: platformCallerSecret(env),
  };
}

export function readServiceConfig(defaultPort: number, env: NodeJS.ProcessEnv = process.env): ServiceConfig {
  const databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL is required (npm start provides one, with an embedded PostgreSQL).');
  return {
    ...readHttpConfig(defaultPort, env),
    databaseUrl,
    databaseMigrationUrl: env.DATABASE_MIGRATION_URL || undefined,
    databaseAppRole: env.DATABASE_APP_ROLE || 'qualipref_app',
    databasePoolMax: integerSetting(env.DATABASE_POOL_MAX, 10, 'DATABASE_POOL_MAX'),
  };
}
