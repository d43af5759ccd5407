import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { AuthEnv } from '../auth/actor.js';
import { AssignInput, RecommendationQuery } from '../contracts/dispatch.js';
import { jsonBodyOr400, parseOr400 } from '../http/errors.js';
import type { AssignmentService } from './assignment.js';
import { reportNotFound, type DispatchService } from './dispatch.service.js';

const Id = z.string().uuid();

function reportId(c: Context): string {
  const id = c.req.param('id');
  if (!id || !Id.safeParse(id).success) throw reportNotFound();
  return id;
}

/** Mounted at /api/reports beside the report routes: which team should go, and sending it. */
export function dispatchRoutes(dispatch: DispatchService, assignment: AssignmentService) {
  return new Hono<AuthEnv>()
    .get('/:id/recommendations', async (c) => {
      const id = reportId(c);
      const q = parseOr400(RecommendationQuery, c.req.query(), 'recommendation query');
      return c.json(await dispatch.recommend(c.get('actor'), id, q.n));
    })
    .post('/:id/assign', async (c) => {
      const id = reportId(c);
      const input = parseOr400(AssignInput, await jsonBodyOr400(c), 'assignment');
      return c.json(await assignment.assign(c.get('actor'), id, input.teamId));
    });
}
