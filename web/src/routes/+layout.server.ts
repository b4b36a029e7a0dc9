import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async (event) => {
  const user = event.locals.user;
  // Read so that every navigation loads the layout again: the counts in the header follow what
  // the member read on the page they left. Both come with the viewer (hooks.server.ts).
  void event.url.pathname;
  return { user, unreadMessageCount: user?.unreadMessageCount ?? 0 };
};
