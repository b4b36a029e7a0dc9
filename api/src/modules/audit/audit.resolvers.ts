import type { Resolvers } from '../../generated/graphql.ts';
import { connection, readPage } from '../../graphql/pagination.ts';
import * as validate from '../../graphql/validate.ts';
import { requireAdmin } from '../../policy.ts';
import { audit } from './audit.ts';
import { listAudit, type AuditFilter } from './audit.repository.ts';

export const resolvers: Resolvers = {
  Query: {
    auditLog: async (_root, args, ctx) => {
      requireAdmin(ctx.viewer);
      const page = readPage<[number]>(args, 50, ['integer']);
      const filter: AuditFilter = {
        actions: args.filter?.actions
          ? validate.listOf('filter.actions', args.filter.actions, (a) => validate.text('filter.actions', a, 60) ?? '')
          : undefined,
        outcome: args.filter?.outcome ?? undefined,
        userId: args.filter?.userId ? validate.uuid('filter.userId', args.filter.userId) : undefined,
        from: args.filter?.from ?? undefined,
        to: args.filter?.to ?? undefined,
      };
      // Reading the log is itself a security event.
      await audit(ctx, { action: 'AUDIT_LOG_READ', outcome: 'SUCCESS', detail: JSON.stringify(args.filter ?? {}) });
      const { rows, totalCount } = await listAudit(ctx.db, filter, page);
      return connection(rows, page.limit, totalCount, (row) => [row.id]);
    },
  },
  AuditEntry: {
    id: (entry) => String(entry.id),
  },
};
