import { redirect } from '@sveltejs/kit';
import { ApiError } from '$lib/server/api';
import { clearSessionCookie, gqlSession } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

const SIGN_OUT = /* GraphQL */ `
  mutation SignOut {
    signOut
  }
`;

// Signing out is a POST (the header's button); a GET only offers the button, so a link or a
// prefetch can never end a session.
export const load: PageServerLoad = ({ locals }) => {
  if (!locals.user) redirect(303, '/');
};

export const actions: Actions = {
  default: async (event) => {
    try {
      await gqlSession(event, SIGN_OUT);
    } catch (err) {
      // A session the API already ended is as good as signed out.
      if (!(err instanceof ApiError)) throw err;
    }
    // The API's answer clears the cookie; this covers an answer that never came.
    clearSessionCookie(event);
    redirect(303, '/');
  },
};
