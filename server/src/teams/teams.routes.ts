import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { AuthEnv } from '../auth/actor.js';
import { TeamCreateInput, TeamListQuery, TeamPositionInput, TeamStatusInput } from '../contracts/team.js';
import { jsonBodyOr400, parseOr400 } from '../http/errors.js';
import { teamNotFound, type TeamsService } from './teams.service.js';

const Id = z.string().uuid();

function teamId(c: Context): string {
  const id = c.req.param('id');
  if (!id || !Id.safeParse(id).success) throw teamNotFound();
  return id;
}

/** /api/teams: field teams, their live positions (from the team's phone) and their status. */
export function teamsRoutes(teams: TeamsService) {
  return new Hono<AuthEnv>()
    .get('/', async (c) => {
      const q = parseOr400(TeamListQuery, c.req.query(), 'team query');
      return c.json(await teams.list(c.get('actor'), q.unit));
    })
    .post('/', async (c) => {
      const input = parseOr400(TeamCreateInput, await jsonBodyOr400(c), 'team');
      return c.json(await teams.create(c.get('actor'), input), 201);
    })
    .post('/:id/position', async (c) => {
      const id = teamId(c);
      const input = parseOr400(TeamPositionInput, await jsonBodyOr400(c), 'position');
      return c.json(await teams.reportPosition(c.get('actor'), id, input));
    })
    .patch('/:id/status', async (c) => {
      const id = teamId(c);
      const input = parseOr400(TeamStatusInput, await jsonBodyOr400(c), 'team status');
      return c.json(await teams.setStatus(c.get('actor'), id, input.status));
    });
}
