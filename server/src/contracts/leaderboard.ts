// The leaderboard served at /api/units/stats and /api/units/trend, and the overdue list at
// /api/reports/overdue: each unit's figures over a period, by Hà Nội day or ISO week.
import { z } from 'zod';
import { Instant } from './common.js';
import { LocalDate } from './deadlines.js';
import { PublicReport } from './report.js';

/** GET /api/units/stats query. Example: `?from=2025-06-01T00:00:00+07:00&to=2025-07-01T00:00:00+07:00`. */
/** The leaderboard's longest period: a year and a bit, as the trend's. */
const MAX_PERIOD_MS = 400 * 86_400_000;

export const UnitStatsQuery = z
  .object({
    from: Instant.optional().describe('Period start, inclusive (default: 30 days before `to`)'),
    to: Instant.optional().describe('Period end, exclusive (default: now)'),
  })
  .strict()
  .refine((q) => !q.from || !q.to || Date.parse(q.from) < Date.parse(q.to), {
    message: 'from must be before to',
    path: ['from'],
  })
  .refine((q) => !q.from || Date.parse(q.to ?? new Date().toISOString()) - Date.parse(q.from) <= MAX_PERIOD_MS, {
    message: 'the period may be at most 400 days',
    path: ['from'],
  });
export type UnitStatsQuery = z.infer<typeof UnitStatsQuery>;

const Percent = z.number().min(0).max(100).nullable();

/** One unit's line on the leaderboard. */
export const UnitStats = z
  .object({
    unitCode: z.string(),
    unitName: z.string(),
    received: z.number().int().nonnegative().describe('Holdings that started in the period (new and transferred in)'),
    processed: z
      .number()
      .int()
      .nonnegative()
      .describe('Reports the unit resolved, closed, rejected, declined or marked duplicate in the period'),
    processedOnTime: z.number().int().nonnegative().describe('Of those, how many by their due time'),
    onTimePercent: Percent.describe('processedOnTime / processed × 100; null with nothing processed'),
    overdueNow: z.number().int().nonnegative().describe('Open reports held now and past their due time'),
    reopened: z.number().int().nonnegative().describe('Reports reopened in the period'),
    ratings: z.number().int().nonnegative().describe('Citizen ratings in the period'),
    satisfied: z.number().int().nonnegative().describe('Ratings “satisfied” or “accepted”'),
    satisfactionPercent: Percent.describe('satisfied / ratings × 100; null with no rating'),
  })
  .describe('Unit performance for a period');
export type UnitStats = z.infer<typeof UnitStats>;

export const UnitStatsResponse = z
  .object({ from: Instant, to: Instant, at: Instant.describe('“Now” of overdueNow'), units: z.array(UnitStats) })
  .describe('Leaderboard: every unit with activity, most overdue first');
export type UnitStatsResponse = z.infer<typeof UnitStatsResponse>;

/** GET /api/reports/overdue query. Example: `?unit=00004&limit=50`. */
export const OverdueQuery = z
  .object({
    unit: z.string().min(1).max(20).optional().describe('Only this unit (unit staff always get their own)'),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .strict();
export type OverdueQuery = z.infer<typeof OverdueQuery>;

export const OverdueReport = PublicReport.extend({
  overdueMinutes: z.number().nonnegative().describe('Minutes past the due time, around the clock'),
  overdueWorkingMinutes: z
    .number()
    .nonnegative()
    .describe('Minutes of office time (Mon–Fri 08:00–12:00, 13:00–17:00, minus holidays) past the due time'),
}).describe('Open report past its due time');
export type OverdueReport = z.infer<typeof OverdueReport>;

export const OverdueResponse = z
  .object({ at: Instant, items: z.array(OverdueReport).describe('Most late first') })
  .describe('Overdue reports');
export type OverdueResponse = z.infer<typeof OverdueResponse>;

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
