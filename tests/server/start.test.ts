import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPractices } from '@muster/db/seed';
import { spawnServer, startServer, tempDataDir, freePort, type RunningServer } from '../helpers/server.ts';

describe('pnpm start', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer();
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

describe('shutdown', () => {
  it('closes PGlite cleanly on SIGTERM during the first start, and the data opens again', async () => {
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
