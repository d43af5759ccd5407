-- The operations workflow: who handles a report (routing, transfers), its deadline, the field
-- teams dispatched to it, the citizen's rating, and the staff who act on it.

-- Staff and signed-in citizens. unit_staff belong to one unit; field_team accounts to one team.
CREATE TABLE users (
  id uuid PRIMARY KEY,
  username text NOT NULL UNIQUE,
  display_name text NOT NULL,
  role text NOT NULL CHECK (role IN ('citizen', 'operator', 'unit_staff', 'dispatcher', 'field_team', 'planner', 'admin')),
  unit_code text REFERENCES units (code),
  team_id uuid,
  password_hash text NOT NULL,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (role <> 'unit_staff' OR unit_code IS NOT NULL)
);

-- Only a hash of each session token is stored: a leaked table opens no session.
CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('cookie', 'bearer')),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

-- Per-category workflow settings: the "me too" window and whether resolving needs an after photo.
ALTER TABLE categories
  ADD COLUMN duplicate_radius_m int NOT NULL DEFAULT 50 CHECK (duplicate_radius_m BETWEEN 0 AND 5000),
  ADD COLUMN duplicate_window_hours int NOT NULL DEFAULT 72 CHECK (duplicate_window_hours BETWEEN 0 AND 8760),
  ADD COLUMN requires_after_photo boolean NOT NULL DEFAULT false;

-- Routing rules: category × area → unit, as data. The first matching rule by rank wins; a rule
-- with no unit sends the report to the ward it lies in, which is also the default.
CREATE TABLE routing_rules (
  id uuid PRIMARY KEY,
  rank int NOT NULL DEFAULT 100,
  category text REFERENCES categories (code), -- NULL: any category
  ward_code text REFERENCES units (code), -- NULL: any ward
  area geometry(MultiPolygon, 4326), -- NULL: anywhere
  unit_code text REFERENCES units (code), -- NULL: the report's ward
  note_vi text NOT NULL DEFAULT '',
  note_en text NOT NULL DEFAULT '',
  active boolean NOT NULL DEFAULT true,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX routing_rules_rank ON routing_rules (rank) WHERE active;

-- Due times per category and priority, in working time (Mon–Fri office hours minus holidays) or
-- in calendar time.
CREATE TABLE sla_policies (
  category text NOT NULL REFERENCES categories (code) ON DELETE CASCADE,
  priority text NOT NULL CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
  minutes int NOT NULL CHECK (minutes > 0),
  working_time boolean NOT NULL,
  PRIMARY KEY (category, priority)
);

-- Exceptions to the Mon–Fri week: public holidays (Tết …) and Saturdays/Sundays made working days.
CREATE TABLE calendar_days (
  day date PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('holiday', 'workday')),
  name_vi text NOT NULL,
  name_en text NOT NULL
);

