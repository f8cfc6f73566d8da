import type { CodegenConfig } from '@graphql-codegen/cli';

// Types of the operations written in src/, from the composed supergraph (a build output of
// @qualipref/gateway): an operation that no longer matches the schema fails the build here.
const config: CodegenConfig = {
  schema: '../../services/gateway/supergraph.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/generated/**'],
  generates: {
    'src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { enumsAsTypes: true, useTypeImports: true, scalars: { DateTimeISO: 'string', JSON: 'unknown' } },
    },
  },
};

export default config;
