import type { Department, User } from '@muster/db';
import type { Mail } from '../notifications/index.ts';

type Person = Pick<User, 'id' | 'email' | 'displayName'>;
type Named = Pick<Department, 'name'>;

const footer = (publicUrl: string) => `\n\n—\nMuster: ${publicUrl}\n`;

/** To the chief of the department the member asked to join: a request waits for them. */
export function moveAskedMail(chief: Person, member: Person, from: Named | null, to: Named, publicUrl: string): Mail {
  return {
    recipientId: chief.id,
    to: chief.email,
    subject: `${member.displayName} asks to join ${to.name}`,
    text:
      `Hello ${chief.displayName},\n\n${member.displayName}${from ? ` of ${from.name}` : ''} asks to move to ${to.name}.\n\n` +
      `Approve or decline the request here:\n${publicUrl}/members/pending${footer(publicUrl)}`,
  };
}

/** To the chief of the department the member is leaving, when they ask and when the move is approved. */
export function moveLeavingMail(chief: Person, member: Person, from: Named, to: Named, approved: boolean, publicUrl: string): Mail {
  const what = approved
    ? `${member.displayName} has moved from ${from.name} to ${to.name}: ${to.name}'s chief approved the request.`
    : `${member.displayName} asked to move from ${from.name} to ${to.name}; ${to.name}'s chief decides.`;
  return {
    recipientId: chief.id,
    to: chief.email,
    subject: approved ? `${member.displayName} has moved to ${to.name}` : `${member.displayName} asks to move to ${to.name}`,
    text: `Hello ${chief.displayName},\n\n${what}\n\nThe write-ups they published for ${from.name} stay with ${from.name}.${footer(publicUrl)}`,
  };
}

/** To the member: the decision on their request. */
export function moveDecidedMail(member: Person, to: Named, approved: boolean, publicUrl: string): Mail {
  return {
    recipientId: member.id,
    to: member.email,
    subject: approved ? `Welcome to ${to.name}` : `Your request to join ${to.name} was declined`,
    text: approved
      ? `Hello ${member.displayName},\n\nYour request to move to ${to.name} was approved: you are now a member of ${to.name}. The write-ups you published stay with the department that published them.${footer(publicUrl)}`
      : `Hello ${member.displayName},\n\nYour request to move to ${to.name} was declined; you stay in your department. Ask ${to.name}'s chief if you think this is a mistake.${footer(publicUrl)}`,
  };
}
