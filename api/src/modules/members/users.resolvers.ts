import type { MercuriusContext } from 'mercurius';
import type { User } from '@muster/db';
import type { Resolvers } from '../../generated/graphql.ts';
import { badInput, clientError, FieldErrors } from '../../graphql/errors.ts';
import { countTogether } from '../../graphql/counts.ts';
import { connection, readPage } from '../../graphql/pagination.ts';
import * as validate from '../../graphql/validate.ts';
import {
  approvalVerifiesDepartment,
  canReleaseLockout,
  canSeePrivateFields,
  canVerify,
  pendingMembersScope,
  reviewsFor,
  requireAdmin,
  requireMemberManager,
  requireNotSuspended,
  requireViewer,
  viewerAbilities,
} from '../../policy.ts';
import { audit } from '../audit/index.ts';
import { releaseLock, revokeSessions } from '../auth/index.ts';
import { findDepartmentBySlug } from '../departments/index.ts';
import { recordActivity } from '../notifications/index.ts';
import { inReviewCount, topicIdsBySlug } from '../practices/index.ts';
import { renderMarkdown } from '../../markdown.ts';
import {
  findUserById,
  listPendingMembers,
  pendingMembersCount,
  listUsers,
  setStatedExpertise,
  updateUser,
  verifyDepartment,
} from '../users/index.ts';

async function member(ctx: MercuriusContext, userId: string): Promise<User> {
  const user = await findUserById(ctx.db, validate.uuid('userId', userId));
  if (!user) throw clientError('NOT_FOUND', 'There is no member with that ID.');
  return user;
}

/** The member as a write left them: removed meanwhile, they are not there to answer for User!. */
function stillThere(user: User | null): User {
  if (!user) throw clientError('NOT_FOUND', 'There is no member with that ID.');
  return user;
}

/** The viewer's own account as a write left it: removed after the session was read, they are no longer signed in. */
function stillSignedIn(user: User | null): User {
  if (!user) throw clientError('UNAUTHENTICATED', 'Sign in to do this.');
  return user;
}

async function departmentIdOf(ctx: MercuriusContext, field: string, slug: string): Promise<string> {
  const department = await findDepartmentBySlug(ctx.db, validate.slug(field, slug));
  if (!department) throw badInput(field, 'There is no department with that slug.');
  return department.id;
}

/** Private fields read as null for anyone but the member (confirmed or not yet), their chief, moderators and admins. */
const privateField =
  <T>(read: (user: User) => T) =>
  (user: User, _args: unknown, ctx: MercuriusContext): T | null =>
    ctx.unconfirmed?.id === user.id || canSeePrivateFields(ctx.viewer, user) ? read(user) : null;

const maxBio = 2000;
const maxExpertise = 10;

