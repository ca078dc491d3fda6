CREATE TABLE "stats_area_cells" (
	"region_kato" text,
	"district_kato" text,
	"category" text NOT NULL,
	"audit_month" date,
	"facilities" integer DEFAULT 0 NOT NULL,
	"adapted" integer DEFAULT 0 NOT NULL,
	"partial" integer DEFAULT 0 NOT NULL,
	"not_adapted" integer DEFAULT 0 NOT NULL,
	"wheelchair" integer DEFAULT 0 NOT NULL,
	"mobility" integer DEFAULT 0 NOT NULL,
	"vision" integer DEFAULT 0 NOT NULL,
	"hearing" integer DEFAULT 0 NOT NULL,
	"intellectual" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "stats_area_cells_key" UNIQUE NULLS NOT DISTINCT("region_kato","district_kato","category","audit_month")
);
--> statement-breakpoint
CREATE TABLE "stats_audit_months" (
	"region_kato" text,
	"district_kato" text,
	"category" text NOT NULL,
	"month" date NOT NULL,
	"audits" integer DEFAULT 0 NOT NULL,
	"adapted" integer DEFAULT 0 NOT NULL,
	"partial" integer DEFAULT 0 NOT NULL,
	"not_adapted" integer DEFAULT 0 NOT NULL,
	"first_audits" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "stats_audit_months_key" UNIQUE NULLS NOT DISTINCT("region_kato","district_kato","category","month")
);
--> statement-breakpoint
CREATE TABLE "stats_facility_verdicts" (
	"facility_id" bigint PRIMARY KEY NOT NULL,
	"region_kato" text,
	"district_kato" text,
	"category" text NOT NULL,
	"audit_id" bigint,
	"audited_at" timestamp with time zone,
	"audit_month" date,
	"verdict" text,
	"wheelchair" text,
	"mobility" text,
	"vision" text,
	"hearing" text,
	"intellectual" text
);
--> statement-breakpoint
CREATE TABLE "stats_failure_cells" (
	"region_kato" text,
	"district_kato" text,
	"category" text NOT NULL,
	"item_id" text NOT NULL,
	"facilities" integer DEFAULT 0 NOT NULL,
	"critical" integer DEFAULT 0 NOT NULL,
	"wheelchair" integer DEFAULT 0 NOT NULL,
	"mobility" integer DEFAULT 0 NOT NULL,
	"vision" integer DEFAULT 0 NOT NULL,
	"hearing" integer DEFAULT 0 NOT NULL,
	"intellectual" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "stats_failure_cells_key" UNIQUE NULLS NOT DISTINCT("region_kato","district_kato","category","item_id")
);
--> statement-breakpoint
CREATE INDEX "stats_area_cells_category_idx" ON "stats_area_cells" USING btree ("category");--> statement-breakpoint
CREATE INDEX "stats_audit_months_category_idx" ON "stats_audit_months" USING btree ("category");--> statement-breakpoint
CREATE INDEX "stats_facility_verdicts_audited_idx" ON "stats_facility_verdicts" USING btree ("audited_at");--> statement-breakpoint
CREATE INDEX "stats_facility_verdicts_area_idx" ON "stats_facility_verdicts" USING btree ("region_kato","district_kato");--> statement-breakpoint
CREATE INDEX "stats_failure_cells_category_idx" ON "stats_failure_cells" USING btree ("category");--> statement-breakpoint
-- Statistics for officials (issue 7), maintained by triggers so that every way a facility or an
-- audit is written (API, importers, scripts) keeps them exact. Written by hand below the generated
-- tables: drizzle does not model functions or triggers. See docs/adr/0701 and docs/adaptation-rate.md.

