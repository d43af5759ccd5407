import { bigIntToCell } from '@matthan/geo';
import type { Queryable } from '../db/pool.js';

export interface WindowCount {
  cell: string;
  /** Window index from 0 (the oldest). */
  window: number;
  count: number;
}

/** Counts per (cell at `res`, time window) for `windows` windows of `windowSeconds` from `from`. */
export async function countByCellAndWindow(
  db: Queryable,
  q: { res: number; from: string; windowSeconds: number; windows: number; category?: string[] },
): Promise<WindowCount[]> {
  const params: unknown[] = [q.res, q.from, q.windowSeconds, q.windows];
  const category = q.category?.length ? `AND r.category = ANY($${params.push(q.category)}::text[])` : '';
  const { rows } = await db.query<{ cell: string; w: number; n: number }>(
    `SELECT cell::text, w, n FROM (
       SELECT h3_parent(r.h3, $1) AS cell,
              floor(extract(epoch FROM (r.created_at - $2::timestamptz)) / $3)::int AS w, count(*)::int AS n
       FROM reports r
       WHERE r.created_at >= $2::timestamptz AND r.created_at < $2::timestamptz + make_interval(secs => $3 * $4) ${category}
       GROUP BY 1, 2) g`,
    params,
  );
  return rows.map((r) => ({ cell: bigIntToCell(r.cell), window: r.w, count: r.n }));
}
