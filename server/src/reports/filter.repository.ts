import { OPEN_STATUSES } from '../contracts/report.js';
import { cellDescendantRange } from '@matthan/geo';
import type { ReportFilter } from '../contracts/report.js';

/** The statuses of a report that someone must still handle, as an SQL list: `status IN ${OPEN_SQL}`. */
export const OPEN_SQL = `(${OPEN_STATUSES.map((s) => `'${s}'`).join(', ')})`;

/** WHERE clauses for the filters shared by the list, the cells and exports; values go in `params`. */
export function filterSql(f: ReportFilter, params: unknown[], alias = 'r'): string[] {
  const where: string[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  if (f.bbox) {
    const [w, s, e, n] = f.bbox;
    // `&&` alone compares float32 boxes rounded outward (a point ~2 m outside would match);
    // ST_Intersects makes the edge exact, and the index still serves the `&&` part.
    const envelope = `ST_MakeEnvelope(${p(w)}, ${p(s)}, ${p(e)}, ${p(n)}, 4326)`;
    where.push(`${alias}.location && ${envelope} AND ST_Intersects(${alias}.location, ${envelope})`);
  }
  if (f.from) where.push(`${alias}.created_at >= ${p(f.from)}::timestamptz`);
  if (f.to) where.push(`${alias}.created_at < ${p(f.to)}::timestamptz`);
  if (f.category?.length) where.push(`${alias}.category = ANY(${p(f.category)}::text[])`);
  if (f.status?.length) where.push(`${alias}.status = ANY(${p(f.status)}::text[])`);
  if (f.ward?.length) where.push(`${alias}.ward_code = ANY(${p(f.ward)}::text[])`);
  if (f.unit?.length) where.push(`${alias}.unit_code = ANY(${p(f.unit)}::text[])`);
  if (f.cell) {
    // A cell's res-15 descendants are one contiguous BIGINT range: a range scan, not h3_parent per row.
    const [low, high] = cellDescendantRange(f.cell);
    where.push(`${alias}.h3 BETWEEN ${p(low.toString())}::bigint AND ${p(high.toString())}::bigint`);
  }
  // Open and late as of the database's clock, like the leaderboard's "overdue now".
  if (f.overdue === 'true') where.push(`${alias}.due_at < now() AND ${alias}.status IN ${OPEN_SQL}`);
  return where;
}

export function whereClause(clauses: string[]): string {
  return clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
}
