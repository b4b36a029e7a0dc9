import { error, redirect } from '@sveltejs/kit';
import { gql, toPageError } from '$lib/server/api';
import type { DepartmentRef, PracticeStatus, Revision } from '$lib/types';
import { signInHref } from '$lib/url';
import type { PageServerLoad } from './$types';

const HISTORY = /* GraphQL */ `
  query PracticeHistory($slug: String!) {
    practice(slug: $slug) {
      slug
      title
      status
      version
      department {
        slug
        name
        state
      }
      revisions {
        id
        version
        note
        createdAt
        editor {
          displayName
        }
        changes {
          field
          label
          diff {
            kind
            text
          }
        }
      }
    }
  }
`;

interface HistoryData {
  practice: {
    slug: string;
    title: string;
    status: PracticeStatus;
    version: number;
    department: DepartmentRef;
    revisions: Revision[] | null;
  } | null;
}

export const load: PageServerLoad = async (event) => {
  const { practice } = await gql<HistoryData>(event, HISTORY, { slug: event.params.slug }).catch((err) => toPageError(err, event.url));
  if (!practice) error(404, 'No write-up at this address');
  if (practice.slug !== event.params.slug) redirect(301, `/practices/${practice.slug}/history`);
  if (practice.revisions === null) {
    // Earlier versions may hold what the department took out; only the people who wrote it see them.
    if (!event.locals.user) redirect(303, signInHref(event.url));
    error(403, "Only the write-up's author, their department's chief and moderators can read its history.");
  }
  const { revisions, ...rest } = practice;
  return { practice: rest, revisions };
};
