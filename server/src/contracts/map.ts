import { z } from 'zod';
import { LngLat } from './common.js';

/** GET /api/config: how the map starts. A null style means "draw the offline basemap". */
export const MapConfig = z
  .object({
    basemapStyleUrl: z.string().nullable().describe('MapLibre style URL, or null for the offline basemap'),
    center: LngLat,
    zoom: z.number().min(0).max(22),
  })
  .describe('Map settings');
export type MapConfig = z.infer<typeof MapConfig>;

/** Properties of one ward on the basemap. Example: `{ code: '00070', nameVi: 'Phường Hoàn Kiếm', … }`. */
export const WardProperties = z.object({ code: z.string(), nameVi: z.string(), nameEn: z.string() });
export type WardProperties = z.infer<typeof WardProperties>;

const Ring = z.array(LngLat);
const WardGeometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(Ring) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(Ring)) }),
]);

/** GET /api/wards: the 126 wards and communes, simplified to about 10 m, as GeoJSON. */
export const Wards = z
  .object({
    type: z.literal('FeatureCollection'),
    features: z.array(
      z.object({ type: z.literal('Feature'), id: z.string(), properties: WardProperties, geometry: WardGeometry }),
    ),
  })
  .describe('Ward boundaries');
export type Wards = z.infer<typeof Wards>;
