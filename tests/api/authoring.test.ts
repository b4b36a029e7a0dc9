import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoPassword, demoPractices } from '@muster/db/seed';
import { xssPayloads } from '../fixtures/xss-payloads.ts';
import { gql, signIn } from '../helpers/app.ts';
import { useTestApp } from '../helpers/setup.ts';

const chief = (d: string) => `chief@${d}.muster.demo`;
const member = (d: string) => `member@${d}.muster.demo`;

const fields = `id slug title summary bodyHtml status visibility lifecycle discontinuedReason problem approach version reviewComment previousSlugs
  implementation { startedOn staffing partners trainingHours } cost { startup annual notes } evidenceLevel evidenceNotes contact
  outcomes { metric baseline result unit period source } resources { kind title url } topics { slug }
  viewerCan { edit submit publish sendBack archive reportAdoption }`;
const create = `mutation ($input: PracticeInput!, $note: String) { createPractice(input: $input, note: $note) { ${fields} } }`;
const update = `mutation ($id: ID!, $version: Int!, $input: PracticeInput!, $note: String) { updatePractice(id: $id, version: $version, input: $input, note: $note) { ${fields} } }`;
const bySlug = `query ($slug: String!) { practice(slug: $slug) { ${fields} } }`;
const act = (name: string, extra = '') =>
  `mutation ($id: ID!${extra ? `, ${extra}` : ''}) { ${name}(id: $id${extra ? `, ${extra.replace(/\$(\w+): \w+!?/g, '$1: $$$1')}` : ''}) { id status reviewComment publishedAt } }`;

function draft(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Peer support team for dispatchers',
    summary:
      'Trained peers check in with dispatchers after critical calls; confidential, voluntary, and run with the employee assistance program.',
    body: '## What we did\n\nWe trained **twelve** peers.',
    topics: ['officer-wellness'],
    evidenceLevel: 'INTERNAL_DATA',
    visibility: 'PUBLIC',
    lifecycle: 'PILOT',
    problem: 'Dispatchers carry critical calls home.',
    approach: 'Peers reach out within 24 hours.',
    staffing: 'Twelve trained peers, one coordinator',
    outcomes: [
      { metric: 'Dispatchers reached within 24 hours', baseline: 10, result: 85, unit: '%', period: '2025', source: 'Internal data' },
    ],
    resources: [{ kind: 'LINK', title: 'Program guide', url: 'https://example.org/guide' }],
    ...overrides,
  };
}

let app: FastifyInstance;
const sessions: Record<string, string> = {};
const as = (email: string) => ({ session: sessions[email] });

useTestApp({ config: { auth: { signInsPerMinute: 1000 } as never } }, (opened) => ({ app } = opened));
beforeAll(async () => {
  for (const email of [member('memphis-pd'), chief('memphis-pd'), chief('boston-pd'), member('boston-pd'), 'moderator@muster.demo']) {
    sessions[email] = await signIn(app, email, demoPassword);
  }
});

