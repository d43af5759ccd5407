import { publicReportJsonSql } from '../reports/events.repository.js';
import { LOCKS } from '../db/locks.js';
import type { Queryable, Tx } from '../db/pool.js';
import type { DemoReport } from './demo.js';

/** A generated report with the identity the database stores. */
export interface DemoReportRow extends DemoReport {
  id: string;
  trackingCode: string;
  /** The res-15 H3 cell as the BIGINT of reports.h3. */
  h3: bigint;
}

// Staged first so the ward join can run polygon by polygon against an index on the batch's points.
const STAGING_COLUMNS = `id uuid, tracking_code text, category text, description text, geom geometry(Point, 4326),
  h3 bigint, status text, priority text, created_at timestamptz, updated_at timestamptz, due_at timestamptz,
  warn_at timestamptz, resolved_at timestamptz`;

/**
 * Inserts a batch of demo reports and one 'report:created' event (actor 'seed') for each, in the
 * caller's transaction. The ward is found in SQL; a report outside every ward is not inserted.
 * Returns how many were inserted.
 */
export async function insertDemoReports(tx: Tx, rows: DemoReportRow[]): Promise<number> {
  // A point-in-polygon join over thousands of rows looks costly to the planner, which then spends
  // longer JIT-compiling the query than running it.
  await tx.query('SET LOCAL jit = off');
  await tx.query(`CREATE TEMP TABLE demo_batch (${STAGING_COLUMNS}) ON COMMIT DROP`);
  await stageBatch(tx, rows);
  const inserted = await insertPlacedReports(tx);
  await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCKS.EVENT_SEQ]);
  await insertCreatedEvents(tx);
  return inserted;
}

/** Whether any report exists. */
export async function hasReports(db: Queryable): Promise<boolean> {
  const { rows } = await db.query<{ any: boolean }>('SELECT EXISTS (SELECT 1 FROM reports) AS any');
  return rows[0]?.any ?? false;
}

async function stageBatch(tx: Tx, rows: DemoReportRow[]): Promise<void> {
  await tx.query(
    `INSERT INTO demo_batch
     SELECT id, code, category, description, ST_SetSRID(ST_MakePoint(lng, lat), 4326), h3, status, priority, created, updated,
       due, warn, resolved
     FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::float8[], $6::float8[], $7::bigint[],
       $8::text[], $9::text[], $10::timestamptz[], $11::timestamptz[], $12::timestamptz[], $13::timestamptz[],
       $14::timestamptz[])
       AS u(id, code, category, description, lng, lat, h3, status, priority, created, updated, due, warn, resolved)`,
    [
      rows.map((r) => r.id),
      rows.map((r) => r.trackingCode),
      rows.map((r) => r.category),
      rows.map((r) => r.description),
      rows.map((r) => r.location[0]),
      rows.map((r) => r.location[1]),
      rows.map((r) => r.h3.toString()),
      rows.map((r) => r.status),
      rows.map((r) => r.priority),
      rows.map((r) => r.createdAt.toISOString()),
      rows.map((r) => r.updatedAt.toISOString()),
      rows.map((r) => r.dueAt?.toISOString() ?? null),
      rows.map((r) => r.warnAt?.toISOString() ?? null),
      rows.map((r) => r.resolvedAt?.toISOString() ?? null),
    ],
  );
  await tx.query('CREATE INDEX ON demo_batch USING gist (geom)');
}

// Polygon by polygon (OFFSET 0 keeps the planner from turning the join around): each ward piece
// meets the batch's points through their index, one after another, so PostGIS prepares the
// polygon once instead of once per point. Ties on a shared border go to the lower ward code, as
// for a citizen's report. Warnings already past count as given, so the watcher does not send a
// burst of old warnings on the first start.
async function insertPlacedReports(tx: Tx): Promise<number> {
  const { rowCount } = await tx.query(
    `INSERT INTO reports (id, tracking_code, category, description, location, h3, ward_code, status, priority,
       created_at, updated_at, due_at, warn_at, warned_at, resolved_at)
     SELECT DISTINCT ON (b.id) b.id, b.tracking_code, b.category, b.description, b.geom, b.h3, a.unit_code,
       b.status, b.priority, b.created_at, b.updated_at, b.due_at, b.warn_at,
       CASE WHEN b.warn_at <= now() THEN b.warn_at END, b.resolved_at
     FROM unit_areas a
     CROSS JOIN LATERAL (SELECT * FROM demo_batch b WHERE ST_Covers(a.geom, b.geom) OFFSET 0) b
     ORDER BY b.id, a.unit_code`,
  );
  return rowCount ?? 0;
}

// The payload is a PublicReport, built from the stored row so it says exactly what was stored.
// ORDER BY makes seq follow creation time within the batch.
async function insertCreatedEvents(tx: Tx): Promise<void> {
  await tx.query(
    `INSERT INTO report_events (report_id, kind, actor, payload, created_at)
     SELECT r.id, 'report:created', 'seed', ${publicReportJsonSql('r')},
       r.created_at
     FROM demo_batch b JOIN reports r ON r.id = b.id
     ORDER BY r.created_at, r.id`,
  );
}
