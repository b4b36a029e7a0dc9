import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { mailOutbox } from '@muster/db';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { signUp } from '../helpers/app.ts';
import type { TestDatabase } from '../helpers/database.ts';
import { actors, type Who } from '../helpers/actors.ts';
import { useTestApp } from '../helpers/setup.ts';

const chief = (d: string) => `chief@${d}.muster.demo`;
const member = (d: string) => `member@${d}.muster.demo`;
const moderator = 'moderator@muster.demo';
const admin = 'admin@muster.demo';
/** The demo's featured case studies, positions 1 to 3 (db/src/seed/demo/featured.ts). */
const demoFeatured = ['memphis-crisis-intervention-team', 'eugene-cahoots', 'philadelphia-foot-patrol-experiment'];

const createPractice = `mutation ($input: PracticeInput!) { createPractice(input: $input) { id slug title status } }`;
const publishPractice = `mutation ($id: ID!) { publishPractice(id: $id) { id status } }`;
const addComment = `mutation ($practiceId: ID!, $body: String!) { addComment(practiceId: $practiceId, body: $body) { id } }`;
const editComment = `mutation ($id: ID!, $body: String!) { editComment(id: $id, body: $body) { id } }`;
const markHelpful = `mutation ($id: ID!) { markCommentHelpful(id: $id, helpful: true) { id helpfulCount } }`;
const reportAdoption = `mutation ($practiceId: ID!) { reportAdoption(practiceId: $practiceId, input: { status: PLANNING }) { id status } }`;
const flagMutation = `mutation ($target: FlagTarget!, $id: ID!, $reason: FlagReason!, $note: String) {
  flag(target: $target, id: $id, reason: $reason, note: $note) { id target reason note resolved practice { slug } comment { id } flagger { handle } } }`;
const resolveFlag = `mutation ($id: ID!, $action: FlagAction!, $note: String) {
  resolveFlag(id: $id, action: $action, note: $note) { id resolved action resolutionNote targetHidden targetFlags { id resolved action } } }`;
const queueQuery = `query ($first: Int, $after: String) { moderationQueue(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { cursor node { id target reason targetOpenFlagCount targetReasons urgency targetHidden practice { id slug } comment { id }
    flagger { handle } targetFlags { id reason resolved flagger { handle } } } } } }`;
const summaryQuery = `{ moderationSummary { openFlags flaggedItems pendingMembers currentFeatured } }`;
const moderationLog = `{ moderationLog(first: 100) { totalCount edges { node { action detail actor { handle } subject { handle } } } } }`;
const auditLog = `query ($actions: [String!]) { auditLog(filter: { actions: $actions }, first: 100) { edges { node { action detail actor { handle } subject { handle } } } } }`;
const lockDiscussion = `mutation ($practiceId: ID!, $locked: Boolean!) { lockDiscussion(practiceId: $practiceId, locked: $locked) { id discussionLocked } }`;
const suspendMember = `mutation ($userId: ID!, $until: DateTime!, $reason: String!) {
  suspendMember(userId: $userId, until: $until, reason: $reason) { id suspendedUntil suspensionReason } }`;
const liftSuspension = `mutation ($userId: ID!) { liftSuspension(userId: $userId) { id suspendedUntil suspensionReason } }`;
const practiceQuery = `query ($slug: String!) { practice(slug: $slug) {
  id slug title hidden hiddenReason commentCount discussionLocked viewerCanComment featured { id position noteHtml current } } }`;
const threadQuery = `query ($slug: String!) { practice(slug: $slug) {
  commentCount comments(first: 50) { edges { node { id bodyHtml hidden hiddenReason author { handle } } } } } }`;
const notificationsQuery = `{ notifications(first: 50) { edges { node { reason text activity { kind practice { slug } comment { id } } } } } }`;
const featuredFields = `id position note noteHtml current startsOn endsOn practice { id slug }`;
const featuredQuery = `query ($includeInactive: Boolean) { featured(includeInactive: $includeInactive) { ${featuredFields} } }`;
const featurePractice = `mutation ($practiceId: ID!, $note: String!, $position: Int, $startsOn: Date, $endsOn: Date) {
  featurePractice(practiceId: $practiceId, note: $note, position: $position, startsOn: $startsOn, endsOn: $endsOn) { ${featuredFields} featuredBy { handle } } }`;
const updateFeatured = `mutation ($id: ID!, $input: FeatureInput!) { updateFeatured(id: $id, input: $input) { ${featuredFields} } }`;
const reorderFeatured = `mutation ($ids: [ID!]!) { reorderFeatured(ids: $ids) { ${featuredFields} } }`;
const unfeature = `mutation ($id: ID!) { unfeature(id: $id) }`;
const historyFields = `history { kind by { displayName handle } reason note }`;
const moderate = `mutation ($target: FlagTarget!, $id: ID!, $action: FlagAction!, $note: String) {
  moderate(target: $target, id: $id, action: $action, note: $note) { target id hidden hiddenReason openFlagCount author { handle } ${historyFields} } }`;
const hiddenContent = `{ hiddenContent(first: 100) { totalCount edges { node { target id hidden hiddenReason practice { slug } comment { id } author { handle } ${historyFields} } } } }`;
const practiceHistory = `query ($slug: String!) { practice(slug: $slug) { hidden moderationHistory { kind by { handle } note } } }`;

let database: TestDatabase;
let app: FastifyInstance;
const { run, ok, refused } = actors(() => app);

// Strictly increasing, so every flag has its own time and "oldest first" is decided by the order of the calls.
let lastTick = 0;
const clock = () => new Date((lastTick = Math.max(Date.now(), lastTick + 1)));

useTestApp(
  { config: { commentsPerMinute: 1000, auth: { signInsPerMinute: 1000, signUpsPerHour: 1000 } as never }, now: clock },
  (opened) => ({ app, database } = opened),
);

const handles: Record<string, string> = {};
async function handleOf(email: string): Promise<string> {
  handles[email] ??= (await ok(email, `{ me { handle } }`)).me.handle;
  return handles[email]!;
}
async function idOf(email: string): Promise<string> {
  return (await ok(email, `{ me { id } }`)).me.id;
}

interface Published {
  id: string;
  slug: string;
  title: string;
  author: string;
}

/** A new PUBLIC write-up by the department's member, published by its chief. */
async function published(title: string, options: { department?: string; topic?: string } = {}): Promise<Published> {
  const department = options.department ?? 'memphis-pd';
  const author = member(department);
  const input = {
    title,
    summary: 'A program summary long enough for the form: what was done, by whom, and what changed afterwards.',
    body: 'What we did, and what we would do differently.',
    topics: [options.topic ?? 'officer-wellness'],
    evidenceLevel: 'INTERNAL_DATA',
    visibility: 'PUBLIC',
    lifecycle: 'RUNNING',
  };
  const { createPractice: created } = await ok(author, createPractice, { input });
  await ok(chief(department), publishPractice, { id: created.id });
  await app.fanOut.idle();
  return { id: created.id, slug: created.slug, title: created.title, author };
}

async function comment(who: Who, practiceId: string, body: string): Promise<string> {
  return (await ok(who, addComment, { practiceId, body })).addComment.id;
}

async function flag(who: Who, target: 'PRACTICE' | 'COMMENT', id: string, reason: string, note?: string) {
  return (await ok(who, flagMutation, { target, id, reason, note })).flag;
}

/** The practice as the reader sees it; null when it is not there for them. */
async function practiceAs(who: Who, slug: string) {
  return (await ok(who, practiceQuery, { slug })).practice;
}

async function commentAs(who: Who, slug: string, commentId: string) {
  const { practice } = await ok(who, threadQuery, { slug });
  return {
    commentCount: practice.commentCount as number,
    comment: practice.comments.edges.map((e: any) => e.node).find((c: any) => c.id === commentId),
  };
}

/** Every entry of the moderation queue, in order. */
async function queue(): Promise<any[]> {
  return (await ok(moderator, queueQuery, { first: 100 })).moderationQueue.edges.map((e: any) => e.node);
}

async function queueEntry(targetId: string) {
  return (await queue()).find((entry) => (entry.target === 'COMMENT' ? entry.comment.id : entry.practice.id) === targetId);
}

async function summary() {
  return (await ok(moderator, summaryQuery)).moderationSummary as {
    openFlags: number;
    flaggedItems: number;
    pendingMembers: number;
    currentFeatured: number;
  };
}

async function audited(action: string) {
  return (await ok(admin, auditLog, { actions: [action] })).auditLog.edges.map((e: any) => e.node) as {
    action: string;
    detail: string | null;
    actor: { handle: string } | null;
    subject: { handle: string } | null;
  }[];
}

async function inbox(email: string) {
  return (await ok(email, notificationsQuery)).notifications.edges.map((e: any) => e.node) as {
    reason: string;
    text: string;
    activity: { kind: string; practice: { slug: string }; comment: { id: string } | null };
  }[];
}

/** Three verified members flag the write-up or comment, which hides it pending review; answers their flags. */
async function hiddenByFlags(target: 'PRACTICE' | 'COMMENT', id: string) {
  const flags = [];
  for (const email of [member('boston-pd'), member('seattle-pd'), chief('chicago-pd')]) flags.push(await flag(email, target, id, 'SPAM'));
  return flags;
}

