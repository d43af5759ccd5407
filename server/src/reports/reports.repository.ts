import { bigIntToCell } from '@matthan/geo';
import type { Queryable, Tx } from '../db/pool.js';
import type { LngLat } from '../contracts/common.js';
import type {
  Media,
  PublicReport,
  ReportCreated,
  ReportFilter,
  ReporterContact,
  TimelineEntry,
} from '../contracts/report.js';
import type { StoredFile } from '../media/media.store.js';
import { filterSql, whereClause } from './filter.repository.js';

export interface NewReportRow {
  id: string;
  trackingCode: string;
  category: string;
  description: string;
  location: LngLat;
  h3: bigint;
  wardCode: string;
  mediaCount: number;
  createdAt: Date;
  idempotencyKey: string | null;
  requestHash: string;
}

interface ReportRow {
  id: string;
  tracking_code: string;
  category: string;
  description: string;
  lng: number;
  lat: number;
  h3: string;
  ward_code: string;
  ward_name: string;
  status: PublicReport['status'];
  priority: PublicReport['priority'];
  media_count: number;
  created_at: Date;
  updated_at: Date;
}

const REPORT_COLUMNS = `r.id, r.tracking_code, r.category, r.description, ST_X(r.location) AS lng, ST_Y(r.location) AS lat,
  r.h3::text AS h3, r.ward_code, u.name_vi AS ward_name, r.status, r.priority, r.media_count, r.created_at, r.updated_at`;

function toPublic(row: ReportRow): PublicReport {
  return {
    id: row.id,
    category: row.category,
    description: row.description,
    location: [row.lng, row.lat],
    h3Cell: bigIntToCell(row.h3),
    wardCode: row.ward_code,
    status: row.status,
    priority: row.priority,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    mediaCount: row.media_count,
  };
}

/** The ward whose area covers a point, or null outside the served area. Ties on a border go to the lower code. */
export async function findWardAt(db: Queryable, [lng, lat]: LngLat): Promise<string | null> {
  const { rows } = await db.query<{ code: string }>(
    `SELECT unit_code AS code FROM unit_areas
     WHERE ST_Covers(geom, ST_SetSRID(ST_MakePoint($1, $2), 4326)) ORDER BY unit_code LIMIT 1`,
    [lng, lat],
  );
  return rows[0]?.code ?? null;
}

/** Inserts a report unless its idempotency key exists; false means a retry of an earlier request. */
export async function insertReport(tx: Tx, r: NewReportRow): Promise<boolean> {
  const { rowCount } = await tx.query(
    `INSERT INTO reports (id, tracking_code, category, description, location, h3, ward_code, media_count,
       created_at, updated_at, idempotency_key, request_hash)
     VALUES ($1, $2, $3, $4, ST_SetSRID(ST_MakePoint($5, $6), 4326), $7, $8, $9, $10, $10, $11, $12)
     ON CONFLICT (idempotency_key) DO NOTHING`,
    [
      r.id,
      r.trackingCode,
      r.category,
      r.description,
      r.location[0],
      r.location[1],
      r.h3.toString(),
      r.wardCode,
      r.mediaCount,
      r.createdAt,
      r.idempotencyKey,
      r.requestHash,
    ],
  );
  return rowCount === 1;
}

export async function findByIdempotencyKey(
  db: Queryable,
  key: string,
): Promise<{ id: string; requestHash: string } | null> {
  const { rows } = await db.query<{ id: string; request_hash: string }>(
    'SELECT id, request_hash FROM reports WHERE idempotency_key = $1',
    [key],
  );
  return rows[0] ? { id: rows[0].id, requestHash: rows[0].request_hash } : null;
}

export async function insertContact(tx: Tx, reportId: string, c: ReporterContact): Promise<void> {
  await tx.query('INSERT INTO report_contacts (report_id, name, phone, email) VALUES ($1, $2, $3, $4)', [
    reportId,
    c.name ?? null,
    c.phone ?? null,
    c.email ?? null,
  ]);
}

