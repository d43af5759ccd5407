-- Categories of problems citizens report.
CREATE TABLE categories (
  code text PRIMARY KEY,
  name_vi text NOT NULL,
  name_en text NOT NULL,
  color text NOT NULL,
  icon text NOT NULL,
  sort_order int NOT NULL DEFAULT 0,
  active boolean NOT NULL DEFAULT true
);

-- Bodies that handle reports: the 126 wards/communes now, departments later.
CREATE TABLE units (
  code text PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('ward', 'department')),
  name_vi text NOT NULL,
  name_en text NOT NULL,
  geom geometry(MultiPolygon, 4326)
);
CREATE INDEX units_geom_gist ON units USING gist (geom);

-- Ward polygons cut into small pieces (ST_Subdivide): point-in-polygon against a piece of
-- at most a few hundred vertices is far cheaper than against a whole ward.
CREATE TABLE unit_areas (
  unit_code text NOT NULL REFERENCES units (code) ON DELETE CASCADE,
  geom geometry(Polygon, 4326) NOT NULL
);
CREATE INDEX unit_areas_geom_gist ON unit_areas USING gist (geom);

CREATE TABLE reports (
  id uuid PRIMARY KEY,
  tracking_code text NOT NULL UNIQUE,
  category text NOT NULL REFERENCES categories (code),
  description text NOT NULL,
  location geometry(Point, 4326) NOT NULL,
  h3 bigint NOT NULL, -- H3 cell at resolution 15; coarser cells via h3_parent()
  ward_code text NOT NULL REFERENCES units (code),
  status text NOT NULL DEFAULT 'new',
  priority text NOT NULL DEFAULT 'normal',
  media_count int NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  idempotency_key text UNIQUE,
  request_hash text
);
CREATE INDEX reports_location_gist ON reports USING gist (location);
CREATE INDEX reports_created_id ON reports (created_at DESC, id DESC);
CREATE INDEX reports_category_created ON reports (category, created_at);
CREATE INDEX reports_ward_created ON reports (ward_code, created_at);
CREATE INDEX reports_status_created ON reports (status, created_at);
CREATE INDEX reports_h3 ON reports (h3);

-- Personal data lives apart from the public fields, so no public query can reach it by accident.
CREATE TABLE report_contacts (
  report_id uuid PRIMARY KEY REFERENCES reports (id) ON DELETE CASCADE,
  name text,
  phone text,
  email text
);

CREATE TABLE report_media (
  id uuid PRIMARY KEY,
  report_id uuid NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  ordinal int NOT NULL,
  path text NOT NULL,
  content_type text NOT NULL,
  size_bytes int NOT NULL,
  width int NOT NULL,
  height int NOT NULL,
  sha256 text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (report_id, ordinal)
);

-- Append-only timeline of every change. seq is taken under an advisory lock held to commit,
-- so seq order is commit order and a reader tailing "seq > n" never skips a late committer.
CREATE TABLE report_events (
  seq bigserial PRIMARY KEY,
  report_id uuid NOT NULL REFERENCES reports (id),
  kind text NOT NULL,
  actor text NOT NULL,
  payload jsonb NOT NULL, -- the report's public fields after the change
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX report_events_report_seq ON report_events (report_id, seq);

-- Parent of an H3 cell at resolution res, by bit arithmetic on the index (mode 1 cells):
-- set the resolution field (bits 52-55) and fill the unused 3-bit digits with 7.
CREATE FUNCTION h3_parent(cell bigint, res int) RETURNS bigint
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT (cell & ~(15::bigint << 52)) | (res::bigint << 52) | ((1::bigint << (3 * (15 - res))) - 1) $$;
