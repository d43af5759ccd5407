// The leaderboard bench's own SQL: the baseline query and the activity the demo seeder does not
// make (citizen ratings, reopenings), so every part of the leaderboard has rows to read.
import type { Db } from '../server/src/db/pool.js';

/** What the database alone costs for "one figure per unit over a period": a bare grouped count. */
export const BASELINE_SQL = `SELECT unit_code, count(*)::int AS n FROM reports
  WHERE created_at >= $1 AND created_at < $2 GROUP BY unit_code`;

/**
 * Ratings for 40 % of the resolved and closed reports (a third each satisfied / accepted / not
 * satisfied) and a 'report:reopened' event for 3 % of them, a day after they were resolved.
 * Deterministic: chosen by a hash of the report id.
 */
export async function addLeaderboardActivity(db: Db): Promise<void> {
  await db.query(
    `INSERT INTO report_ratings (id, report_id, unit_code, rating, not_fixed, created_at)
     SELECT gen_random_uuid(), id, unit_code,
       (ARRAY['satisfied', 'accepted', 'not_satisfied'])[1 + abs(hashtext(id::text)) % 3], false, updated_at
     FROM reports WHERE status IN ('resolved', 'closed') AND abs(hashtext(id::text) / 3) % 10 < 4`,
  );
  await db.query(
    `INSERT INTO report_events (report_id, kind, actor, payload, created_at)
     SELECT id, 'report:reopened', 'bench', jsonb_build_object('id', id, 'unitCode', unit_code),
       resolved_at + interval '1 day'
     FROM reports WHERE status IN ('resolved', 'closed') AND abs(hashtext(id::text) / 7) % 100 < 3`,
  );
}

/**
 * `n` periods of `days` days, each ending an hour earlier than the one before, so no two are the same.
 * @example periods(2, new Date('2025-07-01T00:00:00Z'), 30)[1].to // 2025-06-30T23:00:00.000Z
 */
export function periods(n: number, now: Date, days: number): { from: Date; to: Date }[] {
  return Array.from({ length: n }, (_, i) => {
    const to = new Date(now.getTime() - i * 3_600_000);
    return { from: new Date(to.getTime() - days * 86_400_000), to };
  });
}

/**
 * Empties the leaderboard's rollup (migration 0030). The copies below skip the triggers that would
 * forget the days they write into; after them, and before a timed first call, nothing is rolled up.
 */
export async function forgetRollup(db: Db): Promise<void> {
  await db.query('DELETE FROM unit_day_stats_days');
}

const COPIED = `category, description, location, h3, ward_code, status, priority, media_count, unit_code, near_border`;
const SHIFTED = [
  'created_at',
  'updated_at',
  'held_since',
  'due_at',
  'warn_at',
  'warned_at',
  'resolved_at',
  'processed_at',
];

/**
 * Makes the seeded reports `factor` times as many: each is copied `factor − 1` times, every time
 * column shifted by 17 minutes per copy, with its first holding. Triggers are off for the copy
 * (the copies keep the unit, deadline and processed time of their original), which is what lets
 * a bench reach a million reports in a minute or two instead of half an hour of per-row routing.
 * The copies have no 'report:created' event; the leaderboard does not read those.
 */
export async function multiplyReports(db: Db, factor: number): Promise<void> {
  if (factor <= 1) return;
  const client = await db.connect();
  try {
    await client.query('BEGIN');
    await client.query('SET LOCAL session_replication_role = replica');
    const shifted = SHIFTED.map((c) => `${c} + k * interval '17 minutes' AS ${c}`).join(', ');
    await client.query(
      `CREATE TEMP TABLE copies ON COMMIT DROP AS
       SELECT gen_random_uuid() AS id, 'BENCH-' || gen_random_uuid() AS tracking_code, ${COPIED}, ${shifted}
       FROM reports, generate_series(1, $1::int - 1) AS k`,
      [factor],
    );
    await client.query(
      `INSERT INTO reports (id, tracking_code, ${COPIED}, ${SHIFTED.join(', ')}) SELECT * FROM copies`,
    );
    await client.query(
      'INSERT INTO report_holdings (report_id, unit_code, started_at) SELECT id, unit_code, held_since FROM copies',
    );
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}
