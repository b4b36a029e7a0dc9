import { readFileSync } from 'node:fs';
import { loaders } from './departments.loaders.ts';
import { resolvers } from './departments.resolvers.ts';

export const departmentsModule = {
  schema: readFileSync(new URL('./departments.graphql', import.meta.url), 'utf8'),
  resolvers,
  loaders,
};
