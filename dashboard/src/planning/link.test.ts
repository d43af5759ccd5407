import { describe, expect, it } from 'vitest';
import {
  dayStart,
  defaultLink,
  hanoiDate,
  parsePlanningLink,
  periodEnd,
  periodFilter,
  planningSearch,
  presetOf,
  presetPeriod,
} from './link.js';

// 1 Dec 2026, 01:30 in Hanoi (still 30 Nov in UTC).
const NOW = Date.parse('2026-11-30T18:30:00Z');

describe('planning link', () => {
  it('reads the date in Hanoi, not in UTC', () => {
    expect(hanoiDate(NOW)).toBe('2026-12-01');
    expect(hanoiDate(Date.parse('2026-11-30T16:59:59Z'))).toBe('2026-11-30');
  });

  it('makes the presets end today and start the same day months back', () => {
    expect(presetPeriod(3, NOW)).toEqual({ from: '2026-09-02', to: '2026-12-01' });
    expect(presetPeriod(12, NOW)).toEqual({ from: '2025-12-02', to: '2026-12-01' });
    // 31 May back three months: there is no 31 February, so the end of February stands in.
    expect(presetPeriod(3, Date.parse('2026-05-31T05:00:00Z'))).toEqual({ from: '2026-03-01', to: '2026-05-31' });
  });

  it('round-trips a link through its query string', () => {
    const link = {
      from: '2025-07-01',
      to: '2025-09-30',
      categories: ['flooding', 'trash'],
      bucket: 'day' as const,
      cell: '88415cb4e5fffff',
      mode: 'emerging' as const,
    };
    const search = planningSearch(link);
    expect(search).toBe(
      'from=2025-07-01&to=2025-09-30&category=flooding,trash&bucket=day&cell=88415cb4e5fffff&map=emerging',
    );
    expect(parsePlanningLink(search, NOW)).toEqual(link);
  });

  it('leaves the defaults out but always carries the period', () => {
    expect(planningSearch(defaultLink(NOW))).toBe('from=2026-09-02&to=2026-12-01');
  });

  it('falls back to the last three months on an unreadable or backwards period', () => {
    const fallback = presetPeriod(3, NOW);
    for (const search of ['', 'from=2025-02-30&to=2025-03-01', 'from=2025-09-01&to=2025-08-01', 'from=x&to=y']) {
      const link = parsePlanningLink(search, NOW);
      expect({ from: link.from, to: link.to }, search).toEqual(fallback);
    }
  });

  it('drops unreadable categories, buckets and cells', () => {
    const link = parsePlanningLink(
      'from=2025-07-01&to=2025-07-31&category=trash,<b>,trash&bucket=month&cell=zz&map=3d',
      NOW,
    );
    expect(link).toEqual({
      from: '2025-07-01',
      to: '2025-07-31',
      categories: ['trash'],
      bucket: 'week',
      cell: null,
      mode: 'density',
    });
  });

  it('turns the period into Hanoi-midnight instants, the last day included', () => {
    expect(dayStart('2025-07-01')).toBe('2025-07-01T00:00:00+07:00');
    expect(periodEnd('2025-12-31')).toBe('2026-01-01T00:00:00+07:00');
    const link = parsePlanningLink('from=2025-07-01&to=2025-07-31&category=trash', NOW);
    expect(periodFilter(link)).toEqual({
      from: '2025-07-01T00:00:00+07:00',
      to: '2025-08-01T00:00:00+07:00',
      category: 'trash',
    });
  });

  it('knows which preset a period is', () => {
    expect(presetOf(presetPeriod(6, NOW), NOW)).toBe(6);
    expect(presetOf({ from: '2025-01-01', to: '2025-02-01' }, NOW)).toBeNull();
  });
});
