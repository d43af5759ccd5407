import { cellToBigInt, lngLatToCell, STORAGE_RESOLUTION } from '@matthan/geo';
import type { ImportMapping } from '../contracts/import.js';
import type { Queryable, Tx } from '../db/pool.js';
import { newId, newTrackingCode } from '../reports/ids.js';
import type { ImportRow } from './row-mapping.js';

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

export interface ImportedRow {
  id: string;
  wardCode: string | null;
  inserted: boolean;
  /** The handling unit the routing trigger chose (migration 0004); null when not inserted. */
  unitCode: string | null;
}

/**
 * Inserts a batch in one statement. The unit is the Hanoi ward covering the point, else the
 * jurisdiction when the point is inside its box, else none (not inserted: outside the service
 * area). A (source, source_id) already stored — or earlier in the batch — is skipped, which makes
 * re-running a file a no-op. Columns are listed so later columns with defaults change nothing.
 */
export async function insertImported(
  tx: Tx,
  source: string,
  rows: ImportRow[],
  j: Jurisdiction | undefined,
): Promise<ImportedRow[]> {
  // A 5,000-row batch looks costly enough to the planner to JIT-compile, which took ~0.5 s per
  // statement on our machine for a plan that runs in less; the batch's own transaction only.
  await tx.query('SET LOCAL jit = off');
  const col = <T>(f: (r: ImportRow) => T) => rows.map(f);
  const [w, s, e, n] = j?.bbox ?? [0, 0, 0, 0];
  const { rows: out } = await tx.query<{
    id: string;
    ward_code: string | null;
    inserted: boolean;
    unit_code: string | null;
  }>(
    `WITH t AS (
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::float8[], $6::float8[], $7::bigint[],
                            $8::text[], $9::timestamptz[], $10::timestamptz[], $11::text[]) WITH ORDINALITY
         AS t(id, code, category, description, lng, lat, h3, status, created, updated, source_id, n)),
     located AS (
       SELECT t.*, ST_SetSRID(ST_MakePoint(lng, lat), 4326) AS geom,
              COALESCE(
                (SELECT a.unit_code FROM unit_areas a WHERE ST_Covers(a.geom, ST_SetSRID(ST_MakePoint(lng, lat), 4326))
                 ORDER BY a.unit_code LIMIT 1),
                CASE WHEN $13::text IS NOT NULL AND lng BETWEEN $14 AND $16 AND lat BETWEEN $15 AND $17 THEN $13 END
              ) AS ward
       FROM t),
     ins AS (
       INSERT INTO reports (id, tracking_code, category, description, location, h3, ward_code, status, priority,
         media_count, created_at, updated_at, source, source_id)
       SELECT id, code, category, description, geom, h3, ward, status, 'normal', 0, created, updated, $12, source_id
       FROM located WHERE ward IS NOT NULL ORDER BY n
       ON CONFLICT (source, source_id) DO NOTHING
       RETURNING id, unit_code)
     SELECT l.id, l.ward AS ward_code, (ins.id IS NOT NULL) AS inserted, ins.unit_code
     FROM located l LEFT JOIN ins ON ins.id = l.id ORDER BY l.n`,
    [
      col((r) => newId(r.createdAt.getTime())),
      col(() => newTrackingCode()),
      col((r) => r.category),
      col((r) => r.description),
      col((r) => r.location[0]),
      col((r) => r.location[1]),
      col((r) => cellToBigInt(lngLatToCell(r.location, STORAGE_RESOLUTION)).toString()),
      col((r) => r.status),
      col((r) => r.createdAt),
      col((r) => r.updatedAt),
      col((r) => r.sourceId),
      source,
      j?.code ?? null,
      w,
      s,
      e,
      n,
    ],
  );
  return out.map((r) => ({ id: r.id, wardCode: r.ward_code, inserted: r.inserted, unitCode: r.unit_code }));
}
