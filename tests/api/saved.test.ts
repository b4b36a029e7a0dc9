import { and, count, eq, ne } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { debriefs, departments, events, practices, questions, savedItems, users } from '@muster/db';
import { signUp } from '../helpers/app.ts';
import type { TestDatabase } from '../helpers/database.ts';
import { actors } from '../helpers/actors.ts';
import { useTestApp } from '../helpers/setup.ts';

const member = (d: string) => `member@${d}.muster.demo`;
const chief = (d: string) => `chief@${d}.muster.demo`;
const memphis = member('memphis-pd');
const denver = member('denver-pd');

const saveMutation = `mutation ($target: SaveTarget!, $id: ID!, $note: String) { save(target: $target, id: $id, note: $note) }`;
const unsaveMutation = `mutation ($target: SaveTarget!, $id: ID!) { unsave(target: $target, id: $id) }`;
const savedQuery = `query ($first: Int, $after: String) { saved(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { cursor node { target savedAt note practice { slug } question { id } debrief { id } event { slug } } } } }`;
const practiceQuery = `query ($slug: String!) { practice(slug: $slug) { viewerSaved viewerSavedNote } }`;
const askMutation = `mutation ($input: QuestionInput!) { ask(input: $input) { id } }`;
const editQuestionMutation = `mutation ($id: ID!, $version: Int!, $input: QuestionInput!) { editQuestion(id: $id, version: $version, input: $input) { id visibility } }`;

let database: TestDatabase;
let app: FastifyInstance;
const { ok, refused } = actors(() => app);

useTestApp({ config: { auth: { signInsPerMinute: 1000, signUpsPerHour: 1000 } as never } }, (opened) => ({ app, database } = opened));

type Saved = {
  target: string;
  savedAt: string;
  note: string | null;
  practice: { slug: string } | null;
  question: { id: string } | null;
  debrief: { id: string } | null;
  event: { slug: string } | null;
};

async function savedOf(who: Parameters<typeof ok>[0], first = 50): Promise<{ totalCount: number; items: Saved[] }> {
  const { saved } = (await ok(who, savedQuery, { first })) as { saved: { totalCount: number; edges: { node: Saved }[] } };
  return { totalCount: saved.totalCount, items: saved.edges.map((e) => e.node) };
}

async function savedRows(): Promise<number> {
  const [row] = await database.db.select({ n: count() }).from(savedItems);
  return row!.n;
}

async function departmentId(slug: string): Promise<string> {
  const [row] = await database.db.select({ id: departments.id }).from(departments).where(eq(departments.slug, slug));
  return row!.id;
}

/** A published write-up of the department, PUBLIC or MEMBERS. */
async function writeUpOf(slug: string, visibility: 'PUBLIC' | 'MEMBERS' = 'PUBLIC'): Promise<{ id: string; slug: string }> {
  const [row] = await database.db
    .select({ id: practices.id, slug: practices.slug })
    .from(practices)
    .where(
      and(eq(practices.departmentId, await departmentId(slug)), eq(practices.status, 'PUBLISHED'), eq(practices.visibility, visibility)),
    )
    .limit(1);
  if (!row) throw new Error(`no ${visibility} write-up of ${slug} in the demo data`);
  return row;
}

async function anyWriteUp(exceptDepartment: string): Promise<{ id: string; slug: string }> {
  const [row] = await database.db
    .select({ id: practices.id, slug: practices.slug })
    .from(practices)
    .where(
      and(
        ne(practices.departmentId, await departmentId(exceptDepartment)),
        eq(practices.status, 'PUBLISHED'),
        eq(practices.visibility, 'PUBLIC'),
      ),
    )
    .limit(1);
  return row!;
}

let asked = 0;
async function ask(who: string, visibility: 'PUBLIC' | 'MEMBERS'): Promise<string> {
  asked += 1;
  const { ask: question } = (await ok(who, askMutation, { input: questionInput(visibility) })) as { ask: { id: string } };
  return question.id;
}

function questionInput(visibility: 'PUBLIC' | 'MEMBERS') {
  return {
    title: `Has anyone run a co-responder program without a hospital partner (${asked})?`,
    details: 'We are a rural sheriff’s office; what did it cost?',
    topics: ['crisis-intervention-mental-health'],
    visibility,
  };
}

