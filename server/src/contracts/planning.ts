import { z } from 'zod';
import { CellCount } from './cells.js';
import { Instant } from './common.js';
import { ReportFilterQuery, ReportStatus } from './report.js';

/** Width of one time bucket: a Hanoi-local day, or an ISO week (Monday 00:00 in Asia/Ho_Chi_Minh). Example: `'week'`. */
export const SeriesBucket = z.enum(['day', 'week']).describe('Hanoi-local day, or ISO week starting Monday 00:00');
export type SeriesBucket = z.infer<typeof SeriesBucket>;

/** The most buckets one series answers: a year of days and a few more. Example: 366 days pass, 371 do not. */
export const MAX_SERIES_BUCKETS = 370;

/** A period both ends of which are required: the series and trends have a fixed frame count. */
const Period = {
  from: Instant.describe('Created at or after (required)'),
  to: Instant.describe('Created before (required)'),
};

/**
 * GET /api/cells/series query: the list's filters, a resolution and a bucket width.
 * Example: `?res=8&bucket=week&from=2025-07-01T00:00:00+07:00&to=2025-10-01T00:00:00+07:00&category=trash`.
 */
export const CellSeriesQuery = ReportFilterQuery.extend({
  ...Period,
  res: z.coerce.number().int().min(0).max(15).default(8).describe('H3 resolution of the cells'),
  bucket: SeriesBucket.default('week'),
}).strict();
export type CellSeriesQuery = z.infer<typeof CellSeriesQuery>;

/** One frame of the slider. Example: `{ start: '2025-07-06T17:00:00.000Z', cells: [{ cell: '88415cb4e5fffff', count: 3 }] }`. */
export const SeriesFrame = z
  .object({
    start: Instant.describe('When the bucket starts (UTC instant of the Hanoi-local day or week start)'),
    cells: z.array(CellCount).describe('Cells with at least one report in the bucket, in cell order'),
  })
  .describe('Counts per cell in one time bucket');
export type SeriesFrame = z.infer<typeof SeriesFrame>;

/** The whole slider in one reply. Example: `{ res: 8, bucket: 'week', from, to, frames: [...13], max: 12 }`. */
export const CellSeriesResponse = z
  .object({
    res: z.number().int(),
    bucket: SeriesBucket,
    from: Instant,
    to: Instant,
    frames: z.array(SeriesFrame).describe('Every bucket from the one holding `from` to the one before `to`, empty too'),
    max: z.number().int().nonnegative().describe('Largest count of one cell in one bucket, over all frames'),
  })
  .describe('Report counts per H3 cell per time bucket');
export type CellSeriesResponse = z.infer<typeof CellSeriesResponse>;

/** GET /api/reports/monthly query. Example: `?from=2025-01-01T00:00:00+07:00&to=2026-01-01T00:00:00+07:00`. */
export const MonthlyQuery = ReportFilterQuery.extend(Period).strict();
export type MonthlyQuery = z.infer<typeof MonthlyQuery>;

/** Example: `{ month: '2025-08', category: 'flooding', count: 41 }`. */
export const MonthlyCount = z.object({
  month: z
    .string()
    .regex(/^\d{4}-\d{2}$/)
    .describe('Hanoi-local month, YYYY-MM'),
  category: z.string(),
  count: z.number().int().positive(),
});
export type MonthlyCount = z.infer<typeof MonthlyCount>;

/** Example: `{ from, to, months: ['2025-07', '2025-08'], counts: [{ month: '2025-08', category: 'trash', count: 9 }] }`. */
export const MonthlyResponse = z
  .object({
    from: Instant,
    to: Instant,
    months: z.array(z.string()).describe('Every Hanoi-local month the period touches, oldest first'),
    counts: z.array(MonthlyCount).describe('Non-zero counts, by month then category'),
  })
  .describe('Reports per month per category');
export type MonthlyResponse = z.infer<typeof MonthlyResponse>;

/** GET /api/reports/breakdown query: the list's filters. Example: `?cell=8841aa…&from=…`. */
export const BreakdownQuery = ReportFilterQuery;
export type BreakdownQuery = z.infer<typeof BreakdownQuery>;

/** Example: `{ total: 3, byCategory: [{ category: 'trash', count: 3 }], byStatus: [{ status: 'new', count: 2 }, …] }`. */
export const ReportBreakdown = z
  .object({
    total: z.number().int().nonnegative(),
    byCategory: z.array(z.object({ category: z.string(), count: z.number().int().positive() })),
    byStatus: z.array(z.object({ status: ReportStatus, count: z.number().int().positive() })),
  })
  .describe('Counts of the filtered reports by category and by status, largest first');
export type ReportBreakdown = z.infer<typeof ReportBreakdown>;
