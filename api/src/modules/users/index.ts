// What other modules use of users: the accounts table every module reads, and @mention links. It has no schema of its own; the User type and its resolvers are the members module's.
export { mentionedHandles, withMentionLinks } from './mentions.ts';
export {
  findUserByEmail,
  findUserById,
  insertUser,
  listPendingMembers,
  listUsers,
  mentionedMembers,
  pendingMembersCount,
  setStatedExpertise,
  statedExpertiseOf,
  uniqueHandle,
  updateUser,
  usersByIds,
  verifyDepartment,
} from './users.repository.ts';
