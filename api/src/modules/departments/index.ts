import { readFileSync } from 'node:fs';
import { loaders } from './departments.loaders.ts';
import { resolvers } from './departments.resolvers.ts';
import { domainLoaders, resolvers as domains } from './domains.resolvers.ts';

export const departmentsModule = {
  schema: ['./departments.graphql', './domains.graphql'].map((file) => readFileSync(new URL(file, import.meta.url), 'utf8')).join('\n'),
  resolvers: { ...resolvers, Mutation: domains.Mutation, Department: { ...resolvers.Department, ...domains.Department } },
  loaders: { Department: { ...loaders.Department, ...domainLoaders.Department } },
};
