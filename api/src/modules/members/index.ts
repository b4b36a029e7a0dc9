// Other modules use nothing of members; the schema part is members.module.ts.
