import type { MercuriusContext } from 'mercurius';
import type { Department, User } from '@muster/db';
import type { Resolvers } from '../../generated/graphql.ts';
import { badInput, clientError } from '../../graphql/errors.ts';
import { batch } from '../../graphql/loaders.ts';
import { connection, readPage } from '../../graphql/pagination.ts';
import * as validate from '../../graphql/validate.ts';
import { requirePeopleManager, type Viewer } from '../../policy.ts';
import { audit } from '../audit/index.ts';
import { startSession, checkNewPassword, hashPassword, spend, randomToken, sha256 } from '../auth/index.ts';
import { departmentsByIds, findDepartmentBySlug, chiefsOf } from '../departments/index.ts';
import { replySent, type Mail } from '../notifications/index.ts';
import { findUserByEmail, findUserById, insertUser, usersByIds } from '../users/index.ts';
import { invitationMail, leftByInvitationMail } from './invitation-mails.ts';
import type { InvitationView } from './invitation-view.ts';
import {
  countSentSince,
  findInvitationById,
  findInvitationByToken,
  joinDepartment,
  listInvitations,
  liveInvitationEmails,
  memberEmails,
  renewInvitation,
  revokeInvitation,
  spendInvitation,
  stateOf,
  storeInvitations,
  invitationUrl,
  type Invitation,
  type InvitationKey,
} from './invitations.repository.ts';

type Ctx = MercuriusContext;

export const maxInvitations = 200;
/** Invitation mails a department sends in 24 hours: a large department's whole roster, and no mail cannon. */
export const invitationsPerDay = 500;
const maxToken = 100;

const view = (row: Invitation, now: Date): InvitationView => ({
  id: row.id,
  email: row.email,
  state: stateOf(row, now),
  sentAt: row.sentAt,
  expiresAt: row.expiresAt,
  acceptedAt: row.acceptedAt,
  invitedById: row.invitedById,
  departmentId: row.departmentId,
  refusal: null,
  field: null,
});

const refused = (email: string, field: string, refusal: string): InvitationView => ({
  id: null,
  email,
  state: 'REFUSED',
  sentAt: null,
  expiresAt: null,
  acceptedAt: null,
  invitedById: null,
  departmentId: null,
  refusal,
  field,
});

const invitationRefused = () =>
  badInput(
    'token',
    'This invitation has expired, was already used or withdrawn, or the link is not complete (a resent invitation replaces the older link). Ask your chief for a new invitation.',
  );

async function departmentOrRefuse(ctx: Ctx, slug: string, field: string): Promise<Department> {
  const department = await findDepartmentBySlug(ctx.db, validate.slug(field, slug));
  if (!department) throw clientError('NOT_FOUND', 'There is no department at that address.', { field });
  return department;
}

/** The sender's line in the mail, e.g. "Chief Ana Ortiz (Chief of Police)". */
async function senderName(ctx: Ctx, viewerId: string): Promise<string> {
  const sender = await findUserById(ctx.db, viewerId);
  return sender ? `${sender.displayName}${sender.title ? ` (${sender.title})` : ''}` : 'A Muster administrator';
}

async function checkDailyCap(ctx: Ctx, departmentId: string, adding: number): Promise<void> {
  const sent = await countSentSince(ctx.db, departmentId, new Date(ctx.now().getTime() - 24 * 60 * 60_000));
  if (sent + adding > invitationsPerDay) {
    throw clientError(
      'RATE_LIMITED',
      `A department sends at most ${invitationsPerDay} invitations a day; ${Math.max(0, invitationsPerDay - sent)} more can go out today. Send the rest tomorrow.`,
      { field: 'emails' },
    );
  }
}

/** Mails after answering, so pasting 200 addresses does not keep the chief waiting on the mail server. */
function mailLater(ctx: Ctx, mails: Mail[], now: Date): void {
  if (mails.length) ctx.mailer.later(replySent(ctx.reply), () => ctx.mailer.send(mails, now));
}

async function managedInvitation(ctx: Ctx, id: string): Promise<{ invitation: Invitation; department: Department; manager: Viewer }> {
  const invitation = await findInvitationById(ctx.db, validate.uuid('id', id));
  if (!invitation) throw clientError('NOT_FOUND', 'There is no invitation with that ID.', { field: 'id' });
  const manager = requirePeopleManager(ctx.viewer, invitation.departmentId);
  const department = (await departmentsByIds(ctx.db, [invitation.departmentId])).get(invitation.departmentId);
  if (!department) throw clientError('NOT_FOUND', 'The department of this invitation no longer exists.', { field: 'id' });
  return { invitation, department, manager };
}

