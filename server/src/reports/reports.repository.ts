import { bigIntToCell } from '@matthan/geo';
import type { Queryable } from '../db/pool.js';
import type { LngLat } from '../contracts/common.js';
import type { Media, PublicReport, Rating, ReportCreated, ReportFilter, TimelineEntry } from '../contracts/report.js';
import { filterSql, whereClause } from './filter.repository.js';

export interface NewReportRow {
  id: string;
  trackingCode: string;
  category: string;
  description: string;
  location: LngLat;
  address: string | null;
  h3: bigint;
  mediaCount: number;
  createdAt: Date;
  idempotencyKey: string | null;
  requestHash: string;
  /** Deadline and 80 % warning of the first holding; dropped when the report is a "me too". */
  dueAt: Date | null;
  warnAt: Date | null;
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
  unit_code: string;
  due_at: Date | null;
  resolved_at: Date | null;
  linked_to: string | null;
  me_too_count: number;
}

const REPORT_COLUMNS = `r.id, r.tracking_code, r.category, r.description, ST_X(r.location) AS lng, ST_Y(r.location) AS lat,
  r.h3::text AS h3, r.ward_code, u.name_vi AS ward_name, r.status, r.priority, r.media_count, r.created_at, r.updated_at,
  r.unit_code, r.due_at, r.resolved_at, r.linked_to, r.me_too_count`;

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
    unitCode: row.unit_code,
    dueAt: row.due_at?.toISOString() ?? null,
    resolvedAt: row.resolved_at?.toISOString() ?? null,
    linkedTo: row.linked_to,
    meTooCount: row.me_too_count,
  };
}

/** The public fields of these reports, as events carry them (read inside the writing transaction). */
export async function publicReportsByIds(db: Queryable, ids: string[]): Promise<PublicReport[]> {
  if (ids.length === 0) return [];
  const { rows } = await db.query<ReportRow>(
    `SELECT ${REPORT_COLUMNS} FROM reports r JOIN units u ON u.code = r.ward_code WHERE r.id = ANY($1::uuid[])`,
    [ids],
  );
  return rows.map(toPublic);
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
    kind: Media['kind'];
  }>(
    'SELECT id, path, content_type, size_bytes, width, height, kind FROM report_media WHERE report_id = $1 ORDER BY ordinal',
    [reportId],
  );
  return rows.map((m) => ({
    id: m.id,
    url: `/media/${m.path}`,
    contentType: m.content_type,
    sizeBytes: m.size_bytes,
    width: m.width,
    height: m.height,
    kind: m.kind,
  }));
}

/** The public timeline: kinds and statuses only, never the actor's identity. */
export async function listTimeline(db: Queryable, reportId: string): Promise<TimelineEntry[]> {
  const { rows } = await db.query<{
    seq: string;
    kind: string;
    status: TimelineEntry['status'];
    detail: TimelineEntry['detail'];
    created_at: Date;
  }>(
    `SELECT seq::text, kind, payload->>'status' AS status, detail, created_at FROM report_events
     WHERE report_id = $1 ORDER BY report_events.seq`, // the column, not the text alias
    [reportId],
  );
  return rows.map((r) => ({
    seq: Number(r.seq),
    kind: r.kind,
    status: r.status,
    at: r.created_at.toISOString(),
    detail: r.detail,
  }));
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

/** The citizen's ratings of a report, oldest first. */
export async function listRatings(db: Queryable, reportId: string): Promise<Rating[]> {
  const { rows } = await db.query<{
    rating: Rating['rating'];
    not_fixed: boolean;
    comment: string | null;
    unit_code: string;
    created_at: Date;
  }>(
    'SELECT rating, not_fixed, comment, unit_code, created_at FROM report_ratings WHERE report_id = $1 ORDER BY created_at',
    [reportId],
  );
  return rows.map((r) => ({
    rating: r.rating,
    notFixed: r.not_fixed,
    comment: r.comment,
    unitCode: r.unit_code,
    createdAt: r.created_at.toISOString(),
  }));
}
