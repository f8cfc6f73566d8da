import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import type pg from 'pg';
import { auditEntryHash, AUDIT_DIGEST_TABLE, AUDIT_TABLE, type AuditContent } from './audit.js';
import { quoteIdent } from './database.js';

/** The text a digest's signature covers. */
function digestMessage(schema: string, tenantId: string, day: string, count: number, root: string): string {
  return `qualipref-audit/v1\n${schema}\n${tenantId}\n${day}\n${count}\n${root}`;
}

/** The root of one tenant's day: SHA-256 over its entries' hashes, ordered by id. */
export function dayRoot(hashes: string[]): string {
  return createHash('sha256').update(hashes.join('\n')).digest('hex');
}

/** A key's short fingerprint, stored with each digest to tell which key signed it. */
export function keyId(key: KeyObject): string {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  return createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 16);
}

export function readSigningKey(pem: string): KeyObject {
  const key = createPrivateKey(pem);
  if (key.asymmetricKeyType !== 'ed25519') throw new Error('AUDIT_SIGNING_KEY: an Ed25519 private key (PEM) is expected');
  return key;
}

/** The public key from a public or a private PEM (the verifier needs only the public one). */
export function readVerifyKey(pem: string): KeyObject {
  const key = pem.includes('PRIVATE KEY') ? createPublicKey(createPrivateKey(pem)) : createPublicKey(pem);
  if (key.asymmetricKeyType !== 'ed25519') throw new Error('AUDIT_VERIFY_KEY: an Ed25519 public key (PEM) is expected');
  return key;
}

/** A row of `audit_entry` as the driver reads it. */
export interface AuditEntryRow {
  id: string;
  tenant_id: string;
  occurred_at: Date;
  user_id: string | null;
  user_email: string;
  operation: string;
  entity_type: string;
  entity_id: string;
  changes: AuditContent['changes'];
  request_id: string | null;
  hash: string;
}

interface EntryRow extends AuditEntryRow {
  day: string;
}

interface DigestRow {
  tenant_id: string;
  day: string;
  entry_count: number;
  root: string;
  signature: string;
  key_id: string;
}

/** What an entry's hash covers, from its row. */
export const auditContentOf = (row: AuditEntryRow): AuditContent => ({
  id: row.id,
  tenantId: row.tenant_id,
  occurredAt: row.occurred_at,
  userId: row.user_id,
  userEmail: row.user_email,
  operation: row.operation,
  entityType: row.entity_type,
  entityId: row.entity_id,
  changes: row.changes,
  requestId: row.request_id,
});

/** Every entry of the days before `before` (UTC, YYYY-MM-DD), grouped by tenant and day, each group ordered by id. */
async function entriesBefore(client: pg.Client, schema: string, before: string): Promise<Map<string, EntryRow[]>> {
  const { rows } = await client.query<EntryRow>(
    `select id, tenant_id, occurred_at, user_id, user_email, operation, entity_type, entity_id, changes, request_id, hash,
       to_char((occurred_at at time zone 'UTC')::date, 'YYYY-MM-DD') as day
     from ${quoteIdent(schema)}.${AUDIT_TABLE} where occurred_at < ($1::date)::timestamp at time zone 'UTC' order by tenant_id, day, id`,
    [before],
  );
  const days = new Map<string, EntryRow[]>();
  for (const row of rows) {
    const key = `${row.tenant_id}|${row.day}`;
    days.set(key, [...(days.get(key) ?? []), row]);
  }
  return days;
}

async function digests(client: pg.Client, schema: string): Promise<Map<string, DigestRow>> {
  const { rows } = await client.query<DigestRow>(
    `select tenant_id, to_char(day, 'YYYY-MM-DD') as day, entry_count, root, signature, key_id from ${quoteIdent(schema)}.${AUDIT_DIGEST_TABLE}`,
  );
  return new Map(rows.map((row) => [`${row.tenant_id}|${row.day}`, row]));
}

/**
 * An entry written before entries were hashed has an empty hash: its content is covered only by
 * its day's digest, as an entry whose hash was recomputed after a change would be anyway.
 */
const hashMatches = (row: EntryRow, hash: string) => row.hash === '' || row.hash === hash;

/** Today in UTC: the days before it are over and may be sealed. */
export const todayUtc = (now = new Date()) => now.toISOString().slice(0, 10);

