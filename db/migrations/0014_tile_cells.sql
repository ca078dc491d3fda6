-- Cluster counts for low-zoom tiles (issue 5, docs/adr/0503): facilities counted per zoom-16 tile
-- (about 380 m across in Kazakhstan) with their number per status of each group and the sums of
-- their Web Mercator positions, kept exact by statement triggers on facilities. A cluster tile then
-- adds up the cells under it (at most 64 × 64 at zoom 10) instead of reading every facility (80,000
-- under one zoom-10 tile of Astana in the benchmark). Cells are numbered in Morton (Z) order, so the
-- cells under any tile are one range of numbers.
CREATE OR REPLACE FUNCTION kz_spread_bits16(v bigint) RETURNS bigint
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
  x bigint := v;
BEGIN
  x := (x | (x << 8)) & 16711935;   -- 0x00FF00FF
  x := (x | (x << 4)) & 252645135;  -- 0x0F0F0F0F
  x := (x | (x << 2)) & 858993459;  -- 0x33333333
  x := (x | (x << 1)) & 1431655765; -- 0x55555555
  RETURN x;
END
$$;
--> statement-breakpoint
-- The zoom-16 tile of a position (x, y as in XYZ URLs), bits interleaved: x in the even bits, y in the odd.
CREATE OR REPLACE FUNCTION kz_tile_cell16(lon float8, lat float8) RETURNS bigint
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
  clamped float8 := least(greatest(lat, -85.0511287798), 85.0511287798);
  x bigint := least(greatest(floor((lon + 180) / 360 * 65536), 0), 65535);
  y bigint := least(greatest(floor((1 - ln(tan(radians(clamped)) + 1 / cos(radians(clamped))) / pi()) / 2 * 65536), 0), 65535);
BEGIN
  RETURN kz_spread_bits16(x) | (kz_spread_bits16(y) << 1);
