-- Hidden write-ups (by moderators, or by flags pending review) leave "did you mean" too.
DROP MATERIALIZED VIEW search_words;
--> statement-breakpoint
CREATE MATERIALIZED VIEW search_words AS
  SELECT word, ndoc FROM ts_stat($$
    SELECT to_tsvector('simple', title || ' ' || summary) FROM public.practices
    WHERE status = 'PUBLISHED' AND visibility = 'PUBLIC' AND hidden_at IS NULL
  $$);
--> statement-breakpoint
CREATE UNIQUE INDEX search_words_word_index ON search_words (word);
--> statement-breakpoint
CREATE INDEX search_words_trgm_index ON search_words USING gin (word gin_trgm_ops);
