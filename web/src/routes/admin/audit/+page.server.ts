import { gql, toPageError } from '$lib/server/api';
import { requireViewer } from '$lib/server/session';
import type { AuditEntry, AuditOutcome, Connection } from '$lib/types';
import { listQuery, queryParam } from '$lib/server/list-query';
import type { PageServerLoad } from './$types';

const PER_PAGE = 50;

const AUDIT_LOG = /* GraphQL */ `
  query AuditLog($filter: AuditFilter, $first: Int!, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          at
          action
          outcome
          actor {
            id
            displayName
          }
          subject {
            id
            displayName
          }
          email
          ip
          source
          detail
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

interface AuditFilters {
  /** As typed: one or more action names, separated by commas or spaces. */
  action: string;
  outcome: AuditOutcome | '';
  member: string;
  /** YYYY-MM-DD, both days included. */
  from: string;
  to: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function day(raw: string | null): string {
  const value = (raw ?? '').trim();
  return DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ? value : '';
}

/** Reads the filter form from the query string, dropping values the form never offers. */
function filtersFrom(url: URL): AuditFilters {
  const outcome = (url.searchParams.get('outcome') ?? '').toUpperCase();
  return {
    action: queryParam(url, 'action', 300),
    outcome: outcome === 'SUCCESS' || outcome === 'FAILURE' ? outcome : '',
    member: queryParam(url, 'member'),
    from: day(url.searchParams.get('from')),
    to: day(url.searchParams.get('to')),
  };
}

export const load: PageServerLoad = async (event) => {
  requireViewer(event);
  const filters = filtersFrom(event.url);
  // Action names are upper-case words (SIGN_IN_FAILED); people type them any way.
  const actions = filters.action
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((a) => a.toUpperCase());
  const { filtered, variables } = listQuery(
    event.url,
    {
      actions,
      outcome: filters.outcome,
      userId: filters.member,
      // Dates are days in UTC, as the table shows times; "to" includes the whole of its day.
      from: filters.from && `${filters.from}T00:00:00.000Z`,
      to: filters.to && `${filters.to}T23:59:59.999Z`,
    },
    PER_PAGE,
  );
  const { auditLog } = await gql<{ auditLog: Connection<AuditEntry> }>(event, AUDIT_LOG, variables).catch((err) =>
    toPageError(err, event.url),
  );

  return {
    filters,
    filtered,
    entries: auditLog.edges.map((e) => e.node),
    totalCount: auditLog.totalCount,
    pageInfo: auditLog.pageInfo,
  };
};
