import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '@muster/db';
import { buildApp, loadConfig } from '@muster/api';
import { gql, signInMutation, testConfig } from '../helpers/app.ts';
import { testDatabase, type TestDatabase } from '../helpers/database.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await testDatabase('none');
});
afterAll(async () => {
  await database?.close();
});

/** The API in production, believing X-Forwarded-For as TRUST_PROXY says (unset: from no one). */
async function appTrusting(trustProxy: string | undefined, overrides: Parameters<typeof testConfig>[0] = {}): Promise<FastifyInstance> {
  const config = testConfig({ production: true, ...overrides }, trustProxy === undefined ? {} : { TRUST_PROXY: trustProxy });
  const app = await buildApp(config, { database, logger: false, background: false });
  await app.ready();
  return app;
}

/** A failed sign-in with an address of its own, so its audit entry is found again. */
async function failSignIn(app: FastifyInstance, remoteAddress: string, forwardedFor?: string) {
  const email = `nobody.${Math.random().toString(36).slice(2, 8)}@example.gov`;
  const response = await gql(
    app,
    signInMutation,
    { input: { email, password: 'not the password at all' } },
    { ip: remoteAddress, headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {} },
  );
  const entries = await database.db.select({ ip: auditLog.ip, action: auditLog.action }).from(auditLog).where(eq(auditLog.email, email));
  return { code: response.errors?.[0]?.extensions?.code, entries };
}

describe('without TRUST_PROXY, X-Forwarded-For changes nothing, even in production', () => {
  it('counts sign-in attempts against the connecting address however the header rotates', async () => {
    const app = await appTrusting(undefined, { auth: { signInsPerMinute: 3 } as never });
    const codes = [];
    for (let i = 1; i <= 4; i++) codes.push((await failSignIn(app, '203.0.113.7', `198.51.100.${i}`)).code);
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'RATE_LIMITED']);
    await app.close();
  });

  it('counts sign-ups against the connecting address however the header rotates', async () => {
    const app = await appTrusting(undefined, { auth: { signUpsPerHour: 2 } as never });
    const codes = [];
    for (let i = 1; i <= 3; i++) {
      const input = {
        email: `spoof.${i}.${Date.now()}@example.gov`,
        password: 'correct horse battery staple',
        displayName: `Spoof ${i}`,
        title: 'Officer',
        departmentSlug: 'nowhere',
      };
      const response = await gql(
        app,
        'mutation ($input: SignUpInput!) { signUp(input: $input) { status } }',
        { input },
        {
          ip: '203.0.113.8',
          headers: { 'x-forwarded-for': `198.51.100.${i}` },
        },
      );
      codes.push(response.errors?.[0]?.extensions?.code);
    }
    expect(codes[2]).toBe('RATE_LIMITED');
    expect(codes.slice(0, 2)).not.toContain('RATE_LIMITED');
    await app.close();
  });

  it('spends the request budget of the connecting address however the header rotates', async () => {
    const app = await appTrusting(undefined, { requestsPerMinute: 10 });
    const statuses = [];
    for (let i = 1; i <= 11; i++)
      statuses.push(
        (await gql(app, '{ ping }', undefined, { ip: '203.0.113.9', headers: { 'x-forwarded-for': `198.51.100.${i}` } })).statusCode,
      );
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(200));
    expect(statuses[10]).toBe(429);
    await app.close();
  });

  it('writes the connecting address to the audit log, not the one the client claims', async () => {
    const app = await appTrusting(undefined);
    const { entries } = await failSignIn(app, '203.0.113.10', '198.51.100.77');
    expect(entries).toEqual([{ ip: '203.0.113.10', action: 'SIGN_IN_FAILED' }]);
    await app.close();
  });
});

