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
// A department comes with its count of practices when the list that read it counted them.
export type { CountedDepartment as DepartmentRow } from '../modules/departments/index.ts';
export type { DebriefRow } from '../modules/debriefs/index.ts';
export type { DepartmentMove as DepartmentMoveRow } from '../modules/departments/index.ts';
export type { Invitation as InvitationRow } from '../modules/invitations/index.ts';
export type { PracticeRow } from '../modules/practices/index.ts';
export type { QuestionRow } from '../modules/questions/index.ts';

/**
 * A page of a list, as api/src/graphql/pagination.ts builds it: its totalCount may be a function,
 * which GraphQL calls only when the query asks for the count.
 */
export interface Connection<Node> {
  totalCount: number | (() => Promise<number>);
  edges: { cursor: string; node: Node }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
