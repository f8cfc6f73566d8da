/** Settings every service reads from its environment (README, "Configuration"). */
export interface ServiceConfig {
  port: number;
  host: string;
  production: boolean;
  databaseUrl: string;
  databaseAppRole: string;
  databasePoolMax: number;
  dataDir: string;
  corsOrigins: string[];
  auth: { issuer: string; audience: string; jwksUrl?: string };
}

function integer(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`${name} must be a non-negative integer, got "${value}"`);
  return parsed;
}

export const DEFAULT_ISSUER = 'http://127.0.0.1:4001';

export function readServiceConfig(defaultPort: number, env: NodeJS.ProcessEnv = process.env): ServiceConfig {
  const databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL is required (npm start provides one, with an embedded PostgreSQL).');
  const issuer = env.AUTH_ISSUER || DEFAULT_ISSUER;
  return {
    port: integer(env.PORT, defaultPort, 'PORT'),
    host: env.HOST || '127.0.0.1',
    production: env.NODE_ENV === 'production',
    databaseUrl,
    databaseAppRole: env.DATABASE_APP_ROLE || 'qualipref_app',
    databasePoolMax: integer(env.DATABASE_POOL_MAX, 10, 'DATABASE_POOL_MAX'),
    dataDir: env.QUALIPREF_DATA_DIR || '.data',
    corsOrigins: (env.CORS_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean),
    auth: {
      issuer,
      audience: env.AUTH_AUDIENCE || 'qualipref',
      jwksUrl: env.AUTH_JWKS_URL || (issuer === DEFAULT_ISSUER ? `${DEFAULT_ISSUER}/.well-known/jwks.json` : undefined),
    },
  };
}