-- Field teams with their live position (the team's phone reports it) and a short history.
CREATE TABLE teams (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  unit_code text NOT NULL REFERENCES units (code),
  skills text[] NOT NULL DEFAULT '{}', -- category codes the team handles
  shift_start time NOT NULL DEFAULT '07:30', -- Asia/Ho_Chi_Minh
  shift_end time NOT NULL DEFAULT '17:30',
  status text NOT NULL DEFAULT 'available' CHECK (status IN ('available', 'en_route', 'on_site', 'off_duty')),
  position geometry(Point, 4326),
  position_at timestamptz,
  current_report_id uuid REFERENCES reports (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX teams_position_gist ON teams USING gist (position);
CREATE INDEX teams_unit ON teams (unit_code);
ALTER TABLE users ADD FOREIGN KEY (team_id) REFERENCES teams (id);

CREATE TABLE team_positions (
  team_id uuid NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
  position geometry(Point, 4326) NOT NULL,
  at timestamptz NOT NULL,
  PRIMARY KEY (team_id, at)
);

-- The report's handling state. unit_code is the unit that answers for it now; due_at/warn_at are
-- its deadline and the 80 % warning, restarted when it is transferred.
ALTER TABLE reports
  ADD COLUMN unit_code text REFERENCES units (code),
  ADD COLUMN near_border boolean NOT NULL DEFAULT false,
  ADD COLUMN ward_confirmed_at timestamptz,
  ADD COLUMN linked_to uuid REFERENCES reports (id),
  ADD COLUMN me_too_count int NOT NULL DEFAULT 0 CHECK (me_too_count >= 0),
  ADD COLUMN team_id uuid REFERENCES teams (id),
  ADD COLUMN held_since timestamptz,
  ADD COLUMN due_at timestamptz,
  ADD COLUMN warn_at timestamptz,
  ADD COLUMN warned_at timestamptz,
  ADD COLUMN resolved_at timestamptz,
  ADD COLUMN reopen_count int NOT NULL DEFAULT 0;
UPDATE reports SET unit_code = ward_code, held_since = created_at WHERE unit_code IS NULL;
CREATE INDEX reports_unit_created ON reports (unit_code, created_at);
CREATE INDEX reports_linked_to ON reports (linked_to) WHERE linked_to IS NOT NULL;
-- Open reports by deadline: the overdue list, the overdue counts and the 80 % warning.
CREATE INDEX reports_open_due ON reports (due_at)
  WHERE status IN ('new', 'received', 'assigned', 'in_progress', 'reopened');
CREATE INDEX reports_open_warn ON reports (warn_at)
  WHERE warned_at IS NULL AND status IN ('new', 'received', 'assigned', 'in_progress', 'reopened');

-- Photos are the citizen's (before), the field team's proof (after) or a rating's.
ALTER TABLE report_media ADD COLUMN kind text NOT NULL DEFAULT 'before' CHECK (kind IN ('before', 'after', 'rating'));

-- Which unit held a report when: "who sat on it" is a query.
CREATE TABLE report_holdings (
  report_id uuid NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  unit_code text NOT NULL REFERENCES units (code),
  started_at timestamptz NOT NULL,
  ended_at timestamptz,
  PRIMARY KEY (report_id, started_at)
);
CREATE INDEX report_holdings_unit ON report_holdings (unit_code, started_at);
INSERT INTO report_holdings (report_id, unit_code, started_at)
  SELECT id, unit_code, created_at FROM reports;

-- The citizen's verdict on a resolved report, charged to the unit that resolved it.
CREATE TABLE report_ratings (
  id uuid PRIMARY KEY,
  report_id uuid NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  unit_code text NOT NULL REFERENCES units (code),
  rating text NOT NULL CHECK (rating IN ('satisfied', 'accepted', 'not_satisfied')),
  not_fixed boolean NOT NULL DEFAULT false,
  comment text,
  media_path text,
  created_at timestamptz NOT NULL
);
CREATE INDEX report_ratings_unit_created ON report_ratings (unit_code, created_at);
CREATE INDEX report_ratings_report ON report_ratings (report_id);

-- The event log also carries team changes (report_id NULL) and each change's public detail
-- (a note, a reason, the units of a transfer). actor is a user id, 'citizen' or 'system'.
ALTER TABLE report_events
  ALTER COLUMN report_id DROP NOT NULL,
  ADD COLUMN team_id uuid REFERENCES teams (id),
  ADD COLUMN detail jsonb;
CREATE INDEX report_events_kind_created ON report_events (kind, created_at);

-- Events written before this migration carry the report as it was then; give their payloads the
-- new public fields so every replayed event has one shape.
UPDATE report_events
  SET payload = payload || jsonb_build_object('unitCode', payload->>'wardCode', 'dueAt', NULL, 'resolvedAt', NULL,
                                              'linkedTo', NULL, 'meTooCount', 0)
  WHERE report_id IS NOT NULL AND NOT payload ? 'unitCode';

-- Settings staff can change without a deploy. border_meters: a report this close to a ward
-- border is flagged so staff confirm its ward.
CREATE TABLE settings (
  key text PRIMARY KEY,
  value jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO settings (key, value) VALUES ('border_meters', '30');

-- Ward borders as short line pieces, so "within N metres of a border" is an index probe.
CREATE TABLE unit_borders (
  unit_code text NOT NULL REFERENCES units (code) ON DELETE CASCADE,
  geom geometry(LineString, 4326) NOT NULL
);
CREATE INDEX unit_borders_geom_gist ON unit_borders USING gist (geom);
INSERT INTO unit_borders (unit_code, geom)
  SELECT code, (ST_Dump(ST_Subdivide(ST_Boundary(geom), 64))).geom FROM units WHERE kind = 'ward' AND geom IS NOT NULL;

-- The handling unit for a report: the first active rule by rank that matches its category, ward
-- and area; the ward itself when none does. The rules are the city's: a report whose "ward" is not
-- one of its wards (an imported jurisdiction elsewhere) stays with that unit.
CREATE FUNCTION route_unit(cat text, ward text, pt geometry) RETURNS text
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$
    SELECT coalesce(
      (SELECT coalesce(r.unit_code, ward) FROM routing_rules r
       WHERE r.active AND (r.category IS NULL OR r.category = cat) AND (r.ward_code IS NULL OR r.ward_code = ward)
         AND (r.area IS NULL OR ST_Covers(r.area, pt))
         AND EXISTS (SELECT 1 FROM units u WHERE u.code = ward AND u.kind = 'ward')
       ORDER BY r.rank, r.id LIMIT 1),
      ward)
  $$;

-- Whether a point lies within the configured distance of a ward border. The degree box (1° of
-- latitude ≈ 111 km; 1.5× for longitude at Hà Nội's latitude) lets the index find candidates.
CREATE FUNCTION near_ward_border(pt geometry) RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$
    SELECT EXISTS (
      SELECT 1 FROM unit_borders b, (SELECT (value #>> '{}')::float8 AS m FROM settings WHERE key = 'border_meters') s
      WHERE ST_DWithin(b.geom, pt, s.m / 111000.0 * 1.5)
        AND ST_DWithin(b.geom::geography, pt::geography, s.m))
  $$;

-- Every way a report is written (the API, Open311, imports, the demo seeder) routes it the same:
-- its unit, its border flag and the first holding are set here, as defaults are.
CREATE FUNCTION reports_route() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    NEW.unit_code := coalesce(NEW.unit_code, route_unit(NEW.category, NEW.ward_code, NEW.location));
    NEW.held_since := coalesce(NEW.held_since, NEW.created_at);
    NEW.near_border := NEW.near_border OR near_ward_border(NEW.location);
    RETURN NEW;
  END
  $$;
CREATE TRIGGER reports_route BEFORE INSERT ON reports FOR EACH ROW EXECUTE FUNCTION reports_route();

CREATE FUNCTION reports_first_holding() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    INSERT INTO report_holdings (report_id, unit_code, started_at) VALUES (NEW.id, NEW.unit_code, NEW.held_since);
    RETURN NULL;
  END
  $$;
CREATE TRIGGER reports_first_holding AFTER INSERT ON reports FOR EACH ROW EXECUTE FUNCTION reports_first_holding();
ALTER TABLE reports ALTER COLUMN unit_code SET NOT NULL, ALTER COLUMN held_since SET NOT NULL;
