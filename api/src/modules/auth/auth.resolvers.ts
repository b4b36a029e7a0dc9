import type { MercuriusContext } from 'mercurius';
import type { Resolvers, SignUpInput } from '../../generated/graphql.ts';
import type { User } from '@muster/db';
import { badInput, clientError } from '../../graphql/errors.ts';
import * as validate from '../../graphql/validate.ts';
import { requireAdmin, requireViewer } from '../../policy.ts';
import { audit, lastAuditAt } from '../audit/index.ts';
import { replySent } from '../notifications/index.ts';
import { findDepartmentBySlug } from '../departments/index.ts';
import {
  acceptTotpStep,
  closeChallenge,
  countFailedSignIn,
  createChallenge,
  disableTotp,
  enableTotp,
  failChallenge,
  findChallenge,
  releaseLock,
  replaceRecoveryCodes,
  setPassword,
  setPendingTotpSecret,
  useRecoveryCode,
} from './auth.repository.ts';
import { findUserByEmail, findUserById } from '../users/index.ts';
import { checkNewPassword, hashPassword, verifyNothing, verifyPassword } from './passwords.ts';
import { spend } from './rate-limits.ts';
import { clearSessionCookie } from './session-cookie.ts';
import { startSession } from './session-start.ts';
import { getSecuritySettings, liveSessions, revokeSessions, setSecuritySettings } from './sessions.repository.ts';
import { lockedMail, utcMinute } from './recovery-mails.ts';
import { matchTotp, newRecoveryCodes, newTotpSecret, normaliseRecoveryCode, totpEnrollment } from './totp.ts';

type Ctx = MercuriusContext;

/** One answer for every failed sign-in: it never tells whether the email exists or the account is locked. */
const signInRefused = (lockoutMinutes: number) =>
  clientError(
    'UNAUTHENTICATED',
    `The email or password is not right, or the account is locked. After 5 failed attempts an account locks for ${lockoutMinutes} minutes; setting a new password with “Forgot your password?” opens it at once.`,
  );

/**
 * Only someone who gave the right password learns that the account is locked, and until when:
 * that tells an attacker guessing passwords nothing, and tells the member when to come back.
 */
const lockedRefusal = (until: Date) =>
  clientError(
    'UNAUTHENTICATED',
    `This account is locked after repeated failed sign-ins. Try again after ${utcMinute(until)}, or set a new password now with “Forgot your password?”, which opens it at once.`,
    { lockedUntil: until.toISOString() },
  );

const lockedUntil = (ctx: Ctx, lockedAt: Date) => new Date(lockedAt.getTime() + ctx.config.auth.lockoutMinutes * 60_000);

/** A stranger can lock an account again every LOCKOUT_MINUTES; the member hears of it once a day at most. */
const lockMailEveryMs = 24 * 60 * 60_000;

/**
 * Tells the member their account just locked, with the way out. Sent after the answer, so the
 * answer takes as long as any other failed sign-in.
 */
function mailLockout(ctx: Ctx, user: User, lockedAt: Date): void {
  const until = lockedUntil(ctx, lockedAt);
  const at = ctx.now();
  ctx.mailer.later(replySent(ctx.reply), async () => {
    const lastMailed = await lastAuditAt(ctx.db, 'LOCKOUT_MAILED', user.id);
    if (lastMailed && at.getTime() - lastMailed.getTime() < lockMailEveryMs) return;
    await ctx.mailer.send([lockedMail(user, until, ctx.mailer.publicUrl)], at);
    await audit(
      { ...ctx, now: () => at },
      { action: 'LOCKOUT_MAILED', outcome: 'SUCCESS', actorId: null, subjectId: user.id, detail: `locked until ${until.toISOString()}` },
    );
  });
}

const secondFactorRefused = () =>
  clientError(
    'UNAUTHENTICATED',
    'That code did not work. Codes change every 30 seconds and each works once: check the clock on your device, or use one of your recovery codes.',
    { field: 'totp' },
  );

