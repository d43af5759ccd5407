import { z } from 'zod';
import { ReportPriority } from './report.js';

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

/** GET /api/admin/calendar-days. Example: `{ items: [{ day: '2026-02-17', kind: 'holiday', … }] }`. */
export const CalendarDayList = z.object({ items: z.array(CalendarDay) }).describe('Calendar exceptions, by day');
export type CalendarDayList = z.infer<typeof CalendarDayList>;

/** GET /api/admin/sla-policies. Example: `{ items: [{ category: 'trash', priority: 'normal', minutes: 480, … }] }`. */
export const SlaPolicyList = z.object({ items: z.array(SlaPolicy) }).describe('Every due time');
export type SlaPolicyList = z.infer<typeof SlaPolicyList>;
