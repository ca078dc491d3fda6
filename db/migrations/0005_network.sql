CREATE TABLE "facility_entrances" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"source_id" text NOT NULL,
	"facility_id" bigint,
	"node_id" bigint,
	"geom" geometry(Point, 4326) NOT NULL,
	"entrance_type" text NOT NULL,
	"wheelchair" text,
	"placed_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pedestrian_edges" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"source_id" text NOT NULL,
	"source_node_id" bigint NOT NULL,
	"target_node_id" bigint NOT NULL,
	"geom" geometry(LineString, 4326) NOT NULL,
	"length_m" double precision NOT NULL,
	"kind" text NOT NULL,
	"attributes" jsonb NOT NULL,
	"tags" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pedestrian_nodes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"source_id" text NOT NULL,
	"geom" geometry(Point, 4326) NOT NULL,
	"kerb" text,
	"kerb_height_cm" real,
	"tactile_paving" boolean,
	"elevator" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "facility_entrances" ADD CONSTRAINT "facility_entrances_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facility_entrances" ADD CONSTRAINT "facility_entrances_node_id_pedestrian_nodes_id_fk" FOREIGN KEY ("node_id") REFERENCES "public"."pedestrian_nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pedestrian_edges" ADD CONSTRAINT "pedestrian_edges_source_node_id_pedestrian_nodes_id_fk" FOREIGN KEY ("source_node_id") REFERENCES "public"."pedestrian_nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pedestrian_edges" ADD CONSTRAINT "pedestrian_edges_target_node_id_pedestrian_nodes_id_fk" FOREIGN KEY ("target_node_id") REFERENCES "public"."pedestrian_nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "facility_entrances_source_uq" ON "facility_entrances" USING btree ("source","source_id");--> statement-breakpoint
CREATE INDEX "facility_entrances_facility_idx" ON "facility_entrances" USING btree ("facility_id");--> statement-breakpoint
CREATE INDEX "facility_entrances_geom_idx" ON "facility_entrances" USING gist ("geom");--> statement-breakpoint
CREATE UNIQUE INDEX "pedestrian_edges_source_uq" ON "pedestrian_edges" USING btree ("source","source_id");--> statement-breakpoint
CREATE INDEX "pedestrian_edges_geom_idx" ON "pedestrian_edges" USING gist ("geom");--> statement-breakpoint
CREATE INDEX "pedestrian_edges_nodes_idx" ON "pedestrian_edges" USING btree ("source_node_id","target_node_id");--> statement-breakpoint
CREATE UNIQUE INDEX "pedestrian_nodes_source_uq" ON "pedestrian_nodes" USING btree ("source","source_id");--> statement-breakpoint
CREATE INDEX "pedestrian_nodes_geom_idx" ON "pedestrian_nodes" USING gist ("geom");