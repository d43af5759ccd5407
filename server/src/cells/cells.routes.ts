import { Hono } from 'hono';
import type { Db } from '../db/pool.js';
import { CellsQuery, type CellsResponse } from '../contracts/cells.js';
import { parseOr400 } from '../http/errors.js';
import { countByCell } from './cells.repository.js';

export function cellsRoutes(db: Db) {
  return new Hono().get('/', async (c) => {
    const q = parseOr400(CellsQuery, c.req.query(), 'cells query');
    const cells = await countByCell(db, q);
    const body: CellsResponse = { res: q.res, cells, total: cells.reduce((s, x) => s + x.count, 0) };
    return c.json(body);
  });
}
