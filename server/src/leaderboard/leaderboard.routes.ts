import { OverdueQuery, OverdueResponse, UnitStatsQuery, UnitStatsResponse } from '../contracts/leaderboard.js';
import { UnitTrendQuery, UnitTrendResponse } from '../contracts/leaderboard.js';
import { BAD_QUERY, failure, json, route, routes } from '../http/route.js';
import type { LeaderboardService } from './stats.service.js';

const STATS = { actions: ['stats.read'] } as const;

const stats = route({
  method: 'get',
  path: '/stats',
  tags: ['analysis'],
  summary: 'Leaderboard: each unit’s overdue, on-time and satisfaction figures for a period',
  access: { ...STATS, note: 'Unit staff get their own unit’s line only.' },
  request: { query: UnitStatsQuery },
  responses: { 200: json(UnitStatsResponse, 'Units, most overdue first'), 400: BAD_QUERY },
});

const trend = route({
  method: 'get',
  path: '/trend',
  tags: ['analysis'],
  summary: 'Trend per day or week: received, processed, on time %, newly overdue — of one unit or the city',
  access: { ...STATS, note: 'Unit staff always get their own unit’s.' },
  request: { query: UnitTrendQuery },
  responses: {
    200: json(UnitTrendResponse, 'Every bucket of the period, in order'),
    400: failure('A parameter is invalid, or the period is backwards or longer than 366 days (`validation_failed`)'),
  },
});

const overdue = route({
  method: 'get',
  path: '/overdue',
  tags: ['handling'],
  summary: 'Open reports past their due time, most late first',
  access: { actions: ['report.read_internal'], note: 'Unit staff always get their own unit’s.' },
  request: { query: OverdueQuery },
  responses: { 200: json(OverdueResponse, 'Overdue reports'), 400: BAD_QUERY },
});

/** Under /api/units: the leaderboard and its trend. */
export function leaderboardRoutes(leaderboard: LeaderboardService) {
  return routes()
    .openapi(stats, async (c) => c.json(await leaderboard.leaderboard(c.get('actor'), c.req.valid('query')), 200))
    .openapi(trend, async (c) => c.json(await leaderboard.trend(c.get('actor'), c.req.valid('query')), 200));
}

/** Under /api/reports: the overdue list, most late first. */
export function overdueRoutes(leaderboard: LeaderboardService) {
  return routes().openapi(overdue, async (c) =>
    c.json(await leaderboard.overdue(c.get('actor'), c.req.valid('query')), 200),
  );
}
