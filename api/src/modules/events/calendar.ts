import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import ical, { escape, ICalCalendarMethod } from 'ical-generator';
import type { Db, Event } from '@muster/db';
import { eventsOfMember, findEventBySlug, memberByCalendarToken } from './events.repository.ts';

/** One day after a YYYY-MM-DD day: iCalendar's all-day events end on the day after the last. */
function dayAfter(day: string): Date {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d;
}

function calendarOf(name: string, list: Event[], publicUrl: string) {
  // ical-generator escapes every event property but writes the calendar's NAME and X-WR-CALNAME
  // as given, so the name goes through its escaping here (a line break would start a new line).
  const calendar = ical({
    name: escape(name, false),
    prodId: { company: 'Muster', product: 'events', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const event of list) {
    // With times, the instants in UTC (calendar programs show them in their own zone); without, whole days.
    const timed = event.startsAt !== null;
    calendar.createEvent({
      id: `${event.id}@muster`,
      start: event.startsAt ?? new Date(`${event.startsOn}T00:00:00Z`),
      end: timed ? event.endsAt : dayAfter(event.endsOn),
      allDay: !timed,
      summary: event.name,
      description: `${event.host}${event.description ? `\n\n${event.description}` : ''}\n\n${publicUrl}/events/${event.slug}`,
      location: event.online ? 'Online' : event.location,
      url: `${publicUrl}/events/${event.slug}`,
      lastModified: event.updatedAt,
      stamp: event.updatedAt,
    });
  }
  // RFC 5545 ends every content line, the last one included, with CRLF; the library stops short of the last.
  const text = calendar.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}

/**
 * `/events/<slug>.ics`: one event, for anyone (events are public; who attends is not in it).
 * `/calendar/<secret>.ics`: the events a member attends, for calendar programs, which send no
 * cookies; the secret is the member's to renew (only its hash is stored).
 */
export async function calendarRoutes(app: FastifyInstance, options: { db: Db; publicUrl: string }) {
  const send = (reply: import('fastify').FastifyReply, body: string, filename: string) =>
    reply
      .header('content-type', 'text/calendar; charset=utf-8')
      .header('content-disposition', `attachment; filename="${filename}"`)
      .header('cache-control', 'private, max-age=300')
      .send(body);

  // Only `.ics` addresses: `/events/<slug>` and `/events/new` are the web app's pages, which a
  // `/events/:file` route would shadow (the router prefers it to the web app's catch-all).
  app.get<{ Params: { slug: string } }>('/events/:slug.ics', async (request, reply) => {
    const slug = request.params.slug;
    const event = /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) ? await findEventBySlug(options.db, slug) : null;
    if (!event) return reply.status(404).type('text/plain').send('There is no event at this address.');
    return send(reply, calendarOf(event.name, [event], options.publicUrl), `${event.slug}.ics`);
  });

  app.get<{ Params: { file: string } }>('/calendar/:file', async (request, reply) => {
    const match = /^([A-Za-z0-9_-]{20,64})\.ics$/.exec(request.params.file);
    const member = match ? await memberByCalendarToken(options.db, createHash('sha256').update(match[1]!).digest('hex')) : null;
    if (!member)
      return reply
        .status(404)
        .type('text/plain')
        .send('This calendar address is not (or no longer) valid. Get a new one in Muster under Settings.');
    return send(reply, calendarOf('My Muster events', await eventsOfMember(options.db, member.id), options.publicUrl), 'muster-events.ics');
  });
}
