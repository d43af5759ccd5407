// The one table of the HTTP API for its description: each route with the zod schemas of
// server/src/contracts that its handler parses and returns. A new route is one entry in one of
// the routes-*.ts tables, by area.
import { z } from 'zod';
import { CellsQuery } from '../contracts/cells.js';
import { EmergingQuery, HotspotsQuery } from '../contracts/hotspots.js';
import { BreakdownQuery, CellSeriesQuery, MonthlyQuery } from '../contracts/trends.js';
import { IdempotencyKey, ReportCreateInput, ReportListQuery } from '../contracts/report.js';
import { ADMIN_ROUTES } from './routes-admin.js';
import { ACCESS_ROUTES } from './routes-access.js';
import { FIELD_ROUTES } from './routes-field.js';
import { HANDLING_ROUTES } from './routes-handling.js';
import { BAD_QUERY, error, type RouteDoc } from './route-doc.js';

export { COMPONENTS, type ComponentName } from './components.js';
export type { ResponseDoc, RouteDoc } from './route-doc.js';

const PUBLIC_ROUTES: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/health',
    tag: 'meta',
    summary: 'Health of the server and its database',
    responses: {
      200: { description: 'Serving, schema current', schema: 'Health' },
      503: { description: 'Database unreachable or migrations pending', schema: 'Health' },
    },
  },
  {
    method: 'get',
    path: '/api/config',
    tag: 'meta',
    summary: 'Map settings for the dashboard',
    responses: { 200: { description: 'Map settings', schema: 'MapConfig' } },
  },
  {
    method: 'get',
    path: '/api/categories',
    tag: 'reference',
    summary: 'Report categories',
    responses: { 200: { description: 'Every active category', schema: 'CategoryList' } },
  },
  {
    method: 'get',
    path: '/api/wards',
    tag: 'reference',
    summary: 'The 126 wards and communes as GeoJSON (basemap)',
    responses: { 200: { description: 'Ward boundaries', schema: 'Wards', contentType: 'application/geo+json' } },
  },
  {
    method: 'get',
    path: '/api/cells',
    tag: 'analysis',
    summary: 'Report counts per H3 cell',
    query: CellsQuery,
    responses: { 200: { description: 'Counts per cell', schema: 'CellsResponse' }, 400: BAD_QUERY },
  },
  {
    method: 'get',
    path: '/api/cells/series',
    tag: 'analysis',
    summary: 'Report counts per H3 cell per day or week (the planning time slider)',
    query: CellSeriesQuery,
    responses: {
      200: { description: 'One frame per bucket, and the largest count over all frames', schema: 'CellSeriesResponse' },
      400: error(
        'A parameter is invalid, `to` is not after `from` (`invalid_period`) or the period has too many buckets (`too_many_buckets`)',
      ),
    },
  },
  {
    method: 'get',
    path: '/api/reports/monthly',
    tag: 'analysis',
    summary: 'Reports per Hanoi-local month per category',
    query: MonthlyQuery,
    responses: {
      200: { description: 'Counts per month and category', schema: 'MonthlyResponse' },
      400: error('A parameter is invalid, or `to` is not after `from` (`invalid_period`)'),
    },
  },
  {
    method: 'get',
    path: '/api/reports/breakdown',
    tag: 'analysis',
    summary: 'Counts of the filtered reports by category and by status (e.g. of one cell)',
    query: BreakdownQuery,
    responses: { 200: { description: 'Counts by category and status', schema: 'ReportBreakdown' }, 400: BAD_QUERY },
  },
  {
    method: 'get',
    path: '/api/hotspots',
    tag: 'analysis',
    summary: 'Statistical hotspots (Getis-Ord Gi*, FDR-corrected)',
    query: HotspotsQuery,
    responses: { 200: { description: 'Significant cells', schema: 'HotspotsResponse' }, 400: BAD_QUERY },
  },
  {
    method: 'get',
    path: '/api/hotspots/emerging',
    tag: 'analysis',
    summary: 'Emerging hot and cold spots over time windows',
    query: EmergingQuery,
    responses: { 200: { description: 'Cells with a pattern', schema: 'EmergingResponse' }, 400: BAD_QUERY },
  },
  {
    method: 'post',
    path: '/api/reports',
    tag: 'reports',
    summary: 'Send a report (JSON, or multipart with up to 5 photos)',
    headers: {
      'Idempotency-Key': { schema: IdempotencyKey, description: IdempotencyKey.description! },
    },
    body: {
      schema: ReportCreateInput,
      contentTypes: ['application/json', 'multipart/form-data'],
      description:
        'JSON as described; multipart carries the same fields (or a `report` JSON part) plus photo files (JPEG/PNG/WebP, ≤ 10 MB each)',
    },
    responses: {
      201: { description: 'Committed, with the tracking code', schema: 'ReportCreated' },
      400: error('Invalid report, unknown category, bad image or too many files'),
      413: error('Body or a photo too large'),
      415: error('Neither JSON nor multipart'),
      422: error('Outside the served area, or an Idempotency-Key reused for another report'),
    },
  },
  {
    method: 'get',
    path: '/api/reports',
    tag: 'reports',
    summary: 'Reports, newest first, with cursor pagination',
    query: ReportListQuery,
    responses: { 200: { description: 'One page', schema: 'ReportPage' }, 400: BAD_QUERY },
  },
  {
    method: 'get',
    path: '/api/reports/{id}',
    tag: 'reports',
    summary: 'One report with its ward and photos (no personal data)',
    pathParams: { id: { schema: z.string().uuid(), description: 'Report id' } },
    responses: { 200: { description: 'The report', schema: 'ReportDetail' }, 404: error('No such report') },
  },
  {
    method: 'get',
    path: '/api/track/{code}',
    tag: 'reports',
    summary: 'Public status and timeline for a tracking code',
    pathParams: { code: { schema: z.string().max(20), description: 'Tracking code, e.g. K3F9Q-7ZP2M' } },
    responses: { 200: { description: 'Status and timeline', schema: 'TrackedReport' }, 404: error('No such code') },
  },
  {
    method: 'get',
    path: '/api/openapi.json',
    tag: 'meta',
    summary: 'This OpenAPI 3.1 document',
    responses: { 200: { description: 'The document', contentType: 'application/json' } },
  },
  {
    method: 'get',
    path: '/api/docs',
    tag: 'meta',
    summary: 'This document as a readable page (works offline)',
    responses: { 200: { description: 'HTML page', contentType: 'text/html' } },
  },
];

/** Every /api route the app serves. */
export const ROUTES: RouteDoc[] = [
  ...PUBLIC_ROUTES,
  ...ACCESS_ROUTES,
  ...HANDLING_ROUTES,
  ...FIELD_ROUTES,
  ...ADMIN_ROUTES,
];
