// What other modules use of invitations; the schema part is invitations.module.ts.
export type { Invitation } from './invitations.repository.ts';
