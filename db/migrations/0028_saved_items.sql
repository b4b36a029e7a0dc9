CREATE TYPE "public"."save_target" AS ENUM('PRACTICE', 'QUESTION', 'DEBRIEF', 'EVENT');--> statement-breakpoint
CREATE TABLE "saved_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"target" "save_target" NOT NULL,
	"practice_id" uuid,
	"question_id" uuid,
	"debrief_id" uuid,
	"event_id" uuid,
	"note" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"item_id" uuid GENERATED ALWAYS AS (coalesce(practice_id, question_id, debrief_id, event_id)) STORED NOT NULL,
	CONSTRAINT "saved_items_one_target" CHECK (num_nonnulls("saved_items"."practice_id", "saved_items"."question_id", "saved_items"."debrief_id", "saved_items"."event_id") = 1
        and ("saved_items"."target" = 'PRACTICE') = ("saved_items"."practice_id" is not null)
        and ("saved_items"."target" = 'QUESTION') = ("saved_items"."question_id" is not null)
        and ("saved_items"."target" = 'DEBRIEF') = ("saved_items"."debrief_id" is not null)
        and ("saved_items"."target" = 'EVENT') = ("saved_items"."event_id" is not null)),
	CONSTRAINT "saved_items_note_length" CHECK (char_length("saved_items"."note") <= 500)
);
--> statement-breakpoint
ALTER TABLE "saved_items" ADD CONSTRAINT "saved_items_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_items" ADD CONSTRAINT "saved_items_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_items" ADD CONSTRAINT "saved_items_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_items" ADD CONSTRAINT "saved_items_debrief_id_debriefs_id_fk" FOREIGN KEY ("debrief_id") REFERENCES "public"."debriefs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_items" ADD CONSTRAINT "saved_items_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "saved_items_user_id_target_item_id_index" ON "saved_items" USING btree ("user_id","target","item_id");--> statement-breakpoint
CREATE INDEX "saved_items_user_id_created_at_id_index" ON "saved_items" USING btree ("user_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "saved_items_practice_id_index" ON "saved_items" USING btree ("practice_id") WHERE "saved_items"."practice_id" is not null;--> statement-breakpoint
CREATE INDEX "saved_items_question_id_index" ON "saved_items" USING btree ("question_id") WHERE "saved_items"."question_id" is not null;--> statement-breakpoint
CREATE INDEX "saved_items_debrief_id_index" ON "saved_items" USING btree ("debrief_id") WHERE "saved_items"."debrief_id" is not null;--> statement-breakpoint
CREATE INDEX "saved_items_event_id_index" ON "saved_items" USING btree ("event_id") WHERE "saved_items"."event_id" is not null;