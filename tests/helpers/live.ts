import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface LiveError {
  message: string;
  extensions?: { code?: string };
}

/**
 * A graphql-ws client as a browser page opens it: the session cookie rides on the WebSocket
 * upgrade (a browser sends it by itself; here a WebSocket class adds the header).
 */
export function liveClient(graphqlUrl: string, session?: string): Client {
  const headers = session ? { cookie: `muster_session=${session}` } : {};
  class CookieWebSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  return createClient({ url: graphqlUrl.replace(/^http/, 'ws'), webSocketImpl: CookieWebSocket, retryAttempts: 0, lazy: true });
}

/** One subscription's events as they arrive, with a way to wait for the one a test expects. */
export class LiveSubscription<T = Record<string, any>> {
  readonly events: { data?: T | null; errors?: readonly LiveError[] }[] = [];
  errors: LiveError[] | null = null;
  completed = false;
  private readonly stop: () => void;
  private wake: (() => void) | null = null;

  constructor(client: Client, query: string, variables: Record<string, unknown> = {}) {
    this.stop = client.subscribe<T>(
      { query, variables },
      {
        next: (event) => this.push(() => this.events.push(event as never)),
        // graphql-ws hands over the server's error payload (an array of GraphQL errors), or a close event.
        error: (error) =>
          this.push(
            () => (this.errors = Array.isArray(error) ? error : [{ message: String((error as { reason?: string }).reason ?? error) }]),
          ),
        complete: () => this.push(() => (this.completed = true)),
      },
    );
  }

  private push(change: () => void) {
    change();
    this.wake?.();
  }

  /** Waits until `pick` finds something among the events (or the subscription failed), up to `ms`. */
  async until<R>(pick: (events: LiveSubscription<T>['events']) => R | undefined, what: string, ms = 10_000): Promise<R> {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = pick(this.events);
      if (found !== undefined) return found;
      if (this.errors) throw new Error(`the subscription failed while waiting for ${what}: ${JSON.stringify(this.errors)}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no ${what} within ${ms} ms; got ${JSON.stringify(this.events)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 100));
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = null;
    }
  }

  /** The subscription's failure, once the server sends it. */
  async failure(ms = 10_000): Promise<LiveError[]> {
    await this.until(() => (this.errors || this.completed ? true : undefined), 'an error', ms).catch(() => undefined);
    if (!this.errors) throw new Error(`the subscription did not fail; events: ${JSON.stringify(this.events)}`);
    return this.errors;
  }

  /**
   * The server registers a subscription after the client asks, and says nothing when it has: send
   * `probe` (a publish the subscriber will hear) until one arrives, so what a test does next is heard.
   */
  async ready(probe: () => Promise<void>, heard: (event: LiveSubscription<T>['events'][number]) => boolean, ms = 10_000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!this.events.some(heard)) {
      if (this.errors) throw new Error(`the subscription failed: ${JSON.stringify(this.errors)}`);
      if (Date.now() > deadline) throw new Error(`the subscription heard no probe within ${ms} ms`);
      await probe();
      await this.until((events) => (events.some(heard) ? true : undefined), 'a probe', 100).catch(() => undefined);
    }
  }

  close(): void {
    this.stop();
  }
}
