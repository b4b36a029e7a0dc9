import type { NewAuditEntry } from '@muster/db';
import type { AppContext } from '../../graphql/context.ts';
import { recordAudit } from './audit.repository.ts';

export type AuditRecord = Omit<NewAuditEntry, 'id' | 'at' | 'ip' | 'source'> & { actorId?: string | null };

/** Records what the current request did: who (the viewer unless said otherwise), from where, how it went. */
export function audit(ctx: Pick<AppContext, 'db' | 'viewer' | 'client' | 'now'>, record: AuditRecord, db = ctx.db): Promise<void> {
  return recordAudit(db, {
    ...record,
    actorId: record.actorId === undefined ? (ctx.viewer?.id ?? null) : record.actorId,
    at: ctx.now(),
    ip: ctx.client.ip,
    source: ctx.client.source,
  });
}