-- The first day of the calendar month of an instant, in Kazakhstan time.
CREATE OR REPLACE FUNCTION stats_month(at timestamptz) RETURNS date
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT date_trunc('month', at AT TIME ZONE 'Asia/Almaty')::date
$$;
--> statement-breakpoint
-- A group's facility-only status (rule B4, zones 1-6) from a scoring result; the stored status
-- column when the result does not carry it.
CREATE OR REPLACE FUNCTION stats_group_status(result jsonb, grp text, fallback text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(result -> 'groups' -> grp ->> 'facilityOnlyStatus', fallback, 'unknown')
$$;
--> statement-breakpoint
-- adapted (rule B7) | partial (not adapted, every group accessible or partial) | not_adapted.
CREATE OR REPLACE FUNCTION stats_verdict(adapted boolean, w text, m text, v text, h text, i text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN adapted THEN 'adapted'
    WHEN w IN ('accessible', 'partial') AND m IN ('accessible', 'partial') AND v IN ('accessible', 'partial')
     AND h IN ('accessible', 'partial') AND i IN ('accessible', 'partial') THEN 'partial'
    ELSE 'not_adapted'
  END
$$;
--> statement-breakpoint
-- The verdict one audit reached, for the trend.
CREATE OR REPLACE FUNCTION stats_audit_verdict(a audits) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT stats_verdict(a.adapted,
    stats_group_status(a.result, 'wheelchair', a.status_wheelchair),
    stats_group_status(a.result, 'mobility', a.status_mobility),
    stats_group_status(a.result, 'vision', a.status_vision),
    stats_group_status(a.result, 'hearing', a.status_hearing),
    stats_group_status(a.result, 'intellectual', a.status_intellectual))
$$;
--> statement-breakpoint
-- The failing items of a scoring result, one row per item: critical for any group, and the groups
-- it fails. Tolerates results of any shape (an item id as a string, or an object with itemId/item/id).
CREATE OR REPLACE FUNCTION stats_failures(result jsonb)
RETURNS TABLE (item_id text, critical boolean, wheelchair boolean, mobility boolean, vision boolean, hearing boolean, intellectual boolean)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT x.item, bool_or(x.severity = 'critical'), bool_or(x.grp = 'wheelchair'), bool_or(x.grp = 'mobility'),
    bool_or(x.grp = 'vision'), bool_or(x.grp = 'hearing'), bool_or(x.grp = 'intellectual')
  FROM (
    SELECT g.key AS grp,
      CASE jsonb_typeof(f.el)
        WHEN 'object' THEN coalesce(f.el ->> 'itemId', f.el ->> 'item', f.el ->> 'id')
        WHEN 'string' THEN f.el #>> '{}'
      END AS item,
      CASE WHEN jsonb_typeof(f.el) = 'object' THEN f.el ->> 'severity' END AS severity
    FROM jsonb_each(CASE WHEN jsonb_typeof(result -> 'groups') = 'object' THEN result -> 'groups' ELSE '{}'::jsonb END) AS g(key, value)
    CROSS JOIN LATERAL jsonb_array_elements(
      CASE WHEN jsonb_typeof(g.value -> 'failures') = 'array' THEN g.value -> 'failures' ELSE '[]'::jsonb END) AS f(el)
    WHERE g.key IN ('wheelchair', 'mobility', 'vision', 'hearing', 'intellectual')
  ) x
  WHERE x.item IS NOT NULL
  GROUP BY x.item
$$;
--> statement-breakpoint
-- A facility's row of stats_facility_verdicts, from the facility and its current audit (if found).
-- "Audited" follows current_audit_id; the date is the facility's denormalised one.
CREATE OR REPLACE FUNCTION stats_verdict_of(f facilities, audit_id bigint, audit_audited_at timestamptz, result jsonb)
RETURNS stats_facility_verdicts
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT ROW(f.id, f.region_kato, f.district_kato, f.category, audit_id, s.at, stats_month(s.at),
    CASE WHEN s.at IS NOT NULL THEN stats_verdict(f.adapted, s.w, s.m, s.v, s.h, s.i) END,
    CASE WHEN s.at IS NOT NULL THEN s.w END, CASE WHEN s.at IS NOT NULL THEN s.m END,
    CASE WHEN s.at IS NOT NULL THEN s.v END, CASE WHEN s.at IS NOT NULL THEN s.h END,
    CASE WHEN s.at IS NOT NULL THEN s.i END)::stats_facility_verdicts
  FROM (SELECT
    CASE WHEN f.current_audit_id IS NOT NULL THEN coalesce(f.audited_at, audit_audited_at, '-infinity') END AS at,
    stats_group_status(result, 'wheelchair', f.status_wheelchair) AS w,
    stats_group_status(result, 'mobility', f.status_mobility) AS m,
    stats_group_status(result, 'vision', f.status_vision) AS v,
    stats_group_status(result, 'hearing', f.status_hearing) AS h,
    stats_group_status(result, 'intellectual', f.status_intellectual) AS i) s
$$;
--> statement-breakpoint
-- Brings the statistics of some facilities (null: all) up to date after their rows or audits
-- changed; `added` are audits just inserted (null: all audits are new, as in a rebuild).
-- Cells are locked in key order, table by table (trend, areas, failures), so concurrent
-- submissions wait for each other instead of deadlocking.
CREATE OR REPLACE FUNCTION stats_refresh(ids bigint[], added bigint[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  -- The trend counts every audit at its facility's area and category: move the facility's audits
  -- when those changed, and count new audits (and a new first audit) at the current key.
  WITH fac AS (
    SELECT f.id, f.region_kato, f.district_kato, f.category, v.facility_id IS NOT NULL AS counted,
      v.region_kato AS old_region, v.district_kato AS old_district, v.category AS old_category
    FROM facilities f LEFT JOIN stats_facility_verdicts v ON v.facility_id = f.id
    WHERE (ids IS NULL OR f.id = ANY (ids))
      AND ((v.region_kato, v.district_kato, v.category) IS DISTINCT FROM (f.region_kato, f.district_kato, f.category)
        OR EXISTS (SELECT 1 FROM audits a WHERE a.facility_id = f.id AND (added IS NULL OR a.id = ANY (added))))
  ), contribution AS (
    SELECT fac.old_region AS region_kato, fac.old_district AS district_kato, fac.old_category AS category, -1 AS s,
      a.audited_at, stats_audit_verdict(a) AS verdict,
      row_number() OVER (PARTITION BY a.facility_id ORDER BY a.audited_at, a.id) = 1 AS first
    FROM fac JOIN audits a ON a.facility_id = fac.id
    WHERE fac.counted AND NOT (added IS NULL OR a.id = ANY (added))
    UNION ALL
    SELECT fac.region_kato, fac.district_kato, fac.category, 1,
      a.audited_at, stats_audit_verdict(a),
      row_number() OVER (PARTITION BY a.facility_id ORDER BY a.audited_at, a.id) = 1
    FROM fac JOIN audits a ON a.facility_id = fac.id
  )
  INSERT INTO stats_audit_months AS c (region_kato, district_kato, category, month, audits, adapted, partial, not_adapted, first_audits)
  SELECT region_kato, district_kato, category, stats_month(audited_at), sum(s),
    sum(CASE WHEN verdict = 'adapted' THEN s ELSE 0 END), sum(CASE WHEN verdict = 'partial' THEN s ELSE 0 END),
    sum(CASE WHEN verdict = 'not_adapted' THEN s ELSE 0 END), sum(CASE WHEN first THEN s ELSE 0 END)
  FROM contribution GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT (region_kato, district_kato, category, month) DO UPDATE SET
    audits = c.audits + excluded.audits, adapted = c.adapted + excluded.adapted, partial = c.partial + excluded.partial,
    not_adapted = c.not_adapted + excluded.not_adapted, first_audits = c.first_audits + excluded.first_audits;

  -- The current verdicts: subtract what was counted, add what is true now, for facilities whose
  -- verdict row changed (or that appeared or disappeared).
  WITH now_true AS (
    SELECT v.*
    FROM facilities f LEFT JOIN audits a ON a.id = f.current_audit_id
    CROSS JOIN LATERAL stats_verdict_of(f, a.id, a.audited_at, a.result) v
    WHERE ids IS NULL OR f.id = ANY (ids)
  ), counted AS (
    SELECT * FROM stats_facility_verdicts WHERE ids IS NULL OR facility_id = ANY (ids)
  ), delta AS (
    SELECT -1 AS s, o.* FROM counted o LEFT JOIN now_true n ON n.facility_id = o.facility_id WHERE o IS DISTINCT FROM n
    UNION ALL
    SELECT 1 AS s, n.* FROM now_true n LEFT JOIN counted o ON o.facility_id = n.facility_id WHERE n IS DISTINCT FROM o
  ), areas AS (
    INSERT INTO stats_area_cells AS c (region_kato, district_kato, category, audit_month, facilities, adapted, partial,
      not_adapted, wheelchair, mobility, vision, hearing, intellectual)
    SELECT region_kato, district_kato, category, audit_month, sum(s),
      sum(CASE WHEN verdict = 'adapted' THEN s ELSE 0 END), sum(CASE WHEN verdict = 'partial' THEN s ELSE 0 END),
      sum(CASE WHEN verdict = 'not_adapted' THEN s ELSE 0 END),
      sum(CASE WHEN wheelchair = 'accessible' THEN s ELSE 0 END), sum(CASE WHEN mobility = 'accessible' THEN s ELSE 0 END),
      sum(CASE WHEN vision = 'accessible' THEN s ELSE 0 END), sum(CASE WHEN hearing = 'accessible' THEN s ELSE 0 END),
      sum(CASE WHEN intellectual = 'accessible' THEN s ELSE 0 END)
    FROM delta GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT (region_kato, district_kato, category, audit_month) DO UPDATE SET
      facilities = c.facilities + excluded.facilities, adapted = c.adapted + excluded.adapted,
      partial = c.partial + excluded.partial, not_adapted = c.not_adapted + excluded.not_adapted,
      wheelchair = c.wheelchair + excluded.wheelchair, mobility = c.mobility + excluded.mobility,
      vision = c.vision + excluded.vision, hearing = c.hearing + excluded.hearing,
      intellectual = c.intellectual + excluded.intellectual
  ), failures AS (
    INSERT INTO stats_failure_cells AS c (region_kato, district_kato, category, item_id, facilities, critical,
      wheelchair, mobility, vision, hearing, intellectual)
    SELECT d.region_kato, d.district_kato, d.category, x.item_id, sum(d.s), sum(CASE WHEN x.critical THEN d.s ELSE 0 END),
      sum(CASE WHEN x.wheelchair THEN d.s ELSE 0 END), sum(CASE WHEN x.mobility THEN d.s ELSE 0 END),
      sum(CASE WHEN x.vision THEN d.s ELSE 0 END), sum(CASE WHEN x.hearing THEN d.s ELSE 0 END),
      sum(CASE WHEN x.intellectual THEN d.s ELSE 0 END)
    FROM delta d JOIN audits a ON a.id = d.audit_id CROSS JOIN LATERAL stats_failures(a.result) x
    GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT (region_kato, district_kato, category, item_id) DO UPDATE SET
      facilities = c.facilities + excluded.facilities, critical = c.critical + excluded.critical,
      wheelchair = c.wheelchair + excluded.wheelchair, mobility = c.mobility + excluded.mobility,
      vision = c.vision + excluded.vision, hearing = c.hearing + excluded.hearing,
      intellectual = c.intellectual + excluded.intellectual
  ), gone AS (
    DELETE FROM stats_facility_verdicts v USING delta d
    WHERE d.s = -1 AND v.facility_id = d.facility_id
      AND NOT EXISTS (SELECT 1 FROM delta n WHERE n.s = 1 AND n.facility_id = d.facility_id)
  )
  INSERT INTO stats_facility_verdicts AS v
  SELECT facility_id, region_kato, district_kato, category, audit_id, audited_at, audit_month, verdict,
    wheelchair, mobility, vision, hearing, intellectual
  FROM delta WHERE s = 1
  ON CONFLICT (facility_id) DO UPDATE SET
    region_kato = excluded.region_kato, district_kato = excluded.district_kato, category = excluded.category,
    audit_id = excluded.audit_id, audited_at = excluded.audited_at, audit_month = excluded.audit_month,
    verdict = excluded.verdict, wheelchair = excluded.wheelchair, mobility = excluded.mobility,
    vision = excluded.vision, hearing = excluded.hearing, intellectual = excluded.intellectual;
END
$$;
--> statement-breakpoint
-- Recomputes every statistics table from facilities and audits (after a bulk load with the
-- triggers off, or to check the triggers: the result must not change).
CREATE OR REPLACE FUNCTION stats_rebuild() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE stats_facility_verdicts, stats_area_cells, stats_failure_cells, stats_audit_months;
  PERFORM stats_refresh(NULL, NULL);
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION stats_on_facilities() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM stats_refresh(ARRAY(SELECT id FROM changed_rows), '{}');
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- Audits of one facility are counted one transaction at a time (the facility row lock), so two
-- submissions cannot both believe they are its first audit.
CREATE OR REPLACE FUNCTION stats_on_audits() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  facility_ids bigint[];
BEGIN
  SELECT array_agg(DISTINCT facility_id ORDER BY facility_id) INTO facility_ids FROM added_rows;
  PERFORM 1 FROM facilities WHERE id = ANY (facility_ids) ORDER BY id FOR NO KEY UPDATE;
  PERFORM stats_refresh(facility_ids, ARRAY(SELECT id FROM added_rows));
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER stats_facilities_inserted AFTER INSERT ON facilities
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_on_facilities();
--> statement-breakpoint
CREATE TRIGGER stats_facilities_updated AFTER UPDATE ON facilities
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_on_facilities();
--> statement-breakpoint
CREATE TRIGGER stats_facilities_deleted AFTER DELETE ON facilities
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_on_facilities();
--> statement-breakpoint
CREATE TRIGGER stats_audits_inserted AFTER INSERT ON audits
  REFERENCING NEW TABLE AS added_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_on_audits();
--> statement-breakpoint
SELECT stats_rebuild();
