import { AssignInput, Assignment, RecommendationQuery, Recommendations } from '../contracts/dispatch.js';
import { ID_SEGMENT } from '../contracts/common.js';
import { BAD_BODY, BAD_QUERY, failure, json, jsonBody, notFoundOnBadPath, route, routes } from '../http/route.js';
import { reportNotFound } from '../reports/errors.js';
import { ReportIdParam } from '../reports/reports.routes.js';
import type { AssignmentService } from './assignment.js';
import type { DispatchService } from './dispatch.service.js';

const recommend = route({
  method: 'get',
  path: `/${ID_SEGMENT}/recommendations`,
  tags: ['dispatch'],
  summary: 'Teams recommended for a report, best first',
  access: { actions: ['dispatch.recommend'] },
  request: { params: ReportIdParam, query: RecommendationQuery },
  responses: {
    200: json(Recommendations, 'Recommendations'),
    400: BAD_QUERY,
    404: failure('No such report (`report_not_found`)'),
  },
});

const assign = route({
  method: 'post',
  path: `/${ID_SEGMENT}/assign`,
  tags: ['dispatch'],
  summary: 'Send a team to a report',
  access: { actions: ['report.assign'] },
  request: { params: ReportIdParam, body: jsonBody(AssignInput, 'The team') },
  responses: {
    200: json(Assignment, 'The report and the team after the assignment'),
    400: BAD_BODY,
    404: failure('No such report (`report_not_found`) or team (`team_not_found`)'),
    409: failure(
      'The team is not available (`team_unavailable`), the status does not allow it (`illegal_transition`), or a concurrent change (`assignment_conflict`)',
    ),
  },
});

/** Under /api/reports: which team should go, and sending it. */
export function dispatchRoutes(dispatch: DispatchService, assignment: AssignmentService) {
  const notFound = notFoundOnBadPath(reportNotFound);
  return routes()
    .openapi(
      recommend,
      async (c) =>
        c.json(await dispatch.recommend(c.get('actor'), c.req.valid('param').id, c.req.valid('query').n), 200),
      notFound,
    )
    .openapi(
      assign,
      async (c) => {
        const { id } = c.req.valid('param');
        return c.json(await assignment.assign(c.get('actor'), id, c.req.valid('json').teamId), 200);
      },
      notFound,
    );
}
