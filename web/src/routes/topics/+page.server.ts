import type { TopicsQuery } from '$lib/generated/graphql';
import { gql, toPageError } from '$lib/server/api';
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
  const { topics } = await gql<TopicsQuery>(event, TOPICS).catch(toPageError);
  return { topics };
};
