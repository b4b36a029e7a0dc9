import { redirect } from '@sveltejs/kit';
import { gql, toPageError } from '$lib/server/api';
import { DEPARTMENT_CHOICES } from '$lib/server/fragments';
import { failFromApi, invalid, secret, text, type FormErrors, type FormResult } from '$lib/server/form-actions';
import { isAgencyType, US_STATES } from '$lib/format';
import type { Connection, DepartmentRef } from '$lib/types';
import type { Actions, PageServerLoad } from './$types';

const DEPARTMENTS = /* GraphQL */ `
  query SignUpDepartments {
    ...DepartmentChoices
  }
  ${DEPARTMENT_CHOICES}
`;

const SIGN_UP = /* GraphQL */ `
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      status
    }
  }
`;

export const load: PageServerLoad = async (event) => {
  if (event.locals.user) redirect(303, '/');
  const { departments } = await gql<{ departments: Connection<DepartmentRef> }>(event, DEPARTMENTS).catch(toPageError);
  return {
    departments: departments.edges.map((e) => e.node).sort((a, b) => a.name.localeCompare(b.name)),
  };
};

export const actions: Actions = {
  default: async (event) => {
    const data = await event.request.formData();
    const values = {
      email: text(data, 'email', 320),
      displayName: text(data, 'displayName', 200),
      title: text(data, 'title', 200),
      departmentSlug: text(data, 'departmentSlug', 200),
      'newDepartment.name': text(data, 'newDepartment.name', 200),
      'newDepartment.agencyType': text(data, 'newDepartment.agencyType', 20),
      'newDepartment.state': text(data, 'newDepartment.state', 2).toUpperCase(),
      'newDepartment.city': text(data, 'newDepartment.city', 200),
    };
    const password = secret(data, 'password');

    // The list or a new department, never both: the API would not know which was meant.
    const describesNew = ['newDepartment.name', 'newDepartment.city'].some((field) => values[field as keyof typeof values] !== '');
    // What is missing is said for every field at once; the API then checks what was given.
    const errors: FormErrors = {};
    if (!values.email) errors.email = 'Enter your email address.';
    if (!password) errors.password = 'Choose a password.';
    if (!values.displayName) errors.displayName = 'Enter your name.';
    if (!values.title) errors.title = 'Enter your title or rank.';
    if (values.departmentSlug && describesNew) {
      errors.departmentSlug = 'Choose your department from the list or describe a department that is not listed, not both.';
    } else if (!values.departmentSlug && !describesNew) {
      errors.departmentSlug = 'Choose your department, or describe it under "My department is not listed".';
    } else if (describesNew) {
      if (!isAgencyType(values['newDepartment.agencyType'])) {
        errors['newDepartment.agencyType'] = 'Choose the type of agency.';
      }
      if (!(values['newDepartment.state'] in US_STATES)) {
        errors['newDepartment.state'] = 'Choose the state.';
      }
    }
    if (Object.keys(errors).length > 0) return invalid(errors, values);

    const input = {
      email: values.email,
      password,
      displayName: values.displayName,
      title: values.title,
      ...(describesNew
        ? {
            newDepartment: {
              name: values['newDepartment.name'],
              agencyType: values['newDepartment.agencyType'],
              state: values['newDepartment.state'],
              city: values['newDepartment.city'],
            },
          }
        : { departmentSlug: values.departmentSlug }),
    };
    try {
      await gql(event, SIGN_UP, { input });
    } catch (err) {
      return failFromApi(err, values);
    }
    // The same answer whether or not the address already has an account: a mail went to it either way.
    const sent: FormResult = { form: 'sent', values: { email: values.email }, errors: {} };
    return sent;
  },
};
