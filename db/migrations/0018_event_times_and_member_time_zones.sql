ALTER TABLE "users" ADD COLUMN "time_zone" text;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "starts_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "ends_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "time_zone" text;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_times_have_zone" CHECK (("events"."starts_at" is null) = ("events"."time_zone" is null));--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_end_time_after_start" CHECK ("events"."ends_at" is null or ("events"."starts_at" is not null and "events"."ends_at" >= "events"."starts_at"));