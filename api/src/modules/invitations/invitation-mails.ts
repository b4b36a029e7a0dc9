import type { Department, User } from '@muster/db';
import type { Mail } from '../notifications/index.ts';
import { utcMinute } from '../auth/index.ts';

/** The invitation itself: who invites, to what, and the single-use link. */
export function invitationMail(input: {
  to: string;
  departmentName: string;
  invitedBy: string;
  url: string;
  expiresAt: Date;
  publicUrl: string;
}): Mail {
  return {
    recipientId: null,
    to: input.to,
    subject: `You are invited to join ${input.departmentName} on Muster`,
    text:
      `Hello,\n\n${input.invitedBy} invites you to join ${input.departmentName} on Muster, where law-enforcement agencies share the programs that worked for them.\n\n` +
      `Open this link before ${utcMinute(input.expiresAt)} to choose your name and password; it works once:\n${input.url}\n\n` +
      `You join as a verified member of ${input.departmentName}. If you did not expect this mail, ignore it: nothing happens.\n\n—\nMuster: ${input.publicUrl}\n`,
  };
}

/** To the chief of the department a member left by accepting another department's invitation. */
export function leftByInvitationMail(
  chief: Pick<User, 'id' | 'email' | 'displayName'>,
  member: Pick<User, 'displayName'>,
  from: Pick<Department, 'name'>,
  to: Pick<Department, 'name'>,
  publicUrl: string,
): Mail {
  return {
    recipientId: chief.id,
    to: chief.email,
    subject: `${member.displayName} has moved to ${to.name}`,
    text:
      `Hello ${chief.displayName},\n\n${member.displayName} accepted an invitation from ${to.name} and has moved there from ${from.name}.\n\n` +
      `The write-ups they published for ${from.name} stay with ${from.name}.\n\n—\nMuster: ${publicUrl}\n`,
  };
}
