import { Hono } from 'hono';
import { BreakdownQuery, CellSeriesQuery, MonthlyQuery } from '../contracts/trends.js';
import { parseOr400 } from '../http/errors.js';
import type { TrendsService } from './trends.service.js';

/** Mounted at /api/cells: the time slider's counts per cell per bucket. */
export function cellSeriesRoutes(trends: TrendsService) {
  return new Hono().get('/series', async (c) => {
    const q = parseOr400(CellSeriesQuery, c.req.query(), 'cell series query');
    return c.json(await trends.cellSeries(q));
  });
}

/** Mounted at /api/reports, before `/:id`: monthly trends and the breakdown of a filter. */
export function reportTrendsRoutes(trends: TrendsService) {
  return new Hono()
    .get('/monthly', async (c) => {
      const q = parseOr400(MonthlyQuery, c.req.query(), 'monthly trends query');
      return c.json(await trends.monthly(q));
    })
    .get('/breakdown', async (c) => {
      const q = parseOr400(BreakdownQuery, c.req.query(), 'breakdown query');
      return c.json(await trends.breakdown(q));
    });
}
