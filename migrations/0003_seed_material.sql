-- 0003_seed_material.sql: the built-in safety-plan lines and healing routines as the source
-- material names them (issue 18), and a trace of the built-in lines the person removes, so a
-- later update can tell "removed on purpose" from "never had it".
--
-- The conventions of 0001_initial.sql hold here too. The rule for every built-in below: a
-- line or routine the person reworded or removed is theirs and is never touched; only one
-- still in its first wording gets the new wording, and a new built-in is added only when the
-- vault has no line with the same words already.
--
-- What older vaults get: every vault since 0001 was seeded with the same seven emergency-bag
-- lines (ids 1 to 7, in this order), so a seeded line that is missing now was removed or
-- reworded by the person. Those keys go into the removal trace at once; a reworded line that
-- still has its seeded id keeps its key instead.

-- The safety plan's lines, rebuilt for what an ALTER TABLE cannot add: the "close at hand"
-- list (things to keep where they can be grabbed, with ticks like the emergency bag) in the
-- section CHECK, and seed_key. Nothing refers to this table, so copying it is enough.
CREATE TABLE safety_plan_item_new (
    id          INTEGER PRIMARY KEY,
    section     TEXT    NOT NULL
                        CHECK (section IN ('warning_sign', 'coping_step', 'helpful_place',
                                           'emergency_bag', 'close_at_hand', 'safe_place')),
    text        TEXT    NOT NULL CHECK (text <> ''),
    -- The two checklists have ticks: the emergency bag and what is kept close at hand.
    checked     INTEGER NOT NULL DEFAULT 0
                        CHECK (checked IN (0, 1)
                               AND (checked = 0 OR section IN ('emergency_bag', 'close_at_hand'))),
    builtin     INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
    -- Which built-in line this row was seeded as ('keys'); NULL for the person's own lines.
    -- It stays when the person rewords the line, so an update can leave that line alone.
    seed_key    TEXT    UNIQUE
                        CHECK (seed_key IS NULL
                               OR (length(seed_key) BETWEEN 1 AND 64 AND seed_key NOT GLOB '*[^a-z0-9_]*')),
    sort_order  INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT    NOT NULL
                        CHECK (strftime('%Y-%m-%dT%H:%M:%fZ', created_at) IS created_at),
    updated_at  TEXT    NOT NULL
                        CHECK (strftime('%Y-%m-%dT%H:%M:%fZ', updated_at) IS updated_at),
    CHECK (seed_key IS NULL OR builtin = 1)
) STRICT;

INSERT INTO safety_plan_item_new (id, section, text, checked, builtin, sort_order, created_at, updated_at)
SELECT id, section, text, checked, builtin, sort_order, created_at, updated_at FROM safety_plan_item;

DROP TABLE safety_plan_item;
ALTER TABLE safety_plan_item_new RENAME TO safety_plan_item;

-- The seeded lines the person removed: only their keys, never their words. A later update
-- reads this before adding a built-in again. Undo in the app puts the line back and takes the
-- key out again.
CREATE TABLE safety_plan_removed_seed (
    seed_key    TEXT    PRIMARY KEY NOT NULL
                        CHECK (length(seed_key) BETWEEN 1 AND 64 AND seed_key NOT GLOB '*[^a-z0-9_]*')
) STRICT, WITHOUT ROWID;

CREATE TRIGGER safety_plan_item_remember_removed_seed
AFTER DELETE ON safety_plan_item
WHEN old.seed_key IS NOT NULL
BEGIN
    INSERT OR IGNORE INTO safety_plan_removed_seed (seed_key) VALUES (old.seed_key);
END;

-- The seven lines 0001 seeded, by their first words; the lowest id wins should an import
-- have made a second built-in row with the same words.
CREATE TEMP TABLE first_seed (key TEXT PRIMARY KEY, seeded_id INTEGER NOT NULL, text TEXT NOT NULL);
INSERT INTO temp.first_seed (key, seeded_id, text) VALUES
    ('clothes',       1, 'Clothes'),
    ('keys',          2, 'Keys'),
    ('phone_charger', 3, 'Phone charger'),
    ('passport',      4, 'ID and passport'),
    ('cash',          5, 'Cash'),
    ('medications',   6, 'Medications'),
    ('documents',     7, 'Important documents');

