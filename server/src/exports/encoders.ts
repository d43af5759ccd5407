import { cellBoundary, cellToLngLat } from '@matthan/geo';
import type { CellExportRow, ExportFormat } from '../contracts/exports.js';
import type { PublicReport } from '../contracts/report.js';
import { csvRecord, UTF8_BOM } from './csv.js';

/** How one format frames rows: written as `head`, rows joined by `separator`, then `tail`. */
export interface Encoder<T> {
  contentType: string;
  head: string;
  separator: string;
  row(item: T): string;
  tail: string;
}

export type ReportExportRow = PublicReport & { cursor: string };

const REPORT_COLUMNS = [
  'id',
  'category',
  'description',
  'lng',
  'lat',
  'h3Cell',
  'wardCode',
  'unitCode',
  'status',
  'priority',
  'createdAt',
  'updatedAt',
  'mediaCount',
  'dueAt',
  'resolvedAt',
  'linkedTo',
  'meTooCount',
  'cursor',
] as const;

const CELL_COLUMNS = ['cell', 'res', 'count', 'lng', 'lat', 'cursor'] as const;

const featureCollection = { head: '{"type":"FeatureCollection","features":[\n', separator: ',\n', tail: '\n]}\n' };
const lines = { head: '', separator: '', tail: '' };

function reportCsv(r: ReportExportRow): string {
  const [lng, lat] = r.location;
  return csvRecord([
    r.id,
    r.category,
    r.description,
    lng,
    lat,
    r.h3Cell,
    r.wardCode,
    r.unitCode,
    r.status,
    r.priority,
    r.createdAt,
    r.updatedAt,
    r.mediaCount,
    r.dueAt ?? '',
    r.resolvedAt ?? '',
    r.linkedTo ?? '',
    r.meTooCount,
    r.cursor,
  ]);
}

function reportFeature(r: ReportExportRow): string {
  const { location, ...properties } = r;
  return JSON.stringify({ type: 'Feature', id: r.id, geometry: { type: 'Point', coordinates: location }, properties });
}

function cellCsv(c: CellExportRow): string {
  const [lng, lat] = cellToLngLat(c.cell);
  return csvRecord([c.cell, c.res, c.count, lng, lat, c.cursor]);
}

function cellFeature(c: CellExportRow): string {
  const ring = cellBoundary(c.cell);
  const geometry = { type: 'Polygon', coordinates: [[...ring, ring[0]]] };
  return JSON.stringify({ type: 'Feature', id: c.cell, geometry, properties: c });
}

const csv = (columns: readonly string[]) => ({
  contentType: 'text/csv; charset=utf-8',
  head: UTF8_BOM + csvRecord([...columns]),
  separator: '',
  tail: '',
});
const geojson = { contentType: 'application/geo+json; charset=utf-8', ...featureCollection };
const ndjson = { contentType: 'application/x-ndjson; charset=utf-8', ...lines };

export const reportEncoders: Record<ExportFormat, Encoder<ReportExportRow>> = {
  csv: { ...csv(REPORT_COLUMNS), row: reportCsv },
  geojson: { ...geojson, row: reportFeature },
  ndjson: { ...ndjson, row: (r) => `${JSON.stringify(r)}\n` },
};

export const cellEncoders: Record<ExportFormat, Encoder<CellExportRow>> = {
  csv: { ...csv(CELL_COLUMNS), row: cellCsv },
  geojson: { ...geojson, row: cellFeature },
  ndjson: { ...ndjson, row: (c) => `${JSON.stringify(c)}\n` },
};
