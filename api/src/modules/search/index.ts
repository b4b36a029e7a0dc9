// What other modules use of search; the schema part is search.module.ts.
export { refreshSearchWordsSoon, scheduleSearchWords } from './search-words.ts';
export { countVisiblePractices, topicsWithVisibleTotals, visibleTotals } from './search.bitmaps.ts';
export { hasSearchableWords, highlight, markdownAsText, start, stop, tsquery } from './search.repository.ts';
export { maxQueryLength } from './search.resolvers.ts';
