import { gql, toPageError } from '$lib/server/api';
import type { TopicSummary } from '$lib/types';
import type { PageServerLoad } from './$types';

const TOPICS = /* GraphQL */ `
  query Topics {
    topics {
      slug
      name
      description
      practiceCount
    }
  }
`;

export const load: PageServerLoad = async (event) => {
  const { topics } = await gql<{ topics: TopicSummary[] }>(event, TOPICS).catch(toPageError);
  return { topics };
};
