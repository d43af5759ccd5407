import { Hono, type Context } from 'hono';
import { ExportCellsQuery, ExportFormat, ExportReportsQuery } from '../contracts/exports.js';
import type { Db } from '../db/pool.js';
import { parseOr400 } from '../http/errors.js';
import { cellEncoders, reportEncoders, type Encoder } from './encoders.js';
import { cellPages, EXPORT_PAGE_SIZE, reportPages } from './exports.service.js';
import { pagedBody } from './stream.js';

function streamed<T>(c: Context, name: string, encoder: Encoder<T>, pages: AsyncGenerator<T[]>): Response {
  return c.body(pagedBody(pages, encoder), 200, {
    'content-type': encoder.contentType,
    'content-disposition': `attachment; filename="${name}"`,
    'cache-control': 'no-store',
  });
}

/** Streamed exports of the reports list and of the per-cell counts; `pageSize` is for tests. */
export function exportsRoutes(db: Db, pageSize = EXPORT_PAGE_SIZE) {
  return new Hono()
    .get('/:file{reports\\.[a-z]+}', (c) => {
      const format = parseOr400(ExportFormat, c.req.param('file').slice('reports.'.length), 'export format');
      const q = parseOr400(ExportReportsQuery, c.req.query(), 'export query');
      return streamed(c, `reports.${format}`, reportEncoders[format], reportPages(db, q, pageSize));
    })
    .get('/:file{cells\\.[a-z]+}', (c) => {
      const format = parseOr400(ExportFormat, c.req.param('file').slice('cells.'.length), 'export format');
      const q = parseOr400(ExportCellsQuery, c.req.query(), 'export query');
      return streamed(c, `cells-r${q.res}.${format}`, cellEncoders[format], cellPages(db, q, pageSize));
    });
}