const inList = async (who: Who, slug: string) => {
  const { practices } = await ok(who, `{ practices(first: 100) { totalCount edges { node { slug } } } }`);
  return {
    listed: practices.edges.some((e: any) => e.node.slug === slug),
    totalCount: practices.totalCount as number,
    shown: practices.edges.length as number,
  };
};
const inSearch = async (who: Who, words: string, slug: string) => {
  const { search } = await ok(who, `query ($q: String!) { search(query: $q, first: 50) { totalCount edges { node { slug } } } }`, {
    q: words,
  });
  return { found: search.edges.some((e: any) => e.node.slug === slug), totalCount: search.totalCount as number };
};
const counts = async (who: Who, topic: string, department: string) => {
  const data = await ok(
    who,
    `query ($t: String!, $d: String!) { topic(slug: $t) { practiceCount } department(slug: $d) { practiceCount } }`,
    { t: topic, d: department },
  );
  return { topic: data.topic.practiceCount as number, department: data.department.practiceCount as number };
};

const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

describe('flagging', () => {
  it('records a flag on a practice and on a comment, with its reason, for moderators to see who flagged', async () => {
    const practice = await published('Quiet-hours noise patrol pilot');
    const commentId = await comment(member('boston-pd'), practice.id, 'This is spam, buy my radios.');

    const onPractice = await flag(member('seattle-pd'), 'PRACTICE', practice.id, 'OFF_TOPIC');
    expect(onPractice).toMatchObject({
      target: 'PRACTICE',
      reason: 'OFF_TOPIC',
      note: null,
      resolved: false,
      practice: { slug: practice.slug },
      comment: null,
      flagger: null,
    });
    const onComment = await flag(member('seattle-pd'), 'COMMENT', commentId, 'SPAM', 'Advertising radios.');
    expect(onComment).toMatchObject({
      target: 'COMMENT',
      reason: 'SPAM',
      note: 'Advertising radios.',
      practice: { slug: practice.slug },
      comment: { id: commentId },
    });

    // A flag does not hide anything by itself.
    expect((await practiceAs(null, practice.slug)).hidden).toBe(false);
    const seattle = await handleOf(member('seattle-pd'));
    expect(await queueEntry(practice.id)).toMatchObject({
      id: onPractice.id,
      targetOpenFlagCount: 1,
      targetReasons: ['OFF_TOPIC'],
      flagger: { handle: seattle },
    });
    expect(await queueEntry(commentId)).toMatchObject({
      id: onComment.id,
      target: 'COMMENT',
      targetFlags: [{ id: onComment.id, reason: 'SPAM', flagger: { handle: seattle } }],
    });
  });

  it('refuses a second flag from the same member and adds nothing', async () => {
    const practice = await published('Cadet mentoring circles');
    await flag(member('seattle-pd'), 'PRACTICE', practice.id, 'SPAM');
    const before = await summary();

    const again = await refused(member('seattle-pd'), flagMutation, { target: 'PRACTICE', id: practice.id, reason: 'HARASSMENT' });
    expect(again.code).toBe('CONFLICT');
    expect(await summary()).toEqual(before);
    expect(await queueEntry(practice.id)).toMatchObject({ targetOpenFlagCount: 1, targetReasons: ['SPAM'] });
  });

  it('asks for a note when the reason is OTHER', async () => {
    const practice = await published('Evidence room barcode audit');
    const before = await summary();
    const noNote = await refused(member('denver-pd'), flagMutation, { target: 'PRACTICE', id: practice.id, reason: 'OTHER' });
    expect(noNote).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    const blankNote = await refused(member('denver-pd'), flagMutation, {
      target: 'PRACTICE',
      id: practice.id,
      reason: 'OTHER',
      note: '   ',
    });
    expect(blankNote).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    expect(await summary()).toEqual(before);

    const withNote = await flag(member('denver-pd'), 'PRACTICE', practice.id, 'OTHER', 'The cost figures contradict the body.');
    expect(withNote).toMatchObject({ reason: 'OTHER', note: 'The cost figures contradict the body.' });
  });

  it('refuses a flag without a reason before anything runs', async () => {
    const practice = await published('Parking enforcement by bicycle');
    const before = await summary();
    const response = await run(member('denver-pd'), `mutation ($id: ID!) { flag(target: PRACTICE, id: $id) { id } }`, { id: practice.id });
    expect(response.errors?.[0]?.message).toMatch(/reason/);
    expect(response.data ?? null).toBeNull();
    expect(await summary()).toEqual(before);
    expect(await queueEntry(practice.id)).toBeUndefined();
  });

  it('answers NOT_FOUND for a write-up or comment that does not exist, and UNAUTHENTICATED for a visitor', async () => {
    expect((await refused(member('denver-pd'), flagMutation, { target: 'PRACTICE', id: randomUUID(), reason: 'SPAM' })).code).toBe(
      'NOT_FOUND',
    );
    expect((await refused(member('denver-pd'), flagMutation, { target: 'COMMENT', id: randomUUID(), reason: 'SPAM' })).code).toBe(
      'NOT_FOUND',
    );
    // A draft is not there for other members either.
    const { createPractice: draft } = await ok(member('memphis-pd'), createPractice, {
      input: {
        title: 'Unpublished draft about radios',
        summary: 'A program summary long enough for the form: what was done, by whom, and why.',
        body: 'Draft.',
        topics: ['training'],
        evidenceLevel: 'ANECDOTAL',
        visibility: 'PUBLIC',
        lifecycle: 'PILOT',
      },
    });
    expect((await refused(member('denver-pd'), flagMutation, { target: 'PRACTICE', id: draft.id, reason: 'SPAM' })).code).toBe('NOT_FOUND');
    const practice = await published('Community walk-and-talks');
    expect((await refused(null, flagMutation, { target: 'PRACTICE', id: practice.id, reason: 'SPAM' })).code).toBe('UNAUTHENTICATED');
    expect(await queueEntry(practice.id)).toBeUndefined();
  });

  it('refuses flagging your own write-up or comment', async () => {
    const practice = await published('Shift-change briefing cards');
    const commentId = await comment(member('oakland-pd'), practice.id, 'We print ours double-sided.');
    const ownPractice = await refused(practice.author, flagMutation, { target: 'PRACTICE', id: practice.id, reason: 'SPAM' });
    expect(ownPractice).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect((await refused(member('oakland-pd'), flagMutation, { target: 'COMMENT', id: commentId, reason: 'SPAM' })).code).toBe(
      'BAD_USER_INPUT',
    );
    expect(await queueEntry(practice.id)).toBeUndefined();
    expect(await queueEntry(commentId)).toBeUndefined();
  });
});

