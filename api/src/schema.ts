import { readFileSync } from 'node:fs';
import type { IResolvers, MercuriusLoaders } from 'mercurius';
import { adoptionsModule } from './modules/adoptions/adoptions.module.ts';
import { auditModule } from './modules/audit/audit.module.ts';
import { authModule, refuseUnconfirmed } from './modules/auth/auth.module.ts';
import { departmentsModule } from './modules/departments/departments.module.ts';
import { discussionModule } from './modules/discussion/discussion.module.ts';
import { debriefsModule } from './modules/debriefs/debriefs.module.ts';
import { eventsModule } from './modules/events/events.module.ts';
import { membersModule } from './modules/members/members.module.ts';
import { messagesModule } from './modules/messages/messages.module.ts';
import { invitationsModule } from './modules/invitations/invitations.module.ts';
import { followsModule } from './modules/follows/follows.module.ts';
import { moderationModule } from './modules/moderation/moderation.module.ts';
import { notificationsModule } from './modules/notifications/notifications.module.ts';
import { practicesModule } from './modules/practices/practices.module.ts';
import { questionsModule } from './modules/questions/questions.module.ts';
import { savedModule } from './modules/saved/saved.module.ts';
import { readsModule } from './modules/reads/reads.module.ts';
import { searchModule } from './modules/search/search.module.ts';
import { topicsModule } from './modules/topics/topics.module.ts';
import { scalars } from './graphql/scalars.ts';
import { checkMutationText } from './graphql/validate.ts';

interface DomainModule {
  schema: string;
  resolvers: IResolvers;
  loaders: MercuriusLoaders;
}

/** Every domain module contributes its SDL, resolvers and loaders; this is the one list of them. */
const modules: DomainModule[] = [
  authModule,
  auditModule,
  topicsModule,
  departmentsModule,
  invitationsModule,
  practicesModule,
  adoptionsModule,
  searchModule,
  discussionModule,
  followsModule,
  notificationsModule,
  moderationModule,
  eventsModule,
  debriefsModule,
  membersModule,
  messagesModule,
  questionsModule,
  savedModule,
  readsModule,
];

export const schema = [readFileSync(new URL('./graphql/base.graphql', import.meta.url), 'utf8'), ...modules.map((m) => m.schema)];

const merged = merge<IResolvers>([{ ...scalars, Query: { ping: () => true } }, ...modules.map((m) => m.resolvers)]);

export const resolvers: IResolvers = {
  ...merged,
  Mutation: refuseUnconfirmed(checkMutationText(schema, merged.Mutation as Record<string, unknown>)),
} as IResolvers;

export const loaders: MercuriusLoaders = merge<MercuriusLoaders>(modules.map((m) => m.loaders));

/** Merges per-type maps one level deep: two modules may both add fields to Query. */
function merge<T extends object>(parts: T[]): T {
  const merged: Record<string, unknown> = {};
  for (const part of parts) {
    for (const [type, fields] of Object.entries(part)) {
      const existing = merged[type];
      merged[type] = existing ? { ...(existing as object), ...(fields as object) } : fields;
    }
  }
  return merged as T;
}
