import { Health } from '../contracts/health.js';
import { MapConfig } from '../contracts/map.js';
import { json, route, routes } from '../http/route.js';
import type { HealthService } from './health.service.js';

const health = route({
  method: 'get',
  path: '/health',
  tags: ['meta'],
  summary: 'Health of the server and its database',
  responses: {
    200: json(Health, 'Serving, schema current'),
    503: json(Health, 'Database unreachable or migrations pending'),
  },
});

const config = route({
  method: 'get',
  path: '/config',
  tags: ['meta'],
  summary: 'Map settings for the dashboard',
  responses: { 200: json(MapConfig, 'Map settings') },
});

/** GET /api/health (200 when the database answers and the schema is current, 503 otherwise) and /api/config. */
export function metaRoutes(service: HealthService, mapConfig: MapConfig) {
  return routes()
    .openapi(health, async (c) => {
      const body = await service.check();
      return body.status === 'ok' ? c.json(body, 200) : c.json(body, 503);
    })
    .openapi(config, (c) => c.json(mapConfig, 200));
}
