// The GraphQL schema (api/src/**/*.graphql) is the contract: `pnpm codegen` writes the TypeScript
// the API's resolvers and the web's pages use from it, and `pnpm codegen:check` fails when what is
// committed differs from what the schema and the web's documents give. The generated files are
// left as the generator writes them (Prettier and ESLint skip them), so that the check compares
// like with like.
import type { CodegenConfig } from '@graphql-codegen/cli';

const scalars = { DateTime: 'string', Date: 'string' };

const config: CodegenConfig = {
  overwrite: true,
  schema: 'api/src/**/*.graphql',
  generates: {
    'api/src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        scalars,
        contextType: 'mercurius#MercuriusContext',
        enumsAsTypes: true,
        useTypeImports: true,
        // Resolvers return database rows, which the field resolvers complete: parents are partial.
        defaultMapper: 'Partial<{T}>',
      },
    },
    'web/src/lib/generated/graphql.ts': {
      documents: ['web/src/**/*.ts', 'web/src/**/*.svelte', '!web/src/lib/generated/**'],
      plugins: ['typescript-operations'],
      config: {
        scalars,
        enumType: 'string-literal',
        useTypeImports: true,
        skipTypename: true,
      },
    },
  },
};

export default config;
