import type { FastifyInstance } from 'fastify';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { users } from '@muster/db';
import type { TestDatabase } from '../helpers/database.ts';
import { actors } from '../helpers/actors.ts';
import { useTestApp } from '../helpers/setup.ts';

let database: TestDatabase;
let app: FastifyInstance;
const { ok, refused } = actors(() => app);

const member = 'member@memphis-pd.muster.demo';
const colleague = 'member@boston-pd.muster.demo';
const setTimeZone = `mutation ($timeZone: String) { setTimeZone(timeZone: $timeZone) { id timeZone } }`;

useTestApp({}, (opened) => ({ app, database } = opened));

async function storedZone(email: string) {
  const [row] = await database.db.select({ timeZone: users.timeZone }).from(users).where(eq(users.email, email));
  return row!.timeZone;
}

describe('a member’s time zone', () => {
  it('is kept by setTimeZone and read back as me { timeZone }, by its canonical IANA name', async () => {
    expect((await ok(member, `{ me { timeZone } }`)).me).toEqual({ timeZone: null });
    expect((await ok(member, setTimeZone, { timeZone: 'America/Los_Angeles' })).setTimeZone.timeZone).toBe('America/Los_Angeles');
    expect((await ok(member, `{ me { timeZone } }`)).me).toEqual({ timeZone: 'America/Los_Angeles' });
    expect((await ok(member, setTimeZone, { timeZone: 'US/Central' })).setTimeZone.timeZone).toBe('America/Chicago');
    expect(await storedZone(member)).toBe('America/Chicago');
  });

  it('goes back to UTC (null) when cleared', async () => {
    await ok(colleague, setTimeZone, { timeZone: 'Europe/Berlin' });
    expect((await ok(colleague, setTimeZone, { timeZone: '' })).setTimeZone.timeZone).toBeNull();
    expect(await storedZone(colleague)).toBeNull();
  });

  it('refuses a zone that is not one, naming the field, and keeps the one set', async () => {
    await ok(member, setTimeZone, { timeZone: 'America/Denver' });
    for (const bad of ['Mars/Olympus_Mons', 'PST8PDT\n', '+05:00', 'America/Denver; drop table users', 'x'.repeat(200)]) {
      expect(await refused(member, setTimeZone, { timeZone: bad }), bad).toMatchObject({ code: 'BAD_USER_INPUT', field: 'timeZone' });
    }
    expect(await storedZone(member)).toBe('America/Denver');
  });

  it('is the member’s own: refused to visitors, hidden from other members', async () => {
    expect(await refused(null, setTimeZone, { timeZone: 'America/Denver' })).toMatchObject({ code: 'UNAUTHENTICATED' });
    await ok(member, setTimeZone, { timeZone: 'America/Denver' });
    const [row] = await database.db.select({ handle: users.handle }).from(users).where(eq(users.email, member));
    const seen = await ok(colleague, `query ($handle: String!) { member(handle: $handle) { timeZone } }`, { handle: row!.handle });
    expect(seen.member).toEqual({ timeZone: null });
  });
});
