import { count } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { activities, blocks, conversations, flags, messages } from '@muster/db';
import { demoPassword } from '@muster/db/seed';
import { gql, signIn, signUp, testApp } from '../helpers/app.ts';
import type { TestDatabase } from '../helpers/database.ts';
import { actors, type Who } from '../helpers/actors.ts';
import { useTestApp } from '../helpers/setup.ts';

const member = (d: string) => `member@${d}.muster.demo`;
const chief = (d: string) => `chief@${d}.muster.demo`;
const moderator = 'moderator@muster.demo';
const admin = 'admin@muster.demo';

const messageFields = `id body bodyHtml removed createdAt sender { handle } viewerCan { report }`;
const conversationFields = `id lastMessageAt unreadCount viewerCanSend sendRefusal participants { handle }
  lastMessage { body sender { handle } }`;
const startConversation = `mutation ($with: [ID!]!, $body: String!) { startConversation(with: $with, body: $body) { ${conversationFields} } }`;
const sendMessage = `mutation ($conversationId: ID!, $body: String!) { sendMessage(conversationId: $conversationId, body: $body) { ${messageFields} } }`;
const markRead = `mutation ($id: ID!) { markConversationRead(id: $id) { id unreadCount } }`;
const conversationQuery = `query ($id: ID!, $last: Int, $before: String) { conversation(id: $id) { ${conversationFields}
  messages(last: $last, before: $before) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${messageFields} } } } } }`;
const conversationsQuery = `query ($first: Int, $after: String) { conversations(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${conversationFields} } } } }`;
const unreadQuery = `{ unreadMessageCount unreadNotificationCount }`;
const blockMember = `mutation ($userId: ID!) { blockMember(userId: $userId) { handle blockedByViewer viewerCanMessage } }`;
const unblockMember = `mutation ($userId: ID!) { unblockMember(userId: $userId) { handle blockedByViewer viewerCanMessage } }`;
const blockedQuery = `{ blockedMembers { handle blockedByViewer } }`;
const recipientsQuery = `query ($handles: [String!]!) { messageRecipients(handles: $handles) { id handle viewerCanMessage blockedByViewer } }`;
const reportMessage = `mutation ($messageId: ID!, $reason: FlagReason!, $note: String) {
  reportMessage(messageId: $messageId, reason: $reason, note: $note) { id target reason note practice { slug } message { id body } } }`;
const flagMutation = `mutation ($id: ID!, $reason: FlagReason!) { flag(target: MESSAGE, id: $id, reason: $reason) { id target } }`;
const queueQuery = `{ moderationQueue(first: 50) { edges { node {
  id target targetHidden targetOpenFlagCount practice { slug } comment { id }
  message { id body removed sender { id handle } } targetFlags { flagger { handle } reason note } } } } }`;
const resolveFlag = `mutation ($id: ID!, $action: FlagAction!) { resolveFlag(id: $id, action: $action) { id resolved action targetHidden } }`;
const notificationsQuery = `{ notifications(first: 50) { edges { node { id reason text path read activity { kind conversation { id } } } } } }`;

let database: TestDatabase;
let app: FastifyInstance;
const { ok, refused } = actors(() => app);
const ids: Record<string, string> = {};
const handles: Record<string, string> = {};

useTestApp(
  { config: { commentsPerMinute: 1000, auth: { signInsPerMinute: 1000, signUpsPerHour: 1000 } as never } },
  (opened) => ({ app, database } = opened),
);

async function idOf(email: string): Promise<string> {
  ids[email] ??= (await ok(email, `{ me { id handle } }`)).me.id;
  return ids[email]!;
}

async function handleOf(email: string): Promise<string> {
  handles[email] ??= (await ok(email, `{ me { handle } }`)).me.handle;
  return handles[email]!;
}

async function start(from: string, to: string[], body: string) {
  return (await ok(from, startConversation, { with: await Promise.all(to.map(idOf)), body })).startConversation;
}

