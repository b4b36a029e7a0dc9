// What every queue of the moderation dashboard shares: coming back to the dashboard as it was,
// refusing a form before asking the API, and finding the write-up or member a moderator named.
import { redirect, type RequestEvent } from '@sveltejs/kit';
import { gql } from '$lib/server/api';
import { errorsFromApi, invalid, refuse, type FormErrors } from '$lib/server/form-actions';
import { pageHref } from '$lib/url';
import { DONE, type DoneKey, type ModerationForm } from './moderation';
import { slugFromAddress } from './practice-address';

export const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A member's handle, with or without its @. */
export const HANDLE = /^@?[a-z0-9][a-z0-9-]{0,59}$/i;

const PRACTICE_BY_SLUG = /* GraphQL */ `
  query ModerationPractice($slug: String!) {
    practice(slug: $slug) {
      id
      slug
    }
  }
`;

const MEMBER_BY_HANDLE = /* GraphQL */ `
  query ModerationMember($handle: String!) {
    member(handle: $handle) {
      id
    }
  }
`;

/** `?<name>=`: the cursor a list of the dashboard starts after. */
export function cursorParam(url: URL, name: 'hidden' | 'log'): string | null {
  const after = url.searchParams.get(name);
  return after && after.length <= 500 ? after : null;
}

/** Back to the dashboard as it was (the queue's and the log's pages), saying what was done, at its section. */
export function backTo(event: RequestEvent, done: DoneKey): never {
  const back = pageHref(event.url, ['done', 'suspend']);
  redirect(303, `${back}${back.includes('?') ? '&' : '?'}done=${done}#${DONE[done].section}`);
}

/** A refusal before asking the API, for the named form. */
export function refuseForm(form: ModerationForm, errors: FormErrors, values: Record<string, string>) {
  return invalid(errors, values, form);
}

/** The write-up a moderator named by its address or slug: its id, or the message for the field. */
export async function practiceNamed(event: RequestEvent, raw: string): Promise<{ id: string } | { error: string }> {
  if (!raw) return { error: 'Enter the write-up’s address or slug.' };
  const slug = slugFromAddress(raw);
  if (!slug) return { error: 'That is not a write-up’s address: it looks like …/practices/its-slug.' };
  const { practice } = await gql<{ practice: { id: string } | null }>(event, PRACTICE_BY_SLUG, { slug });
  return practice ? { id: practice.id } : { error: 'There is no write-up at that address.' };
}

/** The member a moderator named by handle: their id, or null when there is none. */
export async function memberNamed(event: RequestEvent, handle: string): Promise<string | null> {
  const { member } = await gql<{ member: { id: string } | null }>(event, MEMBER_BY_HANDLE, { handle: handle.replace(/^@/, '') });
  return member?.id ?? null;
}

/** The API's refusal of a form that names a write-up: the API calls it `practiceId`, the form `practice`. */
export function failAbout(form: ModerationForm, err: unknown, values: Record<string, string>) {
  const { status, errors } = errorsFromApi(err);
  const { practiceId, ...rest } = errors;
  return refuse(status, { form, values, errors: practiceId ? { ...rest, practice: practiceId } : errors });
}
