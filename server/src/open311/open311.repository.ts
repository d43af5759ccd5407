import type { Queryable } from '../db/pool.js';
import type { LngLat } from '../contracts/common.js';
import type { ReportStatus } from '../contracts/report.js';
import type { Keyset } from '../reports/reports.repository.js';

/** A report with what an Open311 view of it needs; no reporter identity is ever selected. */
export interface RequestRow {
  id: string;
  status: ReportStatus;
  category: string;
  categoryNameVi: string;
  categoryNameEn: string;
  description: string;
  unitName: string | null;
  address: string | null;
  location: LngLat;
  firstMediaPath: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface RequestQuery {
  ids?: string[];
  categories?: string[];
  statuses?: ReportStatus[];
  from?: Date;
  to?: Date;
  /** Only reports strictly older than this (created_at, id), newest first. */
  before?: Keyset;
  limit: number;
}

/** The unit handling a report (its ward or a department, by the routing rules), shown as agency_responsible. */
function responsibleUnit(alias: string): { join: string; name: string } {
  return { join: `LEFT JOIN units hu ON hu.code = ${alias}.unit_code`, name: 'hu.name_vi' };
}

const unit = responsibleUnit('r');
const SELECT = `SELECT r.id, r.status, r.category, c.name_vi AS category_name_vi, c.name_en AS category_name_en,
    r.description, ${unit.name} AS unit_name, r.address, ST_X(r.location) AS lng, ST_Y(r.location) AS lat,
    (SELECT m.path FROM report_media m WHERE m.report_id = r.id ORDER BY m.ordinal LIMIT 1) AS media_path,
    r.created_at, r.updated_at
  FROM reports r JOIN categories c ON c.code = r.category ${unit.join}`;

interface Row {
  id: string;
  status: ReportStatus;
  category: string;
  category_name_vi: string;
  category_name_en: string;
  description: string;
  unit_name: string | null;
  address: string | null;
  lng: number;
  lat: number;
  media_path: string | null;
  created_at: Date;
  updated_at: Date;
}

const toRequestRow = (r: Row): RequestRow => ({
  id: r.id,
  status: r.status,
  category: r.category,
  categoryNameVi: r.category_name_vi,
  categoryNameEn: r.category_name_en,
  description: r.description,
  unitName: r.unit_name,
  address: r.address,
  location: [r.lng, r.lat],
  firstMediaPath: r.media_path,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

function whereSql(q: Omit<RequestQuery, 'limit'>, params: unknown[]): string {
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const where: string[] = [];
  if (q.ids) where.push(`r.id = ANY(${p(q.ids)}::uuid[])`);
  if (q.categories) where.push(`r.category = ANY(${p(q.categories)}::text[])`);
  if (q.statuses) where.push(`r.status = ANY(${p(q.statuses)}::text[])`);
  if (q.from) where.push(`r.created_at >= ${p(q.from)}::timestamptz`);
  if (q.to) where.push(`r.created_at < ${p(q.to)}::timestamptz`);
  if (q.before) where.push(`(r.created_at, r.id) < (${p(q.before.createdAt)}::timestamptz, ${p(q.before.id)}::uuid)`);
  return where.length ? `WHERE ${where.join(' AND ')}` : '';
}

/** Newest first on (created_at, id), the keyset of the reports list; `limit + 1` rows say if more follow. */
export async function listRequests(db: Queryable, q: RequestQuery): Promise<RequestRow[]> {
  const params: unknown[] = [];
  const where = whereSql(q, params);
  params.push(q.limit);
  const { rows } = await db.query<Row>(
    `${SELECT} ${where} ORDER BY r.created_at DESC, r.id DESC LIMIT $${params.length}`,
    params,
  );
  return rows.map(toRequestRow);
}

/** Whether any report matches: used to tell a consumer there is history beyond the default window. */
export async function anyRequest(db: Queryable, q: Omit<RequestQuery, 'limit'>): Promise<boolean> {
  const params: unknown[] = [];
  const { rows } = await db.query(`SELECT 1 FROM reports r ${whereSql(q, params)} LIMIT 1`, params);
  return rows.length > 0;
}

/** The report id for a tracking code (Open311's token), or null. */
export async function requestIdByTrackingCode(db: Queryable, code: string): Promise<string | null> {
  const { rows } = await db.query<{ id: string }>('SELECT id FROM reports WHERE tracking_code = $1', [code]);
  return rows[0]?.id ?? null;
}
