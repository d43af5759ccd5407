import { cellResolution, isCell } from '@matthan/geo';
import { countByCellAfter } from '../cells/cells.repository.js';
import type { CellsQuery } from '../contracts/cells.js';
import type { CellExportRow, ExportCellsQuery, ExportFormat, ExportReportsQuery } from '../contracts/exports.js';
import type { ReportFilter } from '../contracts/report.js';
import type { Queryable } from '../db/pool.js';
import { AppError } from '../http/errors.js';
import { decodeCursor, encodeCursor } from '../reports/cursor.js';
import { listReports, type Keyset } from '../reports/reports.repository.js';
import { cellEncoders, reportEncoders, type Encoder, type ReportExportRow } from './encoders.js';

/** Rows per query: large enough that per-query overhead is small, small enough to bound memory. */
export const EXPORT_PAGE_SIZE = 5_000;

/**
 * Every report of a filter after the cursor, newest first, a page per query on the list's own
 * keyset (created_at, id) — the same rows and order GET /api/reports gives. Each row carries the
 * cursor that resumes after it, so a client cut off anywhere restarts from its last whole row.
 */
export function reportPages(
  db: Queryable,
  q: ExportReportsQuery,
  pageSize = EXPORT_PAGE_SIZE,
): AsyncGenerator<ReportExportRow[]> {
  const { cursor, ...filter } = q;
  // Decoded now, not on the first read, so a bad cursor is a 400 before the response starts.
  return reportsAfter(db, filter, cursor ? decodeCursor(cursor) : null, pageSize);
}

async function* reportsAfter(
  db: Queryable,
  filter: ReportFilter,
  start: Keyset | null,
  pageSize: number,
): AsyncGenerator<ReportExportRow[]> {
  let after = start;
  do {
    const page = await listReports(db, filter, pageSize, after);
    if (page.items.length > 0)
      yield page.items.map((r) => ({ ...r, cursor: encodeCursor({ createdAt: r.createdAt, id: r.id }) }));
    after = page.next;
  } while (after);
}

/** Cell counts of a filter at `res`, in cell order, after the cursor (the last cell received). */
export function cellPages(
  db: Queryable,
  q: ExportCellsQuery,
  pageSize = EXPORT_PAGE_SIZE,
): AsyncGenerator<CellExportRow[]> {
  const { cursor, ...filter } = q;
  return cellsAfter(db, filter, cursor ? checkCellCursor(cursor, q.res) : null, pageSize);
}

async function* cellsAfter(
  db: Queryable,
  q: CellsQuery,
  start: string | null,
  pageSize: number,
): AsyncGenerator<CellExportRow[]> {
  let after = start;
  for (;;) {
    const cells = await countByCellAfter(db, q, after, pageSize);
    if (cells.length > 0) yield cells.map((c) => ({ cell: c.cell, res: q.res, count: c.count, cursor: c.cell }));
    if (cells.length < pageSize) return;
    after = cells[cells.length - 1]!.cell;
  }
}

function checkCellCursor(cursor: string, res: number): string {
  if (/^[0-9a-f]{15}$/.test(cursor) && isCell(cursor) && cellResolution(cursor) === res) return cursor;
  throw new AppError(400, 'invalid_cursor', {
    vi: 'Con trỏ không hợp lệ: hãy dùng giá trị cursor của dòng cuối đã nhận, cùng độ phân giải res.',
    en: 'The cursor is not valid: use the cursor of the last row received, with the same res.',
  });
}

/** One export file: its name, its encoder and its rows page by page. */
export interface ExportFile<T> {
  name: string;
  encoder: Encoder<T>;
  pages: AsyncGenerator<T[]>;
}

export interface ExportsService {
  reports(format: ExportFormat, q: ExportReportsQuery): ExportFile<ReportExportRow>;
  cells(format: ExportFormat, q: ExportCellsQuery): ExportFile<CellExportRow>;
}

/** The streamed exports; `pageSize` is for tests. */
export function createExportsService(db: Queryable, pageSize = EXPORT_PAGE_SIZE): ExportsService {
  return {
    reports: (format, q) => ({
      name: `reports.${format}`,
      encoder: reportEncoders[format],
      pages: reportPages(db, q, pageSize),
    }),
    cells: (format, q) => ({
      name: `cells-r${q.res}.${format}`,
      encoder: cellEncoders[format],
      pages: cellPages(db, q, pageSize),
    }),
  };
}
