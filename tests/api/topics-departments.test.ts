import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { demoDepartments, demoPractices, demoTopics } from '@muster/db/seed';
import { gql } from '../helpers/app.ts';
import { useTestApp } from '../helpers/setup.ts';

const visible = demoPractices.filter((p) => p.visibility === 'PUBLIC');

let app: FastifyInstance;

useTestApp({}, (opened) => ({ app } = opened));

describe('topics', () => {
  it('lists the taxonomy in order with counts of visible write-ups', async () => {
    const { data } = await gql(app, `{ topics { slug name practiceCount } }`);
    expect(data!.topics.map((t: any) => t.slug)).toEqual(demoTopics.map((t) => t.slug));
    for (const topic of data!.topics) {
      expect(topic.practiceCount, topic.slug).toBe(visible.filter((p) => p.topics.includes(topic.slug)).length);
    }
  });

  it('shows a topic with its write-ups, and null for an unknown slug', async () => {
    const { data } = await gql(
      app,
      `{ topic(slug: "community-policing") { name practiceCount practices(first: 50) { totalCount edges { node { slug topics { slug } } } } }
         missing: topic(slug: "no-such-topic") { name practiceCount } }`,
    );
    expect(data!.missing).toBeNull();
    const edges = data!.topic.practices.edges;
    expect(edges.length).toBe(data!.topic.practices.totalCount);
    expect(data!.topic.practiceCount).toBe(visible.filter((p) => p.topics.includes('community-policing')).length);
    for (const { node } of edges) expect(node.topics.map((t: any) => t.slug)).toContain('community-policing');
  });
});

describe('departments', () => {
  it('lists departments by name with state and agency-type filters', async () => {
    const all = await gql(app, `{ departments(first: 100) { totalCount edges { node { name } } } }`);
    expect(all.data!.departments.totalCount).toBe(demoDepartments.length);
    const names = all.data!.departments.edges.map((e: any) => e.node.name);
    expect(names).toEqual([...names].sort((a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)));

    const filtered = await gql(
      app,
      `{ departments(filter: { states: ["CA"], agencyTypes: [MUNICIPAL] }) { totalCount edges { node { slug state agencyType } } } }`,
    );
    expect(filtered.data!.departments.totalCount).toBe(
      demoDepartments.filter((d) => d.state === 'CA' && d.agencyType === 'MUNICIPAL').length,
    );
  });

  it('pages departments with cursors', async () => {
    const first = await gql(app, `{ departments(first: 5) { edges { node { slug } } pageInfo { hasNextPage endCursor } } }`);
    const next = await gql(app, `query ($after: String) { departments(first: 5, after: $after) { edges { node { slug } } } }`, {
      after: first.data!.departments.pageInfo.endCursor,
    });
    const slugs = [...first.data!.departments.edges, ...next.data!.departments.edges].map((e: any) => e.node.slug);
    expect(new Set(slugs).size).toBe(10);
  });

  it('counts each listed department’s visible write-ups, and keeps the whole list’s total on every page', async () => {
    const first = await gql(app, `{ departments(first: 100) { totalCount edges { node { slug practiceCount } } pageInfo { endCursor } } }`);
    for (const { node } of first.data!.departments.edges) {
      expect(node.practiceCount, node.slug).toBe(visible.filter((p) => p.department === node.slug).length);
    }
    const query = `query ($after: String) { departments(first: 2, after: $after) { totalCount edges { node { slug } } } }`;
    const second = await gql(app, query, {
      after: (await gql(app, `{ departments(first: 2) { pageInfo { endCursor } } }`)).data!.departments.pageInfo.endCursor,
    });
    expect(second.data!.departments.totalCount).toBe(demoDepartments.length);
    // Past the last department: no rows, and still the total.
    const past = await gql(app, query, { after: first.data!.departments.pageInfo.endCursor });
    expect(past.data!.departments).toEqual({ totalCount: demoDepartments.length, edges: [] });
  });

  it('shows a department with its profile and visible write-ups', async () => {
    const department = demoDepartments.find((d) => d.slug === 'memphis-pd')!;
    const { data } = await gql(
      app,
      `{ department(slug: "memphis-pd") { name state city agencyType swornOfficers practiceCount practices { edges { node { slug } } } } }`,
    );
    expect(data!.department).toMatchObject({
      name: department.name,
      state: department.state,
      city: department.city,
      agencyType: department.agencyType,
      swornOfficers: department.swornOfficers,
      practiceCount: visible.filter((p) => p.department === 'memphis-pd').length,
    });
    expect(data!.department.practices.edges.map((e: any) => e.node.slug).sort()).toEqual(
      visible
        .filter((p) => p.department === 'memphis-pd')
        .map((p) => p.slug)
        .sort(),
    );
  });

  it('answers null for an unknown department and refuses a slug that cannot exist', async () => {
    const missing = await gql(app, `{ department(slug: "atlantis-pd") { name } }`);
    expect(missing.data!.department).toBeNull();
    const bad = await gql(app, `{ department(slug: "Not A Slug!") { name } }`);
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'slug' });
  });
});
