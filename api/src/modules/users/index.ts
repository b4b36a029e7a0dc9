// What other modules use of users; the schema part is users.module.ts.
export { withMentionLinks } from './mentions.ts';
export {
  findUserByEmail,
  findUserById,
  insertUser,
  listPendingMembers,
  listUsers,
  listedMembers,
  pendingMembersCount,
  setStatedExpertise,
  statedExpertiseOf,
  uniqueHandle,
  updateUser,
  usersByIds,
  verifyDepartment,
} from './users.repository.ts';
