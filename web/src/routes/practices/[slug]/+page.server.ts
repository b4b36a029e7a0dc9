import { error, redirect } from '@sveltejs/kit';
import { gql, toPageError } from '$lib/server/api';
import { follow } from '$lib/server/follows';
import { saveItem } from '$lib/server/saved';
import { markThreadRead } from '$lib/server/thread-reads';
import type { Actions, PageServerLoad } from './$types';
import { adoptionActions } from './adoption-actions.server';
import { THREADS_PER_PAGE } from './discussion';
import { discussionActions } from './discussion-actions.server';
import { moderate } from './moderation-actions.server';
import { setRating } from './rating-actions.server';
import { PRACTICE_PAGE, type PracticePage } from './practice-page-query.server';
import { noticeFor, reviewActions } from './review-actions.server';

/** `?comments=` names the thread a page of the discussion starts after. */
function commentsCursor(url: URL): string | null {
  const after = url.searchParams.get('comments');
  return after && after.length <= 500 ? after : null;
}

export const load: PageServerLoad = async (event) => {
  const commentsAfter = commentsCursor(event.url);
  const { practice: found } = await gql<{ practice: PracticePage | null }>(event, PRACTICE_PAGE, {
    slug: event.params.slug,
    commentsFirst: THREADS_PER_PAGE,
    commentsAfter,
  }).catch(toPageError);
  if (!found) error(404, 'No write-up at this address');
  const { debriefs, ...practice } = found;
  // An earlier address still finds the write-up; links and search engines should learn the current
  // one. After a refused action the page answers in place, so the refusal and what was typed show.
  if (practice.slug !== event.params.slug && event.request.method !== 'POST') {
    redirect(301, `/practices/${practice.slug}${event.url.search}`);
  }

  await markThreadRead(event, 'PRACTICE', { ...practice, newCount: practice.newCommentCount });

  // The flag page (/flag) comes back here with ?flagged=1 once a report is in.
  const mine = event.locals.user?.department?.slug;
  return {
    practice,
    debriefs,
    laterComments: commentsAfter !== null,
    notice:
      event.url.searchParams.get('flagged') === '1'
        ? 'Thank you: the moderators have your report and will look at it.'
        : noticeFor(event.url.searchParams.get('done') ?? ''),
    ourAdoption: mine ? (practice.adoptions.find((a) => a.department.slug === mine) ?? null) : null,
  };
};

export const actions: Actions = {
  ...reviewActions,
  ...adoptionActions,
  ...discussionActions,
  moderate,
  setRating,
  follow,
  saveItem: (event) => saveItem(event),
};
