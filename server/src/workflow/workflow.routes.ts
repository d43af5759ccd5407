import type { z } from 'zod';
import { bodyLimit } from 'hono/body-limit';
import { ID_SEGMENT } from '../contracts/common.js';
import type { Config } from '../config.js';
import { PublicReport, Rating } from '../contracts/report.js';
import { AuditTrail, HoldingList, RatingInput, ReportCommand, StaffReport } from '../contracts/workflow.js';
import { AppError } from '../http/errors.js';
import { docOnly, failure, json, multipart, notFoundOnBadPath, route, routes } from '../http/route.js';
import { reportNotFound, trackingCodeNotFound } from '../reports/errors.js';
import { ReportIdParam, TrackingCodeParam } from '../reports/reports.routes.js';
import { readBodyWithPhoto } from './command-body.js';
import type { RatingService } from './rating.service.js';
import type { StaffService } from './staff.service.js';
import type { WorkflowService } from './workflow.service.js';

const NO_REPORT = failure('No such report (`report_not_found`)');
const COMMANDS = ReportCommand.options.map((o) => `report.${o.shape.action.value}` as const);
const PHOTO_ERRORS = {
  400: failure('Not JSON (`invalid_json`), an unreadable form (`invalid_multipart`) or invalid (`validation_failed`)'),
  413: failure('The photo is too large (`file_too_large`)'),
  415: failure(
    'Neither JSON nor multipart (`unsupported_content_type`), or a photo that is not JPEG/PNG/WebP (`unsupported_media_type`, `invalid_image`)',
  ),
};

/** A JSON body, or multipart with the JSON in `field` and one photo in `photo`, parsed by the handler. */
const withPhoto = (schema: z.ZodType, field: string, photo: string, what: string) => ({
  required: true,
  description: `The ${what} as JSON; or multipart with the ${what} in a \`${field}\` part and a \`${photo}\` photo`,
  content: {
    'application/json': { schema: docOnly(schema) },
    'multipart/form-data': multipart({
      [field]: { description: `The ${what}, as JSON text`, contentType: 'application/json', schema },
      [photo]: { description: 'A photo, JPEG/PNG/WebP', contentType: 'image/*' },
    }),
  },
});

const act = route({
  method: 'post',
  path: `/${ID_SEGMENT}/actions`,
  tags: ['handling'],
  summary: 'Act on a report: receive, start, resolve, transfer … (JSON, or multipart with an after photo)',
  access: { actions: COMMANDS, note: 'The action checked is `report.<command action>`, against the report’s unit.' },
  request: { params: ReportIdParam, body: withPhoto(ReportCommand, 'command', 'after', 'command') },
  responses: {
    200: json(PublicReport, 'The report after the action'),
    ...PHOTO_ERRORS,
    404: NO_REPORT,
    409: failure('The report’s status does not allow this action (`illegal_transition`)'),
    422: failure(
      'A resolve needs an after photo (`after_photo_required`); unknown or same unit (`unknown_unit`, `same_unit`); bad original (`invalid_original`)',
    ),
  },
});

const staffView = route({
  method: 'get',
  path: `/${ID_SEGMENT}/staff`,
  tags: ['handling'],
  summary: 'A report as staff see it: handling state, allowed actions, contact if allowed',
  access: { actions: ['report.read_internal'], note: 'The reporter’s contact only with `report.read_contact`.' },
  request: { params: ReportIdParam },
  responses: { 200: json(StaffReport, 'The report'), 404: NO_REPORT },
});

const holdings = route({
  method: 'get',
  path: `/${ID_SEGMENT}/holdings`,
  tags: ['handling'],
  summary: 'Which unit held the report, from when to when',
  access: { actions: ['report.read_internal'] },
  request: { params: ReportIdParam },
  responses: { 200: json(HoldingList, 'Holdings'), 404: NO_REPORT },
});

const audit = route({
  method: 'get',
  path: `/${ID_SEGMENT}/audit`,
  tags: ['handling'],
  summary: 'Audit trail: every event of the report with who did it',
  access: { actions: ['report.audit'] },
  request: { params: ReportIdParam },
  responses: { 200: json(AuditTrail, 'Audit trail'), 404: NO_REPORT },
});

/** At most one photo and its JSON: refused before the body is read in full. */
function oneUploadLimit(limits: Config['upload']) {
  const maxSize = limits.maxFileBytes + 64 * 1024;
  const mb = Math.round(maxSize / 1024 / 1024);
  return bodyLimit({
    maxSize,
    onError: () => {
      throw new AppError(413, 'payload_too_large', {
        vi: `Yêu cầu lớn hơn ${mb} MB. Hãy gửi một ảnh nhỏ hơn.`,
        en: `The request is larger than ${mb} MB. Send one smaller photo.`,
      });
    },
  });
}

/** Staff's side of a report (under /api/reports): act on it, read its handling state, holdings and audit trail. */
export function workflowRoutes(workflow: WorkflowService, staff: StaffService, limits: Config['upload']) {
  const notFound = notFoundOnBadPath(reportNotFound);
  const app = routes();
  app.use('/:id/actions', oneUploadLimit(limits));
  return app
    .openapi(
      act,
      async (c) => {
        const { value, photo } = await readBodyWithPhoto(c, ReportCommand, 'action', 'command', 'after', limits);
        return c.json(await workflow.act(c.get('actor'), c.req.valid('param').id, value, photo), 200);
      },
      notFound,
    )
    .openapi(staffView, async (c) => c.json(await staff.get(c.get('actor'), c.req.valid('param').id), 200), notFound)
    .openapi(
      holdings,
      async (c) => c.json({ items: await staff.holdings(c.get('actor'), c.req.valid('param').id) }, 200),
      notFound,
    )
    .openapi(
      audit,
      async (c) => c.json({ items: await staff.audit(c.get('actor'), c.req.valid('param').id) }, 200),
      notFound,
    );
}

const rate = route({
  method: 'post',
  path: '/:code/rating',
  tags: ['reports'],
  summary: 'Rate a resolved report with its tracking code (JSON, or multipart with a photo)',
  request: { params: TrackingCodeParam, body: withPhoto(RatingInput, 'rating', 'photo', 'rating') },
  responses: {
    201: json(Rating, 'Recorded'),
    ...PHOTO_ERRORS,
    404: failure('No such code (`tracking_code_not_found`)'),
    409: failure('The report cannot be rated now (`not_ratable`)'),
  },
});

/** The citizen's rating, with the tracking code (no sign-in), under /api/track. */
export function ratingRoutes(ratings: RatingService, limits: Config['upload']) {
  const app = routes();
  app.use('/:code/rating', oneUploadLimit(limits));
  return app.openapi(
    rate,
    async (c) => {
      const { value, photo } = await readBodyWithPhoto(c, RatingInput, 'rating', 'rating', 'photo', limits);
      return c.json(await ratings.rate(c.req.valid('param').code, value, photo), 201);
    },
    notFoundOnBadPath(trackingCodeNotFound),
  );
}
