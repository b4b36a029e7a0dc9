import type { DepartmentsQuery } from '$lib/generated/graphql';
import { gql, toPageError } from '$lib/server/api';
import { DEPARTMENT_CARD } from '$lib/server/fragments';
import { isAgencyType, US_STATES } from '$lib/format';
import type { AgencyType } from '$lib/types';
import { cursorFrom } from '$lib/url';
import type { PageServerLoad } from './$types';

const PER_PAGE = 30;

const DEPARTMENTS = /* GraphQL */ `
  query Departments($filter: DepartmentFilter, $first: Int!, $after: String) {
    departments(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...DepartmentCard
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  ${DEPARTMENT_CARD}
`;

interface DepartmentFilters {
  q: string;
  state: string;
  type: AgencyType | '';
}

/** Reads the filter form's fields from the query string, dropping values the form never offers. */
function filtersFrom(url: URL): DepartmentFilters {
  const q = (url.searchParams.get('q') ?? '').trim().slice(0, 100);
  const state = (url.searchParams.get('state') ?? '').trim().toUpperCase();
  const type = (url.searchParams.get('type') ?? '').trim().toUpperCase();
  return {
    q,
    state: state in US_STATES ? state : '',
    type: isAgencyType(type) ? type : '',
  };
}

export const load: PageServerLoad = async (event) => {
  const filters = filtersFrom(event.url);
  const filter = {
    ...(filters.q ? { name: filters.q } : {}),
    ...(filters.state ? { states: [filters.state] } : {}),
    ...(filters.type ? { agencyTypes: [filters.type] } : {}),
  };
  const { departments } = await gql<DepartmentsQuery>(event, DEPARTMENTS, {
    filter: Object.keys(filter).length > 0 ? filter : null,
    first: PER_PAGE,
    after: cursorFrom(event.url),
  }).catch(toPageError);

  return {
    filters,
    filtered: Object.keys(filter).length > 0,
    departments: departments.edges.map((e) => e.node),
    totalCount: departments.totalCount,
    pageInfo: departments.pageInfo,
  };
};
