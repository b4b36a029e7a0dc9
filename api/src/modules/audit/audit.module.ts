import { readFileSync } from 'node:fs';
import { loaders } from './audit.loaders.ts';
import { resolvers } from './audit.resolvers.ts';

export const auditModule = {
  schema: readFileSync(new URL('./audit.graphql', import.meta.url), 'utf8'),
  resolvers,
  loaders,
};
