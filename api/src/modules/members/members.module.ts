import { readFileSync } from 'node:fs';
import { loaders } from './members.loaders.ts';
import { resolvers } from './members.resolvers.ts';

export const membersModule = {
  schema: readFileSync(new URL('./members.graphql', import.meta.url), 'utf8'),
  resolvers,
  loaders,
};
