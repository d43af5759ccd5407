import { z } from 'zod';
import { BBox } from './common.js';
import { ReportStatus } from './report.js';

/** A column name, or a template naming columns in braces: `"{RequestType} – {Address}"`. */
const Template = z.string().min(1);

/**
 * How a source's rows become reports: which columns hold what, how its times read, and how its
 * categories and statuses map to ours. A value missing from `categories` or `statuses` rejects
 * the row (never a silent default). Example: seeds/import-mappings/la311-2020.json.
 */
export const ImportMapping = z
  .object({
    source: z
      .string()
      .regex(/^[a-z0-9][a-z0-9._-]{1,59}$/)
      .describe('Stable source name; with the row id it makes re-imports idempotent'),
    format: z.enum(['csv', 'ndjson', 'geojson', 'open311']).describe('File format'),
    jurisdiction: z
      .object({
        code: z.string().regex(/^ext-[a-z0-9-]{2,40}$/),
        nameVi: z.string().min(1),
        nameEn: z.string().min(1),
        bbox: BBox.describe('Rows outside every Hanoi ward but inside this box go to the jurisdiction'),
      })
      .optional()
      .describe('The body outside Hanoi the source belongs to; without it such rows are rejected'),
    columns: z
      .object({
        id: z.string().min(1).describe('Column with the source’s own row id'),
        createdAt: z.string().min(1),
        updatedAt: z.string().min(1).optional(),
        category: z.string().min(1),
        status: z.string().min(1),
        description: Template.describe('Column or template of columns'),
        lat: z.string().min(1).optional(),
        lng: z.string().min(1).optional(),
        point: z.string().min(1).optional().describe('Column holding "(lat, lng)", when there is no lat/lng pair'),
      })
      .strict()
      .describe('Source column names; GeoJSON takes the position from the geometry'),
    time: z
      .object({ format: z.enum(['iso', 'us']), timeZone: z.string().default('UTC') })
      .describe('"us" reads M/D/YY[YY] h:mm[:ss] [AM|PM] in timeZone'),
    categories: z.record(z.string(), z.string()).describe('Source category → our category code'),
    statuses: z.record(z.string(), ReportStatus).describe('Source status → our status'),
  })
  .strict()
  .describe('Import mapping');
export type ImportMapping = z.infer<typeof ImportMapping>;

/** Why a row was not imported; each rejected row is listed with one. */
export const RejectReason = z.enum([
  'missing_id',
  'missing_coordinates',
  'invalid_coordinates',
  'invalid_time',
  'unknown_category',
  'unknown_status',
  'description_too_short',
  'outside_service_area',
  'unreadable_row',
]);
export type RejectReason = z.infer<typeof RejectReason>;
