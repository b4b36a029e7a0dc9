import type { FastifyInstance } from 'fastify';
import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { comments, departments, events, practices, users } from '@muster/db';
import type { TestDatabase } from '../helpers/database.ts';
import { actors, type Who } from '../helpers/actors.ts';
import { useTestApp } from '../helpers/setup.ts';

let database: TestDatabase;
let app: FastifyInstance;
const { ok, refused, run } = actors(() => app);

const moderator = 'moderator@muster.demo';
const chief = 'chief@memphis-pd.muster.demo';
const member = 'member@memphis-pd.muster.demo';

// What a line-based format would take for a new line or a terminal for a command, and the C1
// codes that some decoders treat as line breaks (NEL) or escapes (CSI).
const payloads = ['\r\nBEGIN:VEVENT', '\n', '\r', '\t', '\u0000', '\u001b[31m', '\u007f', '\u0085', '\u009b'];

let pastEventId = '';
let practiceId = '';
let tag = 0;

useTestApp(
  { config: { auth: { signInsPerMinute: 1000, signUpsPerHour: 1000 } as never, commentsPerMinute: 1000, requestsPerMinute: 100_000 } },
  (opened) => ({ app, database } = opened),
);
beforeAll(async () => {
  const { events: past } = await ok(null, `{ events(upcoming: false, first: 1) { edges { node { id } } } }`);
  pastEventId = past.edges[0].node.id;
  const [row] = await database.db.select({ id: practices.id }).from(practices).where(eq(practices.status, 'PUBLISHED')).limit(1);
  practiceId = row!.id;
});

const practiceInput = (overrides: Record<string, unknown> = {}) => ({
  title: 'Co-responder shifts on weekends',
  summary: 'Clinicians ride with patrol on weekend evenings; calls for service in crisis fell.',
  body: 'How we staffed it.\n\n- One clinician\n- One officer',
  topics: ['training'],
  evidenceLevel: 'ANECDOTAL',
  visibility: 'PUBLIC',
  lifecycle: 'RUNNING',
  outcomes: [{ metric: 'Crisis calls handled', result: 40, unit: 'calls', period: 'a month', source: 'CAD records' }],
  resources: [{ kind: 'LINK', title: 'Program page', url: 'https://example.org/program' }],
  ...overrides,
});

const eventInput = (overrides: Record<string, unknown> = {}) => ({
  name: `Weekend crisis response seminar ${++tag}`,
  kind: 'TRAINING',
  host: 'Demo: Regional training academy',
  startsOn: '2099-05-04',
  endsOn: '2099-05-04',
  location: 'Academy hall, Memphis, Tennessee',
  url: 'https://example.org/seminar',
  ...overrides,
});

const signUpInput = (overrides: Record<string, unknown> = {}) => ({
  email: `text.${++tag}@memphis-pd.example.gov`,
  password: 'correct horse battery staple',
  displayName: 'Riley Morgan',
  title: 'Sergeant',
  departmentSlug: 'memphis-pd',
  ...overrides,
});

const newDepartment = (overrides: Record<string, unknown> = {}) => ({
  email: `text.${++tag}@newtown.example.gov`,
  password: 'correct horse battery staple',
  displayName: 'Riley Morgan',
  title: 'Chief of Police',
  newDepartment: { name: 'Newtown Police Department', agencyType: 'MUNICIPAL', state: 'TN', city: 'Newtown', ...overrides },
});

const signUp = `mutation ($input: SignUpInput!) { signUp(input: $input) { status } }`;
const createPractice = `mutation ($input: PracticeInput!, $note: String) { createPractice(input: $input, note: $note) { id } }`;
const createEvent = `mutation ($input: EventInput!) { createEvent(input: $input) { id } }`;
const createDebrief = `mutation ($eventId: ID!, $input: DebriefInput!) { createDebrief(eventId: $eventId, input: $input) { id } }`;
const addComment = `mutation ($practiceId: ID!, $body: String!) { addComment(practiceId: $practiceId, body: $body) { id body } }`;
const reportAdoption = `mutation ($practiceId: ID!, $input: AdoptionInput!) { reportAdoption(practiceId: $practiceId, input: $input) { id } }`;

/** One single-line field of one mutation: who sends it, and the variables with `value` in that field. */
interface Row {
  field: string;
  who: Who;
  document: string;
  variables: (value: string) => Record<string, unknown>;
}

