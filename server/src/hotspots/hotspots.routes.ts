import { Hono } from 'hono';
import { EmergingQuery, HotspotsQuery } from '../contracts/hotspots.js';
import { parseOr400 } from '../http/errors.js';
import type { HotspotsService } from './hotspots.service.js';

export function hotspotsRoutes(hotspots: HotspotsService) {
  return new Hono()
    .get('/', async (c) => {
      const q = parseOr400(HotspotsQuery, c.req.query(), 'hotspots query');
      return c.json(await hotspots.compute(q));
    })
    .get('/emerging', async (c) => {
      const q = parseOr400(EmergingQuery, c.req.query(), 'emerging hotspots query');
      return c.json(await hotspots.emerging(q));
    });
}
