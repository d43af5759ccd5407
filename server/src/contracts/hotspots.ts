import { z } from 'zod';
import { CsvParam, H3Cell, Instant } from './common.js';

/** Confidence classes after the false-discovery-rate correction. */
export const HotspotClass = z
  .enum(['hot-99', 'hot-95', 'hot-90', 'cold-99', 'cold-95', 'cold-90', 'not-significant'])
  .describe('Gi* class at 99/95/90 % confidence after Benjamini–Hochberg FDR correction');
export type HotspotClass = z.infer<typeof HotspotClass>;

/** GET /api/hotspots query. Example: `?res=8&k=1&from=2025-09-01T00:00:00Z&category=trash`. */
export const HotspotsQuery = z
  .object({
    res: z.coerce.number().int().min(5).max(9).default(8).describe('H3 resolution (5–9: ~250 km² to ~0.1 km²)'),
    k: z.coerce.number().int().min(1).max(3).default(1).describe('k-ring neighbourhood radius, in cells'),
    from: Instant.optional().describe('Created at or after (default: 30 days before now)'),
    to: Instant.optional().describe('Created before (default: now)'),
    category: CsvParam.optional().describe('Comma-separated category codes'),
  })
  .strict();
export type HotspotsQuery = z.infer<typeof HotspotsQuery>;

export const CellHotspot = z
  .object({
    cell: H3Cell,
    count: z.number().int().nonnegative(),
    z: z.number().describe('Gi* z-score'),
    p: z.number().describe('Two-sided p-value, uncorrected'),
    pAdjusted: z.number().describe('Benjamini–Hochberg adjusted p-value the class is based on'),
    classification: HotspotClass,
  })
  .describe('Gi* result for one cell');
export type CellHotspot = z.infer<typeof CellHotspot>;

export const HotspotsResponse = z
  .object({
    res: z.number().int(),
    k: z.number().int(),
    from: Instant,
    to: Instant,
    studyRegionCells: z
      .number()
      .int()
      .describe('Cells of the served wards at this resolution; cells with no report count as 0'),
    reports: z.number().int(),
    cells: z.array(CellHotspot).describe('Only the significant cells (hot or cold), hottest first'),
  })
  .describe('Statistical hotspots (Getis-Ord Gi*)');
export type HotspotsResponse = z.infer<typeof HotspotsResponse>;

/** A cell that became hot or hotter, pushed to the operations center as `hotspot:changed`. */
export const HotspotChange = z.object({
  cell: H3Cell,
  from: HotspotClass,
  to: HotspotClass,
  z: z.number(),
  count: z.number().int(),
});
export type HotspotChange = z.infer<typeof HotspotChange>;

export const HotspotChangedPayload = z
  .object({
    at: Instant,
    basedOnSeq: z.number().int().nonnegative().describe('The last report event counted'),
    res: z.number().int(),
    k: z.number().int(),
    from: Instant,
    to: Instant,
    changes: z.array(HotspotChange).min(1),
  })
  .describe('Cells that became hot or intensified');
export type HotspotChangedPayload = z.infer<typeof HotspotChangedPayload>;

const PATTERN_BASES = [
  'new',
  'consecutive',
  'intensifying',
  'persistent',
  'diminishing',
  'sporadic',
  'oscillating',
  'historical',
] as const;

/** ArcGIS-style emerging hot/cold spot patterns, e.g. `intensifying-hot`. */
export const EmergingPattern = z
  .enum([
    ...PATTERN_BASES.map((b) => `${b}-hot` as const),
    ...PATTERN_BASES.map((b) => `${b}-cold` as const),
    'no-pattern',
  ])
  .describe('Emerging hot spot pattern over the time windows');
export type EmergingPattern = z.infer<typeof EmergingPattern>;

/** GET /api/hotspots/emerging query. Example: `?res=8&windows=8&window=week&category=flooding`. */
export const EmergingQuery = z
  .object({
    res: z.coerce.number().int().min(5).max(9).default(8),
    k: z.coerce.number().int().min(1).max(3).default(1),
    windows: z.coerce.number().int().min(3).max(52).default(8).describe('Number of time windows, oldest first'),
    window: z.enum(['day', 'week']).default('week').describe('Length of one window'),
    to: Instant.optional().describe('End of the last window (default: now)'),
    category: CsvParam.optional(),
  })
  .strict();
export type EmergingQuery = z.infer<typeof EmergingQuery>;

export const EmergingCell = z.object({
  cell: H3Cell,
  pattern: EmergingPattern,
  windowsHot: z.number().int(),
  windowsCold: z.number().int(),
  trendZ: z.number().describe('Mann–Kendall z of the cell’s Gi* z-scores over the windows'),
  trendP: z.number(),
  lastZ: z.number().describe('Gi* z in the last window'),
});
export type EmergingCell = z.infer<typeof EmergingCell>;

export const EmergingResponse = z
  .object({
    res: z.number().int(),
    k: z.number().int(),
    window: z.enum(['day', 'week']),
    windows: z.number().int(),
    from: Instant,
    to: Instant,
    cells: z.array(EmergingCell).describe('Cells with a pattern (no-pattern cells are left out)'),
  })
  .describe('Emerging hot spot analysis');
export type EmergingResponse = z.infer<typeof EmergingResponse>;
