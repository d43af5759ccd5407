-- The leaderboard: per unit and period, what it received, processed (on time or not) and how late
-- its open reports are, over a million reports within a fraction of a second.

-- When a report last left the open statuses (resolved, rejected, not responsible, duplicate);
-- NULL while it is open. Set by a trigger, so every writer (workflow, imports, demo seeder) agrees;
-- closing a resolved report keeps the time it was resolved.
ALTER TABLE reports ADD COLUMN processed_at timestamptz;
UPDATE reports SET processed_at = CASE WHEN status IN ('resolved', 'closed') THEN coalesce(resolved_at, updated_at) ELSE updated_at END
  WHERE status IN ('resolved', 'closed', 'not_responsible', 'rejected', 'duplicate');

CREATE FUNCTION reports_processed_at() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF NEW.status IN ('new', 'received', 'assigned', 'in_progress', 'reopened') THEN
      NEW.processed_at := NULL;
    ELSIF TG_OP = 'INSERT' OR OLD.status IN ('new', 'received', 'assigned', 'in_progress', 'reopened') THEN
      NEW.processed_at := coalesce(NEW.processed_at,
        CASE WHEN NEW.status IN ('resolved', 'closed') THEN NEW.resolved_at END, NEW.updated_at);
    END IF;
    RETURN NEW;
  END
  $$;
CREATE TRIGGER reports_processed_at BEFORE INSERT OR UPDATE OF status ON reports
  FOR EACH ROW EXECUTE FUNCTION reports_processed_at();

-- "Processed in the period" and "on time" read only the index (unit and deadline included).
CREATE INDEX reports_processed ON reports (processed_at) INCLUDE (unit_code, due_at) WHERE processed_at IS NOT NULL;
-- "Received in the period" for every unit at once: the (unit_code, started_at) index serves one unit.
CREATE INDEX report_holdings_started ON report_holdings (started_at) INCLUDE (unit_code);
-- "Overdue now" per unit reads only the index: a covering version of reports_open_due, which it
-- replaces (the overdue list and its ORDER BY due_at use it the same way).
CREATE INDEX reports_open_due_unit ON reports (due_at) INCLUDE (unit_code)
  WHERE status IN ('new', 'received', 'assigned', 'in_progress', 'reopened');
DROP INDEX reports_open_due;
-- Ratings of a period for every unit at once.
CREATE INDEX report_ratings_created ON report_ratings (created_at) INCLUDE (unit_code, rating);
