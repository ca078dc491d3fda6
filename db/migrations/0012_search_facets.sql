-- Search words everywhere (issue 5, docs/adr/0501). Facilities also carry facet words: their
-- category, their status per group when known ('#wheelchair:accessible') and their 0.5° grid cell
-- ('#g142:102'), so every filter of a search is one more key of the same GIN index and "near here"
-- is the cells around the person. Settlements and streets get word arrays too, and the vocabulary
-- takes their words; its trigram index becomes GiST so the closest words come nearest first.
CREATE OR REPLACE FUNCTION kz_name_words(names text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT array_remove(string_to_array(kz_search_key(coalesce(names, '')), ' '), '')
$$;
--> statement-breakpoint
-- The 0.5° cell of a point, as search uses it for "near here" (server/services/search/search-cells.ts).
CREATE OR REPLACE FUNCTION kz_search_cell(lon float8, lat float8) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT '#g' || floor(lon * 2)::int || ':' || floor(lat * 2)::int
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION kz_status_words(wheelchair text, mobility text, vision text, hearing text, intellectual text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT array_remove(array_remove(array_remove(array_remove(array_remove(array_remove(
    ARRAY['#wheelchair:' || wheelchair, '#mobility:' || mobility, '#vision:' || vision, '#hearing:' || hearing, '#intellectual:' || intellectual],
    NULL), '#wheelchair:unknown'), '#mobility:unknown'), '#vision:unknown'), '#hearing:unknown'), '#intellectual:unknown')
$$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS "facilities_search_vocabulary_on_insert" ON "facilities";
--> statement-breakpoint
DROP TRIGGER IF EXISTS "facilities_search_vocabulary_on_update" ON "facilities";
--> statement-breakpoint
DROP INDEX IF EXISTS "facilities_audited_geom_idx";
--> statement-breakpoint
ALTER TABLE "facilities" DROP COLUMN IF EXISTS "search_words";
--> statement-breakpoint
DROP FUNCTION IF EXISTS kz_search_words(text, text);
--> statement-breakpoint
ALTER TABLE "facilities" ADD COLUMN "search_words" text[] GENERATED ALWAYS AS (
  kz_name_words(coalesce("name", '') || ' ' || coalesce("name_kk", '') || ' ' || coalesce("name_ru", '') || ' ' || coalesce("name_en", ''))
  || ('#' || "category")
  || kz_search_cell(ST_X("geom"), ST_Y("geom"))
  || kz_status_words("status_wheelchair", "status_mobility", "status_vision", "status_hearing", "status_intellectual")
) STORED;
--> statement-breakpoint
CREATE INDEX "facilities_search_words_idx" ON "facilities" USING gin ("search_words");
--> statement-breakpoint
DROP INDEX IF EXISTS "settlements_search_text_idx";
--> statement-breakpoint
ALTER TABLE "settlements" DROP COLUMN IF EXISTS "search_text";
--> statement-breakpoint
ALTER TABLE "settlements" ADD COLUMN "search_words" text[] GENERATED ALWAYS AS (
  kz_name_words("name" || ' ' || coalesce("name_kk", '') || ' ' || coalesce("name_ru", '') || ' ' || coalesce("name_en", ''))
) STORED;
--> statement-breakpoint
CREATE INDEX "settlements_search_words_idx" ON "settlements" USING gin ("search_words");
--> statement-breakpoint
DROP INDEX IF EXISTS "streets_search_text_idx";
--> statement-breakpoint
ALTER TABLE "streets" DROP COLUMN IF EXISTS "search_text";
--> statement-breakpoint
ALTER TABLE "streets" ADD COLUMN "search_words" text[] GENERATED ALWAYS AS (kz_name_words("name")) STORED;
--> statement-breakpoint
CREATE INDEX "streets_search_words_idx" ON "streets" USING gin ("search_words");
--> statement-breakpoint
DROP INDEX IF EXISTS "search_vocabulary_trgm_idx";
--> statement-breakpoint
CREATE INDEX "search_vocabulary_trgm_idx" ON "search_vocabulary" USING gist ("word" gist_trgm_ops);
--> statement-breakpoint
CREATE INDEX "search_vocabulary_prefix_idx" ON "search_vocabulary" ("word" text_pattern_ops);
--> statement-breakpoint
INSERT INTO "search_vocabulary" ("word")
  SELECT w FROM "settlements", unnest("search_words") AS w WHERE w ~ '^[a-z]'
  UNION SELECT w FROM "streets", unnest("search_words") AS w WHERE w ~ '^[a-z]'
  ON CONFLICT DO NOTHING;
--> statement-breakpoint
CREATE TRIGGER "facilities_search_vocabulary_on_insert" AFTER INSERT ON "facilities"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kz_add_search_vocabulary();
--> statement-breakpoint
CREATE TRIGGER "facilities_search_vocabulary_on_update" AFTER UPDATE ON "facilities"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kz_add_search_vocabulary();
--> statement-breakpoint
CREATE TRIGGER "settlements_search_vocabulary_on_insert" AFTER INSERT ON "settlements"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kz_add_search_vocabulary();
--> statement-breakpoint
CREATE TRIGGER "settlements_search_vocabulary_on_update" AFTER UPDATE ON "settlements"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kz_add_search_vocabulary();
--> statement-breakpoint
CREATE TRIGGER "streets_search_vocabulary_on_insert" AFTER INSERT ON "streets"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kz_add_search_vocabulary();
--> statement-breakpoint
CREATE TRIGGER "streets_search_vocabulary_on_update" AFTER UPDATE ON "streets"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kz_add_search_vocabulary();
