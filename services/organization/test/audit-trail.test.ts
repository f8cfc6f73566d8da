import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Role, type Identity } from '@qualipref/auth';
import { TENANTS, directorateId } from '@qualipref/demo-fixtures';
import { auditContentOf, auditEntryHash, recordAudit, withClient, type AuditContent, type AuditEntryRow } from '@qualipref/server-kit';
import { account, codes, graphql, signIn, SIGN_IN, startOrganization, type TestPlatform } from './helpers.js';

let platform: TestPlatform;
let url: string;

beforeAll(async () => {
  platform = await startOrganization();
  url = platform.subgraph.url;
});
afterAll(() => platform?.stop());

interface TrailNode {
  operation: string;
  userEmail: string;
  entityType: string;
  entityId: string;
  changes: { field: string; from: unknown; to: unknown }[];
}

async function trail(tenant: string, operation: string): Promise<TrailNode[]> {
  const result = await graphql<{ organizationAuditTrail: { nodes: TrailNode[] } }>(
    url,
    'query($op: String!) { organizationAuditTrail(filter: { operation: $op }) { nodes { operation userEmail entityType entityId changes { field from to } } } }',
    { op: operation },
    await signIn(url, account(tenant, 'ADMINISTRATOR').email),
  );
  return result.data!.organizationAuditTrail.nodes;
}

/** The trail once a refusal written apart from the answer has landed. */
async function eventually(tenant: string, operation: string): Promise<TrailNode[]> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const nodes = await trail(tenant, operation);
    if (nodes.length > 0) return nodes;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return [];
}

describe('refused attempts in the audit trail', () => {
  it('records a sign-in with a wrong password in the account’s tenant, once a minute, without the password', async () => {
    const agent = account('forbach', 'AGENT');
    for (let i = 0; i < 3; i += 1) expect(codes(await graphql(url, SIGN_IN, { email: agent.email, password: 'mauvais-mot-de-passe' }))).toEqual(['UNAUTHENTICATED']);
    const nodes = await eventually('forbach', 'signIn:refused');
    expect(nodes).toEqual([{ operation: 'signIn:refused', userEmail: agent.email, entityType: 'User', entityId: agent.id, changes: [{ field: 'reason', from: null, to: 'BAD_CREDENTIALS' }] }]);
    expect(JSON.stringify(nodes)).not.toContain('mauvais-mot-de-passe');
    expect(await trail('metz', 'signIn:refused')).toEqual([]);
  });

  it('records a write refused as FORBIDDEN, although the refused change itself rolled back', async () => {
    const manager = account('thionville', 'MANAGER');
    const refused = await graphql(url, 'mutation { createDirectorate(input: { code: "PIRATE", name: "Refusée" }) { id } }', {}, await signIn(url, manager.email));
    expect(codes(refused)).toEqual(['FORBIDDEN']);
    const nodes = await eventually('thionville', 'createDirectorate:refused');
    expect(nodes).toEqual([{ operation: 'createDirectorate:refused', userEmail: manager.email, entityType: 'User', entityId: manager.id, changes: [{ field: 'reason', from: null, to: 'FORBIDDEN' }] }]);
    expect(await trail('thionville', 'createDirectorate')).toEqual([]);
  });
});

const CLI = fileURLToPath(new URL('../../../packages/server-kit/dist/db-cli.js', import.meta.url));
const keys = generateKeyPairSync('ed25519');
const signingKey = keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const publicKey = keys.publicKey.export({ type: 'spki', format: 'pem' }).toString();

/** The audit command as an operator runs it: its exit code and what it wrote. */
async function command(name: string, env: Record<string, string>): Promise<{ code: number; output: string }> {
  const base = { PATH: process.env.PATH ?? '', AUDIT_DATABASE_URL: platform.database.roleUrls.auditor };
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [CLI, name], { env: { ...base, ...env } });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

const who = (tenant: 'metz' | 'forbach'): Identity => ({
  userId: account(tenant, 'ADMINISTRATOR').id,
  tenantId: TENANTS[tenant].id,
  directorateId: directorateId(tenant, tenant === 'metz' ? 'DRMM' : 'SPF'),
  role: Role.ADMINISTRATOR,
  readableTenantIds: [TENANTS[tenant].id],
  email: account(tenant, 'ADMINISTRATOR').email,
  name: 'Test',
});

