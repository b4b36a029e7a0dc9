import type { IResolvers } from 'mercurius';

export const resolvers: IResolvers = {};
