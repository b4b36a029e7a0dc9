CREATE TYPE "public"."attendance_status" AS ENUM('ATTENDING', 'ATTENDED');--> statement-breakpoint
CREATE TYPE "public"."event_kind" AS ENUM('CONFERENCE', 'SYMPOSIUM', 'TRAINING');--> statement-breakpoint
CREATE TABLE "event_attendance" (
	"event_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"status" "attendance_status" NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_attendance_event_id_user_id_pk" PRIMARY KEY("event_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "event_topics" (
	"event_id" uuid NOT NULL,
	"topic_id" uuid NOT NULL,
	CONSTRAINT "event_topics_event_id_topic_id_pk" PRIMARY KEY("event_id","topic_id")
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"kind" "event_kind" NOT NULL,
	"host" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"online" boolean DEFAULT false NOT NULL,
	"location" text DEFAULT '' NOT NULL,
	"url" text,
	"description" text DEFAULT '' NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "events_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "calendar_token_hash" text;--> statement-breakpoint
ALTER TABLE "event_attendance" ADD CONSTRAINT "event_attendance_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_attendance" ADD CONSTRAINT "event_attendance_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_topics" ADD CONSTRAINT "event_topics_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_topics" ADD CONSTRAINT "event_topics_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "event_attendance_user_id_index" ON "event_attendance" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "event_topics_topic_id_index" ON "event_topics" USING btree ("topic_id");--> statement-breakpoint
CREATE INDEX "events_starts_on_id_index" ON "events" USING btree ("starts_on","id");--> statement-breakpoint
CREATE INDEX "events_ends_on_index" ON "events" USING btree ("ends_on");--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_calendarTokenHash_unique" UNIQUE("calendar_token_hash");