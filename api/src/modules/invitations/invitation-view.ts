// What the schema's Invitation is answered with (api/src/graphql/mappers.ts maps the type to it): a
// stored invitation seen at a moment, or an address inviteMembers refused, which has no row.
export interface InvitationView {
  id: string | null;
  email: string;
  state: 'SENT' | 'ACCEPTED' | 'EXPIRED' | 'REVOKED' | 'REFUSED';
  sentAt: Date | null;
  expiresAt: Date | null;
  acceptedAt: Date | null;
  invitedById: string | null;
  departmentId: string | null;
  refusal: string | null;
  field: string | null;
}
