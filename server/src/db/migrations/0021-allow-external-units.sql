-- Imported history from other cities (Los Angeles, San Francisco…) needs a unit: reports.ward_code
-- is NOT NULL and references units. An 'external' unit stands for such a jurisdiction. It has no
-- unit_areas, so no report filed in Hanoi can ever be placed in it, and ward lists skip it
-- (they select kind = 'ward').
ALTER TABLE units DROP CONSTRAINT units_kind_check;
ALTER TABLE units ADD CONSTRAINT units_kind_check CHECK (kind IN ('ward', 'department', 'external'));
