import type { Resolvers } from '../../generated/graphql.ts';
import type { User } from '@muster/db';
import { badInput, clientError } from '../../graphql/errors.ts';
import * as validate from '../../graphql/validate.ts';
import { canSendPasswordReset, privileged, requireViewer } from '../../policy.ts';
import { audit } from '../audit/index.ts';
import { replySent } from '../notifications/index.ts';
import { findUserByEmail, findUserById } from '../users/index.ts';
import { checkSecondFactor } from './auth.resolvers.ts';
import { startSession } from './session-start.ts';
import { checkNewPassword, hashPassword } from './passwords.ts';
import { spend } from './rate-limits.ts';
import { passwordChangedMail, resetLinkMail } from './recovery-mails.ts';
import { findResetLink, resetLinkUrl, setNewPassword, spendResetLink, storeResetLink } from './recovery.repository.ts';
import { revokeSessions } from './sessions.repository.ts';
import { randomToken, sha256 } from './tokens.ts';

const linkRefused = () =>
  badInput(
    'token',
    'This link has expired, was already used, or is not complete (a newer link replaces an older one). Ask for a new link.',
  );

const maxToken = 100;

export const resolvers: Resolvers = {
  Query: {
    passwordResetLink: async (_root, args, ctx) => {
      const link = await findResetLink(ctx.db, args.token.slice(0, maxToken), ctx.now());
      const user = link ? await findUserById(ctx.db, link.userId) : null;
      if (!link || !user || user.disabledAt) return null;
      return { needsSecondFactor: user.totpSecret !== null, expiresAt: link.expiresAt };
    },
  },
  Mutation: {
    requestPasswordReset: async (_root, args, ctx) => {
      await spend(ctx.limits.signIn, ctx.client.ip, 'sign-in attempts from your network');
      const email = validate.email('email', args.email);
      await spend(ctx.limits.resetMail, email, 'reset links asked for this address; use the newest mail');
      const found = await findUserByEmail(ctx.db, email);
      const user = found && !found.disabledAt ? found : null;
      // Both answers do the same work before answering (one look-up, one token, one hash); the
      // writing and mailing happen after, so the time taken tells no one whether the address is known.
      const token = randomToken();
      const tokenHash = sha256(token);
      const now = ctx.now();
      const at = { ...ctx, now: () => now };
      ctx.mailer.later(replySent(ctx.reply), async () => {
        if (!user) {
          await audit(at, {
            action: 'PASSWORD_RESET_REQUESTED',
            outcome: 'FAILURE',
            actorId: null,
            email,
            detail: found ? 'account disabled' : 'no account with this address',
          });
          return;
        }
        await storeResetLink(ctx.db, { userId: user.id, tokenHash, now, sentById: null });
        await audit(at, { action: 'PASSWORD_RESET_REQUESTED', outcome: 'SUCCESS', actorId: null, subjectId: user.id, email });
        await ctx.mailer.send([resetLinkMail(user, resetLinkUrl(ctx.mailer.publicUrl, token), ctx.mailer.publicUrl, null)], now);
      });
      return true;
    },

    resetPassword: async (_root, args, ctx) => {
      await spend(ctx.limits.signIn, ctx.client.ip, 'sign-in attempts from your network');
      const token = args.token.slice(0, maxToken);
      const link = await findResetLink(ctx.db, token, ctx.now());
      const user = link ? await findUserById(ctx.db, link.userId) : null;
      if (!user || user.disabledAt) throw linkRefused();
      await spend(ctx.limits.resetPassword, user.id, 'attempts to set a new password for this account');
      checkNewPassword('newPassword', args.newPassword, [user.email.split('@')[0] ?? '', ...user.displayName.split(/\s+/)]);
      // A reset link is something in the member's mailbox; with a second factor, the phone is needed too.
      if (user.totpSecret) {
        const code = args.totp?.trim().slice(0, 40);
        if (!code)
          throw badInput('totp', 'Your account has two-step sign-in: enter the code from your authenticator app, or a recovery code.');
        if (!(await checkSecondFactor(ctx, user, code))) {
          await audit(ctx, {
            action: 'PASSWORD_RESET',
            outcome: 'FAILURE',
            actorId: null,
            subjectId: user.id,
            detail: 'wrong second factor',
          });
          throw badInput(
            'totp',
            'That code did not work. Codes change every 30 seconds and each works once: check the clock on your device, or use a recovery code.',
          );
        }
      }
      const passwordHash = await hashPassword(args.newPassword, ctx.config.auth.passwordHash);
      const now = ctx.now();
      // The link is used up, the password set, the lock and every session ended, together or not at all.
      const updated = await ctx.db.transaction(async (tx) => {
        if (!(await spendResetLink(tx, token, now))) throw linkRefused();
        const changed = await setNewPassword(tx, user.id, passwordHash, now);
        const ended = await revokeSessions(tx, { userId: user.id, now });
        await audit(
          ctx,
          { action: 'PASSWORD_RESET', outcome: 'SUCCESS', actorId: user.id, subjectId: user.id, detail: `${ended} sessions ended` },
          tx,
        );
        if (user.lockedAt)
          await audit(
            ctx,
            { action: 'LOCKOUT_RELEASED', outcome: 'SUCCESS', actorId: user.id, subjectId: user.id, detail: 'by a password reset' },
            tx,
          );
        return changed!;
      });
      await ctx.mailer.send([passwordChangedMail(user, ctx.mailer.publicUrl)], now);
      await startSession(ctx, updated);
      return true;
    },

    sendPasswordReset: async (_root, args, ctx) => {
      const viewer = privileged(requireViewer(ctx.viewer));
      const member: User | null = await findUserById(ctx.db, validate.uuid('userId', args.userId));
      if (!member) throw clientError('NOT_FOUND', 'There is no member with that ID.', { field: 'userId' });
      if (!canSendPasswordReset(viewer, member)) {
        throw clientError('FORBIDDEN', 'Only administrators, and a chief for the members of their own department, send reset links.', {
          field: 'userId',
        });
      }
      if (member.disabledAt)
        throw clientError('CONFLICT', 'This account is disabled: enable it before sending a reset link.', { field: 'userId' });
      await spend(ctx.limits.resetMail, member.email, 'reset links sent to this member; the newest one works');
      const sender = await findUserById(ctx.db, viewer.id);
      const token = randomToken();
      const now = ctx.now();
      await ctx.db.transaction(async (tx) => {
        await storeResetLink(tx, { userId: member.id, tokenHash: sha256(token), now, sentById: viewer.id });
        await audit(ctx, { action: 'PASSWORD_RESET_SENT', outcome: 'SUCCESS', subjectId: member.id, email: member.email }, tx);
      });
      const sentBy = sender
        ? `${sender.displayName} (${viewer.role === 'ADMIN' ? 'a Muster administrator' : 'your chief'})`
        : 'A Muster administrator';
      await ctx.mailer.send([resetLinkMail(member, resetLinkUrl(ctx.mailer.publicUrl, token), ctx.mailer.publicUrl, sentBy)], now);
      return true;
    },
  },
  User: {
    viewerCanSendPasswordReset: (user, _args, ctx) => canSendPasswordReset(ctx.viewer, user),
  },
};
