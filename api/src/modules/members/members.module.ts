import { readFileSync } from 'node:fs';
import { loaders } from './members.loaders.ts';
import { resolvers } from './members.resolvers.ts';
import { loaders as userLoaders } from './users.loaders.ts';
import { resolvers as userResolvers } from './users.resolvers.ts';

const sdl = (file: string) => readFileSync(new URL(file, import.meta.url), 'utf8');

/** The people of the network: accounts as the schema shows them (users.graphql), and the directory and profiles of verified members. */
export const membersModule = {
  schema: [sdl('./users.graphql'), sdl('./members.graphql')].join('\n'),
  resolvers: {
    ...userResolvers,
    ...resolvers,
    Query: { ...userResolvers.Query, ...resolvers.Query },
    Mutation: { ...userResolvers.Mutation },
    User: { ...userResolvers.User, ...resolvers.User },
  },
  loaders: { ...userLoaders, ...loaders, User: { ...userLoaders.User, ...loaders.User } },
};
