import { createHash, randomBytes } from 'node:crypto';
import type { MercuriusContext } from 'mercurius';
import type { EventInput, Resolvers } from '../../generated/graphql.ts';
import { clientError, FieldErrors } from '../../graphql/errors.ts';
import { connection, readPage } from '../../graphql/pagination.ts';
import * as validate from '../../graphql/validate.ts';
import { renderMarkdownOnce } from '../../markdown.ts';
import { canAttendEvents, canKeepEvents, canPostDebrief, requireAttendee, requireModerator, requireViewer } from '../../policy.ts';
import { audit } from '../audit/index.ts';
import { topicIdsBySlug } from '../practices/index.ts';
import { updateUser } from '../users/index.ts';
import {
  eventsOfMember,
  findEventById,
  findEventBySlug,
  insertEvent,
  listAttendees,
  listEvents,
  replaceEventTopics,
  setAttendance,
  uniqueEventSlug,
  updateEventFields,
  type EventKey,
} from './events.repository.ts';
import { instantIn, timeIn, today } from './event-times.ts';

/**
 * Optional times: the start on the first day and the end on the last, as the venue's wall clock in
 * its zone. Without a start time the event is all-day and a zone alone means nothing, so it is dropped.
 */
function readEventTimes(errors: FieldErrors, input: EventInput) {
  const startTime = input.startTime?.trim() ? errors.check(() => validate.timeOfDay('startTime', input.startTime!)) : undefined;
  const endTime = input.endTime?.trim() ? errors.check(() => validate.timeOfDay('endTime', input.endTime!)) : undefined;
  const zone = input.timeZone?.trim() ? errors.check(() => validate.timeZone('timeZone', input.timeZone!)) : undefined;
  const none = { startsAt: null, endsAt: null, timeZone: null };
  if (endTime && !input.startTime?.trim()) errors.add('startTime', 'Give the start time too, or leave out the end time.');
  if (!input.startTime?.trim()) return none;
  if (!input.timeZone?.trim()) errors.add('timeZone', 'Choose the time zone the times are given in, such as America/Chicago.');
  if (!startTime || !zone || (input.endTime?.trim() && !endTime)) return none;
  const startsAt = instantIn(zone, input.startsOn, startTime);
  const endsAt = endTime ? instantIn(zone, input.endsOn, endTime) : null;
  if (endsAt && endsAt <= startsAt) errors.add('endTime', 'The event ends before it starts: check the end time.');
  return { startsAt, endsAt, timeZone: zone };
}

async function readEventInput(ctx: MercuriusContext, input: EventInput) {
  const errors = new FieldErrors();
  const name = errors.check(() => validate.requiredText('name', 'the event’s name', input.name, 3, 200));
  const host = errors.check(() => validate.requiredText('host', 'the organisation that runs it', input.host, 2, 200));
  if (input.endsOn < input.startsOn) errors.add('endsOn', 'The event ends before it starts: check the dates.');
  const online = Boolean(input.online);
  const location = errors.check(() => validate.text('location', input.location, 300)) ?? '';
  if (!online && !location) errors.add('location', 'Say where it takes place, or mark it as online.');
  const url = errors.check(() => validate.text('url', input.url, 500)) ?? null;
  if (url && !/^https?:\/\/[^\s/]+\.[^\s]+$/.test(url)) errors.add('url', 'Give the event’s web address, starting with https://.');
  const description = errors.check(() => validate.text('description', input.description, 20_000)) ?? '';
  const times = readEventTimes(errors, input);
  const slugs = errors.check(() => validate.slugs('topics', input.topics)) ?? [];
  const ids = await topicIdsBySlug(ctx.db, slugs);
  const unknown = slugs.filter((s) => !ids.has(s));
  if (unknown.length) errors.add('topics', `Unknown topic: ${unknown.join(', ')}. Choose from the topic list.`);
  errors.throwIfAny();
  return {
    fields: {
      name: name!,
      kind: input.kind,
      host: host!,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      online,
      location,
      url,
      description,
      ...times,
    },
    topicIds: slugs.map((s) => ids.get(s)!),
  };
}

