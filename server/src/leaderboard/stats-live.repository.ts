import { OPEN_SQL } from '../reports/filter.repository.js';
// The leaderboard counted the plain way, from the base tables alone: the reference for the rollup.
import type { UnitStats } from '../contracts/leaderboard.js';
import type { Queryable } from '../db/pool.js';

type Counts = Map<string, { n: number; part?: number }>;

const percent = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);

async function counts(db: Queryable, sql: string, params: unknown[]): Promise<Counts> {
  const { rows } = await db.query<{ unit_code: string; n: number; part?: number }>(sql, params);
  return new Map(rows.map((r) => [r.unit_code, r]));
}

// Each figure is its own query on its own covering index (see migration 0006); on a pool they
// run side by side.
const RECEIVED = `SELECT unit_code, count(*)::int AS n FROM report_holdings
  WHERE started_at >= $1 AND started_at < $2 GROUP BY unit_code`;
// On time: processed no later than its due time, or it had none (no policy, a duplicate).
const PROCESSED = `SELECT unit_code, count(*)::int AS n,
    count(*) FILTER (WHERE due_at IS NULL OR processed_at <= due_at)::int AS part
  FROM reports WHERE processed_at >= $1 AND processed_at < $2 GROUP BY unit_code`;
const OVERDUE = `SELECT unit_code, count(*)::int AS n FROM reports
  WHERE status IN ${OPEN_SQL} AND due_at < $1 GROUP BY unit_code`;
const REOPENED = `SELECT payload->>'unitCode' AS unit_code, count(*)::int AS n FROM report_events
  WHERE kind = 'report:reopened' AND created_at >= $1 AND created_at < $2 GROUP BY 1`;
const RATED = `SELECT unit_code, count(*)::int AS n,
    count(*) FILTER (WHERE rating IN ('satisfied', 'accepted'))::int AS part
  FROM report_ratings WHERE created_at >= $1 AND created_at < $2 GROUP BY unit_code`;

/**
 * The leaderboard as it was before the rollup (migration 0030): every figure counted from the base
 * tables over the whole period. What unitStats must equal (its db test), and the bench's "before".
 */
export async function liveUnitStats(db: Queryable, from: Date, to: Date, now: Date): Promise<UnitStats[]> {
  const period = [from, to];
  const [units, received, processed, overdue, reopened, rated] = await Promise.all([
    db.query<{ code: string; name_vi: string }>('SELECT code, name_vi FROM units ORDER BY code'),
    counts(db, RECEIVED, period),
    counts(db, PROCESSED, period),
    counts(db, OVERDUE, [now]),
    counts(db, REOPENED, period),
    counts(db, RATED, period),
  ]);
  const lines = units.rows.map((u) => {
    const p = processed.get(u.code);
    const r = rated.get(u.code);
    return {
      unitCode: u.code,
      unitName: u.name_vi,
      received: received.get(u.code)?.n ?? 0,
      processed: p?.n ?? 0,
      processedOnTime: p?.part ?? 0,
      onTimePercent: percent(p?.part ?? 0, p?.n ?? 0),
      overdueNow: overdue.get(u.code)?.n ?? 0,
      reopened: reopened.get(u.code)?.n ?? 0,
      ratings: r?.n ?? 0,
      satisfied: r?.part ?? 0,
      satisfactionPercent: percent(r?.part ?? 0, r?.n ?? 0),
    };
  });
  return lines.sort((a, b) => b.overdueNow - a.overdueNow || (a.unitCode < b.unitCode ? -1 : 1));
}
