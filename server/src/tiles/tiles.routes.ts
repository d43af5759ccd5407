import { Hono } from 'hono';
import { TileAddress, TileQuery } from '../contracts/tiles.js';
import { AppError, parseOr400, toIssues } from '../http/errors.js';
import type { TilesService } from './tiles.service.js';

const MVT = 'application/vnd.mapbox-vector-tile';
// Reports arrive all the time: a minute keeps a panning map cheap without hiding new ones long.
const CACHE = 'public, max-age=60';

/** GET /tiles/reports/{z}/{x}/{y}.mvt?category=&status=&from=&to=&ward= — 204 when nothing matches. */
export function tilesRoutes(tiles: TilesService) {
  return new Hono().get('/:z/:x/:y', async (c) => {
    const address = TileAddress.safeParse(c.req.param());
    if (!address.success)
      throw new AppError(
        400,
        'invalid_tile',
        {
          vi: 'Địa chỉ tile không hợp lệ: cần /{z}/{x}/{y}.mvt với z từ 0 đến 22 và x, y nhỏ hơn 2^z.',
          en: 'Invalid tile address: use /{z}/{x}/{y}.mvt with z from 0 to 22 and x, y below 2^z.',
        },
        toIssues(address.error),
      );
    const filter = parseOr400(TileQuery, c.req.query(), 'tile query');
    const body = await tiles.render(address.data, filter);
    c.header('cache-control', CACHE);
    if (body.byteLength === 0) return c.body(null, 204);
    return c.body(body as Uint8Array<ArrayBuffer>, 200, { 'content-type': MVT });
  });
}
