import { redirect } from '@sveltejs/kit';
import { gql, toPageError } from '$lib/server/api';
import { DEPARTMENT_CHOICES } from '$lib/server/fragments';
import { failFromApi, invalid, text } from '$lib/server/form-actions';
import { requireViewer } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

const PROFILE_PAGE = /* GraphQL */ `
  query ProfilePage {
    me {
      handle
      displayName
      title
      bio
      role
      verification
      statedExpertise {
        slug
      }
      department {
        slug
        name
      }
      departmentMove {
        id
        createdAt
        to {
          slug
          name
        }
      }
    }
    topics {
      slug
      name
    }
    ...DepartmentChoices
  }
  ${DEPARTMENT_CHOICES}
`;

const UPDATE_PROFILE = /* GraphQL */ `
  mutation UpdateProfile($input: ProfileInput!) {
    updateProfile(input: $input) {
      handle
    }
  }
`;

const REQUEST_MOVE = /* GraphQL */ `
  mutation RequestDepartmentMove($departmentSlug: String!) {
    requestDepartmentMove(departmentSlug: $departmentSlug)
  }
`;

const WITHDRAW_MOVE = /* GraphQL */ `
  mutation WithdrawDepartmentMove {
    withdrawDepartmentMove
  }
`;

interface ProfilePage {
  me: {
    handle: string;
    displayName: string;
    title: string;
    bio: string;
    role: string;
    verification: string;
    statedExpertise: { slug: string }[];
    department: { slug: string; name: string } | null;
    departmentMove: { id: string; createdAt: string; to: { slug: string; name: string } } | null;
  } | null;
  topics: { slug: string; name: string }[];
  departments: { edges: { node: { slug: string; name: string; state: string } }[] };
}

const NOTICES = {
  saved: 'Your profile is saved.',
  asked: "Your request is sent: the department's chief decides, and you will get an e-mail.",
  withdrawn: 'Your request to move is withdrawn.',
} as const;

export const load: PageServerLoad = async (event) => {
  requireViewer(event);
  const data = await gql<ProfilePage>(event, PROFILE_PAGE).catch((err) => toPageError(err, event.url));
  if (!data.me) redirect(303, '/sign-in');
  const notice = event.url.searchParams.get('notice') ?? '';
  return {
    profile: data.me,
    topics: data.topics,
    departments: data.departments.edges.map((e) => e.node).filter((d) => d.slug !== data.me?.department?.slug),
    notice: notice in NOTICES ? NOTICES[notice as keyof typeof NOTICES] : null,
  };
};

export const actions: Actions = {
  profile: async (event) => {
    requireViewer(event);
    const data = await event.request.formData();
    // The API counts and checks; the form only keeps what a person could have typed.
    const values = {
      displayName: text(data, 'displayName', 200),
      title: text(data, 'title', 200),
      bio: text(data, 'bio', 10_000),
      expertise: data
        .getAll('expertise')
        .filter((v): v is string => typeof v === 'string')
        .slice(0, 50)
        .join(','),
    };
    try {
      await gql(event, UPDATE_PROFILE, {
        input: {
          displayName: values.displayName,
          title: values.title,
          bio: values.bio,
          expertise: values.expertise ? values.expertise.split(',') : [],
        },
      });
    } catch (err) {
      return failFromApi(err, values, 'profile');
    }
    redirect(303, '/settings/profile?notice=saved');
  },

  requestMove: async (event) => {
    requireViewer(event);
    const data = await event.request.formData();
    const departmentSlug = text(data, 'departmentSlug', 200);
    if (!departmentSlug) return invalid({ departmentSlug: 'Choose the department you are moving to.' }, {}, 'move');
    try {
      await gql(event, REQUEST_MOVE, { departmentSlug });
    } catch (err) {
      return failFromApi(err, { departmentSlug }, 'move');
    }
    redirect(303, '/settings/profile?notice=asked#move');
  },

  withdrawMove: async (event) => {
    requireViewer(event);
    try {
      await gql(event, WITHDRAW_MOVE);
    } catch (err) {
      return failFromApi(err, {}, 'move');
    }
    redirect(303, '/settings/profile?notice=withdrawn#move');
  },
};
