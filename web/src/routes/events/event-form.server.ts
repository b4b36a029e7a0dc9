// The create and edit forms of an event: reading what was typed, checking what the API's types
// would refuse before its own checks run, and the guard both pages share.
import { error, redirect, type ActionFailure, type RequestEvent } from '@sveltejs/kit';
import { errorsFromApi, refuse, text, type FormErrors, type FormResult } from '$lib/server/form-actions';
import { signInHref } from '$lib/url';
import { canKeepEvents, isEventKind, type EventKind } from './event';

/** The form's fields as typed; `topics` holds the chosen slugs joined by commas, `online` is 'on' or ''. */
export interface EventValues {
  name: string;
  kind: string;
  host: string;
  startsOn: string;
  endsOn: string;
  /** HH:MM on the first day and the last, in timeZone; empty for an all-day event. */
  startTime: string;
  endTime: string;
  timeZone: string;
  online: string;
  location: string;
  url: string;
  description: string;
  topics: string;
  [field: string]: string;
}

export interface EventInput {
  name: string;
  kind: EventKind;
  host: string;
  startsOn: string;
  endsOn: string;
  startTime: string | null;
  endTime: string | null;
  timeZone: string | null;
  online: boolean;
  location: string;
  url: string | null;
  description: string;
  topics: string[];
}

export const FORBIDDEN_MESSAGE = 'Only Muster moderators add and edit events.';

/** Visitors go to sign in and back; members who are not moderators are told why they cannot. */
export function requireEventKeeper(event: RequestEvent): void {
  if (!event.locals.user) redirect(303, signInHref(event.url));
  if (!canKeepEvents(event.locals.user)) error(403, FORBIDDEN_MESSAGE);
}

export function emptyEventValues(): EventValues {
  return {
    name: '',
    kind: '',
    host: '',
    startsOn: '',
    endsOn: '',
    startTime: '',
    endTime: '',
    timeZone: '',
    online: '',
    location: '',
    url: '',
    description: '',
    topics: '',
  };
}

export function readEventForm(data: FormData): EventValues {
  const topics = data
    .getAll('topics')
    .filter((t): t is string => typeof t === 'string' && /^[a-z0-9-]{1,100}$/.test(t))
    .slice(0, 50);
  return {
    name: text(data, 'name', 300),
    kind: text(data, 'kind', 20),
    host: text(data, 'host', 300),
    startsOn: text(data, 'startsOn', 10),
    endsOn: text(data, 'endsOn', 10),
    startTime: text(data, 'startTime', 10),
    endTime: text(data, 'endTime', 10),
    timeZone: text(data, 'timeZone', 100),
    online: data.get('online') ? 'on' : '',
    location: text(data, 'location', 400),
    url: text(data, 'url', 600),
    description: text(data, 'description', 20_000),
    topics: topics.join(','),
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isCalendarDate(value: string): boolean {
  return DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

/**
 * The API's input, or messages for what its GraphQL types would reject outright (a missing kind,
 * a date that is not one), which it could not name a field for, and the empty required fields. Everything else
 * (lengths, the order of the dates, the place) the API checks and names the field itself.
 */
export function eventInput(values: EventValues): { input: EventInput | null; errors: FormErrors } {
  const errors: FormErrors = {};
  // Asked here too, so a form with several gaps is not sent back once for each.
  if (!values.name) errors.name = 'Give the event’s name.';
  if (!values.host) errors.host = 'Give the organisation that runs it.';
  if (!isEventKind(values.kind)) errors.kind = 'Choose what kind of event it is.';
  if (!isCalendarDate(values.startsOn)) errors.startsOn = values.startsOn ? 'Give the first day as a date.' : 'Give the day it starts.';
  if (!isCalendarDate(values.endsOn)) errors.endsOn = values.endsOn ? 'Give the last day as a date.' : 'Give the day it ends.';
  if (Object.keys(errors).length > 0 || !isEventKind(values.kind)) return { input: null, errors };
  return {
    input: {
      name: values.name,
      kind: values.kind,
      host: values.host,
      startsOn: values.startsOn,
      endsOn: values.endsOn,
      // Times, their order and the zone are the API's to check; it names the field.
      startTime: values.startTime || null,
      endTime: values.endTime || null,
      timeZone: values.timeZone || null,
      online: values.online === 'on',
      location: values.location,
      url: values.url || null,
      description: values.description,
      topics: values.topics ? values.topics.split(',') : [],
    },
    errors,
  };
}

/** A refused save: the values come back so nothing typed is lost. */
export function refuseEvent(status: number, values: EventValues, errors: FormErrors) {
  return refuse(status, { form: 'event', values, errors });
}

/**
 * The create and edit pages' save: reads and checks the form, lets `save` send it (answering the
 * event's address, or a refusal of its own), and goes to the event with `?done=`; a refusal, the
 * API's or ours, comes back with what was typed.
 */
export async function saveEvent(
  event: RequestEvent,
  done: 'created' | 'saved',
  save: (input: EventInput, values: EventValues) => Promise<string | ActionFailure<FormResult>>,
) {
  requireEventKeeper(event);
  const values = readEventForm(await event.request.formData());
  const { input, errors } = eventInput(values);
  if (!input) return refuseEvent(400, values, errors);
  let saved: string | ActionFailure<FormResult>;
  try {
    saved = await save(input, values);
  } catch (err) {
    const refused = errorsFromApi(err);
    return refuseEvent(refused.status, values, refused.errors);
  }
  if (typeof saved !== 'string') return saved;
  redirect(303, `/events/${saved}?done=${done}`);
}
