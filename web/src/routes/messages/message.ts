// What the message pages show (see api/src/modules/messages/messages.graphql), and how they name people.

export interface Participant {
  id: string;
  displayName: string;
  handle: string;
  department: { name: string } | null;
}

export interface ConversationSummary {
  id: string;
  lastMessageAt: string;
  unreadCount: number;
  participants: Participant[];
  lastMessage: {
    body: string;
    removed: boolean;
    sender: { id: string } | null;
  } | null;
}

export interface ThreadMessage {
  id: string;
  /** Sanitised by the API: plain text escaped, links made clickable. Empty once removed. */
  bodyHtml: string;
  removed: boolean;
  createdAt: string;
  sender: Participant | null;
  viewerCan: { report: boolean };
}

/** Fixed texts for `?done=` on a conversation, set by its actions' redirects. */
export const DONE = {
  reported: 'Reported. Moderators will read this message (and only this one) and decide.',
} as const;

export type DoneKey = keyof typeof DONE;

/** The most others one conversation takes (the API's limit). */
export const MAX_RECIPIENTS = 9;
/** The longest message the API takes. */
export const MAX_MESSAGE_LENGTH = 5000;

/** Everyone in the conversation but the viewer. */
export function othersIn<P extends Participant>(participants: P[], viewerId: string): P[] {
  const others = participants.filter((p) => p.id !== viewerId);
  return others.length > 0 ? others : participants;
}

/** "Demo Officer (Boston Police Department)": names alone are not unique. */
export function personLabel(person: Participant): string {
  return person.department ? `${person.displayName} (${person.department.name})` : person.displayName;
}

/** "A", "A and B", "A, B and C". */
export function listNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** The start of a message, for the list of conversations. */
export function excerpt(body: string, length = 140): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1).trimEnd()}…` : flat;
}

/** The handles typed in a "To" field or a `?to=` link: separated by commas or spaces, a leading @ allowed. */
export function handlesFrom(raw: string): string[] {
  const handles = raw
    .split(/[\s,;]+/)
    .map((h) => h.replace(/^@/, '').trim().toLowerCase())
    .filter(Boolean);
  return [...new Set(handles)];
}
