-- The search index (search_entries, search_titles and the bitmaps, migration 0016) follows every write that
-- changes what search finds, in the same transaction: statement triggers on practices, their topics
-- and outcome figures, and departments hand the write-ups concerned to search_refresh, which
-- recomputes their entries at commit and turns on and off the bits that changed.

-- A bitmap chunk (8,192 bits) with the given positions set. (A loop of set_bit copies the chunk
-- for each position, yet beats building the bit string as text three to one.)
CREATE FUNCTION search_bits(positions integer[]) RETURNS bit varying
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  bits bit varying := repeat('0', 8192)::bit varying;
  p integer;
BEGIN
  IF positions IS NOT NULL THEN
    FOREACH p IN ARRAY positions LOOP bits := set_bit(bits, p, 1); END LOOP;
  END IF;
  RETURN bits;
END
$$;
--> statement-breakpoint

-- Turns positions of a chunk on and off: bit by bit for a few, by mask for many.
CREATE FUNCTION search_flip(bits bit varying, turn_on integer[], turn_off integer[]) RETURNS bit varying
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  p integer;
BEGIN
  IF cardinality(turn_off) > 16 THEN
    bits := bits & ~search_bits(turn_off);
  ELSIF turn_off IS NOT NULL THEN
    FOREACH p IN ARRAY turn_off LOOP bits := set_bit(bits, p, 0); END LOOP;
  END IF;
  IF cardinality(turn_on) > 16 THEN
    bits := bits | search_bits(turn_on);
  ELSIF turn_on IS NOT NULL THEN
    FOREACH p IN ARRAY turn_on LOOP bits := set_bit(bits, p, 1); END LOOP;
  END IF;
  RETURN bits;
END
$$;
--> statement-breakpoint

