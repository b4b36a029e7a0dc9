import { sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import type { AgencyType, EvidenceLevel, Lifecycle, Visibility } from '../schema/enums.ts';
import { randomUUID } from 'node:crypto';
import { comments, departments, outcomes, practices, practiceTopics, topics, users } from '../schema/index.ts';
import { indexSearchWords } from '../search-index.ts';
import { refreshSearchWords } from '../search-words.ts';
import { contexts, metrics, partners, programs, sentences, states, towns } from './vocabulary.ts';

export interface GenOptions {
  practices: number;
  departments: number;
  users: number;
  /** Comments spread over the generated practices, about a third of them replies. */
  comments?: number;
  /** Same seed, same data. */
  seed?: number;
  onProgress?: (done: number, total: number, what: 'practices' | 'comments') => void;
}

/** A small, fast, seeded PRNG (mulberry32): the data set is reproducible. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  return { next, pick };
}

const batchSize = 1000;

/**
 * Adds a large realistic data set to a migrated database (the demo topics must be there: run
 * once with SEED=demo first, or on a seeded database). Departments get a "gen-" slug prefix.
 */
export async function generate(
  db: Db,
  options: GenOptions,
): Promise<{ departments: number; users: number; practices: number; comments: number }> {
  const { next, pick } = random(options.seed ?? 1);
  const topicRows = await db.select({ id: topics.id, slug: topics.slug, name: topics.name }).from(topics);
  if (topicRows.length === 0) throw new Error('No topics: start the app once (SEED=demo) before generating data.');
  const topicBySlug = new Map(topicRows.map((t) => [t.slug, t]));

  // Departments: mostly municipal, sizes spread over orders of magnitude (many small, few large).
  const agencyTypes: AgencyType[] = [
    'MUNICIPAL',
    'MUNICIPAL',
    'MUNICIPAL',
    'MUNICIPAL',
    'MUNICIPAL',
    'MUNICIPAL',
    'SHERIFF',
    'SHERIFF',
    'STATE',
    'CAMPUS',
    'TRANSIT',
    'TRIBAL',
  ];
  const run = Math.floor(next() * 1e6).toString(36);
  const departmentIds: string[] = [];
  for (let i = 0; i < options.departments; i += batchSize) {
    const rows = Array.from({ length: Math.min(batchSize, options.departments - i) }, (_, j) => {
      const type = pick(agencyTypes);
      const town = pick(towns);
      const sworn = Math.max(5, Math.round(Math.exp(2.5 + next() * 6)));
      const name = `${town} ${type === 'SHERIFF' ? "County Sheriff's Office" : type === 'CAMPUS' ? 'University Police' : type === 'TRANSIT' ? 'Transit Police' : type === 'STATE' ? 'State Patrol' : type === 'TRIBAL' ? 'Tribal Police' : 'Police Department'} ${i + j + 1}`;
      return {
        slug: `gen-${run}-${i + j + 1}`,
        name,
        agencyType: type,
        state: pick(states),
        city: town,
        swornOfficers: sworn,
        populationServed: sworn * Math.round(400 + next() * 800),
        description: `A generated ${type.toLowerCase()} agency for load and search testing.`,
        verified: true,
      };
    });
    departmentIds.push(...(await db.insert(departments).values(rows).returning({ id: departments.id })).map((r) => r.id));
  }

  const userIds: string[] = [];
  for (let i = 0; i < options.users; i += batchSize) {
    const rows = Array.from({ length: Math.min(batchSize, options.users - i) }, (_, j) => ({
      email: `officer${i + j + 1}.${run}@gen.muster.test`,
      displayName: `Generated Officer ${i + j + 1}`,
      handle: `officer-${i + j + 1}-${run}`,
      title: pick(['Officer', 'Sergeant', 'Lieutenant', 'Captain', 'Chief']),
      departmentId: pick(departmentIds),
      verification: 'VERIFIED' as const,
      emailConfirmedAt: new Date(),
    }));
    userIds.push(...(await db.insert(users).values(rows).returning({ id: users.id })).map((r) => r.id));
  }

  const evidence: EvidenceLevel[] = [
    'ANECDOTAL',
    'ANECDOTAL',
    'INTERNAL_DATA',
    'INTERNAL_DATA',
    'INTERNAL_DATA',
    'EXTERNAL_EVALUATION',
    'RIGOROUS_STUDY',
  ];
  const lifecycles: Lifecycle[] = ['PILOT', 'RUNNING', 'RUNNING', 'RUNNING', 'SCALED', 'DISCONTINUED'];
  const visibilities: Visibility[] = ['PUBLIC', 'PUBLIC', 'PUBLIC', 'MEMBERS'];
  const now = Date.now();
  const practiceRefs: { id: string; publishedAt: Date }[] = [];
  for (let i = 0; i < options.practices; i += batchSize) {
    const batch = Array.from({ length: Math.min(batchSize, options.practices - i) }, (_, j) => {
      const program = pick(programs);
      const context = pick(contexts);
      const word = () => pick(program.words);
      const sentence = () =>
        pick(sentences)
          .replace('{word}', word())
          .replace('{word2}', word())
          .replace('{partner}', pick(partners))
          .replace('{program}', program.name);
      const extraTopic = next() < 0.3 ? [pick(topicRows).slug] : [];
      const topicSlugs = [...new Set([...program.topics, ...extraTopic])].filter((s) => topicBySlug.has(s));
      const lifecycle = pick(lifecycles);
      const publishedAt = new Date(now - Math.floor(next() * 5 * 365 * 86400_000));
      return {
        topicSlugs,
        outcomeCount: next() < 0.45 ? 1 + Math.floor(next() * 3) : 0,
        values: {
          slug: `gen-${run}-practice-${i + j + 1}`,
          title: `${program.name[0]!.toUpperCase()}${program.name.slice(1)} ${context} (${i + j + 1})`,
          summary: `${sentence()} ${sentence()}`.slice(0, 280),
          body: `## What we did\n\n${sentence()} ${sentence()} ${sentence()}\n\n## What we learned\n\n${sentence()} ${sentence()}\n\n## What we would do differently\n\n${sentence()}`,
          departmentId: pick(departmentIds),
          authorId: userIds.length ? pick(userIds) : null,
          status: 'PUBLISHED' as const,
          visibility: pick(visibilities),
          lifecycle,
          discontinuedReason: lifecycle === 'DISCONTINUED' ? `Funding ended and ${word()} did not hold up.` : null,
          problem: `Rising ${word()} and ${word()} ${context}.`,
          approach: `A ${program.name} with ${pick(partners)}, focused on ${word()}.`,
          staffing: `${2 + Math.floor(next() * 20)} officers and ${Math.floor(next() * 4)} civilians`,
          partners: `${pick(partners)}; ${pick(partners)}`,
          trainingHours: next() < 0.5 ? 4 + Math.floor(next() * 60) : null,
          costStartup: next() < 0.5 ? Math.round(next() * 500) * 1000 : null,
          costAnnual: next() < 0.5 ? Math.round(next() * 900) * 1000 : null,
          evidenceLevel: pick(evidence),
          topicNames: topicSlugs.map((s) => topicBySlug.get(s)!.name).join(' '),
          publishedAt,
          createdAt: publishedAt,
          updatedAt: publishedAt,
        },
      };
    });
    await db.transaction(async (tx) => {
      const ids = await tx
        .insert(practices)
        .values(batch.map((b) => b.values))
        .returning({ id: practices.id });
      ids.forEach((row, k) => practiceRefs.push({ id: row.id, publishedAt: batch[k]!.values.publishedAt }));
      const links = batch.flatMap((b, k) => b.topicSlugs.map((slug) => ({ practiceId: ids[k]!.id, topicId: topicBySlug.get(slug)!.id })));
      await tx.insert(practiceTopics).values(links);
      const figures = batch.flatMap((b, k) =>
        Array.from({ length: b.outcomeCount }, (_, position) => {
          const [metric, unit] = pick(metrics);
          const baseline = Math.round(20 + next() * 500);
          return {
            practiceId: ids[k]!.id,
            position,
            metric,
            unit,
            baseline,
            result: Math.round(baseline * (0.4 + next() * 0.9)),
            period: `${2019 + Math.floor(next() * 6)}`,
            source: 'Generated data',
          };
        }),
      );
      if (figures.length) await tx.insert(outcomes).values(figures);
    });
    options.onProgress?.(Math.min(i + batchSize, options.practices), options.practices, 'practices');
  }
  const commentCount = userIds.length && practiceRefs.length ? (options.comments ?? 0) : 0;
  // Ids are made here so replies can name their thread without a round trip; threads are
  // remembered per practice (the latest few), and a reply lands after the comment it answers.
  const threads = new Map<number, { id: string; at: number }[]>();
  const commentBatch = 5000;
  for (let i = 0; i < commentCount; i += commentBatch) {
    const rows = Array.from({ length: Math.min(commentBatch, commentCount - i) }, () => {
      const index = Math.floor(next() * practiceRefs.length);
      const practice = practiceRefs[index]!;
      const open = threads.get(index) ?? [];
      const parent = open.length && next() < 0.35 ? pick(open) : null;
      const since = parent ? parent.at : practice.publishedAt.getTime();
      const at = Math.min(now, since + Math.floor(next() * 30 * 86400_000));
      const id = randomUUID();
      if (!parent) threads.set(index, [...open.slice(-4), { id, at }]);
      const program = pick(programs);
      const body = pick(sentences)
        .replace('{word}', pick(program.words))
        .replace('{word2}', pick(program.words))
        .replace('{partner}', pick(partners))
        .replace('{program}', program.name);
      return {
        id,
        practiceId: practice.id,
        authorId: pick(userIds),
        parentId: parent?.id ?? null,
        rootId: parent?.id ?? null,
        body: parent ? `Thanks. ${body}` : `How did this work for you? ${body}`,
        createdAt: new Date(at),
      };
    });
    await db.insert(comments).values(rows);
    options.onProgress?.(Math.min(i + commentBatch, commentCount), commentCount, 'comments');
  }
  // Settled as a running database would have it within minutes (autovacuum): visibility map set, statistics current.
  await db.execute(sql`vacuum analyze`);
  await refreshSearchWords(db);
  await indexSearchWords(db);
  return { departments: departmentIds.length, users: userIds.length, practices: options.practices, comments: commentCount };
}
