// What other modules use of moderation; the schema part is moderation.module.ts.
export type { FeaturedWithPractice, HistoryEvent, ModerationTarget, QueueItem } from './moderation.repository.ts';
