-- The facility map version is also announced (issue 5, docs/adr/0502): NOTIFY is delivered after
-- commit, so API processes listening on PostgreSQL learn of a new version without reading it on
-- every tile request.
CREATE OR REPLACE FUNCTION kz_bump_facility_map_version() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  bumped bigint;
BEGIN
  IF coalesce(current_setting('kedergisiz.map_version_bumped', true), '') <> 'yes' THEN
    UPDATE facility_map_version SET version = version + 1 WHERE id = 1 RETURNING version INTO bumped;
    PERFORM set_config('kedergisiz.map_version_bumped', 'yes', true);
    PERFORM pg_notify('kz_facility_map_version', bumped::text);
  END IF;
  RETURN NULL;
END
$$;
