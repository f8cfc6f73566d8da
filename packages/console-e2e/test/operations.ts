import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Kind, parse, visit, type DocumentNode } from 'graphql';

const root = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));

/** The folders whose codegen output holds operations the apps send. */
const FOLDERS = ['apps/console', 'apps/mf-dctaj', 'apps/mf-drmm', 'packages/console-kit', 'packages/correspondence-screens', 'apps/kiosk', 'apps/transparence'];

export interface AppOperation {
  name: string;
  document: DocumentNode;
}

/**
 * Every operation of the console, its remotes and the kiosk, exactly as Apollo Client sends them
 * (every selection set but the operation's asks for __typename too), then the analysts' saved
 * GraphiQL queries, as GraphiQL sends them.
 */
export async function appOperations(): Promise<AppOperation[]> {
  const operations: AppOperation[] = [];
  for (const folder of FOLDERS) {
    // The typed documents that codegen writes.
    const source = await readFile(root(`${folder}/src/generated/graphql.ts`), 'utf8');
    for (const [, name, json] of source.matchAll(/export const (\w+)Document = (\{.*\}) as unknown as/g)) {
      const document = visit(JSON.parse(json!) as DocumentNode, {
        SelectionSet: {
          leave: (node, _key, parent) =>
            parent && !Array.isArray(parent) && (parent as { kind?: string }).kind === Kind.OPERATION_DEFINITION
              ? undefined
              : node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename')
                ? undefined
                : { ...node, selections: [...node.selections, { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }] },
        },
      });
      operations.push({ name: `${folder} ${name}`, document });
    }
  }
  const saved = [...(await readFile(root('apps/console/src/AnalystPage.tsx'), 'utf8')).matchAll(/query: `([^`]*)`/g)].map(([, query]) => query!);
  if (saved.length < 4) throw new Error(`only ${saved.length} saved GraphiQL queries found in AnalystPage.tsx`);
  for (const query of saved) operations.push({ name: `saved ${/query (\w+)/.exec(query)?.[1]}`, document: parse(query) });
  return operations;
}
