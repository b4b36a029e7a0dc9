// What the resolvers return for each GraphQL object type, and what its field resolvers receive as
// their parent: the database row, which the field resolvers complete. codegen.ts maps the types to
// these, so the generated Resolvers types check that a resolver returns the row its type expects.
export type {
  Activity as ActivityRow,
  Answer as AnswerRow,
  AnswerReply as AnswerReplyRow,
  AuditEntry as AuditEntryRow,
  Comment as CommentRow,
  Conversation as ConversationRow,
  Event as EventRow,
  Notification as NotificationRow,
  Topic as TopicRow,
  User as UserRow,
} from '@muster/db';
import type { Flag } from '@muster/db';
import type { SearchFacets, SearchType } from '../generated/graphql.ts';
import type { DebriefRow } from '../modules/debriefs/index.ts';
import type { PracticeRow } from '../modules/practices/index.ts';
import type { QuestionRow } from '../modules/questions/index.ts';
import type { QueueItem } from '../modules/moderation/index.ts';
// A department comes with its count of practices when the list that read it counted them.
export type { CountedDepartment as DepartmentRow } from '../modules/departments/index.ts';
export type { DebriefRow } from '../modules/debriefs/index.ts';
export type { DepartmentMove as DepartmentMoveRow } from '../modules/departments/index.ts';
// An invitation is answered as a view of its row at the moment asked (its state worked out), or
// as an address inviteMembers refused, which has no row.
export type { InvitationView as InvitationRow } from '../modules/invitations/index.ts';
export type { PracticeRow } from '../modules/practices/index.ts';
// A case study comes with its write-up when the list that read it joined it.
export type { FeaturedWithPractice as FeaturedCaseStudyRow } from '../modules/moderation/index.ts';
// What was flagged or moderated, whichever table holds it, and the events of its history.
export type { ModerationTarget as ModeratedItemRow, HistoryEvent as ModerationEventRow } from '../modules/moderation/index.ts';
/** A flag; in the moderation queue, with what the queue worked out about its target. */
export type FlagRow = Flag & { queue?: QueueItem };
// A message is its row, marked when moderators read it from the queue (they see a removed one's words).
export type { ReviewedMessage as MessageRow } from '../modules/messages/index.ts';
export type { QuestionRow } from '../modules/questions/index.ts';
export type { SavedItemRow } from '../modules/saved/index.ts';

/**
 * A page of a list, as api/src/graphql/pagination.ts builds it: its totalCount may be a function,
 * which GraphQL calls only when the query asks for the count.
 */
export interface Connection<Node> {
  totalCount: number | (() => Promise<number>);
  edges: { cursor: string; node: Node }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * A page of search results: a Connection of write-ups whose edges carry their snippet and score, and
 * whose facets and suggestion are functions, which GraphQL calls only when the query asks for them.
 */
export interface SearchResultRow extends Connection<PracticeRow> {
  type: SearchType;
  edges: { cursor: string; node: PracticeRow; snippet: string | null; score: number | null }[];
  questionEdges: { cursor: string; node: QuestionRow; snippet: string | null; score: number | null }[];
  debriefEdges: { cursor: string; node: DebriefRow; snippet: string | null }[];
  typeCounts: () => Promise<{ type: SearchType; label: string; count: number }[]>;
  query: string;
  relaxed: boolean;
  facets: () => Promise<SearchFacets>;
  suggestion: () => Promise<string | null>;
}
