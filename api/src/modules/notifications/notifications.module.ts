import { readFileSync } from 'node:fs';
import { loaders } from './notifications.loaders.ts';
import { resolvers } from './notifications.resolvers.ts';

export const notificationsModule = {
  schema: readFileSync(new URL('./notifications.graphql', import.meta.url), 'utf8'),
  resolvers,
  loaders,
};
