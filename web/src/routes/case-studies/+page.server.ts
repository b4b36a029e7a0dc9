import { scheduleOf, type CaseStudy } from '$lib/components/CaseStudyCard.svelte';
import { gql, toPageError } from '$lib/server/api';
import type { PageServerLoad } from './$types';

const FEATURED = /* GraphQL */ `
  query CaseStudies($includeInactive: Boolean!) {
    featured(includeInactive: $includeInactive) {
      id
      noteHtml
      position
      startsOn
      endsOn
      current
      practice {
        slug
        title
        summary
        department {
          slug
          name
          state
        }
      }
    }
  }
`;

type FeaturedAnswer = Omit<CaseStudy, 'schedule'> & { current: boolean };

export const load: PageServerLoad = async (event) => {
  // The API answers everyone else with the current ones only; asking for more is for moderators.
  const moderator = Boolean(event.locals.user?.viewerCan?.moderate);
  const { featured } = await gql<{ featured: FeaturedAnswer[] }>(event, FEATURED, {
    includeInactive: moderator,
  }).catch((err) => toPageError(err));
  const today = new Date().toISOString().slice(0, 10);
  return {
    moderator,
    caseStudies: featured.map(({ current, ...rest }): CaseStudy => ({
      ...rest,
      schedule: scheduleOf({ current, startsOn: rest.startsOn }, today),
    })),
  };
};
