-- Trigram matching for "did you mean" suggestions and name look-ups (PGlite loads it as a bundled extension).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
