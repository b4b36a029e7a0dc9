// What other modules use of invitations; the schema part is invitations.module.ts.
export type { InvitationView } from './invitation-view.ts';