async function refuseSignIn(ctx: Ctx, user: User | null, email: string, reason: string): Promise<never> {
  if (user && (reason === 'wrong password' || reason === 'wrong second factor')) {
    const { justLocked } = await countFailedSignIn(ctx.db, user.id, ctx.now());
    if (justLocked) {
      await audit(ctx, {
        action: 'LOCKOUT',
        outcome: 'SUCCESS',
        actorId: null,
        subjectId: user.id,
        email,
        detail: 'five failed sign-ins within 15 minutes',
      });
      mailLockout(ctx, user, ctx.now());
    }
  }
  await audit(ctx, { action: 'SIGN_IN_FAILED', outcome: 'FAILURE', actorId: null, subjectId: user?.id ?? null, email, detail: reason });
  throw reason === 'wrong second factor' ? secondFactorRefused() : signInRefused(ctx.config.auth.lockoutMinutes);
}

/**
 * A lock opens by itself after LOCKOUT_MINUTES: five wrong guesses by a stranger must not keep a
 * member out for longer than that.
 */
async function expireLock(ctx: Ctx, user: User): Promise<User> {
  const minutes = ctx.config.auth.lockoutMinutes;
  if (!user.lockedAt || ctx.now().getTime() - user.lockedAt.getTime() < minutes * 60_000) return user;
  const released = (await releaseLock(ctx.db, user.id)) ?? user;
  await audit(ctx, {
    action: 'LOCKOUT_RELEASED',
    outcome: 'SUCCESS',
    actorId: null,
    subjectId: user.id,
    detail: `automatically after ${minutes} minutes`,
  });
  return released;
}

export async function checkSecondFactor(ctx: Ctx, user: User, code: string): Promise<boolean> {
  const step = user.totpSecret ? matchTotp(user.totpSecret, code, ctx.now()) : null;
  if (step !== null && (await acceptTotpStep(ctx.db, user.id, step))) return true;
  if (/[a-z]/i.test(code) && (await useRecoveryCode(ctx.db, user.id, normaliseRecoveryCode(code), ctx.now()))) {
    await audit(ctx, { action: 'RECOVERY_CODE_USED', outcome: 'SUCCESS', actorId: user.id });
    return true;
  }
  return false;
}

export async function requirePassword(ctx: Ctx, user: User, password: string, field: string): Promise<void> {
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, password))) {
    // A stolen session must not become a way to guess the password: these count too.
    const { justLocked } = await countFailedSignIn(ctx.db, user.id, ctx.now());
    if (justLocked) {
      await audit(ctx, {
        action: 'LOCKOUT',
        outcome: 'SUCCESS',
        actorId: null,
        subjectId: user.id,
        detail: 'five wrong passwords within 15 minutes',
      });
      mailLockout(ctx, user, ctx.now());
    }
    throw badInput(field, 'That is not your current password.');
  }
}

export async function currentUser(ctx: Ctx): Promise<User> {
  const viewer = requireViewer(ctx.viewer);
  const user = await findUserById(ctx.db, viewer.id);
  if (!user) throw clientError('UNAUTHENTICATED', 'Sign in to do this.');
  return user;
}

export async function readDepartmentChoice(ctx: Ctx, input: SignUpInput) {
  if (input.departmentSlug && input.newDepartment) {
    throw badInput('departmentSlug', 'Choose your department from the list, or ask for a new one, not both.');
  }
  if (input.departmentSlug) {
    const department = await findDepartmentBySlug(ctx.db, validate.slug('departmentSlug', input.departmentSlug));
    if (!department) throw badInput('departmentSlug', 'That department is not in Muster. Choose one from the list, or ask for a new one.');
    return { existing: department };
  }
  if (!input.newDepartment) throw badInput('departmentSlug', 'Choose your department, or ask for a new one if it is not listed.');
  const d = input.newDepartment;
  const [state] = validate.stateCodes('newDepartment.state', [d.state]) ?? [];
  return {
    requested: {
      name: validate.requiredText('newDepartment.name', 'the department name', d.name, 3, 120),
      agencyType: d.agencyType,
      state: state!,
      city: validate.requiredText('newDepartment.city', 'the city', d.city, 2, 80),
    },
  };
}

