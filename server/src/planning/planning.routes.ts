import { BreakdownQuery, MonthlyQuery, MonthlyResponse, ReportBreakdown } from '../contracts/planning.js';
import { BAD_QUERY, failure, json, route, routes } from '../http/route.js';
import type { PlanningService } from './planning.service.js';

const monthly = route({
  method: 'get',
  path: '/monthly',
  tags: ['analysis'],
  summary: 'Reports per Hanoi-local month per category',
  request: { query: MonthlyQuery },
  responses: {
    200: json(MonthlyResponse, 'Counts per month and category'),
    400: failure('A parameter is invalid, or `to` is not after `from` (`invalid_period`)'),
  },
});

const breakdown = route({
  method: 'get',
  path: '/breakdown',
  tags: ['analysis'],
  summary: 'Counts of the filtered reports by category and by status (e.g. of one cell)',
  request: { query: BreakdownQuery },
  responses: { 200: json(ReportBreakdown, 'Counts by category and status'), 400: BAD_QUERY },
});

/** Under /api/reports: monthly trends and the breakdown of a filter. */
export function planningReportRoutes(trends: PlanningService) {
  return routes()
    .openapi(monthly, async (c) => c.json(await trends.monthly(c.req.valid('query')), 200))
    .openapi(breakdown, async (c) => c.json(await trends.breakdown(c.req.valid('query')), 200));
}
