import type { IncomingMessage } from 'node:http';
import type { SessionViewer } from '$lib/server/session';

/** What Fastify (api/) attaches to each raw request before handing it to SvelteKit. */
export interface MusterBridge {
  graphql(
    body: { query: string; variables?: Record<string, unknown> },
    headers: Record<string, string>,
  ): Promise<{
    statusCode: number;
    headers: Record<string, string | string[] | number | undefined>;
    payload: string;
  }>;
  /** Moves whenever the API runs a mutation: pages kept for visitors from before it are stale. */
  changes(): number;
  /** False when the server runs with VISITOR_CACHE=off: every visitor's page is made for them. */
  sharesVisitorPages: boolean;
}

declare global {
  namespace App {
    interface Locals {
      /** The signed-in member (hooks.server.ts), or null for a visitor. */
      user: SessionViewer | null;
    }
    interface Platform {
      // Absent under `vite dev`; set by adapter-node when Fastify serves the build.
      req?: IncomingMessage & { muster?: MusterBridge };
    }
  }
}

export {};