export const resolvers: Resolvers = {
  Query: {
    events: async (_root, args, ctx) => {
      const page = readPage<EventKey>(args, 20, ['date', 'uuid']);
      const { rows, totalCount } = await listEvents(ctx.db, args.upcoming ?? null, today(ctx.now()), page);
      return connection(rows, page.limit, totalCount, (e) => [e.startsOn, e.id]);
    },
    event: (_root, args, ctx) => findEventBySlug(ctx.db, validate.slug('slug', args.slug)),
    myEvents: async (_root, _args, ctx) => {
      const viewer = requireViewer(ctx.viewer);
      return eventsOfMember(ctx.db, viewer.id);
    },
  },
  Mutation: {
    createEvent: async (_root, args, ctx) => {
      const viewer = requireModerator(ctx.viewer);
      const { fields, topicIds } = await readEventInput(ctx, args.input);
      const now = ctx.now();
      return ctx.db.transaction(async (tx) => {
        const slug = await uniqueEventSlug(tx, fields.name, fields.startsOn);
        const row = await insertEvent(tx, { ...fields, slug, createdById: viewer.id, createdAt: now, updatedAt: now });
        await replaceEventTopics(tx, row.id, topicIds);
        await audit(ctx, { action: 'EVENT_CREATED', outcome: 'SUCCESS', detail: slug }, tx);
        return row;
      });
    },
    updateEvent: async (_root, args, ctx) => {
      requireModerator(ctx.viewer);
      const existing = await findEventById(ctx.db, validate.uuid('id', args.id));
      if (!existing) throw clientError('NOT_FOUND', 'There is no event with that ID.');
      const { fields, topicIds } = await readEventInput(ctx, args.input);
      return ctx.db.transaction(async (tx) => {
        // The address people shared keeps working unless the name or year changes.
        const slug =
          fields.name === existing.name && fields.startsOn.slice(0, 4) === existing.startsOn.slice(0, 4)
            ? existing.slug
            : await uniqueEventSlug(tx, fields.name, fields.startsOn, existing.id);
        const row = await updateEventFields(tx, existing.id, { ...fields, slug, updatedAt: ctx.now() });
        await replaceEventTopics(tx, existing.id, topicIds);
        await audit(ctx, { action: 'EVENT_UPDATED', outcome: 'SUCCESS', detail: slug }, tx);
        return row;
      });
    },
    attendEvent: async (_root, args, ctx) => {
      const viewer = requireAttendee(ctx.viewer);
      const event = await findEventById(ctx.db, validate.uuid('eventId', args.eventId));
      if (!event) throw clientError('NOT_FOUND', 'There is no event with that ID.');
      // Before it starts a member is going; from its first day on, they went.
      const status = args.attending ? (event.startsOn <= today(ctx.now()) ? 'ATTENDED' : 'ATTENDING') : null;
      await setAttendance(ctx.db, event.id, viewer.id, status, ctx.now());
      return event;
    },
    renewCalendarFeed: async (_root, _args, ctx) => {
      const viewer = requireViewer(ctx.viewer);
      const token = randomBytes(24).toString('base64url');
      await updateUser(ctx.db, viewer.id, { calendarTokenHash: createHash('sha256').update(token).digest('hex') });
      return `${ctx.config.mail.publicUrl}/calendar/${token}.ics`;
    },
  },
  Event: {
    descriptionHtml: (e) => renderMarkdownOnce(`event:${e.id}:${e.updatedAt.getTime()}`, e.description),
    past: (e, _args, ctx) => e.endsOn < today(ctx.now()),
    startTime: (e) => (e.startsAt && e.timeZone ? timeIn(e.timeZone, e.startsAt) : null),
    endTime: (e) => (e.endsAt && e.timeZone ? timeIn(e.timeZone, e.endsAt) : null),
    icsUrl: (e, _args, ctx) => `${ctx.config.mail.publicUrl}/events/${e.slug}.ics`,
    attendees: async (e, args, ctx) => {
      // Who goes where is for those who go: verified members.
      if (!ctx.viewer || !canAttendEvents(ctx.viewer)) return null;
      const page = readPage<[number]>(args, 50, ['integer']);
      const { rows, totalCount, offset } = await listAttendees(ctx.db, e.id, ctx.viewer.departmentId, page);
      const positioned = rows.map((user, i) => ({ user, position: offset + i + 1 }));
      const result = connection(positioned, page.limit, totalCount, (r) => [r.position]);
      return { ...result, edges: result.edges.map((edge) => ({ cursor: edge.cursor, node: edge.node.user })) };
    },
    viewerCan: (e, _args, ctx) => ({
      edit: canKeepEvents(ctx.viewer),
      attend: canAttendEvents(ctx.viewer),
      debrief: canPostDebrief(ctx.viewer, e, today(ctx.now())),
    }),
  },
};
