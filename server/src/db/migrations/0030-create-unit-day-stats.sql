-- The leaderboard's rollup: per unit and Hà Nội day, what the unit received, processed (on time),
-- saw reopened and had rated, so a period of finished days sums a few thousand small rows instead
-- of counting a million reports. Filled on read (deadlines/unit-day-stats.repository.ts) for
-- finished days only; any write to the facts of a day deletes that day's rollup (triggers below),
-- so a day is either absent (counted live) or exact.

-- The Hà Nội calendar day of an instant (UTC+7, no daylight saving), engine-independent.
CREATE FUNCTION hanoi_day(t timestamptz) RETURNS date
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT DATE '1970-01-01' + floor((extract(epoch FROM t) + 25200) / 86400)::int $$;
-- The instant a Hà Nội day starts (17:00 UTC the day before).
CREATE FUNCTION hanoi_midnight(d date) RETURNS timestamptz
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT to_timestamp((d - DATE '1970-01-01') * 86400 - 25200) $$;

-- The days rolled up: a day with no row here is counted live.
CREATE TABLE unit_day_stats_days (
  day date PRIMARY KEY,
  rolled_at timestamptz NOT NULL DEFAULT now()
);
-- One line per unit with any activity that day (a rolled-up day without a unit's line: all zeros).
CREATE TABLE unit_day_stats (
  day date NOT NULL REFERENCES unit_day_stats_days (day) ON DELETE CASCADE,
  unit_code text NOT NULL,
  received int NOT NULL,
  processed int NOT NULL,
  processed_on_time int NOT NULL,
  reopened int NOT NULL,
  ratings int NOT NULL,
  satisfied int NOT NULL,
  PRIMARY KEY (day, unit_code)
);

-- Forgets the rollup of `days`. The shared lock per day (727003 = LOCKS.ROLLUP_DAY), held to
-- commit, keeps a filler (which takes the same lock exclusively, without waiting) from rolling up
-- a day this transaction is still changing; taken before the DELETE, whose fresh snapshot then
-- sees a fill that committed while we waited. A statement touching more than 64 days (a batch of
-- history) takes one exclusive lock for all days instead (727004 = LOCKS.ROLLUP_BULK, which every
-- filler takes shared, so fillers never exclude each other): thousands of locks in one
-- transaction could fill the server's lock table.
-- This relies on the writer's READ COMMITTED (every writer here uses it): under REPEATABLE READ
-- the DELETE would keep the transaction's first snapshot and miss a fill committed since.
CREATE FUNCTION unit_day_stats_forget(days date[]) RETURNS void
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF cardinality(days) > 64 THEN
      PERFORM pg_advisory_xact_lock(727004);
    ELSIF cardinality(days) > 0 THEN
      PERFORM pg_advisory_xact_lock_shared(727003, d - DATE '1970-01-01') FROM unnest(days) AS d ORDER BY d;
    END IF;
    IF cardinality(days) > 0 THEN
      DELETE FROM unit_day_stats_days WHERE day = ANY (days);
    END IF;
  END
  $$;

-- One statement-level trigger per table and event (transition tables allow no more). An update
-- forgets only the days whose facts differ: the multiset of (unit, day, flag) before and after.
CREATE FUNCTION reports_forget_days() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF TG_OP = 'INSERT' THEN
      -- The first holdings too (see report_holdings_forget_days_insert): they start at held_since.
      PERFORM unit_day_stats_forget(ARRAY(SELECT hanoi_day(processed_at) FROM n WHERE processed_at IS NOT NULL
        UNION SELECT hanoi_day(held_since) FROM n));
    ELSIF TG_OP = 'DELETE' THEN
      PERFORM unit_day_stats_forget(ARRAY(SELECT DISTINCT hanoi_day(processed_at) FROM o WHERE processed_at IS NOT NULL));
    ELSE
      PERFORM unit_day_stats_forget(ARRAY(SELECT DISTINCT day FROM (
        (SELECT unit_code, hanoi_day(processed_at) AS day, due_at IS NULL OR processed_at <= due_at FROM o
           WHERE processed_at IS NOT NULL
         EXCEPT ALL
         SELECT unit_code, hanoi_day(processed_at), due_at IS NULL OR processed_at <= due_at FROM n
           WHERE processed_at IS NOT NULL)
        UNION ALL
        (SELECT unit_code, hanoi_day(processed_at), due_at IS NULL OR processed_at <= due_at FROM n
           WHERE processed_at IS NOT NULL
         EXCEPT ALL
         SELECT unit_code, hanoi_day(processed_at), due_at IS NULL OR processed_at <= due_at FROM o
           WHERE processed_at IS NOT NULL)) changed));
    END IF;
    RETURN NULL;
  END
  $$;
CREATE TRIGGER reports_forget_days_insert AFTER INSERT ON reports REFERENCING NEW TABLE AS n
  FOR EACH STATEMENT EXECUTE FUNCTION reports_forget_days();
CREATE TRIGGER reports_forget_days_update AFTER UPDATE ON reports REFERENCING OLD TABLE AS o NEW TABLE AS n
  FOR EACH STATEMENT EXECUTE FUNCTION reports_forget_days();
CREATE TRIGGER reports_forget_days_delete AFTER DELETE ON reports REFERENCING OLD TABLE AS o
  FOR EACH STATEMENT EXECUTE FUNCTION reports_forget_days();

CREATE FUNCTION report_holdings_forget_days() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF TG_OP = 'INSERT' THEN
      PERFORM unit_day_stats_forget(ARRAY(SELECT DISTINCT hanoi_day(started_at) FROM n));
    ELSIF TG_OP = 'DELETE' THEN
      PERFORM unit_day_stats_forget(ARRAY(SELECT DISTINCT hanoi_day(started_at) FROM o));
    ELSE
      PERFORM unit_day_stats_forget(ARRAY(SELECT DISTINCT day FROM (
        (SELECT unit_code, hanoi_day(started_at) AS day FROM o EXCEPT ALL SELECT unit_code, hanoi_day(started_at) FROM n)
        UNION ALL
        (SELECT unit_code, hanoi_day(started_at) FROM n EXCEPT ALL SELECT unit_code, hanoi_day(started_at) FROM o)
      ) changed));
    END IF;
    RETURN NULL;
  END
  $$;
-- A report's first holding is inserted row by row by reports_first_holding (migration 0004), which
-- would run this statement trigger once per report: the insert trigger on reports forgets those
-- days instead, once per statement, and this one serves holdings written directly (transfers,
-- fixes). Deletes keep theirs at any depth: a report's removal cascades to its holdings.
CREATE TRIGGER report_holdings_forget_days_insert AFTER INSERT ON report_holdings REFERENCING NEW TABLE AS n
  FOR EACH STATEMENT WHEN (pg_trigger_depth() < 1) EXECUTE FUNCTION report_holdings_forget_days();
CREATE TRIGGER report_holdings_forget_days_update AFTER UPDATE ON report_holdings
  REFERENCING OLD TABLE AS o NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION report_holdings_forget_days();
CREATE TRIGGER report_holdings_forget_days_delete AFTER DELETE ON report_holdings REFERENCING OLD TABLE AS o
  FOR EACH STATEMENT EXECUTE FUNCTION report_holdings_forget_days();

CREATE FUNCTION report_ratings_forget_days() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF TG_OP = 'INSERT' THEN
      PERFORM unit_day_stats_forget(ARRAY(SELECT DISTINCT hanoi_day(created_at) FROM n));
    ELSIF TG_OP = 'DELETE' THEN
      PERFORM unit_day_stats_forget(ARRAY(SELECT DISTINCT hanoi_day(created_at) FROM o));
    ELSE
      PERFORM unit_day_stats_forget(ARRAY(SELECT DISTINCT day FROM (
        (SELECT unit_code, hanoi_day(created_at) AS day, rating IN ('satisfied', 'accepted') FROM o
         EXCEPT ALL SELECT unit_code, hanoi_day(created_at), rating IN ('satisfied', 'accepted') FROM n)
        UNION ALL
        (SELECT unit_code, hanoi_day(created_at), rating IN ('satisfied', 'accepted') FROM n
         EXCEPT ALL SELECT unit_code, hanoi_day(created_at), rating IN ('satisfied', 'accepted') FROM o)
      ) changed));
    END IF;
    RETURN NULL;
  END
  $$;
CREATE TRIGGER report_ratings_forget_days_insert AFTER INSERT ON report_ratings REFERENCING NEW TABLE AS n
  FOR EACH STATEMENT EXECUTE FUNCTION report_ratings_forget_days();
CREATE TRIGGER report_ratings_forget_days_update AFTER UPDATE ON report_ratings
  REFERENCING OLD TABLE AS o NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION report_ratings_forget_days();
CREATE TRIGGER report_ratings_forget_days_delete AFTER DELETE ON report_ratings REFERENCING OLD TABLE AS o
  FOR EACH STATEMENT EXECUTE FUNCTION report_ratings_forget_days();

-- Only reopenings count; the log is append-only, but an edit or a removal is forgotten the same way.
CREATE FUNCTION report_events_forget_days() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF TG_OP = 'INSERT' THEN
      PERFORM unit_day_stats_forget(ARRAY(SELECT DISTINCT hanoi_day(created_at) FROM n WHERE kind = 'report:reopened'));
    ELSIF TG_OP = 'DELETE' THEN
      PERFORM unit_day_stats_forget(ARRAY(SELECT DISTINCT hanoi_day(created_at) FROM o WHERE kind = 'report:reopened'));
    ELSE
      PERFORM unit_day_stats_forget(ARRAY(SELECT DISTINCT day FROM (
        (SELECT payload->>'unitCode' AS unit_code, hanoi_day(created_at) AS day FROM o WHERE kind = 'report:reopened'
         EXCEPT ALL SELECT payload->>'unitCode', hanoi_day(created_at) FROM n WHERE kind = 'report:reopened')
        UNION ALL
        (SELECT payload->>'unitCode', hanoi_day(created_at) FROM n WHERE kind = 'report:reopened'
         EXCEPT ALL SELECT payload->>'unitCode', hanoi_day(created_at) FROM o WHERE kind = 'report:reopened')
      ) changed));
    END IF;
    RETURN NULL;
  END
  $$;
CREATE TRIGGER report_events_forget_days_insert AFTER INSERT ON report_events REFERENCING NEW TABLE AS n
  FOR EACH STATEMENT EXECUTE FUNCTION report_events_forget_days();
CREATE TRIGGER report_events_forget_days_update AFTER UPDATE ON report_events
  REFERENCING OLD TABLE AS o NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION report_events_forget_days();
CREATE TRIGGER report_events_forget_days_delete AFTER DELETE ON report_events REFERENCING OLD TABLE AS o
  FOR EACH STATEMENT EXECUTE FUNCTION report_events_forget_days();

-- Emptying a table (TRUNCATE has no transition tables) forgets the whole rollup.
CREATE FUNCTION unit_day_stats_forget_all() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    DELETE FROM unit_day_stats_days;
    RETURN NULL;
  END
  $$;
CREATE TRIGGER reports_forget_all AFTER TRUNCATE ON reports FOR EACH STATEMENT EXECUTE FUNCTION unit_day_stats_forget_all();
CREATE TRIGGER report_holdings_forget_all AFTER TRUNCATE ON report_holdings
  FOR EACH STATEMENT EXECUTE FUNCTION unit_day_stats_forget_all();
CREATE TRIGGER report_ratings_forget_all AFTER TRUNCATE ON report_ratings
  FOR EACH STATEMENT EXECUTE FUNCTION unit_day_stats_forget_all();
CREATE TRIGGER report_events_forget_all AFTER TRUNCATE ON report_events
  FOR EACH STATEMENT EXECUTE FUNCTION unit_day_stats_forget_all();