export const resolvers: Resolvers = {
  Query: {
    pendingMembers: async (_root, args, ctx) => {
      const viewer = requireMemberManager(ctx.viewer);
      const departmentId = args.departmentSlug ? await departmentIdOf(ctx, 'departmentSlug', args.departmentSlug) : undefined;
      const scope = pendingMembersScope(viewer);
      if (scope === 'all') return listPendingMembers(ctx.db, departmentId);
      if (!scope || (departmentId && departmentId !== scope.departmentId)) {
        throw clientError('FORBIDDEN', 'Chiefs review the members of their own department only.');
      }
      return listPendingMembers(ctx.db, scope.departmentId);
    },
    users: async (_root, args, ctx) => {
      requireAdmin(ctx.viewer);
      const page = readPage<[string, string]>(args, 50, ['timestamp', 'uuid']);
      const f = args.filter ?? {};
      const { rows, totalCount } = await listUsers(
        ctx.db,
        {
          role: f.role ?? undefined,
          verification: f.verification ?? undefined,
          departmentId: f.departmentSlug ? await departmentIdOf(ctx, 'filter.departmentSlug', f.departmentSlug) : undefined,
          search: validate.text('filter.search', f.search, 100),
          lockedOnly: f.lockedOnly ?? undefined,
        },
        page,
      );
      return connection(rows, page.limit, totalCount, (u) => [u.createdAt.toISOString(), u.id]);
    },
  },
  Mutation: {
    updateProfile: async (_root, { input }, ctx) => {
      // A profile is posted for others to read: a suspended member keeps theirs as it is until the suspension ends.
      const viewer = requireNotSuspended(requireViewer(ctx.viewer));
      const before = await member(ctx, viewer.id);
      const errors = new FieldErrors();
      const displayName = errors.check(() => validate.requiredText('displayName', 'your name', input.displayName, 2, 80));
      const title = errors.check(() => validate.requiredText('title', 'your title or rank', input.title, 2, 80));
      const bio = (input.bio ?? '').trim();
      if (bio.length > maxBio) errors.add('bio', `Bio takes at most ${maxBio.toLocaleString('en-US')} characters.`);
      const slugs = [...new Set((input.expertise ?? []).map((s) => s.trim()).filter(Boolean))];
      if (slugs.length > maxExpertise)
        errors.add('expertise', `Choose at most ${maxExpertise} topics you know well; ${slugs.length} were chosen.`);
      const found = slugs.length <= maxExpertise ? await topicIdsBySlug(ctx.db, slugs) : new Map<string, string>();
      const unknown = slugs.filter((s) => !found.has(s));
      if (slugs.length <= maxExpertise && unknown.length) {
        errors.add('expertise', `There is no topic “${unknown[0]!.slice(0, 60)}”. Choose topics from the list.`);
      }
      errors.throwIfAny();
      const changed = [before.displayName !== displayName && 'name', before.title !== title && 'title', before.bio !== bio && 'bio'].filter(
        Boolean,
      );
      return ctx.db.transaction(async (tx) => {
        const updated = stillSignedIn(await updateUser(tx, viewer.id, { displayName, title, bio }));
        await setStatedExpertise(
          tx,
          viewer.id,
          slugs.map((s) => found.get(s)!),
        );
        const detail = [...changed, `expertise: ${slugs.join(', ') || '(none)'}`].join('; ');
        await audit(ctx, { action: 'PROFILE_UPDATED', outcome: 'SUCCESS', subjectId: viewer.id, detail }, tx);
        return updated;
      });
    },
    setTimeZone: async (_root, args, ctx) => {
      const viewer = requireViewer(ctx.viewer);
      const timeZone = args.timeZone?.trim() ? validate.timeZone('timeZone', args.timeZone) : null;
      return stillSignedIn(await updateUser(ctx.db, viewer.id, { timeZone }));
    },
    verifyMember: async (_root, args, ctx) => {
      const viewer = requireMemberManager(ctx.viewer);
      const target = await member(ctx, args.userId);
      if (!canVerify(viewer, target)) throw clientError('FORBIDDEN', 'Chiefs review the members of their own department only.');
      if (target.verification !== 'UNVERIFIED') {
        throw clientError('CONFLICT', `This member was already ${target.verification === 'VERIFIED' ? 'verified' : 'rejected'}.`);
      }
      const reviewed = await ctx.db.transaction(async (tx) => {
        const updated = stillThere(await updateUser(tx, target.id, { verification: args.approve ? 'VERIFIED' : 'REJECTED' }));
        // A moderator approving a member of a department asked for at sign-up vouches for the department too.
        if (args.approve && approvalVerifiesDepartment(viewer) && target.departmentId) await verifyDepartment(tx, target.departmentId);
        await audit(ctx, { action: args.approve ? 'MEMBER_VERIFIED' : 'MEMBER_REJECTED', outcome: 'SUCCESS', subjectId: target.id }, tx);
        await recordActivity(tx, {
          kind: args.approve ? 'MEMBER_VERIFIED' : 'MEMBER_REJECTED',
          actorId: viewer.id,
          memberId: target.id,
          createdAt: ctx.now(),
        });
        return updated;
      });
      ctx.fanOut.kick();
      return reviewed;
    },

    setRole: async (_root, args, ctx) => {
      const admin = requireAdmin(ctx.viewer);
      const target = await member(ctx, args.userId);
      if (target.id === admin.id)
        throw badInput('userId', 'Ask another administrator to change your own role, so that Muster always keeps one.');
      let departmentId = target.departmentId;
      if (args.departmentSlug) departmentId = await departmentIdOf(ctx, 'departmentSlug', args.departmentSlug);
      if (args.role === 'CHIEF' && !departmentId) throw badInput('departmentSlug', 'A chief leads a department: choose which.');
      return ctx.db.transaction(async (tx) => {
        const updated = stillThere(await updateUser(tx, target.id, { role: args.role, departmentId }));
        await audit(ctx, { action: 'ROLE_CHANGED', outcome: 'SUCCESS', subjectId: target.id, detail: `${target.role} → ${args.role}` }, tx);
        return updated;
      });
    },

    setAccountDisabled: async (_root, args, ctx) => {
      const admin = requireAdmin(ctx.viewer);
      const target = await member(ctx, args.userId);
      if (target.id === admin.id) throw badInput('userId', 'You cannot disable your own account.');
      return ctx.db.transaction(async (tx) => {
        const updated = stillThere(await updateUser(tx, target.id, { disabledAt: args.disabled ? ctx.now() : null }));
        if (args.disabled) await revokeSessions(tx, { userId: target.id, now: ctx.now() });
        await audit(ctx, { action: args.disabled ? 'ACCOUNT_DISABLED' : 'ACCOUNT_ENABLED', outcome: 'SUCCESS', subjectId: target.id }, tx);
        return updated;
      });
    },

    releaseLockout: async (_root, args, ctx) => {
      const viewer = requireMemberManager(ctx.viewer);
      const target = await member(ctx, args.userId);
      if (!canReleaseLockout(viewer, target)) {
        if (target.id === viewer.id)
          throw clientError('FORBIDDEN', 'You cannot release your own lockout: an administrator (or your chief, for a member) does.');
        throw clientError('FORBIDDEN', "Only administrators and the member's own chief can release a lockout.");
      }
      if (!target.lockedAt) throw clientError('CONFLICT', 'This account is not locked.');
      return ctx.db.transaction(async (tx) => {
        const updated = stillThere(await releaseLock(tx, target.id));
        await audit(ctx, { action: 'LOCKOUT_RELEASED', outcome: 'SUCCESS', subjectId: target.id }, tx);
        return updated;
      });
    },
  },
  User: {
    bioHtml: (u) => renderMarkdown(u.bio),
    // The viewer's own counts only (null on anyone else); what the site header shows a chief or a moderator.
    pendingReviewCount: (u, _args, ctx) => {
      if (!ctx.viewer || ctx.viewer.id !== u.id) return null;
      const departmentId = reviewsFor(ctx.viewer);
      return departmentId ? countTogether(ctx, inReviewCount(ctx.db, departmentId)) : 0;
    },
    membersToVerifyCount: (u, _args, ctx) => {
      if (!ctx.viewer || ctx.viewer.id !== u.id) return null;
      const scope = pendingMembersScope(ctx.viewer);
      if (!scope) return 0;
      return countTogether(ctx, scope === 'all' ? pendingMembersCount(ctx.db) : pendingMembersCount(ctx.db, scope.departmentId));
    },
    viewerCan: (u, _args, ctx) => (ctx.viewer && ctx.viewer.id === u.id ? viewerAbilities(ctx.viewer) : null),
    email: privateField((u) => u.email),
    timeZone: privateField((u) => u.timeZone),
    totpEnabled: privateField((u) => u.totpEnabledAt !== null),
    lockedAt: privateField((u) => u.lockedAt),
    disabled: privateField((u) => u.disabledAt !== null),
  },
};
