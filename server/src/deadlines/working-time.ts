/**
 * Working time in Hà Nội: office hours on Monday–Friday, minus public holidays, plus the Saturdays
 * or Sundays the government makes working days to bridge a holiday. Pure: no clock, no I/O.
 */

/** Asia/Ho_Chi_Minh is UTC+7 all year (Việt Nam has no daylight saving time). */
export const UTC_OFFSET_MINUTES = 7 * 60;

/** State offices' hours, in minutes after local midnight: 08:00–12:00 and 13:00–17:00. */
export const OFFICE_HOURS: readonly { startMinute: number; endMinute: number }[] = [
  { startMinute: 8 * 60, endMinute: 12 * 60 },
  { startMinute: 13 * 60, endMinute: 17 * 60 },
];

/** Local weekdays (0 = Sunday) that are working days unless they are holidays. */
export const WORKING_WEEKDAYS: ReadonlySet<number> = new Set([1, 2, 3, 4, 5]);

/** The exceptions to the Mon–Fri week, by local date `YYYY-MM-DD`. */
export interface WorkingCalendar {
  holidays: ReadonlySet<string>;
  workdays: ReadonlySet<string>;
}

/** How long a unit has: minutes of working time, or of calendar time. */
export interface DeadlinePolicy {
  minutes: number;
  workingTime: boolean;
}

export const EMPTY_CALENDAR: WorkingCalendar = { holidays: new Set(), workdays: new Set() };

/** The share of the allowed time after which the holding unit is warned. */
export const WARN_SHARE = 0.8;

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const OFFSET_MS = UTC_OFFSET_MINUTES * MINUTE_MS;
// Longer than any run of holidays; a calendar with no working day at all fails instead of looping.
const MAX_DAYS = 3_660;

/** Builds a calendar from its rows (as stored in calendar_days). */
export function calendarOf(days: readonly { day: string; kind: 'holiday' | 'workday' }[]): WorkingCalendar {
  return {
    holidays: new Set(days.filter((d) => d.kind === 'holiday').map((d) => d.day)),
    workdays: new Set(days.filter((d) => d.kind === 'workday').map((d) => d.day)),
  };
}

/** The local date `YYYY-MM-DD` of a local day number (days since 1970-01-01 in UTC+7). */
function localDate(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

/** Whether the local day (days since 1970-01-01 in UTC+7) has office hours. */
export function isWorkingDay(dayNumber: number, calendar: WorkingCalendar): boolean {
  const date = localDate(dayNumber);
  if (calendar.workdays.has(date)) return true;
  if (calendar.holidays.has(date)) return false;
  return WORKING_WEEKDAYS.has(new Date(dayNumber * DAY_MS).getUTCDay());
}

/** The office-hour spans of one working day, as [start, end) in local milliseconds. */
function spansOf(dayNumber: number): [number, number][] {
  const base = dayNumber * DAY_MS;
  return OFFICE_HOURS.map((h) => [base + h.startMinute * MINUTE_MS, base + h.endMinute * MINUTE_MS]);
}

/**
 * The moment `minutes` of office time after `start`. A start outside office hours waits for the
 * next opening; a deadline that falls exactly at a closing time is that closing time.
 * @example addWorkingMinutes(new Date('2025-06-06T09:00:00Z'), 120, EMPTY_CALENDAR) // Fri 16:00 → Mon 10:00 (+07)
 */
export function addWorkingMinutes(start: Date, minutes: number, calendar: WorkingCalendar): Date {
  if (minutes < 0) throw new RangeError('minutes must not be negative');
  let remaining = Math.round(minutes * MINUTE_MS);
  const local = start.getTime() + OFFSET_MS;
  if (remaining === 0) return new Date(start.getTime());
  const firstDay = Math.floor(local / DAY_MS);
  for (let day = firstDay; day < firstDay + MAX_DAYS; day++) {
    if (!isWorkingDay(day, calendar)) continue;
    for (const [open, close] of spansOf(day)) {
      const from = Math.max(open, local);
      if (from >= close) continue;
      if (remaining <= close - from) return new Date(from + remaining - OFFSET_MS);
      remaining -= close - from;
    }
  }
  throw new RangeError('the calendar has no working time in ten years');
}

/**
 * Office time between two moments, in minutes (negative when `b` is before `a`).
 * @example workingMinutesBetween(new Date('2025-06-06T11:00:00Z'), new Date('2025-06-09T02:00:00Z'), EMPTY_CALENDAR) // 60
 */
export function workingMinutesBetween(a: Date, b: Date, calendar: WorkingCalendar): number {
  if (b.getTime() < a.getTime()) return -workingMinutesBetween(b, a, calendar);
  const from = a.getTime() + OFFSET_MS;
  const to = b.getTime() + OFFSET_MS;
  let total = 0;
  for (let day = Math.floor(from / DAY_MS); day <= Math.floor(to / DAY_MS); day++) {
    if (!isWorkingDay(day, calendar)) continue;
    for (const [open, close] of spansOf(day)) total += Math.max(0, Math.min(close, to) - Math.max(open, from));
  }
  return total / MINUTE_MS;
}

/** The moment `minutes` of calendar time after `start`. */
export function addCalendarMinutes(start: Date, minutes: number): Date {
  return new Date(start.getTime() + Math.round(minutes * MINUTE_MS));
}

/** Calendar time between two moments, in minutes. */
export function calendarMinutesBetween(a: Date, b: Date): number {
  return (b.getTime() - a.getTime()) / MINUTE_MS;
}

/**
 * The deadline of a holding that starts at `start`, and its warning: the moment 80 % of the
 * allowed time has passed, on the same clock (working or calendar time).
 * @example deadlineFor({ minutes: 120, workingTime: true }, new Date('2025-06-06T09:00:00Z'), EMPTY_CALENDAR)
 * // { dueAt: Mon 2025-06-09 10:00 +07, warnAt: Mon 09:36 +07 }
 */
export function deadlineFor(
  policy: DeadlinePolicy,
  start: Date,
  calendar: WorkingCalendar,
): { dueAt: Date; warnAt: Date } {
  const add = (m: number) =>
    policy.workingTime ? addWorkingMinutes(start, m, calendar) : addCalendarMinutes(start, m);
  return { dueAt: add(policy.minutes), warnAt: add(policy.minutes * WARN_SHARE) };
}
