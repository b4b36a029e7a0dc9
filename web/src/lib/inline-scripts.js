// Scripts a page must run as it is parsed, before hydration. The Content-Security-Policy in
// svelte.config.js allows exactly these by their hashes; change one and its hash follows.

/** Below this width the search filters fold under a "Filters" disclosure. */
export const NARROW_SEARCH = '(max-width: 55.99rem)';

/**
 * Closes the search filters on a narrow screen before they are painted, so a phone never shows
 * them open for a moment; without JavaScript they stay open. It marks the disclosure as settled,
 * so hydration does not close it again on someone who opened it meanwhile.
 */
export const closeSearchFiltersOnNarrow = `(function(){var d=document.getElementById('search-filters');if(!d)return;d.dataset.settled='';if(matchMedia('${NARROW_SEARCH}').matches)d.open=false})()`;
