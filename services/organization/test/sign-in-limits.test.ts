import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_ADDRESS_HEADER, startSubgraph, type RunningSubgraph } from '@qualipref/server-kit';
import type { OrganizationApp } from '../src/app.js';
import { organization } from '../src/subgraph.js';
import { account, SIGN_IN, startOrganization, type TestPlatform } from './helpers.js';

// Sign-in's limits with their defaults: five failed attempts per account in fifteen minutes, 60
// attempts a minute per client address; each attempt takes its place before its password is checked.

let platform: TestPlatform;
let second: RunningSubgraph<OrganizationApp>;

interface Answer {
  data?: { signIn?: { token: string } } | null;
  errors?: { message: string; extensions?: { code?: string; reason?: string; retryAfterSeconds?: number } }[];
}

/** One HTTP request, as the gateway passes it on with the client's address. */
async function send(url: string, body: unknown, address: string): Promise<Answer[]> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', [CLIENT_ADDRESS_HEADER]: address }, body: JSON.stringify(body) });
  const parsed = (await response.json()) as Answer | Answer[];
  return Array.isArray(parsed) ? parsed : [parsed];
}

/**
 * A batch as the gateway passes it on: a subgraph takes one operation per request, so the
 * gateway sends each operation of a client's batch as a request of its own, all at once.
 */
const sendBatch = async (url: string, bodies: unknown[], address: string): Promise<Answer[]> => (await Promise.all(bodies.map((body) => send(url, body, address)))).flat();

const attempt = (email: string, password: string) => ({ query: SIGN_IN, variables: { email, password } });
const code = (a: Answer) => a.errors?.[0]?.extensions?.code ?? 'OK';

beforeAll(async () => {
  platform = await startOrganization();
  // A second replica on the same database, as behind a load balancer.
  second = await startSubgraph(organization, { ...process.env, DATABASE_URL: platform.database.url, PORT: '0', QUALIPREF_DATA_DIR: platform.dataDir, LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent', NODE_ENV: 'test' });
});
afterAll(async () => {
  await second?.stop();
  await platform?.stop();
});

describe('sign-in limits', () => {
  it('checks only five of 50 concurrent guesses sent in five batches to two replicas, and then refuses the right password too', async () => {
    const target = account('forbach', 'ANALYST');
    const batches = await Promise.all(
      Array.from({ length: 5 }, (_, b) => sendBatch(b % 2 ? second.url : platform.subgraph.url, Array.from({ length: 10 }, (_, i) => attempt(target.email, `essai-${b}-${i}`)), '198.51.100.20')),
    );
    const answers = batches.flat();
    expect(answers).toHaveLength(50);
    expect(answers.filter((a) => code(a) === 'UNAUTHENTICATED')).toHaveLength(5);
    const refused = answers.filter((a) => code(a) === 'LIMIT_EXCEEDED');
    expect(refused).toHaveLength(45);
    for (const a of refused) {
      expect(a.errors![0]!.extensions!.reason).toBe('TOO_MANY_ATTEMPTS');
      // One attempt comes back every 180 s (five in fifteen minutes).
      expect(a.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThan(170);
      expect(a.errors![0]!.extensions!.retryAfterSeconds).toBeLessThanOrEqual(180);
      expect(a.errors![0]!.message).toBe('Trop de tentatives de connexion pour cette adresse : réessayez dans 3 min.');
    }
    const right = await send(platform.subgraph.url, attempt(target.email.toUpperCase(), 'qualipref-demo'), '198.51.100.21');
    expect(code(right[0]!)).toBe('LIMIT_EXCEEDED');
  });

  it('gives a successful sign-in its attempt back, so that only failures count against the account', async () => {
    const target = account('thionville', 'AGENT');
    for (let i = 0; i < 4; i += 1) expect(code((await send(platform.subgraph.url, attempt(target.email, `essai-${i}`), '198.51.100.23'))[0]!)).toBe('UNAUTHENTICATED');
    for (let i = 0; i < 3; i += 1) expect(code((await send(second.url, attempt(target.email, 'qualipref-demo'), '198.51.100.23'))[0]!)).toBe('OK');
    expect(code((await send(platform.subgraph.url, attempt(target.email, 'essai-5'), '198.51.100.23'))[0]!)).toBe('UNAUTHENTICATED');
    expect(code((await send(platform.subgraph.url, attempt(target.email, 'qualipref-demo'), '198.51.100.23'))[0]!)).toBe('LIMIT_EXCEEDED');
  });

  it('limits the attempts of one client address, whatever the accounts, and only that address', async () => {
    const started = Date.now();
    const answers = await Promise.all(Array.from({ length: 7 }, (_, b) => sendBatch(b % 2 ? second.url : platform.subgraph.url, Array.from({ length: 10 }, (_, i) => attempt(`inconnu-${b}-${i}@demo.qualipref.test`, 'essai')), '198.51.100.30')));
    const codes = answers.flat().map(code);
    // The burst of 60, and one more per second the checks themselves lasted.
    const checked = codes.filter((c) => c === 'UNAUTHENTICATED').length;
    expect(checked).toBeGreaterThanOrEqual(60);
    expect(checked).toBeLessThanOrEqual(60 + Math.ceil((Date.now() - started) / 1000));
    expect(codes.filter((c) => c === 'LIMIT_EXCEEDED')).toHaveLength(70 - checked);
    const other = await send(platform.subgraph.url, attempt(account('metz', 'AGENT').email, 'qualipref-demo'), '198.51.100.31');
    expect(code(other[0]!)).toBe('OK');
  });
});
