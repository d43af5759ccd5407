-- Where an imported report came from: the source's name and its own id for the row. The pair is
-- unique, so importing the same file again adds nothing; reports filed here have neither (NULLs
-- are distinct, so they never collide).
ALTER TABLE reports ADD COLUMN source text;
ALTER TABLE reports ADD COLUMN source_id text;
CREATE UNIQUE INDEX reports_source_source_id ON reports (source, source_id);
