import type { MercuriusContext } from 'mercurius';
import type { DebriefInput, Resolvers } from '../../generated/graphql.ts';
import { badInput, clientError, FieldErrors } from '../../graphql/errors.ts';
import { connection, readPage, type Page, type PageArgs } from '../../graphql/pagination.ts';
import * as validate from '../../graphql/validate.ts';
import { renderMarkdownOnce } from '../../markdown.ts';
import {
  canDeleteDebrief,
  canEditDebrief,
  canRemoveAnyDebrief,
  canSeeDebrief,
  privileged,
  requireNotSuspended,
  requireVerifiedMember,
  requireViewer,
  type Viewer,
} from '../../policy.ts';
import { audit } from '../audit/index.ts';
import { findEventById, findEventBySlug, setAttendance, today } from '../events/index.ts';
import { recordActivity } from '../notifications/index.ts';
import { practicesToMention } from '../practices/index.ts';
import { hasSearchableWords, maxQueryLength } from '../search/index.ts';
import {
  debriefKey,
  debriefSnippets,
  deleteDebriefRow,
  findDebrief,
  insertDebrief,
  listDebriefs,
  replaceDebriefPractices,
  searchDebriefs,
  updateDebriefFields,
  type DebriefKey,
  type DebriefRow,
  type RankedKey,
} from './debriefs.repository.ts';

const maxSectionLength = 20_000;
export const maxMentionedPractices = 20;
const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** "March 4, 2026", as a person reads a calendar day. */
function calendarDay(ymd: string): string {
  return new Date(`${ymd}T00:00:00Z`).toLocaleDateString('en-US', { timeZone: 'UTC', month: 'long', day: 'numeric', year: 'numeric' });
}

/** Checks every field at once; answers the columns and the ids of the write-ups mentioned, in the order given. */
async function readDebriefInput(ctx: MercuriusContext, viewer: Viewer, input: DebriefInput) {
  const errors = new FieldErrors();
  const title = errors.check(() => validate.requiredText('title', 'a title', input.title, 3, 200));
  const section = (field: 'sessions' | 'takeaways' | 'toTry' | 'contacts') =>
    errors.check(() => validate.text(field, input[field], maxSectionLength)) ?? '';
  const takeaways = section('takeaways');
  // Too long already has its message; empty needs one.
  if (!takeaways && input.takeaways.length <= maxSectionLength) {
    errors.add('takeaways', 'Write the key takeaways: what you learned that colleagues should know.');
  }
  const fields = { sessions: section('sessions'), takeaways, toTry: section('toTry'), contacts: section('contacts') };

  const given = (input.practices ?? []).map((s) => s.trim()).filter(Boolean);
  let practiceIds: string[] = [];
  if (given.length > maxMentionedPractices) {
    errors.add('practices', `A debrief links at most ${maxMentionedPractices} write-ups; ${given.length} were given.`);
  } else {
    const malformed = given.filter((s) => s.length > 200 || !slugPattern.test(s));
    const slugs = [...new Set(given.filter((s) => !malformed.includes(s)))];
    const found = await practicesToMention(ctx.db, viewer, slugs);
    const unknown = slugs.filter((s) => !found.has(s));
    if (malformed.length) {
      errors.add(
        'practices',
        `“${malformed[0]}” is not a write-up’s address: give the part after /practices/, such as “memphis-crisis-intervention-team”.`,
      );
    } else if (unknown.length) {
      errors.add(
        'practices',
        `No published write-up you can open is at ${unknown.map((s) => `“${s}”`).join(', ')}. Check the address, or leave it out.`,
      );
    }
    practiceIds = [...new Set(slugs.filter((s) => found.has(s)).map((s) => found.get(s)!.id))];
  }
  errors.throwIfAny();
  return { fields: { title: title!, audience: input.audience, ...fields }, practiceIds };
}

/** A debrief the viewer may read, or NOT_FOUND: one they may not read is not there for them. */
async function debriefFor(ctx: MercuriusContext, id: string): Promise<DebriefRow> {
  const debrief = await findDebrief(ctx.db, validate.uuid('id', id));
  if (!debrief || !canSeeDebrief(ctx.viewer, debrief))
    throw clientError('NOT_FOUND', 'There is no debrief with that ID, or it is not shared with you.');
  return debrief;
}

/** `after` from a newest-first list: [createdAt ISO, id]. */
export function readNewestPage(args: PageArgs, size: number): Page<DebriefKey> {
  return readPage<DebriefKey>(args, size, ['timestamp', 'uuid']);
}

function readRankedPage(args: PageArgs, size: number): Page<RankedKey> {
  return readPage<RankedKey>(args, size, ['score', 'uuid']);
}

