import { bodyLimit } from 'hono/body-limit';
import { ID_SEGMENT } from '../contracts/common.js';
import { z } from 'zod';
import type { Config } from '../config.js';
import {
  IdempotencyKey,
  ReportCreated,
  ReportCreateInput,
  ReportDetail,
  ReportListQuery,
  ReportPage,
  TrackedReport,
} from '../contracts/report.js';
import { AppError } from '../http/errors.js';
import { BAD_QUERY, docOnly, failure, json, multipart, notFoundOnBadPath, route, routes } from '../http/route.js';
import { reportNotFound, trackingCodeNotFound } from './errors.js';
import { readIntake } from './intake.js';
import type { ReportsService } from './reports.service.js';

export const ReportIdParam = z.object({ id: z.string().uuid().describe('Report id') });

const create = route({
  method: 'post',
  path: '/',
  tags: ['reports'],
  summary: 'Send a report (JSON, or multipart with up to 5 photos)',
  request: {
    headers: z.object({ 'idempotency-key': IdempotencyKey.optional() }),
    body: {
      required: true,
      description:
        'JSON as described; multipart carries the same fields (or a `report` JSON part) plus photo files (JPEG/PNG/WebP, ≤ 10 MB each)',
      content: {
        'application/json': { schema: docOnly(ReportCreateInput) },
        'multipart/form-data': multipart({
          report: {
            description: 'The report, as JSON text',
            contentType: 'application/json',
            schema: ReportCreateInput,
          },
          photos: { description: 'Photo files, JPEG/PNG/WebP', contentType: 'image/*' },
        }),
      },
    },
  },
  responses: {
    201: {
      ...json(ReportCreated, 'Committed, with the tracking code'),
      headers: {
        'Idempotent-Replayed': {
          description: '`true` when this answers an earlier request with the same key',
          schema: { type: 'string' },
        },
      },
    },
    400: failure('Invalid report, unknown category, bad image or too many files'),
    413: failure('Body or a photo too large'),
    415: failure('Neither JSON nor multipart'),
    422: failure('Outside the served area, or an Idempotency-Key reused for another report'),
  },
});

const list = route({
  method: 'get',
  path: '/',
  tags: ['reports'],
  summary: 'Reports, newest first, with cursor pagination',
  request: { query: ReportListQuery },
  responses: { 200: json(ReportPage, 'One page'), 400: BAD_QUERY },
});

const get = route({
  method: 'get',
  path: `/${ID_SEGMENT}`,
  tags: ['reports'],
  summary: 'One report with its ward and photos (no personal data)',
  request: { params: ReportIdParam },
  responses: { 200: json(ReportDetail, 'The report'), 404: failure('No such report (`report_not_found`)') },
});

/** The citizen's side of /api/reports: send a report, list them, read one. */
export function reportsRoutes(reports: ReportsService, limits: Config['upload']) {
  const maxBody = limits.maxFiles * limits.maxFileBytes + 1024 * 1024;
  const mb = Math.round(maxBody / 1024 / 1024);
  const tooLarge = () => {
    throw new AppError(413, 'payload_too_large', {
      vi: `Yêu cầu lớn hơn ${mb} MB. Hãy gửi ít ảnh hơn hoặc ảnh nhỏ hơn.`,
      en: `The request is larger than ${mb} MB. Send fewer or smaller photos.`,
    });
  };
  const app = routes();
  app.use('/', bodyLimit({ maxSize: maxBody, onError: tooLarge }));
  return app
    .openapi(create, async (c) => {
      const key = c.req.valid('header')['idempotency-key'] ?? null;
      const { input, uploads } = await readIntake(c, limits);
      const [report, created] = await reports.create(input, uploads, key);
      if (!created) c.header('Idempotent-Replayed', 'true');
      return c.json(report, 201);
    })
    .openapi(list, async (c) => c.json(await reports.list(c.req.valid('query')), 200))
    .openapi(get, async (c) => {
      const report = await reports.get(c.req.valid('param').id);
      if (!report) throw reportNotFound();
      return c.json(report, 200);
    });
}

export const TrackingCodeParam = z.object({
  code: z.string().max(20).describe('Tracking code, e.g. K3F9Q-7ZP2M'),
});

const track = route({
  method: 'get',
  path: '/:code',
  tags: ['reports'],
  summary: 'Public status and timeline for a tracking code',
  request: { params: TrackingCodeParam },
  responses: {
    200: json(TrackedReport, 'Status and timeline'),
    404: failure('No such code (`tracking_code_not_found`)'),
  },
});

/** GET /api/track/{code}: what the citizen follows with the code on their receipt. */
export function trackRoutes(reports: ReportsService) {
  return routes().openapi(
    track,
    async (c) => {
      const tracked = await reports.track(c.req.valid('param').code);
      if (!tracked) throw trackingCodeNotFound();
      return c.json(tracked, 200);
    },
    notFoundOnBadPath(trackingCodeNotFound), // a code too long to exist is simply not found
  );
}
