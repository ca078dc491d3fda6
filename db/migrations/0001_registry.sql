CREATE TABLE "districts" (
	"kato" text PRIMARY KEY NOT NULL,
	"region_kato" text NOT NULL,
	"name_kk" text NOT NULL,
	"name_ru" text NOT NULL,
	"name_en" text NOT NULL,
	"source" text NOT NULL,
	"geom" geometry(MultiPolygon, 4326) NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "regions" (
	"kato" text PRIMARY KEY NOT NULL,
	"name_kk" text NOT NULL,
	"name_ru" text NOT NULL,
	"name_en" text NOT NULL,
	"iso_code" text,
	"source" text NOT NULL,
	"geom" geometry(MultiPolygon, 4326) NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "facilities" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"source_id" text NOT NULL,
	"category" text NOT NULL,
	"name" text,
	"name_kk" text,
	"name_ru" text,
	"name_en" text,
	"region_kato" text,
	"district_kato" text,
	"geom" geometry(Point, 4326) NOT NULL,
	"attributes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"current_audit_id" bigint,
	"audited_at" timestamp with time zone,
	"registry_code" text,
	"score" smallint,
	"adapted" boolean DEFAULT false NOT NULL,
	"status_wheelchair" text DEFAULT 'unknown' NOT NULL,
	"status_mobility" text DEFAULT 'unknown' NOT NULL,
	"status_vision" text DEFAULT 'unknown' NOT NULL,
	"status_hearing" text DEFAULT 'unknown' NOT NULL,
	"status_intellectual" text DEFAULT 'unknown' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "districts" ADD CONSTRAINT "districts_region_kato_regions_kato_fk" FOREIGN KEY ("region_kato") REFERENCES "public"."regions"("kato") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facilities" ADD CONSTRAINT "facilities_region_kato_regions_kato_fk" FOREIGN KEY ("region_kato") REFERENCES "public"."regions"("kato") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facilities" ADD CONSTRAINT "facilities_district_kato_districts_kato_fk" FOREIGN KEY ("district_kato") REFERENCES "public"."districts"("kato") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "districts_geom_idx" ON "districts" USING gist ("geom");--> statement-breakpoint
CREATE INDEX "districts_region_idx" ON "districts" USING btree ("region_kato");--> statement-breakpoint
CREATE INDEX "regions_geom_idx" ON "regions" USING gist ("geom");--> statement-breakpoint
CREATE UNIQUE INDEX "facilities_source_uq" ON "facilities" USING btree ("source","source_id");--> statement-breakpoint
CREATE INDEX "facilities_geom_idx" ON "facilities" USING gist ("geom");--> statement-breakpoint
CREATE INDEX "facilities_category_idx" ON "facilities" USING btree ("category");--> statement-breakpoint
CREATE INDEX "facilities_region_idx" ON "facilities" USING btree ("region_kato","district_kato");