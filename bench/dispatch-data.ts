// The dispatch phase's own data: 500 field teams spread over central Hà Nội (through the server's
// repository), a share of the open reports held by them (workload), and the reports to ask about.
import type { Db } from '../server/src/db/pool.js';
import type { LngLat } from '../server/src/contracts/common.js';
import { insertTeam } from '../server/src/teams/teams.repository.js';
import { newId } from '../server/src/reports/ids.js';

const CATEGORIES = [
  'trash',
  'traffic',
  'sidewalk_encroachment',
  'construction_violation',
  'street_lighting',
  'flooding',
  'trees',
  'road_damage',
];
// Central Hà Nội, where the demo reports are densest: teams anywhere in it are plausible candidates.
const AREA = { west: 105.76, south: 20.96, east: 105.92, north: 21.09 };

/** A small seeded generator (mulberry32), so every run measures the same teams. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Inserts `count` teams; about 15 % are busy or off duty, the rest available and on shift all day. */
export async function seedTeams(db: Db, count: number, seed: number): Promise<void> {
  const rnd = seeded(seed);
  const now = new Date();
  for (let i = 0; i < count; i++) {
    const position: LngLat = [
      AREA.west + rnd() * (AREA.east - AREA.west),
      AREA.south + rnd() * (AREA.north - AREA.south),
    ];
    const skills = CATEGORIES.filter(() => rnd() < 0.3);
    await insertTeam(db, {
      id: newId(now.getTime()),
      name: `Đội đo hiệu năng số ${i + 1}`,
      unitCode: '00070',
      skills,
      shiftStart: '00:00',
      shiftEnd: '23:59',
      position,
      at: now,
    });
  }
  await db.query(
    `UPDATE teams SET status = CASE WHEN random() < 0.5 THEN 'en_route' ELSE 'off_duty' END
     WHERE id IN (SELECT id FROM teams ORDER BY id LIMIT $1)`,
    [Math.round(count * 0.15)],
  );
}

/** Gives `share` of the open reports to random teams, so workload counts have something to count. */
export async function spreadWorkload(db: Db, share: number): Promise<number> {
  const { rowCount } = await db.query(
    `WITH t AS (SELECT array_agg(id) AS ids FROM teams)
     UPDATE reports r SET team_id = t.ids[1 + floor(random() * array_length(t.ids, 1))::int], status = 'assigned'
     FROM t WHERE r.status IN ('received', 'new') AND random() < $1`,
    [share],
  );
  await db.query('ANALYZE teams; ANALYZE reports');
  return rowCount ?? 0;
}

/** `n` open reports with their locations, to ask recommendations for. */
export async function openReports(db: Db, n: number): Promise<Array<{ id: string; location: LngLat }>> {
  const { rows } = await db.query<{ id: string; lng: number; lat: number }>(
    `SELECT id, ST_X(location) AS lng, ST_Y(location) AS lat FROM reports
     WHERE status IN ('new', 'received', 'assigned', 'in_progress', 'reopened') ORDER BY id LIMIT $1`,
    [n],
  );
  return rows.map((r) => ({ id: r.id, location: [r.lng, r.lat] }));
}

// The bench's own copy of the bare KNN lookup the recommendation is built on: what the database alone costs.
export const KNN_SQL = `SELECT id, ST_Distance(position::geography, ST_SetSRID(ST_MakePoint($1, $2), 4326)::geography) AS m
  FROM teams WHERE status = 'available' AND position IS NOT NULL
  ORDER BY position <-> ST_SetSRID(ST_MakePoint($1, $2), 4326) LIMIT 25`;
