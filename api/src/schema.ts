import { readFileSync } from 'node:fs';
import type { IResolvers, MercuriusLoaders } from 'mercurius';
import { adoptionsModule } from './modules/adoptions/index.ts';
import { auditModule } from './modules/audit/index.ts';
import { authModule, refuseUnconfirmed } from './modules/auth/index.ts';
import { departmentsModule } from './modules/departments/index.ts';
import { discussionModule } from './modules/discussion/index.ts';
import { debriefsModule } from './modules/debriefs/index.ts';
import { eventsModule } from './modules/events/index.ts';
import { membersModule } from './modules/members/index.ts';
import { messagesModule } from './modules/messages/index.ts';
import { invitationsModule } from './modules/invitations/index.ts';
import { followsModule } from './modules/follows/index.ts';
import { moderationModule } from './modules/moderation/index.ts';
import { notificationsModule } from './modules/notifications/index.ts';
import { practicesModule } from './modules/practices/index.ts';
import { searchModule } from './modules/search/index.ts';
import { topicsModule } from './modules/topics/index.ts';
import { usersModule } from './modules/users/index.ts';
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
  usersModule,
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
