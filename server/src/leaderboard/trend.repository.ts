import { OPEN_SQL } from '../reports/filter.repository.js';
import type { Queryable } from '../db/pool.js';
import type { DayCounts } from './trend.js';

// The local day number (days since 1970-01-01 in UTC+7) of a timestamptz column, engine-independent.
const day = (col: string) => `floor((extract(epoch FROM ${col}) + 25200) / 86400)::int`;

// $1 from, $2 to, $3 unit or null (every unit), $4 now. Each figure on the leaderboard's indexes.
const RECEIVED = `SELECT ${day('started_at')} AS day, count(*)::int AS n FROM report_holdings
  WHERE started_at >= $1 AND started_at < $2 AND ($3::text IS NULL OR unit_code = $3) GROUP BY 1`;
const PROCESSED = `SELECT ${day('processed_at')} AS day, count(*)::int AS n,
    count(*) FILTER (WHERE due_at IS NULL OR processed_at <= due_at)::int AS part
  FROM reports WHERE processed_at >= $1 AND processed_at < $2 AND ($3::text IS NULL OR unit_code = $3) GROUP BY 1`;
// A due time that has passed ($4) with the report not processed by then: open now (processed_at is
// NULL exactly while open, see migration 0006), or processed after it. Two halves, so each reads an
// index of migration 0006 (the open reports' due times; the processed reports, which hold due_at).
const BECAME_OVERDUE = `SELECT day, count(*)::int AS n FROM (
    SELECT ${day('due_at')} AS day FROM reports
    WHERE status IN ${OPEN_SQL}
      AND due_at >= $1 AND due_at < $2 AND due_at < $4 AND ($3::text IS NULL OR unit_code = $3)
    UNION ALL
    SELECT ${day('due_at')} FROM reports
    WHERE processed_at > $1 AND processed_at > due_at
      AND due_at >= $1 AND due_at < $2 AND due_at < $4 AND ($3::text IS NULL OR unit_code = $3)
  ) late GROUP BY day`;

type Row = { day: number; n: number; part?: number };

/** Per local day of [from, to): what the unit (or every unit) received, processed, processed on time, let pass its due time. */
export async function trendDayCounts(
  db: Queryable,
  from: Date,
  to: Date,
  now: Date,
  unitCode: string | null,
): Promise<Map<number, DayCounts>> {
  const period = [from, to, unitCode];
  const rows = (sql: string, params: unknown[]) => db.query<Row>(sql, params).then((r) => r.rows);
  const [received, processed, overdue] = await Promise.all([
    rows(RECEIVED, period),
    rows(PROCESSED, period),
    rows(BECAME_OVERDUE, [...period, now]),
  ]);
  const days = new Map<number, DayCounts>();
  const at = (d: number) => {
    let c = days.get(d);
    if (!c) days.set(d, (c = { received: 0, processed: 0, processedOnTime: 0, becameOverdue: 0 }));
    return c;
  };
  for (const r of received) at(r.day).received = r.n;
  for (const r of processed) Object.assign(at(r.day), { processed: r.n, processedOnTime: r.part ?? 0 });
  for (const r of overdue) at(r.day).becameOverdue = r.n;
  return days;
}
