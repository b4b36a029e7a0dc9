import { error, redirect } from '@sveltejs/kit';
import { gql, toPageError } from '$lib/server/api';
import { failFromApi, invalid, text, type FormResult } from '$lib/server/form-actions';
import type { Connection } from '$lib/types';
import { cursorFrom } from '$lib/url';
import type { Actions, PageServerLoad } from './$types';

const PER_PAGE = 50;

const PEOPLE = /* GraphQL */ `
  query DepartmentPeople($slug: String!, $first: Int!, $after: String) {
    department(slug: $slug) {
      slug
      name
      viewerCanManagePeople
      domains
      autoVerifyDomain
      invitations(first: $first, after: $after) {
        totalCount
        edges {
          cursor
          node {
            id
            email
            state
            sentAt
            expiresAt
            acceptedAt
            invitedBy {
              displayName
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`;

const SET_DOMAINS = /* GraphQL */ `
  mutation SetDepartmentDomains($slug: String!, $domains: [String!]!, $autoVerify: Boolean!) {
    setDepartmentDomains(slug: $slug, domains: $domains, autoVerify: $autoVerify) {
      slug
    }
  }
`;

const INVITE = /* GraphQL */ `
  mutation InviteMembers($slug: String!, $emails: [String!]!) {
    inviteMembers(departmentSlug: $slug, emails: $emails) {
      email
      state
      refusal
    }
  }
`;

const RESEND = /* GraphQL */ `
  mutation ResendInvitation($id: ID!) {
    resendInvitation(id: $id) {
      id
    }
  }
`;

const REVOKE = /* GraphQL */ `
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      id
    }
  }
`;

export type InvitationState = 'SENT' | 'ACCEPTED' | 'EXPIRED' | 'REVOKED' | 'REFUSED';

export interface InvitationRow {
  id: string;
  email: string;
  state: InvitationState;
  sentAt: string;
  expiresAt: string;
  acceptedAt: string | null;
  invitedBy: { displayName: string } | null;
}

interface PeopleData {
  department: {
    slug: string;
    name: string;
    viewerCanManagePeople: boolean;
    domains: string[];
    autoVerifyDomain: boolean;
    invitations: Connection<InvitationRow>;
  } | null;
}

/** Fixed texts for `?done=`, set by the actions' redirects. */
const DONE = {
  domains: 'E-mail domains saved.',
  resent: 'Invitation sent again, with a new link valid 14 days; the old link no longer works.',
  revoked: 'Invitation revoked; its link no longer works.',
} as const;

/** One entry per line (commas, semicolons and spaces also separate), as people paste them. */
const entries = (value: string) => value.split(/[\s,;]+/).filter(Boolean);

export const load: PageServerLoad = async (event) => {
  const { department } = await gql<PeopleData>(event, PEOPLE, {
    slug: event.params.slug,
    first: PER_PAGE,
    after: cursorFrom(event.url),
  }).catch((err) => toPageError(err, event.url));
  if (!department) error(404, 'No department at this address');
  const { invitations, ...rest } = department;
  const done = event.url.searchParams.get('done') ?? '';
  return {
    department: rest,
    invitations: invitations.edges.map((e) => e.node),
    totalCount: invitations.totalCount,
    pageInfo: invitations.pageInfo,
    done: done in DONE ? DONE[done as keyof typeof DONE] : null,
  };
};

export const actions: Actions = {
  domains: async (event) => {
    const data = await event.request.formData();
    const values = { domains: text(data, 'domains', 5000), autoVerify: data.get('autoVerify') ? 'on' : '' };
    const domains = entries(values.domains);
    try {
      await gql(event, SET_DOMAINS, { slug: event.params.slug, domains, autoVerify: values.autoVerify === 'on' });
    } catch (err) {
      const failure = failFromApi(err, values, 'domains');
      // Each refused domain is named by its place in the list; the page shows them together under the field.
      const errors = failure.data.errors;
      const perDomain = Object.keys(errors).filter((k) => k.startsWith('domains.'));
      if (perDomain.length) {
        errors.domains = perDomain.map((k) => errors[k]).join(' ');
        for (const k of perDomain) delete errors[k];
      }
      return failure;
    }
    redirect(303, `/departments/${event.params.slug}/people?done=domains`);
  },

  invite: async (event) => {
    const data = await event.request.formData();
    const values = { emails: text(data, 'emails', 60_000) };
    const emails = entries(values.emails);
    if (emails.length === 0) return invalid({ emails: 'Paste at least one address, one per line.' }, values, 'invite');
    if (emails.length > 200) {
      return invalid(
        { emails: `Invite at most 200 addresses at a time; you pasted ${emails.length}. Send the rest in another batch.` },
        values,
        'invite',
      );
    }
    let results: { email: string; state: InvitationState; refusal: string | null }[];
    try {
      ({ inviteMembers: results } = await gql<{ inviteMembers: typeof results }>(event, INVITE, { slug: event.params.slug, emails }));
    } catch (err) {
      return failFromApi(err, values, 'invite');
    }
    // The refused addresses stay in the box, to correct and send again.
    const refused = results.filter((r) => r.state === 'REFUSED');
    const result: FormResult & { results: typeof results } = {
      form: 'invite',
      values: { emails: refused.map((r) => r.email).join('\n') },
      errors: {},
      results,
    };
    return result;
  },

  resend: async (event) => {
    const data = await event.request.formData();
    try {
      await gql(event, RESEND, { id: text(data, 'id', 100) });
    } catch (err) {
      return failFromApi(err, {}, 'list');
    }
    redirect(303, `/departments/${event.params.slug}/people?done=resent#invitations`);
  },

  revoke: async (event) => {
    const data = await event.request.formData();
    try {
      await gql(event, REVOKE, { id: text(data, 'id', 100) });
    } catch (err) {
      return failFromApi(err, {}, 'list');
    }
    redirect(303, `/departments/${event.params.slug}/people?done=revoked#invitations`);
  },
};