/**
 * Seals every tenant's day that is over and not sealed yet: the root of its entries' hashes,
 * signed. A day whose entries no longer match their own hash is left unsealed and returned.
 */
export async function sealAuditDays(client: pg.Client, schema: string, key: KeyObject, before = todayUtc()): Promise<{ sealed: number; refused: string[] }> {
  const sealed = await digests(client, schema);
  const refused: string[] = [];
  let count = 0;
  for (const [dayKey, entries] of await entriesBefore(client, schema, before)) {
    if (sealed.has(dayKey)) continue;
    const [tenantId, day] = dayKey.split('|') as [string, string];
    const hashes = entries.map((row) => auditEntryHash(auditContentOf(row)));
    if (entries.some((row, i) => !hashMatches(row, hashes[i]!))) {
      refused.push(`${schema} ${tenantId} ${day}`);
      continue;
    }
    const root = dayRoot(hashes);
    const signature = sign(null, Buffer.from(digestMessage(schema, tenantId, day, entries.length, root)), key).toString('base64');
    await client.query(
      `insert into ${quoteIdent(schema)}.${AUDIT_DIGEST_TABLE} (id, tenant_id, day, entry_count, root, signature, key_id, sealed_at)
       values (gen_random_uuid(), $1, $2, $3, $4, $5, $6, now())`,
      [tenantId, day, entries.length, root, signature, keyId(key)],
    );
    count += 1;
  }
  return { sealed: count, refused };
}

/**
 * Checks a schema's trail: each entry against its own hash, each sealed day against its signed
 * digest (an entry changed, added or removed changes the root or the count), and that every day
 * over is sealed (a digest removed). Returns one line in French per problem; none when intact.
 */
export async function verifyAuditTrail(client: pg.Client, schema: string, key: KeyObject, before = todayUtc()): Promise<string[]> {
  const problems: string[] = [];
  const sealed = await digests(client, schema);
  const days = await entriesBefore(client, schema, before);
  for (const [dayKey, entries] of days) {
    const [tenantId, day] = dayKey.split('|') as [string, string];
    const hashes = entries.map((row) => auditEntryHash(auditContentOf(row)));
    entries.forEach((row, i) => {
      if (!hashMatches(row, hashes[i]!)) problems.push(`${schema} : entrée ${row.id} (tenant ${tenantId}, ${day}) modifiée : son contenu ne correspond plus à son empreinte.`);
    });
    const digest = sealed.get(dayKey);
    if (!digest) {
      problems.push(`${schema} : journée ${day} du tenant ${tenantId} non scellée (${entries.length} entrée(s) sans empreinte signée).`);
      continue;
    }
    problems.push(...dayProblems(schema, digest, key, entries.length, dayRoot(hashes)));
  }
  for (const [dayKey, digest] of sealed) {
    if (!days.has(dayKey)) problems.push(...dayProblems(schema, digest, key, 0, dayRoot([])));
  }
  return problems;
}

function dayProblems(schema: string, digest: DigestRow, key: KeyObject, count: number, root: string): string[] {
  const where = `${schema} : journée ${digest.day} du tenant ${digest.tenant_id}`;
  const signed = digestMessage(schema, digest.tenant_id, digest.day, digest.entry_count, digest.root);
  if (digest.key_id !== keyId(key) || !verify(null, Buffer.from(signed), key, Buffer.from(digest.signature, 'base64'))) {
    return [`${where} : signature du condensé invalide (condensé modifié, ou signé par une autre clé : ${digest.key_id}).`];
  }
  if (count > digest.entry_count) return [`${where} : ${count - digest.entry_count} entrée(s) ajoutée(s) après le scellement.`];
  if (count < digest.entry_count) return [`${where} : ${digest.entry_count - count} entrée(s) supprimée(s) après le scellement.`];
  if (root !== digest.root) return [`${where} : entrées modifiées après le scellement (racine différente).`];
  return [];
}

/** The schemas of a database that hold an audit trail. */
export async function auditedSchemas(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ schema: string }>(
    `select table_schema as schema from information_schema.tables where table_name = $1
     and table_schema in (select table_schema from information_schema.tables where table_name = $2) order by 1`,
    [AUDIT_TABLE, AUDIT_DIGEST_TABLE],
  );
  return rows.map((row) => row.schema);
}
