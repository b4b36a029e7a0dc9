ALTER TYPE "public"."activity_kind" ADD VALUE 'CONTENT_HIDDEN';--> statement-breakpoint
ALTER TYPE "public"."activity_kind" ADD VALUE 'CONTENT_RESTORED';--> statement-breakpoint
ALTER TYPE "public"."activity_kind" ADD VALUE 'PRACTICE_SUBMITTED';--> statement-breakpoint
ALTER TYPE "public"."activity_kind" ADD VALUE 'PRACTICE_SENT_BACK';--> statement-breakpoint
ALTER TYPE "public"."activity_kind" ADD VALUE 'MEMBER_SIGNED_UP';--> statement-breakpoint
ALTER TYPE "public"."activity_kind" ADD VALUE 'MEMBER_VERIFIED';--> statement-breakpoint
ALTER TYPE "public"."activity_kind" ADD VALUE 'MEMBER_REJECTED';--> statement-breakpoint
ALTER TYPE "public"."notification_reason" ADD VALUE 'YOUR_CONTENT_HIDDEN';--> statement-breakpoint
ALTER TYPE "public"."notification_reason" ADD VALUE 'YOUR_CONTENT_RESTORED';--> statement-breakpoint
ALTER TYPE "public"."notification_reason" ADD VALUE 'REVIEW_REQUESTED';--> statement-breakpoint
ALTER TYPE "public"."notification_reason" ADD VALUE 'YOUR_PRACTICE_SENT_BACK';--> statement-breakpoint
ALTER TYPE "public"."notification_reason" ADD VALUE 'MEMBER_WAITING';--> statement-breakpoint
ALTER TYPE "public"."notification_reason" ADD VALUE 'YOUR_MEMBERSHIP_VERIFIED';--> statement-breakpoint
ALTER TYPE "public"."notification_reason" ADD VALUE 'YOUR_MEMBERSHIP_REJECTED';--> statement-breakpoint
CREATE TABLE "moderation_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"target_type" "flag_target" NOT NULL,
	"target_id" uuid NOT NULL,
	"practice_id" uuid,
	"action" "flag_action" NOT NULL,
	"note" text,
	"moderator_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "note" text;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "member_id" uuid;--> statement-breakpoint
ALTER TABLE "moderation_decisions" ADD CONSTRAINT "moderation_decisions_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_decisions" ADD CONSTRAINT "moderation_decisions_moderator_id_users_id_fk" FOREIGN KEY ("moderator_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "moderation_decisions_target_type_target_id_created_at_index" ON "moderation_decisions" USING btree ("target_type","target_id","created_at");--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_member_id_users_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;