import { bigIntToCell } from '@matthan/geo';
import type { Queryable } from '../db/pool.js';
import type { ReportStatus } from '../contracts/report.js';
import type { BreakdownQuery, CellSeriesQuery, MonthlyCount, MonthlyQuery } from '../contracts/trends.js';
import { filterSql, whereClause } from '../reports/filter.repository.js';

/** How bucket numbers are cut from epoch seconds: `floor((epoch + shift) / width)`. */
export interface BucketCut {
  shiftSeconds: number;
  widthSeconds: number;
}

export interface BucketCount {
  bucket: number;
  cell: string;
  count: number;
}

/** Report counts per cell at `q.res` per time bucket, in bucket then cell order. */
export async function countByCellAndBucket(db: Queryable, q: CellSeriesQuery, cut: BucketCut): Promise<BucketCount[]> {
  const params: unknown[] = [q.res, cut.shiftSeconds, cut.widthSeconds];
  const where = filterSql(q, params);
  const { rows } = await db.query<{ b: number; cell: string; n: number }>(
    `SELECT b, cell::text, n FROM (
       SELECT floor((extract(epoch FROM r.created_at) + $2::float8) / $3::float8)::int AS b,
              h3_parent(r.h3, $1) AS cell, count(*)::int AS n
       FROM reports r ${whereClause(where)} GROUP BY 1, 2
     ) g ORDER BY g.b, g.cell`,
    params,
  );
  return rows.map((r) => ({ bucket: r.b, cell: bigIntToCell(r.cell), count: r.n }));
}

/** Reports per Hanoi-local month (UTC+7 all year) and category. */
export async function countByMonthAndCategory(db: Queryable, q: MonthlyQuery): Promise<MonthlyCount[]> {
  const params: unknown[] = [];
  const where = filterSql(q, params);
  const { rows } = await db.query<{ month: string; category: string; n: number }>(
    `SELECT to_char((r.created_at AT TIME ZONE 'UTC') + interval '7 hours', 'YYYY-MM') AS month,
            r.category, count(*)::int AS n
     FROM reports r ${whereClause(where)} GROUP BY 1, 2 ORDER BY 1, 2`,
    params,
  );
  return rows.map((r) => ({ month: r.month, category: r.category, count: r.n }));
}

/** Counts of the filtered reports by one column, largest first (ties by value). */
async function countBy(db: Queryable, q: BreakdownQuery, column: 'category' | 'status') {
  const params: unknown[] = [];
  const where = filterSql(q, params);
  const { rows } = await db.query<{ key: string; n: number }>(
    `SELECT r.${column} AS key, count(*)::int AS n FROM reports r ${whereClause(where)}
     GROUP BY 1 ORDER BY 2 DESC, 1`,
    params,
  );
  return rows;
}

export async function countByCategory(db: Queryable, q: BreakdownQuery) {
  return (await countBy(db, q, 'category')).map((r) => ({ category: r.key, count: r.n }));
}

export async function countByStatus(db: Queryable, q: BreakdownQuery) {
  return (await countBy(db, q, 'status')).map((r) => ({ status: r.key as ReportStatus, count: r.n }));
}
