import { Wards } from '../contracts/map.js';
import { UnitList } from '../contracts/unit.js';
import { docOnly, json, route, routes } from '../http/route.js';
import type { UnitsService } from './units.service.js';

const list = route({
  method: 'get',
  path: '/',
  tags: ['reference'],
  summary: 'Every unit (wards and departments), e.g. to pick where to transfer a report',
  responses: { 200: json(UnitList, 'Units') },
});

const wards = route({
  method: 'get',
  path: '/',
  tags: ['reference'],
  summary: 'The 126 wards and communes as GeoJSON (basemap)',
  responses: {
    200: {
      description: 'Ward boundaries; `ETag` lets a browser keep its copy',
      content: { 'application/geo+json': { schema: docOnly(Wards) } },
    },
    304: { description: 'Unchanged since the `If-None-Match` ETag' },
  },
});

/** GET /api/units: every unit, kept a minute. */
export function unitsRoutes(units: UnitsService) {
  return routes().openapi(list, async (c) => c.json({ items: await units.list() }, 200));
}

/** GET /api/wards: the basemap's ward polygons, pre-encoded once, with an ETag. */
export function wardsRoutes(units: UnitsService) {
  return routes().openapi(wards, async (c) => {
    const doc = await units.wards();
    c.header('ETag', doc.etag);
    c.header('Cache-Control', 'public, max-age=3600');
    if (c.req.header('if-none-match') === doc.etag) return c.body(null, 304);
    c.header('Content-Type', 'application/geo+json; charset=utf-8');
    return c.body(doc.body, 200);
  });
}
