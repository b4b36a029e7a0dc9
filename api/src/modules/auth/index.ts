// What other modules use of auth; the schema part is auth.module.ts.
export { releaseLock } from './auth.repository.ts';
export { removeUnconfirmedAccounts, scheduleUnconfirmedRemoval } from './email-confirmation.repository.ts';
export { checkNewPassword, hashPassword } from './passwords.ts';
export { createRateLimits, spend } from './rate-limits.ts';
export type { RateLimits } from './rate-limits.ts';
export { utcMinute } from './recovery-mails.ts';
export { resetLinkMinutes, resetLinkUrl, storeResetLink } from './recovery.repository.ts';
export { readSessionToken } from './session-cookie.ts';
export { startSession } from './session-start.ts';
export { findViewer, revokeSessions, sessionStands } from './sessions.repository.ts';
export { randomToken, sha256 } from './tokens.ts';
