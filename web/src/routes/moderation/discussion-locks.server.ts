// Locking a write-up's discussion from the dashboard, the write-up named by its address or slug.
import type { RequestEvent } from '@sveltejs/kit';
import { gql } from '$lib/server/api';
import { text } from '$lib/server/form-actions';
import { requireViewer } from '$lib/server/session';
import { backTo, failAbout, practiceNamed, refuseForm } from './dashboard.server';

const LOCK_DISCUSSION = /* GraphQL */ `
  mutation LockDiscussion($practiceId: ID!, $locked: Boolean!) {
    lockDiscussion(practiceId: $practiceId, locked: $locked) {
      id
    }
  }
`;

export const discussionLockActions = {
  lock: async (event: RequestEvent) => {
    requireViewer(event);
    const data = await event.request.formData();
    const values = { practice: text(data, 'practice', 2000) };
    const locked = text(data, 'locked', 10) === 'true';
    try {
      const named = await practiceNamed(event, values.practice);
      if ('error' in named) return refuseForm('lock', { practice: named.error }, values);
      await gql(event, LOCK_DISCUSSION, { practiceId: named.id, locked });
    } catch (err) {
      return failAbout('lock', err, values);
    }
    backTo(event, locked ? 'locked' : 'unlocked');
  },
};
