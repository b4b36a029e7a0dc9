// Progressive enhancement for the account forms: with JavaScript they submit in place.
import type { SubmitFunction } from '@sveltejs/kit';
import { tick } from 'svelte';

/**
 * `use:enhance={focusFirstError}`: after a refusal, empties the password fields (as the page
 * rendered without JavaScript would, since the server never sends a password back) and moves
 * focus to the first field in error or the form's own message, so a keyboard or screen-reader
 * user lands on what to fix.
 */
export const focusFirstError: SubmitFunction = ({ formElement }) => {
  return async ({ result, update }) => {
    await update();
    if (result.type !== 'failure') return;
    await tick();
    for (const input of formElement.querySelectorAll<HTMLInputElement>('input[type="password"]')) input.value = '';
    formElement.querySelector<HTMLElement>('[aria-invalid="true"], .form-message.error')?.focus();
  };
};

/**
 * The message for a form as a whole: its own, or one about a field the form does not show
 * beside an input (the API may name an argument such as `userId`), so no refusal goes unseen.
 */
export function formError(errors: Record<string, string> | undefined, shownFields: readonly string[] = []): string | undefined {
  if (!errors) return undefined;
  return errors.form ?? Object.entries(errors).find(([field]) => !shownFields.includes(field))?.[1];
}
