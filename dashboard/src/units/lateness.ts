// How late a report is, in the words of an office: working days of 8 hours, then hours. Pure.
import type { Translate } from '../i18n/translate.js';

/** Office hours in a working day (08:00–12:00 and 13:00–17:00). */
export const WORKING_DAY_MINUTES = 8 * 60;

export interface Lateness {
  days: number;
  hours: number;
  minutes: number;
}

/** `1_140` working minutes → `{ days: 2, hours: 3, minutes: 0 }` (2 days of 8 h, 3 h). */
export function latenessOf(workingMinutes: number): Lateness {
  const total = Math.max(0, Math.floor(workingMinutes));
  return {
    days: Math.floor(total / WORKING_DAY_MINUTES),
    hours: Math.floor((total % WORKING_DAY_MINUTES) / 60),
    minutes: total % 60,
  };
}

/**
 * The two largest parts worth saying: days and hours, or hours and minutes under a day, or just
 * minutes — "2 ngày 3 giờ", never "2 ngày 3 giờ 17 phút". Zero parts are left out.
 */
export function latenessParts(l: Lateness): { unit: 'days' | 'hours' | 'minutes'; count: number }[] {
  const parts =
    l.days > 0
      ? [
          { unit: 'days' as const, count: l.days },
          { unit: 'hours' as const, count: l.hours },
        ]
      : [
          { unit: 'hours' as const, count: l.hours },
          { unit: 'minutes' as const, count: l.minutes },
        ];
  const said = parts.filter((p) => p.count > 0);
  return said.length > 0 ? said : [{ unit: 'minutes', count: 0 }];
}

const UNIT_KEY = { days: 'lateDays', hours: 'lateHours', minutes: 'lateMinutes' } as const;

/** "quá hạn 2 ngày 3 giờ" / "2 working days 3 hours overdue", from office minutes past the due time. */
export function latenessText(workingMinutes: number, t: Translate): string {
  const time = latenessParts(latenessOf(workingMinutes))
    .map((p) => t(UNIT_KEY[p.unit], { count: p.count }))
    .join(' ');
  return t('unitsOverdueBy', { time });
}
