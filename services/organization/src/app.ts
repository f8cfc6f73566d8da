import { join } from 'node:path';
import { LocalIssuer, createTokenVerifier } from '@qualipref/auth';
import { RateLimiter, integerSetting, rateLimitSetting, type RateLimit, type SubgraphEnvironment } from '@qualipref/server-kit';
import type { OrganizationApp } from './domain/deps.js';
import { readServiceClients } from './service-tokens.js';
import { seedDemoData } from './seed.js';

export type { OrganizationApp };

function ttlSeconds(env: NodeJS.ProcessEnv): number {
  const ttl = Number(env.AUTH_TOKEN_TTL_SECONDS ?? 900);
  if (!Number.isInteger(ttl) || ttl < 60 || ttl > 43_200) throw new Error('AUTH_TOKEN_TTL_SECONDS must be an integer from 60 to 43200');
  return ttl;
}

/** Five failed sign-ins of an account in fifteen minutes by default; 0 failures: not limited. */
function accountLimit(env: NodeJS.ProcessEnv): RateLimit | null {
  const failures = integerSetting(env.AUTH_SIGN_IN_MAX_FAILURES, 5, 'AUTH_SIGN_IN_MAX_FAILURES');
  const seconds = integerSetting(env.AUTH_SIGN_IN_WINDOW_SECONDS, 900, 'AUTH_SIGN_IN_WINDOW_SECONDS');
  return failures > 0 && seconds > 0 ? { burst: failures, seconds } : null;
}

export async function createOrganizationApp({ config, database, log, env }: SubgraphEnvironment): Promise<OrganizationApp> {
  // Read first: a wrong SERVICE_CLIENTS stops the start before any key or seed is touched.
  const serviceClients = readServiceClients(env);
  const issuer = await LocalIssuer.open({
    keyDir: join(config.dataDir, 'keys'),
    issuer: config.auth.issuer,
    audience: config.auth.audience,
    ttlSeconds: ttlSeconds(env),
  });
  if (env.SEED_DEMO === 'true') {
    const accounts = await database.asOwner((em) => seedDemoData(em));
    if (accounts) {
      log.info('demo data created; demo accounts (development only, never in production):');
      for (const account of accounts) log.info(`  ${account.email}  /  ${account.password}  (${account.role}, ${account.tenant})`);
    }
  }
  return {
    issuer,
    passwordSignIn: env.AUTH_PASSWORD_SIGN_IN !== 'false',
    sessionSeconds: integerSetting(env.AUTH_SESSION_SECONDS, 43_200, 'AUTH_SESSION_SECONDS'),
    serviceClients,
    limiter: RateLimiter.of(database, config.databaseAppRole),
    signInLimits: { account: accountLimit(env), address: rateLimitSetting(env.RATE_LIMIT_SIGN_IN_ADDRESS, { burst: 60, seconds: 60 }, 'RATE_LIMIT_SIGN_IN_ADDRESS') },
  };
}

/** The issuer verifies its own tokens with its keys in memory, not over HTTP. */
export function organizationVerifier(app: OrganizationApp, config: SubgraphEnvironment['config']) {
  return createTokenVerifier({ issuer: config.auth.issuer, audience: config.auth.audience, jwks: app.issuer.jwks() });
}
