// What other modules use of debriefs; the schema part is debriefs.module.ts.