describe('the signed daily digests of the audit trail', () => {
  const days = ['2026-01-12', '2026-01-13', '2026-01-14', '2026-01-15'];
  const asSuperuser = (sql: string, values: unknown[] = []) => withClient(platform.database.url, (client) => client.query(sql, values));

  it('seals the days that are over, then finds every entry changed, removed or added, and every digest forged', async () => {
    for (const tenant of ['metz', 'forbach'] as const) {
      const em = platform.subgraph.database.forTenant(TENANTS[tenant].id);
      for (const day of days) {
        for (const hour of ['09', '14']) {
          const changes = [{ field: 'name', from: `Ancien ${hour}`, to: { libellé: `Nouveau ${hour}`, niveaux: [1, 2.5, null], a: true } }];
          recordAudit(em, who(tenant), `req-${day}-${hour}`, { operation: 'updateService', entityType: 'Service', entityId: randomUUID(), changes }, new Date(`${day}T${hour}:00:00Z`));
        }
      }
      await em.flush();
    }
    const unsealed = await command('audit:verify', { AUDIT_VERIFY_KEY: publicKey });
    expect(unsealed.code).toBe(1);
    expect(unsealed.output).toContain(`organization : journée 2026-01-12 du tenant ${TENANTS.metz.id} non scellée`);

    const sealed = await command('audit:seal', { AUDIT_SIGNING_KEY: signingKey });
    expect(sealed).toEqual({ code: 0, output: expect.stringMatching(/^organization : (\d+) journée\(s\) scellée\(s\)\.\n$/) });
    expect(Number(/: (\d+) journée/.exec(sealed.output)![1])).toBeGreaterThanOrEqual(8);
    expect((await command('audit:seal', { AUDIT_SIGNING_KEY: signingKey })).output).toBe('organization : 0 journée(s) scellée(s).\n');
    expect(await command('audit:verify', { AUDIT_VERIFY_KEY: publicKey })).toEqual({ code: 0, output: "Journal d'audit intact (organization).\n" });

    // The auditor's login reads every tenant but can change no entry.
    await expect(withClient(platform.database.roleUrls.auditor, (client) => client.query("update organization.audit_entry set operation = 'x'"))).rejects.toThrow(/permission denied/);

    const metz = TENANTS.metz.id;
    const entry = async (day: string, hour: string) =>
      (await asSuperuser("select * from organization.audit_entry where tenant_id = $1 and occurred_at = $2", [metz, `${day}T${hour}:00:00Z`])).rows[0] as Record<string, unknown>;
    const changed = await entry(days[0]!, '09');
    await asSuperuser(`update organization.audit_entry set changes = '[{"field":"name","from":"Ancien 09","to":"Falsifié"}]' where id = $1`, [changed.id]);
    const rehashed = await entry(days[1]!, '09');
    await asSuperuser("update organization.audit_entry set user_email = 'autre@demo.qualipref.test' where id = $1", [rehashed.id]);
    const forgedHash = auditEntryHash(await toContent(rehashed.id as string));
    await asSuperuser('update organization.audit_entry set hash = $2 where id = $1', [rehashed.id, forgedHash]);
    const removed = await entry(days[2]!, '14');
    await asSuperuser('delete from organization.audit_entry where id = $1', [removed.id]);
    const added = { id: randomUUID(), tenantId: metz, occurredAt: new Date(`${days[3]}T12:00:00Z`), userId: null, userEmail: 'intrus@exemple.fr', operation: 'deleteUser', entityType: 'User', entityId: randomUUID(), changes: [], requestId: null };
    await asSuperuser(
      'insert into organization.audit_entry (id, tenant_id, occurred_at, user_id, user_email, operation, entity_type, entity_id, changes, request_id, hash) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)',
      [added.id, added.tenantId, added.occurredAt, added.userId, added.userEmail, added.operation, added.entityType, added.entityId, '[]', added.requestId, auditEntryHash(added)],
    );
    await asSuperuser("update organization.audit_digest set entry_count = entry_count - 1 where tenant_id = $1 and day = '2026-01-15'", [TENANTS.forbach.id]);

    const tampered = await command('audit:verify', { AUDIT_VERIFY_KEY: publicKey });
    expect(tampered.code).toBe(1);
    const where = (day: string, tenant: string = metz) => `organization : journée ${day} du tenant ${tenant}`;
    expect(tampered.output.trim().split('\n').sort()).toEqual(
      [
        `organization : entrée ${changed.id} (tenant ${metz}, ${days[0]}) modifiée : son contenu ne correspond plus à son empreinte.`,
        `${where(days[0]!)} : entrées modifiées après le scellement (racine différente).`,
        `${where(days[1]!)} : entrées modifiées après le scellement (racine différente).`,
        `${where(days[2]!)} : 1 entrée(s) supprimée(s) après le scellement.`,
        `${where(days[3]!)} : 1 entrée(s) ajoutée(s) après le scellement.`,
        `${where(days[3]!, TENANTS.forbach.id)} : signature du condensé invalide (condensé modifié, ou signé par une autre clé : ${/clé : (\w+)/.exec(tampered.output)?.[1]}).`,
        "Journal d'audit altéré : 6 anomalie(s).",
      ].sort(),
    );

    const other = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect((await command('audit:verify', { AUDIT_VERIFY_KEY: other })).output).toMatch(/signature du condensé invalide/);
  });
});

/** An entry's content as the superuser reads it back (to forge a matching hash). */
async function toContent(id: string): Promise<AuditContent> {
  const { rows } = await withClient(platform.database.url, (client) => client.query<AuditEntryRow>('select * from organization.audit_entry where id = $1', [id]));
  return auditContentOf(rows[0]!);
}
