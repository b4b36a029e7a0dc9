import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPractices } from '@muster/db/seed';
import { spawnServer, startServer, tempDataDir, freePort, type RunningServer } from '../helpers/server.ts';

describe('pnpm start', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({}, { firstStart: true });
  });
  afterAll(() => server?.stop());

  it('serves the API and the pages on one port, on PGlite with demo data', async () => {
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ status: 'ok', database: 'pglite' });

    const home = await fetch(`${server.url}/`);
    expect(home.status).toBe(200);
    const html = await home.text();
    const newest = [...demoPractices].filter((p) => p.visibility === 'PUBLIC').sort((a, b) => (a.publishedAt < b.publishedAt ? 1 : -1))[0]!;
    expect(html).toContain(escapeHtml(newest.title));

    const graphql = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ topics { slug } }' }),
    });
    expect((await graphql.json()).data.topics.length).toBeGreaterThan(10);
  });

  it('answers an unknown page or slug with a real 404 page', async () => {
    for (const path of ['/no-such-page', '/practices/no-such-practice', '/topics/no-such-topic', '/departments/no-such-department']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).toMatch(/not found/i);
    }
  });
});

describe('configuration mistakes', () => {
  const cases: [Record<string, string>, RegExp][] = [
    [{ SEED: 'foo' }, /SEED must be one of demo, none/],
    [{ DATABASE_URL: 'mysql://localhost/muster' }, /DATABASE_URL must look like postgres:\/\//],
    [{ DATABASE_URL: 'postgres://127.0.0.1:1/nothing' }, /could not reach the database at DATABASE_URL/],
    [{ PORT: 'eighty' }, /PORT must be a whole number/],
    [{ TRUST_PROXY: 'true' }, /TRUST_PROXY takes the number of proxies in front of Muster .* or their addresses/],
  ];
  for (const [env, message] of cases) {
    it(`exits at once with one clear line for ${Object.entries(env)[0]!.join('=')}`, async () => {
      const { exited, output } = spawnServer({ DATA_DIR: tempDataDir(), PORT: '0', ...env });
      expect(await exited).toBe(1);
      const lines = output().trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^Muster cannot start: /);
      expect(lines[0]).toMatch(message);
    });
  }
});

describe('a slow first start', () => {
  // Fastify gives each plugin 10 s by default; migrating and seeding on a loaded machine took
  // longer and the first start died with "Plugin did not start in time". The seed's module is
  // held back 12 s here (slow-seed.mjs), so the first start takes longer than that budget.
  const delayMs = 12_000;
  it('succeeds however long migrating and seeding take', { timeout: 240_000 }, async () => {
    const preload = fileURLToPath(new URL('./slow-seed.mjs', import.meta.url));
    const started = Date.now();
    const server = await startServer(
      {
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${preload}`.trim(),
        MUSTER_TEST_SEED_DELAY_MS: String(delayMs),
      },
      { firstStart: true },
    );
    try {
      expect(Date.now() - started).toBeGreaterThanOrEqual(delayMs);
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ practices { totalCount } }' }),
      });
      expect((await response.json()).data.practices.totalCount).toBe(demoPractices.filter((p) => p.visibility === 'PUBLIC').length);
    } finally {
      expect(await server.stop()).toBe(0);
    }
  });
});

describe('shutdown', () => {
  // Two first-start's worth of work (the one interrupted finishes its migrations and seed, then the
  // second opens the data): minutes on a busy machine.
  it('closes PGlite cleanly on SIGTERM during the first start, and the data opens again', { timeout: 240_000 }, async () => {
    const dataDir = tempDataDir();
    const port = await freePort();
    const first = spawnServer({ DATA_DIR: dataDir, PORT: String(port) });
    // Signal as soon as PGlite has created its files, while migrations and the seed are being written.
    while (!existsSync(dataDir)) await new Promise((r) => setTimeout(r, 20));
    first.process.kill('SIGTERM');
    expect(await first.exited, first.output()).toBe(0);

    const again = await startServer({ DATA_DIR: dataDir });
    const response = await fetch(`${again.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ practices { totalCount } }' }),
    });
    expect((await response.json()).data.practices.totalCount).toBe(demoPractices.filter((p) => p.visibility === 'PUBLIC').length);
    expect(await again.stop()).toBe(0);
  });
});

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
