// The database commands of a deployment (README « Security »):
//   roles            prints the role setup SQL a DBA runs as superuser (psql -f), for DATABASE_URL's database
//   audit:seal       seals every day that is over with AUDIT_SIGNING_KEY(_FILE)
//   audit:verify     checks every entry and every sealed day with AUDIT_VERIFY_KEY(_FILE); exit code 1 if tampered
//   audit:keygen     prints a new Ed25519 key pair (PEM)
import { readFileSync } from 'node:fs';
import { generateKeyPairSync } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { auditedSchemas, readSigningKey, readVerifyKey, sealAuditDays, verifyAuditTrail } from './audit-seal.js';
import { setupRolesSql, withClient } from './database.js';

type Out = (line: string) => void;

function setting(env: NodeJS.ProcessEnv, name: string): string {
  const inline = env[name];
  if (inline) return inline;
  const file = env[`${name}_FILE`];
  if (file) return readFileSync(file, 'utf8');
  throw new Error(`${name} or ${name}_FILE is required`);
}

/** The connection of the audit commands: the auditor's, else the owner's, else the services'. */
const auditUrl = (env: NodeJS.ProcessEnv) => setting({ ...env, AUDIT_DATABASE_URL: env.AUDIT_DATABASE_URL || env.DATABASE_MIGRATION_URL || env.DATABASE_URL }, 'AUDIT_DATABASE_URL');

/** Runs one command; returns the exit code. */
export async function runDatabaseCommand(args: string[], env: NodeJS.ProcessEnv, out: Out, err: Out): Promise<number> {
  const [command] = args;
  try {
    switch (command) {
      case 'roles': {
        const url = new URL(setting(env, 'DATABASE_URL'));
        out(setupRolesSql(decodeURIComponent(url.pathname.slice(1))));
        return 0;
      }
      case 'audit:keygen': {
        const pair = generateKeyPairSync('ed25519');
        out(pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString().trim());
        out(pair.publicKey.export({ type: 'spki', format: 'pem' }).toString().trim());
        return 0;
      }
      case 'audit:seal': {
        const key = readSigningKey(setting(env, 'AUDIT_SIGNING_KEY'));
        return await withClient(auditUrl(env), async (client) => {
          let failed = false;
          for (const schema of await auditedSchemas(client)) {
            const { sealed, refused } = await sealAuditDays(client, schema, key);
            out(`${schema} : ${sealed} journée(s) scellée(s).`);
            for (const day of refused) err(`Journée non scellée, ses entrées ne correspondent plus à leur empreinte : ${day}.`);
            failed ||= refused.length > 0;
          }
          return failed ? 1 : 0;
        });
      }
      case 'audit:verify': {
        const key = readVerifyKey(setting({ ...env, AUDIT_VERIFY_KEY: env.AUDIT_VERIFY_KEY || env.AUDIT_SIGNING_KEY, AUDIT_VERIFY_KEY_FILE: env.AUDIT_VERIFY_KEY_FILE || env.AUDIT_SIGNING_KEY_FILE }, 'AUDIT_VERIFY_KEY'));
        return await withClient(auditUrl(env), async (client) => {
          const schemas = await auditedSchemas(client);
          const problems = (await Promise.all(schemas.map((schema) => verifyAuditTrail(client, schema, key)))).flat();
          for (const problem of problems) err(problem);
          out(problems.length === 0 ? `Journal d'audit intact (${schemas.join(', ') || 'aucun schéma'}).` : `Journal d'audit altéré : ${problems.length} anomalie(s).`);
          return problems.length === 0 ? 0 : 1;
        });
      }
      default:
        err('usage: db-cli roles | audit:keygen | audit:seal | audit:verify');
        return 2;
    }
  } catch (error) {
    err((error as Error).message);
    return 2;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const write = (stream: NodeJS.WriteStream) => (line: string) => stream.write(`${line}\n`);
  process.exitCode = await runDatabaseCommand(process.argv.slice(2), process.env, write(process.stdout), write(process.stderr));
}
