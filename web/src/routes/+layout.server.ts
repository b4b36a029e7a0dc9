import { gql } from '$lib/server/api';
import type { LayoutServerLoad } from './$types';

const UNREAD_MESSAGES = /* GraphQL */ `
	query UnreadMessages {
		unreadMessageCount
	}
`;

export const load: LayoutServerLoad = async (event) => {
	const user = event.locals.user;
	// Read so that every navigation loads the layout again: the counts in the header follow what
	// the member read on the page they left.
	void event.url.pathname;
	if (user?.verification !== 'VERIFIED') return { user, unreadMessageCount: 0 };
	// The header never fails a page: without the count, "Messages" shows without a figure.
	const unreadMessageCount = await gql<{ unreadMessageCount: number }>(event, UNREAD_MESSAGES)
		.then((data) => data.unreadMessageCount)
		.catch(() => 0);
	return { user, unreadMessageCount };
};
