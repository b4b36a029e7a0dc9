import { eq } from 'drizzle-orm';
import { auditLog, practices } from '@muster/db';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { changeOf, deriveRating, type RatedOutcome } from '../../api/src/modules/practices/rating.ts';
import type { TestDatabase } from '../helpers/database.ts';
import { actors } from '../helpers/actors.ts';
import { useTestApp } from '../helpers/setup.ts';

const chief = 'chief@memphis-pd.muster.demo';
const member = 'member@memphis-pd.muster.demo';
const moderator = 'moderator@muster.demo';

const lower = (metric: string, baseline: number | null, result: number, unit = 'incidents'): RatedOutcome => ({
  metric,
  baseline,
  result,
  unit,
  direction: 'LOWER_IS_BETTER',
});
const higher = (metric: string, baseline: number | null, result: number, unit = 'referrals'): RatedOutcome => ({
  metric,
  baseline,
  result,
  unit,
  direction: 'HIGHER_IS_BETTER',
});

describe('the rating rule', () => {
  it('reads each outcome as better, worse or unchanged by its direction', () => {
    expect(changeOf(lower('Use of force', 120, 80))).toBe('GOOD');
    expect(changeOf(lower('Use of force', 80, 120))).toBe('BAD');
    expect(changeOf(higher('Diversions', 10, 40))).toBe('GOOD');
    expect(changeOf(higher('Diversions', 40, 10))).toBe('BAD');
    expect(changeOf(lower('Arrests', 100, 97)), 'under 5 % of the baseline').toBe('NONE');
    expect(changeOf(lower('Arrests', null, -34, '%')), 'a change reported in %').toBe('GOOD');
    expect(changeOf(lower('Arrests', null, 34)), 'no baseline and not in %').toBeNull();
    expect(changeOf({ ...lower('Arrests', 100, 50), direction: null }), 'no direction').toBeNull();
  });

  it('gives anecdotal evidence insufficient evidence, whatever its figures', () => {
    const r = deriveRating('ANECDOTAL', [lower('Use of force', 120, 40)]);
    expect(r).toMatchObject({ rating: 'INSUFFICIENT_EVIDENCE', source: 'DERIVED' });
    expect(r.reason).toMatch(/anecdotal/i);
  });

  it('gives insufficient evidence when no outcome can be judged', () => {
    expect(deriveRating('RIGOROUS_STUDY', []).rating).toBe('INSUFFICIENT_EVIDENCE');
    const r = deriveRating('EXTERNAL_EVALUATION', [{ ...lower('Arrests', 10, 5), direction: null }]);
    expect(r.rating).toBe('INSUFFICIENT_EVIDENCE');
    expect(r.reason).toMatch(/lower or higher is better/);
  });

  it('calls outcomes that went both ways mixed, naming them', () => {
    const r = deriveRating('RIGOROUS_STUDY', [lower('Use of force', 120, 80), higher('Referrals', 50, 20)]);
    expect(r.rating).toBe('MIXED');
    expect(r.reason).toContain('“Use of force” improved but “Referrals” got worse');
  });

  it('calls improvement effective with an external evaluation or a rigorous study, promising with internal data', () => {
    const improved = [lower('Use of force', 120, 80), higher('Referrals', 20, 50), lower('Injuries', 10, 10)];
    expect(deriveRating('EXTERNAL_EVALUATION', improved)).toMatchObject({ rating: 'EFFECTIVE' });
    const study = deriveRating('RIGOROUS_STUDY', improved);
    expect(study.rating).toBe('EFFECTIVE');
    expect(study.reason).toContain('The evidence is a rigorous study.');
    expect(study.reason).toContain('“Injuries” did not change');
    const own = deriveRating('INTERNAL_DATA', improved);
    expect(own.rating).toBe('PROMISING');
    expect(own.reason).toMatch(/internal data/);
  });

  it('calls outcomes that got worse or did not move no effect', () => {
    const worse = deriveRating('EXTERNAL_EVALUATION', [lower('Crime', 100, 130)]);
    expect(worse).toMatchObject({ rating: 'NO_EFFECT', reason: 'The one outcome judged did not improve: “Crime” got worse.' });
    const flat = deriveRating('INTERNAL_DATA', [lower('Crime', 100, 101), higher('Contacts', 50, 50)]);
    expect(flat.rating).toBe('NO_EFFECT');
    expect(flat.reason).toMatch(/None of the 2 outcomes judged changed by 5 % or more/);
  });
});

