-- Search (issue 5): one Latin search key per facility, settlement and street, with trigram
-- indexes, and the map version that tile caches are keyed by. Written by hand (drizzle-kit
-- generate --custom): drizzle does not model generated columns on functions, extensions or
-- triggers. See docs/adr/0501 and 0502.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
-- Mirrors searchKey() of server/domain/search/search-key.ts letter for letter (a test compares
-- them): upper to lower case, Cyrillic and Kazakh Latin letters to plain Latin, the folds kh→h,
-- j→zh, q→k, then words of a-z and whole numbers separated by single spaces.
CREATE OR REPLACE FUNCTION kz_search_key(input text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT btrim(regexp_replace(regexp_replace(regexp_replace(
    replace(replace(replace(
      translate(
        replace(replace(replace(replace(replace(replace(replace(replace(replace(
          translate(input,
            'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯӘҒҚҢӨҰҮҺІÄÁĞǴÍÑŃÖÓŞÇŪÚÜÝÉİABCDEFGHIJKLMNOPQRSTUVWXYZ',
            'абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһіäáğǵíñńöóşçūúüýéiabcdefghijklmnopqrstuvwxyz'),
          'ж', 'zh'), 'ц', 'ts'), 'ч', 'ch'), 'ш', 'sh'), 'щ', 'sh'), 'ю', 'yu'), 'я', 'ya'), 'ş', 'sh'), 'ç', 'ch'),
        'абвгдеёзийклмнопрстуфхыэәғқңөұүһіäáğǵıíñńöóūúüýéъь',
        'abvgdeeziiklmnoprstufhyeagknouuhiaaggiinnoouuuye'),
      'kh', 'h'), 'j', 'zh'), 'q', 'k'),
    '[^a-z0-9]+', ' ', 'g'), '([a-z])([0-9])', '\1 \2', 'g'), '([0-9])([a-z])', '\1 \2', 'g'))
$$;
--> statement-breakpoint
-- The whole numbers of a search key ('shkola 29' → {29}): "№ 29" must find 29, not 129 or 290.
CREATE OR REPLACE FUNCTION kz_search_numbers(search_key text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT string_to_array(btrim(regexp_replace(search_key, '[a-z]+( |$)', '', 'g')), ' ')
$$;
--> statement-breakpoint
ALTER TABLE "facilities" ADD COLUMN "search_text" text GENERATED ALWAYS AS (
  kz_search_key(coalesce("name", '') || ' ' || coalesce("name_kk", '') || ' ' || coalesce("name_ru", '') || ' ' || coalesce("name_en", ''))
) STORED;
--> statement-breakpoint
ALTER TABLE "facilities" ADD COLUMN "search_numbers" text[] GENERATED ALWAYS AS (
  kz_search_numbers(kz_search_key(coalesce("name", '') || ' ' || coalesce("name_kk", '') || ' ' || coalesce("name_ru", '') || ' ' || coalesce("name_en", '')))
) STORED;
--> statement-breakpoint
CREATE INDEX "facilities_search_text_idx" ON "facilities" USING gin ("search_text" gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX "facilities_search_numbers_idx" ON "facilities" USING gin ("search_numbers");
--> statement-breakpoint
ALTER TABLE "settlements" ADD COLUMN "search_text" text GENERATED ALWAYS AS (
  kz_search_key("name" || ' ' || coalesce("name_kk", '') || ' ' || coalesce("name_ru", '') || ' ' || coalesce("name_en", ''))
) STORED;
--> statement-breakpoint
CREATE INDEX "settlements_search_text_idx" ON "settlements" USING gin ("search_text" gin_trgm_ops);
--> statement-breakpoint
ALTER TABLE "streets" ADD COLUMN "search_text" text GENERATED ALWAYS AS (kz_search_key("name")) STORED;
--> statement-breakpoint
CREATE INDEX "streets_search_text_idx" ON "streets" USING gin ("search_text" gin_trgm_ops);
--> statement-breakpoint
-- The map version: one counter every cached tile is keyed by, raised by any committed change to
-- facilities (an audit updating the status columns, an import), whoever's code made it.
CREATE TABLE "facility_map_version" (
  "id" smallint PRIMARY KEY CHECK ("id" = 1),
  "version" bigint NOT NULL
);
--> statement-breakpoint
INSERT INTO "facility_map_version" ("id", "version") VALUES (1, 1);
--> statement-breakpoint
-- Raises the version once per transaction, at commit (the trigger is deferred), so the row lock
-- is held only for the commit itself and two transactions never wait on each other through it.
CREATE OR REPLACE FUNCTION kz_bump_facility_map_version() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(current_setting('kedergisiz.map_version_bumped', true), '') <> 'yes' THEN
    UPDATE facility_map_version SET version = version + 1 WHERE id = 1;
    PERFORM set_config('kedergisiz.map_version_bumped', 'yes', true);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "facilities_map_version_on_write"
  AFTER INSERT OR DELETE ON "facilities" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION kz_bump_facility_map_version();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "facilities_map_version_on_update"
  AFTER UPDATE ON "facilities" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION kz_bump_facility_map_version();
