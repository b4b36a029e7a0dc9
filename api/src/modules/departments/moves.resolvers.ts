import type { MercuriusLoaders } from 'mercurius';
import type { Resolvers } from '../../generated/graphql.ts';
import type { User } from '@muster/db';
import { badInput, clientError } from '../../graphql/errors.ts';
import { batch } from '../../graphql/loaders.ts';
import * as validate from '../../graphql/validate.ts';
import {
  canDecideDepartmentMove,
  canStillMove,
  departmentMovesScope,
  privileged,
  requireMovableMember,
  requireViewer,
} from '../../policy.ts';
import { audit } from '../audit/index.ts';
import { findUserById, usersByIds } from '../users/index.ts';
import type { Mail } from '../notifications/index.ts';
import { departmentsByIds, findDepartmentBySlug } from './departments.repository.ts';
import { moveAskedMail, moveDecidedMail, moveLeavingMail } from './moves-mails.ts';
import {
  chiefsOf,
  closeOpenMove,
  createMove,
  decideMove,
  findMove,
  moveMember,
  movesToDecide,
  openMovesOf,
  type DepartmentMove,
} from './moves.repository.ts';

export const resolvers: Resolvers = {
  Query: {
    departmentMovesToDecide: async (_root, _args, ctx) => {
      const viewer = requireViewer(ctx.viewer);
      const scope = departmentMovesScope(viewer);
      if (scope === 'withoutChief') return movesToDecide(ctx.db, { withoutChief: true });
      if (scope) return movesToDecide(ctx.db, scope);
      throw clientError('FORBIDDEN', "Only a department's chief, or an administrator for a department without one, decides move requests.");
    },
  },
  Mutation: {
    requestDepartmentMove: async (_root, args, ctx) => {
      const viewer = requireMovableMember(ctx.viewer);
      const to = await findDepartmentBySlug(ctx.db, validate.slug('departmentSlug', args.departmentSlug.trim()));
      if (!to || !to.verified) throw badInput('departmentSlug', 'There is no such department on Muster. Choose one from the list.');
      if (to.id === viewer.departmentId) throw badInput('departmentSlug', `You already belong to ${to.name}.`);
      const [member, fromMap] = await Promise.all([
        findUserById(ctx.db, viewer.id),
        departmentsByIds(ctx.db, viewer.departmentId ? [viewer.departmentId] : []),
      ]);
      const from = viewer.departmentId ? (fromMap.get(viewer.departmentId) ?? null) : null;
      const now = ctx.now();
      // A newer request replaces the one still waiting: a member asks to join one department at a time.
      await ctx.db.transaction(async (tx) => {
        const replaced = await closeOpenMove(tx, viewer.id, 'WITHDRAWN', viewer.id, now);
        await createMove(tx, { userId: viewer.id, fromDepartmentId: viewer.departmentId, toDepartmentId: to.id, now });
        const detail = `${from?.slug ?? '(none)'} → ${to.slug}${replaced ? ' (replaces an open request)' : ''}`;
        await audit(ctx, { action: 'DEPARTMENT_MOVE_REQUESTED', outcome: 'SUCCESS', subjectId: viewer.id, detail }, tx);
      });
      const url = ctx.mailer.publicUrl;
      const [newChiefs, oldChiefs] = await Promise.all([chiefsOf(ctx.db, to.id), from ? chiefsOf(ctx.db, from.id) : []]);
      const mails: Mail[] = [
        ...newChiefs.map((chief) => moveAskedMail(chief, member!, from, to, url)),
        ...oldChiefs.map((chief) => moveLeavingMail(chief, member!, from!, to, false, url)),
      ];
      await ctx.mailer.send(mails, now);
      return true;
    },

    withdrawDepartmentMove: async (_root, _args, ctx) => {
      const viewer = requireViewer(ctx.viewer);
      const withdrawn = await ctx.db.transaction(async (tx) => {
        const closed = await closeOpenMove(tx, viewer.id, 'WITHDRAWN', viewer.id, ctx.now());
        if (closed) await audit(ctx, { action: 'DEPARTMENT_MOVE_WITHDRAWN', outcome: 'SUCCESS', subjectId: viewer.id }, tx);
        return closed;
      });
      if (!withdrawn) throw clientError('NOT_FOUND', 'You have no move request waiting.');
      return true;
    },

    decideDepartmentMove: async (_root, args, ctx) => {
      const viewer = requireViewer(ctx.viewer);
      const move = await findMove(ctx.db, validate.uuid('id', args.id));
      if (!move) throw clientError('NOT_FOUND', 'There is no move request with that ID.', { field: 'id' });
      const newChiefs = await chiefsOf(ctx.db, move.toDepartmentId);
      if (!canDecideDepartmentMove(viewer, move.toDepartmentId, newChiefs)) {
        throw clientError(
          'FORBIDDEN',
          'Only the chief of the department asked for (an administrator when it has none) decides this request.',
          { field: 'id' },
        );
      }
      privileged(viewer);
      if (move.decidedAt)
        throw clientError('CONFLICT', `This request was already ${move.decision?.toLowerCase() ?? 'decided'}.`, { field: 'id' });
      const member = await findUserById(ctx.db, move.userId);
      if (!member) throw clientError('NOT_FOUND', 'There is no move request with that ID.', { field: 'id' });
      if (args.approve && !canStillMove(member)) {
        throw clientError('CONFLICT', 'This member can no longer move this way (their role or account changed); decline the request.', {
          field: 'id',
        });
      }
      const now = ctx.now();
      const leftDepartmentId = member.departmentId;
      const decided = await ctx.db.transaction(async (tx) => {
        const row = await decideMove(tx, move.id, args.approve ? 'APPROVED' : 'DECLINED', viewer.id, now);
        if (!row) throw clientError('CONFLICT', 'Someone decided this request a moment ago.', { field: 'id' });
        if (args.approve) await moveMember(tx, member.id, move.toDepartmentId);
        await audit(
          ctx,
          {
            action: args.approve ? 'DEPARTMENT_MOVE_APPROVED' : 'DEPARTMENT_MOVE_DECLINED',
            outcome: 'SUCCESS',
            subjectId: member.id,
            detail: move.id,
          },
          tx,
        );
        return row;
      });
      const departments = await departmentsByIds(ctx.db, [move.toDepartmentId, ...(leftDepartmentId ? [leftDepartmentId] : [])]);
      const to = departments.get(move.toDepartmentId)!;
      const from = leftDepartmentId ? departments.get(leftDepartmentId) : undefined;
      const url = ctx.mailer.publicUrl;
      const mails: Mail[] = [moveDecidedMail(member, to, args.approve, url)];
      if (args.approve && from && from.id !== to.id) {
        for (const chief of await chiefsOf(ctx.db, from.id)) mails.push(moveLeavingMail(chief, member, from, to, true, url));
      }
      await ctx.mailer.send(mails, now);
      return decided;
    },
  },
};

export const loaders: MercuriusLoaders = {
  DepartmentMove: {
    member: batch(
      (m: DepartmentMove) => m.userId,
      (ids, ctx) => usersByIds(ctx.db, ids),
    ),
    from: batch(
      (m: DepartmentMove) => m.fromDepartmentId,
      (ids, ctx) => departmentsByIds(ctx.db, ids),
    ),
    to: batch(
      (m: DepartmentMove) => m.toDepartmentId,
      (ids, ctx) => departmentsByIds(ctx.db, ids),
    ),
  },
  User: {
    // The viewer's own open request only.
    departmentMove: batch(
      (u: User) => u.id,
      async (ids, ctx) => {
        const own = ids.filter((id) => id === ctx.viewer?.id);
        return own.length ? openMovesOf(ctx.db, own) : new Map();
      },
    ),
  },
};
