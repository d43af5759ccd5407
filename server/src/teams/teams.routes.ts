import { z } from 'zod';
import { ID_SEGMENT } from '../contracts/common.js';
import {
  Team,
  TeamCreateInput,
  TeamList,
  TeamListQuery,
  TeamPositionInput,
  TeamStatusInput,
} from '../contracts/team.js';
import { BAD_BODY, BAD_QUERY, failure, json, jsonBody, notFoundOnBadPath, route, routes } from '../http/route.js';
import { teamNotFound, type TeamsService } from './teams.service.js';

const TeamId = z.object({ id: z.string().uuid().describe('Team id') });
const NO_TEAM = failure('No such team (`team_not_found`)');

const list = route({
  method: 'get',
  path: '/',
  tags: ['dispatch'],
  summary: 'Field teams with their live positions and recent tracks',
  access: { actions: ['team.read'], note: 'Unit staff see their own unit’s teams.' },
  request: { query: TeamListQuery },
  responses: { 200: json(TeamList, 'Teams'), 400: BAD_QUERY },
});

const create = route({
  method: 'post',
  path: '/',
  tags: ['dispatch'],
  summary: 'Create a field team',
  access: { actions: ['team.manage'] },
  request: { body: jsonBody(TeamCreateInput, 'The new team') },
  responses: {
    201: json(Team, 'Created'),
    400: failure('Not JSON, invalid, an unknown skill (`unknown_category`) or a position outside Hà Nội'),
    422: failure('No such unit (`unknown_unit`)'),
  },
});

const position = route({
  method: 'post',
  path: `/${ID_SEGMENT}/position`,
  tags: ['dispatch'],
  summary: 'A position fix from the team’s phone',
  access: { actions: ['team.report_position'] },
  request: { params: TeamId, body: jsonBody(TeamPositionInput, 'Where and when') },
  responses: {
    200: json(Team, 'The team with its new position'),
    400: failure(
      'Not JSON, invalid, or a fix outside Hà Nội, in the future or too old (`position_outside_hanoi`, `position_in_future`, `position_too_old`)',
    ),
    404: NO_TEAM,
  },
});

const status = route({
  method: 'patch',
  path: `/${ID_SEGMENT}/status`,
  tags: ['dispatch'],
  summary: 'Set a team’s status',
  access: { actions: ['team.set_status'] },
  request: { params: TeamId, body: jsonBody(TeamStatusInput, 'The new status') },
  responses: { 200: json(Team, 'The team'), 400: BAD_BODY, 404: NO_TEAM },
});

/** /api/teams: field teams, their live positions (from the team's phone) and their status. */
export function teamsRoutes(teams: TeamsService) {
  const notFound = notFoundOnBadPath(teamNotFound);
  return routes()
    .openapi(list, async (c) => c.json(await teams.list(c.get('actor'), c.req.valid('query').unit), 200))
    .openapi(create, async (c) => c.json(await teams.create(c.get('actor'), c.req.valid('json')), 201))
    .openapi(
      position,
      async (c) =>
        c.json(await teams.reportPosition(c.get('actor'), c.req.valid('param').id, c.req.valid('json')), 200),
      notFound,
    )
    .openapi(
      status,
      async (c) =>
        c.json(await teams.setStatus(c.get('actor'), c.req.valid('param').id, c.req.valid('json').status), 200),
      notFound,
    );
}
