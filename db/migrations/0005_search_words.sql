-- The words of published PUBLIC titles and summaries, for "did you mean" suggestions by trigram
-- similarity. Members-only write-ups stay out, so a suggestion never hints at hidden content.
-- Refreshed after seeding and data generation, and by the running server a few seconds after
-- public content changes (api/src/modules/search/search-words.ts).
CREATE MATERIALIZED VIEW search_words AS
  SELECT word, ndoc FROM ts_stat($$
    SELECT to_tsvector('simple', title || ' ' || summary) FROM public.practices
    WHERE status = 'PUBLISHED' AND visibility = 'PUBLIC'
  $$);
--> statement-breakpoint
CREATE UNIQUE INDEX search_words_word_index ON search_words (word);
--> statement-breakpoint
CREATE INDEX search_words_trgm_index ON search_words USING gin (word gin_trgm_ops);
