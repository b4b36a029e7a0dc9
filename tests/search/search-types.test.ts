import type { FastifyInstance } from 'fastify';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { answers, questions } from '@muster/db';
import { actors, type Who } from '../helpers/actors.ts';
import type { TestDatabase } from '../helpers/database.ts';
import { useTestApp } from '../helpers/setup.ts';

// Search by type: questions (title > details > answers) and debriefs beside write-ups, each
// counted with the viewer's visibility. Made-up animal words keep the matches to what these tests write.

const chief = 'chief@memphis-pd.muster.demo';
const member = 'member@memphis-pd.muster.demo';
const otherMember = 'member@boston-pd.muster.demo';
const moderator = 'moderator@muster.demo';
const topic = 'crisis-intervention-mental-health';

const searchQuery = /* GraphQL */ `
  query ($query: String!, $type: SearchType, $first: Int, $after: String, $orderBy: SearchOrder) {
    search(query: $query, type: $type, first: $first, after: $after, orderBy: $orderBy) {
      type
      totalCount
      typeCounts {
        type
        label
        count
      }
      edges {
        node {
          slug
        }
      }
      questionEdges {
        cursor
        snippet
        score
        node {
          id
          title
          answerCount
          acceptedAnswer {
            id
          }
          topics {
            slug
          }
        }
      }
      debriefEdges {
        snippet
        node {
          id
          title
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      facets {
        topics {
          value
        }
      }
    }
  }
`;
const ask = `mutation ($input: QuestionInput!) { ask(input: $input) { id } }`;
const answer = `mutation ($questionId: ID!, $body: String!) { answer(questionId: $questionId, body: $body) { id } }`;
const editAnswer = `mutation ($id: ID!, $body: String!) { editAnswer(id: $id, body: $body) { id } }`;
const createEvent = `mutation ($input: EventInput!) { createEvent(input: $input) { id slug } }`;
const createDebrief = `mutation ($eventId: ID!, $input: DebriefInput!) { createDebrief(eventId: $eventId, input: $input) { id } }`;

let app: FastifyInstance;
let database: TestDatabase;
const { ok, refused } = actors(() => app);

useTestApp({ config: { auth: { signInsPerMinute: 1000, signUpsPerHour: 1000 } as never } }, (opened) => ({ app, database } = opened));

async function asked(who: Who, title: string, details = '', visibility = 'PUBLIC'): Promise<string> {
  return (await ok(who, ask, { input: { title, details, topics: [topic], visibility } })).ask.id as string;
}

async function answered(who: Who, questionId: string, body: string): Promise<string> {
  return (await ok(who, answer, { questionId, body })).answer.id as string;
}

async function search(who: Who, query: string, type?: string, more: Record<string, unknown> = {}) {
  return (await ok(who, searchQuery, { query, type, ...more })).search as Record<string, any>;
}

const countsOf = (result: Record<string, any>) =>
  Object.fromEntries((result.typeCounts as { type: string; count: number }[]).map((c) => [c.type, c.count]));