export async function insertMedia(tx: Tx, reportId: string, files: StoredFile[], ids: string[]): Promise<void> {
  if (files.length === 0) return;
  await tx.query(
    `INSERT INTO report_media (id, report_id, ordinal, path, content_type, size_bytes, width, height, sha256)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::text[], $5::text[], $6::int[], $7::int[], $8::int[], $9::text[])`,
    [
      ids,
      files.map(() => reportId),
      files.map((_, i) => i + 1),
      files.map((f) => f.path),
      files.map((f) => f.image.contentType),
      files.map((f) => f.image.data.length),
      files.map((f) => f.image.width),
      files.map((f) => f.image.height),
      files.map((f) => f.image.sha256),
    ],
  );
}

export async function getReport(db: Queryable, id: string): Promise<Omit<ReportCreated, 'media'> | null> {
  const { rows } = await db.query<ReportRow>(
    `SELECT ${REPORT_COLUMNS} FROM reports r JOIN units u ON u.code = r.ward_code WHERE r.id = $1`,
    [id],
  );
  const row = rows[0];
  return row ? { ...toPublic(row), trackingCode: row.tracking_code, wardName: row.ward_name } : null;
}

export async function getPublicReportByCode(db: Queryable, code: string): Promise<PublicReport | null> {
  const { rows } = await db.query<ReportRow>(
    `SELECT ${REPORT_COLUMNS} FROM reports r JOIN units u ON u.code = r.ward_code WHERE r.tracking_code = $1`,
    [code],
  );
  return rows[0] ? toPublic(rows[0]) : null;
}

export async function listMedia(db: Queryable, reportId: string): Promise<Media[]> {
  const { rows } = await db.query<{
    id: string;
    path: string;
    content_type: Media['contentType'];
    size_bytes: number;
    width: number;
    height: number;
  }>(
    'SELECT id, path, content_type, size_bytes, width, height FROM report_media WHERE report_id = $1 ORDER BY ordinal',
    [reportId],
  );
  return rows.map((m) => ({
    id: m.id,
    url: `/media/${m.path}`,
    contentType: m.content_type,
    sizeBytes: m.size_bytes,
    width: m.width,
    height: m.height,
  }));
}

/** The public timeline: kinds and statuses only, never the actor's identity. */
export async function listTimeline(db: Queryable, reportId: string): Promise<TimelineEntry[]> {
  const { rows } = await db.query<{ seq: string; kind: string; status: TimelineEntry['status']; created_at: Date }>(
    `SELECT seq::text, kind, payload->>'status' AS status, created_at FROM report_events
     WHERE report_id = $1 ORDER BY report_events.seq`, // the column, not the text alias
    [reportId],
  );
  return rows.map((r) => ({ seq: Number(r.seq), kind: r.kind, status: r.status, at: r.created_at.toISOString() }));
}

export interface Keyset {
  createdAt: string;
  id: string;
}

/** Newest first, keyset-paginated on (created_at, id). Fetches one extra row to know if there is a next page. */
export async function listReports(
  db: Queryable,
  f: ReportFilter,
  limit: number,
  after: Keyset | null,
): Promise<{ items: PublicReport[]; next: Keyset | null }> {
  const params: unknown[] = [];
  const where = filterSql(f, params);
  if (after) {
    params.push(after.createdAt, after.id);
    where.push(`(r.created_at, r.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
  }
  params.push(limit + 1);
  const { rows } = await db.query<ReportRow>(
    `SELECT ${REPORT_COLUMNS} FROM reports r JOIN units u ON u.code = r.ward_code ${whereClause(where)}
     ORDER BY r.created_at DESC, r.id DESC LIMIT $${params.length}`,
    params,
  );
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const next = rows.length > limit && last ? { createdAt: last.created_at.toISOString(), id: last.id } : null;
  return { items: page.map(toPublic), next };
}
