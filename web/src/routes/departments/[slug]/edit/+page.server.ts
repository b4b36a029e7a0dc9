import { error, redirect } from '@sveltejs/kit';
import { gql, toPageError } from '$lib/server/api';
import { failFromApi, invalid, text } from '$lib/server/form-actions';
import { requireViewer } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

const DEPARTMENT_PROFILE = /* GraphQL */ `
  query DepartmentProfile($slug: String!) {
    department(slug: $slug) {
      slug
      name
      description
      website
      agencyType
      state
      swornOfficers
      populationServed
      viewerCanEdit
    }
  }
`;

const UPDATE_DEPARTMENT = /* GraphQL */ `
  mutation UpdateDepartment($slug: String!, $input: DepartmentInput!) {
    updateDepartment(slug: $slug, input: $input) {
      slug
    }
  }
`;

interface DepartmentProfile {
  slug: string;
  name: string;
  description: string;
  website: string | null;
  agencyType: string;
  state: string;
  swornOfficers: number | null;
  populationServed: number | null;
  viewerCanEdit: boolean;
}

export const load: PageServerLoad = async (event) => {
  requireViewer(event);
  const { department } = await gql<{ department: DepartmentProfile | null }>(event, DEPARTMENT_PROFILE, {
    slug: event.params.slug,
  }).catch((err) => toPageError(err, event.url));
  if (!department) error(404, 'No department at this address');
  if (!department.viewerCanEdit) error(403, "Only the department's chief or an administrator edits its profile.");
  return { department };
};

/** A count as typed ("2,100" too): null when blank, NaN when it is not a whole number. */
function count(value: string): number | null {
  const digits = value.replace(/[,\s]/g, '');
  if (digits === '') return null;
  return /^-?\d+$/.test(digits) ? Number(digits) : Number.NaN;
}

export const actions: Actions = {
  default: async (event) => {
    requireViewer(event);
    const data = await event.request.formData();
    const values = {
      description: text(data, 'description', 10_000),
      website: text(data, 'website', 1000),
      agencyType: text(data, 'agencyType', 20),
      state: text(data, 'state', 20),
      swornOfficers: text(data, 'swornOfficers', 20),
      populationServed: text(data, 'populationServed', 20),
    };
    const swornOfficers = count(values.swornOfficers);
    const populationServed = count(values.populationServed);
    const errors: Record<string, string> = {};
    if (Number.isNaN(swornOfficers)) errors.swornOfficers = 'Sworn officers takes a whole number, such as 2100.';
    if (Number.isNaN(populationServed)) errors.populationServed = 'Population served takes a whole number, such as 630000.';
    if (!values.agencyType) errors.agencyType = 'Choose the agency type.';
    if (Object.keys(errors).length) return invalid(errors, values);
    try {
      await gql(event, UPDATE_DEPARTMENT, {
        slug: event.params.slug,
        input: { ...values, swornOfficers, populationServed },
      });
    } catch (err) {
      return failFromApi(err, values);
    }
    redirect(303, `/departments/${event.params.slug}`);
  },
};
