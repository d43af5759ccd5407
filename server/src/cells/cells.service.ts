import type { CellsQuery, CellsResponse } from '../contracts/cells.js';
import type { Db } from '../db/pool.js';
import { countByCell } from './cells.repository.js';

export interface CellsService {
  /** Report counts per H3 cell at `q.res` under the filter, and their total. */
  count(q: CellsQuery): Promise<CellsResponse>;
}

export function createCellsService(db: Db): CellsService {
  return {
    async count(q) {
      const cells = await countByCell(db, q);
      return { res: q.res, cells, total: cells.reduce((s, x) => s + x.count, 0) };
    },
  };
}
