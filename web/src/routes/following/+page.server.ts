import { redirect } from '@sveltejs/kit';
import { gql, toPageError } from '$lib/server/api';
import { failFromApi, invalid, text } from '$lib/server/form-actions';
import { requireViewer } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

const FOLLOWING = /* GraphQL */ `
  query Following {
    following {
      practices {
        id
        slug
        title
        department {
          slug
          name
        }
      }
      topics {
        id
        slug
        name
      }
      departments {
        id
        slug
        name
        city
        state
      }
      members {
        id
        displayName
        title
        department {
          slug
          name
        }
      }
      events {
        id
        slug
        name
        startsOn
        past
      }
      questions {
        id
        title
        answerCount
      }
    }
  }
`;

const UNFOLLOW = /* GraphQL */ `
  mutation Unfollow($target: FollowTarget!, $id: ID!) {
    unfollow(target: $target, id: $id)
  }
`;

interface Following {
  practices: { id: string; slug: string; title: string; department: { slug: string; name: string } }[];
  topics: { id: string; slug: string; name: string }[];
  departments: { id: string; slug: string; name: string; city: string; state: string }[];
  members: { id: string; displayName: string; title: string; department: { slug: string; name: string } | null }[];
  events: { id: string; slug: string; name: string; startsOn: string; past: boolean }[];
  questions: { id: string; title: string; answerCount: number }[];
}

/** What this page lists, and so may unfollow. */
const TARGETS = ['PRACTICE', 'TOPIC', 'DEPARTMENT', 'USER', 'EVENT', 'QUESTION'] as const;
type Target = (typeof TARGETS)[number];

function isTarget(value: string): value is Target {
  return (TARGETS as readonly string[]).includes(value);
}

export const load: PageServerLoad = async (event) => {
  requireViewer(event);
  const { following } = await gql<{ following: Following }>(event, FOLLOWING).catch((err) => toPageError(err, event.url));
  return {
    following,
    unfollowed: event.url.searchParams.get('done') === 'unfollowed',
  };
};

export const actions: Actions = {
  unfollow: async (event) => {
    requireViewer(event);
    const data = await event.request.formData();
    const target = text(data, 'target', 20);
    const id = text(data, 'id', 100);
    if (!isTarget(target) || !id) return invalid({ form: 'Choose something in the list to unfollow.' }, {}, 'unfollow');
    try {
      await gql(event, UNFOLLOW, { target, id });
    } catch (err) {
      return failFromApi(err, {}, 'unfollow');
    }
    redirect(303, '/following?done=unfollowed');
  },
};
