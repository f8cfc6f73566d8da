// Types of the operations written in an app's src/, from the composed supergraph (a build output
// of @qualipref/gateway): an operation that no longer matches the schema fails the build there.
// Plain JavaScript, read by graphql-codegen before anything is built.
import { fileURLToPath } from 'node:url';

/** @type {import('@graphql-codegen/cli').CodegenConfig} */
const config = {
  schema: fileURLToPath(new URL('../../services/gateway/supergraph.graphql', import.meta.url)),
  documents: ['src/**/*.{ts,tsx}', '!src/generated/**'],
  generates: {
    'src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      // `__typename` as Apollo Client's cache adds it to every selection but the root's, so that
      // test fixtures typed from these results carry the type names the cache normalizes by.
      config: { enumsAsTypes: true, useTypeImports: true, nonOptionalTypename: true, skipTypeNameForRoot: true, scalars: { DateTimeISO: 'string', JSON: 'unknown' } },
    },
  },
};

export default config;
