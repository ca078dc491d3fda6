CREATE TABLE "stats_region_cells" (
	"region_kato" text,
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
	CONSTRAINT "stats_region_cells_key" UNIQUE NULLS NOT DISTINCT("region_kato","category","audit_month")
);
--> statement-breakpoint
CREATE INDEX "stats_facility_verdicts_month_idx" ON "stats_facility_verdicts" USING btree ("audit_month","audited_at");
--> statement-breakpoint
-- Statistics (issue 7): stats_region_cells, the area counts without the district, kept by the same
-- refresh; and an index for the freshness cut-off month. See docs/adr/0701.
CREATE OR REPLACE FUNCTION stats_refresh(ids bigint[], added bigint[]) RETURNS void
LANGUAGE plpgsql
SET plan_cache_mode = force_custom_plan
SET jit = off
AS $$
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
      a.audited_at, stats_audit_verdict(a.adapted, a.result, a.status_wheelchair, a.status_mobility, a.status_vision,
        a.status_hearing, a.status_intellectual) AS verdict,
      row_number() OVER (PARTITION BY a.facility_id ORDER BY a.audited_at, a.id) = 1 AS first
    FROM fac JOIN audits a ON a.facility_id = fac.id
    WHERE fac.counted AND NOT (added IS NULL OR a.id = ANY (added))
    UNION ALL
    SELECT fac.region_kato, fac.district_kato, fac.category, 1,
      a.audited_at, stats_audit_verdict(a.adapted, a.result, a.status_wheelchair, a.status_mobility, a.status_vision,
        a.status_hearing, a.status_intellectual),
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
    SELECT f.id AS facility_id, f.region_kato, f.district_kato, f.category, a.id AS audit_id, s.at AS audited_at,
      stats_month(s.at) AS audit_month,
      CASE WHEN s.at IS NOT NULL THEN stats_verdict(f.adapted, s.w, s.m, s.v, s.h, s.i) END AS verdict,
      CASE WHEN s.at IS NOT NULL THEN s.w END AS wheelchair, CASE WHEN s.at IS NOT NULL THEN s.m END AS mobility,
      CASE WHEN s.at IS NOT NULL THEN s.v END AS vision, CASE WHEN s.at IS NOT NULL THEN s.h END AS hearing,
      CASE WHEN s.at IS NOT NULL THEN s.i END AS intellectual
    FROM facilities f LEFT JOIN audits a ON a.id = f.current_audit_id
    CROSS JOIN LATERAL (SELECT
      CASE WHEN f.current_audit_id IS NOT NULL THEN coalesce(f.audited_at, a.audited_at, '-infinity') END AS at,
      stats_group_status(a.result, 'wheelchair', f.status_wheelchair) AS w,
      stats_group_status(a.result, 'mobility', f.status_mobility) AS m,
      stats_group_status(a.result, 'vision', f.status_vision) AS v,
      stats_group_status(a.result, 'hearing', f.status_hearing) AS h,
      stats_group_status(a.result, 'intellectual', f.status_intellectual) AS i) s
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
  ), regions AS (
    INSERT INTO stats_region_cells AS c (region_kato, category, audit_month, facilities, adapted, partial,
      not_adapted, wheelchair, mobility, vision, hearing, intellectual)
    SELECT region_kato, category, audit_month, sum(s),
      sum(CASE WHEN verdict = 'adapted' THEN s ELSE 0 END), sum(CASE WHEN verdict = 'partial' THEN s ELSE 0 END),
      sum(CASE WHEN verdict = 'not_adapted' THEN s ELSE 0 END),
      sum(CASE WHEN wheelchair = 'accessible' THEN s ELSE 0 END), sum(CASE WHEN mobility = 'accessible' THEN s ELSE 0 END),
      sum(CASE WHEN vision = 'accessible' THEN s ELSE 0 END), sum(CASE WHEN hearing = 'accessible' THEN s ELSE 0 END),
      sum(CASE WHEN intellectual = 'accessible' THEN s ELSE 0 END)
    FROM delta GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (region_kato, category, audit_month) DO UPDATE SET
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
CREATE OR REPLACE FUNCTION stats_rebuild() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE stats_facility_verdicts, stats_area_cells, stats_region_cells, stats_failure_cells, stats_audit_months;
  PERFORM stats_refresh(NULL, NULL);
END
$$;
--> statement-breakpoint
SELECT stats_rebuild();