UPDATE safety_plan_item
SET seed_key = (SELECT key FROM temp.first_seed AS s WHERE s.text = safety_plan_item.text)
WHERE builtin = 1
  AND section = 'emergency_bag'
  AND id = (SELECT min(other.id) FROM safety_plan_item AS other
            WHERE other.builtin = 1 AND other.section = 'emergency_bag' AND other.text = safety_plan_item.text)
  AND text IN (SELECT text FROM temp.first_seed);

-- A seeded line the person reworded still has its seeded id and is still built-in.
UPDATE safety_plan_item
SET seed_key = (SELECT key FROM temp.first_seed AS s WHERE s.seeded_id = safety_plan_item.id)
WHERE builtin = 1
  AND section = 'emergency_bag'
  AND seed_key IS NULL
  AND id IN (SELECT seeded_id FROM temp.first_seed)
  AND NOT EXISTS (SELECT 1 FROM safety_plan_item AS taken
                  WHERE taken.seed_key = (SELECT key FROM temp.first_seed AS s WHERE s.seeded_id = safety_plan_item.id));

-- Every vault had all seven; one without a row now was removed by the person.
INSERT INTO safety_plan_removed_seed (seed_key)
SELECT key FROM temp.first_seed
WHERE key NOT IN (SELECT seed_key FROM safety_plan_item WHERE seed_key IS NOT NULL);

DROP TABLE temp.first_seed;

-- The source material's words for the lines still in their first wording.
UPDATE safety_plan_item SET text = 'Extra keys'               WHERE seed_key = 'keys'        AND text = 'Keys';
UPDATE safety_plan_item SET text = 'Passport'                 WHERE seed_key = 'passport'    AND text = 'ID and passport';
UPDATE safety_plan_item SET text = 'Prescription medications' WHERE seed_key = 'medications' AND text = 'Medications';
UPDATE safety_plan_item SET text = 'Other important papers'   WHERE seed_key = 'documents'   AND text = 'Important documents';

-- The new built-in lines, each after the last line of its section, unless the key was removed
-- before or the person already has a line with the same words there.
CREATE TEMP TABLE new_seed (ord INTEGER PRIMARY KEY, key TEXT NOT NULL, section TEXT NOT NULL, text TEXT NOT NULL);
INSERT INTO temp.new_seed (ord, key, section, text) VALUES
    (1, 'id_card',        'emergency_bag', 'Social security card or national ID card'),
    (2, 'phone',          'close_at_hand', 'My phone, charged'),
    (3, 'everyday_keys',  'close_at_hand', 'My house and car keys'),
    (4, 'wallet',         'close_at_hand', 'My wallet or purse, with some money'),
    (5, 'numbers',        'close_at_hand', 'Important numbers, written on paper'),
    (6, 'place_in_mind',  'close_at_hand', 'A place of safety in mind, and how to get there');

INSERT INTO safety_plan_item (section, text, checked, builtin, seed_key, sort_order, created_at, updated_at)
SELECT n.section, n.text, 0, 1, n.key,
       (SELECT coalesce(max(sort_order), 0) FROM safety_plan_item WHERE section = n.section) + n.ord,
       strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
FROM temp.new_seed AS n
WHERE n.key NOT IN (SELECT seed_key FROM safety_plan_removed_seed)
  AND NOT EXISTS (SELECT 1 FROM safety_plan_item AS i WHERE i.seed_key = n.key)
  AND NOT EXISTS (SELECT 1 FROM safety_plan_item AS i WHERE i.section = n.section AND i.text = n.text)
ORDER BY n.ord;

DROP TABLE temp.new_seed;

-- Healing routines ----------------------------------------------------------------------------

-- Built-in routines cannot be deleted (routine_keep_builtin): a person takes one off Today by
-- hiding it, and the row with its key stays. So a key that is absent was never there.
UPDATE routine SET label = 'Time outdoors in a green space'
WHERE key = 'outdoors' AND builtin = 1 AND label = 'Time outdoors';

INSERT INTO routine (key, label, builtin, sort_order, created_at)
SELECT 'healthy_food', 'Healthier food', 1, (SELECT coalesce(max(sort_order), 0) + 1 FROM routine),
       strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
WHERE NOT EXISTS (SELECT 1 FROM routine WHERE key = 'healthy_food')
  AND NOT EXISTS (SELECT 1 FROM routine WHERE label = 'Healthier food' COLLATE NOCASE);
