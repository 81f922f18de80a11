-- The preferences the tax engine offers for each item of a declaration claiming one (T4 R5), asked once when the draft is
-- built and kept with it (JSON: item number → schemes): listing a file's declarations no longer reloads the file and asks
-- the engine again for every row. Null for a declaration built before, or one claiming no preference.
alter table clearance_declaration add column preference_offered text;
