import { redirect } from '@sveltejs/kit';
import { ApiError, gql, toPageError } from '$lib/server/api';
import { failFromApi, invalid, text } from '$lib/server/form-actions';
import { requireViewer } from '$lib/server/session';
import type { DepartmentRef, MemberRow } from '$lib/types';
import type { Actions, PageServerLoad } from './$types';

const PENDING = /* GraphQL */ `
  query PendingMembers {
    pendingMembers {
      id
      displayName
      title
      email
      department {
        slug
        name
        state
        verified
      }
      requestedDepartment
      createdAt
    }
  }
`;

const VERIFY = /* GraphQL */ `
  mutation VerifyMember($userId: ID!, $approve: Boolean!) {
    verifyMember(userId: $userId, approve: $approve) {
      id
      verification
    }
  }
`;

const MOVES = /* GraphQL */ `
  query DepartmentMovesToDecide {
    departmentMovesToDecide {
      id
      createdAt
      member {
        handle
        displayName
        title
      }
      from {
        slug
        name
        state
      }
      to {
        slug
        name
      }
    }
  }
`;

const DECIDE_MOVE = /* GraphQL */ `
  mutation DecideDepartmentMove($id: ID!, $approve: Boolean!) {
    decideDepartmentMove(id: $id, approve: $approve) {
      id
      decision
    }
  }
`;

export interface MoveToDecide {
  id: string;
  createdAt: string;
  member: { handle: string; displayName: string; title: string };
  from: { slug: string; name: string; state: string } | null;
  to: { slug: string; name: string };
}

type PendingMember = Pick<MemberRow, 'id' | 'displayName' | 'title' | 'email' | 'requestedDepartment' | 'createdAt'> & {
  department: (DepartmentRef & { verified: boolean }) | null;
};

const DONE = {
  approved: 'Approved. They can now read the write-ups shared with members.',
  rejected: 'Rejected. They keep reading public write-ups only.',
  moved: 'Approved. They are now a member of your department; their earlier department is told.',
  stayed: 'Declined. They stay in their department and are told.',
} as const;

// Who may see the list is the API's decision (a chief sees their department's, moderators and
// admins everyone's); anyone else gets its FORBIDDEN as a 403 page.
export const load: PageServerLoad = async (event) => {
  requireViewer(event);
  const { pendingMembers } = await gql<{ pendingMembers: PendingMember[] }>(event, PENDING).catch((err) => toPageError(err, event.url));
  // Move requests wait for a chief (an admin when the department has none); the API says whether the viewer decides any.
  const moves = await gql<{ departmentMovesToDecide: MoveToDecide[] }>(event, MOVES)
    .then((d) => d.departmentMovesToDecide)
    .catch((err) => (err instanceof ApiError && err.has('FORBIDDEN') ? [] : toPageError(err, event.url)));
  const done = event.url.searchParams.get('done') ?? '';
  return {
    members: pendingMembers,
    moves,
    done: done in DONE ? DONE[done as keyof typeof DONE] : null,
  };
};

export const actions: Actions = {
  verify: async (event) => {
    requireViewer(event);
    const data = await event.request.formData();
    const userId = text(data, 'userId', 200);
    const approve = text(data, 'approve', 10);
    if (!userId || (approve !== 'true' && approve !== 'false')) {
      return invalid({ form: 'Choose Approve or Reject for a member in the list.' }, { userId }, 'verify');
    }
    try {
      await gql(event, VERIFY, { userId, approve: approve === 'true' });
    } catch (err) {
      return failFromApi(err, { userId }, 'verify');
    }
    redirect(303, `/members/pending?done=${approve === 'true' ? 'approved' : 'rejected'}`);
  },

  decideMove: async (event) => {
    requireViewer(event);
    const data = await event.request.formData();
    const id = text(data, 'moveId', 200);
    const approve = text(data, 'approve', 10);
    if (!id || (approve !== 'true' && approve !== 'false')) {
      return invalid({ form: 'Choose Approve or Decline for a request in the list.' }, { moveId: id }, 'move');
    }
    try {
      await gql(event, DECIDE_MOVE, { id, approve: approve === 'true' });
    } catch (err) {
      return failFromApi(err, { moveId: id }, 'move');
    }
    redirect(303, `/members/pending?done=${approve === 'true' ? 'moved' : 'stayed'}#moves`);
  },
};