async function send(from: string, conversationId: string, body: string) {
  return (await ok(from, sendMessage, { conversationId, body })).sendMessage;
}

async function conversationAs(who: Who, id: string, page: { last?: number; before?: string } = {}) {
  return (await ok(who, conversationQuery, { id, ...page })).conversation;
}

async function unread(who: Who): Promise<{ messages: number; notifications: number }> {
  const data = await ok(who, unreadQuery);
  return { messages: data.unreadMessageCount, notifications: data.unreadNotificationCount };
}

async function inbox(who: Who) {
  await app.fanOut.idle();
  return (await ok(who, notificationsQuery)).notifications.edges.map((e: any) => e.node) as {
    id: string;
    reason: string;
    text: string;
    path: string;
    read: boolean;
    activity: { kind: string; conversation: { id: string } | null };
  }[];
}

/** The rows a refused request must not have added to. */
async function written() {
  const [[c], [m], [a], [f], [b]] = await Promise.all([
    database.db.select({ n: count() }).from(conversations),
    database.db.select({ n: count() }).from(messages),
    database.db.select({ n: count() }).from(activities),
    database.db.select({ n: count() }).from(flags),
    database.db.select({ n: count() }).from(blocks),
  ]);
  return { conversations: c!.n, messages: m!.n, activities: a!.n, flags: f!.n, blocks: b!.n };
}

async function queue() {
  return (await ok(moderator, queueQuery)).moderationQueue.edges.map((e: any) => e.node) as any[];
}

