import { z } from 'zod';
import { Instant } from './common.js';
import { LocalDate } from './deadlines.js';

/** How the trend's period is cut: Hà Nội days, or ISO weeks starting on Monday. Example: `"week"`. */
export const TrendBucket = z.enum(['day', 'week']).describe('day: one point per local day; week: per Monday–Sunday');
export type TrendBucket = z.infer<typeof TrendBucket>;

/** Longest period a trend covers: a year of days, or a year of weeks. */
export const MAX_TREND_DAYS = 366;

/** GET /api/units/trend query. Example: `?unit=00070&bucket=week&from=2025-06-01T00:00:00+07:00`. */
export const UnitTrendQuery = z
  .object({
    unit: z
      .string()
      .min(1)
      .max(20)
      .optional()
      .describe('Only this unit (unit staff always get their own); all units when absent'),
    from: Instant.optional().describe('Period start, inclusive (default: 30 days before `to`)'),
    to: Instant.optional().describe('Period end, exclusive (default: now)'),
    bucket: TrendBucket.default('day'),
  })
  .strict()
  .refine((q) => !q.from || !q.to || Date.parse(q.from) < Date.parse(q.to), {
    message: 'from must be before to',
    path: ['from'],
  })
  .refine((q) => !q.from || !q.to || Date.parse(q.to) - Date.parse(q.from) <= MAX_TREND_DAYS * 86_400_000, {
    message: `The period is at most ${MAX_TREND_DAYS} days`,
    path: ['to'],
  });
export type UnitTrendQuery = z.infer<typeof UnitTrendQuery>;

const Count = z.number().int().nonnegative();

/** One day or week of the trend. Example: `{ start: '2025-06-02', received: 12, processed: 9, … }`. */
export const TrendPoint = z
  .object({
    start: LocalDate.describe('First local day of the bucket (a Monday for weeks); the first may start before `from`'),
    received: Count.describe('Holdings started in the bucket (new and transferred in)'),
    processed: Count.describe('Reports processed in the bucket (resolved, rejected, declined, duplicate)'),
    processedOnTime: Count.describe('Of those, how many by their due time'),
    onTimePercent: z.number().min(0).max(100).nullable().describe('processedOnTime / processed × 100; null with none'),
    becameOverdue: Count.describe(
      'Reports whose due time passed in the bucket before they were processed (open now, or processed late)',
    ),
  })
  .describe('Trend point');
export type TrendPoint = z.infer<typeof TrendPoint>;

export const UnitTrendResponse = z
  .object({
    unitCode: z.string().nullable().describe('The unit, or null for the whole city'),
    bucket: TrendBucket,
    from: Instant,
    to: Instant,
    at: Instant.describe('“Now”: a due time after it has not passed yet'),
    points: z.array(TrendPoint).describe('Every bucket of the period in order, empty ones as zeros'),
  })
  .describe('Trend of received, processed, on-time and overdue reports per day or week');
export type UnitTrendResponse = z.infer<typeof UnitTrendResponse>;
