CREATE TYPE "public"."flag_action" AS ENUM('HIDE', 'RESTORE', 'DISMISS');--> statement-breakpoint
CREATE TYPE "public"."flag_reason" AS ENUM('SPAM', 'OFF_TOPIC', 'OPERATIONALLY_SENSITIVE', 'PERSONAL_INFORMATION', 'HARASSMENT', 'OTHER');--> statement-breakpoint
CREATE TYPE "public"."flag_target" AS ENUM('PRACTICE', 'COMMENT');--> statement-breakpoint
ALTER TYPE "public"."activity_kind" ADD VALUE 'PRACTICE_FEATURED';--> statement-breakpoint
ALTER TYPE "public"."activity_kind" ADD VALUE 'FLAG_RESOLVED';--> statement-breakpoint
ALTER TYPE "public"."notification_reason" ADD VALUE 'YOUR_PRACTICE_FEATURED' BEFORE 'FOLLOWED_PRACTICE';--> statement-breakpoint
ALTER TYPE "public"."notification_reason" ADD VALUE 'YOUR_FLAG_RESOLVED' BEFORE 'FOLLOWED_PRACTICE';--> statement-breakpoint
CREATE TABLE "featured_case_studies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"practice_id" uuid NOT NULL,
	"note" text NOT NULL,
	"position" integer NOT NULL,
	"starts_on" date,
	"ends_on" date,
	"featured_by_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "featured_case_studies_practiceId_unique" UNIQUE("practice_id"),
	CONSTRAINT "featured_case_studies_position_unique" UNIQUE("position")
);
--> statement-breakpoint
CREATE TABLE "flags" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"target_type" "flag_target" NOT NULL,
	"target_id" uuid NOT NULL,
	"practice_id" uuid NOT NULL,
	"flagger_id" uuid NOT NULL,
	"reason" "flag_reason" NOT NULL,
	"note" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp (3) with time zone,
	"resolved_by_id" uuid,
	"action" "flag_action",
	"resolution_note" text,
	"resolution_activity_id" bigint
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "suspended_until" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "suspension_reason" text;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "hidden_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "hidden_reason" text;--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "hidden_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "hidden_reason" text;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "flag_action" text;--> statement-breakpoint
ALTER TABLE "featured_case_studies" ADD CONSTRAINT "featured_case_studies_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "featured_case_studies" ADD CONSTRAINT "featured_case_studies_featured_by_id_users_id_fk" FOREIGN KEY ("featured_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_flagger_id_users_id_fk" FOREIGN KEY ("flagger_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_resolved_by_id_users_id_fk" FOREIGN KEY ("resolved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_resolution_activity_id_activities_id_fk" FOREIGN KEY ("resolution_activity_id") REFERENCES "public"."activities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "flags_flagger_id_target_type_target_id_index" ON "flags" USING btree ("flagger_id","target_type","target_id");--> statement-breakpoint
CREATE INDEX "flags_target_type_target_id_index" ON "flags" USING btree ("target_type","target_id");--> statement-breakpoint
CREATE INDEX "flags_open_idx" ON "flags" USING btree ("created_at") WHERE resolved_at is null;