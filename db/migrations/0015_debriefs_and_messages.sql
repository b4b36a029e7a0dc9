CREATE TYPE "public"."debrief_audience" AS ENUM('DEPARTMENT', 'MEMBERS');--> statement-breakpoint
ALTER TYPE "public"."activity_kind" ADD VALUE 'DEBRIEF_POSTED';--> statement-breakpoint
ALTER TYPE "public"."activity_kind" ADD VALUE 'MESSAGE_SENT';--> statement-breakpoint
ALTER TYPE "public"."notification_reason" ADD VALUE 'FOLLOWED_EVENT';--> statement-breakpoint
ALTER TYPE "public"."notification_reason" ADD VALUE 'DEPARTMENT_COLLEAGUE';--> statement-breakpoint
ALTER TYPE "public"."notification_reason" ADD VALUE 'YOUR_PRACTICE_IN_DEBRIEF';--> statement-breakpoint
ALTER TYPE "public"."notification_reason" ADD VALUE 'MESSAGE';--> statement-breakpoint
ALTER TYPE "public"."flag_target" ADD VALUE 'MESSAGE';--> statement-breakpoint
CREATE TABLE "debrief_practices" (
	"debrief_id" uuid NOT NULL,
	"practice_id" uuid NOT NULL,
	CONSTRAINT "debrief_practices_debrief_id_practice_id_pk" PRIMARY KEY("debrief_id","practice_id")
);
--> statement-breakpoint
CREATE TABLE "debriefs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"audience" "debrief_audience" NOT NULL,
	"title" text NOT NULL,
	"sessions" text DEFAULT '' NOT NULL,
	"takeaways" text NOT NULL,
	"to_try" text DEFAULT '' NOT NULL,
	"contacts" text DEFAULT '' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce("debriefs"."title", '')), 'A')
          || setweight(to_tsvector('english', coalesce("debriefs"."takeaways", '')), 'B')
          || setweight(to_tsvector('english', coalesce("debriefs"."to_try", '') || ' ' || coalesce("debriefs"."sessions", '')), 'C')
          || setweight(to_tsvector('english', coalesce("debriefs"."contacts", '')), 'D')) STORED NOT NULL
);
--> statement-breakpoint
CREATE TABLE "blocks" (
	"blocker_id" uuid NOT NULL,
	"blocked_id" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "blocks_blocker_id_blocked_id_pk" PRIMARY KEY("blocker_id","blocked_id"),
	CONSTRAINT "blocks_not_self" CHECK ("blocks"."blocker_id" <> "blocks"."blocked_id")
);
--> statement-breakpoint
CREATE TABLE "conversation_participants" (
	"conversation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"last_read_seq" bigint DEFAULT 0 NOT NULL,
	"joined_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conversation_participants_conversation_id_user_id_pk" PRIMARY KEY("conversation_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "conversations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"last_message_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "messages_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"conversation_id" uuid NOT NULL,
	"sender_id" uuid,
	"body" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"hidden_at" timestamp (3) with time zone,
	CONSTRAINT "messages_seq_unique" UNIQUE("seq")
);
--> statement-breakpoint
ALTER TABLE "activities" ALTER COLUMN "practice_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "flags" ALTER COLUMN "practice_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "debrief_id" uuid;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "message_id" uuid;--> statement-breakpoint
ALTER TABLE "debrief_practices" ADD CONSTRAINT "debrief_practices_debrief_id_debriefs_id_fk" FOREIGN KEY ("debrief_id") REFERENCES "public"."debriefs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "debrief_practices" ADD CONSTRAINT "debrief_practices_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "debriefs" ADD CONSTRAINT "debriefs_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "debriefs" ADD CONSTRAINT "debriefs_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "debriefs" ADD CONSTRAINT "debriefs_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "blocks" ADD CONSTRAINT "blocks_blocker_id_users_id_fk" FOREIGN KEY ("blocker_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "blocks" ADD CONSTRAINT "blocks_blocked_id_users_id_fk" FOREIGN KEY ("blocked_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_participants" ADD CONSTRAINT "conversation_participants_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_participants" ADD CONSTRAINT "conversation_participants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_sender_id_users_id_fk" FOREIGN KEY ("sender_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "debrief_practices_practice_id_index" ON "debrief_practices" USING btree ("practice_id");--> statement-breakpoint
CREATE INDEX "debriefs_event_id_created_at_index" ON "debriefs" USING btree ("event_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "debriefs_author_id_created_at_index" ON "debriefs" USING btree ("author_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "debriefs_department_id_index" ON "debriefs" USING btree ("department_id");--> statement-breakpoint
CREATE INDEX "debriefs_search_idx" ON "debriefs" USING gin ("search");--> statement-breakpoint
CREATE INDEX "blocks_blocked_id_index" ON "blocks" USING btree ("blocked_id");--> statement-breakpoint
CREATE INDEX "conversation_participants_user_id_index" ON "conversation_participants" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "messages_conversation_id_seq_index" ON "messages" USING btree ("conversation_id","seq" DESC NULLS LAST);--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_debrief_id_debriefs_id_fk" FOREIGN KEY ("debrief_id") REFERENCES "public"."debriefs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_message_id_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."messages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activities_debrief_id_index" ON "activities" USING btree ("debrief_id");