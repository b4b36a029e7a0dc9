// What the debrief pages ask the API for (api/src/modules/debriefs/debriefs.graphql), and how they word it.

export type DebriefAudience = 'DEPARTMENT' | 'MEMBERS';

export const AUDIENCES: readonly { value: DebriefAudience; label: string; description: string }[] = [
  { value: 'MEMBERS', label: 'All verified members', description: 'Every verified member of Muster can read it.' },
  { value: 'DEPARTMENT', label: 'My department only', description: 'Only verified members of your department can read it.' },
];

export function isAudience(value: string): value is DebriefAudience {
  return AUDIENCES.some((a) => a.value === value);
}

/** "Shared with all members" / "Your department only", as a badge says it. */
export function audienceLabel(audience: DebriefAudience): string {
  return audience === 'DEPARTMENT' ? 'Department only' : 'All members';
}

/** The four sections of a debrief, in the order the form and the page show them. */
export const SECTIONS = [
  { name: 'sessions', heading: 'Sessions attended', hint: 'Which talks, workshops or courses you went to.' },
  { name: 'takeaways', heading: 'Key takeaways', hint: 'What you learned that colleagues who stayed home should know.' },
  { name: 'toTry', heading: 'To try at home', hint: 'Practices or ideas worth trying in your department.' },
  { name: 'contacts', heading: 'Contacts made', hint: 'People and agencies worth calling, and about what.' },
] as const;

export type SectionName = (typeof SECTIONS)[number]['name'];

/** A debrief as lists show it: the event page, search results, a write-up's mentions. */
export interface DebriefSummary {
  id: string;
  title: string;
  audience: DebriefAudience;
  createdAt: string;
  /** Null once the account is gone. */
  author: { displayName: string } | null;
  department: { slug: string; name: string };
}

export const DEBRIEF_SUMMARY = /* GraphQL */ `
  fragment DebriefSummary on Debrief {
    id
    title
    audience
    createdAt
    author {
      displayName
    }
    department {
      slug
      name
    }
  }
`;

export interface DebriefDetail extends DebriefSummary {
  event: { slug: string; name: string; startsOn: string; endsOn: string };
  author: { displayName: string; title: string } | null;
  sessionsHtml: string;
  takeawaysHtml: string;
  toTryHtml: string;
  contactsHtml: string;
  practices: { slug: string; title: string; department: { name: string } }[];
  updatedAt: string;
  viewerCan: { edit: boolean; delete: boolean };
}

// A debrief's address is its id, a UUID; anything else has nothing behind it.
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isDebriefId(value: string): boolean {
  return ID.test(value);
}
