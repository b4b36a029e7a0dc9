import { readFileSync } from 'node:fs';
import { loaders } from './departments.loaders.ts';
import { resolvers } from './departments.resolvers.ts';
import { domainLoaders, resolvers as domains } from './domains.resolvers.ts';
import { loaders as moveLoaders, resolvers as moveResolvers } from './moves.resolvers.ts';

const sdl = (file: string) => readFileSync(new URL(file, import.meta.url), 'utf8');

export const departmentsModule = {
  schema: [sdl('./departments.graphql'), sdl('./domains.graphql'), sdl('./moves.graphql')].join('\n'),
  resolvers: {
    ...moveResolvers,
    ...resolvers,
    Query: { ...resolvers.Query, ...moveResolvers.Query },
    Mutation: { ...resolvers.Mutation, ...domains.Mutation, ...moveResolvers.Mutation },
    Department: { ...resolvers.Department, ...domains.Department },
  },
  loaders: { ...loaders, ...moveLoaders, Department: { ...loaders.Department, ...domainLoaders.Department } },
};
