CREATE TABLE "settlements" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"source_id" text NOT NULL,
	"name" text NOT NULL,
	"name_kk" text,
	"name_ru" text,
	"name_en" text,
	"place" text NOT NULL,
	"population" integer,
	"geom" geometry(Point, 4326) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "streets" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"city" text NOT NULL,
	"name" text NOT NULL,
	"geom" geometry(MultiLineString, 4326) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "settlements_source_uq" ON "settlements" USING btree ("source","source_id");--> statement-breakpoint
CREATE INDEX "settlements_geom_idx" ON "settlements" USING gist ("geom");--> statement-breakpoint
CREATE UNIQUE INDEX "streets_city_name_uq" ON "streets" USING btree ("source","city","name");--> statement-breakpoint
CREATE INDEX "streets_geom_idx" ON "streets" USING gist ("geom");