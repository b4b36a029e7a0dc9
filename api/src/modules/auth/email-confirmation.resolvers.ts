import type { MercuriusContext } from 'mercurius';
import type { Resolvers, SignInStatus } from '../../generated/graphql.ts';
import type { User } from '@muster/db';
import { badInput, clientError } from '../../graphql/errors.ts';
import * as validate from '../../graphql/validate.ts';
import { canSeePrivateFields } from '../../policy.ts';
import { audit } from '../audit/index.ts';
import { findDomainDepartment } from '../departments/index.ts';
import { replySent, recordActivity } from '../notifications/index.ts';
import { findUserByEmail, findUserById } from '../users/index.ts';
import { currentUser, readDepartmentChoice, requirePassword } from './auth.resolvers.ts';
import {
  addressChangedMail,
  addressChangingMail,
  addressTakenMail,
  confirmNewAddressMail,
  confirmSignUpMail,
  signUpAttemptMail,
} from './confirmation-mails.ts';
import {
  confirmAddress,
  confirmationUrl,
  createUnconfirmedAccount,
  findConfirmation,
  spendConfirmation,
  storeConfirmation,
} from './email-confirmation.repository.ts';
import { checkNewPassword, hashPassword } from './passwords.ts';
import { spend } from './rate-limits.ts';
import { randomToken, sha256 } from './tokens.ts';

type Ctx = MercuriusContext;

const maxToken = 100;

/** What an unconfirmed member may still do; every other mutation answers EMAIL_UNCONFIRMED. */
const openToUnconfirmed = new Set([
  'signIn',
  'completeSignIn',
  'signOut',
  'signOutEverywhere',
  'confirmEmail',
  'resendConfirmation',
  'requestPasswordReset',
  'resetPassword',
]);

/** Wraps the mutations so that a signed-in member whose address is not confirmed is refused, with a code the pages act on. */
export function refuseUnconfirmed(mutations: Record<string, unknown>): Record<string, unknown> {
  const wrapped: Record<string, unknown> = {};
  for (const [name, resolve] of Object.entries(mutations)) {
    wrapped[name] =
      typeof resolve !== 'function' || openToUnconfirmed.has(name)
        ? resolve
        : (root: unknown, args: unknown, ctx: Ctx, info: unknown) => {
            if (ctx.unconfirmed) {
              throw clientError(
                'EMAIL_UNCONFIRMED',
                'Confirm your e-mail address first: open the link we mailed you, or ask for a new one.',
              );
            }
            return resolve(root, args, ctx, info);
          };
  }
  return wrapped;
}

const linkRefused = () =>
  badInput(
    'token',
    'This link has expired, was already used, or is not complete (a newer link replaces an older one). Ask for a new link.',
  );

/** Same answer whether or not the address has an account. */
const checkEmail: { status: SignInStatus; user: null; challenge: null; mustEnrollTotp: boolean } = {
  status: 'CHECK_EMAIL',
  user: null,
  challenge: null,
  mustEnrollTotp: false,
};

/** A copy of the context whose clock stops now, for the work done after the answer. */
const frozen = (ctx: Ctx) => {
  const now = ctx.now();
  return { ctx: { ...ctx, now: () => now }, now };
};

