import { publicReportJsonSql } from '../reports/events.repository.js';
import type { ImportMapping } from '../contracts/import.js';
import { LOCKS } from '../db/locks.js';
import type { Queryable, Tx } from '../db/pool.js';

type Jurisdiction = NonNullable<ImportMapping['jurisdiction']>;

/** Creates or renames the 'external' unit a source outside Hanoi belongs to; its box is its geometry. */
export async function ensureExternalUnit(db: Queryable, j: Jurisdiction): Promise<void> {
  await db.query(
    `INSERT INTO units (code, kind, name_vi, name_en, geom)
     VALUES ($1, 'external', $2, $3, ST_Multi(ST_MakeEnvelope($4, $5, $6, $7, 4326)))
     ON CONFLICT (code) DO UPDATE SET name_vi = EXCLUDED.name_vi, name_en = EXCLUDED.name_en, geom = EXCLUDED.geom
     WHERE units.kind = 'external'`,
    [j.code, j.nameVi, j.nameEn, ...j.bbox],
  );
}

export async function categoryCodes(db: Queryable): Promise<Set<string>> {
  const { rows } = await db.query<{ code: string }>('SELECT code FROM categories');
  return new Set(rows.map((r) => r.code));
}

export interface StagedOutcome {
  /** Reports inserted; the other placed rows were imported before. */
  inserted: number;
  /** Batch indexes of the rows outside the service area (not inserted). */
  outside: number[];
}

/**
 * Inserts the staged batch (import-staging.repository.ts) in one statement. The unit is the Hanoi
 * ward covering the point, else the jurisdiction when the point is inside its box, else none (not
 * inserted: outside the service area). A (source, source_id) already stored — or earlier in the
 * batch — is skipped, which makes re-running a file a no-op. The routing trigger (migration 0004)
 * sets the handling unit; columns are listed so later columns with defaults change nothing.
 */
export async function insertStaged(tx: Tx, source: string, j: Jurisdiction | undefined): Promise<StagedOutcome> {
  // A batch of thousands of rows looks costly enough to the planner to JIT-compile, which took
  // ~0.5 s per statement on our machine for a plan that runs in less; the batch's transaction only.
  await tx.query('SET LOCAL jit = off');
  const [w, s, e, n] = j?.bbox ?? [0, 0, 0, 0];
  const { rows } = await tx.query<{ inserted: number; outside: number[] }>(
    `WITH located AS (
       SELECT b.*, ST_SetSRID(ST_MakePoint(b.lng, b.lat), 4326) AS geom,
              COALESCE(
                (SELECT a.unit_code FROM unit_areas a WHERE ST_Covers(a.geom, ST_SetSRID(ST_MakePoint(b.lng, b.lat), 4326))
                 ORDER BY a.unit_code LIMIT 1),
                CASE WHEN $2::text IS NOT NULL AND b.lng BETWEEN $3 AND $5 AND b.lat BETWEEN $4 AND $6 THEN $2 END
              ) AS ward
       FROM import_batch b),
     ins AS (
       INSERT INTO reports (id, tracking_code, category, description, location, h3, ward_code, status, priority,
         media_count, created_at, updated_at, source, source_id)
       SELECT id, tracking_code, category, description, geom, h3, ward, status, 'normal', 0, created_at, updated_at, $1,
         source_id
       FROM located WHERE ward IS NOT NULL ORDER BY n
       ON CONFLICT (source, source_id) DO NOTHING
       RETURNING 1)
     SELECT (SELECT count(*) FROM ins)::int AS inserted,
            coalesce((SELECT array_agg(n ORDER BY n) FROM located WHERE ward IS NULL), '{}') AS outside`,
    [source, j?.code ?? null, w, s, e, n],
  );
  return rows[0]!;
}

/**
 * Appends a 'report:created' event (actor 'import') for each report the batch inserted, in file
 * order, under the seq lock held to commit (see appendEvents): call it last in the transaction.
 * The payload is the PublicReport built from the stored row, so it says exactly what was stored;
 * building it here spares sending every report back as JSON.
 */
export async function appendCreatedEvents(tx: Tx): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCKS.EVENT_SEQ]);
  await tx.query(
    `INSERT INTO report_events (report_id, kind, actor, payload, created_at)
     SELECT r.id, 'report:created', 'import', ${publicReportJsonSql('r')},
       r.created_at
     FROM import_batch b JOIN reports r ON r.id = b.id
     ORDER BY b.n`,
  );
}