export const resolvers: Resolvers = {
  Query: {
    debrief: async (_root, args, ctx) => {
      const debrief = await findDebrief(ctx.db, validate.uuid('id', args.id));
      return debrief && canSeeDebrief(ctx.viewer, debrief) ? debrief : null;
    },
    debriefs: async (_root, args, ctx) => {
      const query = args.query?.trim() ?? '';
      if (query.length > maxQueryLength) {
        throw badInput('query', `Search for at most ${maxQueryLength} characters; try the few words that matter most.`);
      }
      let eventId: string | null = null;
      if (args.eventSlug != null) {
        const event = await findEventBySlug(ctx.db, validate.slug('eventSlug', args.eventSlug));
        if (!event) return { totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
        eventId = event.id;
      }
      // Only stop words or punctuation search for nothing: the newest come back instead.
      if (query && (await hasSearchableWords(ctx.db, query))) {
        const page = readRankedPage(args, 20);
        const found = await searchDebriefs(ctx.db, ctx.viewer, query, eventId, page);
        const result = connection(found.rows, page.limit, found.totalCount, (row) => [row.score, row.id]);
        const snippets = await debriefSnippets(
          ctx.db,
          result.edges.map((e) => e.node.id),
          query,
        );
        return { ...result, edges: result.edges.map((edge) => ({ ...edge, snippet: snippets.get(edge.node.id) ?? null })) };
      }
      const page = readNewestPage(args, 20);
      const { rows, totalCount } = await listDebriefs(ctx.db, ctx.viewer, eventId, page);
      return connection(rows, page.limit, totalCount, debriefKey);
    },
  },
  Mutation: {
    createDebrief: async (_root, args, ctx) => {
      const viewer = requireNotSuspended(requireVerifiedMember(ctx.viewer, 'post debriefs'));
      const event = await findEventById(ctx.db, validate.uuid('eventId', args.eventId));
      if (!event) throw clientError('NOT_FOUND', 'There is no event with that ID.');
      const now = ctx.now();
      if (event.startsOn > today(now)) {
        throw clientError(
          'CONFLICT',
          `“${event.name}” starts on ${calendarDay(event.startsOn)}: debriefs can be posted from its first day.`,
          { field: 'eventId' },
        );
      }
      if (!viewer.departmentId) {
        throw clientError(
          'FORBIDDEN',
          'A debrief is shared from your department, and your account has none. Ask a moderator to add you to your department.',
        );
      }
      const { fields, practiceIds } = await readDebriefInput(ctx, viewer, args.input);
      const debrief = await ctx.db.transaction(async (tx) => {
        const row = await insertDebrief(tx, {
          ...fields,
          eventId: event.id,
          authorId: viewer.id,
          departmentId: viewer.departmentId!,
          createdAt: now,
          updatedAt: now,
        });
        await replaceDebriefPractices(tx, row.id, practiceIds);
        // Whoever writes a debrief of an event went to it.
        await setAttendance(tx, event.id, viewer.id, 'ATTENDED', now);
        await recordActivity(tx, { kind: 'DEBRIEF_POSTED', actorId: viewer.id, debriefId: row.id, createdAt: now });
        await audit(ctx, { action: 'DEBRIEF_CREATED', outcome: 'SUCCESS', detail: `debrief ${row.id} of ${event.slug}` }, tx);
        return row;
      });
      ctx.fanOut.kick();
      return debrief;
    },
    updateDebrief: async (_root, args, ctx) => {
      requireViewer(ctx.viewer);
      const existing = await debriefFor(ctx, args.id);
      if (!canEditDebrief(ctx.viewer, existing)) throw clientError('FORBIDDEN', 'Only its author can edit a debrief.');
      const viewer = requireNotSuspended(requireVerifiedMember(ctx.viewer, 'edit debriefs'));
      const { fields, practiceIds } = await readDebriefInput(ctx, viewer, args.input);
      return ctx.db.transaction(async (tx) => {
        const row = await updateDebriefFields(tx, existing.id, { ...fields, updatedAt: ctx.now() });
        await replaceDebriefPractices(tx, existing.id, practiceIds);
        await audit(ctx, { action: 'DEBRIEF_UPDATED', outcome: 'SUCCESS', detail: `debrief ${existing.id}` }, tx);
        return row;
      });
    },
    deleteDebrief: async (_root, args, ctx) => {
      const viewer = requireViewer(ctx.viewer);
      const id = validate.uuid('id', args.id);
      // Moderators remove any debrief; anyone else must be able to read it to learn it is not theirs.
      const existing = canRemoveAnyDebrief(viewer) ? await findDebrief(ctx.db, id) : await debriefFor(ctx, id);
      if (!existing) throw clientError('NOT_FOUND', 'There is no debrief with that ID.');
      if (!canDeleteDebrief(viewer, existing)) throw clientError('FORBIDDEN', 'Only its author or a moderator can delete a debrief.');
      if (existing.authorId !== viewer.id) privileged(viewer);
      return ctx.db.transaction(async (tx) => {
        const deleted = await deleteDebriefRow(tx, existing.id);
        await audit(
          ctx,
          {
            action: 'DEBRIEF_DELETED',
            outcome: 'SUCCESS',
            subjectId: existing.authorId,
            detail: `debrief ${existing.id}: ${existing.title}`,
          },
          tx,
        );
        return deleted;
      });
    },
  },
  Debrief: {
    sessionsHtml: (d) => renderMarkdownOnce(`debrief:${d.id}:sessions:${d.updatedAt.getTime()}`, d.sessions),
    takeawaysHtml: (d) => renderMarkdownOnce(`debrief:${d.id}:takeaways:${d.updatedAt.getTime()}`, d.takeaways),
    toTryHtml: (d) => renderMarkdownOnce(`debrief:${d.id}:toTry:${d.updatedAt.getTime()}`, d.toTry),
    contactsHtml: (d) => renderMarkdownOnce(`debrief:${d.id}:contacts:${d.updatedAt.getTime()}`, d.contacts),
    viewerCan: (d, _args, ctx) => ({ edit: canEditDebrief(ctx.viewer, d), delete: canDeleteDebrief(ctx.viewer, d) }),
  },
};
