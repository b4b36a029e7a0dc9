import { ApiError, gql, toPageError } from '$lib/server/api';
import { errorsFromApi, type FormErrors } from '$lib/server/form-actions';
import { isAgencyType } from '$lib/format';
import type { AgencyType, Connection, TopicRef } from '$lib/types';
import { listQuery, queryParam } from '$lib/server/list-query';
import type { PageServerLoad } from './$types';

const PER_PAGE = 24;
/** Departments listed in the filter, at most this many pages of 100. */
const DEPARTMENT_PAGES = 10;

const MEMBERS = /* GraphQL */ `
  query MemberDirectory($filter: MemberFilter, $first: Int!, $after: String) {
    members(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          handle
          displayName
          title
          department {
            slug
            name
            state
          }
          statedExpertise {
            slug
            name
          }
          expertise {
            slug
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

const CHOICES = /* GraphQL */ `
  query MemberDirectoryChoices($after: String) {
    topics {
      slug
      name
    }
    departments(first: 100, after: $after) {
      edges {
        node {
          slug
          name
          state
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

export interface DirectoryMember {
  id: string;
  handle: string;
  displayName: string;
  title: string;
  department: { slug: string; name: string; state: string } | null;
  expertise: TopicRef[];
  statedExpertise: TopicRef[];
}

interface DepartmentChoice {
  slug: string;
  name: string;
  state: string;
}

interface Choices {
  topics: TopicRef[];
  departments: { edges: { node: DepartmentChoice }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

export interface DirectoryFilters {
  q: string;
  topic: string;
  department: string;
  state: string;
  type: AgencyType | '';
}

/**
 * The form's fields from the query string: /members?q=…&topic=…&department=…&state=…&type=….
 * The API checks topic, department and state and says what is wrong with them.
 */
function filtersFrom(url: URL): DirectoryFilters {
  const type = queryParam(url, 'type', 20).toUpperCase();
  return {
    q: queryParam(url, 'q'),
    topic: queryParam(url, 'topic', 200),
    department: queryParam(url, 'department', 200),
    state: queryParam(url, 'state', 20).toUpperCase(),
    type: isAgencyType(type) ? type : '',
  };
}

/** The API names fields as `filter.topic`; the form names them as the URL does. */
const FIELD_OF: Record<string, keyof DirectoryFilters> = {
  'filter.search': 'q',
  'filter.topic': 'topic',
  'filter.departmentSlug': 'department',
  'filter.state': 'state',
  'filter.agencyType': 'type',
};

async function choices(event: Parameters<PageServerLoad>[0]) {
  const first = await gql<Choices>(event, CHOICES);
  const departments = first.departments.edges.map((e) => e.node);
  let pageInfo = first.departments.pageInfo;
  for (let page = 1; page < DEPARTMENT_PAGES && pageInfo.hasNextPage; page++) {
    const more = await gql<Choices>(event, CHOICES, { after: pageInfo.endCursor });
    departments.push(...more.departments.edges.map((e) => e.node));
    pageInfo = more.departments.pageInfo;
  }
  return { topics: first.topics, departments };
}

export const load: PageServerLoad = async (event) => {
  const user = event.locals.user;
  // The directory is for verified members; the page tells anyone else why, and how to become one.
  if (!user?.viewerCan?.reachMembers) return { allowed: false as const, signedIn: user !== null };

  const filters = filtersFrom(event.url);
  const { filtered, variables } = listQuery(
    event.url,
    { search: filters.q, topic: filters.topic, departmentSlug: filters.department, state: filters.state, agencyType: filters.type },
    PER_PAGE,
  );

  const [options, answer] = await Promise.all([
    choices(event).catch((err) => toPageError(err, event.url)),
    gql<{ members: Connection<DirectoryMember> }>(event, MEMBERS, variables).then(
      (data) => ({ members: data.members, errors: {} as FormErrors }),
      (err) => {
        // A filter the API cannot use (an unknown topic in a shared link, say): say so beside it.
        if (!(err instanceof ApiError && err.has('BAD_USER_INPUT'))) return toPageError(err, event.url);
        const errors: FormErrors = {};
        for (const [field, message] of Object.entries(errorsFromApi(err).errors)) errors[FIELD_OF[field] ?? 'form'] ??= message;
        return { members: null, errors };
      },
    ),
  ]);

  return {
    allowed: true as const,
    filters,
    filtered,
    topics: options.topics,
    departments: options.departments,
    errors: answer.errors,
    members: answer.members?.edges.map((e) => e.node) ?? [],
    totalCount: answer.members?.totalCount ?? 0,
    pageInfo: answer.members?.pageInfo ?? { hasNextPage: false, endCursor: null },
  };
};