describe('saving and unsaving', () => {
  it('saves a write-up with a note, updates the note when saved again, and removes it', async () => {
    const writeUp = await anyWriteUp('memphis-pd');
    expect(await ok(memphis, saveMutation, { target: 'PRACTICE', id: writeUp.id, note: '  Ask Denver about staffing.  ' })).toEqual({
      save: true,
    });
    expect((await ok(memphis, practiceQuery, { slug: writeUp.slug })).practice).toEqual({
      viewerSaved: true,
      viewerSavedNote: 'Ask Denver about staffing.',
    });
    const first = await savedOf(memphis);
    expect(first.totalCount).toBe(1);
    expect(first.items[0]).toMatchObject({
      target: 'PRACTICE',
      note: 'Ask Denver about staffing.',
      practice: { slug: writeUp.slug },
      question: null,
      debrief: null,
      event: null,
    });

    // Saving again changes the note, not the place in the list, and adds no second item.
    await ok(memphis, saveMutation, { target: 'PRACTICE', id: writeUp.id, note: 'Bring to Tuesday staff meeting.' });
    let again = await savedOf(memphis);
    expect(again.items).toHaveLength(1);
    expect(again.items[0]).toMatchObject({ note: 'Bring to Tuesday staff meeting.', savedAt: first.items[0]!.savedAt });
    // No note given keeps it; an empty one removes it.
    await ok(memphis, saveMutation, { target: 'PRACTICE', id: writeUp.id });
    expect((await savedOf(memphis)).items[0]!.note).toBe('Bring to Tuesday staff meeting.');
    await ok(memphis, saveMutation, { target: 'PRACTICE', id: writeUp.id, note: '   ' });
    again = await savedOf(memphis);
    expect(again.items[0]!.note).toBeNull();
    expect(await savedRows()).toBe(1);

    expect(await ok(memphis, unsaveMutation, { target: 'PRACTICE', id: writeUp.id })).toEqual({ unsave: false });
    expect((await ok(memphis, practiceQuery, { slug: writeUp.slug })).practice).toEqual({ viewerSaved: false, viewerSavedNote: null });
    expect(await savedOf(memphis)).toEqual({ totalCount: 0, items: [] });
    expect(await savedRows()).toBe(0);
  });

  it('saves questions, debriefs and events too, lists them newest first and pages through them', async () => {
    const question = await ask(chief('denver-pd'), 'MEMBERS');
    const [debrief] = await database.db.select({ id: debriefs.id }).from(debriefs).where(eq(debriefs.audience, 'MEMBERS')).limit(1);
    const [event] = await database.db.select({ id: events.id, slug: events.slug }).from(events).limit(1);
    const writeUp = await anyWriteUp('memphis-pd');
    const who = member('boston-pd');
    await ok(who, saveMutation, { target: 'QUESTION', id: question, note: 'Our budget question exactly.' });
    await ok(who, saveMutation, { target: 'DEBRIEF', id: debrief!.id });
    await ok(who, saveMutation, { target: 'EVENT', id: event!.id, note: 'Register before March.' });
    await ok(who, saveMutation, { target: 'PRACTICE', id: writeUp.id });

    const all = await savedOf(who);
    expect(all.totalCount).toBe(4);
    expect(all.items.map((i) => i.target)).toEqual(['PRACTICE', 'EVENT', 'DEBRIEF', 'QUESTION']);
    expect(all.items[1]).toMatchObject({ note: 'Register before March.', event: { slug: event!.slug } });
    expect(all.items[2]).toMatchObject({ note: null, debrief: { id: debrief!.id } });
    expect(all.items[3]).toMatchObject({ note: 'Our budget question exactly.', question: { id: question } });

    const firstPage = (await ok(who, savedQuery, { first: 3 })) as { saved: { pageInfo: { hasNextPage: boolean; endCursor: string } } };
    expect(firstPage.saved.pageInfo.hasNextPage).toBe(true);
    const rest = (await ok(who, savedQuery, { first: 3, after: firstPage.saved.pageInfo.endCursor })) as {
      saved: { edges: { node: Saved }[]; pageInfo: { hasNextPage: boolean } };
    };
    expect(rest.saved.edges.map((e) => e.node.target)).toEqual(['QUESTION']);
    expect(rest.saved.pageInfo.hasNextPage).toBe(false);

    expect(
      await ok(
        who,
        `query ($id: ID!, $slug: String!) { question(id: $id) { viewerSaved viewerSavedNote } event(slug: $slug) { viewerSaved } }`,
        { id: question, slug: event!.slug },
      ),
    ).toEqual({ question: { viewerSaved: true, viewerSavedNote: 'Our budget question exactly.' }, event: { viewerSaved: true } });
  });

  it('answers whether each item of a list is saved, and its note, in one statement, however long the list', async () => {
    const who = member('memphis-pd');
    const counted = async (query: string, first: number) => {
      database.queries.length = 0;
      await ok(who, query, { first });
      return [...database.queries];
    };
    const practicesQuery = `query ($first: Int) { practices(first: $first) { edges { node { id viewerSaved viewerSavedNote } } } }`;
    const eventsQuery = `query ($first: Int) { events(upcoming: false, first: $first) { edges { node { id viewerSaved viewerSavedNote } } } }`;
    await counted(practicesQuery, 1); // signs in
    for (const query of [practicesQuery, eventsQuery]) {
      const small = await counted(query, 1);
      const large = await counted(query, 12);
      // A write-up's come in the statement that reads its other parts; an event's in one of their own.
      expect(large.filter((s) => s.includes('saved_items'))).toHaveLength(1);
      expect(large.length, large.join('\n')).toBe(small.length);
    }
  });
});

