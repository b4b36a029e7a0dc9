// What other modules use of audit; the schema part is audit.module.ts.
export { lastAuditAt, listAudit, recordAudit } from './audit.repository.ts';
export { audit } from './audit.ts';
