import type { Client } from 'graphql-ws';

/**
 * One WebSocket per tab for GraphQL subscriptions (Mercurius, graphql-transport-ws protocol).
 * The session cookie rides on the upgrade request, so the socket acts as the signed-in member;
 * it reconnects on its own after a network drop or a server restart.
 *
 * The client library is fetched on the first subscription, not with the page: visitors never
 * subscribe, and a member's page paints and answers before its live updates start.
 */
let client: Promise<Client> | null = null;

function liveClient(): Promise<Client> {
  client ??= import('graphql-ws').then(({ createClient }) =>
    createClient({
      url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
      lazy: true,
      retryAttempts: Infinity,
      shouldRetry: () => true,
      keepAlive: 20_000,
    }),
  );
  return client;
}

/** Subscribes in the browser; answers the function that stops it (call it from an $effect's cleanup). */
export function subscribe<T>(query: string, variables: Record<string, unknown>, next: (data: T) => void): () => void {
  let stopped = false;
  let stop = () => {
    stopped = true;
  };
  liveClient().then(
    (live) => {
      if (stopped) return;
      stop = live.subscribe<T>(
        { query, variables },
        {
          next: (result) => {
            if (result.data) next(result.data as T);
          },
          error: () => {},
          complete: () => {},
        },
      );
    },
    // The library could not be fetched (offline, a new deployment): the page works without live updates.
    () => {
      client = null;
    },
  );
  return () => stop();
}
