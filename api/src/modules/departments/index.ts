// What other modules use of departments; the schema part is departments.module.ts.
export { departmentsByIds, findDepartmentBySlug, uniqueDepartmentSlug } from './departments.repository.ts';
export { findDomainDepartment } from './domains.repository.ts';
export { chiefsOf } from './moves.repository.ts';
export type { CountedDepartment } from './departments.repository.ts';
export type { DepartmentMove } from './moves.repository.ts';
