ALTER TABLE "practices" ADD COLUMN "source_answer_id" uuid;--> statement-breakpoint
ALTER TABLE "practices" ADD CONSTRAINT "practices_source_answer_id_answers_id_fk" FOREIGN KEY ("source_answer_id") REFERENCES "public"."answers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "practices_source_answer_id_index" ON "practices" USING btree ("source_answer_id");