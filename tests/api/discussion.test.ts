import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '@muster/db/seed';
import { xssPayloads } from '../fixtures/xss-payloads.ts';
import { gql, signIn, signUp, testApp, type GraphQLResponse } from '../helpers/app.ts';
import type { TestDatabase } from '../helpers/database.ts';
import { useTestApp } from '../helpers/setup.ts';

const chief = (d: string) => `chief@${d}.muster.demo`;
const member = (d: string) => `member@${d}.muster.demo`;
const moderator = 'moderator@muster.demo';

const commentFields = `id body bodyHtml deleted edited editedAt helpfulCount viewerFoundHelpful author { handle } parent { id }`;
const addComment = `mutation ($practiceId: ID!, $body: String!, $parentId: ID) {
  addComment(practiceId: $practiceId, body: $body, parentId: $parentId) { ${commentFields} } }`;
const editComment = `mutation ($id: ID!, $body: String!) { editComment(id: $id, body: $body) { ${commentFields} } }`;
const deleteComment = `mutation ($id: ID!) { deleteComment(id: $id) { ${commentFields} } }`;
const markHelpful = `mutation ($id: ID!, $helpful: Boolean!) { markCommentHelpful(id: $id, helpful: $helpful) { id helpfulCount viewerFoundHelpful } }`;
const lockDiscussion = `mutation ($practiceId: ID!, $locked: Boolean!) { lockDiscussion(practiceId: $practiceId, locked: $locked) { id discussionLocked } }`;
const discussionOf = `query ($slug: String!) { practice(slug: $slug) {
  id commentCount discussionLocked viewerCanComment
  comments(first: 50) { totalCount edges { node { ${commentFields} revisions { body replacedAt } replies { ${commentFields} replies { id } } } } } } }`;

let database: TestDatabase;
let app: FastifyInstance;
const sessions: Record<string, string> = {};
const as = (email: string) => ({ session: sessions[email] });
const code = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.code;

/** The discussion of a write-up as the given reader (a visitor when no session is given). */
async function discussion(slug: string, options: { session?: string } = {}) {
  const response = await gql(app, discussionOf, { slug }, options);
  expect(response.errors).toBeUndefined();
  return response.data!.practice as {
    id: string;
    commentCount: number;
    discussionLocked: boolean;
    viewerCanComment: boolean;
    comments: { totalCount: number; edges: { node: any }[] };
  } | null;
}

async function practiceId(slug: string): Promise<string> {
  return (await discussion(slug, as(member('memphis-pd'))))!.id;
}

async function post(email: string, practiceId: string, body: string, parentId?: string) {
  const response = await gql(app, addComment, { practiceId, body, parentId }, as(email));
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data!.addComment;
}

/** Members-only demo write-ups, as a verified member lists them. */
async function membersOnlySlugs(): Promise<string[]> {
  const { data } = await gql(app, `{ practices(first: 100) { edges { node { slug visibility } } } }`, {}, as(member('memphis-pd')));
  return data!.practices.edges.filter((e: any) => e.node.visibility === 'MEMBERS').map((e: any) => e.node.slug);
}

useTestApp(
  { config: { commentsPerMinute: 1000, auth: { signInsPerMinute: 1000, signUpsPerHour: 1000 } as never } },
  (opened) => ({ app, database } = opened),
);
beforeAll(async () => {
  const accounts = [moderator, chief('memphis-pd'), ...['memphis-pd', 'boston-pd', 'seattle-pd', 'denver-pd', 'oakland-pd'].map(member)];
  for (const email of accounts) sessions[email] = await signIn(app, email, demoPassword);
});

