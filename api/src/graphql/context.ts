import type { Db } from '@muster/db';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Viewer } from '../policy.ts';

export interface AppContext {
  db: Db;
  viewer: Viewer | null;
}

declare module 'mercurius' {
  interface MercuriusContext extends AppContext {}
}

export function buildContext(db: Db) {
  return async (_request: FastifyRequest, _reply: FastifyReply): Promise<AppContext> => ({ db, viewer: null });
}