describe('the write-up workflow', () => {
  it('a member drafts, the chief sends it back, the member revises and submits, the chief publishes, a visitor reads it', async () => {
    const created = await gql(app, create, { input: draft(), note: 'first draft' }, as(member('memphis-pd')));
    expect(created.errors).toBeUndefined();
    const practice = created.data!.createPractice;
    expect(practice).toMatchObject({
      status: 'DRAFT',
      version: 1,
      slug: 'peer-support-team-for-dispatchers',
      viewerCan: { edit: true, submit: true, publish: false },
    });

    // A draft exists only for its author and their chief.
    expect((await gql(app, bySlug, { slug: practice.slug })).data!.practice).toBeNull();
    expect((await gql(app, bySlug, { slug: practice.slug }, as(chief('boston-pd')))).data!.practice).toBeNull();
    expect((await gql(app, bySlug, { slug: practice.slug }, as(chief('memphis-pd')))).data!.practice.viewerCan.publish).toBe(true);
    const drafts = await gql(app, `{ ourDrafts { id status } }`, {}, as(chief('memphis-pd')));
    expect(drafts.data!.ourDrafts).toContainEqual({ id: practice.id, status: 'DRAFT' });

    // Nobody but the department's chief publishes.
    expect((await gql(app, act('publishPractice'), { id: practice.id }, as(member('memphis-pd')))).errors![0]!.extensions!.code).toBe(
      'FORBIDDEN',
    );
    expect((await gql(app, act('publishPractice'), { id: practice.id }, as(chief('boston-pd')))).errors![0]!.extensions!.code).toBe(
      'NOT_FOUND',
    );
    expect((await gql(app, act('publishPractice'), { id: practice.id })).errors![0]!.extensions!.code).toBe('NOT_FOUND');

    expect((await gql(app, act('submitPractice'), { id: practice.id }, as(member('memphis-pd')))).data!.submitPractice.status).toBe(
      'IN_REVIEW',
    );
    const sentBack = await gql(
      app,
      act('sendBackPractice', '$comment: String!'),
      { id: practice.id, comment: 'Add the cost, please.' },
      as(chief('memphis-pd')),
    );
    expect(sentBack.data!.sendBackPractice).toMatchObject({ status: 'DRAFT', reviewComment: 'Add the cost, please.' });

    const revised = await gql(
      app,
      update,
      { id: practice.id, version: 1, input: draft({ costAnnual: 18000, costNotes: 'Training and the coordinator' }), note: 'added cost' },
      as(member('memphis-pd')),
    );
    expect(revised.data!.updatePractice).toMatchObject({ version: 2, cost: { annual: 18000 } });
    await gql(app, act('submitPractice'), { id: practice.id }, as(member('memphis-pd')));
    const published = await gql(app, act('publishPractice'), { id: practice.id }, as(chief('memphis-pd')));
    expect(published.data!.publishPractice).toMatchObject({ status: 'PUBLISHED', reviewComment: null });
    expect(published.data!.publishPractice.publishedAt).toBeTruthy();

    const visitor = await gql(app, bySlug, { slug: practice.slug });
    expect(visitor.data!.practice).toMatchObject({ title: draft().title, status: 'PUBLISHED', viewerCan: { edit: false, publish: false } });
    // Published, the other department's chief sees it but may not edit it.
    const otherChief = await gql(app, update, { id: practice.id, version: 2, input: draft({ title: 'Hijacked' }) }, as(chief('boston-pd')));
    expect(otherChief.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('lets a chief write and publish directly, and keeps members-only write-ups from visitors entirely', async () => {
    const created = await gql(
      app,
      create,
      { input: draft({ title: 'Members-only tactical debrief format', visibility: 'MEMBERS' }) },
      as(chief('memphis-pd')),
    );
    const { id, slug } = created.data!.createPractice;
    await gql(app, act('publishPractice'), { id }, as(chief('memphis-pd')));
    expect((await gql(app, bySlug, { slug })).data!.practice).toBeNull();
    const list = await gql(app, `{ practices(first: 100) { totalCount edges { node { slug title } } } }`);
    expect(list.data!.practices.edges.map((e: any) => e.node.slug)).not.toContain(slug);
    expect(list.data!.practices.totalCount).toBe(list.data!.practices.edges.length);
    expect((await gql(app, bySlug, { slug }, as(member('boston-pd')))).data!.practice.title).toBe('Members-only tactical debrief format');
  });

  it('refuses drafting to visitors and to members of no department', async () => {
    expect((await gql(app, create, { input: draft() })).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    const moderator = await gql(app, create, { input: draft() }, as('moderator@muster.demo'));
    expect(moderator.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('refuses a save based on an old version and overwrites nothing', async () => {
    const { id, slug } = (await gql(app, create, { input: draft({ title: 'Early intervention dashboard' }) }, as(member('memphis-pd'))))
      .data!.createPractice;
    const chiefSave = await gql(
      app,
      update,
      {
        id,
        version: 1,
        input: draft({
          title: 'Early intervention dashboard',
          summary: 'The chief rewrote the summary to say what the dashboard flags and who reviews it.',
        }),
      },
      as(chief('memphis-pd')),
    );
    expect(chiefSave.data!.updatePractice.version).toBe(2);
    const stale = await gql(
      app,
      update,
      {
        id,
        version: 1,
        input: draft({
          title: 'Early intervention dashboard',
          summary: 'The member saves over the chief without having seen the new summary at all.',
        }),
      },
      as(member('memphis-pd')),
    );
    expect(stale.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const now = (await gql(app, bySlug, { slug }, as(member('memphis-pd')))).data!.practice;
    expect(now.summary).toMatch(/^The chief rewrote/);
    expect(now.version).toBe(2);
  });

  it('keeps every revision with a readable diff, for the author and chief only', async () => {
    const { id, slug } = (
      await gql(app, create, { input: draft({ title: 'Bike patrol in the medical district' }) }, as(member('memphis-pd')))
    ).data!.createPractice;
    await gql(
      app,
      update,
      {
        id,
        version: 1,
        input: draft({
          title: 'Bike patrol in the medical district',
          staffing: 'Six officers on bikes',
          topics: ['officer-wellness', 'community-policing'],
        }),
        note: 'staffing',
      },
      as(chief('memphis-pd')),
    );
    const history = `query ($slug: String!) { practice(slug: $slug) { revisions { version note editor { displayName } changes { field label before after diff { kind text } } } } }`;
    const { data } = await gql(app, history, { slug }, as(member('memphis-pd')));
    const [latest, first] = data!.practice.revisions;
    expect(latest).toMatchObject({ version: 2, note: 'staffing', editor: { displayName: 'Demo Chief' } });
    const staffing = latest.changes.find((c: any) => c.field === 'staffing');
    expect(staffing).toMatchObject({ label: 'Staffing', before: 'Twelve trained peers, one coordinator', after: 'Six officers on bikes' });
    expect(staffing.diff.some((p: any) => p.kind === 'REMOVED' && p.text.includes('Twelve'))).toBe(true);
    expect(staffing.diff.some((p: any) => p.kind === 'ADDED' && p.text.includes('Six'))).toBe(true);
    expect(latest.changes.map((c: any) => c.field).sort()).toEqual(['staffing', 'topics']);
    expect(first.version).toBe(1);
    expect(first.changes.length).toBeGreaterThan(5);

    await gql(app, act('publishPractice'), { id }, as(chief('memphis-pd')));
    expect((await gql(app, history, { slug })).data!.practice.revisions).toBeNull();
    expect((await gql(app, history, { slug }, as(member('boston-pd')))).data!.practice.revisions).toBeNull();
  });

  it('finds a renamed write-up by its old slug', async () => {
    const { id, slug } = (await gql(app, create, { input: draft({ title: 'Tow-away notice by text' }) }, as(chief('memphis-pd')))).data!
      .createPractice;
    await gql(app, act('publishPractice'), { id }, as(chief('memphis-pd')));
    const renamed = await gql(
      app,
      update,
      { id, version: 1, input: draft({ title: 'Text-message tow notices' }) },
      as(chief('memphis-pd')),
    );
    expect(renamed.data!.updatePractice).toMatchObject({ slug: 'text-message-tow-notices', previousSlugs: [slug] });
    expect((await gql(app, bySlug, { slug })).data!.practice).toMatchObject({ id, slug: 'text-message-tow-notices' });
    // A new write-up may not take the old address.
    const clash = await gql(app, create, { input: draft({ title: 'Tow-away notice by text' }) }, as(chief('memphis-pd')));
    expect(clash.data!.createPractice.slug).toBe('tow-away-notice-by-text-2');
  });
});

describe('bad input', () => {
  it('names every faulty field at once and saves nothing', async () => {
    const before = (await gql(app, `{ ourDrafts { id } }`, {}, as(chief('memphis-pd')))).data!.ourDrafts.length;
    const { data, errors } = await gql(
      app,
      create,
      {
        input: draft({
          title: 'x',
          summary: 'short',
          topics: [],
          lifecycle: 'DISCONTINUED',
          trainingHours: -3,
          outcomes: [{ metric: '', result: 5 }],
          resources: [{ kind: 'LINK', title: 'Bad', url: 'javascript:alert(1)' }],
        }),
      },
      as(chief('memphis-pd')),
    );
    expect(data).toBeNull();
    expect(errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(Object.keys((errors![0]!.extensions as any).fields).sort()).toEqual(
      ['discontinuedReason', 'outcomes.0.metric', 'resources.0.url', 'summary', 'title', 'topics', 'trainingHours'].sort(),
    );
    const unknownTopic = await gql(app, create, { input: draft({ topics: ['astrology'] }) }, as(chief('memphis-pd')));
    expect(unknownTopic.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'topics' });
    expect((await gql(app, `{ ourDrafts { id } }`, {}, as(chief('memphis-pd')))).data!.ourDrafts.length).toBe(before);
  });

  it(`stores ${xssPayloads.length} known XSS payloads as text and renders the body harmless`, async () => {
    expect(xssPayloads.length).toBeGreaterThanOrEqual(30);
    for (const [i, payload] of xssPayloads.entries()) {
      const input = draft({
        title: `Payload ${i} ${payload}`.slice(0, 160),
        summary: `Summary carrying a payload: ${payload}`.slice(0, 280),
        body: `Body ${payload}\n\n${payload}`,
        problem: payload,
        approach: payload,
        staffing: payload,
        partners: payload,
        costNotes: payload,
        evidenceNotes: payload,
        contact: payload,
        outcomes: [
          {
            metric: `Metric ${payload}`.slice(0, 200),
            result: 1,
            unit: payload.slice(0, 40),
            period: payload.slice(0, 100),
            source: payload.slice(0, 300),
          },
        ],
        resources: [{ kind: 'LINK', title: `Link ${payload}`.slice(0, 200), url: 'https://example.org/' }],
      });
      const { data, errors } = await gql(app, create, { input }, as(chief('memphis-pd')));
      expect(errors, payload).toBeUndefined();
      const p = data!.createPractice;
      // Plain fields come back exactly as typed: text, escaped by the page when shown.
      expect(p.problem).toBe(payload.trim());
      expect(p.contact).toBe(payload.trim());
      expect(p.outcomes[0].source).toBe(payload.slice(0, 300).trim());
      // The rendered body keeps no executable markup.
      expect(p.bodyHtml, payload).not.toMatch(
        /<(script|iframe|object|embed|style|meta|base|form|input|svg|math|img|video|details|body)\b/i,
      );
      // Inside real tags (escaped text such as "&lt;img onerror=…" is only text): no handlers, no script URLs.
      expect(p.bodyHtml, payload).not.toMatch(/<[a-z][^>]*\son\w+\s*=/i);
      expect(p.bodyHtml, payload).not.toMatch(/<[a-z][^>]*\s(href|src|action)\s*=\s*["']?\s*(javascript|data|vbscript):/i);
    }
  });
});

describe('adoptions', () => {
  const report = `mutation ($practiceId: ID!, $input: AdoptionInput!) { reportAdoption(practiceId: $practiceId, input: $input) { id status changes likeMine department { slug } outcomes { metric baseline result unit } } }`;
  const origin = demoPractices.find((p) => p.department === 'denver-pd' && p.outcomes.length > 0)!;

  it("lets a verified chief report their department's adoption, shown beside the origin's outcomes", async () => {
    const practiceId = (await gql(app, `query ($slug: String!) { practice(slug: $slug) { id } }`, { slug: origin.slug })).data!.practice.id;
    const input = {
      status: 'PILOT',
      startedOn: '2026-03-01',
      changes: 'Two clinicians instead of a clinician and a paramedic',
      outcomes: [{ metric: 'Calls answered without police', baseline: 0, result: 212, unit: 'calls', period: 'first six months' }],
    };
    expect((await gql(app, report, { practiceId, input }, as(member('boston-pd')))).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((await gql(app, report, { practiceId, input })).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');

    const reported = await gql(app, report, { practiceId, input }, as(chief('boston-pd')));
    expect(reported.errors).toBeUndefined();
    expect(reported.data!.reportAdoption).toMatchObject({
      status: 'PILOT',
      department: { slug: 'boston-pd' },
      outcomes: [{ metric: 'Calls answered without police', baseline: 0, result: 212 }],
    });

    // A second report updates the first.
    await gql(app, report, { practiceId, input: { ...input, status: 'ADOPTED' } }, as(chief('boston-pd')));
    const page = await gql(
      app,
      `query ($slug: String!) { practice(slug: $slug) { outcomes { metric } adoptions { status department { slug } outcomes { metric result } } } }`,
      { slug: origin.slug },
    );
    expect(page.data!.practice.adoptions).toEqual([
      { status: 'ADOPTED', department: { slug: 'boston-pd' }, outcomes: [{ metric: 'Calls answered without police', result: 212 }] },
    ]);
    expect(page.data!.practice.outcomes.length).toBe(origin.outcomes.length);

    const departments = await gql(
      app,
      `{ boston: department(slug: "boston-pd") { adoptions { practice { slug } } } denver: department(slug: "denver-pd") { adoptedBy { department { slug } } } }`,
    );
    expect(departments.data!.boston.adoptions).toEqual([{ practice: { slug: origin.slug } }]);
    expect(departments.data!.denver.adoptedBy).toEqual([{ department: { slug: 'boston-pd' } }]);
  });

  it('marks adopters like the viewer’s department, and refuses bad reports', async () => {
    const practiceId = (await gql(app, `query ($slug: String!) { practice(slug: $slug) { id } }`, { slug: origin.slug })).data!.practice.id;
    const own = await gql(app, report, { practiceId, input: { status: 'ADOPTED' } }, as(chief('memphis-pd')));
    expect(own.errors).toBeUndefined();
    const likeMine = await gql(
      app,
      `query ($slug: String!) { practice(slug: $slug) { adoptions { likeMine department { slug swornOfficers agencyType } } } }`,
      { slug: origin.slug },
      as(member('boston-pd')),
    );
    const rows = likeMine.data!.practice.adoptions;
    const boston = rows.find((r: any) => r.department.slug === 'boston-pd');
    expect(boston.likeMine).toBe(false); // one's own department is not "like mine"
    const memphis = rows.find((r: any) => r.department.slug === 'memphis-pd');
    const bostonSize = boston.department.swornOfficers;
    const ratio = memphis.department.swornOfficers / bostonSize;
    expect(memphis.likeMine).toBe(memphis.department.agencyType === boston.department.agencyType && ratio >= 0.5 && ratio <= 2);

    const bad = await gql(
      app,
      report,
      { practiceId, input: { status: 'PILOT', startedOn: '2026-05-01', endedOn: '2026-01-01' } },
      as(chief('boston-pd')),
    );
    expect(bad.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(Object.keys((bad.errors![0]!.extensions as any).fields)).toEqual(['endedOn']);
  });
});

describe('editing details', () => {
  it('gives the Markdown source to editors only, and never the slug of a page of the site', async () => {
    const created = await gql(app, create, { input: draft({ title: 'New!!' }) }, as(chief('memphis-pd')));
    const { id, slug } = created.data!.createPractice;
    expect(slug).toBe('new-2');
    await gql(app, act('publishPractice'), { id }, as(chief('memphis-pd')));
    const read = `query ($slug: String!) { practice(slug: $slug) { body viewerCan { edit readHistory submit } } }`;
    expect((await gql(app, read, { slug }, as(chief('memphis-pd')))).data!.practice).toEqual({
      body: draft().body,
      viewerCan: { edit: true, readHistory: true, submit: false },
    });
    expect((await gql(app, read, { slug })).data!.practice).toEqual({
      body: null,
      viewerCan: { edit: false, readHistory: false, submit: false },
    });
  });

  it('names fields the way the form does in length messages', async () => {
    const long = await gql(app, create, { input: draft({ costNotes: 'x'.repeat(2001) }) }, as(chief('memphis-pd')));
    expect(long.errors![0]!.message).toBe('Cost notes takes at most 2,000 characters.');
  });
});

describe('the compose preview', () => {
  it('renders Markdown as the write-up will show it, for signed-in members only', async () => {
    const preview = `query ($body: String!) { previewMarkdown(body: $body) }`;
    const { data } = await gql(
      app,
      preview,
      { body: '## Results\n\n**fewer** calls\n\n<script>alert(1)</script>' },
      as(member('memphis-pd')),
    );
    expect(data!.previewMarkdown).toContain('<h2>Results</h2>');
    expect(data!.previewMarkdown).toContain('<strong>fewer</strong>');
    expect(data!.previewMarkdown).not.toContain('<script');
    expect((await gql(app, preview, { body: 'x' })).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });
});