END
$$;
--> statement-breakpoint
CREATE TYPE kz_tile_cell_change AS (
  sign integer, lon float8, lat float8, audited boolean,
  wheelchair text, mobility text, vision text, hearing text, intellectual text
);
--> statement-breakpoint
CREATE TABLE "facility_tile_cells" (
  "cell" bigint PRIMARY KEY,
  "count" integer NOT NULL,
  "audited" integer NOT NULL,
  "sum_mx" float8 NOT NULL,
  "sum_my" float8 NOT NULL,
  "wheelchair_accessible" integer NOT NULL,
  "wheelchair_partial" integer NOT NULL,
  "wheelchair_conditional" integer NOT NULL,
  "wheelchair_inaccessible" integer NOT NULL,
  "wheelchair_unknown" integer NOT NULL,
  "mobility_accessible" integer NOT NULL,
  "mobility_partial" integer NOT NULL,
  "mobility_conditional" integer NOT NULL,
  "mobility_inaccessible" integer NOT NULL,
  "mobility_unknown" integer NOT NULL,
  "vision_accessible" integer NOT NULL,
  "vision_partial" integer NOT NULL,
  "vision_conditional" integer NOT NULL,
  "vision_inaccessible" integer NOT NULL,
  "vision_unknown" integer NOT NULL,
  "hearing_accessible" integer NOT NULL,
  "hearing_partial" integer NOT NULL,
  "hearing_conditional" integer NOT NULL,
  "hearing_inaccessible" integer NOT NULL,
  "hearing_unknown" integer NOT NULL,
  "intellectual_accessible" integer NOT NULL,
  "intellectual_partial" integer NOT NULL,
  "intellectual_conditional" integer NOT NULL,
  "intellectual_inaccessible" integer NOT NULL,
  "intellectual_unknown" integer NOT NULL
);
--> statement-breakpoint
-- Adds signed changes (+1 a facility as it is now, -1 as it was) to the cells, in cell order so two
-- writers lock cells in the same order.
CREATE OR REPLACE FUNCTION kz_add_tile_cell_changes(changes kz_tile_cell_change[]) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO facility_tile_cells (cell, "count", "audited", "sum_mx", "sum_my", "wheelchair_accessible", "wheelchair_partial", "wheelchair_conditional", "wheelchair_inaccessible", "wheelchair_unknown", "mobility_accessible", "mobility_partial", "mobility_conditional", "mobility_inaccessible", "mobility_unknown", "vision_accessible", "vision_partial", "vision_conditional", "vision_inaccessible", "vision_unknown", "hearing_accessible", "hearing_partial", "hearing_conditional", "hearing_inaccessible", "hearing_unknown", "intellectual_accessible", "intellectual_partial", "intellectual_conditional", "intellectual_inaccessible", "intellectual_unknown")
  SELECT kz_tile_cell16(c.lon, c.lat), sum(c.sign), sum(c.sign * c.audited::int),
      sum(c.sign * c.lon * 20037508.342789244 / 180),
      sum(c.sign * ln(tan(radians(45 + least(greatest(c.lat, -85.0511287798), 85.0511287798) / 2))) * 6378137),
      sum(c.sign * ((c.wheelchair = 'accessible')::int)),
      sum(c.sign * ((c.wheelchair = 'partial')::int)),
      sum(c.sign * ((c.wheelchair = 'conditional')::int)),
      sum(c.sign * ((c.wheelchair = 'inaccessible')::int)),
      sum(c.sign * ((c.wheelchair = 'unknown')::int)),
      sum(c.sign * ((c.mobility = 'accessible')::int)),
      sum(c.sign * ((c.mobility = 'partial')::int)),
      sum(c.sign * ((c.mobility = 'conditional')::int)),
      sum(c.sign * ((c.mobility = 'inaccessible')::int)),
      sum(c.sign * ((c.mobility = 'unknown')::int)),
      sum(c.sign * ((c.vision = 'accessible')::int)),
      sum(c.sign * ((c.vision = 'partial')::int)),
      sum(c.sign * ((c.vision = 'conditional')::int)),
      sum(c.sign * ((c.vision = 'inaccessible')::int)),
      sum(c.sign * ((c.vision = 'unknown')::int)),
      sum(c.sign * ((c.hearing = 'accessible')::int)),
      sum(c.sign * ((c.hearing = 'partial')::int)),
      sum(c.sign * ((c.hearing = 'conditional')::int)),
      sum(c.sign * ((c.hearing = 'inaccessible')::int)),
      sum(c.sign * ((c.hearing = 'unknown')::int)),
      sum(c.sign * ((c.intellectual = 'accessible')::int)),
      sum(c.sign * ((c.intellectual = 'partial')::int)),
      sum(c.sign * ((c.intellectual = 'conditional')::int)),
      sum(c.sign * ((c.intellectual = 'inaccessible')::int)),
      sum(c.sign * ((c.intellectual = 'unknown')::int))
  FROM unnest(changes) AS c
  GROUP BY 1 ORDER BY 1
  ON CONFLICT (cell) DO UPDATE SET
    "count" = facility_tile_cells."count" + excluded."count",
    "audited" = facility_tile_cells."audited" + excluded."audited",
    "sum_mx" = facility_tile_cells."sum_mx" + excluded."sum_mx",
    "sum_my" = facility_tile_cells."sum_my" + excluded."sum_my",
    "wheelchair_accessible" = facility_tile_cells."wheelchair_accessible" + excluded."wheelchair_accessible",
    "wheelchair_partial" = facility_tile_cells."wheelchair_partial" + excluded."wheelchair_partial",
    "wheelchair_conditional" = facility_tile_cells."wheelchair_conditional" + excluded."wheelchair_conditional",
    "wheelchair_inaccessible" = facility_tile_cells."wheelchair_inaccessible" + excluded."wheelchair_inaccessible",
    "wheelchair_unknown" = facility_tile_cells."wheelchair_unknown" + excluded."wheelchair_unknown",
    "mobility_accessible" = facility_tile_cells."mobility_accessible" + excluded."mobility_accessible",
    "mobility_partial" = facility_tile_cells."mobility_partial" + excluded."mobility_partial",
    "mobility_conditional" = facility_tile_cells."mobility_conditional" + excluded."mobility_conditional",
    "mobility_inaccessible" = facility_tile_cells."mobility_inaccessible" + excluded."mobility_inaccessible",
    "mobility_unknown" = facility_tile_cells."mobility_unknown" + excluded."mobility_unknown",
    "vision_accessible" = facility_tile_cells."vision_accessible" + excluded."vision_accessible",
    "vision_partial" = facility_tile_cells."vision_partial" + excluded."vision_partial",
    "vision_conditional" = facility_tile_cells."vision_conditional" + excluded."vision_conditional",
    "vision_inaccessible" = facility_tile_cells."vision_inaccessible" + excluded."vision_inaccessible",
    "vision_unknown" = facility_tile_cells."vision_unknown" + excluded."vision_unknown",
    "hearing_accessible" = facility_tile_cells."hearing_accessible" + excluded."hearing_accessible",
    "hearing_partial" = facility_tile_cells."hearing_partial" + excluded."hearing_partial",
    "hearing_conditional" = facility_tile_cells."hearing_conditional" + excluded."hearing_conditional",
    "hearing_inaccessible" = facility_tile_cells."hearing_inaccessible" + excluded."hearing_inaccessible",
    "hearing_unknown" = facility_tile_cells."hearing_unknown" + excluded."hearing_unknown",
    "intellectual_accessible" = facility_tile_cells."intellectual_accessible" + excluded."intellectual_accessible",
    "intellectual_partial" = facility_tile_cells."intellectual_partial" + excluded."intellectual_partial",
    "intellectual_conditional" = facility_tile_cells."intellectual_conditional" + excluded."intellectual_conditional",
    "intellectual_inaccessible" = facility_tile_cells."intellectual_inaccessible" + excluded."intellectual_inaccessible",
    "intellectual_unknown" = facility_tile_cells."intellectual_unknown" + excluded."intellectual_unknown"
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION kz_count_tile_cells() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  changes kz_tile_cell_change[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(ROW(1, ST_X(n.geom), ST_Y(n.geom), n.current_audit_id IS NOT NULL, n.status_wheelchair, n.status_mobility,
      n.status_vision, n.status_hearing, n.status_intellectual)::kz_tile_cell_change) INTO changes FROM new_rows n;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(ROW(-1, ST_X(o.geom), ST_Y(o.geom), o.current_audit_id IS NOT NULL, o.status_wheelchair, o.status_mobility,
      o.status_vision, o.status_hearing, o.status_intellectual)::kz_tile_cell_change) INTO changes FROM old_rows o;
  ELSE
    SELECT array_agg(c) INTO changes FROM (
      SELECT ROW(s.sign, ST_X(s.geom), ST_Y(s.geom), s.current_audit_id IS NOT NULL, s.status_wheelchair, s.status_mobility,
        s.status_vision, s.status_hearing, s.status_intellectual)::kz_tile_cell_change AS c
      FROM new_rows n JOIN old_rows o ON o.id = n.id,
        LATERAL (SELECT 1 AS sign, n.* UNION ALL SELECT -1, o.*) s
      WHERE (n.geom, n.current_audit_id IS NULL, n.status_wheelchair, n.status_mobility, n.status_vision, n.status_hearing, n.status_intellectual)
        IS DISTINCT FROM (o.geom, o.current_audit_id IS NULL, o.status_wheelchair, o.status_mobility, o.status_vision, o.status_hearing, o.status_intellectual)
    ) t;
  END IF;
  IF changes IS NOT NULL THEN
    PERFORM kz_add_tile_cell_changes(changes);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- Recounts every cell from facilities: for bulk loads made with triggers off, and to start.
CREATE OR REPLACE FUNCTION kz_rebuild_tile_cells() RETURNS void
LANGUAGE sql AS $$
  DELETE FROM facility_tile_cells;
  SELECT kz_add_tile_cell_changes(array_agg(ROW(1, ST_X(f.geom), ST_Y(f.geom), f.current_audit_id IS NOT NULL, f.status_wheelchair,
    f.status_mobility, f.status_vision, f.status_hearing, f.status_intellectual)::kz_tile_cell_change)) FROM facilities f;
$$;
--> statement-breakpoint
SELECT kz_rebuild_tile_cells();
--> statement-breakpoint
CREATE TRIGGER "facilities_tile_cells_on_insert" AFTER INSERT ON "facilities"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kz_count_tile_cells();
--> statement-breakpoint
CREATE TRIGGER "facilities_tile_cells_on_update" AFTER UPDATE ON "facilities"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kz_count_tile_cells();
--> statement-breakpoint
CREATE TRIGGER "facilities_tile_cells_on_delete" AFTER DELETE ON "facilities"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION kz_count_tile_cells();
