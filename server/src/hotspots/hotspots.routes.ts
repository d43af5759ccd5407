import { EmergingQuery, EmergingResponse, HotspotsQuery, HotspotsResponse } from '../contracts/hotspots.js';
import { BAD_QUERY, json, route, routes } from '../http/route.js';
import type { HotspotsService } from './hotspots.service.js';

const hotspots = route({
  method: 'get',
  path: '/',
  tags: ['analysis'],
  summary: 'Statistical hotspots (Getis-Ord Gi*, FDR-corrected)',
  request: { query: HotspotsQuery },
  responses: { 200: json(HotspotsResponse, 'Significant cells'), 400: BAD_QUERY },
});

const emerging = route({
  method: 'get',
  path: '/emerging',
  tags: ['analysis'],
  summary: 'Emerging hot and cold spots over time windows',
  request: { query: EmergingQuery },
  responses: { 200: json(EmergingResponse, 'Cells with a pattern'), 400: BAD_QUERY },
});

export function hotspotsRoutes(service: HotspotsService) {
  return routes()
    .openapi(hotspots, async (c) => c.json(await service.compute(c.req.valid('query')), 200))
    .openapi(emerging, async (c) => c.json(await service.emerging(c.req.valid('query')), 200));
}
