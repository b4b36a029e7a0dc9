CREATE TYPE "public"."adoption_status" AS ENUM('PLANNING', 'PILOT', 'ADOPTED', 'DISCONTINUED');--> statement-breakpoint
CREATE TABLE "practice_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"practice_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"editor_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"note" text,
	"snapshot" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "practice_slugs" (
	"slug" text PRIMARY KEY NOT NULL,
	"practice_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "adoption_outcomes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"adoption_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"metric" text NOT NULL,
	"baseline" double precision,
	"result" double precision NOT NULL,
	"unit" text DEFAULT '' NOT NULL,
	"period" text DEFAULT '' NOT NULL,
	"source" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "adoptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"practice_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"reported_by_id" uuid,
	"status" "adoption_status" NOT NULL,
	"started_on" date,
	"ended_on" date,
	"note" text,
	"changes" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "review_comment" text;--> statement-breakpoint
ALTER TABLE "practice_revisions" ADD CONSTRAINT "practice_revisions_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_revisions" ADD CONSTRAINT "practice_revisions_editor_id_users_id_fk" FOREIGN KEY ("editor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_slugs" ADD CONSTRAINT "practice_slugs_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adoption_outcomes" ADD CONSTRAINT "adoption_outcomes_adoption_id_adoptions_id_fk" FOREIGN KEY ("adoption_id") REFERENCES "public"."adoptions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adoptions" ADD CONSTRAINT "adoptions_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adoptions" ADD CONSTRAINT "adoptions_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adoptions" ADD CONSTRAINT "adoptions_reported_by_id_users_id_fk" FOREIGN KEY ("reported_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "practice_revisions_practice_id_version_index" ON "practice_revisions" USING btree ("practice_id","version");--> statement-breakpoint
CREATE INDEX "practice_slugs_practice_id_index" ON "practice_slugs" USING btree ("practice_id");--> statement-breakpoint
CREATE INDEX "adoption_outcomes_adoption_id_position_index" ON "adoption_outcomes" USING btree ("adoption_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "adoptions_practice_id_department_id_index" ON "adoptions" USING btree ("practice_id","department_id");--> statement-breakpoint
CREATE INDEX "adoptions_department_id_index" ON "adoptions" USING btree ("department_id");