// Suspending a member until a day, with a reason they see, and lifting a suspension.
import type { RequestEvent } from '@sveltejs/kit';
import { gql } from '$lib/server/api';
import { failFromApi, text, type FormErrors } from '$lib/server/form-actions';
import { requireViewer } from '$lib/server/session';
import { DAY, HANDLE, backTo, memberNamed, refuseForm } from './dashboard.server';

const SUSPEND_MEMBER = /* GraphQL */ `
  mutation SuspendMember($userId: ID!, $until: DateTime!, $reason: String!) {
    suspendMember(userId: $userId, until: $until, reason: $reason) {
      id
    }
  }
`;

const LIFT_SUSPENSION = /* GraphQL */ `
  mutation LiftSuspension($userId: ID!) {
    liftSuspension(userId: $userId) {
      id
    }
  }
`;

export const suspensionActions = {
  suspend: async (event: RequestEvent) => {
    requireViewer(event);
    const data = await event.request.formData();
    const values = {
      member: text(data, 'member', 100),
      until: text(data, 'until', 10),
      reason: text(data, 'reason', 501),
    };
    const errors: FormErrors = {};
    if (!HANDLE.test(values.member)) errors.member = 'Enter the member’s handle, as a report shows it (like @officer-memphis-pd).';
    if (!DAY.test(values.until)) errors.until = 'Enter the last day of the suspension.';
    if (!values.reason) errors.reason = 'Say why: the member sees this reason.';
    if (Object.keys(errors).length > 0) return refuseForm('suspend', errors, values);
    try {
      const userId = await memberNamed(event, values.member);
      if (!userId) return refuseForm('suspend', { member: 'There is no member with that handle.' }, values);
      // To the end of the day chosen, in UTC as the dashboard shows times.
      await gql(event, SUSPEND_MEMBER, { userId, until: `${values.until}T23:59:59.999Z`, reason: values.reason });
    } catch (err) {
      return failFromApi(err, values, 'suspend');
    }
    backTo(event, 'suspended');
  },

  lift: async (event: RequestEvent) => {
    requireViewer(event);
    const data = await event.request.formData();
    const values = { member: text(data, 'member', 100) };
    if (!HANDLE.test(values.member)) {
      return refuseForm('lift', { member: 'Enter the member’s handle, as a report shows it.' }, values);
    }
    try {
      const userId = await memberNamed(event, values.member);
      if (!userId) return refuseForm('lift', { member: 'There is no member with that handle.' }, values);
      await gql(event, LIFT_SUSPENSION, { userId });
    } catch (err) {
      return failFromApi(err, values, 'lift');
    }
    backTo(event, 'lifted');
  },
};
