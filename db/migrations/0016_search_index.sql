CREATE TABLE "search_entries" (
	"slot" integer PRIMARY KEY NOT NULL,
	"practice_id" uuid NOT NULL,
	"members_only" boolean NOT NULL,
	"published_at" timestamp (3) with time zone NOT NULL,
	"evidence_level" "evidence_level" NOT NULL,
	"lifecycle" "lifecycle" NOT NULL,
	"department_id" uuid NOT NULL,
	"state" char(2) NOT NULL,
	"agency_type" "agency_type" NOT NULL,
	"size_band" text,
	"has_outcomes" boolean NOT NULL,
	"topic_ids" uuid[] NOT NULL,
	"title_words" "tsvector" NOT NULL,
	"head_words" "tsvector" NOT NULL,
	"document" "tsvector" NOT NULL,
	CONSTRAINT "search_entries_practiceId_unique" UNIQUE("practice_id")
);
--> statement-breakpoint
CREATE TABLE "search_facet_bits" (
	"facet" text NOT NULL,
	"value" text NOT NULL,
	"chunk" integer NOT NULL,
	"bits" bit varying NOT NULL,
	CONSTRAINT "search_facet_bits_chunk_facet_value_pk" PRIMARY KEY("chunk","facet","value")
);
--> statement-breakpoint
CREATE TABLE "search_free_slots" (
	"slot" integer PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_indexed_words" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_pending" (
	"practice_id" uuid PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_slots" (
	"id" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"next_slot" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_titles" (
	"slot" integer PRIMARY KEY NOT NULL,
	"practice_id" uuid NOT NULL,
	"members_only" boolean NOT NULL,
	"published_at" timestamp (3) with time zone NOT NULL,
	"evidence_level" "evidence_level" NOT NULL,
	"lifecycle" "lifecycle" NOT NULL,
	"department_id" uuid NOT NULL,
	"state" char(2) NOT NULL,
	"agency_type" "agency_type" NOT NULL,
	"size_band" text,
	"has_outcomes" boolean NOT NULL,
	"topic_ids" uuid[] NOT NULL,
	"title_words" "tsvector" NOT NULL,
	"head_words" "tsvector" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_word_bits" (
	"word" text NOT NULL,
	"chunk" integer NOT NULL,
	"bits" bit varying NOT NULL,
	CONSTRAINT "search_word_bits_word_chunk_pk" PRIMARY KEY("word","chunk")
);
--> statement-breakpoint
DROP INDEX "practices_search_idx";--> statement-breakpoint
CREATE INDEX "search_entries_document_idx" ON "search_entries" USING gin ("document");--> statement-breakpoint
CREATE INDEX "search_entries_title_words_idx" ON "search_entries" USING gin ("title_words");--> statement-breakpoint
CREATE INDEX "search_entries_head_words_idx" ON "search_entries" USING gin ("head_words");--> statement-breakpoint
CREATE INDEX "search_entries_published_at_practice_id_index" ON "search_entries" USING btree ("published_at" DESC NULLS LAST,"practice_id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "search_titles_title_words_idx" ON "search_titles" USING gin ("title_words");