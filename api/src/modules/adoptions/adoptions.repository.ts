import { and, asc, desc, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import { adoptionOutcomes, adoptions, practices, type Adoption, type AdoptionStatus, type Db, returnedRow } from '@muster/db';
import { groupBy } from '../../graphql/loaders.ts';
import { visiblePractices, type Viewer } from '../../policy.ts';
import type { OutcomeRow } from '../practices/index.ts';

export interface AdoptionReport {
  status: AdoptionStatus;
  startedOn: string | null;
  endedOn: string | null;
  note: string | null;
  changes: string | null;
  outcomes: OutcomeRow[];
}

/** One report per department and practice: a second report updates the first. */
export async function saveAdoption(
  db: Db,
  input: { practiceId: string; departmentId: string; reportedById: string; now: Date; report: AdoptionReport },
): Promise<{ adoption: Adoption; first: boolean }> {
  const { outcomes, ...fields } = input.report;
  const row = returnedRow(
    await db
      .insert(adoptions)
      .values({
        ...fields,
        practiceId: input.practiceId,
        departmentId: input.departmentId,
        reportedById: input.reportedById,
        createdAt: input.now,
        updatedAt: input.now,
      })
      .onConflictDoUpdate({
        target: [adoptions.practiceId, adoptions.departmentId],
        set: { ...fields, reportedById: input.reportedById, updatedAt: input.now },
      })
      // xmax is 0 on a freshly inserted row, and set on one the upsert updated.
      .returning({ ...getTableColumns(adoptions), inserted: sql<boolean>`(xmax = 0)` }),
  );
  await db.delete(adoptionOutcomes).where(eq(adoptionOutcomes.adoptionId, row.id));
  if (outcomes.length) await db.insert(adoptionOutcomes).values(outcomes.map((o, position) => ({ ...o, adoptionId: row.id, position })));
  const { inserted, ...adoption } = row;
  return { adoption, first: inserted };
}

/** Adoptions of the given practices, newest report first. */
/** What the given departments adopted, of practices the viewer may see. */
export async function adoptionsByDepartments(db: Db, viewer: Viewer | null, departmentIds: string[]) {
  const rows = await db
    .select({ adoption: adoptions })
    .from(adoptions)
    .innerJoin(practices, eq(practices.id, adoptions.practiceId))
    .where(and(inArray(adoptions.departmentId, departmentIds), visiblePractices(viewer)))
    .orderBy(desc(adoptions.updatedAt));
  return groupBy(
    rows.map((r) => r.adoption),
    (r) => r.departmentId,
  );
}

/** Adoptions by others of the given departments' practices that the viewer may see. */
export async function adoptionsOfDepartmentsPractices(db: Db, viewer: Viewer | null, departmentIds: string[]) {
  const rows = await db
    .select({ adoption: adoptions, owner: practices.departmentId })
    .from(adoptions)
    .innerJoin(practices, eq(practices.id, adoptions.practiceId))
    .where(and(inArray(practices.departmentId, departmentIds), visiblePractices(viewer)))
    .orderBy(desc(adoptions.updatedAt));
  return groupBy(
    rows,
    (r) => r.owner,
    (r) => r.adoption,
  );
}

export async function outcomesOfAdoptions(db: Db, adoptionIds: string[]) {
  const rows = await db
    .select()
    .from(adoptionOutcomes)
    .where(inArray(adoptionOutcomes.adoptionId, adoptionIds))
    .orderBy(asc(adoptionOutcomes.position));
  return groupBy(rows, (r) => r.adoptionId);
}

export async function adoptionsByIds(db: Db, ids: string[]): Promise<Map<string, Adoption>> {
  const rows = await db.select().from(adoptions).where(inArray(adoptions.id, ids));
  return new Map(rows.map((r) => [r.id, r]));
}
