import { createClient, type Client } from 'graphql-ws';

/**
 * One WebSocket per tab for GraphQL subscriptions (Mercurius, graphql-transport-ws protocol).
 * The session cookie rides on the upgrade request, so the socket acts as the signed-in member;
 * it reconnects on its own after a network drop or a server restart.
 */
let client: Client | null = null;

function liveClient(): Client {
	client ??= createClient({
		url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
		lazy: true,
		retryAttempts: Infinity,
		shouldRetry: () => true,
		keepAlive: 20_000,
	});
	return client;
}

/** Subscribes in the browser; answers the function that stops it (call it from an $effect's cleanup). */
export function subscribe<T>(query: string, variables: Record<string, unknown>, next: (data: T) => void): () => void {
	return liveClient().subscribe<T>(
		{ query, variables },
		{
			next: (result) => {
				if (result.data) next(result.data as T);
			},
			error: () => {},
			complete: () => {},
		},
	);
}
