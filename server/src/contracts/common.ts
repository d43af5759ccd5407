import { z } from 'zod';

/** A position as `[lng, lat]` in EPSG:4326. Example: `[105.8542, 21.0285]` (Hoàn Kiếm Lake). */
export const LngLat = z
  .tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)])
  .describe('Position as [longitude, latitude] in WGS84 degrees');
export type LngLat = z.infer<typeof LngLat>;

/** A bounding box `[west, south, east, north]` in degrees. Example: `[105.8, 21.0, 105.9, 21.1]`. */
export const BBox = z
  .tuple([
    z.number().min(-180).max(180),
    z.number().min(-90).max(90),
    z.number().min(-180).max(180),
    z.number().min(-90).max(90),
  ])
  .refine(
    ([w, s, e, n]) => w <= e && s <= n,
    'bbox must be [west, south, east, north] with west ≤ east and south ≤ north',
  )
  .describe('Bounding box [west, south, east, north] in WGS84 degrees');
export type BBox = z.infer<typeof BBox>;

/** Parses `"w,s,e,n"` from a query string into a {@link BBox}. Example: `"105.8,21,105.9,21.1"`. */
export const BBoxParam = z
  .string()
  .transform((s) => s.split(',').map((p) => (p.trim() === '' ? Number.NaN : Number(p))))
  .pipe(BBox);

/** An H3 cell as the 15-hex-digit string h3-js and deck.gl use. Example: `"8f4159...".` */
export const H3Cell = z
  .string()
  .regex(/^[0-9a-f]{15,16}$/)
  .describe('H3 cell index, lower-case hex');

/** ISO-8601 instant. Example: `"2025-07-01T08:00:00.000Z"`. */
export const Instant = z.iso
  .datetime({ offset: true })
  // PostgreSQL has no year 0: "0000-…" would fail in the database instead of here.
  .refine((s) => !s.startsWith('0000'), 'year must be 0001 or later')
  .describe('ISO-8601 date-time');

/** A comma-separated list parameter. Example: `"trash,traffic"` → `['trash', 'traffic']`. */
export const CsvParam = z.string().transform((s) =>
  s
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p.length > 0),
);

/**
 * The path segment of a UUID id in the API's routes, so `/reports/overdue` never reaches an
 * `{id}` route. Hono's typed client names a route by it: `client.reports[ID_SEGMENT].$get({ param: { id } })`.
 */
export const ID_SEGMENT = ':id{[0-9a-fA-F-]{36}}';
