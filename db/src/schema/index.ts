export * from './enums.ts';
export * from './departments.ts';
export * from './users.ts';
export * from './topics.ts';
export * from './practices.ts';
export * from './auth.ts';
export * from './audit.ts';
export * from './adoptions.ts';
