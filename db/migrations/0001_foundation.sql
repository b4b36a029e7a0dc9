CREATE TYPE "public"."agency_type" AS ENUM('MUNICIPAL', 'SHERIFF', 'STATE', 'CAMPUS', 'TRIBAL', 'TRANSIT', 'OTHER');--> statement-breakpoint
CREATE TYPE "public"."evidence_level" AS ENUM('ANECDOTAL', 'INTERNAL_DATA', 'EXTERNAL_EVALUATION', 'RIGOROUS_STUDY');--> statement-breakpoint
CREATE TYPE "public"."lifecycle" AS ENUM('PILOT', 'RUNNING', 'SCALED', 'DISCONTINUED');--> statement-breakpoint
CREATE TYPE "public"."practice_status" AS ENUM('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED');--> statement-breakpoint
CREATE TYPE "public"."resource_kind" AS ENUM('LINK', 'VIDEO', 'DOCUMENT');--> statement-breakpoint
CREATE TYPE "public"."user_role" AS ENUM('MEMBER', 'CHIEF', 'MODERATOR', 'ADMIN');--> statement-breakpoint
CREATE TYPE "public"."verification_state" AS ENUM('UNVERIFIED', 'VERIFIED', 'REJECTED');--> statement-breakpoint
CREATE TYPE "public"."visibility" AS ENUM('PUBLIC', 'MEMBERS');--> statement-breakpoint
CREATE TABLE "departments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"agency_type" "agency_type" NOT NULL,
	"state" char(2) NOT NULL,
	"city" text NOT NULL,
	"sworn_officers" integer,
	"population_served" integer,
	"description" text DEFAULT '' NOT NULL,
	"website" text,
	"verified" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "departments_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"display_name" text NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"department_id" uuid,
	"role" "user_role" DEFAULT 'MEMBER' NOT NULL,
	"verification" "verification_state" DEFAULT 'UNVERIFIED' NOT NULL,
	"password_hash" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "topics" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "topics_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "outcomes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"practice_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"metric" text NOT NULL,
	"baseline" double precision,
	"result" double precision NOT NULL,
	"unit" text DEFAULT '' NOT NULL,
	"period" text DEFAULT '' NOT NULL,
	"source" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "practice_topics" (
	"practice_id" uuid NOT NULL,
	"topic_id" uuid NOT NULL,
	CONSTRAINT "practice_topics_practice_id_topic_id_pk" PRIMARY KEY("practice_id","topic_id")
);
--> statement-breakpoint
CREATE TABLE "practices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"department_id" uuid NOT NULL,
	"author_id" uuid,
	"status" "practice_status" DEFAULT 'DRAFT' NOT NULL,
	"visibility" "visibility" DEFAULT 'MEMBERS' NOT NULL,
	"lifecycle" "lifecycle" DEFAULT 'RUNNING' NOT NULL,
	"discontinued_reason" text,
	"problem" text DEFAULT '' NOT NULL,
	"approach" text DEFAULT '' NOT NULL,
	"started_on" date,
	"staffing" text DEFAULT '' NOT NULL,
	"partners" text DEFAULT '' NOT NULL,
	"training_hours" integer,
	"cost_startup" integer,
	"cost_annual" integer,
	"cost_notes" text DEFAULT '' NOT NULL,
	"evidence_level" "evidence_level" DEFAULT 'ANECDOTAL' NOT NULL,
	"evidence_notes" text DEFAULT '' NOT NULL,
	"contact" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"published_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce("practices"."title", '')), 'A')
          || setweight(to_tsvector('english', coalesce("practices"."summary", '')), 'B')
          || setweight(to_tsvector('english', coalesce("practices"."problem", '') || ' ' || coalesce("practices"."approach", '') || ' ' || coalesce("practices"."partners", '') || ' ' || coalesce("practices"."staffing", '')), 'C')
          || setweight(to_tsvector('english', coalesce("practices"."body", '')), 'D')) STORED NOT NULL,
	CONSTRAINT "practices_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "resources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"practice_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"kind" "resource_kind" DEFAULT 'LINK' NOT NULL,
	"title" text NOT NULL,
	"url" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_topics" ADD CONSTRAINT "practice_topics_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_topics" ADD CONSTRAINT "practice_topics_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practices" ADD CONSTRAINT "practices_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practices" ADD CONSTRAINT "practices_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resources" ADD CONSTRAINT "resources_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "departments_state_index" ON "departments" USING btree ("state");--> statement-breakpoint
CREATE INDEX "departments_agency_type_index" ON "departments" USING btree ("agency_type");--> statement-breakpoint
CREATE INDEX "departments_name_index" ON "departments" USING btree ("name");--> statement-breakpoint
CREATE INDEX "users_department_id_index" ON "users" USING btree ("department_id");--> statement-breakpoint
CREATE INDEX "outcomes_practice_id_position_index" ON "outcomes" USING btree ("practice_id","position");--> statement-breakpoint
CREATE INDEX "practice_topics_topic_id_index" ON "practice_topics" USING btree ("topic_id");--> statement-breakpoint
CREATE INDEX "practices_search_idx" ON "practices" USING gin ("search");--> statement-breakpoint
CREATE INDEX "practices_department_id_index" ON "practices" USING btree ("department_id");--> statement-breakpoint
CREATE INDEX "practices_status_published_at_id_index" ON "practices" USING btree ("status","published_at" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "practices_title_index" ON "practices" USING btree ("title");--> statement-breakpoint
CREATE INDEX "resources_practice_id_position_index" ON "resources" USING btree ("practice_id","position");