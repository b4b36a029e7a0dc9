// How the dashboard's forms behave with JavaScript; without it they are plain POSTs that come
// back to the dashboard at the section they changed (see backTo in +page.server.ts).
import type { SubmitFunction } from '@sveltejs/kit';
import { tick } from 'svelte';
import { goto } from '$app/navigation';

/** What a refused dashboard action hands back to the page. */
export interface DashboardResult {
  form?: string;
  values: Record<string, string>;
  errors: Record<string, string>;
}

/**
 * `use:enhance={moderating}`. A success answers with a redirect back to the dashboard: its data is
 * reloaded, the form emptied (or its edit box closed), and the focus goes to the message saying
 * what was done, since the control used may be gone (a resolved report). After a refusal the
 * focus goes to the field at fault or to the message saying why.
 */
export const moderating: SubmitFunction = ({ formElement }) => {
  return async ({ result, update }) => {
    if (result.type === 'redirect') {
      const target = new URL(result.location, location.href);
      // Anywhere else (the sign-in page after a session ran out) is a real navigation.
      if (target.pathname !== location.pathname) return update();
      formElement.reset();
      formElement.closest('details')?.removeAttribute('open');
      await goto(target, { invalidateAll: true, keepFocus: true, noScroll: true });
      await tick();
      document.querySelector<HTMLElement>('[data-done]')?.focus();
      return;
    }
    await update({ reset: false });
    if (result.type !== 'failure') return;
    await tick();
    const fault = '[aria-invalid="true"], .form-message.error';
    // Small forms (a button or two) say why beside them, outside the form itself.
    (
      formElement.querySelector<HTMLElement>(fault) ??
      formElement.closest('article, section')?.querySelector<HTMLElement>('.form-message.error')
    )?.focus();
  };
};

/** The page's last refusal, when it came from the named form (and, for a form per item, about that item). */
export function resultOf(form: unknown, name: string, about?: { key: string; value: string }): DashboardResult | null {
  if (!form || typeof form !== 'object' || !('form' in form) || form.form !== name) return null;
  const result = form as DashboardResult;
  if (about && result.values[about.key] !== about.value) return null;
  return result;
}
