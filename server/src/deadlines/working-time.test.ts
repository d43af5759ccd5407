import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCalendarMinutes,
  addWorkingMinutes,
  calendarMinutesBetween,
  calendarOf,
  deadlineFor,
  EMPTY_CALENDAR,
  workingMinutesBetween,
} from './working-time.js';

/** A Hà Nội wall-clock time (UTC+7) as an instant. */
const hn = (local: string) => new Date(`${local}:00+07:00`);
const iso = (d: Date) => d.toISOString();

// Tết Bính Ngọ 2026 (Mon 16 – Fri 20 Feb) and the 2025 Reunification Day bridge (Sat 26 Apr worked).
const CALENDAR = calendarOf([
  { day: '2026-02-16', kind: 'holiday' },
  { day: '2026-02-17', kind: 'holiday' },
  { day: '2026-02-18', kind: 'holiday' },
  { day: '2026-02-19', kind: 'holiday' },
  { day: '2026-02-20', kind: 'holiday' },
  { day: '2025-04-26', kind: 'workday' },
  { day: '2025-04-30', kind: 'holiday' },
  { day: '2025-05-01', kind: 'holiday' },
  { day: '2025-05-02', kind: 'holiday' },
]);

describe('addWorkingMinutes', () => {
  it('stays within the morning when there is time left before noon', () => {
    expect(iso(addWorkingMinutes(hn('2025-06-04T09:00'), 120, EMPTY_CALENDAR))).toBe(iso(hn('2025-06-04T11:00')));
  });

  it('skips the lunch break', () => {
    expect(iso(addWorkingMinutes(hn('2025-06-04T11:00'), 120, EMPTY_CALENDAR))).toBe(iso(hn('2025-06-04T14:00')));
  });

  it('ends at noon, not after lunch, when the time runs out exactly at noon', () => {
    expect(iso(addWorkingMinutes(hn('2025-06-04T10:00'), 120, EMPTY_CALENDAR))).toBe(iso(hn('2025-06-04T12:00')));
  });

  it('carries over the night to the next morning', () => {
    expect(iso(addWorkingMinutes(hn('2025-06-04T16:00'), 120, EMPTY_CALENDAR))).toBe(iso(hn('2025-06-05T09:00')));
  });

  it('carries a Friday afternoon over the weekend to Monday', () => {
    expect(iso(addWorkingMinutes(hn('2025-06-06T16:00'), 120, EMPTY_CALENDAR))).toBe(iso(hn('2025-06-09T09:00')));
  });

  it('starts the clock at the next opening for a report filed at night', () => {
    expect(iso(addWorkingMinutes(hn('2025-06-04T22:30'), 30, EMPTY_CALENDAR))).toBe(iso(hn('2025-06-05T08:30')));
  });

  it('starts the clock at 13:00 for a report filed during lunch', () => {
    expect(iso(addWorkingMinutes(hn('2025-06-04T12:20'), 90, EMPTY_CALENDAR))).toBe(iso(hn('2025-06-04T14:30')));
  });

  it('starts the clock on Monday for a report filed on Saturday', () => {
    expect(iso(addWorkingMinutes(hn('2025-06-07T10:00'), 120, EMPTY_CALENDAR))).toBe(iso(hn('2025-06-09T10:00')));
  });

  it('counts 5 working days (40 h) from a Monday morning to the Friday evening', () => {
    expect(iso(addWorkingMinutes(hn('2025-06-02T08:00'), 40 * 60, EMPTY_CALENDAR))).toBe(iso(hn('2025-06-06T17:00')));
  });

  it('passes over Tết: a report filed the Friday before waits until the Monday after', () => {
    // Fri 13 Feb 2026 16:00: one hour that day, then Tết and two weekends, then Mon 23 Feb.
    expect(iso(addWorkingMinutes(hn('2026-02-13T16:00'), 120, CALENDAR))).toBe(iso(hn('2026-02-23T09:00')));
  });

  it('starts the clock after Tết for a report filed during Tết', () => {
    expect(iso(addWorkingMinutes(hn('2026-02-17T09:00'), 60, CALENDAR))).toBe(iso(hn('2026-02-23T09:00')));
  });

  it('works on a make-up Saturday', () => {
    expect(iso(addWorkingMinutes(hn('2025-04-25T16:00'), 120, CALENDAR))).toBe(iso(hn('2025-04-26T09:00')));
  });

  it('skips the Reunification Day bridge (30 Apr – 4 May 2025)', () => {
    expect(iso(addWorkingMinutes(hn('2025-04-29T16:00'), 120, CALENDAR))).toBe(iso(hn('2025-05-05T09:00')));
  });

  it('returns the start itself for zero minutes and refuses negative ones', () => {
    expect(iso(addWorkingMinutes(hn('2025-06-07T10:00'), 0, EMPTY_CALENDAR))).toBe(iso(hn('2025-06-07T10:00')));
    expect(() => addWorkingMinutes(hn('2025-06-07T10:00'), -1, EMPTY_CALENDAR)).toThrow(RangeError);
  });

  it('fails instead of looping when the calendar has no working day', () => {
    const never = { holidays: new Set<string>(), workdays: new Set<string>() };
    const allHolidays = { ...never, holidays: { has: () => true } as unknown as Set<string> };
    expect(() => addWorkingMinutes(hn('2025-06-04T09:00'), 60, allHolidays)).toThrow(/no working time/);
  });
});

