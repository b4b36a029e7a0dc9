import type { User } from '@muster/db';
import type { Mail } from '../notifications/index.ts';
import { resetLinkMinutes } from './recovery.repository.ts';

type Recipient = Pick<User, 'id' | 'email' | 'displayName'>;

/** A moment as the sign-in page and the mails show it, e.g. "2026-12-03 14:30 UTC". */
export const utcMinute = (at: Date) => `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

const footer = (publicUrl: string) => `\n\n—\nMuster: ${publicUrl}\n`;

/** The link to set a new password; `sentBy` names the admin or chief who sent it, when one did. */
export function resetLinkMail(user: Recipient, url: string, publicUrl: string, sentBy: string | null): Mail {
  const why = sentBy
    ? `${sentBy} sent you this link to set a new password for Muster.`
    : 'Someone (we hope you) asked to set a new password for your Muster account.';
  return {
    recipientId: user.id,
    to: user.email,
    subject: 'Set a new Muster password',
    text:
      `Hello ${user.displayName},\n\n${why}\n\nOpen this link within ${resetLinkMinutes} minutes to choose one; it works once:\n${url}\n\n` +
      `If you did not expect this mail, ignore it: your password stays as it is.${footer(publicUrl)}`,
  };
}

export function passwordChangedMail(user: Recipient, publicUrl: string): Mail {
  return {
    recipientId: user.id,
    to: user.email,
    subject: 'Your Muster password was changed',
    text:
      `Hello ${user.displayName},\n\nThe password of your Muster account was just changed with a reset link, and every device signed in with the old one was signed out.\n\n` +
      `If this wasn't you, set a new password at once and tell your chief or an administrator:\n${publicUrl}/forgot-password${footer(publicUrl)}`,
  };
}

export function lockedMail(user: Recipient, until: Date, publicUrl: string): Mail {
  return {
    recipientId: user.id,
    to: user.email,
    subject: 'Your Muster account is locked for a while',
    text:
      `Hello ${user.displayName},\n\nAfter five failed sign-ins in a row, your Muster account is locked until ${utcMinute(until)}; then it opens by itself.\n\n` +
      `If this wasn't you, reset your password: that opens the account at once and keeps whoever tried out.\n${publicUrl}/forgot-password\n\n` +
      `If it locks again today, we will not mail you again before tomorrow.${footer(publicUrl)}`,
  };
}
