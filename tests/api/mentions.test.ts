import { eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { practices, users } from '@muster/db';
import { signUp } from '../helpers/app.ts';
import type { TestDatabase } from '../helpers/database.ts';
import { actors } from '../helpers/actors.ts';
import { useTestApp } from '../helpers/setup.ts';

const chief = (d: string) => `chief@${d}.muster.demo`;
const member = (d: string) => `member@${d}.muster.demo`;

const byHandle = /* GraphQL */ `
  query ($prefix: String!, $first: Int) {
    membersByHandle(prefix: $prefix, first: $first) {
      handle
      displayName
    }
  }
`;
const addComment = /* GraphQL */ `
  mutation ($practiceId: ID!, $body: String!) {
    addComment(practiceId: $practiceId, body: $body) {
      id
      bodyHtml
    }
  }
`;
const commentsOf = /* GraphQL */ `
  query ($slug: String!) {
    practice(slug: $slug) {
      id
      bodyHtml
      comments(first: 50) {
        edges {
          node {
            id
            bodyHtml
          }
        }
      }
    }
  }
`;

let database: TestDatabase;
let app: FastifyInstance;
const { ok, refused } = actors(() => app);

useTestApp(
  { config: { commentsPerMinute: 1000, auth: { signInsPerMinute: 1000, signUpsPerHour: 1000 } as never } },
  (opened) => ({ app, database } = opened),
);

const handles = async (prefix: string, first?: number) =>
  ((await ok(member('boston-pd'), byHandle, { prefix, first })).membersByHandle as { handle: string }[]).map((m) => m.handle);

describe('looking members up by the start of their handle', () => {
  it('offers listed members whose handle starts so, shortest first, with or without @ and in any case', async () => {
    const found = await handles('chief-m');
    expect(found).toContain('chief-memphis-pd');
    expect(found.every((h) => h.startsWith('chief-m'))).toBe(true);
    expect(found.map((h) => h.length)).toEqual([...found.map((h) => h.length)].sort((a, b) => a - b));
    expect(await handles('@Chief-Memphis')).toEqual(['chief-memphis-pd']);
    expect(await handles('chi', 3)).toHaveLength(3);
    expect(await handles('nobody-has-this')).toEqual([]);
  });

  it('never offers an account not verified or disabled', async () => {
    const recruit = await signUp(app, 'boston-pd');
    expect(await handles(recruit.handle)).toEqual([]);
    await database.db.update(users).set({ disabledAt: new Date() }).where(eq(users.handle, 'officer-eugene-pd'));
    try {
      expect(await handles('officer-eugene')).toEqual([]);
    } finally {
      await database.db.update(users).set({ disabledAt: null }).where(eq(users.handle, 'officer-eugene-pd'));
    }
    expect(await handles('officer-eugene')).toEqual(['officer-eugene-pd']);
  });

  it('is for verified members: visitors are sent to sign in, unverified members told why', async () => {
    expect(await refused(null, byHandle, { prefix: 'chi' })).toMatchObject({ code: 'UNAUTHENTICATED' });
    const recruit = await signUp(app, 'memphis-pd');
    const answer = await refused({ session: recruit.session }, byHandle, { prefix: 'chi' });
    expect(answer.code).toBe('FORBIDDEN');
    expect(answer.message).toContain('verified members');
  });

  it('refuses what cannot start a handle, and a page size outside 1 to 20, naming the field', async () => {
    for (const prefix of ['', '@', 'chief%', 'a b', '-chief', 'x'.repeat(65)]) {
      expect(await refused(member('boston-pd'), byHandle, { prefix }), prefix).toMatchObject({ code: 'BAD_USER_INPUT', field: 'prefix' });
    }
    expect(await refused(member('boston-pd'), byHandle, { prefix: 'chi', first: 21 })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
    expect(await refused(member('boston-pd'), byHandle, { prefix: 'chi', first: 0 })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
  });
});

describe('@mentions link to profiles', () => {
  const link = (handle: string) => `<a class="mention" href="/members/${handle}">@${handle}</a>`;

  it("in comments: a listed member's handle, in any case, becomes a link; anything else stays text", async () => {
    const recruit = await signUp(app, 'boston-pd');
    const { practice } = await ok(member('boston-pd'), commentsOf, { slug: 'boston-operation-ceasefire' });
    const body = [
      `Thanks @Chief-Memphis-PD and @officer-denver-pd.`,
      `Not a member: @nobody-here. Not verified: @${recruit.handle}.`,
      'Mail chief@memphis-pd.muster.demo, or see `@officer-boston-pd` in code.',
      '[a link naming @officer-seattle-pd](https://example.org/)',
    ].join('\n\n');
    const { addComment: posted } = await ok(member('boston-pd'), addComment, { practiceId: practice.id, body });
    for (const html of [posted.bodyHtml as string, await readComment(posted.id)]) {
      expect(html).toContain(`Thanks ${link('chief-memphis-pd')} and ${link('officer-denver-pd')}.`);
      expect(html).toContain('Not a member: @nobody-here.');
      expect(html).toContain(`Not verified: @${recruit.handle}.`);
      expect(html).not.toContain(`/members/${recruit.handle}`);
      expect(html).not.toContain('/members/officer-boston-pd');
      expect(html).not.toContain('/members/officer-seattle-pd');
      expect(html).not.toContain('/members/memphis-pd');
      expect(html).not.toContain('<span');
    }

    // Whether a handle links is decided as the comment is read, not when it was first rendered.
    await database.db.update(users).set({ disabledAt: new Date() }).where(eq(users.handle, 'officer-denver-pd'));
    try {
      const html = await readComment(posted.id);
      expect(html).toContain(link('chief-memphis-pd'));
      expect(html).toContain('and @officer-denver-pd.');
    } finally {
      await database.db.update(users).set({ disabledAt: null }).where(eq(users.handle, 'officer-denver-pd'));
    }
  });

  it('in a write-up body, for visitors too; a hand-written placeholder links no further than the text would', async () => {
    const slug = 'memphis-crisis-intervention-team';
    await database.db
      .update(practices)
      .set({
        body: 'Ask @chief-memphis-pd. <span class="mention">@ghost-account</span> <span>@chief-boston-pd</span>',
        version: sql`${practices.version} + 1`,
      })
      .where(eq(practices.slug, slug));
    const { practice } = await ok(null, commentsOf, { slug });
    expect(practice.bodyHtml).toContain(`Ask ${link('chief-memphis-pd')}.`);
    expect(practice.bodyHtml).toContain('@ghost-account');
    expect(practice.bodyHtml).not.toContain('/members/ghost-account');
    expect(practice.bodyHtml).not.toContain('<span');
  });

  it('in direct messages, which stay plain text', async () => {
    const { messageRecipients } = await ok(member('boston-pd'), 'query { messageRecipients(handles: ["officer-memphis-pd"]) { id } }');
    const { startConversation } = await ok(
      member('boston-pd'),
      /* GraphQL */ `
        mutation ($with: [ID!]!, $body: String!) {
          startConversation(with: $with, body: $body) {
            id
            messages(last: 5) {
              edges {
                node {
                  bodyHtml
                }
              }
            }
          }
        }
      `,
      {
        with: [messageRecipients[0].id],
        body: 'Ask @chief-memphis-pd <b>now</b>; not @no-such-member or https://example.org/@chief-boston-pd',
      },
    );
    const html = startConversation.messages.edges.at(-1).node.bodyHtml as string;
    expect(html).toBe(
      `<p>Ask ${link('chief-memphis-pd')} &lt;b&gt;now&lt;/b&gt;; not @no-such-member or ` +
        '<a href="https://example.org/@chief-boston-pd" rel="noopener nofollow ugc">https://example.org/@chief-boston-pd</a></p>',
    );
  });

  it('leaves Markdown outside comments and write-ups as it was: an event description does not link', async () => {
    const { events } = await ok(chief('memphis-pd'), '{ events(first: 1) { edges { node { descriptionHtml } } } }');
    expect(events.edges[0].node.descriptionHtml).not.toContain('<span');
  });
});

async function readComment(id: string): Promise<string> {
  const { practice } = await ok(member('denver-pd'), commentsOf, { slug: 'boston-operation-ceasefire' });
  return practice.comments.edges.find((e: { node: { id: string } }) => e.node.id === id).node.bodyHtml;
}
