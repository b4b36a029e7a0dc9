import { gql, toPageError } from '$lib/server/api';
import { requireViewer } from '$lib/server/session';
import { writerStanding } from '$lib/practice-form-values';
import type { DraftRow } from '$lib/types';
import type { PageServerLoad } from './$types';

const OUR_DRAFTS = /* GraphQL */ `
  query OurDrafts {
    ourDrafts {
      slug
      title
      summary
      status
      reviewComment
      updatedAt
      author {
        displayName
      }
    }
  }
`;

export const load: PageServerLoad = async (event) => {
  const user = requireViewer(event);
  const standing = writerStanding(user);
  if (standing !== 'writer') return { standing, drafts: [] as DraftRow[], isChief: false };
  const { ourDrafts } = await gql<{ ourDrafts: DraftRow[] }>(event, OUR_DRAFTS).catch((err) => toPageError(err, event.url));
  return { standing, drafts: ourDrafts, isChief: Boolean(user.viewerCan?.publish) };
};