export const resolvers: Resolvers = {
  Query: {
    // Read with the session, once per page.
    me: (_root, _args, ctx) => ctx.account?.user ?? null,
    mySessions: async (_root, _args, ctx) => {
      const viewer = requireViewer(ctx.viewer);
      const rows = await liveSessions(ctx.db, viewer.id, ctx.now(), ctx.config.auth);
      return rows.map((s) => ({ ...s, current: s.id === viewer.sessionId }));
    },
    securitySettings: (_root, _args, ctx) => getSecuritySettings(ctx.db),
  },
  Mutation: {
    signIn: async (_root, { input }: { input: { email: string; password: string; totp?: string | null } }, ctx) => {
      await spend(ctx.limits.signIn, ctx.client.ip, 'sign-in attempts from your network');
      const email = input.email.trim().toLowerCase().slice(0, 254);
      const password = input.password.slice(0, 1024);
      const found = await findUserByEmail(ctx.db, email);
      const user = found ? await expireLock(ctx, found) : null;
      const passwordOk = user?.passwordHash
        ? await verifyPassword(user.passwordHash, password)
        : await verifyNothing(password, ctx.config.auth.passwordHash);
      if (!user || !passwordOk) return refuseSignIn(ctx, user, email, user ? 'wrong password' : 'unknown email');
      if (user.disabledAt) return refuseSignIn(ctx, user, email, 'account disabled');
      if (user.lockedAt) {
        await audit(ctx, {
          action: 'SIGN_IN_FAILED',
          outcome: 'FAILURE',
          actorId: null,
          subjectId: user.id,
          email,
          detail: 'account locked',
        });
        throw lockedRefusal(lockedUntil(ctx, user.lockedAt));
      }
      if (user.totpSecret) {
        if (!input.totp) {
          const challenge = await createChallenge(ctx.db, user.id, ctx.now());
          return { status: 'TOTP_REQUIRED', user: null, challenge, mustEnrollTotp: false };
        }
        if (!(await checkSecondFactor(ctx, user, input.totp.slice(0, 40)))) return refuseSignIn(ctx, user, email, 'wrong second factor');
      }
      return startSession(ctx, user);
    },

    completeSignIn: async (_root, args, ctx) => {
      await spend(ctx.limits.signIn, ctx.client.ip, 'sign-in attempts from your network');
      const challenge = await findChallenge(ctx.db, args.challenge.slice(0, 100), ctx.now());
      if (!challenge) throw clientError('UNAUTHENTICATED', 'This sign-in has expired. Enter your email and password again.');
      const found = await findUserById(ctx.db, challenge.userId);
      const user = found ? await expireLock(ctx, found) : null;
      if (!user || user.lockedAt || user.disabledAt) {
        await closeChallenge(ctx.db, challenge.id, ctx.now());
        return refuseSignIn(ctx, user, user?.email ?? '', user?.lockedAt ? 'account locked' : 'account disabled');
      }
      if (!(await checkSecondFactor(ctx, user, args.totp.slice(0, 40)))) {
        await failChallenge(ctx.db, challenge.id, ctx.now());
        return refuseSignIn(ctx, user, user.email, 'wrong second factor');
      }
      await closeChallenge(ctx.db, challenge.id, ctx.now());
      return startSession(ctx, user);
    },

    signOut: async (_root, _args, ctx) => {
      const self = ctx.viewer ?? ctx.unconfirmed;
      if (self) {
        await revokeSessions(ctx.db, { userId: self.id, sessionId: self.sessionId, now: ctx.now() });
        await audit(ctx, { action: 'SIGN_OUT', outcome: 'SUCCESS' });
      }
      clearSessionCookie(ctx.reply, ctx.config);
      return true;
    },

    signOutEverywhere: async (_root, _args, ctx) => {
      const viewer = requireViewer(ctx.viewer);
      const ended = await revokeSessions(ctx.db, { userId: viewer.id, now: ctx.now() });
      await audit(ctx, { action: 'SESSIONS_REVOKED', outcome: 'SUCCESS', detail: `${ended} sessions ended by the member` });
      clearSessionCookie(ctx.reply, ctx.config);
      return ended;
    },

    revokeSession: async (_root, args, ctx) => {
      const viewer = requireViewer(ctx.viewer);
      const ended = await revokeSessions(ctx.db, { userId: viewer.id, sessionId: validate.uuid('id', args.id), now: ctx.now() });
      if (ended === 0) throw clientError('NOT_FOUND', 'That session has already ended.');
      await audit(ctx, { action: 'SESSIONS_REVOKED', outcome: 'SUCCESS', detail: 'one session ended by the member' });
      if (args.id === viewer.sessionId) clearSessionCookie(ctx.reply, ctx.config);
      return true;
    },

    changePassword: async (_root, args, ctx) => {
      const { sessionId } = requireViewer(ctx.viewer);
      const user = await currentUser(ctx);
      await requirePassword(ctx, user, args.currentPassword.slice(0, 1024), 'currentPassword');
      checkNewPassword('newPassword', args.newPassword, [user.email.split('@')[0] ?? '', ...user.displayName.split(/\s+/)]);
      if (args.newPassword === args.currentPassword) throw badInput('newPassword', 'Choose a password different from the current one.');
      const passwordHash = await hashPassword(args.newPassword, ctx.config.auth.passwordHash);
      await ctx.db.transaction(async (tx) => {
        await setPassword(tx, user.id, passwordHash, ctx.now());
        // Whoever else held a session (perhaps why the password changes) is signed out.
        const ended = await revokeSessions(tx, { userId: user.id, exceptSessionId: sessionId, now: ctx.now() });
        await audit(ctx, { action: 'PASSWORD_CHANGED', outcome: 'SUCCESS', detail: `${ended} other sessions ended` }, tx);
      });
      return true;
    },

    startTotpEnrollment: async (_root, args, ctx) => {
      const user = await currentUser(ctx);
      await requirePassword(ctx, user, args.password.slice(0, 1024), 'password');
      if (user.totpEnabledAt) {
        throw clientError('CONFLICT', 'Two-step sign-in is already on. Turn it off first to move it to a new device.');
      }
      const secret = newTotpSecret();
      await setPendingTotpSecret(ctx.db, user.id, secret);
      return totpEnrollment(secret, user.email);
    },

    confirmTotpEnrollment: async (_root, args, ctx) => {
      const user = await currentUser(ctx);
      const pendingSecret = user.totpPendingSecret;
      if (!pendingSecret) throw badInput('code', 'Start setting up two-step sign-in first.');
      const step = matchTotp(pendingSecret, args.code.slice(0, 40), ctx.now());
      if (step === null) throw badInput('code', 'That code does not match. Enter the 6 digits your app shows now.');
      const codes = newRecoveryCodes();
      await ctx.db.transaction(async (tx) => {
        await enableTotp(tx, user.id, pendingSecret, step, ctx.now());
        await replaceRecoveryCodes(tx, user.id, codes);
        await audit(ctx, { action: 'TOTP_ENABLED', outcome: 'SUCCESS' }, tx);
      });
      if (ctx.viewer) ctx.viewer = { ...ctx.viewer, totpEnabled: true, mustEnrollTotp: false };
      return codes;
    },

    disableTotp: async (_root, args, ctx) => {
      const user = await currentUser(ctx);
      await requirePassword(ctx, user, args.password.slice(0, 1024), 'password');
      if (!user.totpEnabledAt) throw clientError('CONFLICT', 'Two-step sign-in is not on.');
      if (!(await checkSecondFactor(ctx, user, args.code.slice(0, 40)))) {
        throw badInput('code', 'That code did not work. Enter the 6 digits your app shows now, or a recovery code.');
      }
      await ctx.db.transaction(async (tx) => {
        await disableTotp(tx, user.id);
        await replaceRecoveryCodes(tx, user.id, []);
        await audit(ctx, { action: 'TOTP_DISABLED', outcome: 'SUCCESS' }, tx);
      });
      return true;
    },

    setSecuritySettings: async (_root, args, ctx) => {
      const admin = requireAdmin(ctx.viewer);
      if (args.requireTotpForPrivileged && !admin.totpEnabled) {
        throw badInput(
          'requireTotpForPrivileged',
          'Set up two-step sign-in for yourself first, so that you keep access once it is required.',
        );
      }
      await ctx.db.transaction(async (tx) => {
        await setSecuritySettings(tx, { requireTotpForPrivileged: args.requireTotpForPrivileged }, ctx.now());
        await audit(
          ctx,
          { action: 'SECURITY_SETTINGS_CHANGED', outcome: 'SUCCESS', detail: `requireTotpForPrivileged=${args.requireTotpForPrivileged}` },
          tx,
        );
      });
      return getSecuritySettings(ctx.db);
    },
  },
};
