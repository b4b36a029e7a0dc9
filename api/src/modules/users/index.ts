// What other modules use of users; the schema part is users.module.ts.
export { insertUser, listPendingMembers, uniqueHandle, updateUser, usersByIds } from './users.repository.ts';