describe('behind a trusted proxy, the client is the address the proxy saw', () => {
  it('with a hop count, takes the address the nearest proxy appended and ignores what the client wrote before it', async () => {
    const app = await appTrusting('1', { auth: { signInsPerMinute: 2 } as never });
    // The load balancer (10.0.0.5) appends the address it saw; "198.51.100.1" is the client's own invention.
    const first = await failSignIn(app, '10.0.0.5', '198.51.100.1, 203.0.113.20');
    expect(first.entries).toEqual([{ ip: '203.0.113.20', action: 'SIGN_IN_FAILED' }]);
    // Another client behind the same load balancer has a budget of its own; the first one's runs out.
    expect((await failSignIn(app, '10.0.0.5', '203.0.113.21')).code).toBe('UNAUTHENTICATED');
    expect((await failSignIn(app, '10.0.0.5', '198.51.100.2, 203.0.113.20')).code).toBe('UNAUTHENTICATED');
    expect((await failSignIn(app, '10.0.0.5', '198.51.100.3, 203.0.113.20')).code).toBe('RATE_LIMITED');
    await app.close();
  });

  it('with a list of addresses, believes only the proxies listed', async () => {
    const app = await appTrusting('10.0.0.0/8, 192.0.2.1');
    expect((await failSignIn(app, '10.1.2.3', '203.0.113.30')).entries[0]!.ip).toBe('203.0.113.30');
    // Proxies in a chain are skipped while they are trusted ones.
    expect((await failSignIn(app, '192.0.2.1', '198.51.100.9, 203.0.113.31, 10.0.0.7')).entries[0]!.ip).toBe('203.0.113.31');
    // A client connecting directly is not a proxy: its header is ignored.
    expect((await failSignIn(app, '192.0.2.99', '203.0.113.32')).entries[0]!.ip).toBe('192.0.2.99');
    await app.close();
  });
});

describe('behind a trusted proxy that ends TLS', () => {
  it("takes the page's own API calls for the same site, and another site's for another", async () => {
    // A stand-in for the built web app that, as a page's server load does, calls the API
    // in-process with the origin adapter-node gives the page (from the protocol and host Fastify passes on).
    const buildDir = mkdtempSync(join(tmpdir(), 'muster-web-'));
    writeFileSync(
      join(buildDir, 'handler.js'),
      `export const handler = async (req, res) => {
        const origin = req.headers['x-muster-protocol'] + '://' + req.headers['x-muster-host'];
        const answer = await req.muster.graphql({ query: '{ ping }' }, { 'content-type': 'application/json', origin });
        res.end(origin + ' ' + answer.statusCode);
      };`,
    );
    const app = await appTrusting('loopback', { webBuildDir: buildDir });
    try {
      const forwarded = {
        host: '127.0.0.1:3000',
        'x-forwarded-proto': 'https',
        'x-forwarded-host': 'muster.example.org',
        'x-forwarded-for': '203.0.113.50',
      };
      const page = await app.inject({ url: '/topics', remoteAddress: '127.0.0.1', headers: forwarded });
      expect(page.body).toBe('https://muster.example.org 200');
      const direct = await gql(app, '{ ping }', undefined, {
        ip: '127.0.0.1',
        headers: { ...forwarded, origin: 'https://muster.example.org' },
      });
      expect(direct.statusCode).toBe(200);
      const elsewhere = await gql(app, '{ ping }', undefined, {
        ip: '127.0.0.1',
        headers: { ...forwarded, origin: 'https://evil.example' },
      });
      expect(elsewhere.statusCode).toBe(403);
      expect(elsewhere.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    } finally {
      await app.close();
      rmSync(buildDir, { recursive: true, force: true });
    }
  });
});

describe('TRUST_PROXY values', () => {
  const base = { DATA_DIR: 'memory://', WEB_BUILD_DIR: '' };
  it('takes a hop count or addresses and ranges, and is off when unset, whatever NODE_ENV says', () => {
    expect(loadConfig({ ...base, NODE_ENV: 'production' }).trustProxy).toBe(false);
    expect(loadConfig({ ...base, TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ ...base, TRUST_PROXY: '10.0.0.0/8, fd00::/8,192.0.2.1,loopback' }).trustProxy).toEqual([
      '10.0.0.0/8',
      'fd00::/8',
      '192.0.2.1',
      'loopback',
    ]);
  });

  it('refuses anything else with one line saying what it takes', () => {
    for (const value of ['true', '0', '10.0.0.0/33', 'lb.internal', '10.0.0.1,,10.0.0.2']) {
      expect(() => loadConfig({ ...base, TRUST_PROXY: value }), value).toThrow(
        /^TRUST_PROXY takes the number of proxies .* or their addresses/,
      );
    }
  });
});
