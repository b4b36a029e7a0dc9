import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { gql, toPageError } from '$lib/server/api';
import { errorsFromApi } from '$lib/server/form-actions';
import { isDebriefId } from '../../debrief';
import {
  debriefInput,
  readDebriefForm,
  refuseDebrief,
  requireSignedIn,
  type DebriefInput,
  type DebriefValues,
} from '../../debrief-form.server';
import type { Actions, PageServerLoad } from './$types';

const EDIT = /* GraphQL */ `
  query EditDebrief($id: ID!) {
    debrief(id: $id) {
      id
      title
      audience
      sessions
      takeaways
      toTry
      contacts
      practices {
        slug
      }
      event {
        slug
        name
      }
      viewerCan {
        edit
      }
    }
  }
`;

const UPDATE = /* GraphQL */ `
  mutation UpdateDebrief($id: ID!, $input: DebriefInput!) {
    updateDebrief(id: $id, input: $input) {
      id
    }
  }
`;

type Editing = Omit<DebriefInput, 'practices'> & {
  id: string;
  practices: { slug: string }[];
  event: { slug: string; name: string };
  viewerCan: { edit: boolean };
};

/** The debrief as its author may edit it; anyone else is told why not. */
async function editable(event: RequestEvent): Promise<Editing> {
  requireSignedIn(event);
  const id = event.params.id ?? '';
  if (!isDebriefId(id)) error(404, 'No debrief at this address');
  const { debrief } = await gql<{ debrief: Editing | null }>(event, EDIT, { id }).catch((err) => toPageError(err, event.url));
  if (!debrief) error(404, 'No debrief at this address, or it is not shared with you');
  if (!debrief.viewerCan.edit) error(403, 'Only its author can edit a debrief.');
  return debrief;
}

export const load: PageServerLoad = async (event) => {
  const debrief = await editable(event);
  const values: DebriefValues = {
    title: debrief.title,
    audience: debrief.audience,
    sessions: debrief.sessions,
    takeaways: debrief.takeaways,
    toTry: debrief.toTry,
    contacts: debrief.contacts,
    practices: debrief.practices.map((p) => p.slug).join('\n'),
  };
  return { debrief: { id: debrief.id, title: debrief.title, event: debrief.event }, values };
};

export const actions: Actions = {
  save: async (event) => {
    const debrief = await editable(event);
    const values = readDebriefForm(await event.request.formData());
    const { input, errors } = debriefInput(values);
    if (!input) return refuseDebrief(400, values, errors);
    try {
      await gql(event, UPDATE, { id: debrief.id, input });
    } catch (err) {
      const refused = errorsFromApi(err);
      return refuseDebrief(refused.status, values, refused.errors);
    }
    redirect(303, `/debriefs/${debrief.id}?done=saved`);
  },
};
