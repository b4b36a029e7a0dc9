import { readFileSync } from 'node:fs';
import { loaders } from './moderation.loaders.ts';
import { resolvers } from './moderation.resolvers.ts';

export const moderationModule = {
  schema: readFileSync(new URL('./moderation.graphql', import.meta.url), 'utf8'),
  resolvers,
  loaders,
};
