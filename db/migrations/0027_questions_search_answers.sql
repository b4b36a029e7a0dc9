ALTER TABLE "questions" drop column "search";--> statement-breakpoint
ALTER TABLE "questions" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce("questions"."title", '')), 'A')
          || setweight(to_tsvector('english', coalesce("questions"."details", '')), 'B')
          || setweight(to_tsvector('english', coalesce("questions"."answers_text", '')), 'C')) STORED NOT NULL;--> statement-breakpoint
-- hand-written
-- Replacing the generated search column drops its GIN index with it; build it again.
CREATE INDEX IF NOT EXISTS "questions_search_idx" ON "questions" USING gin ("search");
--> statement-breakpoint

-- A question's answers_text (searched with weight C) is its visible answers' bodies, oldest first.
-- A trigger keeps it, so every write that adds, edits, hides, restores or removes an answer
-- (the questions module, moderation) refreshes it in its own transaction.
CREATE FUNCTION question_answers_text(question uuid) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT coalesce(string_agg(a.body, E'\n\n' ORDER BY a.created_at, a.id), '')
  FROM answers a WHERE a.question_id = question AND a.hidden_at IS NULL
$$;
--> statement-breakpoint

CREATE FUNCTION questions_keep_answers_text() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE questions SET answers_text = question_answers_text(OLD.question_id) WHERE id = OLD.question_id;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND (TG_OP = 'INSERT' OR NEW.question_id IS DISTINCT FROM OLD.question_id) THEN
    UPDATE questions SET answers_text = question_answers_text(NEW.question_id) WHERE id = NEW.question_id;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint

CREATE TRIGGER answers_keep_question_search
AFTER INSERT OR DELETE OR UPDATE OF body, hidden_at, question_id ON answers
FOR EACH ROW EXECUTE FUNCTION questions_keep_answers_text();
--> statement-breakpoint

UPDATE questions SET answers_text = question_answers_text(id) WHERE EXISTS (SELECT 1 FROM answers a WHERE a.question_id = questions.id);