describe('who may save what', () => {
  it('refuses visitors', async () => {
    const writeUp = await anyWriteUp('memphis-pd');
    const before = await savedRows();
    expect(await refused(null, saveMutation, { target: 'PRACTICE', id: writeUp.id })).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await refused(null, unsaveMutation, { target: 'PRACTICE', id: writeUp.id })).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await refused(null, savedQuery)).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await ok(null, practiceQuery, { slug: writeUp.slug })).practice).toEqual({ viewerSaved: false, viewerSavedNote: null });
    expect(await savedRows()).toBe(before);
  });

  it('refuses, naming the field and writing nothing, what the member may not see', async () => {
    const before = await savedRows();
    // A MEMBERS question, to a member not verified yet.
    const recruit = await signUp(app, 'memphis-pd');
    const membersQuestion = await ask(chief('denver-pd'), 'MEMBERS');
    expect(await refused(recruit, saveMutation, { target: 'QUESTION', id: membersQuestion, note: 'Later' })).toMatchObject({
      code: 'NOT_FOUND',
      field: 'id',
    });
    // A MEMBERS write-up, to the same recruit.
    const membersWriteUp = await writeUpOf('demo-riverbend-pd', 'MEMBERS');
    expect(await refused(recruit, saveMutation, { target: 'PRACTICE', id: membersWriteUp.id })).toMatchObject({
      code: 'NOT_FOUND',
      field: 'id',
    });
    // An unpublished write-up of another department.
    const draft = await anyWriteUp('memphis-pd');
    await database.db.update(practices).set({ status: 'DRAFT' }).where(eq(practices.id, draft.id));
    expect(await refused(memphis, saveMutation, { target: 'PRACTICE', id: draft.id })).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    await database.db.update(practices).set({ status: 'PUBLISHED' }).where(eq(practices.id, draft.id));
    // A debrief for its author's department only.
    const [departmentOnly] = await database.db
      .select({ id: debriefs.id })
      .from(debriefs)
      .where(and(eq(debriefs.audience, 'DEPARTMENT'), ne(debriefs.departmentId, await departmentId('memphis-pd'))))
      .limit(1);
    expect(await refused(memphis, saveMutation, { target: 'DEBRIEF', id: departmentOnly!.id })).toMatchObject({
      code: 'NOT_FOUND',
      field: 'id',
    });
    // Nothing at that ID, and no ID at all.
    expect(await refused(memphis, saveMutation, { target: 'EVENT', id: '00000000-0000-4000-8000-000000000000' })).toMatchObject({
      code: 'NOT_FOUND',
      field: 'id',
    });
    expect(await refused(memphis, saveMutation, { target: 'EVENT', id: 'not-an-id' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'id',
    });
    // A note over 500 characters.
    const writeUp = await anyWriteUp('memphis-pd');
    expect(await refused(memphis, saveMutation, { target: 'PRACTICE', id: writeUp.id, note: 'x'.repeat(501) })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'note',
    });
    expect(await savedRows()).toBe(before);
    expect((await savedOf(recruit)).totalCount).toBe(0);
  });

  it('drops from the list what the member can no longer see, and shows it again when they can', async () => {
    const who = member('seattle-pd');
    const writeUp = await anyWriteUp('seattle-pd');
    const question = await ask(chief('denver-pd'), 'PUBLIC');
    const [debrief] = await database.db
      .select({ id: debriefs.id })
      .from(debriefs)
      .where(and(eq(debriefs.audience, 'MEMBERS'), ne(debriefs.departmentId, await departmentId('seattle-pd'))))
      .limit(1);
    await ok(who, saveMutation, { target: 'PRACTICE', id: writeUp.id, note: 'Hidden later' });
    await ok(who, saveMutation, { target: 'QUESTION', id: question });
    await ok(who, saveMutation, { target: 'DEBRIEF', id: debrief!.id });
    expect((await savedOf(who)).totalCount).toBe(3);

    // Hidden by moderators, and a debrief narrowed to its department: both drop out, from the count too.
    await database.db.update(practices).set({ hiddenAt: new Date() }).where(eq(practices.id, writeUp.id));
    await database.db.update(debriefs).set({ audience: 'DEPARTMENT' }).where(eq(debriefs.id, debrief!.id));
    const narrowed = await savedOf(who);
    expect(narrowed.totalCount).toBe(1);
    expect(narrowed.items.map((i) => i.target)).toEqual(['QUESTION']);

    // A PUBLIC question made MEMBERS-only drops out of an unverified member's list.
    const recruit = await signUp(app, 'boston-pd');
    await ok(recruit, saveMutation, { target: 'QUESTION', id: question, note: 'Mine' });
    expect((await savedOf(recruit)).totalCount).toBe(1);
    const [asked] = await database.db.select({ version: questions.version }).from(questions).where(eq(questions.id, question));
    await ok(chief('denver-pd'), editQuestionMutation, { id: question, version: asked!.version, input: questionInput('MEMBERS') });
    expect(await savedOf(recruit)).toEqual({ totalCount: 0, items: [] });
    expect((await savedOf(who)).totalCount).toBe(1);

    // Shown again when visible again, note kept.
    await database.db.update(practices).set({ hiddenAt: null }).where(eq(practices.id, writeUp.id));
    await database.db.update(debriefs).set({ audience: 'MEMBERS' }).where(eq(debriefs.id, debrief!.id));
    const back = await savedOf(who);
    expect(back.totalCount).toBe(3);
    expect(back.items.find((i) => i.target === 'PRACTICE')).toMatchObject({ note: 'Hidden later' });
  });

  it('never shows one member’s notes to another', async () => {
    const writeUp = await anyWriteUp('memphis-pd');
    await ok(memphis, saveMutation, { target: 'PRACTICE', id: writeUp.id, note: 'Private: compare with our CIT roster.' });
    const other = (await ok(denver, practiceQuery, { slug: writeUp.slug })) as { practice: unknown };
    expect(other.practice).toEqual({ viewerSaved: false, viewerSavedNote: null });
    expect(JSON.stringify(await savedOf(denver))).not.toContain('CIT roster');
    // Each member's own note on the same write-up.
    await ok(denver, saveMutation, { target: 'PRACTICE', id: writeUp.id, note: 'Denver note' });
    expect((await ok(denver, practiceQuery, { slug: writeUp.slug })).practice).toEqual({
      viewerSaved: true,
      viewerSavedNote: 'Denver note',
    });
    expect((await ok(memphis, practiceQuery, { slug: writeUp.slug })).practice).toEqual({
      viewerSaved: true,
      viewerSavedNote: 'Private: compare with our CIT roster.',
    });
    // Unsaving is one's own too.
    await ok(denver, unsaveMutation, { target: 'PRACTICE', id: writeUp.id });
    expect((await ok(memphis, practiceQuery, { slug: writeUp.slug })).practice).toMatchObject({ viewerSaved: true });
  });

  it('forgets a saved item with the item itself', async () => {
    const [event] = await database.db.select({ id: events.id }).from(events).limit(1);
    await ok(denver, saveMutation, { target: 'EVENT', id: event!.id });
    const [user] = await database.db.select({ id: users.id }).from(users).where(eq(users.email, denver));
    const mine = () =>
      database.db
        .select({ n: count() })
        .from(savedItems)
        .where(and(eq(savedItems.userId, user!.id), eq(savedItems.eventId, event!.id)));
    expect((await mine())[0]!.n).toBe(1);
    await database.db.delete(events).where(eq(events.id, event!.id));
    expect((await mine())[0]!.n).toBe(0);
  });
});
