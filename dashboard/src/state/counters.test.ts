import { describe, expect, it } from 'vitest';
import { liveCounterRequests, publicCounterRequests, resolvedShare, startOfHanoiDay } from './counters.js';
import { initialFilters, statusesSet } from './filters.js';

describe('startOfHanoiDay', () => {
  it('is midnight in Hà Nội (17:00 UTC the day before), not midnight UTC', () => {
    expect(startOfHanoiDay(Date.parse('2025-07-10T05:00:00Z'))).toBe('2025-07-09T17:00:00.000Z');
    // 18:00 UTC is already 01:00 the next day in Hà Nội.
    expect(startOfHanoiDay(Date.parse('2025-07-10T18:00:00Z'))).toBe('2025-07-10T17:00:00.000Z');
  });
});

describe('liveCounterRequests', () => {
  const now = Date.parse('2025-07-10T05:00:00Z');

  it('counts today, the open, the overdue and the resolved statuses under the filters', () => {
    const filters = { ...initialFilters, categories: ['trash'], period: '7d' as const };
    expect(liveCounterRequests(filters, now)).toEqual([
      { key: 'today', params: { category: 'trash', from: '2025-07-09T17:00:00.000Z' } },
      {
        key: 'open',
        params: {
          category: 'trash',
          from: '2025-07-03T05:00:00.000Z',
          status: 'received,assigned,in_progress,reopened',
        },
      },
      {
        key: 'overdue',
        params: {
          category: 'trash',
          from: '2025-07-03T05:00:00.000Z',
          status: 'new,received,assigned,in_progress,reopened',
          overdue: 'true',
        },
      },
      { key: 'done', params: { category: 'trash', from: '2025-07-03T05:00:00.000Z', status: 'resolved,closed' } },
    ]);
  });

  it('counts nothing resolved while only overdue reports are shown', () => {
    const [, , overdue, done] = liveCounterRequests({ ...initialFilters, overdue: true }, now);
    expect(overdue!.params).toEqual({ status: 'new,received,assigned,in_progress,reopened', overdue: 'true' });
    expect(done!.params).toBeNull();
  });

  it('narrows by a chosen status, and counts 0 without asking when the status is not in the group', () => {
    const filters = statusesSet(initialFilters, { statuses: ['resolved'] });
    const [today, open, overdue, done] = liveCounterRequests(filters, now);
    expect(today!.params).toEqual({ status: 'resolved', from: '2025-07-09T17:00:00.000Z' });
    expect(open!.params).toBeNull();
    expect(overdue!.params).toBeNull();
    expect(done!.params).toEqual({ status: 'resolved' });
  });

  it('keeps a period that starts later than today (the last 24 hours after midnight)', () => {
    const late = Date.parse('2025-07-10T20:00:00Z'); // 03:00 in Hà Nội
    const [today] = liveCounterRequests({ ...initialFilters, period: '24h' }, late);
    expect(today!.params!.from).toBe('2025-07-10T17:00:00.000Z');
  });
});

describe('publicCounterRequests and resolvedShare', () => {
  it('counts every received report and the outcomes', () => {
    const [total, open, done] = publicCounterRequests(initialFilters, 0);
    expect(total!.params).toEqual({});
    expect(open!.params).toEqual({ status: 'received,assigned,in_progress,reopened' });
    expect(done!.params).toEqual({ status: 'resolved,closed' });
    expect(resolvedShare({ total: 3, done: 2 })).toBe(67);
    expect(resolvedShare({ total: 0, done: 0 })).toBe(0);
  });
});
