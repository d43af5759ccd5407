import { LOCKS } from '../db/locks.js';
import { withTransaction, type Db, type Queryable } from '../db/pool.js';
import type { Span } from './stats-days.js';

/** What the leaderboard counts per unit over a stretch of time (overdue-now aside). */
export interface UnitFigures {
  received: number;
  processed: number;
  processedOnTime: number;
  reopened: number;
  ratings: number;
  satisfied: number;
}

export type FiguresByUnit = Map<string, UnitFigures>;

// The facts of every span of `spans(day, lo, hi)`, per unit and day, each on its covering index
// (migration 0006; reopenings on report_events_kind_created). One nested index scan per span.
// Received: holdings started; processed: reports whose processed_at falls in it, on time when no
// later than their due time (or without one); reopened: 'report:reopened' events by the unit in
// their payload; ratings, and how many were satisfied or accepted.
const FACTS = `
  received AS (SELECT h.unit_code, s.day, count(*)::int AS n FROM spans s
    JOIN report_holdings h ON h.started_at >= s.lo AND h.started_at < s.hi GROUP BY 1, 2),
  processed AS (SELECT p.unit_code, s.day, count(*)::int AS n,
      count(*) FILTER (WHERE p.due_at IS NULL OR p.processed_at <= p.due_at)::int AS part
    FROM spans s JOIN reports p ON p.processed_at >= s.lo AND p.processed_at < s.hi
    WHERE p.processed_at IS NOT NULL GROUP BY 1, 2),
  reopened AS (SELECT e.payload->>'unitCode' AS unit_code, s.day, count(*)::int AS n FROM spans s
    JOIN report_events e ON e.kind = 'report:reopened' AND e.created_at >= s.lo AND e.created_at < s.hi
    WHERE e.payload->>'unitCode' IS NOT NULL GROUP BY 1, 2),
  rated AS (SELECT t.unit_code, s.day, count(*)::int AS n,
      count(*) FILTER (WHERE t.rating IN ('satisfied', 'accepted'))::int AS part
    FROM spans s JOIN report_ratings t ON t.created_at >= s.lo AND t.created_at < s.hi GROUP BY 1, 2),
  facts AS (SELECT unit_code, day, sum(a)::int AS received, sum(b)::int AS processed,
      sum(c)::int AS processed_on_time, sum(d)::int AS reopened, sum(e)::int AS ratings, sum(f)::int AS satisfied
    FROM (SELECT unit_code, day, n AS a, 0 AS b, 0 AS c, 0 AS d, 0 AS e, 0 AS f FROM received
      UNION ALL SELECT unit_code, day, 0, n, part, 0, 0, 0 FROM processed
      UNION ALL SELECT unit_code, day, 0, 0, 0, n, 0, 0 FROM reopened
      UNION ALL SELECT unit_code, day, 0, 0, 0, 0, n, part FROM rated) f
    GROUP BY 1, 2)`;

// Per unit over a set of rows shaped like unit_day_stats, as one JSON array (one round trip, one snapshot).
const perUnit = (rows: string) => `SELECT coalesce(json_agg(u), '[]') FROM (
    SELECT unit_code AS "unitCode", sum(received)::int AS received, sum(processed)::int AS processed,
      sum(processed_on_time)::int AS "processedOnTime", sum(reopened)::int AS reopened,
      sum(ratings)::int AS ratings, sum(satisfied)::int AS satisfied
    FROM ${rows} GROUP BY unit_code) u`;

type UnitRow = UnitFigures & { unitCode: string };
const byUnit = (rows: UnitRow[]): FiguresByUnit => new Map(rows.map(({ unitCode, ...f }) => [unitCode, f]));

/** The leaderboard's figures counted from the base tables over `spans` (any instants). */
export async function liveFigures(db: Queryable, spans: readonly Span[]): Promise<FiguresByUnit> {
  if (spans.length === 0) return new Map();
  const { rows } = await db.query<{ units: UnitRow[] }>(
    `WITH spans AS (SELECT hanoi_day(lo) AS day, lo, hi FROM unnest($1::timestamptz[], $2::timestamptz[]) AS s(lo, hi)),
     ${FACTS}
     SELECT (${perUnit('facts')}) AS units`,
    [spans.map((s) => s.lo), spans.map((s) => s.hi)],
  );
  return byUnit(rows[0]!.units);
}

/** The rolled-up days of local days [firstDay, endDay) and their figures summed per unit, read at one moment. */
export async function rolledUpFigures(
  db: Queryable,
  firstDay: number,
  endDay: number,
): Promise<{ days: Set<number>; units: FiguresByUnit }> {
  const { rows } = await db.query<{ days: number[]; units: UnitRow[] }>(
    `WITH d AS (SELECT day FROM unit_day_stats_days WHERE day >= DATE '1970-01-01' + $1::int AND day < DATE '1970-01-01' + $2::int)
     SELECT (SELECT coalesce(array_agg(day - DATE '1970-01-01'), '{}') FROM d) AS days,
       (${perUnit('unit_day_stats WHERE day IN (SELECT day FROM d)')}) AS units`,
    [firstDay, endDay],
  );
  return { days: new Set(rows[0]!.days), units: byUnit(rows[0]!.units) };
}

/**
 * Rolls up finished local days (day numbers) and returns the days it rolled up and their figures
 * per unit. A day some open transaction is writing (its trigger holds the day's lock, or the bulk
 * lock) or another reader rolled up meanwhile is skipped: the caller counts it live.
 */
export async function rollUpDays(db: Db, days: readonly number[]): Promise<{ days: number[]; units: FiguresByUnit }> {
  return withTransaction(db, async (tx) => {
    const locked = await tx.query<{ days: number[] }>(
      `WITH bulk AS (SELECT pg_try_advisory_xact_lock_shared($3::bigint) AS free)
       SELECT coalesce(array_agg(d), '{}') AS days FROM unnest($1::int[]) AS d, bulk
       WHERE bulk.free AND pg_try_advisory_xact_lock($2, d)`,
      [days, LOCKS.ROLLUP_DAY, LOCKS.ROLLUP_BULK],
    );
    // A new statement, so a new snapshot: every write to these days that committed before we
    // took their locks is in it, and none can start until we commit.
    const { rows } = await tx.query<{ days: number[] | null; units: UnitRow[] }>(
      `WITH mine AS (INSERT INTO unit_day_stats_days (day) SELECT DATE '1970-01-01' + d FROM unnest($1::int[]) AS d
         ON CONFLICT DO NOTHING RETURNING day),
       spans AS (SELECT day, hanoi_midnight(day) AS lo, hanoi_midnight(day + 1) AS hi FROM mine),
       ${FACTS},
       stored AS (INSERT INTO unit_day_stats (day, unit_code, received, processed, processed_on_time, reopened,
           ratings, satisfied)
         SELECT day, unit_code, received, processed, processed_on_time, reopened, ratings, satisfied FROM facts
         RETURNING *)
       SELECT (SELECT array_agg(day - DATE '1970-01-01') FROM mine) AS days, (${perUnit('stored')}) AS units`,
      [locked.rows[0]!.days],
    );
    return { days: rows[0]!.days ?? [], units: byUnit(rows[0]!.units) };
  });
}