describe('workingMinutesBetween', () => {
  it('counts only office hours across lunch, the night and the weekend', () => {
    expect(workingMinutesBetween(hn('2025-06-06T11:00'), hn('2025-06-09T09:00'), EMPTY_CALENDAR)).toBe(60 + 240 + 60);
  });

  it('counts nothing over Tết and nothing on a Sunday', () => {
    expect(workingMinutesBetween(hn('2026-02-16T00:00'), hn('2026-02-21T00:00'), CALENDAR)).toBe(0);
    expect(workingMinutesBetween(hn('2025-06-08T08:00'), hn('2025-06-08T17:00'), EMPTY_CALENDAR)).toBe(0);
  });

  it('counts a make-up Saturday as a full day', () => {
    expect(workingMinutesBetween(hn('2025-04-26T00:00'), hn('2025-04-27T00:00'), CALENDAR)).toBe(480);
  });

  it('is negative when the end comes first', () => {
    expect(workingMinutesBetween(hn('2025-06-04T10:00'), hn('2025-06-04T09:00'), EMPTY_CALENDAR)).toBe(-60);
  });
});

describe('calendar time', () => {
  it('adds and measures minutes around the clock', () => {
    const start = hn('2025-06-07T22:00');
    expect(iso(addCalendarMinutes(start, 24 * 60))).toBe(iso(hn('2025-06-08T22:00')));
    expect(calendarMinutesBetween(start, hn('2025-06-08T01:30'))).toBe(210);
  });
});

describe('deadlineFor', () => {
  it('puts the warning at 80 % of the working time', () => {
    const d = deadlineFor({ minutes: 120, workingTime: true }, hn('2025-06-06T16:00'), EMPTY_CALENDAR);
    expect(iso(d.dueAt)).toBe(iso(hn('2025-06-09T09:00')));
    expect(iso(d.warnAt)).toBe(iso(hn('2025-06-09T08:36')));
  });

  it('puts the warning at 80 % of the calendar time, nights and holidays included', () => {
    const d = deadlineFor({ minutes: 24 * 60, workingTime: false }, hn('2026-02-16T10:00'), CALENDAR);
    expect(iso(d.dueAt)).toBe(iso(hn('2026-02-17T10:00')));
    expect(iso(d.warnAt)).toBe(iso(hn('2026-02-17T05:12')));
  });

  it('restarts the clock on a transfer: the receiving unit gets its full time from the transfer', () => {
    const policy = { minutes: 120, workingTime: true };
    const first = deadlineFor(policy, hn('2025-06-04T09:00'), EMPTY_CALENDAR);
    const transferred = deadlineFor(policy, hn('2025-06-04T15:30'), EMPTY_CALENDAR);
    expect(iso(first.dueAt)).toBe(iso(hn('2025-06-04T11:00')));
    expect(iso(transferred.dueAt)).toBe(iso(hn('2025-06-05T08:30')));
  });
});

// Instants from 2025 to 2027, and the Tết/bridge calendar above.
const instant = fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2027, 11, 1) }).map((ms) => new Date(ms));
const minutes = fc.integer({ min: 0, max: 60 * 80 });

describe('properties', () => {
  it('measures back exactly the working minutes it added', () => {
    fc.assert(
      fc.property(instant, minutes, (s, m) => {
        expect(workingMinutesBetween(s, addWorkingMinutes(s, m, CALENDAR), CALENDAR)).toBeCloseTo(m, 9);
      }),
    );
  });

  it('always ends inside office hours on a working day (or at a closing time)', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 60 * 80 }), (s, m) => {
        const end = addWorkingMinutes(s, m, CALENDAR);
        // The minute just before the deadline is working time.
        expect(workingMinutesBetween(new Date(end.getTime() - 60_000), end, CALENDAR)).toBe(1);
      }),
    );
  });

  it('is additive over any split of a period', () => {
    fc.assert(
      fc.property(fc.array(instant, { minLength: 3, maxLength: 3 }), (ts) => {
        const [a, b, c] = ts.sort((x, y) => x.getTime() - y.getTime()) as [Date, Date, Date];
        const whole = workingMinutesBetween(a, c, CALENDAR);
        expect(workingMinutesBetween(a, b, CALENDAR) + workingMinutesBetween(b, c, CALENDAR)).toBeCloseTo(whole, 6);
      }),
    );
  });

  it('never warns after the deadline, and never counts more working than calendar time', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 60 * 80 }), fc.boolean(), (s, m, workingTime) => {
        const { dueAt, warnAt } = deadlineFor({ minutes: m, workingTime }, s, CALENDAR);
        expect(warnAt.getTime()).toBeLessThanOrEqual(dueAt.getTime());
        expect(workingMinutesBetween(s, dueAt, CALENDAR)).toBeLessThanOrEqual(calendarMinutesBetween(s, dueAt));
      }),
    );
  });
});
