// What other modules use of debriefs; the schema part is debriefs.module.ts.
export type { DebriefRow } from './debriefs.repository.ts';
