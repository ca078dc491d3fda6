ALTER TABLE "reports" ADD COLUMN "status_changed_by" bigint;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "status_changed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "status_note" text;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_status_changed_by_users_id_fk" FOREIGN KEY ("status_changed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;