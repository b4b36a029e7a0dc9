// Review and publishing of a write-up: Submit, Publish, Send back, Archive and Restore. Each button
// is a POST with the write-up's id that comes back to the write-up with a notice, or says why not.
import { redirect, type RequestEvent } from '@sveltejs/kit';
import { gql } from '$lib/server/api';
import { failFromApi, invalid, text } from '$lib/server/form-actions';

/** What `?done=` may say after an action comes back to the write-up: fixed texts, never the URL's words. */
export const NOTICES = {
  created: 'Draft saved. It is visible to you and your chief until it is published.',
  'created-not-published': 'Draft saved, but it could not be published. Publish it below when you are ready.',
  saved: 'Your changes are saved.',
  submitted: 'Sent to your chief for review. You can still edit it while it waits.',
  published: 'Published. Members can find it in lists and search now.',
  'sent-back': 'Sent back to the author with your comment.',
  archived: 'Archived: it no longer shows in lists or search. Restore it at any time.',
  restored: 'Restored: it is published again.',
  adoption: "Your department's adoption is recorded. Thank you: this is how others learn whether it works elsewhere.",
} as const;

/** The notice `?done=` names, or null for anything else. */
export function noticeFor(done: string): string | null {
  return done in NOTICES ? NOTICES[done as keyof typeof NOTICES] : null;
}

const SUBMIT = /* GraphQL */ `
  mutation SubmitPractice($id: ID!) {
    submitPractice(id: $id) {
      slug
    }
  }
`;

const PUBLISH = /* GraphQL */ `
  mutation PublishPractice($id: ID!) {
    publishPractice(id: $id) {
      slug
    }
  }
`;

const SEND_BACK = /* GraphQL */ `
  mutation SendBackPractice($id: ID!, $comment: String!) {
    sendBackPractice(id: $id, comment: $comment) {
      slug
    }
  }
`;

const ARCHIVE = /* GraphQL */ `
  mutation ArchivePractice($id: ID!, $archived: Boolean!) {
    archivePractice(id: $id, archived: $archived) {
      slug
    }
  }
`;

/** Runs one review mutation and comes back to the write-up with a notice, or says why not. */
async function review(
  event: RequestEvent,
  data: FormData,
  form: string,
  mutation: string,
  variables: Record<string, unknown>,
  done: keyof typeof NOTICES,
) {
  let slug: string;
  try {
    const answer = await gql<Record<string, { slug: string }>>(event, mutation, { id: text(data, 'id', 100), ...variables });
    slug = Object.values(answer)[0].slug;
  } catch (err) {
    // What was typed (a send-back comment) comes back with the refusal.
    const typed = Object.entries(variables).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
    return failFromApi(err, Object.fromEntries(typed), form);
  }
  redirect(303, `/practices/${slug}?done=${done}`);
}

export const reviewActions = {
  submit: async (event: RequestEvent) => review(event, await event.request.formData(), 'workflow', SUBMIT, {}, 'submitted'),
  publish: async (event: RequestEvent) => review(event, await event.request.formData(), 'workflow', PUBLISH, {}, 'published'),
  archive: async (event: RequestEvent) => {
    const data = await event.request.formData();
    const archived = data.get('archived') !== 'false';
    return review(event, data, 'workflow', ARCHIVE, { archived }, archived ? 'archived' : 'restored');
  },
  sendBack: async (event: RequestEvent) => {
    const data = await event.request.formData();
    const comment = text(data, 'comment', 2000);
    if (!comment) return invalid({ comment: 'Say what the author should change.' }, {}, 'sendBack');
    return review(event, data, 'sendBack', SEND_BACK, { comment }, 'sent-back');
  },
};
