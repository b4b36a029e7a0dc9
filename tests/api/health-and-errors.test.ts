import { describe, expect, it } from 'vitest';
import { gql, testApp } from '../helpers/app.ts';
import { createDb } from '@muster/db';
import { testDatabase, testDbKind } from '../helpers/database.ts';

describe('health and errors', () => {
  it('reports the database kind on /healthz', async () => {
    const database = await testDatabase('none');
    const app = await testApp(database);
    const response = await app.inject({ method: 'GET', url: '/healthz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: testDbKind() });
    await app.close();
    await database.close();
  });

  it('masks a failure inside the server: no SQL or stack trace reaches the client', async () => {
    const database = await testDatabase('none');
    const app = await testApp(database);
    await database.close();

    const health = await app.inject({ method: 'GET', url: '/healthz' });
    expect(health.statusCode).toBe(503);
    expect(health.json().status).toBe('unavailable');

    const { errors } = await gql(app, `{ topics { slug } }`);
    expect(errors![0]!.extensions!.code).toBe('INTERNAL');
    expect(JSON.stringify(errors)).not.toMatch(/select|from "|stack|at \w+ \(/i);
    await app.close();
  });

  it('says the service is unavailable (503), not a bug, while the database cannot be reached', async () => {
    // A pool pointed at a port nothing listens on: what the API meets while PostgreSQL is down.
    const database = await createDb({ databaseUrl: 'postgres://postgres@127.0.0.1:1/muster', dataDir: 'memory://' });
    const app = await testApp(database);
    expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(503);
    const { statusCode, errors } = await gql(app, `{ topics { slug } }`);
    expect(statusCode).toBe(503);
    expect(errors![0]!.extensions!.code).toBe('SERVICE_UNAVAILABLE');
    expect(errors![0]!.message).toMatch(/cannot reach its database just now/);
    expect(JSON.stringify(errors)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|stack/i);
    // Also when the field that failed may be null (the answer then holds data: { practice: null }).
    const one = await gql(app, `{ practice(slug: "any-write-up") { title } }`);
    expect(one.statusCode).toBe(503);
    expect(one.errors![0]!.extensions!.code).toBe('SERVICE_UNAVAILABLE');
    await app.close();
    await database.close();
  });

  it('answers a malformed document with a validation error a developer can act on', async () => {
    const database = await testDatabase('none');
    const app = await testApp(database);
    const { statusCode, errors } = await gql(app, `{ practices(first: 5) { nope } }`);
    expect(statusCode).toBe(400);
    expect(errors![0]!.message).toContain('nope');
    expect(errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    await app.close();
    await database.close();
  });
});