describe('a conversation', () => {
  const a = member('memphis-pd');
  const b = member('boston-pd');

  it('starts with a first message, continues between the two, and the other hears of each message', async () => {
    const before = await unread(b);
    const started = await start(a, [b], 'Hello from Memphis: how did you staff your co-responder pilot?');
    expect(started).toMatchObject({
      unreadCount: 0,
      viewerCanSend: true,
      sendRefusal: null,
      participants: [{ handle: await handleOf(a) }, { handle: await handleOf(b) }],
      lastMessage: { body: 'Hello from Memphis: how did you staff your co-responder pilot?', sender: { handle: await handleOf(a) } },
    });

    // The other participant sees it unread, in their list, in the nav's count and in their notifications.
    expect(await unread(b)).toEqual({ messages: before.messages + 1, notifications: before.notifications + 1 });
    const { conversations: listed } = await ok(b, conversationsQuery, { first: 10 });
    expect(listed.edges[0].node).toMatchObject({
      id: started.id,
      unreadCount: 1,
      lastMessage: { body: 'Hello from Memphis: how did you staff your co-responder pilot?' },
    });
    const [notification] = await inbox(b);
    expect(notification).toMatchObject({
      reason: 'MESSAGE',
      text: 'Demo Officer sent you a message',
      path: `/messages/${started.id}`,
      read: false,
      activity: { kind: 'MESSAGE_SENT', conversation: { id: started.id } },
    });
    // Nobody is told about their own message.
    expect((await inbox(a)).some((n) => n.reason === 'MESSAGE')).toBe(false);

    // B replies: the reply is unread for A, and B's own message leaves nothing unread for B.
    const reply = await send(b, started.id, 'Two clinicians and a sergeant.\nHappy to share the MOU.');
    expect(reply).toMatchObject({
      body: 'Two clinicians and a sergeant.\nHappy to share the MOU.',
      removed: false,
      sender: { handle: await handleOf(b) },
      viewerCan: { report: false },
    });
    expect(reply.bodyHtml).toBe('<p>Two clinicians and a sergeant.<br>Happy to share the MOU.</p>');
    expect((await unread(b)).messages).toBe(before.messages);
    expect((await unread(a)).messages).toBe(1);
    expect((await inbox(a))[0]).toMatchObject({ reason: 'MESSAGE', path: `/messages/${started.id}` });

    // Both read the whole conversation, oldest first.
    const read = await conversationAs(a, started.id);
    expect(read.messages.totalCount).toBe(2);
    expect(read.messages.edges.map((e: any) => [e.node.sender.handle, e.node.viewerCan.report])).toEqual([
      [await handleOf(a), false],
      [await handleOf(b), true],
    ]);
    expect(read.unreadCount).toBe(1);

    // Marking it read clears the count and the notification with it.
    const notificationsBefore = (await unread(a)).notifications;
    expect((await ok(a, markRead, { id: started.id })).markConversationRead).toEqual({ id: started.id, unreadCount: 0 });
    expect(await unread(a)).toEqual({ messages: 0, notifications: notificationsBefore - 1 });
    expect((await inbox(a)).find((n) => n.reason === 'MESSAGE')!.read).toBe(true);
  });

  it('continues the conversation with exactly the same people rather than starting another', async () => {
    const c = member('seattle-pd');
    const first = await start(a, [c], 'First message to Seattle.');
    const rows = await written();
    const again = await start(c, [a, a], 'Seattle writes back through a new message.');
    expect(again.id).toBe(first.id);
    expect(await written()).toMatchObject({ conversations: rows.conversations, messages: rows.messages + 1 });

    // A different set of people is a different conversation.
    const group = await start(a, [c, b], 'Three of us now.');
    expect(group.id).not.toBe(first.id);
    expect(group.participants.map((p: any) => p.handle).sort()).toEqual([await handleOf(a), await handleOf(b), await handleOf(c)].sort());

    // A's list: the newest activity first.
    const { conversations: listed } = await ok(a, conversationsQuery, { first: 50 });
    const order = listed.edges.map((e: any) => e.node.id);
    expect(order.indexOf(group.id)).toBeLessThan(order.indexOf(first.id));
    await send(c, first.id, 'And now this one is the latest.');
    const { conversations: after } = await ok(a, conversationsQuery, { first: 50 });
    expect(after.edges[0].node.id).toBe(first.id);
    expect(after.edges[0].node.lastMessage.body).toBe('And now this one is the latest.');
  });

  it('pages through conversations and back through messages with stable cursors', async () => {
    const from = member('denver-pd');
    const others = ['oakland-pd', 'chicago-pd', 'high-point-pd'].map(member);
    const started = [];
    for (const other of others) started.push(await start(from, [other], `Hello ${other}`));
    for (let i = 2; i <= 5; i++) await send(from, started[0].id, `Message ${i}`);

    const first = (await ok(from, conversationsQuery, { first: 2 })).conversations;
    expect(first.totalCount).toBe(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await ok(from, conversationsQuery, { first: 2, after: first.pageInfo.endCursor })).conversations;
    expect(second.pageInfo.hasNextPage).toBe(false);
    const seen = [...first.edges, ...second.edges].map((e: any) => e.node.id);
    expect(seen).toEqual([started[0].id, started[2].id, started[1].id]);

    const latest = (await conversationAs(from, started[0].id, { last: 2 })).messages;
    expect(latest.totalCount).toBe(5);
    expect(latest.edges.map((e: any) => e.node.body)).toEqual(['Message 4', 'Message 5']);
    expect(latest.pageInfo.hasNextPage).toBe(true);
    const earlier = (await conversationAs(from, started[0].id, { last: 2, before: latest.pageInfo.endCursor })).messages;
    expect(earlier.edges.map((e: any) => e.node.body)).toEqual(['Message 2', 'Message 3']);
    const earliest = (await conversationAs(from, started[0].id, { last: 2, before: earlier.pageInfo.endCursor })).messages;
    expect(earliest.edges.map((e: any) => e.node.body)).toEqual([`Hello ${others[0]}`]);
    expect(earliest.pageInfo.hasNextPage).toBe(false);

    expect(await refused(from, conversationQuery, { id: started[0].id, before: 'not-a-cursor' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'before',
    });
    expect(await refused(from, conversationQuery, { id: started[0].id, last: 500 })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'last',
    });
  });

  it('shows a message as plain text: markup escaped, web addresses linked', async () => {
    const started = await start(a, [member('kansas-city-pd')], '<script>alert(1)</script> **not bold** see https://example.org/mou.pdf.');
    const [message] = (await conversationAs(a, started.id)).messages.edges.map((e: any) => e.node);
    expect(message.body).toBe('<script>alert(1)</script> **not bold** see https://example.org/mou.pdf.');
    expect(message.bodyHtml).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; **not bold** see <a href="https://example.org/mou.pdf" rel="noopener nofollow ugc">https://example.org/mou.pdf</a>.</p>',
    );
  });
});

