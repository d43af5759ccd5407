import type { Context } from 'hono';
import { z } from 'zod';
import { ExportCellsQuery, ExportFormat, ExportReportsQuery } from '../contracts/exports.js';
import { parseOr400 } from '../http/errors.js';
import { failure, route, routes } from '../http/route.js';
import type { ExportFile, ExportsService } from './exports.service.js';
import { pagedBody } from './stream.js';

const Format = z.object({ format: z.string().describe('File format: csv, geojson or ndjson') });
const BAD_EXPORT = failure(
  'Unknown format or a parameter is invalid (`validation_failed`), or a bad cursor (`invalid_cursor`)',
);

const streamed = (what: string) => ({
  description: `${what}, streamed in the chosen format: CSV, a GeoJSON FeatureCollection, or one JSON object per line`,
  headers: {
    'Content-Disposition': { description: '`attachment; filename="…"`', schema: { type: 'string' as const } },
  },
  content: {
    'text/csv': { schema: { type: 'string' as const } },
    'application/geo+json': { schema: { type: 'object' as const } },
    'application/x-ndjson': { schema: { type: 'string' as const } },
  },
});

// The path parameter holds the whole file name (`reports.csv`); the document shows `/reports.{format}`.
const reports = route({
  method: 'get',
  path: '/:format{reports\\.[a-z]+}',
  tags: ['exports'],
  summary: 'Every report matching the list’s filters, as a file (no personal data)',
  request: { params: Format, query: ExportReportsQuery },
  responses: { 200: streamed('Reports, newest first'), 400: BAD_EXPORT },
});

const cells = route({
  method: 'get',
  path: '/:format{cells\\.[a-z]+}',
  tags: ['exports'],
  summary: 'Report counts per H3 cell, as a file',
  request: { params: Format, query: ExportCellsQuery },
  responses: { 200: streamed('Rows of `{ cell, res, count, cursor }`, by cell'), 400: BAD_EXPORT },
});

function streamedFile<T>(c: Context, file: ExportFile<T>): Response {
  return c.body(pagedBody(file.pages, file.encoder), 200, {
    'content-type': file.encoder.contentType,
    'content-disposition': `attachment; filename="${file.name}"`,
    'cache-control': 'no-store',
  });
}

const formatOf = (file: string) => parseOr400(ExportFormat, file.slice(file.indexOf('.') + 1), 'export format');

/** Streamed exports of the reports list and of the per-cell counts. */
export function exportsRoutes(exports: ExportsService) {
  return routes()
    .openapi(reports, (c) => {
      const format = formatOf(c.req.valid('param').format);
      return streamedFile(c, exports.reports(format, c.req.valid('query')));
    })
    .openapi(cells, (c) => {
      const format = formatOf(c.req.valid('param').format);
      return streamedFile(c, exports.cells(format, c.req.valid('query')));
    });
}
