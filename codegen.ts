// The GraphQL schema (api/src/**/*.graphql) is the contract: `pnpm codegen` writes the TypeScript
// the API's resolvers and the web's pages use from it, and `pnpm codegen:check` fails when what is
// committed differs from what the schema and the web's documents give. The generated files are
// left as the generator writes them (Prettier and ESLint skip them), so that the check compares
// like with like.
import type { CodegenConfig } from '@graphql-codegen/cli';

// The web sends and reads the scalars as strings. The API's resolvers receive DateTime as a Date
// (api/src/graphql/scalars.ts parses it) and may return a Date or a string for either.
const webScalars = { DateTime: 'string', Date: 'string' };
const apiScalars = {
  DateTime: { input: 'Date', output: 'Date | string' },
  Date: { input: 'string', output: 'Date | string' },
};

// Each object type a resolver answers with a database row is mapped to that row (re-exported by
// api/src/graphql/mappers.ts), so its resolvers must return the row and its field resolvers read it.
const rows = [
  'Activity',
  'Answer',
  'AnswerReply',
  'AuditEntry',
  'Comment',
  'Conversation',
  'Debrief',
  'Department',
  'DepartmentMove',
  'Event',
  'FeaturedCaseStudy',
  'Flag',
  'Invitation',
  'Message',
  'ModeratedItem',
  'ModerationEvent',
  'Notification',
  'Practice',
  'Question',
  'SavedItem',
  'Topic',
  'User',
];
// A page of a list is a Connection (its totalCount may be a function GraphQL calls only when asked).
const connections = [
  'Activity',
  'AuditEntry',
  'Comment',
  'Conversation',
  'Debrief',
  'Department',
  'Event',
  'Flag',
  'Invitation',
  'Message',
  'ModeratedItem',
  'Notification',
  'Practice',
  'Question',
  'SavedItem',
  'User',
];
const mappers = {
  // A page of search results, whose facets and suggestion are worked out only when asked for.
  SearchResult: '../graphql/mappers.ts#SearchResultRow',
  ...Object.fromEntries(rows.map((type) => [type, `../graphql/mappers.ts#${type}Row`])),
  ...Object.fromEntries(connections.map((node) => [`${node}Connection`, `../graphql/mappers.ts#Connection<ResolversTypes['${node}']>`])),
};

const config: CodegenConfig = {
  overwrite: true,
  schema: 'api/src/**/*.graphql',
  generates: {
    'api/src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        scalars: apiScalars,
        mappers,
        contextType: 'mercurius#MercuriusContext',
        enumsAsTypes: true,
        useTypeImports: true,
        // The other types are answered with plain objects that field resolvers may complete: partial.
        defaultMapper: 'Partial<{T}>',
      },
    },
    'web/src/lib/generated/graphql.ts': {
      documents: ['web/src/**/*.ts', 'web/src/**/*.svelte', '!web/src/lib/generated/**'],
      plugins: ['typescript-operations'],
      config: {
        scalars: webScalars,
        enumType: 'string-literal',
        useTypeImports: true,
        skipTypename: true,
      },
    },
  },
};

export default config;
