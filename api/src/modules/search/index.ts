// What other modules use of search; the schema part is search.module.ts.
export { readPracticeFilter } from './practice-filter.ts';
export type { PracticeFilter, SizeBand } from './practice-filter.ts';
export { maxQueryLength } from './search-query.ts';
export { refreshSearchWordsSoon, scheduleSearchWords } from './search-words.ts';
export { countVisiblePractices, visibleTotals } from './search.bitmaps.ts';
export { hasSearchableWords, highlight, markdownAsText, start, stop, tsquery } from './search.repository.ts';
export { listTopicsOnce } from './topics-of-request.ts';
