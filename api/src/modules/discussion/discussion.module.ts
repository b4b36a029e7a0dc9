import { readFileSync } from 'node:fs';
import { loaders } from './discussion.loaders.ts';
import { resolvers } from './discussion.resolvers.ts';

export const discussionModule = {
  schema: readFileSync(new URL('./discussion.graphql', import.meta.url), 'utf8'),
  resolvers,
  loaders,
};
