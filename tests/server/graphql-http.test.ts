import type { FastifyInstance } from 'fastify';
import { serverAudits } from 'graphql-http';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../helpers/setup.ts';

// The GraphQL-over-HTTP audits shipped by graphql-http, against the real server on a real port.
describe('GraphQL over HTTP conformance', () => {
  let app: FastifyInstance;
  let url: string;
  useTestApp({ seed: 'none' }, (opened) => ({ app } = opened));
  beforeAll(async () => {
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    url = `${address}/graphql`;
  });

  for (const audit of serverAudits({ url: () => url })) {
    const must = audit.name.startsWith('MUST');
    it(`${audit.id} ${audit.name}`, async () => {
      const result = await audit.fn();
      if (must) expect(result.status === 'ok' ? 'ok' : `${result.status}: ${result.reason}`).toBe('ok');
      else console.log(`${result.status.toUpperCase()} ${audit.name}${result.status === 'ok' ? '' : ` — ${result.reason}`}`);
    });
  }
});
