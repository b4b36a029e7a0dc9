// What other modules use of notifications; the schema part is notifications.module.ts.
export { scheduleDailyDigest, sendDailyDigest } from './digest.ts';
export { FanOut, commentTopic } from './fan-out.ts';
export { Mailer, replySent } from './mail.ts';
export type { Mail } from './mail.ts';
export { recordActivity } from './notifications.repository.ts';