describe('privacy', () => {
  const a = member('philadelphia-pd');
  const b = member('san-diego-pd');
  const third = member('eugene-pd');
  let conversationId: string;
  let messageId: string;

  beforeAll(async () => {
    conversationId = (await start(a, [b], 'Just between us: our staffing numbers for the pilot.')).id;
    messageId = (await conversationAs(a, conversationId)).messages.edges[0].node.id;
  });

  it('keeps a conversation from a third member, a moderator and an admin', async () => {
    const rows = await written();
    for (const outsider of [third, moderator, admin]) {
      expect(await refused(outsider, conversationQuery, { id: conversationId }), outsider).toMatchObject({ code: 'NOT_FOUND' });
      expect(await refused(outsider, sendMessage, { conversationId, body: 'Let me in.' }), outsider).toMatchObject({ code: 'NOT_FOUND' });
      expect(await refused(outsider, markRead, { id: conversationId }), outsider).toMatchObject({ code: 'NOT_FOUND' });
      expect(await refused(outsider, reportMessage, { messageId, reason: 'SPAM' }), outsider).toMatchObject({ code: 'NOT_FOUND' });
      const { conversations: theirs } = await ok(outsider, conversationsQuery, { first: 100 });
      expect(
        theirs.edges.some((e: any) => e.node.id === conversationId),
        outsider,
      ).toBe(false);
      expect(
        (await inbox(outsider)).some((n) => n.path === `/messages/${conversationId}`),
        outsider,
      ).toBe(false);
    }
    expect(await refused(third, flagMutation, { id: messageId, reason: 'SPAM' })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await written()).toEqual(rows);
    expect((await conversationAs(b, conversationId)).messages.totalCount).toBe(1);
  });

  it('refuses visitors and unverified members', async () => {
    // Signing up writes an activity of its own (the chief hears of the recruit): counted from after it.
    const recruit = await signUp(app);
    const rows = await written();
    for (const document of [conversationsQuery, unreadQuery, blockedQuery]) {
      expect(await refused(null, document)).toMatchObject({ code: 'UNAUTHENTICATED' });
    }
    expect(await refused(null, conversationQuery, { id: conversationId })).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await refused(null, sendMessage, { conversationId, body: 'Hello?' })).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await refused(null, startConversation, { with: [await idOf(b)], body: 'Hello?' })).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await refused(null, blockMember, { userId: await idOf(b) })).toMatchObject({ code: 'UNAUTHENTICATED' });

    const asRecruit = { session: recruit.session };
    expect(await refused(asRecruit, conversationsQuery)).toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringContaining('verified members'),
    });
    // The header's count asks with every page: a recruit has no conversations, and is told so.
    expect((await gql(app, unreadQuery, undefined, asRecruit)).data).toMatchObject({ unreadMessageCount: 0 });
    expect(await refused(asRecruit, conversationQuery, { id: conversationId })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refused(asRecruit, startConversation, { with: [await idOf(b)], body: 'Hello?' })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refused(asRecruit, sendMessage, { conversationId, body: 'Hello?' })).toMatchObject({ code: 'FORBIDDEN' });
    // Nor can anyone write to them until they are verified.
    expect(await refused(a, startConversation, { with: [recruit.id], body: 'Welcome!' })).toMatchObject({
      code: 'NOT_FOUND',
      field: 'with',
    });
    expect(await refused(a, recipientsQuery, { handles: [recruit.handle] })).toMatchObject({
      code: 'NOT_FOUND',
      message: `No verified member has the handle @${recruit.handle}.`,
    });
    expect(await written()).toEqual(rows);
  });
});

