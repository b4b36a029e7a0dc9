// A moderator sets or clears the write-up's editorial evidence rating, from the form beside its rating.
import { redirect, type RequestEvent } from '@sveltejs/kit';
import { EVIDENCE_RATINGS } from '@muster/db/labels';
import { failFromApi, sendMutation, text } from '$lib/server/form-actions';
import { pageHref } from '$lib/url';

const SET_EDITORIAL_RATING = /* GraphQL */ `
  mutation SetEditorialRating($practiceId: ID!, $rating: EvidenceRating, $reason: String) {
    setEditorialRating(practiceId: $practiceId, rating: $rating, reason: $reason) {
      id
    }
  }
`;

export async function setRating(event: RequestEvent) {
  const data = await event.request.formData();
  const chosen = text(data, 'rating', 40);
  const rating = (EVIDENCE_RATINGS as readonly string[]).includes(chosen) ? chosen : null;
  const values = { rating: rating ?? '', reason: text(data, 'reason', 1001) };
  const refusal = await sendMutation(event, SET_EDITORIAL_RATING, {
    practiceId: text(data, 'practiceId', 100),
    rating,
    reason: rating ? values.reason : null,
  });
  if (refusal) return failFromApi(refusal, values, 'rating');
  redirect(303, `${pageHref(event.url, ['done', 'flagged'])}#rating`);
}
