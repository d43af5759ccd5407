import { cellToBigInt, lngLatToCell, STORAGE_RESOLUTION } from '@matthan/geo';
import type { ReportPriority, ReportStatus } from '../contracts/report.js';
import type { Db } from '../db/pool.js';
import { newId, newTrackingCode } from '../reports/ids.js';

export const HOAN_KIEM_LAKE: [number, number] = [105.8522, 21.0287];

export interface TestReport {
  unitCode: string;
  status: ReportStatus;
  createdAt: Date;
  category?: string;
  priority?: ReportPriority;
  updatedAt?: Date;
  dueAt?: Date | null;
  warnAt?: Date | null;
  warnedAt?: Date | null;
  resolvedAt?: Date | null;
}

/** Writes a report straight into the table (its first holding comes from the trigger), for database tests. */
export async function insertTestReport(db: Db, r: TestReport): Promise<string> {
  const id = newId(r.createdAt.getTime());
  const h3 = cellToBigInt(lngLatToCell(HOAN_KIEM_LAKE, STORAGE_RESOLUTION)).toString();
  await db.query(
    `INSERT INTO reports (id, tracking_code, category, description, location, h3, ward_code, unit_code, status,
       priority, created_at, updated_at, due_at, warn_at, warned_at, resolved_at)
     SELECT $1, $2, $3, 'Báo cáo thử', pt, $4, (SELECT unit_code FROM unit_areas WHERE ST_Covers(geom, pt) LIMIT 1),
       $5, $6, $7, $8, $9, $10, $11, $12, $13
     FROM (SELECT ST_SetSRID(ST_MakePoint($14, $15), 4326) AS pt) p`,
    [
      id,
      newTrackingCode(),
      r.category ?? 'trash',
      h3,
      r.unitCode,
      r.status,
      r.priority ?? 'normal',
      r.createdAt,
      r.updatedAt ?? r.resolvedAt ?? r.createdAt,
      r.dueAt ?? null,
      r.warnAt ?? null,
      r.warnedAt ?? null,
      r.resolvedAt ?? null,
      HOAN_KIEM_LAKE[0],
      HOAN_KIEM_LAKE[1],
    ],
  );
  return id;
}