describe('three flags from verified members', () => {
  it('hide a write-up from everyone but its author and moderators; unverified members’ flags are kept but do not count', async () => {
    const practice = await published('Quokka-themed school resource visits', { topic: 'youth' });
    const before = {
      visitor: await counts(null, 'youth', 'memphis-pd'),
      member: await counts(member('oakland-pd'), 'youth', 'memphis-pd'),
    };
    expect((await inList(null, practice.slug)).listed).toBe(true);
    expect((await inSearch(null, 'quokka', practice.slug)).found).toBe(true);

    // Three flags from members nobody has vouched for yet: stored, shown to moderators, nothing hidden.
    for (let i = 0; i < 3; i++) {
      const recruit = await signUp(app, 'boston-pd');
      await flag({ session: recruit.session }, 'PRACTICE', practice.id, 'SPAM');
    }
    expect(await queueEntry(practice.id)).toMatchObject({ targetOpenFlagCount: 3, targetHidden: false });
    expect((await practiceAs(null, practice.slug)).hidden).toBe(false);

    // Two verified flags are not enough; the third hides it.
    await flag(member('boston-pd'), 'PRACTICE', practice.id, 'SPAM');
    await flag(member('seattle-pd'), 'PRACTICE', practice.id, 'OFF_TOPIC');
    expect(await practiceAs(null, practice.slug)).not.toBeNull();
    await flag(chief('chicago-pd'), 'PRACTICE', practice.id, 'PERSONAL_INFORMATION');

    for (const reader of [null, member('oakland-pd'), chief('memphis-pd'), member('boston-pd')]) {
      expect(await practiceAs(reader, practice.slug), String(reader)).toBeNull();
      const list = await inList(reader, practice.slug);
      expect(list.listed).toBe(false);
      expect(list.totalCount).toBe(list.shown);
      expect((await inSearch(reader, 'quokka', practice.slug)).found).toBe(false);
    }
    expect(await counts(null, 'youth', 'memphis-pd')).toEqual({
      topic: before.visitor.topic - 1,
      department: before.visitor.department - 1,
    });
    expect(await counts(member('oakland-pd'), 'youth', 'memphis-pd')).toEqual({
      topic: before.member.topic - 1,
      department: before.member.department - 1,
    });

    const forAuthor = await practiceAs(practice.author, practice.slug);
    expect(forAuthor).toMatchObject({ id: practice.id, hidden: true, viewerCanComment: false });
    expect(forAuthor.hiddenReason).toMatch(/3 verified members flagged it/);
    expect(await practiceAs(moderator, practice.slug)).toMatchObject({
      id: practice.id,
      hidden: true,
      hiddenReason: forAuthor.hiddenReason,
    });
    expect(await queueEntry(practice.id)).toMatchObject({ targetOpenFlagCount: 6, targetHidden: true });

    const hidings = await audited('CONTENT_AUTO_HIDDEN');
    expect(hidings).toContainEqual(
      expect.objectContaining({ action: 'CONTENT_AUTO_HIDDEN', actor: null, subject: { handle: await handleOf(practice.author) } }),
    );
    expect(hidings.some((h) => h.detail?.includes(practice.id))).toBe(true);
  });

  it('hide a comment’s words and author from everyone but its author and moderators', async () => {
    const practice = await published('Neighbourhood bike registration');
    await comment(member('boston-pd'), practice.id, 'We ran this too: it works.');
    const commentId = await comment(member('oakland-pd'), practice.id, 'Everyone in **that unit** is a clown.');
    const before = await commentAs(null, practice.slug, commentId);
    expect(before.commentCount).toBe(2);
    expect(before.comment.bodyHtml).toContain('<strong>that unit</strong>');

    await flag(member('seattle-pd'), 'COMMENT', commentId, 'HARASSMENT');
    await flag(member('denver-pd'), 'COMMENT', commentId, 'HARASSMENT');
    expect((await commentAs(null, practice.slug, commentId)).comment.hidden).toBe(false);
    await flag(practice.author, 'COMMENT', commentId, 'HARASSMENT');

    for (const reader of [null, member('denver-pd'), practice.author]) {
      const seen = await commentAs(reader, practice.slug, commentId);
      expect(seen.commentCount).toBe(1);
      expect(seen.comment).toEqual({ id: commentId, bodyHtml: '', hidden: true, hiddenReason: null, author: null });
    }
    const oakland = await handleOf(member('oakland-pd'));
    for (const reader of [member('oakland-pd'), moderator]) {
      const { comment: seen } = await commentAs(reader, practice.slug, commentId);
      expect(seen).toMatchObject({ hidden: true, author: { handle: oakland } });
      expect(seen.bodyHtml).toContain('<strong>that unit</strong>');
      expect(seen.hiddenReason).toMatch(/3 verified members flagged it/);
    }
    // The write-up itself stays up.
    expect((await practiceAs(null, practice.slug)).hidden).toBe(false);
    expect((await audited('CONTENT_AUTO_HIDDEN')).some((h) => h.detail?.includes(commentId) && h.subject?.handle === oakland)).toBe(true);
  });

  it('refuses a flag on what is already hidden, and a member who cannot see it finds nothing', async () => {
    const practice = await published('Drone-first-responder noise study');
    await hiddenByFlags('PRACTICE', practice.id);
    const before = await queueEntry(practice.id);
    expect(before.targetOpenFlagCount).toBe(3);

    expect((await refused(moderator, flagMutation, { target: 'PRACTICE', id: practice.id, reason: 'SPAM' })).code).toBe('CONFLICT');
    expect((await refused(practice.author, flagMutation, { target: 'PRACTICE', id: practice.id, reason: 'SPAM' })).code).toBe('CONFLICT');
    expect((await refused(member('denver-pd'), flagMutation, { target: 'PRACTICE', id: practice.id, reason: 'SPAM' })).code).toBe(
      'NOT_FOUND',
    );

    const other = await published('Traffic stop data dashboard');
    const commentId = await comment(member('oakland-pd'), other.id, 'Off-topic rant.');
    await hiddenByFlags('COMMENT', commentId);
    expect((await refused(moderator, flagMutation, { target: 'COMMENT', id: commentId, reason: 'SPAM' })).code).toBe('CONFLICT');
    expect((await queueEntry(practice.id)).targetOpenFlagCount).toBe(3);
    expect((await queueEntry(commentId)).targetOpenFlagCount).toBe(3);
  });
});

