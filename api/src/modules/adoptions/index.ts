// What other modules use of adoptions; the schema part is adoptions.module.ts.
