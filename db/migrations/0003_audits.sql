CREATE TABLE "users" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" text NOT NULL,
	"regions" text[] DEFAULT '{}' NOT NULL,
	"display_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audits" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"facility_id" bigint NOT NULL,
	"inspector_id" bigint NOT NULL,
	"idempotency_key" text NOT NULL,
	"checklist_version" text NOT NULL,
	"answers" jsonb NOT NULL,
	"result" jsonb NOT NULL,
	"registry_code" text,
	"score" smallint,
	"completeness" real NOT NULL,
	"adapted" boolean NOT NULL,
	"status_wheelchair" text NOT NULL,
	"status_mobility" text NOT NULL,
	"status_vision" text NOT NULL,
	"status_hearing" text NOT NULL,
	"status_intellectual" text NOT NULL,
	"position" geometry(Point, 4326),
	"audited_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"photos" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"note" text
);
--> statement-breakpoint
ALTER TABLE "audits" ADD CONSTRAINT "audits_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audits" ADD CONSTRAINT "audits_inspector_id_users_id_fk" FOREIGN KEY ("inspector_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_uq" ON "users" USING btree ("email");--> statement-breakpoint
CREATE UNIQUE INDEX "audits_idempotency_uq" ON "audits" USING btree ("idempotency_key");--> statement-breakpoint
CREATE INDEX "audits_facility_idx" ON "audits" USING btree ("facility_id","audited_at");--> statement-breakpoint
CREATE INDEX "audits_audited_at_idx" ON "audits" USING btree ("audited_at");