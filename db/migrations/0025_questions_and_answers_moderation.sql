ALTER TYPE "public"."flag_target" ADD VALUE 'QUESTION';--> statement-breakpoint
ALTER TYPE "public"."flag_target" ADD VALUE 'ANSWER';--> statement-breakpoint
ALTER TABLE "flags" ADD COLUMN "question_id" uuid;--> statement-breakpoint
ALTER TABLE "moderation_decisions" ADD COLUMN "question_id" uuid;--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_decisions" ADD CONSTRAINT "moderation_decisions_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;