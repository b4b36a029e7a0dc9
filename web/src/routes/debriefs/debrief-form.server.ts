// The write and edit forms of a debrief: reading what was typed, turning write-up addresses into
// the slugs the API takes, and checking what its types would refuse before its own checks run.
import { redirect, type RequestEvent } from '@sveltejs/kit';
import { refuse, text, type FormErrors } from '$lib/server/form-actions';
import { signInHref } from '$lib/url';
import { isAudience, type DebriefAudience } from './debrief';

/** The form's fields as typed; `practices` holds write-up addresses or slugs, one per line. */
export interface DebriefValues {
  title: string;
  audience: string;
  sessions: string;
  takeaways: string;
  toTry: string;
  contacts: string;
  practices: string;
  [field: string]: string;
}

export interface DebriefInput {
  title: string;
  audience: DebriefAudience;
  sessions: string;
  takeaways: string;
  toTry: string;
  contacts: string;
  practices: string[];
}

/** The longest section the API takes (api/src/modules/debriefs/debriefs.resolvers.ts); a little more is read so it can say so. */
const SECTION_MAX = 20_000;

/** Visitors go to sign in and come back. */
export function requireSignedIn(event: RequestEvent): void {
  if (!event.locals.user) redirect(303, signInHref(event.url));
}

export function emptyDebriefValues(practice = ''): DebriefValues {
  return { title: '', audience: 'MEMBERS', sessions: '', takeaways: '', toTry: '', contacts: '', practices: practice };
}

export function readDebriefForm(data: FormData): DebriefValues {
  return {
    title: text(data, 'title', 300),
    audience: text(data, 'audience', 20),
    sessions: text(data, 'sessions', SECTION_MAX + 1),
    takeaways: text(data, 'takeaways', SECTION_MAX + 1),
    toTry: text(data, 'toTry', SECTION_MAX + 1),
    contacts: text(data, 'contacts', SECTION_MAX + 1),
    practices: text(data, 'practices', 5000),
  };
}

/**
 * A write-up as a member may paste it: its slug, or its address on Muster
 * (https://…/practices/<slug>, with or without a page part after it).
 */
export function practiceSlugOf(line: string): string {
  const trimmed = line.trim();
  const match = /(?:^|\/)practices\/([^/?#\s]+)/.exec(trimmed);
  if (!match) return trimmed;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    // Not an address after all; the API names it as typed.
    return trimmed;
  }
}

/**
 * The API's input, or messages for what its types would reject outright (no audience chosen)
 * and the empty required fields. Everything else (lengths, which write-ups exist) the API checks
 * and names the field itself.
 */
export function debriefInput(values: DebriefValues): { input: DebriefInput | null; errors: FormErrors } {
  const errors: FormErrors = {};
  if (!values.title) errors.title = 'Give the debrief a title.';
  if (!values.takeaways) errors.takeaways = 'Write the key takeaways: what you learned that colleagues should know.';
  if (!isAudience(values.audience)) errors.audience = 'Choose who can read it.';
  if (Object.keys(errors).length > 0 || !isAudience(values.audience)) return { input: null, errors };
  return {
    input: {
      title: values.title,
      audience: values.audience,
      sessions: values.sessions,
      takeaways: values.takeaways,
      toTry: values.toTry,
      contacts: values.contacts,
      practices: values.practices.split(/\r?\n/).map(practiceSlugOf).filter(Boolean),
    },
    errors,
  };
}

/** A refused save: the values come back so nothing typed is lost. */
export function refuseDebrief(status: number, values: DebriefValues, errors: FormErrors) {
  return refuse(status, { form: 'debrief', values, errors });
}
