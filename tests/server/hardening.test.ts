import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { gql, testApp, testConfig } from '../helpers/app.ts';
import { testDatabase } from '../helpers/database.ts';
import { useTestApp } from '../helpers/setup.ts';
import { buildApp } from '@muster/api';

/** A field nested `levels` deep through write-up → department → write-ups → … */
function nested(levels: number): string {
  let inner = 'id';
  for (let i = 0; i < levels; i++) inner = i % 2 === 0 ? `department { practices(first: 1) { edges { node { ${inner} } } } }` : inner;
  return `{ practices(first: 1) { edges { node { ${inner} } } } }`;
}

describe('limits on a GraphQL document', () => {
  let app: FastifyInstance;
  useTestApp({}, (opened) => ({ app } = opened));

  it('answers the deepest query the pages send, and refuses a deeper one with QUERY_TOO_DEEP', async () => {
    const fine = await gql(app, nested(2));
    expect(fine.errors).toBeUndefined();
    const deep = await gql(app, nested(8));
    expect(deep.statusCode).toBe(400);
    expect(deep.data ?? null).toBeNull();
    expect(deep.errors![0]!.extensions!.code).toBe('QUERY_TOO_DEEP');
    expect(deep.errors![0]!.message).toMatch(/depth limit of 15/i);
  });

  it('refuses an alias flood with TOO_MANY_ALIASES before running any of it', async () => {
    const flood = `{ ${Array.from({ length: 50 }, (_, i) => `t${i}: topics { slug }`).join(' ')} }`;
    const { statusCode, errors, data } = await gql(app, flood);
    expect(statusCode).toBe(400);
    expect(data ?? null).toBeNull();
    expect(errors![0]!.extensions!.code).toBe('TOO_MANY_ALIASES');
    expect(errors![0]!.message).toMatch(/aliases limit of 20 exceeded, found 50/i);
  });

  it('refuses a costly document with QUERY_TOO_COSTLY, within the depth and alias limits', async () => {
    const fields = 'id slug title summary body publishedAt';
    const level = (inner: string) => `practices(first: 100) { edges { node { ${fields} department { id name slug ${inner} } } } }`;
    const costly = `{ ${Array.from({ length: 15 }, (_, i) => `p${i}: topics { ${level(level(''))} }`).join(' ')} }`;
    const { statusCode, errors } = await gql(app, costly);
    expect(statusCode).toBe(400);
    expect(errors!.map((e) => e.extensions!.code)).toContain('QUERY_TOO_COSTLY');
  });

  it('counts a page size sent as a variable at its value, each time the same document is sent', async () => {
    const lists = `query Lists($n: Int) { practices(first: $n) { edges { node { id title summary department { practices(first: $n) { edges { node { id title summary body } } } } } } } }`;
    expect((await gql(app, lists, { n: 1 })).errors).toBeUndefined();
    const large = await gql(app, lists, { n: 100 });
    expect(large.statusCode).toBe(400);
    expect(large.errors![0]!.extensions!.code).toBe('QUERY_TOO_COSTLY');
    // The verdict for the small page size still stands once the large one was refused.
    expect((await gql(app, lists, { n: 1 })).errors).toBeUndefined();
  });

  it('refuses too many directives, too many tokens and too long a document, each with a clear code', async () => {
    const directives = await gql(
      app,
      `{ topics { ${Array.from({ length: 25 }, (_, i) => `s${i % 10}: slug @include(if: true)`).join(' ')} } }`,
    );
    expect(directives.errors!.map((e) => e.extensions!.code)).toContain('TOO_MANY_DIRECTIVES');

    const tokens = await gql(app, `{ ${'ping '.repeat(3_500)}}`);
    expect(tokens.statusCode).toBe(400);
    expect(tokens.errors![0]!.extensions!.code).toBe('QUERY_TOO_LARGE');
    expect(tokens.errors![0]!.message).toMatch(/more than 3000 tokens/);

    const long = await gql(app, `{ ping }${' '.repeat(25_000)}`);
    expect(long.statusCode).toBe(400);
    expect(long.errors![0]!.message).toMatch(/at most 20000 are accepted/);
  });

  it('takes one operation per request: a batch is refused with BATCH_NOT_ALLOWED', async () => {
    const response = await app.inject({ method: 'POST', url: '/graphql', payload: [{ query: '{ ping }' }, { query: '{ ping }' }] });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].extensions.code).toBe('BATCH_NOT_ALLOWED');
  });

  it('refuses a body over 512 kB with 413 and no internals', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ query: '{ ping }', variables: { pad: 'x'.repeat(600 * 1024) } }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.payload).not.toMatch(/at \w+ \(|node_modules/);
  });

  it('bounds list arguments: first above 100 is refused naming the argument', async () => {
    const { errors } = await gql(app, `{ practices(first: 1000) { totalCount } }`);
    expect(errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(errors![0]!.message).toMatch(/first/);
  });

  it('sends security headers and a request id with every answer, and the strictest CSP with JSON', async () => {
    const response = await app.inject({ method: 'POST', url: '/graphql', payload: { query: '{ ping }' } });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(response.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const traced = await app.inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': 'lb-1234' } });
    expect(traced.headers['x-request-id']).toBe('lb-1234');
  });

  it("keeps a load balancer's request id of 1 to 64 letters, digits, dots, dashes and underscores, and replaces anything else", async () => {
    const idOf = async (given: string) =>
      (await app.inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': given } })).headers['x-request-id'];
    for (const kept of ['Root-1-67891233.abcdef_012', 'a', 'x'.repeat(64), '0f8fad5b-d9cb-469f-a165-70867728950e'])
      expect(await idOf(kept)).toBe(kept);
    for (const refused of ['x'.repeat(65), 'two words', 'id"} {"level":60', '<script>', 'naïve', '']) {
      expect(await idOf(refused), refused).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    }
  });

  it('serves Prometheus metrics, counting requests by route', async () => {
    await app.inject({ method: 'GET', url: '/healthz' });
    await gql(app, '{ ping }');
    const response = await app.inject({ method: 'GET', url: '/metrics' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    expect(response.payload).toMatch(/^process_resident_memory_bytes \d+/m);
    expect(response.payload).toMatch(/http_request_duration_seconds_count\{[^}]*route="\/graphql"[^}]*\} \d+/);
  });
});

describe('configured defences', () => {
  it('in production: no introspection, no GraphiQL, and /metrics wants its token', async () => {
    const database = await testDatabase('none');
    const app = await buildApp(testConfig({ production: true, metricsToken: 'scrape-secret' }), {
      database,
      logger: false,
      background: false,
    });
    await app.ready();
    const { errors } = await gql(app, '{ __schema { types { name } } }');
    expect(errors![0]!.message).toMatch(/introspection has been disabled/i);
    expect((await app.inject({ method: 'GET', url: '/graphiql' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/metrics', headers: { authorization: 'Bearer scrape-secret' } })).statusCode).toBe(200);
    await app.close();
    await database.close();
  });

  it('in production without METRICS_TOKEN: /metrics is not there (404), with or without a bearer token', async () => {
    const database = await testDatabase('none');
    const app = await buildApp(testConfig({ production: true }), { database, logger: false, background: false });
    await app.ready();
    for (const headers of [{}, { authorization: 'Bearer ' }, { authorization: 'Bearer undefined' }]) {
      const response = await app.inject({ method: 'GET', url: '/metrics', headers });
      expect(response.statusCode).toBe(404);
      expect(response.payload).not.toMatch(/process_resident_memory_bytes/);
    }
    await app.close();
    await database.close();
  });

  it('limits requests per client address, answering 429 RATE_LIMITED with when to retry, and never the health check', async () => {
    const database = await testDatabase('none');
    const app = await testApp(database, { requestsPerMinute: 10 });
    const answers = [];
    for (let i = 0; i < 12; i++) answers.push(await gql(app, '{ ping }', undefined, { ip: '203.0.113.7' }));
    expect(answers.slice(0, 10).every((a) => a.statusCode === 200)).toBe(true);
    const refused = answers[10]!;
    expect(refused.statusCode).toBe(429);
    expect(refused.errors![0]!.extensions!.code).toBe('RATE_LIMITED');
    expect(refused.errors![0]!.message).toMatch(/try again in \d+ seconds/i);
    // Another address has its own budget; the health check is never limited.
    expect((await gql(app, '{ ping }', undefined, { ip: '203.0.113.8' })).statusCode).toBe(200);
    for (let i = 0; i < 15; i++)
      expect((await app.inject({ method: 'GET', url: '/healthz', remoteAddress: '203.0.113.7' })).statusCode).toBe(200);
    await app.close();
    await database.close();
  });
});

describe.runIf(process.env.TEST_REDIS_URL)('limits shared by several instances through Redis', () => {
  it('counts one client address against one budget whichever instance answers', async () => {
    const database = await testDatabase('none');
    const shared = { redisUrl: process.env.TEST_REDIS_URL, redisPrefix: `test-budget-${randomUUID()}`, requestsPerMinute: 10 };
    const a = await testApp(database, shared);
    const b = await testApp(database, shared);
    // An address of its own, so an earlier run's count in Redis does not matter.
    const ip = `198.51.100.${1 + Math.floor(Math.random() * 250)}`;
    const statuses = [];
    for (let i = 0; i < 12; i++) statuses.push((await gql(i % 2 === 0 ? a : b, '{ ping }', undefined, { ip })).statusCode);
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(200));
    expect(statuses.slice(10)).toEqual([429, 429]);
    await a.close();
    await b.close();
    await database.close();
  });

  it('counts sign-in attempts across instances too', async () => {
    const database = await testDatabase('none');
    const shared = {
      redisUrl: process.env.TEST_REDIS_URL,
      redisPrefix: `test-sign-in-${randomUUID()}`,
      auth: { signInsPerMinute: 3 } as never,
    };
    const a = await testApp(database, shared);
    const b = await testApp(database, shared);
    const ip = `198.51.100.${1 + Math.floor(Math.random() * 250)}`;
    const attempt = (app: FastifyInstance) =>
      gql(app, 'mutation { signIn(input: { email: "nobody@example.gov", password: "wrong password here" }) { status } }', undefined, {
        ip,
      });
    const codes = [];
    for (const app of [a, b, a, b]) codes.push((await attempt(app)).errors?.[0]?.extensions?.code);
    expect(codes.slice(0, 3)).not.toContain('RATE_LIMITED');
    expect(codes[3]).toBe('RATE_LIMITED');
    await a.close();
    await b.close();
    await database.close();
  });

  it('keeps deployments that share one Redis apart by REDIS_PREFIX', async () => {
    const database = await testDatabase('none');
    const budget = { redisUrl: process.env.TEST_REDIS_URL, requestsPerMinute: 10 };
    const staging = await testApp(database, { ...budget, redisPrefix: `test-staging-${randomUUID()}` });
    const production = await testApp(database, { ...budget, redisPrefix: `test-production-${randomUUID()}` });
    const ip = `198.51.100.${1 + Math.floor(Math.random() * 250)}`;
    for (let i = 0; i < 10; i++) expect((await gql(staging, '{ ping }', undefined, { ip })).statusCode).toBe(200);
    expect((await gql(staging, '{ ping }', undefined, { ip })).statusCode).toBe(429);
    // The same address has spent nothing of the other deployment's budget.
    expect((await gql(production, '{ ping }', undefined, { ip })).statusCode).toBe(200);
    await staging.close();
    await production.close();
    await database.close();
  });
});

describe('REDIS_PREFIX', () => {
  it('is muster unless set, and refuses what cannot start a Redis key', () => {
    expect(testConfig().redisPrefix).toBe('muster');
    expect(testConfig({}, { REDIS_PREFIX: 'muster-staging' }).redisPrefix).toBe('muster-staging');
    expect(() => testConfig({}, { REDIS_PREFIX: 'two words' })).toThrow(/REDIS_PREFIX takes 1 to 40 letters/);
  });
});
