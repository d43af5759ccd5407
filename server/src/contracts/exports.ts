import { z } from 'zod';
import { CellsQuery } from './cells.js';
import { ReportFilterQuery } from './report.js';

/** File formats of the streamed exports. */
export const ExportFormat = z.enum(['csv', 'geojson', 'ndjson']).describe('Export file format');
export type ExportFormat = z.infer<typeof ExportFormat>;

/**
 * GET /api/exports/reports.{csv,geojson,ndjson}: the list's filters, and the `cursor` of the last row
 * received to resume after it. Example: `?category=trash&from=2025-09-01T00:00:00Z&cursor=MjAy…`.
 */
export const ExportReportsQuery = ReportFilterQuery.extend({
  cursor: z.string().max(200).optional().describe('Resume after the row carrying this cursor'),
}).strict();
export type ExportReportsQuery = z.infer<typeof ExportReportsQuery>;

/**
 * GET /api/exports/cells.{csv,geojson,ndjson}: report counts per H3 cell at `res`, ordered by cell,
 * resumable after the row carrying `cursor`. Example: `?res=8&status=new`.
 */
export const ExportCellsQuery = CellsQuery.extend({
  cursor: z.string().max(40).optional().describe('Resume after the row carrying this cursor'),
}).strict();
export type ExportCellsQuery = z.infer<typeof ExportCellsQuery>;

/** One row of the cells export. Example: `{ cell: '88415…', res: 8, count: 12, cursor: '88415…' }`. */
export const CellExportRow = z
  .object({
    cell: z.string(),
    res: z.number().int(),
    count: z.number().int().positive(),
    cursor: z.string().describe('Pass as `cursor` to resume after this row'),
  })
  .describe('Cell count row of an export');
export type CellExportRow = z.infer<typeof CellExportRow>;
