import { z } from 'zod';
import { H3Cell } from './common.js';
import { ReportFilterQuery } from './report.js';

/** GET /api/cells query. Example: `?res=8&bbox=105.7,20.9,105.95,21.1&category=trash`. */
export const CellsQuery = ReportFilterQuery.extend({
  res: z.coerce.number().int().min(0).max(15).default(8).describe('H3 resolution of the cells'),
}).strict();
export type CellsQuery = z.infer<typeof CellsQuery>;

export const CellCount = z.object({ cell: H3Cell, count: z.number().int().positive() });
export type CellCount = z.infer<typeof CellCount>;

export const CellsResponse = z
  .object({ res: z.number().int(), cells: z.array(CellCount), total: z.number().int() })
  .describe('Report counts per H3 cell');
export type CellsResponse = z.infer<typeof CellsResponse>;
