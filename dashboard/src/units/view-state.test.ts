import { describe, expect, it } from 'vitest';
import { unitsViewReducer } from './view-reducer.js';
import { initialUnitsView, periodOf, presetChosen, sortToggled, trendUnitChosen } from './view-state.js';

describe('the units view state', () => {
  it('starts most overdue first, over 30 days drawn per day', () => {
    expect(initialUnitsView).toMatchObject({
      preset: '30d',
      bucket: 'day',
      sort: { column: 'overdueNow', direction: 'desc' },
    });
  });

  it('draws 90 days per week and shorter periods per day', () => {
    expect(presetChosen(initialUnitsView, '90d')).toMatchObject({ preset: '90d', bucket: 'week' });
    expect(presetChosen(presetChosen(initialUnitsView, '90d'), '7d')).toMatchObject({ preset: '7d', bucket: 'day' });
  });

  it('flips the order on the same column and starts a new one in its natural order', () => {
    const flipped = sortToggled(initialUnitsView, 'overdueNow');
    expect(flipped.sort).toEqual({ column: 'overdueNow', direction: 'asc' });
    expect(sortToggled(flipped, 'unit').sort).toEqual({ column: 'unit', direction: 'asc' });
    expect(sortToggled(flipped, 'received').sort).toEqual({ column: 'received', direction: 'desc' });
  });

  it('routes each action to its updater and leaves the old state alone', () => {
    const before = { ...initialUnitsView };
    const after = unitsViewReducer(initialUnitsView, { type: 'trendUnit', unit: '00070' });
    expect(after.trendUnit).toBe('00070');
    expect(unitsViewReducer(after, { type: 'bucket', bucket: 'week' }).bucket).toBe('week');
    expect(unitsViewReducer(after, { type: 'sort', column: 'reopened' }).sort.column).toBe('reopened');
    expect(trendUnitChosen(after, null).trendUnit).toBeNull();
    expect(initialUnitsView).toEqual(before);
  });
});

describe('periodOf', () => {
  it('starts at midnight in Hà Nội, n − 1 days before today, and ends now', () => {
    // 20 June 2025 01:30 in Hà Nội is still 19 June in UTC.
    const now = new Date('2025-06-19T18:30:00.000Z');
    expect(periodOf('7d', now)).toEqual({ from: '2025-06-13T17:00:00.000Z', to: now.toISOString() });
    expect(periodOf('30d', now).from).toBe('2025-05-21T17:00:00.000Z');
  });
});