describe('searching questions', () => {
  let inTitle: string;
  let inDetails: string;
  let inAnswer: string;

  beforeAll(async () => {
    // Created in the reverse of the expected order, so the newest is not what ranks first.
    inAnswer = await asked(chief, 'How do you staff a night shift with two clinicians?', 'We have a county contract.');
    await answered(otherMember, inAnswer, 'Our **quokka** rota pairs a clinician with a CIT officer.');
    inDetails = await asked(chief, 'What does a co-responder pilot cost in year one?', 'We call it the quokka pilot internally.');
    inTitle = await asked(chief, 'Has anyone run a quokka outreach program in a rural county?', 'Asking for a sheriff.');
  });

  it('matches by title, details and answer text, the title first, then details, then answers', async () => {
    const result = await search(member, 'quokka', 'QUESTIONS');
    expect(result.type).toBe('QUESTIONS');
    expect(result.totalCount).toBe(3);
    expect(result.questionEdges.map((e: any) => e.node.id)).toEqual([inTitle, inDetails, inAnswer]);
    expect(result.edges).toEqual([]);
    expect(result.debriefEdges).toEqual([]);
    // Where the words matched, highlighted like write-ups' snippets, Markdown marks dropped.
    expect(result.questionEdges[1].snippet).toContain('<mark>quokka</mark> pilot');
    expect(result.questionEdges[2].snippet).toContain('Our <mark>quokka</mark> rota');
    expect(result.questionEdges[2].node).toMatchObject({ answerCount: 1, acceptedAnswer: null, topics: [{ slug: topic }] });
    // Facets belong to write-ups.
    expect(result.facets.topics).toEqual([]);
  });

  it('pages through the ranked questions with cursors', async () => {
    const first = await search(member, 'quokka', 'QUESTIONS', { first: 2 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await search(member, 'quokka', 'QUESTIONS', { first: 2, after: first.pageInfo.endCursor });
    expect(second.questionEdges.map((e: any) => e.node.id)).toEqual([inAnswer]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const newest = await search(member, 'quokka', 'QUESTIONS', { orderBy: 'NEWEST' });
    expect(newest.questionEdges.map((e: any) => e.node.id)).toEqual([inTitle, inDetails, inAnswer]);
  });

  it('refuses an over-long query and a cursor of another order, naming the field', async () => {
    expect(await refused(member, searchQuery, { query: 'quokka '.repeat(60), type: 'QUESTIONS' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'query',
    });
    const byRelevance = await search(member, 'quokka', 'QUESTIONS', { first: 1 });
    expect(
      await refused(member, searchQuery, { query: 'quokka', type: 'QUESTIONS', orderBy: 'NEWEST', after: byRelevance.pageInfo.endCursor }),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('follows answers as they are added, edited and hidden', async () => {
    const q = await asked(chief, 'Who trains dispatchers to triage behavioural-health calls?');
    const a = await answered(otherMember, q, 'A wallaby course, two days long.');
    expect((await search(member, 'wallaby', 'QUESTIONS')).questionEdges.map((e: any) => e.node.id)).toEqual([q]);

    await ok(otherMember, editAnswer, { id: a, body: 'A kookaburra course, two days long.' });
    expect((await search(member, 'wallaby', 'QUESTIONS')).totalCount).toBe(0);
    expect((await search(member, 'kookaburra', 'QUESTIONS')).questionEdges.map((e: any) => e.node.id)).toEqual([q]);

    // A hidden answer's words no longer find its question.
    await database.db.update(answers).set({ hiddenAt: new Date(), hiddenReason: 'test' }).where(eq(answers.id, a));
    expect((await search(member, 'kookaburra', 'QUESTIONS')).totalCount).toBe(0);
    await database.db.update(answers).set({ hiddenAt: null, hiddenReason: null }).where(eq(answers.id, a));
    expect((await search(member, 'kookaburra', 'QUESTIONS')).totalCount).toBe(1);
  });

  it('never finds or counts a hidden question, not even for a moderator', async () => {
    const q = await asked(chief, 'Does any department run a bilby wellness check?');
    expect(countsOf(await search(member, 'bilby')).QUESTIONS).toBe(1);
    await database.db.update(questions).set({ hiddenAt: new Date(), hiddenReason: 'test' }).where(eq(questions.id, q));
    for (const who of [member, moderator, chief]) {
      const result = await search(who, 'bilby', 'QUESTIONS');
      expect(result.totalCount).toBe(0);
      expect(result.questionEdges).toEqual([]);
      expect(countsOf(result).QUESTIONS).toBe(0);
    }
  });

  it("counts and lists members' questions for verified members only, never for a visitor", async () => {
    await asked(chief, 'How do numbat patrols handle overtime?', '', 'MEMBERS');
    await asked(chief, 'Where did your numbat grant come from?', '', 'PUBLIC');

    const asMember = await search(member, 'numbat', 'QUESTIONS');
    expect(asMember.totalCount).toBe(2);
    expect(countsOf(asMember).QUESTIONS).toBe(2);

    const asVisitor = await search(null, 'numbat', 'QUESTIONS');
    expect(asVisitor.totalCount).toBe(1);
    expect(asVisitor.questionEdges.map((e: any) => e.node.title)).toEqual(['Where did your numbat grant come from?']);
    expect(countsOf(asVisitor).QUESTIONS).toBe(1);
    // The write-ups' page counts the same way.
    expect(countsOf(await search(null, 'numbat')).QUESTIONS).toBe(1);
  });
});

describe('searching debriefs', () => {
  let debriefId: string;

  beforeAll(async () => {
    const today = new Date().toISOString().slice(0, 10);
    const { createEvent: event } = await ok(moderator, createEvent, {
      input: {
        name: 'Echidna response leadership forum',
        kind: 'CONFERENCE',
        host: 'Tennessee Association of Chiefs of Police',
        startsOn: today,
        endsOn: today,
        location: 'Memphis Convention Center, Memphis, Tennessee',
        topics: [topic],
      },
    });
    debriefId = (
      await ok(member, createDebrief, {
        eventId: event.id,
        input: {
          title: 'What we learned at the forum',
          audience: 'MEMBERS',
          takeaways: 'The echidna model of dispatch triage halves repeat calls.',
          practices: [],
        },
      })
    ).createDebrief.id as string;
  });

  it('lists the debriefs a member may read, with snippets, and counts them', async () => {
    const result = await search(otherMember, 'echidna', 'DEBRIEFS');
    expect(result.type).toBe('DEBRIEFS');
    expect(result.totalCount).toBe(1);
    expect(result.debriefEdges.map((e: any) => e.node.id)).toEqual([debriefId]);
    expect(result.debriefEdges[0].snippet).toContain('<mark>echidna</mark> model of dispatch');
    expect(result.questionEdges).toEqual([]);
    expect(countsOf(result)).toMatchObject({ DEBRIEFS: 1, QUESTIONS: 0 });
  });

  it('gives a visitor no debrief, in the list or in any count', async () => {
    const result = await search(null, 'echidna', 'DEBRIEFS');
    expect(result.totalCount).toBe(0);
    expect(result.debriefEdges).toEqual([]);
    expect(countsOf(result).DEBRIEFS).toBe(0);
    expect(countsOf(await search(null, 'echidna')).DEBRIEFS).toBe(0);
  });

  it('keeps Query.debriefs(query:) as it was', async () => {
    const { debriefs } = await ok(member, `{ debriefs(query: "echidna") { totalCount edges { snippet node { id } } } }`);
    expect(debriefs.totalCount).toBe(1);
    expect(debriefs.edges[0].node.id).toBe(debriefId);
  });
});

describe('searching write-ups, the default', () => {
  it('answers write-ups in edges, as before, with every type counted', async () => {
    const result = await search(member, 'crisis intervention');
    expect(result.type).toBe('PRACTICES');
    expect(result.edges.length).toBeGreaterThan(0);
    expect(result.questionEdges).toEqual([]);
    expect(result.debriefEdges).toEqual([]);
    expect(result.typeCounts.map((c: any) => [c.type, c.label])).toEqual([
      ['PRACTICES', 'Write-ups'],
      ['QUESTIONS', 'Questions'],
      ['DEBRIEFS', 'Debriefs'],
    ]);
    expect(countsOf(result).PRACTICES).toBe(result.totalCount);
    // The same count from the other types' pages.
    expect(countsOf(await search(member, 'crisis intervention', 'QUESTIONS')).PRACTICES).toBe(result.totalCount);
  });

  it("counts a visitor's write-ups as a visitor's search finds them", async () => {
    const asVisitor = await search(null, 'crisis intervention');
    const asMember = await search(member, 'crisis intervention');
    expect(countsOf(asVisitor).PRACTICES).toBe(asVisitor.totalCount);
    expect(asVisitor.totalCount).toBeLessThan(asMember.totalCount);
    expect(countsOf(await search(null, 'crisis intervention', 'DEBRIEFS')).PRACTICES).toBe(asVisitor.totalCount);
  });
});
