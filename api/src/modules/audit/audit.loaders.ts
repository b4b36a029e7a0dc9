import type { MercuriusLoaders } from 'mercurius';
import type { AuditEntry } from '@muster/db';
import { batch } from '../../graphql/loaders.ts';
import { usersByIds } from '../users/index.ts';

export const loaders: MercuriusLoaders = {
  AuditEntry: {
    actor: batch(
      (e: AuditEntry) => e.actorId,
      (ids, ctx) => usersByIds(ctx.db, ids),
    ),
    subject: batch(
      (e: AuditEntry) => e.subjectId,
      (ids, ctx) => usersByIds(ctx.db, ids),
    ),
  },
};
