ALTER TABLE "practices" drop column "search";--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce("practices"."title", '')), 'A')
          || setweight(to_tsvector('english', coalesce("practices"."summary", '')), 'B')
          || setweight(to_tsvector('english', coalesce("practices"."topic_names", '') || ' ' || coalesce("practices"."problem", '') || ' ' || coalesce("practices"."approach", '') || ' ' || coalesce("practices"."partners", '') || ' ' || coalesce("practices"."staffing", '')), 'C')
          || setweight(to_tsvector('english', coalesce("practices"."body", '')), 'D')) STORED NOT NULL;