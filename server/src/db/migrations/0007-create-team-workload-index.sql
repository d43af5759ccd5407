-- Dispatch counts each candidate team's open reports ("workload") for every recommendation: an
-- index of the open, assigned reports by team keeps that a probe instead of a scan of all reports.
CREATE INDEX reports_team_open ON reports (team_id)
  WHERE team_id IS NOT NULL AND status IN ('new', 'received', 'assigned', 'in_progress', 'reopened');