const singleLine: Row[] = [
  { field: 'displayName', who: null, document: signUp, variables: (v) => ({ input: signUpInput({ displayName: `Riley${v}Morgan` }) }) },
  { field: 'title', who: null, document: signUp, variables: (v) => ({ input: signUpInput({ title: `Sergeant${v}` }) }) },
  { field: 'newDepartment.name', who: null, document: signUp, variables: (v) => ({ input: newDepartment({ name: `Newtown${v}Police` }) }) },
  { field: 'newDepartment.city', who: null, document: signUp, variables: (v) => ({ input: newDepartment({ city: `New${v}town` }) }) },
  {
    field: 'title',
    who: chief,
    document: createPractice,
    variables: (v) => ({ input: practiceInput({ title: `Co-responder${v}shifts` }) }),
  },
  { field: 'note', who: chief, document: createPractice, variables: (v) => ({ input: practiceInput(), note: `First${v}draft` }) },
  {
    field: 'outcomes.0.metric',
    who: chief,
    document: createPractice,
    variables: (v) => ({ input: practiceInput({ outcomes: [{ metric: `Crisis${v}calls`, result: 40 }] }) }),
  },
  {
    field: 'outcomes.0.unit',
    who: chief,
    document: createPractice,
    variables: (v) => ({ input: practiceInput({ outcomes: [{ metric: 'Crisis calls', result: 40, unit: `calls${v}` }] }) }),
  },
  {
    field: 'resources.0.title',
    who: chief,
    document: createPractice,
    variables: (v) => ({ input: practiceInput({ resources: [{ kind: 'LINK', title: `Program${v}page`, url: 'https://example.org/p' }] }) }),
  },
  {
    field: 'name',
    who: moderator,
    document: createEvent,
    variables: (v) => ({ input: eventInput({ name: `Weekend seminar${v}END:VCALENDAR` }) }),
  },
  { field: 'host', who: moderator, document: createEvent, variables: (v) => ({ input: eventInput({ host: `Regional${v}academy` }) }) },
  {
    field: 'location',
    who: moderator,
    document: createEvent,
    variables: (v) => ({ input: eventInput({ location: `Academy hall${v}Memphis` }) }),
  },
  {
    field: 'title',
    who: member,
    document: createDebrief,
    variables: (v) => ({ eventId: pastEventId, input: { title: `What we learned${v}there`, audience: 'MEMBERS', takeaways: 'Much.' } }),
  },
];

async function rowCounts() {
  const [p] = await database.db.select({ n: count() }).from(practices);
  const [e] = await database.db.select({ n: count() }).from(events);
  const [u] = await database.db.select({ n: count() }).from(users);
  const [d] = await database.db.select({ n: count() }).from(departments);
  return { practices: p!.n, events: e!.n, users: u!.n, departments: d!.n };
}

describe('single-line text', () => {
  it('refuses line breaks, tabs and every other control character in each single-line field, naming it, and writes nothing', async () => {
    const before = await rowCounts();
    for (const row of singleLine) {
      for (const payload of payloads) {
        const refusal = await refused(row.who, row.document, row.variables(payload));
        expect(refusal, `${row.field} with ${JSON.stringify(payload)}`).toMatchObject({ code: 'BAD_USER_INPUT', field: row.field });
        expect(refusal.message).toMatch(/one line of text/);
      }
    }
    expect(await rowCounts()).toEqual(before);
  });

  it('accepts the same fields without the control characters (the table is sound)', async () => {
    for (const row of singleLine) {
      const response = await run(row.who, row.document, row.variables(' '));
      expect(response.errors, `${row.field}: ${JSON.stringify(response.errors)}`).toBeUndefined();
    }
  });

  it('names every field at fault at once', async () => {
    const refusal = await refused(moderator, createEvent, {
      input: eventInput({ name: 'Seminar\nforged', host: 'Academy\ttabbed', location: 'Hall\r\n' }),
    });
    expect(refusal).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(Object.keys(refusal.fields ?? {}).sort()).toEqual(['host', 'location', 'name']);
  });
});

describe('multi-line text', () => {
  it('keeps line breaks and tabs in Markdown bodies and notes', async () => {
    const body = 'First line\r\nSecond line\n\n\tindented code';
    const { addComment: comment } = await ok(member, addComment, { practiceId, body });
    const [stored] = await database.db.select({ body: comments.body }).from(comments).where(eq(comments.id, comment.id));
    // Stored as sent, apart from trimming at the ends.
    expect(stored!.body.replace(/\r\n/g, '\n')).toBe(body.replace(/\r\n/g, '\n'));
  });

  it('refuses other control characters in them, naming the field', async () => {
    for (const payload of ['\u0000', '\u0007', '\u001b[2J', '\u007f', '\u0085']) {
      expect(await refused(member, addComment, { practiceId, body: `A comment${payload}` }), JSON.stringify(payload)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'body',
      });
      expect(await refused(chief, reportAdoption, { practiceId, input: { status: 'PILOT', note: `Going${payload}well` } })).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'note',
      });
    }
  });
});
