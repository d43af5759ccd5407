import { bigIntToCell } from '@matthan/geo';
import type { Queryable } from '../db/pool.js';
import type { CellCount, CellsQuery } from '../contracts/cells.js';
import { filterSql, whereClause } from '../reports/filter.repository.js';

/** Report counts per H3 cell at `res`: an integer GROUP BY on the stored res-15 cell's parent. */
export async function countByCell(db: Queryable, q: CellsQuery): Promise<CellCount[]> {
  const params: unknown[] = [q.res];
  const where = filterSql(q, params);
  const { rows } = await db.query<{ cell: string; n: number }>(
    `SELECT h3_parent(r.h3, $1)::text AS cell, count(*)::int AS n FROM reports r ${whereClause(where)}
     GROUP BY 1 ORDER BY 1`,
    params,
  );
  return rows.map((r) => ({ cell: bigIntToCell(r.cell), count: r.n }));
}
