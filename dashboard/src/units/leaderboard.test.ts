import type { UnitStats } from '@matthan/server/contracts';
import { describe, expect, it } from 'vitest';
import { sortedUnits, totalsOf } from './leaderboard.js';

const unit = (unitCode: string, o: Partial<UnitStats> = {}): UnitStats => ({
  unitCode,
  unitName: unitCode,
  received: 0,
  processed: 0,
  processedOnTime: 0,
  onTimePercent: null,
  overdueNow: 0,
  reopened: 0,
  ratings: 0,
  satisfied: 0,
  satisfactionPercent: null,
  ...o,
});
const NAMES: Record<string, string> = { A: 'Phường Đống Đa', B: 'Phường Ba Đình', C: 'Phường Cầu Giấy' };
const nameOf = (c: string) => NAMES[c] ?? c;
const codes = (us: UnitStats[]) => us.map((u) => u.unitCode);

describe('sortedUnits', () => {
  const units = [
    unit('A', { received: 5, onTimePercent: 50, overdueNow: 2 }),
    unit('B', { received: 9, onTimePercent: null, overdueNow: 2 }),
    unit('C', { received: 1, onTimePercent: 90, overdueNow: 7 }),
  ];

  it('sorts by a figure either way, ties by unit code', () => {
    expect(codes(sortedUnits(units, { column: 'received', direction: 'desc' }, nameOf))).toEqual(['B', 'A', 'C']);
    expect(codes(sortedUnits(units, { column: 'received', direction: 'asc' }, nameOf))).toEqual(['C', 'A', 'B']);
    expect(codes(sortedUnits(units, { column: 'overdueNow', direction: 'desc' }, nameOf))).toEqual(['C', 'A', 'B']);
  });

  it('puts a unit without a share last in both directions', () => {
    expect(codes(sortedUnits(units, { column: 'onTimePercent', direction: 'asc' }, nameOf))).toEqual(['A', 'C', 'B']);
    expect(codes(sortedUnits(units, { column: 'onTimePercent', direction: 'desc' }, nameOf))).toEqual(['C', 'A', 'B']);
  });

  it('sorts names in Vietnamese order, in the language shown', () => {
    expect(codes(sortedUnits(units, { column: 'unit', direction: 'asc' }, nameOf))).toEqual(['B', 'C', 'A']);
    expect(codes(sortedUnits(units, { column: 'unit', direction: 'desc' }, nameOf))).toEqual(['A', 'C', 'B']);
  });

  it('leaves its input as it was', () => {
    sortedUnits(units, { column: 'received', direction: 'asc' }, nameOf);
    expect(codes(units)).toEqual(['A', 'B', 'C']);
  });
});

describe('totalsOf', () => {
  it('sums the counts and recomputes the shares from the sums', () => {
    const totals = totalsOf([
      unit('A', { received: 4, processed: 3, processedOnTime: 1, ratings: 1, satisfied: 1, overdueNow: 1 }),
      unit('B', { received: 2, processed: 1, processedOnTime: 1, reopened: 2 }),
    ]);
    expect(totals).toEqual({
      received: 6,
      processed: 4,
      onTimePercent: 50,
      overdueNow: 1,
      reopened: 2,
      ratings: 1,
      satisfactionPercent: 100,
    });
    expect(totalsOf([]).onTimePercent).toBeNull();
  });
});