export const resolvers: Resolvers = {
  Query: {
    emailConfirmationLink: async (_root, args, ctx) => {
      const link = await findConfirmation(ctx.db, args.token.slice(0, maxToken), ctx.now());
      const user = link ? await findUserById(ctx.db, link.userId) : null;
      if (!link || !user || user.disabledAt) return null;
      return { email: link.email, expiresAt: link.expiresAt, change: link.email !== user.email };
    },
  },
  Mutation: {
    signUp: async (_root, { input }, ctx) => {
      await spend(ctx.limits.signUp, ctx.client.ip, 'sign-ups from your network');
      const email = validate.email('email', input.email);
      const displayName = validate.requiredText('displayName', 'your name', input.displayName, 2, 80);
      const title = validate.requiredText('title', 'your title or rank', input.title, 2, 80);
      checkNewPassword('password', input.password, [email.split('@')[0] ?? '', ...displayName.split(/\s+/)]);
      const choice = await readDepartmentChoice(ctx, input);
      // Both answers do the same work before answering (one look-up, one hash, one token); writing
      // and mailing happen after, so neither the answer nor its time tells whether the address is known.
      const found = await findUserByEmail(ctx.db, email);
      const passwordHash = await hashPassword(input.password, ctx.config.auth.passwordHash);
      const token = randomToken();
      const { ctx: at, now } = frozen(ctx);
      const publicUrl = ctx.mailer.publicUrl;
      const tellOwner = async (owner: User) => {
        await audit(at, {
          action: 'SIGN_UP',
          outcome: 'FAILURE',
          actorId: null,
          email,
          detail: 'address already registered: its owner was mailed',
        });
        await ctx.mailer.send([signUpAttemptMail(owner, publicUrl)], now);
      };
      ctx.mailer.later(replySent(ctx.reply), async () => {
        if (found) return tellOwner(found);
        const created = await ctx.db.transaction(async (tx) => {
          const user = await createUnconfirmedAccount(
            tx,
            { email, displayName, title, passwordHash, departmentId: choice.existing?.id, requestedDepartment: choice.requested },
            sha256(token),
            now,
          );
          // By address only: an account never confirmed is removed, and the log cannot name a removed one.
          if (user) {
            const detail = choice.requested
              ? `asked for a new department: ${choice.requested.name}; address not confirmed yet`
              : 'address not confirmed yet';
            await audit(at, { action: 'SIGN_UP', outcome: 'SUCCESS', actorId: null, email, detail }, tx);
          }
          return user;
        });
        if (!created) {
          const owner = await findUserByEmail(ctx.db, email);
          if (owner) await tellOwner(owner);
          return;
        }
        await ctx.mailer.send([confirmSignUpMail(created, confirmationUrl(publicUrl, token), publicUrl)], now);
      });
      return checkEmail;
    },

    confirmEmail: async (_root, args, ctx) => {
      // A 256-bit token cannot be guessed: no rate limit here.
      const token = args.token.slice(0, maxToken);
      const now = ctx.now();
      const link = await findConfirmation(ctx.db, token, now);
      const user = link ? await findUserById(ctx.db, link.userId) : null;
      if (!link || !user || user.disabledAt) {
        await audit(ctx, {
          action: 'EMAIL_CONFIRMED',
          outcome: 'FAILURE',
          actorId: null,
          detail: link ? 'account disabled' : 'link expired, used or unknown',
        });
        throw linkRefused();
      }
      const change = link.email !== user.email;
      const takenMeanwhile = async () => {
        await audit(ctx, {
          action: 'EMAIL_CHANGED',
          outcome: 'FAILURE',
          actorId: user.id,
          subjectId: user.id,
          email: link.email,
          detail: 'the address has another account now',
        });
        return clientError(
          'CONFLICT',
          'This address now belongs to another account, so yours keeps its current address. Ask for the change again with another address.',
          { field: 'token' },
        );
      };
      if (change && (await findUserByEmail(ctx.db, link.email))) throw await takenMeanwhile();
      // A domain a department lists decides the department of a member not yet verified.
      const domain = user.verification === 'UNVERIFIED' ? await findDomainDepartment(ctx.db, link.email) : null;
      let updated: User;
      try {
        updated = await ctx.db.transaction(async (tx) => {
          if (!(await spendConfirmation(tx, token, now))) throw linkRefused();
          const confirmed = (await confirmAddress(tx, user.id, link.email, now, domain))!;
          const detail = [
            change ? `from ${user.email}` : null,
            domain ? `joined a department by its domain${domain.autoVerify ? ', verified at once' : ''}` : null,
          ]
            .filter(Boolean)
            .join('; ');
          await audit(
            ctx,
            {
              action: change ? 'EMAIL_CHANGED' : 'EMAIL_CONFIRMED',
              outcome: 'SUCCESS',
              actorId: user.id,
              subjectId: user.id,
              email: link.email,
              detail: detail || null,
            },
            tx,
          );
          // Their chief (or the moderators) hear of a new member once the address is confirmed.
          if (!change && confirmed.verification === 'UNVERIFIED') {
            await recordActivity(tx, { kind: 'MEMBER_SIGNED_UP', actorId: user.id, memberId: user.id, createdAt: now });
          }
          return confirmed;
        });
      } catch (error) {
        // Two accounts raced for the address: the unique index kept one.
        if (change && /unique|duplicate/i.test(String((error as Error).message) + String((error as { cause?: Error }).cause?.message)))
          throw await takenMeanwhile();
        throw error;
      }
      ctx.fanOut.kick();
      if (change) await ctx.mailer.send([addressChangedMail(user, user.email, updated.email, ctx.mailer.publicUrl)], now);
      // The member who confirmed in this browser is no longer held back for the rest of the request.
      if (ctx.unconfirmed?.id === user.id) {
        ctx.viewer = { ...ctx.unconfirmed, departmentId: updated.departmentId, verified: updated.verification === 'VERIFIED' };
        ctx.unconfirmed = null;
      }
      return true;
    },

    resendConfirmation: async (_root, _args, ctx) => {
      if (!ctx.unconfirmed) {
        if (ctx.viewer) throw clientError('CONFLICT', 'Your address is already confirmed.');
        throw clientError('UNAUTHENTICATED', 'Sign in to ask for a new link.');
      }
      const user = await findUserById(ctx.db, ctx.unconfirmed.id);
      if (!user) throw clientError('UNAUTHENTICATED', 'Sign in to ask for a new link.');
      await spend(ctx.limits.resetMail, `confirm:${user.email}`, 'links mailed to this address; use the newest mail');
      const token = randomToken();
      const now = ctx.now();
      await ctx.db.transaction(async (tx) => {
        await storeConfirmation(tx, { userId: user.id, email: user.email, tokenHash: sha256(token), now });
        await audit(
          ctx,
          { action: 'EMAIL_CONFIRMATION_SENT', outcome: 'SUCCESS', actorId: null, email: user.email, detail: 'asked again by the member' },
          tx,
        );
      });
      await ctx.mailer.send([confirmSignUpMail(user, confirmationUrl(ctx.mailer.publicUrl, token), ctx.mailer.publicUrl)], now);
      return true;
    },

    changeEmail: async (_root, args, ctx) => {
      const user = await currentUser(ctx);
      const newEmail = validate.email('newEmail', args.newEmail);
      if (newEmail === user.email) throw badInput('newEmail', 'That is already your address. Enter the new one.');
      await requirePassword(ctx, user, args.password.slice(0, 1024), 'password');
      await spend(ctx.limits.resetMail, `confirm:${newEmail}`, 'links mailed to this address; use the newest mail');
      // Taken or free, the same work before the same answer; what differs happens after it.
      const owner = await findUserByEmail(ctx.db, newEmail);
      const token = randomToken();
      const { ctx: at, now } = frozen(ctx);
      const publicUrl = ctx.mailer.publicUrl;
      ctx.mailer.later(replySent(ctx.reply), async () => {
        if (owner) {
          await audit(at, {
            action: 'EMAIL_CHANGE_REQUESTED',
            outcome: 'FAILURE',
            subjectId: user.id,
            email: newEmail,
            detail: 'the address has another account: it was told',
          });
          await ctx.mailer.send([addressTakenMail(newEmail, owner, publicUrl)], now);
          return;
        }
        await ctx.db.transaction(async (tx) => {
          await storeConfirmation(tx, { userId: user.id, email: newEmail, tokenHash: sha256(token), now });
          await audit(
            at,
            { action: 'EMAIL_CHANGE_REQUESTED', outcome: 'SUCCESS', subjectId: user.id, email: newEmail, detail: `from ${user.email}` },
            tx,
          );
        });
        await ctx.mailer.send(
          [
            confirmNewAddressMail(user, newEmail, confirmationUrl(publicUrl, token), publicUrl),
            addressChangingMail(user, newEmail, publicUrl),
          ],
          now,
        );
      });
      return true;
    },
  },
  User: {
    // Others see every member as confirmed: an unconfirmed account is shown to no one else.
    emailConfirmed: (user, _args, ctx) =>
      ctx.unconfirmed?.id === user.id || canSeePrivateFields(ctx.viewer, user) ? user.emailConfirmedAt !== null : true,
  },
};
