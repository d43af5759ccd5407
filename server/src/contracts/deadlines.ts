import { z } from 'zod';
import { Instant } from './common.js';
import { PublicReport, ReportPriority } from './report.js';

/** A local date in Hà Nội. Example: `"2026-02-17"` (Tết Bính Ngọ). */
export const LocalDate = z.iso.date().describe('Date YYYY-MM-DD in Asia/Ho_Chi_Minh');

/** An exception to the Mon–Fri week. Example: `{ day: '2025-04-26', kind: 'workday', nameVi: 'Làm bù', nameEn: 'Make-up workday' }`. */
export const CalendarDay = z
  .object({
    day: LocalDate,
    kind: z.enum(['holiday', 'workday']).describe('holiday: no office hours; workday: a Saturday or Sunday worked'),
    nameVi: z.string().trim().min(1).max(200),
    nameEn: z.string().trim().min(1).max(200),
  })
  .describe('Calendar day: a public holiday or a make-up workday');
export type CalendarDay = z.infer<typeof CalendarDay>;

/** PUT /api/admin/calendar-days/:day. Example: `{ kind: 'holiday', nameVi: 'Tết Nguyên đán', nameEn: 'Tết' }`. */
export const CalendarDayInput = CalendarDay.omit({ day: true }).strict().describe('Calendar day to set');
export type CalendarDayInput = z.infer<typeof CalendarDayInput>;

/** GET /api/admin/calendar-days query. Example: `?from=2026-01-01&to=2026-12-31`. */
export const CalendarDaysQuery = z
  .object({ from: LocalDate.optional().describe('On or after'), to: LocalDate.optional().describe('On or before') })
  .strict();
export type CalendarDaysQuery = z.infer<typeof CalendarDaysQuery>;

/** How long a unit has for a report of this category and priority. */
export const SlaPolicy = z
  .object({
    category: z.string(),
    priority: ReportPriority,
    minutes: z
      .number()
      .int()
      .min(1)
      .max(525_600)
      .describe('Allowed time in minutes (of working time when workingTime, else around the clock)'),
    workingTime: z
      .boolean()
      .describe('Counted in office hours (Mon–Fri 08:00–12:00, 13:00–17:00, minus holidays) or in calendar time'),
  })
  .describe('Due time for a category and priority');
export type SlaPolicy = z.infer<typeof SlaPolicy>;

/** PUT /api/admin/sla-policies/:category/:priority. Example: `{ minutes: 120, workingTime: true }`. */
export const SlaPolicyInput = SlaPolicy.pick({ minutes: true, workingTime: true }).strict().describe('Due time to set');
export type SlaPolicyInput = z.infer<typeof SlaPolicyInput>;

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

/** GET /api/admin/calendar-days. Example: `{ items: [{ day: '2026-02-17', kind: 'holiday', … }] }`. */
export const CalendarDayList = z.object({ items: z.array(CalendarDay) }).describe('Calendar exceptions, by day');
export type CalendarDayList = z.infer<typeof CalendarDayList>;

/** GET /api/admin/sla-policies. Example: `{ items: [{ category: 'trash', priority: 'normal', minutes: 480, … }] }`. */
export const SlaPolicyList = z.object({ items: z.array(SlaPolicy) }).describe('Every due time');
export type SlaPolicyList = z.infer<typeof SlaPolicyList>;
