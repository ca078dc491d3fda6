CREATE TABLE "reports" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"facility_id" bigint NOT NULL,
	"what" text NOT NULL,
	"zone" text NOT NULL,
	"element" text,
	"description" text NOT NULL,
	"photo_sha256" text,
	"status" text DEFAULT 'new' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reports_facility_idx" ON "reports" USING btree ("facility_id","created_at");--> statement-breakpoint
CREATE INDEX "reports_created_idx" ON "reports" USING btree ("created_at");