// The session cookie belongs to the API: it sets it, reads it and clears it. The web app only
// carries it between the browser and the API, and looks at its name to skip asking who is
// signed in when nobody can be.
import { redirect, type Cookies, type RequestEvent } from '@sveltejs/kit';
import { parseSetCookie } from 'set-cookie-parser';
import type { Viewer } from '$lib/types';
import { signInHref } from '$lib/url';
import { ApiError, gql, gqlWithHeaders } from './api';

/** `__Host-` prefixed in production (api/src/modules/auth/session-cookie.ts). */
const SESSION_COOKIES = ['__Host-muster_session', 'muster_session'] as const;

export function hasSessionCookie(cookies: Cookies): boolean {
  return SESSION_COOKIES.some((name) => Boolean(cookies.get(name)));
}

/**
 * Hands the API's Set-Cookie headers to the browser. SvelteKit refuses set-cookie through
 * setHeaders, so each one goes through `event.cookies`, which also puts it on a redirect.
 */
export function passOnCookies(event: RequestEvent, headers: Headers): void {
  // Values pass through byte for byte: the API encoded them, the browser sends them back as is.
  for (const cookie of parseSetCookie(headers.getSetCookie(), { decodeValues: false })) {
    const sameSite = cookie.sameSite?.toLowerCase();
    event.cookies.set(cookie.name, cookie.value, {
      path: cookie.path || '/',
      domain: cookie.domain,
      httpOnly: cookie.httpOnly ?? false,
      secure: cookie.secure ?? false,
      sameSite: sameSite === 'strict' || sameSite === 'lax' || sameSite === 'none' ? sameSite : undefined,
      expires: cookie.expires,
      maxAge: cookie.maxAge,
      encode: (value) => value,
    });
  }
}

/** Runs an account mutation (sign-in, sign-out, password change…) and passes on the cookie it sets. */
export async function gqlSession<T>(event: RequestEvent, query: string, variables?: Record<string, unknown>): Promise<T> {
  const { data, headers } = await gqlWithHeaders<T>(event, query, variables);
  passOnCookies(event, headers);
  return data;
}

/** Forgets the session in this browser, for when the API could not say so itself. */
export function clearSessionCookie(event: RequestEvent): void {
  for (const name of SESSION_COOKIES) {
    if (event.cookies.get(name) === undefined) continue;
    event.cookies.delete(name, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: name.startsWith('__Host-') || event.url.protocol === 'https:',
    });
  }
}

const VIEWER_FIELDS = /* GraphQL */ `
  fragment ViewerFields on User {
    id
    displayName
    title
    role
    verification
    email
    emailConfirmed
    totpEnabled
    timeZone
    department {
      slug
      name
    }
    pendingReviewCount
    membersToVerifyCount
    viewerCan {
      writeUp
      publish
      reachMembers
      verifyMembers
      moderate
      administer
      keepEvents
      moveDepartment
      secondFactorRequired
    }
  }
`;

const ME = /* GraphQL */ `
  query Viewer {
    me {
      ...ViewerFields
    }
    unreadNotificationCount
    unreadMessageCount
  }
  ${VIEWER_FIELDS}
`;

/** A member whose address is not confirmed yet is a visitor to everything but `me`: the counts are refused. */
const ME_ONLY = /* GraphQL */ `
  query UnconfirmedViewer {
    me {
      ...ViewerFields
    }
  }
  ${VIEWER_FIELDS}
`;

/** The signed-in member as every page sees them, with the count the header's badge starts from. */
export interface SessionViewer extends Viewer {
  unreadNotificationCount: number;
  unreadMessageCount: number;
}

/**
 * Who the session cookie belongs to, or null. Asked once per request (hooks.server.ts); a
 * cookie the API no longer knows is dropped so later requests need not ask again.
 */
export async function resolveViewer(event: RequestEvent): Promise<SessionViewer | null> {
  if (!hasSessionCookie(event.cookies)) return null;
  try {
    const { me, unreadNotificationCount, unreadMessageCount } = await gql<{
      me: Viewer | null;
      unreadNotificationCount: number;
      unreadMessageCount: number;
    }>(event, ME);
    if (!me) {
      clearSessionCookie(event);
      return null;
    }
    return { ...me, unreadNotificationCount, unreadMessageCount };
  } catch (err) {
    if (err instanceof ApiError) {
      // The count is refused to visitors, so a cookie the API no longer knows fails the whole
      // query instead of answering `me: null`; so does a member whose address is not confirmed.
      if (err.has('UNAUTHENTICATED')) {
        const unconfirmed = await gql<{ me: Viewer | null }>(event, ME_ONLY).catch(() => null);
        if (unconfirmed?.me && !unconfirmed.me.emailConfirmed) {
          return { ...unconfirmed.me, unreadNotificationCount: 0, unreadMessageCount: 0 };
        }
        clearSessionCookie(event);
      }
      // The page itself will meet the same outage and say so; the header just shows "Sign in".
      return null;
    }
    throw err;
  }
}

/** For pages and actions that need an account: the viewer, or a trip to sign in and back. */
export function requireViewer(event: RequestEvent): SessionViewer {
  const viewer = event.locals.user;
  if (!viewer) redirect(303, signInHref(event.url));
  return viewer;
}
