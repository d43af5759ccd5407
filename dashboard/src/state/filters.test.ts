import { describe, expect, it } from 'vitest';
import {
  categoryToggled,
  filterParams,
  initialFilters,
  isOverdue,
  matchesFilters,
  overdueSet,
  periodSet,
} from './filters.js';
import { aReport } from '../testing/reports.js';

const all = ['flooding', 'traffic', 'trash'];
const now = Date.parse('2025-07-10T00:00:00Z');

describe('filters', () => {
  it('toggles categories on and off, and back to "all" when every one is chosen', () => {
    let s = categoryToggled(initialFilters, { code: 'trash', allCodes: all });
    expect(s.categories).toEqual(['trash']);
    s = categoryToggled(s, { code: 'flooding', allCodes: all });
    expect(s.categories).toEqual(['flooding', 'trash']);
    expect(categoryToggled(s, { code: 'traffic', allCodes: all }).categories).toEqual([]);
    expect(categoryToggled(s, { code: 'trash', allCodes: all }).categories).toEqual(['flooding']);
  });

  it('matches reports by category and period', () => {
    const s = periodSet(categoryToggled(initialFilters, { code: 'trash', allCodes: all }), { period: '7d' });
    expect(matchesFilters(s, aReport({ createdAt: '2025-07-09T00:00:00.000Z' }), now)).toBe(true);
    expect(matchesFilters(s, aReport({ createdAt: '2025-07-01T00:00:00.000Z' }), now)).toBe(false);
    expect(matchesFilters(s, aReport({ category: 'traffic', createdAt: '2025-07-09T00:00:00.000Z' }), now)).toBe(false);
  });

  it('turns into the query parameters the server understands', () => {
    expect(filterParams(initialFilters, now)).toEqual({});
    const s = periodSet(categoryToggled(initialFilters, { code: 'trash', allCodes: all }), { period: '24h' });
    expect(filterParams(s, now)).toEqual({ category: 'trash', from: '2025-07-09T00:00:00.000Z' });
  });

  it('returns the same object when nothing changes, so React skips the render', () => {
    expect(periodSet(initialFilters, { period: 'all' })).toBe(initialFilters);
  });
});

describe('the overdue filter', () => {
  const now = Date.parse('2025-07-10T05:00:00Z');
  const late = { status: 'received' as const, dueAt: '2025-07-10T04:00:00.000Z' };

  it('keeps open reports past their due time only, and asks the server the same', () => {
    const s = overdueSet(initialFilters, { overdue: true });
    expect(matchesFilters(s, aReport(late), now)).toBe(true);
    expect(matchesFilters(s, aReport({ ...late, dueAt: '2025-07-10T06:00:00.000Z' }), now)).toBe(false);
    expect(matchesFilters(s, aReport({ ...late, status: 'resolved' }), now)).toBe(false);
    expect(matchesFilters(s, aReport({ ...late, dueAt: null }), now)).toBe(false);
    expect(filterParams(s, now)).toEqual({ overdue: 'true' });
    expect(isOverdue(late, now)).toBe(true);
    expect(overdueSet(s, { overdue: true })).toBe(s);
  });
});
