import { describe, expect, it } from 'vitest';
import { bucketStartOf, localDateOf, localDayOf, trendPoints, type DayCounts } from './trend.js';

const hn = (local: string) => new Date(`${local}:00+07:00`);
const day = (local: string) => localDayOf(hn(`${local}T12:00`));
const counts = (c: Partial<DayCounts>): DayCounts => ({
  received: 0,
  processed: 0,
  processedOnTime: 0,
  becameOverdue: 0,
  ...c,
});

describe('local days and weeks', () => {
  it('puts 00:30 in Hà Nội on its local date, not the UTC one', () => {
    expect(localDateOf(localDayOf(hn('2025-06-04T00:30')))).toBe('2025-06-04');
    expect(localDateOf(localDayOf(hn('2025-06-03T23:59')))).toBe('2025-06-03');
  });

  it('starts a week on its Monday, also for a Sunday', () => {
    expect(localDateOf(bucketStartOf(day('2025-06-08'), 'week'))).toBe('2025-06-02'); // Sunday
    expect(localDateOf(bucketStartOf(day('2025-06-09'), 'week'))).toBe('2025-06-09'); // Monday
    expect(localDateOf(bucketStartOf(day('1970-01-01'), 'week'))).toBe('1969-12-29');
    expect(bucketStartOf(day('2025-06-08'), 'day')).toBe(day('2025-06-08'));
  });
});

describe('trendPoints', () => {
  it('sums days into weeks and fills the empty ones with zeros', () => {
    const days = new Map([
      [day('2025-06-03'), counts({ received: 2, processed: 2, processedOnTime: 1 })],
      [day('2025-06-08'), counts({ received: 1, becameOverdue: 1 })],
      [day('2025-06-17'), counts({ processed: 1, processedOnTime: 1 })],
    ]);
    const points = trendPoints(days, hn('2025-06-02T00:00'), hn('2025-06-23T00:00'), 'week');
    expect(points).toEqual([
      { start: '2025-06-02', received: 3, processed: 2, processedOnTime: 1, onTimePercent: 50, becameOverdue: 1 },
      { start: '2025-06-09', received: 0, processed: 0, processedOnTime: 0, onTimePercent: null, becameOverdue: 0 },
      { start: '2025-06-16', received: 0, processed: 1, processedOnTime: 1, onTimePercent: 100, becameOverdue: 0 },
    ]);
  });

  it('gives one point per day, the last being the day before an end at midnight', () => {
    const points = trendPoints(new Map(), hn('2025-06-02T08:00'), hn('2025-06-05T00:00'), 'day');
    expect(points.map((p) => p.start)).toEqual(['2025-06-02', '2025-06-03', '2025-06-04']);
  });

  it('rounds the on-time share to a tenth', () => {
    const days = new Map([[day('2025-06-02'), counts({ processed: 3, processedOnTime: 1 })]]);
    expect(trendPoints(days, hn('2025-06-02T00:00'), hn('2025-06-03T00:00'), 'day')[0]!.onTimePercent).toBe(33.3);
  });
});