const create = `mutation ($input: PracticeInput!) { createPractice(input: $input) { id slug } }`;
const publish = `mutation ($id: ID!) { publishPractice(id: $id) { id status } }`;
const ratingFields = `rating ratingReason ratingSource outcomes { metric direction } viewerCan { setRating }`;
const bySlug = `query ($slug: String!) { practice(slug: $slug) { ${ratingFields} } }`;
const setRating = `mutation ($practiceId: ID!, $rating: EvidenceRating, $reason: String) {
  setEditorialRating(practiceId: $practiceId, rating: $rating, reason: $reason) { id rating ratingReason ratingSource } }`;
const moderationLog = `{ moderationLog(first: 100) { edges { node { action detail } } } }`;

let database: TestDatabase;
let app: FastifyInstance;
const { ok, refused } = actors(() => app);

useTestApp({}, (opened) => ({ app, database } = opened));

let made = 0;
/** A published PUBLIC write-up of the Memphis chief with the given evidence level and outcome rows. */
async function published(evidenceLevel: string, outcomes: Record<string, unknown>[]) {
  made += 1;
  const input = {
    title: `Co-responder pilot number ${made}`,
    summary: 'A clinician rides with an officer on mental-health calls, and the pair decide together what the person needs.',
    body: 'How we ran it.',
    topics: ['officer-wellness'],
    evidenceLevel,
    visibility: 'PUBLIC',
    lifecycle: 'PILOT',
    outcomes,
  };
  const practice = (await ok(chief, create, { input })).createPractice as { id: string; slug: string };
  await ok(chief, publish, { id: practice.id });
  return practice;
}

describe('a write-up’s rating through the API', () => {
  it('derives each rating from the evidence level and the outcomes’ directions', async () => {
    const cases: [string, Record<string, unknown>[], string][] = [
      [
        'ANECDOTAL',
        [{ metric: 'Use-of-force incidents', baseline: 40, result: 20, direction: 'LOWER_IS_BETTER' }],
        'INSUFFICIENT_EVIDENCE',
      ],
      ['INTERNAL_DATA', [{ metric: 'Use-of-force incidents', baseline: 40, result: 20 }], 'INSUFFICIENT_EVIDENCE'],
      ['INTERNAL_DATA', [{ metric: 'Diversions to treatment', baseline: 12, result: 60, direction: 'HIGHER_IS_BETTER' }], 'PROMISING'],
      ['EXTERNAL_EVALUATION', [{ metric: 'Arrests', result: -30, unit: '%', direction: 'LOWER_IS_BETTER' }], 'EFFECTIVE'],
      [
        'RIGOROUS_STUDY',
        [
          { metric: 'Arrests', baseline: 100, result: 70, direction: 'LOWER_IS_BETTER' },
          { metric: 'Officer injuries', baseline: 10, result: 16, direction: 'LOWER_IS_BETTER' },
        ],
        'MIXED',
      ],
      ['EXTERNAL_EVALUATION', [{ metric: 'Crime reports', baseline: 200, result: 240, direction: 'LOWER_IS_BETTER' }], 'NO_EFFECT'],
    ];
    for (const [level, outcomes, expected] of cases) {
      const { slug } = await published(level, outcomes);
      const { practice } = await ok(null, bySlug, { slug });
      expect(practice, `${level} ${JSON.stringify(outcomes)}`).toMatchObject({ rating: expected, ratingSource: 'DERIVED' });
      expect((practice as { ratingReason: string }).ratingReason.length).toBeGreaterThan(20);
    }
  });

  it('keeps each outcome row’s direction and shows the rating on lists too', async () => {
    const { slug } = await published('INTERNAL_DATA', [
      { metric: 'Diversions to treatment', baseline: 12, result: 60, direction: 'HIGHER_IS_BETTER' },
      { metric: 'Calls answered', baseline: 12, result: 60 },
    ]);
    const { practice } = await ok(null, bySlug, { slug });
    expect((practice as { outcomes: unknown }).outcomes).toEqual([
      { metric: 'Diversions to treatment', direction: 'HIGHER_IS_BETTER' },
      { metric: 'Calls answered', direction: null },
    ]);
    const list = await ok(null, `{ practices(first: 50) { edges { node { slug rating ratingSource } } } }`);
    const edges = (list.practices as { edges: { node: { slug: string; rating: string } }[] }).edges;
    expect(edges.find((e) => e.node.slug === slug)?.node.rating).toBe('PROMISING');
  });
});

