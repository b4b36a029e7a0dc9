import { redirect, type RequestEvent } from '@sveltejs/kit';
import { gql, toPageError } from '$lib/server/api';
import { failFromApi, invalid, text } from '$lib/server/form-actions';
import { requireViewer } from '$lib/server/session';
import { isRole, isVerificationState } from '$lib/format';
import type { Connection, MemberRow, Role, VerificationState } from '$lib/types';
import { listQuery, queryParam } from '$lib/server/list-query';
import { pageHref } from '$lib/url';
import type { Actions, PageServerLoad } from './$types';

const PER_PAGE = 50;

const ADMIN = /* GraphQL */ `
  query Admin($filter: UserFilter, $first: Int!, $after: String) {
    securitySettings {
      requireTotpForPrivileged
    }
    users(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          displayName
          title
          email
          role
          verification
          department {
            slug
            name
            state
          }
          requestedDepartment
          lockedAt
          disabled
          totpEnabled
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

const SET_SECURITY_SETTINGS = /* GraphQL */ `
  mutation SetSecuritySettings($requireTotpForPrivileged: Boolean!) {
    setSecuritySettings(requireTotpForPrivileged: $requireTotpForPrivileged) {
      requireTotpForPrivileged
    }
  }
`;

const SET_ROLE = /* GraphQL */ `
  mutation SetRole($userId: ID!, $role: Role!, $departmentSlug: String) {
    setRole(userId: $userId, role: $role, departmentSlug: $departmentSlug) {
      id
      role
    }
  }
`;

const SET_ACCOUNT_DISABLED = /* GraphQL */ `
  mutation SetAccountDisabled($userId: ID!, $disabled: Boolean!) {
    setAccountDisabled(userId: $userId, disabled: $disabled) {
      id
      disabled
    }
  }
`;

const RELEASE_LOCKOUT = /* GraphQL */ `
  mutation ReleaseLockout($userId: ID!) {
    releaseLockout(userId: $userId) {
      id
      lockedAt
    }
  }
`;

const SEND_PASSWORD_RESET = /* GraphQL */ `
  mutation SendPasswordReset($userId: ID!) {
    sendPasswordReset(userId: $userId)
  }
`;

interface UserFilters {
  role: Role | '';
  verification: VerificationState | '';
  q: string;
  locked: boolean;
}

/** Reads the filter form from the query string, dropping values the form never offers. */
function filtersFrom(url: URL): UserFilters {
  const role = (url.searchParams.get('role') ?? '').toUpperCase();
  const verification = (url.searchParams.get('verification') ?? '').toUpperCase();
  return {
    role: isRole(role) ? role : '',
    verification: isVerificationState(verification) ? verification : '',
    q: queryParam(url, 'q'),
    locked: url.searchParams.get('locked') === '1',
  };
}

/** Fixed texts for `?done=`, set by the actions' redirects. */
const DONE = {
  security: 'Security settings saved.',
  role: 'Role changed.',
  disabled: 'Account disabled; its sessions are signed out.',
  enabled: 'Account enabled.',
  released: 'Lockout released; they can sign in again.',
  'reset-sent': 'A link to set a new password is on its way to the member by mail.',
} as const;

export const load: PageServerLoad = async (event) => {
  requireViewer(event);
  const filters = filtersFrom(event.url);
  const { filtered, variables } = listQuery(
    event.url,
    { role: filters.role, verification: filters.verification, search: filters.q, lockedOnly: filters.locked },
    PER_PAGE,
  );
  const data = await gql<{
    securitySettings: { requireTotpForPrivileged: boolean };
    users: Connection<MemberRow>;
  }>(event, ADMIN, variables).catch((err) => toPageError(err, event.url));

  const done = event.url.searchParams.get('done') ?? '';
  return {
    filters,
    filtered,
    security: data.securitySettings,
    users: data.users.edges.map((e) => e.node),
    totalCount: data.users.totalCount,
    pageInfo: data.users.pageInfo,
    done: done in DONE ? DONE[done as keyof typeof DONE] : null,
  };
};

/** Back to the list as it was (filters, page), saying what was done. */
function backTo(event: RequestEvent, done: keyof typeof DONE): never {
  const back = pageHref(event.url, ['done']);
  redirect(303, `${back}${back.includes('?') ? '&' : '?'}done=${done}`);
}

export const actions: Actions = {
  security: async (event) => {
    requireViewer(event);
    const data = await event.request.formData();
    const require = text(data, 'requireTotpForPrivileged', 10) === 'true';
    try {
      await gql(event, SET_SECURITY_SETTINGS, { requireTotpForPrivileged: require });
    } catch (err) {
      return failFromApi(err, {}, 'security');
    }
    backTo(event, 'security');
  },

  setRole: async (event) => {
    requireViewer(event);
    const data = await event.request.formData();
    const values = {
      userId: text(data, 'userId', 200),
      role: text(data, 'role', 20),
      departmentSlug: text(data, 'departmentSlug', 200),
    };
    if (!isRole(values.role)) return invalid({ role: 'Choose a role.' }, values, 'setRole');
    try {
      await gql(event, SET_ROLE, {
        userId: values.userId,
        role: values.role,
        // Only a chief leads a department; for other roles the field is left out.
        departmentSlug: values.role === 'CHIEF' && values.departmentSlug ? values.departmentSlug : null,
      });
    } catch (err) {
      return failFromApi(err, values, 'setRole');
    }
    backTo(event, 'role');
  },

  setDisabled: async (event) => {
    requireViewer(event);
    const data = await event.request.formData();
    const userId = text(data, 'userId', 200);
    const disabled = text(data, 'disabled', 10) === 'true';
    try {
      await gql(event, SET_ACCOUNT_DISABLED, { userId, disabled });
    } catch (err) {
      return failFromApi(err, { userId }, 'setDisabled');
    }
    backTo(event, disabled ? 'disabled' : 'enabled');
  },

  releaseLockout: async (event) => {
    requireViewer(event);
    const data = await event.request.formData();
    const userId = text(data, 'userId', 200);
    try {
      await gql(event, RELEASE_LOCKOUT, { userId });
    } catch (err) {
      return failFromApi(err, { userId }, 'releaseLockout');
    }
    backTo(event, 'released');
  },

  sendPasswordReset: async (event) => {
    requireViewer(event);
    const data = await event.request.formData();
    const userId = text(data, 'userId', 200);
    try {
      await gql(event, SEND_PASSWORD_RESET, { userId });
    } catch (err) {
      return failFromApi(err, { userId }, 'sendPasswordReset');
    }
    backTo(event, 'reset-sent');
  },
};
