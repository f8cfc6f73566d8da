import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fieldLabel, type FieldLabels } from '@qualipref/server-kit';

// A call of a service's input rules with a literal field path: `requiredText(input.title, 'title', 200)`,
// `optionalText(x, \`agenda.${i}.title\`)`; a field passed in a variable is checked where it is named.
const CALL = /\b(?:requiredText|optionalText|isoDate|optionalIsoDate|labelOf)\((?:[^;]*?,\s*)?(['`])([A-Za-z][\w.[\]${}]*)\1/g;

/**
 * The field paths a service's source passes to its input rules that have no French label, so
 * that a message never names a field by its code name (« text », « filedAt »).
 */
export async function unlabelledFields(sourceDir: string, labels: FieldLabels): Promise<string[]> {
  const missing = new Set<string>();
  for (const entry of await readdir(sourceDir, { recursive: true })) {
    if (!entry.endsWith('.ts')) continue;
    const source = await readFile(join(sourceDir, entry), 'utf8');
    for (const [, , path] of source.matchAll(CALL)) {
      const field = path!.replace(/\$\{[^}]*\}/g, '0');
      if (!fieldLabel(labels, field)) missing.add(`${entry}: ${path}`);
    }
  }
  return [...missing].sort();
}
