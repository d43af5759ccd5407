import { z } from 'zod';

const MultiPolygon = z
  .object({
    type: z.literal('MultiPolygon'),
    coordinates: z.array(
      z.array(z.array(z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)])).min(4)),
    ),
  })
  .describe('GeoJSON MultiPolygon in [lng, lat]');
const Polygon = z
  .object({
    type: z.literal('Polygon'),
    coordinates: z.array(z.array(z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)])).min(4)),
  })
  .describe('GeoJSON Polygon in [lng, lat]');

/**
 * A routing rule: category × area → unit. The first active rule by rank that matches a new report
 * sends it to `unitCode` (null: the ward it lies in). Example: road damage → the construction department.
 */
export const RoutingRuleInput = z
  .object({
    rank: z.number().int().min(0).max(10_000).default(100).describe('Lower ranks are tried first'),
    category: z.string().min(1).max(40).nullable().default(null).describe('Category code; null = any'),
    wardCode: z.string().min(1).max(20).nullable().default(null).describe('Only reports in this ward; null = any'),
    area: z.union([Polygon, MultiPolygon]).nullable().default(null).describe('Only reports inside; null = anywhere'),
    unitCode: z.string().min(1).max(20).nullable().default(null).describe('The unit to route to; null = the ward'),
    noteVi: z.string().max(500).default(''),
    noteEn: z.string().max(500).default(''),
    active: z.boolean().default(true),
  })
  .strict()
  .describe('Routing rule');
export type RoutingRuleInput = z.infer<typeof RoutingRuleInput>;

export const RoutingRule = z
  .object({
    id: z.string().uuid(),
    rank: z.number().int(),
    category: z.string().nullable(),
    wardCode: z.string().nullable(),
    area: z.union([Polygon, MultiPolygon]).nullable(),
    unitCode: z.string().nullable(),
    noteVi: z.string(),
    noteEn: z.string(),
    active: z.boolean(),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .describe('Routing rule');
export type RoutingRule = z.infer<typeof RoutingRule>;

/** GET /api/admin/routing-rules. Example: `{ items: [{ rank: 100, category: 'road_damage', … }] }`. */
export const RoutingRuleList = z.object({ items: z.array(RoutingRule) }).describe('Routing rules, by rank');
export type RoutingRuleList = z.infer<typeof RoutingRuleList>;

/** GET and PUT /api/admin/routing-settings. Example: `{ borderMeters: 50 }`. */
export const RoutingSettings = z
  .object({
    borderMeters: z.number().min(0).max(500).describe('Flag reports this close to a ward border (metres)'),
  })
  .strict()
  .describe('Routing settings');
export type RoutingSettings = z.infer<typeof RoutingSettings>;