describe('a discussion', () => {
  it('shows a new comment to every reader of the write-up, rendered from its Markdown', async () => {
    const slug = 'memphis-crisis-intervention-team';
    const id = await practiceId(slug);
    const before = (await discussion(slug))!;
    const comment = await post(member('boston-pd'), id, 'We copied this in **2019**. See [our notes](https://example.org/notes).');
    expect(comment).toMatchObject({
      author: { handle: 'officer-boston-pd' },
      parent: null,
      deleted: false,
      edited: false,
      helpfulCount: 0,
    });
    // The author gets the Markdown back to edit it.
    expect(comment.body).toBe('We copied this in **2019**. See [our notes](https://example.org/notes).');

    const visitor = (await discussion(slug))!;
    expect(visitor.commentCount).toBe(before.commentCount + 1);
    expect(visitor.comments.totalCount).toBe(before.comments.totalCount + 1);
    const shown = visitor.comments.edges.at(-1)!.node;
    expect(shown.id).toBe(comment.id);
    expect(shown.bodyHtml).toContain('<strong>2019</strong>');
    expect(shown.bodyHtml).toContain('<a href="https://example.org/notes" rel="noopener nofollow ugc">our notes</a>');
    // Nobody but its author is handed the source to edit.
    expect(shown.body).toBeNull();
    expect(visitor.viewerCanComment).toBe(false);
    expect((await discussion(slug, as(member('denver-pd'))))!.viewerCanComment).toBe(true);
  });

  it('nests a reply under its thread, and a reply to a reply in the same thread with its parent named', async () => {
    const slug = 'seattle-lead-diversion';
    const id = await practiceId(slug);
    const root = await post(member('memphis-pd'), id, 'How did you fund the case managers?');
    const reply = await post(member('seattle-pd'), id, 'A county grant for the first two years.', root.id);
    const replyToReply = await post(member('memphis-pd'), id, 'And after the grant ran out?', reply.id);
    expect(reply.parent).toEqual({ id: root.id });
    expect(replyToReply.parent).toEqual({ id: reply.id });

    const read = (await discussion(slug))!;
    expect(read.commentCount).toBe(3);
    // One thread, with both replies under it, oldest first; a reply carries no replies of its own.
    expect(read.comments.totalCount).toBe(1);
    const thread = read.comments.edges[0]!.node;
    expect(thread.id).toBe(root.id);
    expect(thread.replies.map((r: any) => [r.id, r.parent.id, r.author.handle])).toEqual([
      [reply.id, root.id, 'officer-seattle-pd'],
      [replyToReply.id, reply.id, 'officer-memphis-pd'],
    ]);
    expect(thread.replies.map((r: any) => r.replies)).toEqual([[], []]);
  });

  it('marks an edited comment edited and keeps the earlier body for moderators only', async () => {
    const slug = 'eugene-cahoots';
    const id = await practiceId(slug);
    const comment = await post(member('denver-pd'), id, 'Our STAR team answers 3% of calls.');
    const edited = await gql(
      app,
      editComment,
      { id: comment.id, body: 'Our STAR team answers about 3% of calls.' },
      as(member('denver-pd')),
    );
    expect(edited.errors).toBeUndefined();
    expect(edited.data!.editComment).toMatchObject({ edited: true, body: 'Our STAR team answers about 3% of calls.' });
    expect(edited.data!.editComment.editedAt).toBeTruthy();

    const byModerator = (await discussion(slug, as(moderator)))!.comments.edges.find((e) => e.node.id === comment.id)!.node;
    expect(byModerator).toMatchObject({ edited: true, bodyHtml: '<p>Our STAR team answers about 3% of calls.</p>\n' });
    expect(byModerator.revisions).toEqual([{ body: 'Our STAR team answers 3% of calls.', replacedAt: expect.any(String) }]);
    for (const reader of [as(member('denver-pd')), as(member('boston-pd')), {}]) {
      const shown = (await discussion(slug, reader))!.comments.edges.find((e) => e.node.id === comment.id)!.node;
      expect(shown.edited).toBe(true);
      expect(shown.revisions).toBeNull();
    }
  });

  it('keeps a deleted comment as "deleted" in its thread, without body or author, replies still listed', async () => {
    const slug = 'denver-star-response';
    const id = await practiceId(slug);
    const root = await post(member('oakland-pd'), id, 'Who dispatches STAR: 911 or a separate line?');
    const reply = await post(member('denver-pd'), id, '911 dispatchers, with a call-type list.', root.id);

    // Only its author or a moderator deletes a comment.
    const refused = await gql(app, deleteComment, { id: root.id }, as(member('boston-pd')));
    expect(code(refused)).toBe('FORBIDDEN');
    expect((await discussion(slug))!.commentCount).toBe(2);

    const deleted = await gql(app, deleteComment, { id: root.id }, as(member('oakland-pd')));
    expect(deleted.data!.deleteComment).toMatchObject({ deleted: true, bodyHtml: '', body: null, author: null });

    const read = (await discussion(slug, as(member('oakland-pd'))))!;
    expect(read.commentCount).toBe(1);
    expect(read.comments.totalCount).toBe(1);
    const thread = read.comments.edges[0]!.node;
    expect(thread).toMatchObject({ id: root.id, deleted: true, bodyHtml: '', body: null, author: null });
    expect(thread.replies).toMatchObject([{ id: reply.id, deleted: false, bodyHtml: '<p>911 dispatchers, with a call-type list.</p>\n' }]);

    // A moderator removes someone else's comment too.
    const byModerator = await gql(app, deleteComment, { id: reply.id }, as(moderator));
    expect(byModerator.data!.deleteComment.deleted).toBe(true);
    expect((await discussion(slug))!.commentCount).toBe(0);
  });

  it('counts helpful marks from others, once each, and takes a mark back', async () => {
    const slug = 'boston-operation-ceasefire';
    const id = await practiceId(slug);
    const comment = await post(member('boston-pd'), id, 'The call-ins only work with a credible services offer.');

    const own = await gql(app, markHelpful, { id: comment.id, helpful: true }, as(member('boston-pd')));
    expect(code(own)).toBe('FORBIDDEN');

    await gql(app, markHelpful, { id: comment.id, helpful: true }, as(member('memphis-pd')));
    const twice = await gql(app, markHelpful, { id: comment.id, helpful: true }, as(member('memphis-pd')));
    expect(twice.data!.markCommentHelpful).toEqual({ id: comment.id, helpfulCount: 1, viewerFoundHelpful: true });
    await gql(app, markHelpful, { id: comment.id, helpful: true }, as(member('seattle-pd')));

    const shown = async (email?: string) =>
      (await discussion(slug, email ? as(email) : {}))!.comments.edges.find((e) => e.node.id === comment.id)!.node;
    expect(await shown()).toMatchObject({ helpfulCount: 2, viewerFoundHelpful: false });
    expect(await shown(member('seattle-pd'))).toMatchObject({ helpfulCount: 2, viewerFoundHelpful: true });

    const off = await gql(app, markHelpful, { id: comment.id, helpful: false }, as(member('memphis-pd')));
    expect(off.data!.markCommentHelpful).toMatchObject({ helpfulCount: 1, viewerFoundHelpful: false });
    expect(await shown(member('memphis-pd'))).toMatchObject({ helpfulCount: 1, viewerFoundHelpful: false });
  });

  it(`renders ${xssPayloads.length} known XSS payloads in comments harmless`, async () => {
    const id = await practiceId('oakland-ceasefire');
    for (const payload of xssPayloads) {
      const comment = await post(member('denver-pd'), id, `Comment ${payload}\n\n${payload}`);
      // The author gets back exactly what they typed; the rendered HTML keeps nothing executable.
      expect(comment.body).toBe(`Comment ${payload}\n\n${payload}`.trim());
      expect(comment.bodyHtml, payload).not.toMatch(
        /<(script|iframe|object|embed|style|meta|base|form|input|svg|math|img|video|details|body)\b/i,
      );
      expect(comment.bodyHtml, payload).not.toMatch(/<[a-z][^>]*\son\w+\s*=/i);
      expect(comment.bodyHtml, payload).not.toMatch(/<[a-z][^>]*\s(href|src|action)\s*=\s*["']?\s*(javascript|data|vbscript):/i);
    }
    expect((await discussion('oakland-ceasefire'))!.commentCount).toBe(xssPayloads.length);
  });
});

describe('who may take part', () => {
  it('hides a members-only discussion from visitors and unverified members, and takes no comment from them', async () => {
    const [slug] = await membersOnlySlugs();
    expect(slug).toBeTruthy();
    const id = (await discussion(slug!, as(member('memphis-pd'))))!.id;
    await post(member('memphis-pd'), id, 'Members only: our early-warning thresholds.');
    const unverified = await signUp(app, 'memphis-pd');

    expect(await discussion(slug!)).toBeNull();
    expect(await discussion(slug!, { session: unverified.session })).toBeNull();
    expect(code(await gql(app, addComment, { practiceId: id, body: 'Let me in' }))).toBe('NOT_FOUND');
    expect(code(await gql(app, addComment, { practiceId: id, body: 'Let me in' }, { session: unverified.session }))).toBe('NOT_FOUND');

    expect((await discussion(slug!, as(member('boston-pd'))))!.commentCount).toBe(1);
  });

  it('lets an unverified member read a public discussion but not post in it', async () => {
    const slug = 'chicago-cure-violence';
    const id = await practiceId(slug);
    const unverified = await signUp(app, 'chicago-pd');
    const read = (await discussion(slug, { session: unverified.session }))!;
    expect(read.viewerCanComment).toBe(false);
    const refused = await gql(app, addComment, { practiceId: id, body: 'First!' }, { session: unverified.session });
    expect(code(refused)).toBe('FORBIDDEN');
    expect(code(await gql(app, addComment, { practiceId: id, body: 'First!' }))).toBe('UNAUTHENTICATED');
    expect((await discussion(slug))!.commentCount).toBe(read.commentCount);
  });

  it('refuses new comments in a locked discussion, which only moderators lock and unlock', async () => {
    const slug = 'high-point-drug-market-intervention';
    const id = await practiceId(slug);
    await post(member('seattle-pd'), id, 'Before the lock.');

    const byMember = await gql(app, lockDiscussion, { practiceId: id, locked: true }, as(member('seattle-pd')));
    expect(code(byMember)).toBe('FORBIDDEN');
    expect((await discussion(slug))!.discussionLocked).toBe(false);

    const locked = await gql(app, lockDiscussion, { practiceId: id, locked: true }, as(moderator));
    expect(locked.data!.lockDiscussion).toEqual({ id, discussionLocked: true });
    const read = (await discussion(slug, as(member('seattle-pd'))))!;
    expect(read).toMatchObject({ discussionLocked: true, viewerCanComment: false, commentCount: 1 });
    // Nor does the page offer a reply or an edit: the comment says so itself.
    const can = await gql(
      app,
      `query ($slug: String!) { practice(slug: $slug) { comments { edges { node { viewerCan { reply edit delete } } } } } }`,
      { slug },
      as(member('seattle-pd')),
    );
    expect(can.data!.practice.comments.edges.at(-1).node.viewerCan).toEqual({ reply: false, edit: false, delete: true });

    const refused = await gql(app, addComment, { practiceId: id, body: 'After the lock.' }, as(member('seattle-pd')));
    expect(code(refused)).toBe('FORBIDDEN');
    expect((await discussion(slug))!.commentCount).toBe(1);

    await gql(app, lockDiscussion, { practiceId: id, locked: false }, as(moderator));
    await post(member('seattle-pd'), id, 'Open again.');
    expect((await discussion(slug))!).toMatchObject({ discussionLocked: false, commentCount: 2 });
  });
});

describe('bad input', () => {
  const slug = 'kansas-city-gun-experiment';
  let id: string;
  let existing: { id: string };
  beforeAll(async () => {
    id = await practiceId(slug);
    existing = await post(member('boston-pd'), id, 'The original comment.');
  });

  async function expectUnchanged() {
    const read = (await discussion(slug))!;
    expect(read.commentCount).toBe(1);
    expect(read.comments.edges.map((e) => [e.node.id, e.node.bodyHtml])).toEqual([[existing.id, '<p>The original comment.</p>\n']]);
  }

  it('refuses an empty, a blank and a 100 kB comment', async () => {
    for (const body of ['', ' \n\t  ', 'x'.repeat(100_000)]) {
      const response = await gql(app, addComment, { practiceId: id, body }, as(member('denver-pd')));
      expect(response.data).toBeNull();
      expect(response.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
    }
    await expectUnchanged();
  });

  it("refuses to answer a comment from another write-up's discussion", async () => {
    const elsewhere = await post(member('boston-pd'), await practiceId('san-diego-graffiti-reduction'), 'A comment on another write-up.');
    const response = await gql(app, addComment, { practiceId: id, body: 'Crossed wires', parentId: elsewhere.id }, as(member('denver-pd')));
    expect(response.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
    await expectUnchanged();
    expect((await discussion('san-diego-graffiti-reduction'))!.commentCount).toBe(1);
  });

  it('refuses IDs Muster never gave out', async () => {
    const cases: [string, Record<string, unknown>, string][] = [
      [addComment, { practiceId: 'not-an-id', body: 'Hello' }, 'practiceId'],
      [addComment, { practiceId: id, body: 'Hello', parentId: '42' }, 'parentId'],
      [editComment, { id: "1' or '1'='1", body: 'Hello' }, 'id'],
      [deleteComment, { id: '' }, 'id'],
      [markHelpful, { id: 'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz', helpful: true }, 'id'],
      [lockDiscussion, { practiceId: 'x', locked: true }, 'practiceId'],
    ];
    for (const [document, variables, field] of cases) {
      const response = await gql(app, document, variables, as(document === lockDiscussion ? moderator : member('denver-pd')));
      expect(response.errors![0]!.extensions, JSON.stringify(variables)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    // A well-formed ID of nothing is simply not there.
    const missing = await gql(
      app,
      addComment,
      { practiceId: '00000000-0000-4000-8000-000000000000', body: 'Hello' },
      as(member('denver-pd')),
    );
    expect(code(missing)).toBe('NOT_FOUND');
    await expectUnchanged();
  });

  it('refuses a comment on a draft', async () => {
    const input = {
      title: 'Draft of a warrant-service checklist',
      summary: 'A checklist for planning warrant service, drafted with the tactical team and reviewed by legal before each operation.',
      body: 'Still a draft.',
      topics: ['training'],
      evidenceLevel: 'ANECDOTAL',
      visibility: 'PUBLIC',
      lifecycle: 'PILOT',
    };
    const created = await gql(
      app,
      `mutation ($input: PracticeInput!) { createPractice(input: $input) { id slug } }`,
      { input },
      as(chief('memphis-pd')),
    );
    expect(created.errors).toBeUndefined();
    const draft = created.data!.createPractice;
    // Its author sees the draft and is told the discussion opens on publication; others do not see it at all.
    const byAuthor = await gql(app, addComment, { practiceId: draft.id, body: 'Note to self' }, as(chief('memphis-pd')));
    expect(code(byAuthor)).toBe('CONFLICT');
    const byOther = await gql(app, addComment, { practiceId: draft.id, body: 'Sneaky' }, as(member('boston-pd')));
    expect(code(byOther)).toBe('NOT_FOUND');
    expect((await discussion(draft.slug, as(chief('memphis-pd'))))!).toMatchObject({ commentCount: 0, viewerCanComment: false });
  });

  it("refuses to edit someone else's comment", async () => {
    const response = await gql(app, editComment, { id: existing.id, body: 'Rewritten by someone else' }, as(member('denver-pd')));
    expect(code(response)).toBe('FORBIDDEN');
    const byModerator = await gql(app, editComment, { id: existing.id, body: 'Rewritten by a moderator' }, as(moderator));
    expect(code(byModerator)).toBe('FORBIDDEN');
    await expectUnchanged();
    const shown = (await discussion(slug, as(moderator)))!.comments.edges[0]!.node;
    expect(shown).toMatchObject({ edited: false, revisions: [] });
  });

  it('refuses comments past the per-minute limit, keeping the ones before it', async () => {
    const limited = await testApp(database, { commentsPerMinute: 3 });
    try {
      const session = await signIn(limited, member('oakland-pd'), demoPassword);
      for (let i = 1; i <= 3; i++) {
        const ok = await gql(limited, addComment, { practiceId: id, body: `Quick note ${i}` }, { session });
        expect(ok.errors).toBeUndefined();
      }
      const refused = await gql(limited, addComment, { practiceId: id, body: 'One too many' }, { session });
      expect(refused.errors![0]!.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    } finally {
      await limited.close();
    }
    // Read as a member: visitors' answers on this instance may be seconds old after writes through another.
    const read = (await discussion(slug, as(member('denver-pd'))))!;
    expect(read.commentCount).toBe(4);
    expect(read.comments.edges.map((e) => e.node.bodyHtml)).toEqual([
      '<p>The original comment.</p>\n',
      '<p>Quick note 1</p>\n',
      '<p>Quick note 2</p>\n',
      '<p>Quick note 3</p>\n',
    ]);
  });
});
