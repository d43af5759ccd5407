// Phase (b)'s data: a million reports, fast. A base of demo reports goes through the real seeder
// (wards found in SQL, routing, holdings, events); the rest are copies of the base made in SQL, each
// copy 13 weeks further back per round, so the weekly rhythm, the places (valid H3 cells inside
// their wards, border flags), categories, statuses and deadlines all stay the base's. The copies
// skip the row triggers (session_replication_role = replica, superuser only): what the triggers
// derive — unit, border flag — is copied from the base row at the same place, and copies get no
// holdings or events, which no export or tile reads. Run with the server stopped.
import type pg from 'pg';
import { DEFAULT_DAYS } from '../server/src/seed/demo.js';
import { seedDemoReports } from '../server/src/seed/seed.service.js';

const BASE = 100_000;
const SHIFT_DAYS = 91; // whole weeks (and more than the base's 90 days): a copy keeps its weekday and hour

// A UUIDv7 at the shifted creation time (random bits from an md5 of the base id and the round),
// and a tracking code unique per (round, base row) in the code's own shape.
const COPY_SQL = `
INSERT INTO reports (id, tracking_code, category, description, location, h3, ward_code, status, priority, media_count,
  created_at, updated_at, unit_code, near_border, ward_confirmed_at, me_too_count, held_since, due_at, warn_at, warned_at,
  resolved_at, reopen_count, processed_at, address)
SELECT (lpad(to_hex((extract(epoch FROM b.created_at - s.d) * 1000)::bigint), 12, '0') || '7' || substr(b.h, 1, 3)
         || '8' || substr(b.h, 4, 15))::uuid,
       substr(b.code, 1, 5) || '-' || substr(b.code, 6, 5),
       b.category, b.description, b.location, b.h3, b.ward_code, b.status, b.priority, b.media_count,
       b.created_at - s.d, b.updated_at - s.d, b.unit_code, b.near_border, b.ward_confirmed_at - s.d, b.me_too_count,
       b.held_since - s.d, b.due_at - s.d, b.warn_at - s.d, b.warn_at - s.d, b.resolved_at - s.d, b.reopen_count,
       b.processed_at - s.d, b.address
FROM (SELECT r.*, md5(r.id::text || $1::int) AS h,
             lpad(upper(to_hex($1::int * 16777216::bigint + row_number() OVER (ORDER BY r.id))), 10, '0') AS code
      FROM reports r WHERE r.source IS NULL AND r.created_at >= $3 ORDER BY r.id LIMIT $2) b,
     (SELECT make_interval(days => ${SHIFT_DAYS} * $1::int) AS d) s
ON CONFLICT DO NOTHING`;

async function count(pool: pg.Pool): Promise<number> {
  return Number((await pool.query<{ n: string }>('SELECT count(*) AS n FROM reports')).rows[0]!.n);
}

/** Fills the reports table up to `total` rows; returns how many it holds. */
export async function seedReports(
  pool: pg.Pool,
  total: number,
  now: Date,
  log: (line: string) => void,
): Promise<number> {
  const have = await count(pool);
  await seedDemoReports(pool, { count: Math.min(BASE, Math.max(total - have, 0)), now, days: DEFAULT_DAYS, seed: 7 });
  const windowStart = new Date(now.getTime() - DEFAULT_DAYS * 86_400_000); // the base; copies lie before it
  const client = await pool.connect();
  try {
    await client.query('SET session_replication_role = replica');
    await client.query('SET jit = off');
    for (let round = 1, n = await count(pool); n < total; round++) {
      const { rowCount } = await client.query(COPY_SQL, [round, total - n, windowStart]);
      if (!rowCount) throw new Error('no base reports to copy');
      n += rowCount;
      log(`copied round ${round}: ${n.toLocaleString('en-US')} reports`);
    }
  } finally {
    await client.query('RESET session_replication_role').catch(() => {});
    client.release();
  }
  // The copies skipped the triggers that forget the leaderboard rollup of the days they fill.
  await pool.query('DELETE FROM unit_day_stats_days');
  await pool.query('VACUUM ANALYZE reports');
  return count(pool);
}
