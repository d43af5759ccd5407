import { z } from 'zod';
import { ReportFilterQuery } from './report.js';

/** Deepest zoom a tile may be asked for; past it a tile would hold a few metres. */
export const MAX_TILE_ZOOM = 22;

/** Highest zoom whose tiles hold H3 cells (count and top category); deeper tiles hold the reports. */
export const CELL_TILE_MAX_ZOOM = 12;

/**
 * The path of GET /tiles/reports/{z}/{x}/{y}.mvt. Example: `{ z: 14, x: 13014, y: 7143 }`.
 */
export const TileAddress = z
  .object({
    z: z
      .string()
      .regex(/^\d{1,2}$/)
      .transform(Number)
      .pipe(z.number().max(MAX_TILE_ZOOM)),
    x: z
      .string()
      .regex(/^\d{1,8}$/)
      .transform(Number),
    y: z
      .string()
      .regex(/^\d{1,8}\.mvt$/)
      .transform((s) => Number(s.slice(0, -4))),
  })
  .refine((t) => t.x < 2 ** t.z && t.y < 2 ** t.z, { message: 'x and y must be below 2^z' })
  .describe('Web-mercator XYZ tile address');
export type TileAddress = z.infer<typeof TileAddress>;

/** Tile filters: those of the list, without bbox (the tile is the box). Example: `?category=trash&status=new`. */
export const TileQuery = ReportFilterQuery.omit({ bbox: true }).strict();
export type TileQuery = z.infer<typeof TileQuery>;
