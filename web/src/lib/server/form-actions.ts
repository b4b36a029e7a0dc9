// Form actions: reading fields, and turning the API's refusals into messages beside the fields.
import { fail, redirect, type ActionFailure, type RequestEvent } from '@sveltejs/kit';
import { signInHref } from '$lib/url';
import { ApiError, gql } from './api';

/** Field name → message; `form` holds the message that belongs to no one field. */
export type FormErrors = Record<string, string>;

/** What an action hands back to its page: what was typed (never a password) and, on failure, why. */
export interface FormResult {
  /** Which of the page's forms failed, on pages with several. */
  form?: string;
  values: Record<string, string>;
  errors: FormErrors;
}

/** A text field's value, trimmed; '' when absent. Passwords go through `secret` instead. */
export function text(data: FormData, name: string, maxLength = 1000): string {
  const value = data.get(name);
  return typeof value === 'string' ? value.trim().slice(0, maxLength) : '';
}

/** A password or code as typed: spaces are allowed in passwords, so nothing is trimmed. */
export function secret(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value.slice(0, 1024) : '';
}

/** A refusal in the shape every form reads. */
export function refuse(status: number, result: FormResult): ActionFailure<FormResult> {
  return fail(status, result);
}

/** A failure with messages written here, before asking the API. */
export function invalid(errors: FormErrors, values: Record<string, string> = {}, form?: string): ActionFailure<FormResult> {
  return refuse(400, { form, values, errors });
}

const STATUS_BY_CODE: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  EMAIL_UNCONFIRMED: 403,
  API_UNREACHABLE: 503,
};

/**
 * The API's refusal as messages: each one that names a field goes under that field (a
 * BAD_USER_INPUT lists every faulty field in `extensions.fields`), the rest under `form`. The API
 * writes its messages for people, so they are shown as they are. Anything else (a bug, a malformed
 * answer) is rethrown for the error page.
 */
export function errorsFromApi(err: unknown): { status: number; errors: FormErrors } {
  if (!(err instanceof ApiError)) throw err;
  const known = err.errors.filter((e) => e.code in STATUS_BY_CODE);
  if (known.length === 0) throw err;

  const errors: FormErrors = {};
  const fieldName = (name: string) => name.replace(/^input\./, '');
  for (const e of known) {
    if (e.code === 'API_UNREACHABLE') {
      errors.form ??= 'Muster is temporarily unavailable. Please try again in a moment.';
      continue;
    }
    const fields = e.extensions?.fields;
    if (fields && typeof fields === 'object') {
      for (const [name, message] of Object.entries(fields)) {
        if (typeof message === 'string') errors[fieldName(name)] ??= message;
      }
      continue;
    }
    const field = typeof e.extensions?.field === 'string' ? fieldName(e.extensions.field) : 'form';
    errors[field] ??= e.message;
  }
  return { status: STATUS_BY_CODE[known[0].code], errors };
}

/** The API said no: a refusal in the shape every form reads (see errorsFromApi). */
export function failFromApi(err: unknown, values: Record<string, string> = {}, form?: string): ActionFailure<FormResult> {
  const { status, errors } = errorsFromApi(err);
  return refuse(status, { form, values, errors });
}

/**
 * Sends a form's mutation: null when it went through, else the API's refusal for `failFromApi`. A
 * session that ran out while the page was open goes to sign in, and comes back here to try again.
 */
export async function sendMutation(event: RequestEvent, document: string, variables: Record<string, unknown>): Promise<unknown> {
  try {
    await gql(event, document, variables);
    return null;
  } catch (err) {
    if (err instanceof ApiError && err.has('UNAUTHENTICATED')) redirect(303, signInHref(event.url));
    return err;
  }
}