describe('the moderation queue', () => {
  it('is for moderators only', async () => {
    for (const document of [queueQuery, summaryQuery, moderationLog]) {
      expect((await refused(null, document, { first: 10 })).code).toBe('UNAUTHENTICATED');
      expect((await refused(member('memphis-pd'), document, { first: 10 })).code).toBe('FORBIDDEN');
      expect((await refused(chief('memphis-pd'), document, { first: 10 })).code).toBe('FORBIDDEN');
    }
    expect((await ok(admin, queueQuery, { first: 10 })).moderationQueue.totalCount).toBeGreaterThan(0);
  });

  it('lists one entry per flagged item: more flags and graver reasons first, the longest-waiting first among equals', async () => {
    const before = await summary();
    const offTopic = await published('Queue A: off-topic');
    const spam = await published('Queue C: spam, flagged early');
    const other = await published('Queue D: other, flagged later');
    const personal = await published('Queue F: personal information');
    const harassmentHost = await published('Queue G: host of a harassing comment');
    const harassment = await comment(member('oakland-pd'), harassmentHost.id, 'A harassing comment.');
    const twice = await published('Queue E: flagged twice');
    const sensitive = await published('Queue B: operationally sensitive, flagged last');

    // In order of time: the most urgent item is flagged last, the doubly flagged one after its equals in gravity.
    await flag(member('denver-pd'), 'PRACTICE', offTopic.id, 'OFF_TOPIC');
    await flag(member('denver-pd'), 'PRACTICE', spam.id, 'SPAM');
    await flag(member('denver-pd'), 'PRACTICE', other.id, 'OTHER', 'Reads like an advertisement.');
    await flag(member('denver-pd'), 'PRACTICE', personal.id, 'PERSONAL_INFORMATION');
    await flag(member('denver-pd'), 'COMMENT', harassment, 'HARASSMENT');
    await flag(member('denver-pd'), 'PRACTICE', twice.id, 'OFF_TOPIC');
    await flag(member('seattle-pd'), 'PRACTICE', twice.id, 'SPAM');
    await flag(member('denver-pd'), 'PRACTICE', sensitive.id, 'OPERATIONALLY_SENSITIVE', 'Shows the entry plan of the SWAT unit.');

    const ours = new Map([
      [sensitive.id, 'B'],
      [personal.id, 'F'],
      [harassment, 'G'],
      [twice.id, 'E'],
      [spam.id, 'C'],
      [other.id, 'D'],
      [offTopic.id, 'A'],
    ]);
    const entries = await queue();
    const mine = entries.filter((e) => ours.has(e.target === 'COMMENT' ? e.comment.id : e.practice.id));
    expect(mine.map((e) => ours.get(e.target === 'COMMENT' ? e.comment.id : e.practice.id))).toEqual(['B', 'F', 'G', 'E', 'C', 'D', 'A']);
    // The queue as a whole is ordered the same way.
    for (let i = 1; i < entries.length; i++) expect(entries[i - 1].urgency).toBeGreaterThanOrEqual(entries[i].urgency);

    const e = mine.find((x) => x.practice.id === twice.id);
    expect(e).toMatchObject({ target: 'PRACTICE', targetOpenFlagCount: 2, reason: 'OFF_TOPIC', targetHidden: false });
    expect([...e.targetReasons].sort()).toEqual(['OFF_TOPIC', 'SPAM']);
    expect(e.targetFlags.map((f: any) => f.reason)).toEqual(['OFF_TOPIC', 'SPAM']);
    expect(mine.find((x) => x.target === 'COMMENT')).toMatchObject({
      comment: { id: harassment },
      practice: { slug: harassmentHost.slug },
      targetReasons: ['HARASSMENT'],
    });
    expect(mine.find((x) => x.practice.id === sensitive.id).targetReasons).toEqual(['OPERATIONALLY_SENSITIVE']);

    const after = await summary();
    expect(after.openFlags - before.openFlags).toBe(8);
    expect(after.flaggedItems - before.flaggedItems).toBe(7);
    expect(after.flaggedItems).toBe(entries.length);
  });

  it('pages with after without skipping or repeating an entry', async () => {
    const whole = (await ok(moderator, queueQuery, { first: 100 })).moderationQueue;
    expect(whole.totalCount).toBe(whole.edges.length);
    expect(whole.totalCount).toBeGreaterThan(6);
    const paged: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 100; pages++) {
      const page: any = (await ok(moderator, queueQuery, { first: 3, after })).moderationQueue;
      expect(page.edges.length).toBeLessThanOrEqual(3);
      paged.push(...page.edges.map((e: any) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(paged).toEqual(whole.edges.map((e: any) => e.node.id));
  });

  it('counts open flags, flagged items, members awaiting verification and current featured case studies', async () => {
    const before = await summary();
    await signUp(app, 'denver-pd');
    const practice = await published('Summary counts check');
    await flag(member('boston-pd'), 'PRACTICE', practice.id, 'SPAM');
    await flag(member('denver-pd'), 'PRACTICE', practice.id, 'SPAM');
    const after = await summary();
    expect(after).toEqual({
      openFlags: before.openFlags + 2,
      flaggedItems: before.flaggedItems + 1,
      pendingMembers: before.pendingMembers + 1,
      currentFeatured: (await ok(moderator, featuredQuery)).featured.length,
    });
    expect(after.pendingMembers).toBe((await ok(moderator, `{ pendingMembers { id } }`)).pendingMembers.length);
  });
});

describe('resolving flags', () => {
  it('HIDE hides the write-up from all but its author and moderators, closes every open flag on it, and tells each flagger', async () => {
    const practice = await published('Informant payment ledger');
    const first = await flag(member('boston-pd'), 'PRACTICE', practice.id, 'OPERATIONALLY_SENSITIVE');
    const second = await flag(member('seattle-pd'), 'PRACTICE', practice.id, 'PERSONAL_INFORMATION');

    const { resolveFlag: resolved } = await ok(moderator, resolveFlag, {
      id: second.id,
      action: 'HIDE',
      note: 'Names a confidential informant.',
    });
    expect(resolved).toMatchObject({
      id: second.id,
      resolved: true,
      action: 'HIDE',
      resolutionNote: 'Names a confidential informant.',
      targetHidden: true,
    });
    expect(resolved.targetFlags).toEqual([
      { id: first.id, resolved: true, action: 'HIDE' },
      { id: second.id, resolved: true, action: 'HIDE' },
    ]);
    expect(await queueEntry(practice.id)).toBeUndefined();

    for (const reader of [null, member('oakland-pd'), member('boston-pd'), chief('memphis-pd')])
      expect(await practiceAs(reader, practice.slug)).toBeNull();
    expect(await practiceAs(practice.author, practice.slug)).toMatchObject({
      hidden: true,
      hiddenReason: 'Names a confidential informant.',
    });
    expect(await practiceAs(moderator, practice.slug)).toMatchObject({ hidden: true, hiddenReason: 'Names a confidential informant.' });

    await app.fanOut.idle();
    for (const flagger of [member('boston-pd'), member('seattle-pd')]) {
      const told = (await inbox(flagger)).filter((n) => n.reason === 'YOUR_FLAG_RESOLVED' && n.text.includes(practice.title));
      // The flagger hears the outcome, but the hidden write-up itself is no longer theirs to open.
      expect(told).toEqual([
        {
          reason: 'YOUR_FLAG_RESOLVED',
          text: `Moderators hid “${practice.title}”, which you flagged`,
          activity: { kind: 'FLAG_RESOLVED', practice: null, comment: null },
        },
      ]);
    }
    // Nobody else hears of it, not even the author.
    expect(
      (await inbox(practice.author)).some((n) => n.activity.kind === 'FLAG_RESOLVED' && n.activity.practice?.slug === practice.slug),
    ).toBe(false);
  });

  it('RESTORE shows an auto-hidden write-up again and tells the flaggers it stays up', async () => {
    const practice = await published('Chaplain ride-alongs');
    const flags = await hiddenByFlags('PRACTICE', practice.id);
    expect(await practiceAs(null, practice.slug)).toBeNull();

    const { resolveFlag: resolved } = await ok(moderator, resolveFlag, { id: flags[0]!.id, action: 'RESTORE' });
    expect(resolved).toMatchObject({ resolved: true, action: 'RESTORE', targetHidden: false });
    expect(resolved.targetFlags.map((f: any) => [f.resolved, f.action])).toEqual([
      [true, 'RESTORE'],
      [true, 'RESTORE'],
      [true, 'RESTORE'],
    ]);
    expect(await practiceAs(null, practice.slug)).toMatchObject({ hidden: false, hiddenReason: null });
    expect((await inList(member('oakland-pd'), practice.slug)).listed).toBe(true);
    expect(await practiceAs(practice.author, practice.slug)).toMatchObject({ hidden: false, hiddenReason: null });

    await app.fanOut.idle();
    for (const flagger of [member('boston-pd'), member('seattle-pd'), chief('chicago-pd')]) {
      const told = (await inbox(flagger)).find((n) => n.reason === 'YOUR_FLAG_RESOLVED' && n.activity.practice.slug === practice.slug);
      expect(told?.text).toBe(`Moderators reviewed “${practice.title}”, which you flagged, and left it up`);
    }
  });

  it('DISMISS closes the flags on a comment and shows the flag-hidden comment again', async () => {
    const practice = await published('Victim call-back scripts');
    const commentId = await comment(member('oakland-pd'), practice.id, 'Blunt but *fair* criticism.');
    const flags = await hiddenByFlags('COMMENT', commentId);
    expect((await commentAs(null, practice.slug, commentId)).comment.bodyHtml).toBe('');

    const { resolveFlag: resolved } = await ok(moderator, resolveFlag, {
      id: flags[2]!.id,
      action: 'DISMISS',
      note: 'Criticism, not harassment.',
    });
    expect(resolved).toMatchObject({ resolved: true, action: 'DISMISS', targetHidden: false });
    expect(resolved.targetFlags.every((f: any) => f.resolved && f.action === 'DISMISS')).toBe(true);
    expect(await queueEntry(commentId)).toBeUndefined();

    const seen = await commentAs(null, practice.slug, commentId);
    expect(seen.commentCount).toBe(1);
    expect(seen.comment).toMatchObject({ hidden: false, author: { handle: await handleOf(member('oakland-pd')) } });
    expect(seen.comment.bodyHtml).toContain('<em>fair</em>');

    await app.fanOut.idle();
    const told = (await inbox(chief('chicago-pd'))).find((n) => n.reason === 'YOUR_FLAG_RESOLVED' && n.activity.comment?.id === commentId);
    expect(told?.text).toBe(`Moderators reviewed the comment you flagged on “${practice.title}” and left it up`);
  });

  it('HIDE on a comment tells its flaggers the comment was hidden', async () => {
    const practice = await published('Use-of-force review board');
    const commentId = await comment(member('oakland-pd'), practice.id, 'Here is the home address of the officer involved.');
    const only = await flag(member('denver-pd'), 'COMMENT', commentId, 'PERSONAL_INFORMATION');
    await ok(moderator, resolveFlag, { id: only.id, action: 'HIDE' });
    const seen = await commentAs(member('boston-pd'), practice.slug, commentId);
    expect(seen).toMatchObject({ commentCount: 0, comment: { hidden: true, bodyHtml: '', author: null } });
    expect((await commentAs(member('oakland-pd'), practice.slug, commentId)).comment.hiddenReason).toBe('Hidden by a moderator.');

    await app.fanOut.idle();
    const told = (await inbox(member('denver-pd'))).find((n) => n.activity.comment?.id === commentId);
    expect(told).toMatchObject({ reason: 'YOUR_FLAG_RESOLVED', text: `Moderators hid the comment you flagged on “${practice.title}”` });
  });

  it('refuses a closed flag a decision the item’s state does not allow', async () => {
    const practice = await published('Records request portal');
    const first = await flag(member('boston-pd'), 'PRACTICE', practice.id, 'SPAM');
    const second = await flag(member('seattle-pd'), 'PRACTICE', practice.id, 'SPAM');
    await ok(moderator, resolveFlag, { id: first.id, action: 'DISMISS' });
    // The second closed with the first: there is nothing left to dismiss, and nothing hidden to restore.
    for (const id of [first.id, second.id]) {
      expect(await refused(moderator, resolveFlag, { id, action: 'DISMISS' })).toMatchObject({
        code: 'CONFLICT',
        message: 'This flag was already resolved (DISMISS).',
      });
      expect(await refused(moderator, resolveFlag, { id, action: 'RESTORE' })).toMatchObject({
        code: 'CONFLICT',
        message: 'This write-up is not hidden: there is nothing to restore.',
      });
    }
    expect(await practiceAs(null, practice.slug)).toMatchObject({ hidden: false });
    expect((await refused(moderator, resolveFlag, { id: randomUUID(), action: 'HIDE' })).code).toBe('NOT_FOUND');
  });

  it('refuses members, chiefs and visitors, and changes nothing', async () => {
    const practice = await published('Missing-persons volunteer search');
    const only = await flag(member('boston-pd'), 'PRACTICE', practice.id, 'SPAM');
    expect((await refused(member('seattle-pd'), resolveFlag, { id: only.id, action: 'HIDE' })).code).toBe('FORBIDDEN');
    expect((await refused(chief('memphis-pd'), resolveFlag, { id: only.id, action: 'HIDE' })).code).toBe('FORBIDDEN');
    expect((await refused(null, resolveFlag, { id: only.id, action: 'HIDE' })).code).toBe('UNAUTHENTICATED');
    expect(await practiceAs(null, practice.slug)).toMatchObject({ hidden: false });
    expect(await queueEntry(practice.id)).toMatchObject({ id: only.id, targetOpenFlagCount: 1 });
  });

  it('records each decision in the audit log and in the moderation log', async () => {
    const practice = await published('Audit trail for decisions');
    const only = await flag(member('boston-pd'), 'PRACTICE', practice.id, 'SPAM');
    await ok(moderator, resolveFlag, { id: only.id, action: 'HIDE', note: 'Advertising.' });
    const moderatorHandle = await handleOf(moderator);
    const expected = {
      action: 'FLAG_RESOLVED',
      detail: expect.stringMatching(new RegExp(`^HIDE practice ${practice.id} .*: Advertising\\.$`)),
      actor: { handle: moderatorHandle },
      subject: { handle: await handleOf(practice.author) },
    };
    expect(await audited('FLAG_RESOLVED')).toContainEqual(expected);
    const log = (await ok(moderator, moderationLog)).moderationLog;
    expect(log.edges[0].node).toEqual(expected);
    expect(log.edges.map((e: any) => e.node.action)).toEqual(expect.arrayContaining(['FLAG_RESOLVED', 'CONTENT_AUTO_HIDDEN']));
    // Only moderation actions: no sign-ins.
    expect(log.edges.some((e: any) => e.node.action.startsWith('SIGN_IN'))).toBe(false);
  });
});

describe('locking a discussion', () => {
  it('is for moderators: a locked discussion takes no comments until it is unlocked, and both are audited', async () => {
    const practice = await published('Lockable discussion on overtime');
    expect((await refused(member('boston-pd'), lockDiscussion, { practiceId: practice.id, locked: true })).code).toBe('FORBIDDEN');
    expect((await refused(chief('memphis-pd'), lockDiscussion, { practiceId: practice.id, locked: true })).code).toBe('FORBIDDEN');
    expect(await practiceAs(member('boston-pd'), practice.slug)).toMatchObject({ discussionLocked: false, viewerCanComment: true });

    expect((await ok(moderator, lockDiscussion, { practiceId: practice.id, locked: true })).lockDiscussion).toEqual({
      id: practice.id,
      discussionLocked: true,
    });
    expect(await practiceAs(member('boston-pd'), practice.slug)).toMatchObject({ discussionLocked: true, viewerCanComment: false });
    const locked = await refused(member('boston-pd'), addComment, { practiceId: practice.id, body: 'Too late?' });
    expect(locked.code).toBe('FORBIDDEN');
    expect(locked.message).toMatch(/locked/);
    expect((await commentAs(null, practice.slug, '')).commentCount).toBe(0);

    await ok(moderator, lockDiscussion, { practiceId: practice.id, locked: false });
    expect(await practiceAs(member('boston-pd'), practice.slug)).toMatchObject({ discussionLocked: false, viewerCanComment: true });
    const id = await comment(member('boston-pd'), practice.id, 'Open again.');
    expect((await commentAs(null, practice.slug, id)).comment).toMatchObject({ id, hidden: false });

    for (const action of ['DISCUSSION_LOCKED', 'DISCUSSION_UNLOCKED']) {
      expect(await audited(action)).toContainEqual(
        expect.objectContaining({ action, detail: `practice ${practice.slug}`, actor: { handle: await handleOf(moderator) } }),
      );
    }
    const log = (await ok(moderator, moderationLog)).moderationLog.edges.map((e: any) => e.node.action);
    expect(log.slice(0, 2)).toEqual(['DISCUSSION_UNLOCKED', 'DISCUSSION_LOCKED']);
  });
});

describe('suspension', () => {
  const inAWeek = () => new Date(Date.now() + 7 * 86_400_000);
  const utcMinute = (d: Date) => d.toISOString().slice(0, 16).replace('T', ' ');

  it('refuses members, bad dates, a missing reason, and moderators or admins as the suspended, and changes nothing', async () => {
    const target = await idOf(member('eugene-pd'));
    const until = inAWeek().toISOString();
    expect((await refused(member('boston-pd'), suspendMember, { userId: target, until, reason: 'Spam' })).code).toBe('FORBIDDEN');
    expect((await refused(chief('eugene-pd'), suspendMember, { userId: target, until, reason: 'Spam' })).code).toBe('FORBIDDEN');
    expect(
      await refused(moderator, suspendMember, { userId: target, until: new Date(Date.now() - 60_000).toISOString(), reason: 'Spam' }),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'until' });
    expect(
      await refused(moderator, suspendMember, {
        userId: target,
        until: new Date(Date.now() + 400 * 86_400_000).toISOString(),
        reason: 'Spam',
      }),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'until' });
    expect(await refused(moderator, suspendMember, { userId: target, until, reason: '  ' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
    expect((await refused(moderator, suspendMember, { userId: await idOf(admin), until, reason: 'Spam' })).code).toBe('FORBIDDEN');
    expect((await refused(admin, suspendMember, { userId: await idOf(moderator), until, reason: 'Spam' })).code).toBe('FORBIDDEN');
    expect((await refused(moderator, suspendMember, { userId: randomUUID(), until, reason: 'Spam' })).code).toBe('NOT_FOUND');

    expect((await ok(member('eugene-pd'), `{ me { suspendedUntil suspensionReason } }`)).me).toEqual({
      suspendedUntil: null,
      suspensionReason: null,
    });
    const practice = await published('Still allowed to post here');
    await comment(member('eugene-pd'), practice.id, 'Not suspended.');
    expect((await refused(moderator, liftSuspension, { userId: target })).code).toBe('CONFLICT');
  });

  it('lets a suspended member read but not post, says until when, and lifting it restores posting', async () => {
    const practice = await published('Suspension reading test', { department: 'boston-pd' });
    const ownComment = await comment(member('denver-pd'), practice.id, 'Written before the suspension.');
    const otherComment = await comment(member('oakland-pd'), practice.id, 'Someone else’s comment.');
    const target = await idOf(member('denver-pd'));
    const until = inAWeek();

    const { suspendMember: suspended } = await ok(moderator, suspendMember, {
      userId: target,
      until: until.toISOString(),
      reason: 'Repeated personal attacks.',
    });
    expect(suspended).toEqual({ id: target, suspendedUntil: until.toISOString(), suspensionReason: 'Repeated personal attacks.' });
    // The member's existing session knows at once, and they see why.
    expect((await ok(member('denver-pd'), `{ me { suspendedUntil suspensionReason } }`)).me).toEqual({
      suspendedUntil: until.toISOString(),
      suspensionReason: 'Repeated personal attacks.',
    });
    // Moderators see it on the profile; other members, their own chief included, do not.
    const suspensionOf = `{ member(handle: "officer-denver-pd") { suspendedUntil suspensionReason } }`;
    expect((await ok(moderator, suspensionOf)).member).toEqual({
      suspendedUntil: until.toISOString(),
      suspensionReason: 'Repeated personal attacks.',
    });
    for (const other of [member('boston-pd'), chief('denver-pd')]) {
      expect((await ok(other, suspensionOf)).member, other).toEqual({ suspendedUntil: null, suspensionReason: null });
    }

    // Reading goes on.
    expect(await practiceAs(member('denver-pd'), practice.slug)).toMatchObject({ id: practice.id, viewerCanComment: false });
    expect((await inSearch(member('denver-pd'), 'suspension reading', practice.slug)).found).toBe(true);

    const attempts: [string, Record<string, unknown>][] = [
      [addComment, { practiceId: practice.id, body: 'Posting while suspended.' }],
      [editComment, { id: ownComment, body: 'Editing while suspended.' }],
      [markHelpful, { id: otherComment }],
      [flagMutation, { target: 'PRACTICE', id: practice.id, reason: 'SPAM' }],
      [flagMutation, { target: 'COMMENT', id: otherComment, reason: 'SPAM' }],
      [
        createPractice,
        {
          input: {
            title: 'Suspended draft',
            summary: 'A program summary long enough for the form: what was done, by whom, and why.',
            body: 'x',
            topics: ['training'],
            evidenceLevel: 'ANECDOTAL',
            visibility: 'PUBLIC',
            lifecycle: 'PILOT',
          },
        },
      ],
    ];
    const openFlags = (await summary()).openFlags;
    for (const [document, variables] of attempts) {
      const refusal = await refused(member('denver-pd'), document, variables);
      expect(refusal.code, document).toBe('FORBIDDEN');
      expect(refusal.message).toContain(`until ${utcMinute(until)} UTC`);
    }
    const thread = await commentAs(null, practice.slug, otherComment);
    expect(thread.commentCount).toBe(2);
    expect(
      (await ok(null, threadQuery, { slug: practice.slug })).practice.comments.edges.map((e: any) => e.node.bodyHtml).join(' '),
    ).toContain('Written before the suspension.');
    expect((await summary()).openFlags).toBe(openFlags);
    expect((await ok(member('denver-pd'), `{ ourDrafts { title } }`)).ourDrafts.map((d: any) => d.title)).not.toContain('Suspended draft');

    const { liftSuspension: lifted } = await ok(moderator, liftSuspension, { userId: target });
    expect(lifted).toEqual({ id: target, suspendedUntil: null, suspensionReason: null });
    expect(await practiceAs(member('denver-pd'), practice.slug)).toMatchObject({ viewerCanComment: true });
    await comment(member('denver-pd'), practice.id, 'Back, and civil.');
    await flag(member('denver-pd'), 'COMMENT', otherComment, 'OFF_TOPIC');
    expect((await commentAs(null, practice.slug, otherComment)).commentCount).toBe(3);

    const denver = await handleOf(member('denver-pd'));
    const moderatorHandle = await handleOf(moderator);
    expect(await audited('MEMBER_SUSPENDED')).toContainEqual({
      action: 'MEMBER_SUSPENDED',
      detail: `until ${until.toISOString()}: Repeated personal attacks.`,
      actor: { handle: moderatorHandle },
      subject: { handle: denver },
    });
    expect(await audited('SUSPENSION_LIFTED')).toContainEqual({
      action: 'SUSPENSION_LIFTED',
      detail: null,
      actor: { handle: moderatorHandle },
      subject: { handle: denver },
    });
  });

  it('stops a suspended chief from reporting an adoption or publishing', async () => {
    const origin = await published('Adoptable practice for suspension', { department: 'seattle-pd' });
    const { createPractice: draft } = await ok(member('chicago-pd'), createPractice, {
      input: {
        title: 'Chicago draft awaiting its chief',
        summary: 'A program summary long enough for the form: what was done, by whom, and why.',
        body: 'x',
        topics: ['training'],
        evidenceLevel: 'ANECDOTAL',
        visibility: 'PUBLIC',
        lifecycle: 'PILOT',
      },
    });
    const target = await idOf(chief('chicago-pd'));
    const until = inAWeek();
    await ok(moderator, suspendMember, { userId: target, until: until.toISOString(), reason: 'Leaked an operations plan.' });

    const adoption = await refused(chief('chicago-pd'), reportAdoption, { practiceId: origin.id });
    expect(adoption.code).toBe('FORBIDDEN');
    expect(adoption.message).toContain(`until ${utcMinute(until)} UTC`);
    expect((await refused(chief('chicago-pd'), publishPractice, { id: draft.id })).code).toBe('FORBIDDEN');
    const readBack = (
      await ok(null, `query ($slug: String!) { practice(slug: $slug) { adoptions { department { slug } } } }`, { slug: origin.slug })
    ).practice;
    expect(readBack.adoptions).toEqual([]);

    await ok(moderator, liftSuspension, { userId: target });
    expect((await ok(chief('chicago-pd'), reportAdoption, { practiceId: origin.id })).reportAdoption.status).toBe('PLANNING');
    expect((await ok(chief('chicago-pd'), publishPractice, { id: draft.id })).publishPractice.status).toBe('PUBLISHED');
  });
});

const note = 'Read it for **how the dispatch protocol** decides who goes.';
const slugsOf = (list: { practice: { slug: string } }[]) => list.map((f) => f.practice.slug);
const featuredAs = async (who: Who, includeInactive?: boolean) => (await ok(who, featuredQuery, { includeInactive })).featured as any[];

describe('featured case studies', () => {
  it('lists the current case studies in order, with their notes, for a visitor', async () => {
    const list = await featuredAs(null);
    expect(slugsOf(list)).toEqual(demoFeatured);
    expect(list.map((f) => f.position)).toEqual([1, 2, 3]);
    expect(list.every((f) => f.current)).toBe(true);
    expect(list[0].noteHtml).toContain('<strong>training and the partnership with mental health services</strong>');
    // The write-up's own page shows it too.
    const onPractice = await practiceAs(null, demoFeatured[1]!);
    expect(onPractice.featured).toMatchObject({ id: list[1].id, position: 2, current: true });
    expect(onPractice.featured.noteHtml).toContain('<strong>which calls are routed away from police, and who decides</strong>');
    expect((await practiceAs(null, 'seattle-lead-diversion')).featured).toBeNull();
  });

  it('refuses members and visitors, drafts, hidden write-ups and bad dates', async () => {
    const seattle = await practiceAs(null, 'seattle-lead-diversion');
    expect((await refused(member('boston-pd'), featurePractice, { practiceId: seattle.id, note })).code).toBe('FORBIDDEN');
    expect((await refused(chief('seattle-pd'), featurePractice, { practiceId: seattle.id, note })).code).toBe('FORBIDDEN');
    expect((await refused(null, featurePractice, { practiceId: seattle.id, note })).code).toBe('UNAUTHENTICATED');

    const { createPractice: draft } = await ok(member('memphis-pd'), createPractice, {
      input: {
        title: 'Featured draft attempt',
        summary: 'A program summary long enough for the form: what was done, by whom, and why.',
        body: 'x',
        topics: ['training'],
        evidenceLevel: 'ANECDOTAL',
        visibility: 'PUBLIC',
        lifecycle: 'PILOT',
      },
    });
    expect((await refused(moderator, featurePractice, { practiceId: draft.id, note })).code).toBe('CONFLICT');
    const hidden = await published('Hidden write-up someone wants featured');
    await hiddenByFlags('PRACTICE', hidden.id);
    expect((await refused(moderator, featurePractice, { practiceId: hidden.id, note })).code).toBe('CONFLICT');
    expect((await refused(moderator, featurePractice, { practiceId: randomUUID(), note })).code).toBe('NOT_FOUND');

    expect(
      await refused(moderator, featurePractice, { practiceId: seattle.id, note, startsOn: '2026-05-10', endsOn: '2026-05-01' }),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endsOn' });
    expect(await refused(moderator, featurePractice, { practiceId: seattle.id, note: 'short' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'note',
    });
    expect((await refused(moderator, featurePractice, { practiceId: (await practiceAs(null, demoFeatured[0]!)).id, note })).code).toBe(
      'CONFLICT',
    );

    expect(slugsOf(await featuredAs(moderator, true))).toEqual(demoFeatured);
    expect((await practiceAs(moderator, 'seattle-lead-diversion')).featured).toBeNull();
  });

  it('tells the author and the followers of the department when their write-up is featured', async () => {
    const practice = await published('Featured peer-support follow-up', { department: 'oakland-pd' });
    const oakland = (await ok(null, `{ department(slug: "oakland-pd") { id } }`)).department.id;
    await ok(member('eugene-pd'), `mutation ($id: ID!) { follow(target: DEPARTMENT, id: $id) }`, { id: oakland });

    const { featurePractice: featured } = await ok(moderator, featurePractice, { practiceId: practice.id, note });
    expect(featured).toMatchObject({
      position: 4,
      note,
      current: true,
      practice: { slug: practice.slug },
      featuredBy: { handle: await handleOf(moderator) },
    });
    expect(slugsOf(await featuredAs(null))).toEqual([...demoFeatured, practice.slug]);

    await app.fanOut.idle();
    const authorTold = (await inbox(practice.author)).filter((n) => n.activity.kind === 'PRACTICE_FEATURED');
    expect(authorTold).toEqual([
      {
        reason: 'YOUR_PRACTICE_FEATURED',
        text: `Your write-up “${practice.title}” is now a featured case study`,
        activity: { kind: 'PRACTICE_FEATURED', practice: { slug: practice.slug }, comment: null },
      },
    ]);
    const followerTold = (await inbox(member('eugene-pd'))).filter((n) => n.activity.kind === 'PRACTICE_FEATURED');
    expect(followerTold).toEqual([
      {
        reason: 'FOLLOWED_DEPARTMENT',
        text: `“${practice.title}”, from a department you follow, is now a featured case study`,
        activity: { kind: 'PRACTICE_FEATURED', practice: { slug: practice.slug }, comment: null },
      },
    ]);
    expect(await audited('PRACTICE_FEATURED')).toContainEqual(
      expect.objectContaining({ detail: `${practice.slug} at 4`, subject: { handle: await handleOf(practice.author) } }),
    );

    await ok(moderator, unfeature, { id: featured.id });
  });

  it('shows a members-only write-up among the featured to verified members only', async () => {
    const { featurePractice: featured } = await ok(moderator, featurePractice, {
      practiceId: (await practiceAs(member('boston-pd'), 'demo-riverbend-peer-support-team')).id,
      note,
      position: 10,
    });
    expect(slugsOf(await featuredAs(null))).not.toContain('demo-riverbend-peer-support-team');
    const recruit = await signUp(app, 'boston-pd');
    expect(slugsOf(await featuredAs({ session: recruit.session }))).not.toContain('demo-riverbend-peer-support-team');
    expect(slugsOf(await featuredAs(member('boston-pd')))).toEqual([...demoFeatured, 'demo-riverbend-peer-support-team']);
    await ok(moderator, unfeature, { id: featured.id });
  });

  it('keeps a scheduled or ended case study out of the list, except for a moderator who asks for it', async () => {
    const scheduled = await practiceAs(null, 'boston-operation-ceasefire');
    const ended = await practiceAs(null, 'chicago-cure-violence');
    const tomorrow = isoDay(1);
    const yesterday = isoDay(-1);
    const { featurePractice: later } = await ok(moderator, featurePractice, { practiceId: scheduled.id, note, startsOn: tomorrow });
    const { featurePractice: past } = await ok(moderator, featurePractice, {
      practiceId: ended.id,
      note,
      startsOn: isoDay(-30),
      endsOn: yesterday,
    });
    expect(later).toMatchObject({ current: false, startsOn: tomorrow, endsOn: null });
    expect(past).toMatchObject({ current: false, endsOn: yesterday });

    const current = demoFeatured;
    for (const reader of [null, member('boston-pd')]) {
      expect(slugsOf(await featuredAs(reader))).toEqual(current);
      // Only moderators may ask for the rest.
      expect(slugsOf(await featuredAs(reader, true))).toEqual(current);
      expect((await practiceAs(reader, scheduled.slug)).featured).toBeNull();
      expect((await practiceAs(reader, ended.slug)).featured).toBeNull();
    }
    expect(slugsOf(await featuredAs(moderator))).toEqual(current);
    const all = await featuredAs(moderator, true);
    expect(slugsOf(all)).toEqual([...current, scheduled.slug, ended.slug]);
    expect(all.filter((f) => !f.current).map((f) => f.id)).toEqual([later.id, past.id]);
    expect((await practiceAs(moderator, scheduled.slug)).featured).toMatchObject({ id: later.id, current: false });
    expect((await summary()).currentFeatured).toBe(3);

    // Moved to today, it shows.
    const { updateFeatured: now } = await ok(moderator, updateFeatured, { id: later.id, input: { note, startsOn: isoDay(0) } });
    expect(now.current).toBe(true);
    expect(slugsOf(await featuredAs(null))).toEqual([...current, scheduled.slug]);

    for (const id of [later.id, past.id]) await ok(moderator, unfeature, { id });
  });

  it('reorders the case studies, naming every one, and refuses a list that leaves one out', async () => {
    const before = await featuredAs(moderator, true);
    const ids = before.map((f) => f.id);
    const reversed = [...ids].reverse();

    expect((await refused(member('boston-pd'), reorderFeatured, { ids: reversed })).code).toBe('FORBIDDEN');
    const missing = await refused(moderator, reorderFeatured, { ids: reversed.slice(1) });
    expect(missing).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
    expect((await refused(moderator, reorderFeatured, { ids: [...reversed.slice(1), reversed[1]] })).code).toBe('BAD_USER_INPUT');
    expect((await featuredAs(null)).map((f) => f.id)).toEqual(ids);

    const { reorderFeatured: reordered } = await ok(moderator, reorderFeatured, { ids: reversed });
    expect(reordered.map((f: any) => [f.id, f.position])).toEqual(reversed.map((id, i) => [id, i + 1]));
    const visitor = await featuredAs(null);
    expect(visitor.map((f) => f.id)).toEqual(reversed);
    expect(visitor.map((f) => f.position)).toEqual([1, 2, 3]);
    expect(await audited('FEATURED_REORDERED')).toContainEqual(expect.objectContaining({ actor: { handle: await handleOf(moderator) } }));

    await ok(moderator, reorderFeatured, { ids });
    expect((await featuredAs(null)).map((f) => f.id)).toEqual(ids);
  });

  it('still lists a featured write-up hidden by flags to moderators, so they can reorder or unfeature it', async () => {
    const practice = await published('Featured, then flagged');
    const { featurePractice: featured } = await ok(moderator, featurePractice, { practiceId: practice.id, note });
    await hiddenByFlags('PRACTICE', practice.id);
    expect(slugsOf(await featuredAs(null))).not.toContain(practice.slug);
    expect(slugsOf(await featuredAs(member('oakland-pd')))).not.toContain(practice.slug);

    const all = await featuredAs(moderator, true);
    expect(all.map((f) => f.id)).toContain(featured.id);
    await ok(moderator, reorderFeatured, { ids: [featured.id, ...all.map((f) => f.id).filter((id) => id !== featured.id)] });
    expect((await featuredAs(moderator, true))[0].id).toBe(featured.id);
    await ok(moderator, unfeature, { id: featured.id });
    expect((await featuredAs(moderator, true)).map((f) => f.id)).not.toContain(featured.id);
    expect((await featuredAs(null)).map((f) => f.position)).toEqual([2, 3, 4]);
    await ok(moderator, reorderFeatured, { ids: (await featuredAs(moderator, true)).map((f) => f.id) });
  });

  it('updates a case study’s note, dates and position, and unfeatures it; both audited', async () => {
    const practice = await practiceAs(null, 'denver-star-response');
    const { featurePractice: featured } = await ok(moderator, featurePractice, { practiceId: practice.id, note, position: 7 });
    expect(
      await refused(moderator, updateFeatured, { id: featured.id, input: { note, startsOn: '2026-02-02', endsOn: '2026-02-01' } }),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endsOn' });
    expect(
      (await refused(member('denver-pd'), updateFeatured, { id: featured.id, input: { note: 'A member rewrites the note.' } })).code,
    ).toBe('FORBIDDEN');
    expect((await practiceAs(null, practice.slug)).featured).toMatchObject({ position: 7 });

    const { updateFeatured: updated } = await ok(moderator, updateFeatured, {
      id: featured.id,
      input: { note: 'Now with **the 2024 evaluation**.', position: 4 },
    });
    expect(updated).toMatchObject({ id: featured.id, position: 4, note: 'Now with **the 2024 evaluation**.' });
    const onPractice = (await practiceAs(null, practice.slug)).featured;
    expect(onPractice).toMatchObject({ id: featured.id, position: 4 });
    expect(onPractice.noteHtml).toContain('<strong>the 2024 evaluation</strong>');
    expect(slugsOf(await featuredAs(null))).toEqual([...demoFeatured, practice.slug]);
    expect(await audited('FEATURED_UPDATED')).toContainEqual(expect.objectContaining({ detail: `case study ${featured.id}` }));

    expect((await refused(member('denver-pd'), unfeature, { id: featured.id })).code).toBe('FORBIDDEN');
    expect((await ok(moderator, unfeature, { id: featured.id })).unfeature).toBe(true);
    expect((await practiceAs(null, practice.slug)).featured).toBeNull();
    expect(slugsOf(await featuredAs(moderator, true))).toEqual(demoFeatured);
    expect((await refused(moderator, unfeature, { id: featured.id })).code).toBe('NOT_FOUND');
    expect(await audited('PRACTICE_UNFEATURED')).toContainEqual(
      expect.objectContaining({ detail: `case study ${featured.id}`, actor: { handle: await handleOf(moderator) } }),
    );
  });
});

describe('undoing moderation', () => {
  const restoreNote = 'Reviewed with the author: the names are public record.';

  it('restores a write-up hidden from the queue, from its resolved flag or from the item, and hides it again; the author is told each time, with the note, by mail too', async () => {
    const practice = await published('Community liaison roster');
    await ok(practice.author, `mutation { setEmailPreference(preference: IMMEDIATELY) { id } }`);
    const only = await flag(member('boston-pd'), 'PRACTICE', practice.id, 'PERSONAL_INFORMATION');
    await ok(moderator, resolveFlag, { id: only.id, action: 'HIDE', note: 'Lists officers’ home phone numbers.' });
    expect(await queueEntry(practice.id)).toBeUndefined();

    // The flag is resolved, but the item is hidden: restoring it is still a decision to take.
    const { resolveFlag: restored } = await ok(moderator, resolveFlag, { id: only.id, action: 'RESTORE', note: restoreNote });
    expect(restored).toMatchObject({ id: only.id, action: 'HIDE', targetHidden: false });
    expect(await practiceAs(null, practice.slug)).toMatchObject({ hidden: false });
    expect((await refused(moderator, moderate, { target: 'PRACTICE', id: practice.id, action: 'RESTORE' })).code).toBe('CONFLICT');

    const { moderate: hiddenAgain } = await ok(moderator, moderate, {
      target: 'PRACTICE',
      id: practice.id,
      action: 'HIDE',
      note: 'The numbers were put back in.',
    });
    expect(hiddenAgain).toMatchObject({
      target: 'PRACTICE',
      id: practice.id,
      hidden: true,
      hiddenReason: 'The numbers were put back in.',
      openFlagCount: 0,
    });
    expect(await practiceAs(null, practice.slug)).toBeNull();
    expect(await refused(moderator, moderate, { target: 'PRACTICE', id: practice.id, action: 'HIDE' })).toMatchObject({
      code: 'CONFLICT',
      message: 'This write-up is already hidden: restore it first to hide it again.',
    });
    const { moderate: back } = await ok(moderator, moderate, {
      target: 'PRACTICE',
      id: practice.id,
      action: 'RESTORE',
      note: 'Fixed by the author.',
    });
    expect(back).toMatchObject({ hidden: false, hiddenReason: null });
    expect((await inList(member('oakland-pd'), practice.slug)).listed).toBe(true);

    await app.fanOut.idle();
    const told = (await inbox(practice.author)).filter(
      (n) => n.activity.practice?.slug === practice.slug && n.reason.startsWith('YOUR_CONTENT'),
    );
    expect(told.map((n) => [n.reason, n.text])).toEqual([
      ['YOUR_CONTENT_RESTORED', `Moderators restored your write-up “${practice.title}”: “Fixed by the author.”`],
      ['YOUR_CONTENT_HIDDEN', `Moderators hid your write-up “${practice.title}”: “The numbers were put back in.”`],
      ['YOUR_CONTENT_RESTORED', `Moderators restored your write-up “${practice.title}”: “${restoreNote}”`],
      ['YOUR_CONTENT_HIDDEN', `Moderators hid your write-up “${practice.title}”: “Lists officers’ home phone numbers.”`],
    ]);
    const mails = await database.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.recipientId, await idOf(practice.author)));
    const about = mails.filter((m) => m.subject.includes(practice.title));
    expect(about.map((m) => m.subject)).toEqual([
      `Moderators hid your write-up “${practice.title}”`,
      `Moderators restored your write-up “${practice.title}”`,
      `Moderators hid your write-up “${practice.title}”`,
      `Moderators restored your write-up “${practice.title}”`,
    ]);
    expect(about[1]!.text).toContain(restoreNote);
    expect(about[1]!.text).toContain(`/practices/${practice.slug}`);

    const moderatorHandle = await handleOf(moderator);
    const authorHandle = await handleOf(practice.author);
    const hiddenLog = await audited('CONTENT_HIDDEN');
    expect(hiddenLog).toContainEqual({
      action: 'CONTENT_HIDDEN',
      detail: `HIDE practice ${practice.id} (0 flags): The numbers were put back in.`,
      actor: { handle: moderatorHandle },
      subject: { handle: authorHandle },
    });
    expect(await audited('CONTENT_RESTORED')).toContainEqual({
      action: 'CONTENT_RESTORED',
      detail: `RESTORE practice ${practice.id} (0 flags): Fixed by the author.`,
      actor: { handle: moderatorHandle },
      subject: { handle: authorHandle },
    });
    const log = (await ok(moderator, moderationLog)).moderationLog.edges.map((e: any) => e.node.action);
    expect(log.slice(0, 2)).toEqual(['CONTENT_RESTORED', 'CONTENT_HIDDEN']);
  });

  it('takes flags again on a restored write-up, where a hidden one refuses them', async () => {
    const practice = await published('Bicycle registration drive');
    await hiddenByFlags('PRACTICE', practice.id);
    // Hidden, it is not there for a member to flag.
    expect((await refused(member('denver-pd'), flagMutation, { target: 'PRACTICE', id: practice.id, reason: 'SPAM' })).code).toBe(
      'NOT_FOUND',
    );
    await ok(moderator, moderate, { target: 'PRACTICE', id: practice.id, action: 'RESTORE', note: restoreNote });
    expect(await queueEntry(practice.id)).toBeUndefined();
    const again = await flag(member('denver-pd'), 'PRACTICE', practice.id, 'OFF_TOPIC');
    expect(await queueEntry(practice.id)).toMatchObject({ id: again.id, targetOpenFlagCount: 1 });

    await ok(moderator, moderate, { target: 'PRACTICE', id: practice.id, action: 'HIDE', note: 'Off topic after all.' });
    // Hiding from the item closes its open flags too, and their flaggers hear of it.
    expect(await queueEntry(practice.id)).toBeUndefined();
    expect(await refused(member('eugene-pd'), flagMutation, { target: 'PRACTICE', id: practice.id, reason: 'SPAM' })).toMatchObject({
      code: 'NOT_FOUND',
    });
    await app.fanOut.idle();
    expect((await inbox(member('denver-pd'))).find((n) => n.reason === 'YOUR_FLAG_RESOLVED' && n.text.includes(practice.title))?.text).toBe(
      `Moderators hid “${practice.title}”, which you flagged`,
    );
  });

  it('lists hidden write-ups and comments for moderators, each with its history of flags and decisions by name and handle, and restores a comment from there', async () => {
    const practice = await published('Night-shift fatigue study');
    const commentId = await comment(member('oakland-pd'), practice.id, 'The sergeant on B shift is a drunk.');
    const flags = await hiddenByFlags('COMMENT', commentId);
    const { hiddenContent: list } = await ok(moderator, hiddenContent);
    const entry = list.edges.map((e: any) => e.node).find((n: any) => n.id === commentId);
    const flaggers = await Promise.all([member('boston-pd'), member('seattle-pd'), chief('chicago-pd')].map(handleOf));
    expect(entry).toMatchObject({
      target: 'COMMENT',
      hidden: true,
      practice: { slug: practice.slug },
      comment: { id: commentId },
      author: { handle: await handleOf(member('oakland-pd')) },
    });
    expect(entry.hiddenReason).toBe('Hidden pending review: 3 verified members flagged it.');
    expect(entry.history.map((h: any) => [h.kind, h.by?.handle ?? null, h.reason])).toEqual([
      ['FLAGGED', flaggers[0], 'SPAM'],
      ['FLAGGED', flaggers[1], 'SPAM'],
      ['FLAGGED', flaggers[2], 'SPAM'],
      ['HIDDEN_BY_FLAGS', null, null],
    ]);
    expect(entry.history[0].by.displayName).toEqual(expect.any(String));
    expect(flags).toHaveLength(3);

    const { moderate: restored } = await ok(moderator, moderate, {
      target: 'COMMENT',
      id: commentId,
      action: 'RESTORE',
      note: 'A complaint, not harassment.',
    });
    expect(restored).toMatchObject({ target: 'COMMENT', hidden: false, openFlagCount: 0 });
    expect(restored.history.slice(-1)).toEqual([
      {
        kind: 'RESTORED',
        by: { displayName: expect.any(String), handle: await handleOf(moderator) },
        reason: null,
        note: 'A complaint, not harassment.',
      },
    ]);
    expect((await ok(moderator, hiddenContent)).hiddenContent.edges.some((e: any) => e.node.id === commentId)).toBe(false);
    expect((await commentAs(null, practice.slug, commentId)).comment).toMatchObject({ hidden: false });

    await app.fanOut.idle();
    const hiddenTold = (await inbox(member('oakland-pd'))).find(
      (n) => n.reason === 'YOUR_CONTENT_HIDDEN' && n.activity.comment?.id === commentId,
    );
    expect(hiddenTold?.text).toBe(`Your comment on “${practice.title}” is hidden while moderators review the flags on it`);
    const told = (await inbox(member('oakland-pd'))).find(
      (n) => n.reason === 'YOUR_CONTENT_RESTORED' && n.activity.comment?.id === commentId,
    );
    expect(told?.text).toBe(`Moderators restored your comment on “${practice.title}”: “A complaint, not harassment.”`);
    // The flaggers hear that their flags were resolved, and the comment stays up.
    expect(
      (await inbox(chief('chicago-pd'))).find((n) => n.reason === 'YOUR_FLAG_RESOLVED' && n.activity.comment?.id === commentId)?.text,
    ).toBe(`Moderators reviewed the comment you flagged on “${practice.title}” and left it up`);
  });

  it('shows an item’s history to moderators only', async () => {
    const practice = await published('Evidence room audit');
    await flag(member('boston-pd'), 'PRACTICE', practice.id, 'OTHER', 'Mentions a case under seal.');
    await ok(moderator, moderate, { target: 'PRACTICE', id: practice.id, action: 'HIDE', note: 'Sealed case.' });
    const { practice: seen } = await ok(moderator, practiceHistory, { slug: practice.slug });
    expect(seen.moderationHistory).toEqual([
      { kind: 'FLAGGED', by: { handle: await handleOf(member('boston-pd')) }, note: 'Mentions a case under seal.' },
      { kind: 'HIDDEN', by: { handle: await handleOf(moderator) }, note: 'Sealed case.' },
    ]);
    expect((await ok(practice.author, practiceHistory, { slug: practice.slug })).practice).toEqual({
      hidden: true,
      moderationHistory: null,
    });
    for (const who of [member('boston-pd'), chief('memphis-pd'), null]) {
      expect((await refused(who, hiddenContent)).code).toBe(who ? 'FORBIDDEN' : 'UNAUTHENTICATED');
    }
  });

  it('refuses members, chiefs and visitors, a dismissal or a message from the item, and what is not there; and changes nothing', async () => {
    const practice = await published('Parking enforcement by volunteers');
    const variables = { target: 'PRACTICE', id: practice.id, action: 'HIDE', note: 'No.' };
    expect((await refused(member('boston-pd'), moderate, variables)).code).toBe('FORBIDDEN');
    expect((await refused(chief('memphis-pd'), moderate, variables)).code).toBe('FORBIDDEN');
    expect((await refused(null, moderate, variables)).code).toBe('UNAUTHENTICATED');
    expect(await refused(moderator, moderate, { ...variables, action: 'DISMISS' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'action',
    });
    expect(await refused(moderator, moderate, { ...variables, target: 'MESSAGE' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'target',
    });
    expect(await refused(moderator, moderate, { ...variables, note: 'x'.repeat(1001) })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'note',
    });
    expect((await refused(moderator, moderate, { ...variables, id: randomUUID() })).code).toBe('NOT_FOUND');
    expect((await refused(moderator, moderate, { ...variables, target: 'COMMENT', id: randomUUID() })).code).toBe('NOT_FOUND');
    expect(await practiceAs(null, practice.slug)).toMatchObject({ hidden: false });
    expect((await ok(moderator, practiceHistory, { slug: practice.slug })).practice.moderationHistory).toEqual([]);
  });
});

describe('featuring at a taken position', () => {
  it('puts the new case study there and moves the others down, and moves an existing one into a taken place the same way', async () => {
    const before = await featuredAs(moderator, true);
    const practice = await published('Featured at the top');
    const { featurePractice: featured } = await ok(moderator, featurePractice, { practiceId: practice.id, note, position: 1 });
    expect(featured.position).toBe(1);
    const after = await featuredAs(moderator, true);
    expect(after.map((f) => [f.id, f.position])).toEqual([[featured.id, 1], ...before.map((f) => [f.id, f.position + 1])]);

    const last = after[after.length - 1]!;
    await ok(moderator, updateFeatured, { id: last.id, input: { note, position: 2 } });
    const moved = await featuredAs(moderator, true);
    expect(moved.map((f) => f.id)).toEqual([featured.id, last.id, ...before.slice(0, -1).map((f) => f.id)]);
    expect(new Set(moved.map((f) => f.position)).size).toBe(moved.length);

    await ok(moderator, unfeature, { id: featured.id });
    await ok(moderator, reorderFeatured, { ids: before.map((f) => f.id) });
    expect((await featuredAs(moderator, true)).map((f) => [f.id, f.position])).toEqual(before.map((f, i) => [f.id, i + 1]));
  });
});
