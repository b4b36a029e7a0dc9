CREATE TYPE "public"."evidence_rating" AS ENUM('EFFECTIVE', 'PROMISING', 'MIXED', 'NO_EFFECT', 'INSUFFICIENT_EVIDENCE');--> statement-breakpoint
CREATE TYPE "public"."outcome_direction" AS ENUM('LOWER_IS_BETTER', 'HIGHER_IS_BETTER');--> statement-breakpoint
ALTER TABLE "outcomes" ADD COLUMN "direction" "outcome_direction";--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "editorial_rating" "evidence_rating";--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "editorial_rating_reason" text;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "editorial_rating_by_id" uuid;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "editorial_rating_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "adoption_outcomes" ADD COLUMN "direction" "outcome_direction";--> statement-breakpoint
ALTER TABLE "practices" ADD CONSTRAINT "practices_editorial_rating_by_id_users_id_fk" FOREIGN KEY ("editorial_rating_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "practices_editorial_rating_by_id_index" ON "practices" USING btree ("editorial_rating_by_id");