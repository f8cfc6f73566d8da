// `pnpm migration:create <name>`: writes the next SQL migration from the entities.
import { createMigration } from '@qualipref/server-kit';
import { quality } from './subgraph.js';

const [command, name] = process.argv.slice(2);
if (command !== 'create' || !name) {
  process.stderr.write('usage: migrations-cli create <name>\n');
  process.exit(2);
}
const file = await createMigration(quality, name);
process.stdout.write(file ? `wrote ${file}\n` : 'entities and migrations agree: nothing to write\n');