describe('an editorial rating', () => {
  async function row(id: string) {
    const [found] = await database.db
      .select({ rating: practices.editorialRating, reason: practices.editorialRatingReason })
      .from(practices)
      .where(eq(practices.id, id));
    return found;
  }

  it('lets a moderator set one with a reason, shown as editorial, and clear it back to the rule', async () => {
    const { id, slug } = await published('INTERNAL_DATA', [
      { metric: 'Diversions', baseline: 12, result: 60, direction: 'HIGHER_IS_BETTER' },
    ]);
    expect(((await ok(moderator, bySlug, { slug })).practice as { viewerCan: unknown }).viewerCan).toEqual({ setRating: true });
    const reason = 'The county’s evaluation found the diversions did not last past six months.';
    const set = (await ok(moderator, setRating, { practiceId: id, rating: 'MIXED', reason })).setEditorialRating;
    expect(set).toEqual({ id, rating: 'MIXED', ratingReason: reason, ratingSource: 'EDITORIAL' });
    expect((await ok(null, bySlug, { slug })).practice).toMatchObject({ rating: 'MIXED', ratingReason: reason, ratingSource: 'EDITORIAL' });
    const log = (await ok(moderator, moderationLog)).moderationLog as { edges: { node: { action: string; detail: string } }[] };
    expect(log.edges.map((e) => e.node)).toContainEqual({ action: 'EDITORIAL_RATING_SET', detail: `${slug}: MIXED: ${reason}` });

    const cleared = (await ok(moderator, setRating, { practiceId: id, rating: null })).setEditorialRating;
    expect(cleared).toMatchObject({ rating: 'PROMISING', ratingSource: 'DERIVED' });
    expect(await row(id)).toEqual({ rating: null, reason: null });
  });

  it('refuses a member and a chief, writing nothing', async () => {
    const { id, slug } = await published('INTERNAL_DATA', []);
    expect(((await ok(member, bySlug, { slug })).practice as { viewerCan: unknown }).viewerCan).toEqual({ setRating: false });
    for (const who of [member, chief]) {
      const refusal = await refused(who, setRating, { practiceId: id, rating: 'EFFECTIVE', reason: 'It looks good to me, honestly.' });
      expect(refusal.code).toBe('FORBIDDEN');
    }
    expect((await refused(null, setRating, { practiceId: id, rating: 'EFFECTIVE', reason: 'x' })).code).toBe('UNAUTHENTICATED');
    expect(await row(id)).toEqual({ rating: null, reason: null });
  });

  it('asks a moderator for a reason when setting one, writing nothing without it', async () => {
    const { id } = await published('INTERNAL_DATA', []);
    const before = await database.db.select().from(auditLog).where(eq(auditLog.action, 'EDITORIAL_RATING_SET'));
    for (const reason of [undefined, '   ']) {
      const refusal = await refused(moderator, setRating, { practiceId: id, rating: 'EFFECTIVE', reason });
      expect(refusal).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    }
    expect(await row(id)).toEqual({ rating: null, reason: null });
    const after = await database.db.select().from(auditLog).where(eq(auditLog.action, 'EDITORIAL_RATING_SET'));
    expect(after.length).toBe(before.length);
  });
});