-- The tsquery that matches exactly one lexeme, however it is spelt.
CREATE FUNCTION search_word_query(word text) RETURNS tsquery
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT ('''' || replace(replace(word, '\', '\\'), '''', '''''') || '''')::tsquery
$$;
--> statement-breakpoint

-- The bitmaps an entry has a bit in. Words count only while search_indexed_words lists them.
-- (PL/pgSQL, not SQL: an inlined SQL body trips the planner when called with a whole row.)
CREATE FUNCTION search_keys(e search_entries) RETURNS TABLE (facet text, value text)
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
BEGIN
  RETURN QUERY
    SELECT 'visible', 'all'
    UNION ALL SELECT 'visible', 'public' WHERE NOT e.members_only
    UNION ALL SELECT 'state', e.state::text
    UNION ALL SELECT 'agency', e.agency_type::text
    UNION ALL SELECT 'band', e.size_band WHERE e.size_band IS NOT NULL
    UNION ALL SELECT 'evidence', e.evidence_level::text
    UNION ALL SELECT 'lifecycle', e.lifecycle::text
    UNION ALL SELECT 'outcomes', e.has_outcomes::text
    UNION ALL SELECT 'topic', t::text FROM unnest(e.topic_ids) t
    UNION ALL SELECT 'word', w FROM unnest(tsvector_to_array(e.document)) w;
END
$$;
--> statement-breakpoint

CREATE TYPE search_bit_change AS (facet text, value text, slot integer, turn_on boolean);
--> statement-breakpoint

-- Brings the entries of these write-ups up to date: in the index while published and not hidden,
-- out of it otherwise; bits follow.
CREATE FUNCTION search_refresh(ids uuid[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  before search_entries[];
  after search_entries[];
  changes search_bit_change[];
  free integer[];
  newcomers integer;
  first_unused integer;
  i integer := 0;
BEGIN
  IF coalesce(cardinality(ids), 0) = 0 THEN
    RETURN;
  END IF;
  -- A concurrent writer of the same write-ups (publishing one while its topics change, say) waits
  -- here, so whichever refreshes second reads what the first committed.
  PERFORM 1 FROM practices WHERE id = ANY (ids) ORDER BY id FOR NO KEY UPDATE;
  IF NOT EXISTS (SELECT 1 FROM practices WHERE id = ANY (ids) AND status = 'PUBLISHED' AND hidden_at IS NULL)
     AND NOT EXISTS (SELECT 1 FROM search_entries WHERE practice_id = ANY (ids)) THEN
    RETURN;  -- drafts, reviews and archived write-ups: nothing in the index changes
  END IF;
  -- One index writer at a time, until commit: slots and bitmaps change together, and no two
  -- writers wait on each other's bitmaps.
  SELECT next_slot INTO first_unused FROM search_slots FOR UPDATE;

  SELECT coalesce(array_agg(e), '{}') INTO before FROM search_entries e WHERE e.practice_id = ANY (ids);

  -- What the entries should be; a write-up already in the index keeps its slot.
  SELECT coalesce(array_agg(ROW(
      o.slot, p.id, p.visibility = 'MEMBERS', coalesce(p.published_at, p.created_at), p.evidence_level, p.lifecycle,
      p.department_id, d.state, d.agency_type,
      CASE WHEN d.sworn_officers < 50 THEN 'SMALL' WHEN d.sworn_officers < 250 THEN 'MEDIUM'
           WHEN d.sworn_officers < 1000 THEN 'LARGE' WHEN d.sworn_officers IS NOT NULL THEN 'VERY_LARGE' END,
      EXISTS (SELECT 1 FROM outcomes x WHERE x.practice_id = p.id),
      ARRAY(SELECT pt.topic_id FROM practice_topics pt WHERE pt.practice_id = p.id ORDER BY pt.topic_id),
      setweight(to_tsvector('english', p.title), 'A'),
      setweight(to_tsvector('english', p.title), 'A') || setweight(to_tsvector('english', p.summary), 'B'),
      p.search
    )::search_entries ORDER BY p.id), '{}')
  INTO after
  FROM practices p
  JOIN departments d ON d.id = p.department_id
  LEFT JOIN unnest(before) o ON o.practice_id = p.id
  WHERE p.id = ANY (ids) AND p.status = 'PUBLISHED' AND p.hidden_at IS NULL;

  -- Slots of write-ups that left go back; newcomers take free slots first, then new ones.
  INSERT INTO search_free_slots (slot)
  SELECT b.slot FROM unnest(before) b LEFT JOIN unnest(after) a ON a.practice_id = b.practice_id WHERE a.practice_id IS NULL;
  SELECT count(*) INTO newcomers FROM unnest(after) a WHERE a.slot IS NULL;
  IF newcomers > 0 THEN
    SELECT coalesce(array_agg(slot ORDER BY slot), '{}') INTO free
    FROM (SELECT slot FROM search_free_slots ORDER BY slot LIMIT newcomers) f;
    DELETE FROM search_free_slots WHERE slot = ANY (free);
    IF cardinality(free) < newcomers THEN
      free := free || ARRAY(SELECT generate_series(first_unused, first_unused + newcomers - cardinality(free) - 1));
      UPDATE search_slots SET next_slot = free[cardinality(free)] + 1;
    END IF;
    FOR k IN 1 .. cardinality(after) LOOP
      IF after[k].slot IS NULL THEN
        i := i + 1;
        after[k].slot := free[i];
      END IF;
    END LOOP;
  END IF;

  -- Only entries that changed are written again, and only their keys compared.
  SELECT coalesce(array_agg(b), '{}') INTO before
  FROM unnest(before) b LEFT JOIN unnest(after) a ON a.practice_id = b.practice_id
  WHERE a IS DISTINCT FROM b;
  SELECT coalesce(array_agg(a), '{}') INTO after
  FROM unnest(after) a LEFT JOIN search_entries e ON e.practice_id = a.practice_id
  WHERE e IS DISTINCT FROM a;
  DELETE FROM search_entries WHERE practice_id IN (SELECT b.practice_id FROM unnest(before) b);
  INSERT INTO search_entries SELECT a.* FROM unnest(after) a;
  DELETE FROM search_titles WHERE slot IN (SELECT b.slot FROM unnest(before) b);
  INSERT INTO search_titles
  SELECT a.slot, a.practice_id, a.members_only, a.published_at, a.evidence_level, a.lifecycle, a.department_id, a.state,
         a.agency_type, a.size_band, a.has_outcomes, a.topic_ids, a.title_words, a.head_words
  FROM unnest(after) a;

  -- Bits: off where a slot lost a key, on where it gained one (words only while indexed).
  WITH old_keys AS (SELECT b.slot, k.facet, k.value FROM unnest(before) b, search_keys(b) k),
       new_keys AS (SELECT a.slot, k.facet, k.value FROM unnest(after) a, search_keys(a) k),
       flips AS (
         SELECT x.facet, x.value, x.slot, false AS turn_on FROM (SELECT * FROM old_keys EXCEPT SELECT * FROM new_keys) x
         UNION ALL
         SELECT y.facet, y.value, y.slot, true FROM (SELECT * FROM new_keys EXCEPT SELECT * FROM old_keys) y)
  SELECT coalesce(array_agg(ROW(f.facet, f.value, f.slot, f.turn_on)::search_bit_change), '{}') INTO changes
  FROM flips f
  WHERE f.facet <> 'word' OR f.value IN (SELECT word FROM search_indexed_words);
  IF cardinality(changes) = 0 THEN
    RETURN;
  END IF;

  INSERT INTO search_facet_bits (facet, value, chunk, bits)
  SELECT DISTINCT c.facet, c.value, c.slot / 8192, search_bits('{}') FROM unnest(changes) c WHERE c.turn_on AND c.facet <> 'word'
  ON CONFLICT DO NOTHING;
  INSERT INTO search_word_bits (word, chunk, bits)
  SELECT DISTINCT c.value, c.slot / 8192, search_bits('{}') FROM unnest(changes) c WHERE c.turn_on AND c.facet = 'word'
  ON CONFLICT DO NOTHING;
  WITH flipped AS (
    SELECT c.facet, c.value, c.slot / 8192 AS chunk,
           array_agg(c.slot % 8192) FILTER (WHERE c.turn_on) AS turn_on,
           array_agg(c.slot % 8192) FILTER (WHERE NOT c.turn_on) AS turn_off
    FROM unnest(changes) c
    GROUP BY 1, 2, 3
  ), words AS (
    UPDATE search_word_bits b SET bits = search_flip(b.bits, f.turn_on, f.turn_off)
    FROM flipped f WHERE f.facet = 'word' AND b.word = f.value AND b.chunk = f.chunk
  )
  UPDATE search_facet_bits b SET bits = search_flip(b.bits, f.turn_on, f.turn_off)
  FROM flipped f WHERE f.facet <> 'word' AND b.facet = f.facet AND b.value = f.value AND b.chunk = f.chunk;
END
$$;
--> statement-breakpoint

-- Words get bitmaps of their own once common (indexSearchWords decides), built here from the GIN
-- index, and keep them: a search that read the list a moment before may count on them.
CREATE FUNCTION search_index_words(words text[]) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  added text[];
BEGIN
  PERFORM 1 FROM search_slots FOR UPDATE;
  WITH n AS (
    INSERT INTO search_indexed_words (word) SELECT DISTINCT w FROM unnest(words) w ON CONFLICT DO NOTHING RETURNING word
  )
  SELECT coalesce(array_agg(word), '{}') INTO added FROM n;
  INSERT INTO search_word_bits (word, chunk, bits)
  SELECT w, e.slot / 8192, search_bits(array_agg(e.slot % 8192))
  FROM unnest(added) w
  JOIN search_entries e ON e.document @@ search_word_query(w)
  GROUP BY w, e.slot / 8192;
  RETURN cardinality(added);
END
$$;
--> statement-breakpoint

-- Writes note the write-ups they touched; at commit, one refresh brings all of them up to date
-- (a write-up saved with its topics and figures is refreshed once, not once per statement).
CREATE FUNCTION search_apply_pending() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[];
BEGIN
  -- The first of a transaction's pending rows takes them all; the others find nothing left.
  WITH taken AS (DELETE FROM search_pending RETURNING practice_id)
  SELECT array_agg(practice_id) INTO ids FROM taken;
  PERFORM search_refresh(ids);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER search_at_commit AFTER INSERT ON search_pending
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION search_apply_pending();
--> statement-breakpoint

CREATE FUNCTION search_after_practices_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO search_pending SELECT id FROM new_rows ON CONFLICT DO NOTHING;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO search_pending SELECT id FROM old_rows ON CONFLICT DO NOTHING;
  ELSE
    -- Most updates (a new version number, a locked discussion) change nothing search reads.
    INSERT INTO search_pending
    SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE (n.status, n.hidden_at, n.visibility, n.published_at, n.evidence_level, n.lifecycle, n.department_id, n.title, n.summary, n.search)
          IS DISTINCT FROM (o.status, o.hidden_at, o.visibility, o.published_at, o.evidence_level, o.lifecycle, o.department_id, o.title, o.summary, o.search)
    ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER search_after_insert AFTER INSERT ON practices
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_after_practices_change();
--> statement-breakpoint
CREATE TRIGGER search_after_update AFTER UPDATE ON practices
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_after_practices_change();
--> statement-breakpoint
CREATE TRIGGER search_after_delete AFTER DELETE ON practices
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_after_practices_change();
--> statement-breakpoint

-- Topics and outcome figures belong to a write-up; either table's rows name it in practice_id.
CREATE FUNCTION search_after_part_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO search_pending SELECT DISTINCT practice_id FROM new_rows ON CONFLICT DO NOTHING;
  ELSIF TG_OP = 'DELETE' THEN
    -- A write-up deleted with its topics takes them along; it has gone already.
    INSERT INTO search_pending SELECT DISTINCT o.practice_id FROM old_rows o JOIN practices p ON p.id = o.practice_id ON CONFLICT DO NOTHING;
  ELSE
    INSERT INTO search_pending SELECT practice_id FROM new_rows UNION SELECT practice_id FROM old_rows ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER search_after_insert AFTER INSERT ON practice_topics
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_after_part_change();
--> statement-breakpoint
CREATE TRIGGER search_after_update AFTER UPDATE ON practice_topics
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_after_part_change();
--> statement-breakpoint
CREATE TRIGGER search_after_delete AFTER DELETE ON practice_topics
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_after_part_change();
--> statement-breakpoint
CREATE TRIGGER search_after_insert AFTER INSERT ON outcomes
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_after_part_change();
--> statement-breakpoint
CREATE TRIGGER search_after_update AFTER UPDATE ON outcomes
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_after_part_change();
--> statement-breakpoint
CREATE TRIGGER search_after_delete AFTER DELETE ON outcomes
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_after_part_change();
--> statement-breakpoint

-- A department's state, agency type and size are facets of each of its write-ups.
CREATE FUNCTION search_after_department_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_pending
  SELECT p.id FROM practices p
  JOIN new_rows n ON n.id = p.department_id
  JOIN old_rows o ON o.id = n.id
  WHERE (n.state, n.agency_type, n.sworn_officers) IS DISTINCT FROM (o.state, o.agency_type, o.sworn_officers)
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER search_after_update AFTER UPDATE ON departments
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_after_department_change();
--> statement-breakpoint

-- Room on each page for a bitmap's next version, so flipping bits rewrites it in place (HOT).
ALTER TABLE search_facet_bits SET (fillfactor = 50);
--> statement-breakpoint
ALTER TABLE search_word_bits SET (fillfactor = 50);
--> statement-breakpoint
INSERT INTO search_slots (id, next_slot) VALUES (true, 0);
--> statement-breakpoint

-- The write-ups already here enter the index, a few thousand at a time.
DO $$
DECLARE
  batch uuid[];
  last uuid := '00000000-0000-0000-0000-000000000000';
BEGIN
  LOOP
    SELECT array_agg(id ORDER BY id) INTO batch
    FROM (SELECT id FROM practices WHERE id > last AND status = 'PUBLISHED' AND hidden_at IS NULL ORDER BY id LIMIT 5000) p;
    EXIT WHEN batch IS NULL;
    PERFORM search_refresh(batch);
    last := batch[cardinality(batch)];
  END LOOP;
END
$$;
