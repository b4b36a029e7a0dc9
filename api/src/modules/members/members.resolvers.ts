import type { MercuriusContext } from 'mercurius';
import type { MemberFilter as MemberFilterInput, Resolvers } from '../../generated/graphql.ts';
import { badInput, FieldErrors } from '../../graphql/errors.ts';
import { connection, readPage } from '../../graphql/pagination.ts';
import * as validate from '../../graphql/validate.ts';
import { requireVerifiedMember } from '../../policy.ts';
import { findDepartmentBySlug } from '../departments/index.ts';
import { findTopicBySlug } from '../topics/index.ts';
import { findMemberByHandle, listMembers, membersByHandlePrefix, type MemberFilter, type MemberKey } from './members.repository.ts';

/** A blank field in a filter form means "any", not a value to refuse. */
const given = (value: string | null | undefined): string | undefined => value?.trim() || undefined;

/** Checks every filter at once, so a form can say everything that is wrong in one go. */
async function readMemberFilter(ctx: MercuriusContext, input: MemberFilterInput | null | undefined): Promise<MemberFilter> {
  if (!input) return {};
  const errors = new FieldErrors();
  const filter: MemberFilter = { agencyType: input.agencyType ?? undefined };

  const topicSlug = given(input.topic) && errors.check(() => validate.slug('filter.topic', given(input.topic)!));
  const departmentSlug =
    given(input.departmentSlug) && errors.check(() => validate.slug('filter.departmentSlug', given(input.departmentSlug)!));
  const [topic, department] = await Promise.all([
    topicSlug ? findTopicBySlug(ctx.db, topicSlug) : null,
    departmentSlug ? findDepartmentBySlug(ctx.db, departmentSlug) : null,
  ]);
  if (topicSlug && !topic) errors.add('filter.topic', `There is no topic “${topicSlug}”. Choose one from the topic list.`);
  if (departmentSlug && !department)
    errors.add('filter.departmentSlug', `There is no department “${departmentSlug}”. Choose one from the department list.`);
  filter.topicId = topic?.id;
  filter.departmentId = department?.id;

  const state = given(input.state);
  if (state) {
    const code = state.toUpperCase();
    if (/^[A-Z]{2}$/.test(code)) filter.state = code;
    else errors.add('filter.state', `State takes a two-letter code such as “CA”; “${state.slice(0, 20)}” is not one.`);
  }
  filter.search = errors.check(() => validate.text('filter.search', input.search, 100));
  // "@officer-memphis-pd" is how members write a handle; the @ is not part of it.
  if (filter.search?.startsWith('@')) filter.search = filter.search.slice(1) || undefined;
  errors.throwIfAny();
  return filter;
}

const handlePattern = /^[a-z0-9][a-z0-9-]*$/;

/** A handle as members write it ("@Officer-Memphis-PD" too); refuses what cannot be one. */
function readHandle(raw: string): string {
  const handle = raw.trim().replace(/^@/, '').toLowerCase();
  if (handle.length > 64 || !handlePattern.test(handle)) {
    throw badInput('handle', 'A handle is lower-case letters, digits and hyphens, such as “officer-memphis-pd”.');
  }
  return handle;
}

/** The start of a handle, as typed after "@": what cannot begin one is refused, not searched. */
function readHandlePrefix(raw: string): string {
  const prefix = raw.trim().replace(/^@/, '').toLowerCase();
  if (prefix.length === 0 || prefix.length > 64 || !handlePattern.test(prefix)) {
    throw badInput('prefix', 'Give the start of a handle: lower-case letters, digits and hyphens, such as “chief”.');
  }
  return prefix;
}

export const resolvers: Resolvers = {
  Query: {
    members: async (_root, args, ctx) => {
      const viewer = requireVerifiedMember(ctx.viewer, 'use the member directory');
      const page = readPage<MemberKey>(args, 20, ['text', 'uuid']);
      const filter = await readMemberFilter(ctx, args.filter);
      const { rows, totalCount } = await listMembers(ctx.db, viewer, filter, page);
      const result = connection(rows, page.limit, totalCount, (r) => r.key);
      return { ...result, edges: result.edges.map((edge) => ({ cursor: edge.cursor, node: edge.node.user })) };
    },
    member: async (_root, args, ctx) => {
      const viewer = requireVerifiedMember(ctx.viewer, 'see member profiles');
      return findMemberByHandle(ctx.db, viewer, readHandle(args.handle));
    },
    membersByHandle: async (_root, args, ctx) => {
      requireVerifiedMember(ctx.viewer, 'look up members');
      const first = args.first ?? 8;
      if (!Number.isInteger(first) || first < 1 || first > 20) throw badInput('first', 'first takes a number from 1 to 20.');
      return membersByHandlePrefix(ctx.db, readHandlePrefix(args.prefix), first);
    },
  },
};
