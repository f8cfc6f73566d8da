import { createHash } from 'node:crypto';
import { ACCOUNTS, DEMO_FINDINGS, DIRECTORATES, TENANTS } from '@qualipref/demo-fixtures';
import { withClient } from '@qualipref/server-kit';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
// The demo's fixed identifiers are content; every other id is made at random when a row is created.
const FIXED = new Set<string>([...Object.values(TENANTS).map((t) => t.id), ...DIRECTORATES.map((d) => d.id), ...ACCOUNTS.map((a) => a.id), ...Object.values(DEMO_FINDINGS)]);
// Ids and the clock's technical timestamps (those of the 2015 replay are the seeding's).
const ALWAYS_SKIPPED = ['id', 'created_at', 'updated_at'];

function normalize(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') return value.replace(UUID, (id) => (FIXED.has(id) ? id : '<id>'));
  if (Array.isArray(value)) return value.map(normalize);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== 'id')
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, v]) => [key, normalize(v)]),
    );
  }
  return value;
}

/**
 * A digest of every row of a schema without its ids (fixed demo ids kept), per table, plus
 * the digests of the `joined` queries, which keep the links between rows that the ids carried;
 * `skipped`: other columns made at random (secrets). The same demo data gives the same digest.
 */
export async function schemaDigest(url: string, schema: string, { joined = {}, skipped = [] }: { joined?: Record<string, string>; skipped?: string[] } = {}): Promise<Record<string, string>> {
  const SKIPPED = new Set([...ALWAYS_SKIPPED, ...skipped]);
  return withClient(url, async (client) => {
    const tables = await client.query<{ table_name: string }>("select table_name from information_schema.tables where table_schema = $1 and table_type = 'BASE TABLE' and table_name not in ('schema_migrations', 'audit_entry') order by 1", [schema]);
    const queries = { ...Object.fromEntries(tables.rows.map((t) => [t.table_name, `select * from "${schema}"."${t.table_name}"`])), ...joined };
    const digest: Record<string, string> = {};
    for (const [name, sql] of Object.entries(queries)) {
      const rows = (await client.query<Record<string, unknown>>(sql)).rows.map((row) => JSON.stringify(normalize(Object.fromEntries(Object.entries(row).filter(([key]) => !SKIPPED.has(key))))));
      digest[name] = `${rows.length}:${createHash('sha256').update(rows.sort().join('\n')).digest('hex')}`;
    }
    return digest;
  });
}
