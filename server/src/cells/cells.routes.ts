import { CellsQuery, CellsResponse } from '../contracts/cells.js';
import { CellSeriesQuery, CellSeriesResponse } from '../contracts/planning.js';
import { BAD_QUERY, failure, json, route, routes } from '../http/route.js';
import type { PlanningService } from '../planning/planning.service.js';
import type { CellsService } from './cells.service.js';

const count = route({
  method: 'get',
  path: '/',
  tags: ['analysis'],
  summary: 'Report counts per H3 cell',
  request: { query: CellsQuery },
  responses: { 200: json(CellsResponse, 'Counts per cell'), 400: BAD_QUERY },
});

const series = route({
  method: 'get',
  path: '/series',
  tags: ['analysis'],
  summary: 'Report counts per H3 cell per day or week (the planning time slider)',
  request: { query: CellSeriesQuery },
  responses: {
    200: json(CellSeriesResponse, 'One frame per bucket, and the largest count over all frames'),
    400: failure(
      'A parameter is invalid, `to` is not after `from` (`invalid_period`) or the period has too many buckets (`too_many_buckets`)',
    ),
  },
});

/** /api/cells: counts per cell now, and per cell per bucket for the planning slider. */
export function cellsRoutes(cells: CellsService, trends: PlanningService) {
  return routes()
    .openapi(count, async (c) => c.json(await cells.count(c.req.valid('query')), 200))
    .openapi(series, async (c) => c.json(await trends.cellSeries(c.req.valid('query')), 200));
}
