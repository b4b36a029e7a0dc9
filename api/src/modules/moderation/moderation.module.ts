import { readFileSync } from 'node:fs';
import { resolvers as messageReports } from './message-reports.ts';
import { loaders } from './moderation.loaders.ts';
import { resolvers } from './moderation.resolvers.ts';

export const moderationModule = {
  schema: readFileSync(new URL('./moderation.graphql', import.meta.url), 'utf8'),
  resolvers: { ...resolvers, Mutation: { ...resolvers.Mutation, ...messageReports.Mutation } },
  loaders,
};