describe('refusals that change nothing', () => {
  const a = member('stockton-pd');
  const b = member('ca-doj');

  it('refuses a message to yourself', async () => {
    const rows = await written();
    expect(await refused(a, startConversation, { with: [await idOf(a)], body: 'Note to self.' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'with',
      message: expect.stringContaining('cannot send a message to yourself'),
    });
    expect(await refused(a, startConversation, { with: [await idOf(b), await idOf(a)], body: 'Me and you.' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'with',
    });
    expect(await written()).toEqual(rows);
  });

  it('refuses empty, blank and overlong messages, and too many or unknown recipients', async () => {
    const rows = await written();
    const to = [await idOf(b)];
    expect(await refused(a, startConversation, { with: to, body: '   \n ' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'body',
      message: 'Enter a message.',
    });
    expect(await refused(a, startConversation, { with: to, body: 'x'.repeat(5001) })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'body',
    });
    expect(await refused(a, startConversation, { with: [], body: 'To nobody.' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'with' });
    expect(await refused(a, startConversation, { with: ['not-an-id'], body: 'Hello.' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'with',
    });
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(await refused(a, startConversation, { with: [unknown], body: 'Hello.' })).toMatchObject({
      code: 'NOT_FOUND',
      field: 'with',
      message: expect.stringContaining(unknown),
    });
    const ten = await Promise.all(
      [
        'memphis-pd',
        'boston-pd',
        'seattle-pd',
        'denver-pd',
        'oakland-pd',
        'chicago-pd',
        'high-point-pd',
        'philadelphia-pd',
        'kansas-city-pd',
        'eugene-pd',
      ].map((d) => idOf(chief(d))),
    );
    expect(await refused(a, startConversation, { with: ten, body: 'To everyone.' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'with',
      message: expect.stringContaining('at most 9'),
    });
    expect(await refused(a, recipientsQuery, { handles: ['no-such-member', await handleOf(b)] })).toMatchObject({
      code: 'NOT_FOUND',
      message: 'No verified member has the handle @no-such-member.',
    });
    expect(await refused(a, recipientsQuery, { handles: ['Not A Handle!'] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'handles' });
    expect(await written()).toEqual(rows);

    // Nine others is a conversation; a handle with @ and capitals is found.
    const nine = await ok(a, startConversation, { with: ten.slice(0, 9), body: 'To nine chiefs.' });
    expect(nine.startConversation.participants).toHaveLength(10);
    expect((await ok(a, recipientsQuery, { handles: [` @${(await handleOf(b)).toUpperCase()}`] })).messageRecipients).toMatchObject([
      { handle: await handleOf(b), viewerCanMessage: true },
    ]);
  });

  it('refuses messages past the per-minute limit', async () => {
    const limited = await testApp(database, { commentsPerMinute: 2 });
    const rows = await written();
    try {
      const session = await signIn(limited, member('high-point-pd'), demoPassword);
      const to = [await idOf(member('uc-police-division'))];
      for (let i = 1; i <= 2; i++) {
        const sent = await gql(limited, startConversation, { with: to, body: `Quick note ${i}` }, { session });
        expect(sent.errors).toBeUndefined();
      }
      const refusal = await gql(limited, startConversation, { with: to, body: 'One too many' }, { session });
      expect(refusal.errors![0]!.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    } finally {
      await limited.fanOut.idle();
      await limited.close();
    }
    expect((await written()).messages).toBe(rows.messages + 2);
  });
});

describe('blocking', () => {
  const a = member('chicago-pd');
  const b = member('oakland-pd');

  it('stops a blocked member from writing, with a clear reason, until unblocked', async () => {
    const conversationId = (await start(a, [b], 'Before the block.')).id;
    await inbox(b);
    const notificationsBefore = (await inbox(b)).length;

    const blocked = (await ok(b, blockMember, { userId: await idOf(a) })).blockMember;
    expect(blocked).toEqual({ handle: await handleOf(a), blockedByViewer: true, viewerCanMessage: false });
    // Blocking twice is the same as once.
    await ok(b, blockMember, { userId: await idOf(a) });
    expect((await ok(b, blockedQuery)).blockedMembers).toEqual([{ handle: await handleOf(a), blockedByViewer: true }]);

    const rows = await written();
    expect(await refused(a, sendMessage, { conversationId, body: 'Are you there?' })).toMatchObject({
      code: 'FORBIDDEN',
      message: 'Demo Officer does not accept messages from you.',
    });
    expect(await refused(a, startConversation, { with: [await idOf(b)], body: 'Trying again.' })).toMatchObject({ code: 'FORBIDDEN' });
    expect(
      await refused(a, startConversation, { with: [await idOf(b), await idOf(member('boston-pd'))], body: 'In a group.' }),
    ).toMatchObject({ code: 'FORBIDDEN' });
    // Nor does the one who blocked write to them.
    expect(await refused(b, sendMessage, { conversationId, body: 'Go away.' })).toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringContaining('You blocked Demo Officer'),
    });
    expect(await written()).toEqual(rows);
    expect(await inbox(b)).toHaveLength(notificationsBefore);

    const seenByA = await conversationAs(a, conversationId);
    expect(seenByA).toMatchObject({ viewerCanSend: false, sendRefusal: expect.stringContaining('does not accept messages from you') });
    expect((await conversationAs(b, conversationId)).sendRefusal).toContain('You blocked someone');
    const [asSeenByA] = (await ok(a, recipientsQuery, { handles: [await handleOf(b)] })).messageRecipients;
    expect(asSeenByA).toMatchObject({ viewerCanMessage: false, blockedByViewer: false });

    const unblocked = (await ok(b, unblockMember, { userId: await idOf(a) })).unblockMember;
    expect(unblocked).toEqual({ handle: await handleOf(a), blockedByViewer: false, viewerCanMessage: true });
    expect((await ok(b, blockedQuery)).blockedMembers).toEqual([]);
    await send(a, conversationId, 'After the block.');
    expect((await inbox(b)).length).toBe(notificationsBefore + 1);
  });

  it('refuses to block yourself or someone who is not there', async () => {
    const rows = await written();
    expect(await refused(a, blockMember, { userId: await idOf(a) })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'userId' });
    expect(await refused(a, blockMember, { userId: '00000000-0000-4000-8000-000000000000' })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await written()).toEqual(rows);
  });
});

describe('reporting a message', () => {
  const a = member('uc-police-division');
  const b = member('demo-riverbend-pd');
  let conversationId: string;
  let reported: string;
  let harmless: string;

  beforeAll(async () => {
    conversationId = (await start(a, [b], 'A first message that is fine.')).id;
    reported = (await send(a, conversationId, 'Send me your home address or else.')).id;
    harmless = (await send(a, conversationId, 'Another perfectly fine message.')).id;
  });

  it('puts only the reported message, with its sender, in front of moderators, once', async () => {
    expect((await conversationAs(b, conversationId)).messages.edges.map((e: any) => e.node.viewerCan.report)).toEqual([true, true, true]);
    expect(await refused(a, reportMessage, { messageId: reported, reason: 'SPAM' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'You cannot report your own message.',
    });
    expect(await refused(b, reportMessage, { messageId: reported, reason: 'OTHER' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'note',
    });

    const flag = (await ok(b, reportMessage, { messageId: reported, reason: 'HARASSMENT', note: 'A threat.' })).reportMessage;
    expect(flag).toMatchObject({
      target: 'MESSAGE',
      reason: 'HARASSMENT',
      note: 'A threat.',
      practice: null,
      message: { id: reported, body: 'Send me your home address or else.' },
    });
    const rows = await written();
    expect(await refused(b, reportMessage, { messageId: reported, reason: 'SPAM' })).toMatchObject({ code: 'CONFLICT' });
    expect(await written()).toEqual(rows);
    const reportable = (await conversationAs(b, conversationId)).messages.edges.map((e: any) => [e.node.id, e.node.viewerCan.report]);
    expect(reportable).toEqual([
      [expect.any(String), true],
      [reported, false],
      [harmless, true],
    ]);

    const entries = (await queue()).filter((entry) => entry.target === 'MESSAGE');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      id: flag.id,
      targetHidden: false,
      targetOpenFlagCount: 1,
      practice: null,
      comment: null,
      message: {
        id: reported,
        body: 'Send me your home address or else.',
        removed: false,
        sender: { id: await idOf(a), handle: await handleOf(a) },
      },
      targetFlags: [{ flagger: { handle: await handleOf(b) }, reason: 'HARASSMENT', note: 'A threat.' }],
    });
    // The rest of the conversation stays closed to them.
    expect(await refused(moderator, conversationQuery, { id: conversationId })).toMatchObject({ code: 'NOT_FOUND' });
    expect(JSON.stringify(await queue())).not.toContain('perfectly fine');
    // Members do not see the queue.
    expect(await refused(b, queueQuery)).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('removes a hidden message for its participants and tells the reporter, linking to the conversation', async () => {
    const entry = (await queue()).find((e) => e.message?.id === reported);
    const resolved = (await ok(moderator, resolveFlag, { id: entry.id, action: 'HIDE' })).resolveFlag;
    expect(resolved).toMatchObject({ resolved: true, action: 'HIDE', targetHidden: true });
    expect((await queue()).some((e) => e.message?.id === reported)).toBe(false);

    for (const participant of [a, b]) {
      const shown = (await conversationAs(participant, conversationId)).messages.edges.map((e: any) => e.node);
      expect(shown.find((m: any) => m.id === reported)).toMatchObject({
        body: '',
        bodyHtml: '',
        removed: true,
        viewerCan: { report: false },
      });
      expect(shown.find((m: any) => m.id === harmless)).toMatchObject({ body: 'Another perfectly fine message.', removed: false });
    }
    expect(await refused(b, reportMessage, { messageId: reported, reason: 'SPAM' })).toMatchObject({ code: 'CONFLICT' });

    const told = (await inbox(b)).find((n) => n.reason === 'YOUR_FLAG_RESOLVED');
    expect(told).toMatchObject({ text: 'Moderators removed the message you reported', path: `/messages/${conversationId}` });
    const log = (
      await ok(moderator, `{ moderationLog(first: 20) { edges { node { action detail subject { handle } } } } }`)
    ).moderationLog.edges.map((e: any) => e.node);
    expect(log[0]).toMatchObject({
      action: 'FLAG_RESOLVED',
      detail: `HIDE message ${reported} (1 flag)`,
      subject: { handle: await handleOf(a) },
    });
  });

  it('leaves a message up when moderators dismiss the report', async () => {
    const flag = (await ok(b, flagMutation, { id: harmless, reason: 'SPAM' })).flag;
    expect(flag.target).toBe('MESSAGE');
    await ok(moderator, resolveFlag, { id: flag.id, action: 'DISMISS' });
    const shown = (await conversationAs(b, conversationId)).messages.edges.map((e: any) => e.node);
    expect(shown.find((m: any) => m.id === harmless)).toMatchObject({ body: 'Another perfectly fine message.', removed: false });
    const told = (await inbox(b)).filter((n) => n.reason === 'YOUR_FLAG_RESOLVED');
    expect(told[0]).toMatchObject({
      text: 'Moderators reviewed the message you reported and left it up',
      path: `/messages/${conversationId}`,
    });
  });
});