export const resolvers: Resolvers = {
  Query: {
    invitation: async (_root, args, ctx) => {
      const invitation = await findInvitationByToken(ctx.db, args.token.slice(0, maxToken));
      if (!invitation) return null;
      const department = (await departmentsByIds(ctx.db, [invitation.departmentId])).get(invitation.departmentId);
      if (!department) return null;
      const account = await findUserByEmail(ctx.db, invitation.email);
      return {
        email: invitation.email,
        state: stateOf(invitation, ctx.now()),
        expiresAt: invitation.expiresAt,
        departmentName: department.name,
        departmentSlug: department.slug,
        accountExists: account !== null,
        signedInAsInvitee: Boolean(account && ctx.viewer?.id === account.id),
      };
    },
  },
  Mutation: {
    inviteMembers: async (_root, args, ctx) => {
      const department = await departmentOrRefuse(ctx, args.departmentSlug, 'departmentSlug');
      const viewer = requirePeopleManager(ctx.viewer, department.id);
      if (args.emails.length === 0) throw badInput('emails', 'Enter at least one address to invite.');
      if (args.emails.length > maxInvitations) {
        throw badInput(
          'emails',
          `Invite at most ${maxInvitations} addresses at a time; ${args.emails.length} were given. Send the rest in another batch.`,
        );
      }
      const now = ctx.now();
      const normalised = args.emails.map((e) => e.trim().toLowerCase());
      const wellFormed = normalised.filter((e, i) => {
        try {
          validate.email(`emails.${i}`, e);
          return true;
        } catch {
          return false;
        }
      });
      const [members, waiting] = await Promise.all([
        memberEmails(ctx.db, department.id, wellFormed),
        liveInvitationEmails(ctx.db, department.id, wellFormed, now),
      ]);
      const seen = new Set<string>();
      const answers: (InvitationView | { email: string; index: number })[] = normalised.map((email, i) => {
        const field = `emails.${i}`;
        const shown = args.emails[i]!.trim().slice(0, 254);
        if (!wellFormed.includes(email))
          return refused(shown, field, `"${shown.slice(0, 80)}" is not an email address such as name@department.gov.`);
        if (seen.has(email)) return refused(email, field, `${email} appears earlier in the list; it is invited once.`);
        seen.add(email);
        if (members.has(email)) return refused(email, field, `${email} is already a member of ${department.name}.`);
        if (waiting.has(email))
          return refused(email, field, `${email} already has an invitation waiting; resend it from the list of invitations instead.`);
        return { email, index: i };
      });
      const toInvite = answers.filter((a): a is { email: string; index: number } => !('state' in a));
      await checkDailyCap(ctx, department.id, toInvite.length);

      const tokens = toInvite.map(() => randomToken());
      const stored = await ctx.db.transaction(async (tx) => {
        const rows = await storeInvitations(
          tx,
          toInvite.map((a, i) => ({ departmentId: department.id, email: a.email, tokenHash: sha256(tokens[i]!), invitedById: viewer.id })),
          now,
        );
        for (const row of rows) {
          await audit(ctx, { action: 'INVITATION_SENT', outcome: 'SUCCESS', email: row.email, detail: `to ${department.slug}` }, tx);
        }
        return rows;
      });
      const invitedBy = await senderName(ctx, viewer.id);
      const byEmail = new Map(stored.map((row, i) => [row.email, { row, token: tokens[i]! }]));
      mailLater(
        ctx,
        stored.map((row, i) =>
          invitationMail({
            to: row.email,
            departmentName: department.name,
            invitedBy,
            url: invitationUrl(ctx.mailer.publicUrl, tokens[i]!),
            expiresAt: row.expiresAt,
            publicUrl: ctx.mailer.publicUrl,
          }),
        ),
        now,
      );
      return answers.map((a) => ('state' in a ? a : view(byEmail.get(a.email)!.row, now)));
    },

    resendInvitation: async (_root, args, ctx) => {
      const { invitation, department, manager } = await managedInvitation(ctx, args.id);
      const state = stateOf(invitation, ctx.now());
      if (state === 'ACCEPTED' || state === 'REVOKED') {
        throw clientError('CONFLICT', `This invitation was ${state === 'ACCEPTED' ? 'accepted' : 'revoked'}; it cannot be sent again.`, {
          field: 'id',
        });
      }
      await checkDailyCap(ctx, department.id, 1);
      const token = randomToken();
      const now = ctx.now();
      const renewed = await ctx.db.transaction(async (tx) => {
        const row = await renewInvitation(tx, invitation.id, sha256(token), now);
        if (!row)
          throw clientError('CONFLICT', 'This invitation was accepted or revoked meanwhile; it cannot be sent again.', { field: 'id' });
        await audit(ctx, { action: 'INVITATION_RESENT', outcome: 'SUCCESS', email: row.email, detail: `to ${department.slug}` }, tx);
        return row;
      });
      const invitedBy = await senderName(ctx, manager.id);
      mailLater(
        ctx,
        [
          invitationMail({
            to: renewed.email,
            departmentName: department.name,
            invitedBy,
            url: invitationUrl(ctx.mailer.publicUrl, token),
            expiresAt: renewed.expiresAt,
            publicUrl: ctx.mailer.publicUrl,
          }),
        ],
        now,
      );
      return view(renewed, now);
    },

    revokeInvitation: async (_root, args, ctx) => {
      const { invitation, department } = await managedInvitation(ctx, args.id);
      if (invitation.acceptedAt)
        throw clientError('CONFLICT', 'This invitation was already accepted; it can no longer be revoked.', { field: 'id' });
      if (invitation.revokedAt) return view(invitation, ctx.now());
      const now = ctx.now();
      const revoked = await ctx.db.transaction(async (tx) => {
        const row = await revokeInvitation(tx, invitation.id, now);
        if (!row) throw clientError('CONFLICT', 'This invitation was accepted meanwhile; it can no longer be revoked.', { field: 'id' });
        await audit(ctx, { action: 'INVITATION_REVOKED', outcome: 'SUCCESS', email: row.email, detail: `to ${department.slug}` }, tx);
        return row;
      });
      return view(revoked, now);
    },

    acceptInvitation: async (_root, args, ctx) => {
      await spend(ctx.limits.signIn, ctx.client.ip, 'sign-in attempts from your network');
      const token = args.token.slice(0, maxToken);
      const now = ctx.now();
      const invitation = await findInvitationByToken(ctx.db, token);
      if (!invitation || stateOf(invitation, now) !== 'SENT') throw invitationRefused();
      const department = (await departmentsByIds(ctx.db, [invitation.departmentId])).get(invitation.departmentId)!;
      const existing = await findUserByEmail(ctx.db, invitation.email);

      if (existing) {
        // The mail proves the address, not who holds the account: its owner signs in first.
        if (ctx.viewer?.id !== existing.id) {
          throw badInput(
            'token',
            `An account with ${invitation.email} already exists: sign in with it, then open this invitation again to move it to ${department.name}.`,
          );
        }
        if (existing.disabledAt) throw invitationRefused();
        const moved = await ctx.db.transaction(async (tx) => {
          if (!(await spendInvitation(tx, token, existing.id, now))) throw invitationRefused();
          const row = await joinDepartment(tx, existing, department.id, now);
          await audit(
            ctx,
            {
              action: 'INVITATION_ACCEPTED',
              outcome: 'SUCCESS',
              actorId: existing.id,
              subjectId: existing.id,
              email: existing.email,
              detail: `moved to ${department.slug} from ${existing.departmentId ?? 'no department'}`,
            },
            tx,
          );
          return row;
        });
        // The chief of the department they left hears of it, as after any move.
        const from =
          existing.departmentId && existing.departmentId !== department.id
            ? (await departmentsByIds(ctx.db, [existing.departmentId])).get(existing.departmentId)
            : undefined;
        if (from) {
          const chiefs = (await chiefsOf(ctx.db, from.id)).filter((chief) => chief.id !== existing.id);
          if (chiefs.length)
            await ctx.mailer.send(
              chiefs.map((chief) => leftByInvitationMail(chief, existing, from, department, ctx.mailer.publicUrl)),
              now,
            );
        }
        return startSession(ctx, moved);
      }

      const input = args.input;
      const displayName = validate.requiredText('displayName', 'your name', input.displayName ?? '', 2, 80);
      const title = validate.requiredText('title', 'your title or rank', input.title ?? '', 2, 80);
      const password = input.password ?? '';
      checkNewPassword('password', password, [invitation.email.split('@')[0] ?? '', ...displayName.split(/\s+/)]);
      const passwordHash = await hashPassword(password, ctx.config.auth.passwordHash);
      const user: User = await ctx.db.transaction(async (tx) => {
        const created = await insertUser(tx, {
          email: invitation.email,
          displayName,
          title,
          departmentId: department.id,
          verification: 'VERIFIED',
          // Following the mailed link proved the address.
          emailConfirmedAt: now,
          passwordHash,
          passwordChangedAt: now,
          createdAt: now,
        });
        if (!created)
          throw badInput('token', `An account with ${invitation.email} already exists: sign in with it, then open this invitation again.`);
        if (!(await spendInvitation(tx, token, created.id, now))) throw invitationRefused();
        await audit(
          ctx,
          {
            action: 'SIGN_UP',
            outcome: 'SUCCESS',
            actorId: created.id,
            email: created.email,
            detail: `by invitation to ${department.slug}`,
          },
          tx,
        );
        await audit(
          ctx,
          {
            action: 'INVITATION_ACCEPTED',
            outcome: 'SUCCESS',
            actorId: created.id,
            subjectId: created.id,
            email: created.email,
            detail: `joined ${department.slug}`,
          },
          tx,
        );
        return created;
      });
      return startSession(ctx, user);
    },
  },
  Department: {
    invitations: async (department, args, ctx) => {
      requirePeopleManager(ctx.viewer, department.id);
      const page = readPage<InvitationKey>(args, 50, ['timestamp', 'uuid']);
      const { rows, totalCount } = await listInvitations(ctx.db, department.id, page);
      const now = ctx.now();
      const result = connection(rows, page.limit, totalCount, (r) => [r.createdAt.toISOString(), r.id]);
      return { ...result, edges: result.edges.map((e) => ({ ...e, node: view(e.node, now) })) };
    },
  },
};

export const loaders = {
  Invitation: {
    invitedBy: batch(
      (i: InvitationView) => i.invitedById,
      (ids, ctx) => usersByIds(ctx.db, ids),
    ),
    department: batch(
      (i: InvitationView) => i.departmentId,
      (ids, ctx) => departmentsByIds(ctx.db, ids),
    ),
  },
};
