// While a member types a question's title, the ask form offers questions and write-ups that look
// alike (Query.similarToQuestion). Only the form's script fetches this; without it nothing is offered.
import { json } from '@sveltejs/kit';
import { gql } from '$lib/server/api';
import type { RequestHandler } from './$types';

const SIMILAR = /* GraphQL */ `
  query SimilarToQuestion($title: String!) {
    similarToQuestion(title: $title) {
      questions {
        id
        title
        answerCount
      }
      practices {
        slug
        title
        department {
          name
        }
      }
    }
  }
`;

export interface SimilarAnswer {
  questions: { id: string; title: string; answerCount: number }[];
  practices: { slug: string; title: string; department: { name: string } }[];
}

const NOTHING: SimilarAnswer = { questions: [], practices: [] };

export const GET: RequestHandler = async (event) => {
  const title = (event.url.searchParams.get('title') ?? '').trim().slice(0, 200);
  // A word or two finds nothing worth offering.
  if (title.length < 8 || !event.locals.user) return json(NOTHING);
  try {
    const { similarToQuestion } = await gql<{ similarToQuestion: SimilarAnswer }>(event, SIMILAR, { title });
    return json(similarToQuestion, { headers: { 'cache-control': 'private, no-store' } });
  } catch {
    // Suggestions are a help, never a reason for the form to fail.
    return json(NOTHING);
  }
};
