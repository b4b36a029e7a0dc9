// What other modules use of members; the schema part is members.module.ts.
