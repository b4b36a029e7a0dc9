import { goto } from '$app/navigation';
import type { SubmitFunction } from '@sveltejs/kit';

/**
 * For a toggle that changes nothing else on the page (follow, attend): its action redirects back
 * here, so reload the page's data in place, the scroll and the focus left on the button; a second
 * press while the first is on its way is dropped. One per component instance.
 */
export function toggleInPlace(): SubmitFunction {
  let pending = false;
  return ({ cancel }) => {
    if (pending) return cancel();
    pending = true;
    return async ({ result, update }) => {
      pending = false;
      if (result.type === 'redirect' && new URL(result.location, location.href).pathname === location.pathname) {
        await goto(result.location, { invalidateAll: true, noScroll: true, keepFocus: true, replaceState: true });
      } else {
        await update();
      }
    };
  };
}
