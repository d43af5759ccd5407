// Staff handling a report (actions, state, holdings, audit, overdue), dispatch, and the citizen's rating.
import { z } from 'zod';
import { OverdueQuery } from '../contracts/deadlines.js';
import { AssignInput, RecommendationQuery } from '../contracts/dispatch.js';
import { RatingInput, ReportCommand } from '../contracts/workflow.js';
import { BAD_BODY, BAD_QUERY, error, type RouteDoc } from './route-doc.js';

const reportId = { id: { schema: z.string().uuid(), description: 'Report id' } };
const NO_REPORT = error('No such report (`report_not_found`)');
const COMMANDS = ReportCommand.options.map((o) => `report.${o.shape.action.value}` as const);
const PHOTO_ERRORS = {
  400: error('Not JSON (`invalid_json`), an unreadable form (`invalid_multipart`) or invalid (`validation_failed`)'),
  413: error('The photo is too large (`file_too_large`)'),
  415: error(
    'Neither JSON nor multipart (`unsupported_content_type`), or a photo that is not JPEG/PNG/WebP (`unsupported_media_type`, `invalid_image`)',
  ),
};

export const HANDLING_ROUTES: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/reports/overdue',
    tag: 'handling',
    summary: 'Open reports past their due time, most late first',
    security: { actions: ['report.read_internal'], note: 'Unit staff always get their own unit’s.' },
    query: OverdueQuery,
    responses: { 200: { description: 'Overdue reports', schema: 'OverdueResponse' }, 400: BAD_QUERY },
  },
  {
    method: 'post',
    path: '/api/reports/{id}/actions',
    tag: 'handling',
    summary: 'Act on a report: receive, start, resolve, transfer … (JSON, or multipart with an after photo)',
    security: {
      actions: COMMANDS,
      note: 'The action checked is `report.<command action>`, against the report’s unit.',
    },
    pathParams: reportId,
    body: {
      schema: ReportCommand,
      contentTypes: ['application/json', 'multipart/form-data'],
      description: 'The command as JSON; or multipart with the command in a `command` part and an `after` photo',
      parts: {
        command: { description: 'The command, as JSON text', contentType: 'application/json' },
        after: { description: 'After photo (resolve), JPEG/PNG/WebP', contentType: 'image/*', file: true },
      },
    },
    responses: {
      200: { description: 'The report after the action', schema: 'PublicReport' },
      ...PHOTO_ERRORS,
      404: NO_REPORT,
      409: error('The report’s status does not allow this action (`illegal_transition`)'),
      422: error(
        'A resolve needs an after photo (`after_photo_required`); unknown or same unit (`unknown_unit`, `same_unit`); bad original (`invalid_original`)',
      ),
    },
  },
  {
    method: 'get',
    path: '/api/reports/{id}/staff',
    tag: 'handling',
    summary: 'A report as staff see it: handling state, allowed actions, contact if allowed',
    security: {
      actions: ['report.read_internal'],
      note: 'The reporter’s contact only with `report.read_contact`.',
    },
    pathParams: reportId,
    responses: { 200: { description: 'The report', schema: 'StaffReport' }, 404: NO_REPORT },
  },
  {
    method: 'get',
    path: '/api/reports/{id}/holdings',
    tag: 'handling',
    summary: 'Which unit held the report, from when to when',
    security: { actions: ['report.read_internal'] },
    pathParams: reportId,
    responses: { 200: { description: 'Holdings', schema: 'HoldingList' }, 404: NO_REPORT },
  },
  {
    method: 'get',
    path: '/api/reports/{id}/audit',
    tag: 'handling',
    summary: 'Audit trail: every event of the report with who did it',
    security: { actions: ['report.audit'] },
    pathParams: reportId,
    responses: { 200: { description: 'Audit trail', schema: 'AuditTrail' }, 404: NO_REPORT },
  },
  {
    method: 'get',
    path: '/api/reports/{id}/recommendations',
    tag: 'dispatch',
    summary: 'Teams recommended for a report, best first',
    security: { actions: ['dispatch.recommend'] },
    pathParams: reportId,
    query: RecommendationQuery,
    responses: {
      200: { description: 'Recommendations', schema: 'Recommendations' },
      400: BAD_QUERY,
      404: NO_REPORT,
    },
  },
  {
    method: 'post',
    path: '/api/reports/{id}/assign',
    tag: 'dispatch',
    summary: 'Send a team to a report',
    security: { actions: ['report.assign'] },
    pathParams: reportId,
    body: { schema: AssignInput, contentTypes: ['application/json'], description: 'The team' },
    responses: {
      200: { description: 'The report and the team after the assignment', schema: 'Assignment' },
      400: BAD_BODY,
      404: error('No such report (`report_not_found`) or team (`team_not_found`)'),
      409: error(
        'The team is not available (`team_unavailable`), the status does not allow it (`illegal_transition`), or a concurrent change (`assignment_conflict`)',
      ),
    },
  },
  {
    method: 'post',
    path: '/api/track/{code}/rating',
    tag: 'reports',
    summary: 'Rate a resolved report with its tracking code (JSON, or multipart with a photo)',
    pathParams: { code: { schema: z.string().max(20), description: 'Tracking code, e.g. K3F9Q-7ZP2M' } },
    body: {
      schema: RatingInput,
      contentTypes: ['application/json', 'multipart/form-data'],
      description: 'The rating as JSON; or multipart with the rating in a `rating` part and a `photo`',
      parts: {
        rating: { description: 'The rating, as JSON text', contentType: 'application/json' },
        photo: { description: 'A photo, JPEG/PNG/WebP', contentType: 'image/*', file: true },
      },
    },
    responses: {
      201: { description: 'Recorded', schema: 'Rating' },
      ...PHOTO_ERRORS,
      404: error('No such code (`tracking_code_not_found`)'),
      409: error('The report cannot be rated now (`not_ratable`)'),
    },
  },
];
