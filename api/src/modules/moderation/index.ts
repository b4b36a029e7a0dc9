// What other modules use of moderation; the schema part is moderation.module.ts.
