// Form actions: reading fields, and turning the API's refusals into messages beside the fields.
import { fail, type ActionFailure } from '@sveltejs/kit';
import { ApiError } from './api';

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
export function invalid(
	errors: FormErrors,
	values: Record<string, string> = {},
	form?: string,
): ActionFailure<FormResult> {
	return refuse(400, { form, values, errors });
}

const STATUS_BY_CODE: Record<string, number> = {
	BAD_USER_INPUT: 400,
	UNAUTHENTICATED: 401,
	FORBIDDEN: 403,
	NOT_FOUND: 404,
	CONFLICT: 409,
	RATE_LIMITED: 429,
	API_UNREACHABLE: 503,
};

/**
 * The API said no: each message that names a field goes beside that field, the rest above the
 * form. The API writes its messages for people, so they are shown as they are. Anything else
 * (a bug, a malformed answer) is rethrown for the error page.
 */
export function failFromApi(
	err: unknown,
	values: Record<string, string> = {},
	form?: string,
): ActionFailure<FormResult> {
	if (!(err instanceof ApiError)) throw err;
	const known = err.errors.filter((e) => e.code in STATUS_BY_CODE);
	if (known.length === 0) throw err;

	const errors: FormErrors = {};
	for (const e of known) {
		const field = typeof e.extensions?.field === 'string' ? e.extensions.field.replace(/^input\./, '') : 'form';
		if (e.code === 'API_UNREACHABLE') errors.form ??= 'Muster is temporarily unavailable. Please try again in a moment.';
		else errors[field] ??= e.message;
	}
	return refuse(STATUS_BY_CODE[known[0].code], { form, values, errors });
}
