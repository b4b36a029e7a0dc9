import type { FastifyInstance } from 'fastify';
import { buildApp, type Config } from '@muster/api';
import type { Database } from '@muster/db';

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    port: 0,
    host: '127.0.0.1',
    dataDir: 'memory://',
    seed: 'none',
    production: false,
    logLevel: 'silent',
    ...overrides,
  };
}

/** The real API (no web app) on the given database. */
export async function testApp(database: Database, overrides: Partial<Config> = {}): Promise<FastifyInstance> {
  const app = await buildApp(testConfig(overrides), { database, logger: false });
  await app.ready();
  return app;
}

export interface GraphQLResponse<T = Record<string, any>> {
  statusCode: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; field?: string } }[];
}

/** Sends a GraphQL document through the real HTTP layer, as a browser or the web app would. */
export async function gql<T = Record<string, any>>(
  app: FastifyInstance,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLResponse<T>> {
  const response = await app.inject({ method: 'POST', url: '/graphql', payload: { query, variables } });
  return { statusCode: response.statusCode, ...(response.json() as Omit<GraphQLResponse<T>, 'statusCode'>) };
}
