// What other modules use of follows; the schema part is follows.module.ts.
