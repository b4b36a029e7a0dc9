import type { MercuriusLoaders } from 'mercurius';
import type { Activity, Adoption, Department } from '@muster/db';
import { batch } from '../../graphql/loaders.ts';
import { alongOf, alongOr } from '../../json-rows.ts';
import { departmentsByIds } from '../departments/index.ts';
import { usersByIds } from '../users/index.ts';
import { adoptionsByDepartments, adoptionsByIds, adoptionsOfDepartmentsPractices, outcomesOfAdoptions } from './adoptions.repository.ts';
import { partLoader, practicesByIds } from '../practices/index.ts';

/** Same agency type, and sworn officers within a factor of two: a peer's results are likeliest to hold. */
function alike(a: Department | undefined, b: Department | undefined): boolean {
  if (!a || !b || a.id === b.id || a.agencyType !== b.agencyType) return false;
  if (!a.swornOfficers || !b.swornOfficers) return false;
  const ratio = a.swornOfficers / b.swornOfficers;
  return ratio >= 0.5 && ratio <= 2;
}

export const loaders: MercuriusLoaders = {
  Activity: {
    adoption: batch(
      (a: Activity) => a.adoptionId,
      (ids, ctx) => adoptionsByIds(ctx.db, ids),
    ),
  },
  Practice: {
    adoptions: partLoader('adoptions'),
  },
  Department: {
    adoptions: batch(
      (d: Department) => d.id,
      (ids, ctx) => adoptionsByDepartments(ctx.db, ctx.viewer, ids),
      [],
    ),
    adoptedBy: batch(
      (d: Department) => d.id,
      (ids, ctx) => adoptionsOfDepartmentsPractices(ctx.db, ctx.viewer, ids),
      [],
    ),
  },
  Adoption: {
    practice: batch(
      (a: Adoption) => a.practiceId,
      (ids, ctx) => practicesByIds(ctx.db, ids),
    ),
    // A write-up's adoptions come with their departments and outcomes (practices.parts.ts).
    department: alongOr(
      'department',
      batch(
        (a: Adoption) => a.departmentId,
        (ids, ctx) => departmentsByIds(ctx.db, ids),
      ),
    ),
    reportedBy: batch(
      (a: Adoption) => a.reportedById,
      (ids, ctx) => usersByIds(ctx.db, ids),
    ),
    outcomes: alongOr(
      'outcomes',
      batch(
        (a: Adoption) => a.id,
        (ids, ctx) => outcomesOfAdoptions(ctx.db, ids),
        [],
      ),
    ),
    likeMine: async (queries: { obj: Adoption }[], ctx) => {
      const mine = ctx.viewer?.departmentId;
      if (!mine) return queries.map(() => false);
      // The adopting departments read along with the adoptions; the viewer's, with the session.
      const own = ctx.account?.department?.id === mine ? ctx.account.department : undefined;
      const along = queries.map((q) => alongOf(q.obj));
      if (own && along.every((a) => a && 'department' in a)) {
        return along.map((a) => alike(own, (a!.department as Department | null) ?? undefined));
      }
      const departments = await departmentsByIds(ctx.db, [mine, ...new Set(queries.map((q) => q.obj.departmentId))]);
      return queries.map((q) => alike(departments.get(mine), departments.get(q.obj.departmentId)));
    },
  },
};
