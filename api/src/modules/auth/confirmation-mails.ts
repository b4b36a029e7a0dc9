import type { User } from '@muster/db';
import type { Mail } from '../notifications/index.ts';
import { confirmationDays } from './email-confirmation.repository.ts';

type Recipient = Pick<User, 'id' | 'displayName'>;

const footer = (publicUrl: string) => `\n\n—\nMuster: ${publicUrl}\n`;

/** The link that confirms a new account's address. */
export function confirmSignUpMail(user: Recipient & Pick<User, 'email'>, url: string, publicUrl: string): Mail {
  return {
    recipientId: user.id,
    to: user.email,
    subject: 'Confirm your e-mail address for Muster',
    text:
      `Hello ${user.displayName},\n\nWelcome to Muster. Open this link to confirm that this address is yours; it works once, for ${confirmationDays} days:\n${url}\n\n` +
      `An account whose address is not confirmed within ${confirmationDays} days is removed.\n\n` +
      `If you did not sign up for Muster, ignore this mail.${footer(publicUrl)}`,
  };
}

/** To the owner of an address someone tried to sign up with again: nothing changed. */
export function signUpAttemptMail(owner: Recipient & Pick<User, 'email'>, publicUrl: string): Mail {
  return {
    recipientId: owner.id,
    to: owner.email,
    subject: 'Someone tried to sign up for Muster with your address',
    text:
      `Hello ${owner.displayName},\n\nSomeone (perhaps you) tried to sign up for Muster with this address, which already has an account. Nothing was changed.\n\n` +
      `To sign in:\n${publicUrl}/sign-in\n\nIf you forgot your password, set a new one:\n${publicUrl}/forgot-password\n\n` +
      `If it was not you, you need do nothing.${footer(publicUrl)}`,
  };
}

/** The link that confirms a new address for an existing member. */
export function confirmNewAddressMail(user: Recipient, newEmail: string, url: string, publicUrl: string): Mail {
  return {
    recipientId: user.id,
    to: newEmail,
    subject: 'Confirm your new e-mail address for Muster',
    text:
      `Hello ${user.displayName},\n\nYou asked to change the address of your Muster account to this one. Open this link to confirm it; it works once, for ${confirmationDays} days:\n${url}\n\n` +
      `Until then your account keeps its current address. If you did not ask for this, ignore this mail.${footer(publicUrl)}`,
  };
}

/** To the current address, when a change to another is asked for. */
export function addressChangingMail(user: Recipient & Pick<User, 'email'>, newEmail: string, publicUrl: string): Mail {
  return {
    recipientId: user.id,
    to: user.email,
    subject: 'Your Muster address is being changed',
    text:
      `Hello ${user.displayName},\n\nYour Muster account's address is being changed to ${newEmail}. It changes once a link mailed there is opened.\n\n` +
      `If this wasn't you, set a new password at once (that also signs out every device) and tell your chief or an administrator:\n${publicUrl}/forgot-password${footer(publicUrl)}`,
  };
}

/** To an address that already has an account, when a member asks to move theirs to it. */
export function addressTakenMail(newEmail: string, owner: Pick<User, 'id'>, publicUrl: string): Mail {
  return {
    recipientId: owner.id,
    to: newEmail,
    subject: 'This address already has a Muster account',
    text:
      `Hello,\n\nSomeone asked to move another Muster account to this address, but this address already has its own account, so nothing was changed.\n\n` +
      `To sign in to this account:\n${publicUrl}/sign-in\n\nIf you forgot its password:\n${publicUrl}/forgot-password${footer(publicUrl)}`,
  };
}

/** To the old address, once the new one is confirmed. */
export function addressChangedMail(user: Recipient, oldEmail: string, newEmail: string, publicUrl: string): Mail {
  return {
    recipientId: user.id,
    to: oldEmail,
    subject: 'Your Muster address was changed',
    text:
      `Hello ${user.displayName},\n\nThe address of your Muster account is now ${newEmail}; mail no longer comes to this one.\n\n` +
      `If this wasn't you, tell your chief or an administrator at once.${footer(publicUrl)}`,
  };
}
