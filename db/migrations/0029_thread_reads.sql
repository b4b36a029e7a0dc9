CREATE TABLE "thread_reads" (
	"user_id" uuid NOT NULL,
	"question_id" uuid,
	"practice_id" uuid,
	"last_read_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "thread_reads_user_question" UNIQUE("user_id","question_id"),
	CONSTRAINT "thread_reads_user_practice" UNIQUE("user_id","practice_id"),
	CONSTRAINT "thread_reads_one_thread" CHECK (num_nonnulls("thread_reads"."question_id", "thread_reads"."practice_id") = 1)
);
--> statement-breakpoint
ALTER TABLE "thread_reads" ADD CONSTRAINT "thread_reads_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "thread_reads" ADD CONSTRAINT "thread_reads_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "thread_reads" ADD CONSTRAINT "thread_reads_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;