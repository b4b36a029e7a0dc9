import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { sessionCookie, type Cookie } from '../helpers/session.ts';

interface RawAnswer {
  status: number;
  encoding: string | undefined;
  vary: string | undefined;
  /** The bytes as they came over the wire. */
  wire: Buffer;
  /** The bytes once decoded by their Content-Encoding. */
  body: Buffer;
}

/** One request with no client-side decoding, so the test sees what goes over the wire. */
function raw(url: string, path: string, options: { acceptEncoding: string; cookie?: Cookie; json?: unknown }): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const payload = options.json === undefined ? undefined : JSON.stringify(options.json);
    const req = request(
      `${url}${path}`,
      {
        method: payload ? 'POST' : 'GET',
        headers: {
          'accept-encoding': options.acceptEncoding,
          ...(options.cookie ? { cookie: `${options.cookie.name}=${options.cookie.value}` } : {}),
          ...(payload ? { 'content-type': 'application/json' } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const wire = Buffer.concat(chunks);
          const encoding = res.headers['content-encoding'];
          const body = encoding === 'br' ? brotliDecompressSync(wire) : encoding === 'gzip' ? gunzipSync(wire) : wire;
          resolve({ status: res.statusCode!, encoding, vary: res.headers.vary as string | undefined, wire, body });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

describe('answers are compressed on the wire', () => {
  let server: RunningServer;
  let member: Cookie;

  beforeAll(async () => {
    server = await startServer();
    member = await sessionCookie(server.url, 'member@memphis-pd.muster.demo');
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("sends a member's page as brotli, or gzip to a browser without brotli, and whole to one that takes neither", async () => {
    const path = '/practices/memphis-crisis-intervention-team';
    const br = await raw(server.url, path, { acceptEncoding: 'gzip, deflate, br', cookie: member });
    const gzip = await raw(server.url, path, { acceptEncoding: 'gzip', cookie: member });
    const plain = await raw(server.url, path, { acceptEncoding: 'identity', cookie: member });
    for (const answer of [br, gzip, plain]) {
      expect(answer.status).toBe(200);
      expect(answer.body.toString()).toContain('Crisis Intervention Team');
      expect(answer.body.toString()).toContain('</html>');
      expect(answer.vary?.toLowerCase()).toContain('accept-encoding');
    }
    expect(br.encoding).toBe('br');
    expect(gzip.encoding).toBe('gzip');
    expect(plain.encoding).toBeUndefined();
    // A page of markup shrinks to well under a third.
    expect(br.wire.length).toBeLessThan(plain.wire.length / 3);
    expect(gzip.wire.length).toBeLessThan(plain.wire.length / 3);
  });

  it('sends GraphQL answers compressed, and they read the same', async () => {
    const json = { query: '{ search(query: "crisis", first: 20) { totalCount edges { snippet node { title summary } } } }' };
    const br = await raw(server.url, '/graphql', { acceptEncoding: 'br', cookie: member, json });
    const plain = await raw(server.url, '/graphql', { acceptEncoding: 'identity', cookie: member, json });
    expect(br.encoding).toBe('br');
    expect(plain.encoding).toBeUndefined();
    const answer = JSON.parse(br.body.toString()) as { data: { search: { totalCount: number } } };
    expect(answer.data.search.totalCount).toBeGreaterThan(0);
    expect(br.body.toString()).toBe(plain.body.toString());
    expect(br.wire.length).toBeLessThan(plain.wire.length);
  });

  it('serves the scripts compressed at build, byte for byte the same once decoded', async () => {
    const page = await raw(server.url, '/', { acceptEncoding: 'identity' });
    const scripts = [...page.body.toString().matchAll(/\/_app\/immutable\/[^"']+\.js/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of new Set(scripts)) {
      const plain = await raw(server.url, script, { acceptEncoding: 'identity' });
      const br = await raw(server.url, script, { acceptEncoding: 'br, gzip' });
      const gzip = await raw(server.url, script, { acceptEncoding: 'gzip' });
      expect(br.encoding, script).toBe('br');
      expect(gzip.encoding, script).toBe('gzip');
      expect(br.body.equals(plain.body), script).toBe(true);
      expect(gzip.body.equals(plain.body), script).toBe(true);
    }
  });

  it("sends a built script with the headers that concern a script, not a page's", async () => {
    const page = await fetch(`${server.url}/`);
    const script = (await page.text()).match(/\/_app\/immutable\/[^"']+\.js/)![0];
    const answer = await fetch(`${server.url}${script}`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(answer.headers.get('cross-origin-resource-policy')).toBe('same-site');
    expect(answer.headers.get('cache-control')).toContain('immutable');
    // A page keeps its own: framing and opener rules, and the request id its logs are found by.
    expect(page.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(page.headers.get('x-request-id')).toBeTruthy();
    for (const pageOnly of ['x-frame-options', 'cross-origin-opener-policy', 'x-request-id', 'referrer-policy']) {
      expect(answer.headers.get(pageOnly), pageOnly).toBeNull();
    }
  });

  it('leaves a small answer as it is', async () => {
    const health = await raw(server.url, '/healthz', { acceptEncoding: 'br, gzip' });
    expect(health.status).toBe(200);
    expect(health.encoding).toBeUndefined();
  });
});
