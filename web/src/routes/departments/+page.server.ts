import type { DepartmentsQuery } from '$lib/generated/graphql';
import { gql, toPageError } from '$lib/server/api';
import { DEPARTMENT_CARD } from '$lib/server/fragments';
import { isAgencyType, US_STATES } from '$lib/format';
import type { AgencyType } from '$lib/types';
import { listQuery, queryParam } from '$lib/server/list-query';
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
  const state = queryParam(url, 'state').toUpperCase();
  const type = queryParam(url, 'type').toUpperCase();
  return {
    q: queryParam(url, 'q'),
    state: state in US_STATES ? state : '',
    type: isAgencyType(type) ? type : '',
  };
}

export const load: PageServerLoad = async (event) => {
  const filters = filtersFrom(event.url);
  const { filtered, variables } = listQuery(
    event.url,
    { name: filters.q, states: filters.state ? [filters.state] : [], agencyTypes: filters.type ? [filters.type] : [] },
    PER_PAGE,
  );
  const { departments } = await gql<DepartmentsQuery>(event, DEPARTMENTS, variables).catch(toPageError);

  return {
    filters,
    filtered,
    departments: departments.edges.map((e) => e.node),
    totalCount: departments.totalCount,
    pageInfo: departments.pageInfo,
  };
};
