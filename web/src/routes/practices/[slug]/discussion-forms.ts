// How the discussion's forms behave with JavaScript; without it they are plain POSTs that come
// back to the comment they touched (see discussion-actions.server.ts).
import type { SubmitFunction } from '@sveltejs/kit';
import { tick } from 'svelte';
import { goto } from '$app/navigation';

/** What a refused discussion action hands back to the page. */
export interface DiscussionResult {
  form: 'comment' | 'reply' | 'edit' | 'delete' | 'helpful' | 'lock' | 'moderate';
  values: Record<string, string>;
  errors: Record<string, string>;
}

const FORMS: readonly string[] = ['comment', 'reply', 'edit', 'delete', 'helpful', 'lock', 'moderate'];

/** The page's `form` when it is the refusal of a discussion action. */
export function discussionResult(form: unknown): DiscussionResult | null {
  if (!form || typeof form !== 'object' || !('form' in form) || typeof form.form !== 'string') return null;
  return FORMS.includes(form.form) ? (form as DiscussionResult) : null;
}

/**
 * `use:enhance={discussing(…)}`. A successful action answers with a redirect back to this page:
 * the page's data is reloaded where the reader is, rather than jumping to the top or to the
 * anchor, and the reply or edit box it came from closes. `clear` empties what was posted;
 * `focusComment` moves the focus to the comment the action touched, since the control that was
 * used may be gone (a deleted comment) or hidden (a closed reply box). After a refusal the focus
 * goes to the field at fault or to the message saying why.
 */
export function discussing(options: { clear?: boolean; focusComment?: boolean } = {}): SubmitFunction {
  return ({ formElement }) => {
    return async ({ result, update }) => {
      if (result.type === 'redirect') {
        const target = new URL(result.location, location.href);
        // Anywhere else (the sign-in page after a session ran out) is a real navigation.
        if (target.pathname !== location.pathname) return update();
        await goto(target, { invalidateAll: true, noScroll: true, keepFocus: true, replaceState: true });
        if (options.clear) for (const box of formElement.querySelectorAll('textarea')) box.value = '';
        formElement.closest('details')?.removeAttribute('open');
        if (options.focusComment) document.getElementById(target.hash.slice(1))?.focus();
        return;
      }
      await update({ reset: false });
      if (result.type !== 'failure') return;
      await tick();
      formElement.querySelector<HTMLElement>('[aria-invalid="true"], .form-message.error')?.focus();
    };
  };
}
