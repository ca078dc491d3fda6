-- Search words (issue 5, docs/adr/0501): facilities keep the words of their names as an array with a
-- GIN index (exact words: a rare word's posting list is short, and PostgreSQL's array statistics let
-- the planner walk the spatial index instead when a word is common), and a vocabulary of every name
-- word with a trigram index finds the words a misspelt query word may mean. Replaces the trigram index
-- over whole facility names of 0007, whose cost grew with the commonest trigrams of the query.
CREATE OR REPLACE FUNCTION kz_search_words(names text, category text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT array_remove(string_to_array(kz_search_key(coalesce(names, '')), ' '), '') || ('#' || category)
$$;
--> statement-breakpoint
DROP INDEX IF EXISTS "facilities_search_text_idx";
--> statement-breakpoint
DROP INDEX IF EXISTS "facilities_search_numbers_idx";
--> statement-breakpoint
ALTER TABLE "facilities" DROP COLUMN IF EXISTS "search_text";
--> statement-breakpoint
ALTER TABLE "facilities" DROP COLUMN IF EXISTS "search_numbers";
--> statement-breakpoint
DROP FUNCTION IF EXISTS kz_search_numbers(text);
--> statement-breakpoint
-- The words of all four names and '#<category>', so a category is one more key of the same index.
ALTER TABLE "facilities" ADD COLUMN "search_words" text[] GENERATED ALWAYS AS (
  kz_search_words(coalesce("name", '') || ' ' || coalesce("name_kk", '') || ' ' || coalesce("name_ru", '') || ' ' || coalesce("name_en", ''), "category")
) STORED;
--> statement-breakpoint
CREATE INDEX "facilities_search_words_idx" ON "facilities" USING gin ("search_words");
--> statement-breakpoint
-- Status filters other than 'unknown' only match audited facilities: nearest first among those.
CREATE INDEX "facilities_audited_geom_idx" ON "facilities" USING gist ("geom") WHERE "current_audit_id" IS NOT NULL;
--> statement-breakpoint
CREATE TABLE "search_vocabulary" ("word" text PRIMARY KEY);
--> statement-breakpoint
CREATE INDEX "search_vocabulary_trgm_idx" ON "search_vocabulary" USING gin ("word" gin_trgm_ops);
--> statement-breakpoint
INSERT INTO "search_vocabulary" ("word")
  SELECT DISTINCT w FROM "facilities", unnest("search_words") AS w WHERE w ~ '^[a-z]' ON CONFLICT DO NOTHING;
--> statement-breakpoint
-- New name words join the vocabulary as facilities are written; words are never removed (a word no
-- facility has any more only costs a lookup). DO NOTHING takes no lock on words already there.
CREATE OR REPLACE FUNCTION kz_add_search_vocabulary() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO search_vocabulary (word)
      SELECT DISTINCT w FROM new_rows n, unnest(n.search_words) AS w WHERE w ~ '^[a-z]' ORDER BY w ON CONFLICT DO NOTHING;
  ELSE
    INSERT INTO search_vocabulary (word)
      SELECT DISTINCT w FROM new_rows n JOIN old_rows o ON o.id = n.id, unnest(n.search_words) AS w
      WHERE n.search_words IS DISTINCT FROM o.search_words AND w ~ '^[a-z]' ORDER BY w ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "facilities_search_vocabulary_on_insert" AFTER INSERT ON "facilities"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kz_add_search_vocabulary();
--> statement-breakpoint
CREATE TRIGGER "facilities_search_vocabulary_on_update" AFTER UPDATE ON "facilities"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kz_add_search_vocabulary();
