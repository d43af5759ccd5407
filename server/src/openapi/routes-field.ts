// Units and their leaderboard, field teams, and the streamed exports.
import { z } from 'zod';
import { UnitStatsQuery } from '../contracts/deadlines.js';
import { UnitTrendQuery } from '../contracts/unit-trend.js';
import { ExportCellsQuery, ExportFormat, ExportReportsQuery } from '../contracts/exports.js';
import { TeamCreateInput, TeamListQuery, TeamPositionInput, TeamStatusInput } from '../contracts/team.js';
import { BAD_BODY, BAD_QUERY, error, type ResponseDoc, type RouteDoc } from './route-doc.js';

const teamId = { id: { schema: z.string().uuid(), description: 'Team id' } };
const NO_TEAM = error('No such team (`team_not_found`)');
const format = { format: { schema: ExportFormat, description: 'File format: csv, geojson or ndjson' } };
const BAD_EXPORT = error(
  'Unknown format or a parameter is invalid (`validation_failed`), or a bad cursor (`invalid_cursor`)',
);

const streamed = (what: string): ResponseDoc => ({
  description: `${what}, streamed in the chosen format: CSV, a GeoJSON FeatureCollection, or one JSON object per line`,
  contentType: ['text/csv', 'application/geo+json', 'application/x-ndjson'],
  headers: { 'Content-Disposition': '`attachment; filename="…"`' },
});

export const FIELD_ROUTES: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/units',
    tag: 'reference',
    summary: 'Every unit (wards and departments), e.g. to pick where to transfer a report',
    responses: { 200: { description: 'Units', schema: 'UnitList' } },
  },
  {
    method: 'get',
    path: '/api/units/stats',
    tag: 'analysis',
    summary: 'Leaderboard: each unit’s overdue, on-time and satisfaction figures for a period',
    security: { actions: ['stats.read'], note: 'Unit staff get their own unit’s line only.' },
    query: UnitStatsQuery,
    responses: { 200: { description: 'Units, most overdue first', schema: 'UnitStatsResponse' }, 400: BAD_QUERY },
  },
  {
    method: 'get',
    path: '/api/units/trend',
    tag: 'analysis',
    summary: 'Trend per day or week: received, processed, on time %, newly overdue — of one unit or the city',
    security: { actions: ['stats.read'], note: 'Unit staff always get their own unit’s.' },
    query: UnitTrendQuery,
    responses: {
      200: { description: 'Every bucket of the period, in order', schema: 'UnitTrendResponse' },
      400: error('A parameter is invalid, or the period is backwards or longer than 366 days (`validation_failed`)'),
    },
  },
  {
    method: 'get',
    path: '/api/teams',
    tag: 'dispatch',
    summary: 'Field teams with their live positions and recent tracks',
    security: { actions: ['team.read'], note: 'Unit staff see their own unit’s teams.' },
    query: TeamListQuery,
    responses: { 200: { description: 'Teams', schema: 'TeamList' }, 400: BAD_QUERY },
  },
  {
    method: 'post',
    path: '/api/teams',
    tag: 'dispatch',
    summary: 'Create a field team',
    security: { actions: ['team.manage'] },
    body: { schema: TeamCreateInput, contentTypes: ['application/json'], description: 'The new team' },
    responses: {
      201: { description: 'Created', schema: 'Team' },
      400: error('Not JSON, invalid, an unknown skill (`unknown_category`) or a position outside Hà Nội'),
      422: error('No such unit (`unknown_unit`)'),
    },
  },
  {
    method: 'post',
    path: '/api/teams/{id}/position',
    tag: 'dispatch',
    summary: 'A position fix from the team’s phone',
    security: { actions: ['team.report_position'] },
    pathParams: teamId,
    body: { schema: TeamPositionInput, contentTypes: ['application/json'], description: 'Where and when' },
    responses: {
      200: { description: 'The team with its new position', schema: 'Team' },
      400: error(
        'Not JSON, invalid, or a fix outside Hà Nội, in the future or too old (`position_outside_hanoi`, `position_in_future`, `position_too_old`)',
      ),
      404: NO_TEAM,
    },
  },
  {
    method: 'patch',
    path: '/api/teams/{id}/status',
    tag: 'dispatch',
    summary: 'Set a team’s status',
    security: { actions: ['team.set_status'] },
    pathParams: teamId,
    body: { schema: TeamStatusInput, contentTypes: ['application/json'], description: 'The new status' },
    responses: { 200: { description: 'The team', schema: 'Team' }, 400: BAD_BODY, 404: NO_TEAM },
  },
  {
    method: 'get',
    path: '/api/exports/reports.{format}',
    tag: 'exports',
    summary: 'Every report matching the list’s filters, as a file (no personal data)',
    pathParams: format,
    query: ExportReportsQuery,
    responses: { 200: streamed('Reports, newest first'), 400: BAD_EXPORT },
  },
  {
    method: 'get',
    path: '/api/exports/cells.{format}',
    tag: 'exports',
    summary: 'Report counts per H3 cell, as a file',
    pathParams: format,
    query: ExportCellsQuery,
    responses: { 200: streamed('Rows of `{ cell, res, count, cursor }`, by cell'), 400: BAD_EXPORT },
  },
];
