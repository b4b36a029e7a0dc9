import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { demoPassword } from '@muster/db/seed';
import { gql, signIn, type GraphQLResponse } from './app.ts';

/** Who sends a request: a demo account by email, a fresh sign-up by its session, or a visitor (null). */
export type Who = string | { session: string } | null;

/** What a refusal said: its code, the field it names, and each field's message when it names several. */
export interface Refusal {
  code?: string;
  field?: string;
  fields?: Record<string, string>;
  message: string;
}

/**
 * Sends documents to the app `app()` answers as anyone: a demo account is signed in the first time
 * it is named and keeps its session.
 */
export function actors(app: () => FastifyInstance) {
  const sessions: Record<string, string> = {};

  async function run(who: Who, document: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse> {
    if (who === null) return gql(app(), document, variables);
    if (typeof who !== 'string') return gql(app(), document, variables, who);
    sessions[who] ??= await signIn(app(), who, demoPassword);
    return gql(app(), document, variables, { session: sessions[who] });
  }

  /** Runs a document and fails the test on any error. */
  async function ok(who: Who, document: string, variables: Record<string, unknown> = {}) {
    const response = await run(who, document, variables);
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    return response.data!;
  }

  /** Runs a document that must be refused, and answers the first error. */
  async function refused(who: Who, document: string, variables: Record<string, unknown> = {}): Promise<Refusal> {
    const response = await run(who, document, variables);
    expect(response.errors, JSON.stringify(response.data)).toBeDefined();
    const error = response.errors![0]! as {
      message: string;
      extensions?: { code?: string; field?: string; fields?: Record<string, string> };
    };
    return { code: error.extensions?.code, field: error.extensions?.field, fields: error.extensions?.fields, message: error.message };
  }

  return { run, ok, refused, sessions };
}
