import type { EmergingCell } from '@matthan/server/contracts';
import { describe, expect, it } from 'vitest';
import { COLD_COLOR, emergingWindows, HOT_COLOR, legendEntries, PATTERN_ORDER, patternStyle } from './emerging.js';

const cell = (pattern: EmergingCell['pattern']) => ({ pattern }) as EmergingCell;

describe('emerging hotspot styles', () => {
  it('tells every pattern apart by symbol and hot from cold by colour', () => {
    const symbols = PATTERN_ORDER.map((base) => patternStyle(`${base}-hot`)!.symbol);
    expect(new Set(symbols).size).toBe(PATTERN_ORDER.length);
    expect(patternStyle('new-hot')).toMatchObject({ base: 'new', hot: true, color: HOT_COLOR });
    expect(patternStyle('new-cold')).toMatchObject({ base: 'new', hot: false, color: COLD_COLOR });
    expect(patternStyle('no-pattern')).toBeNull();
  });

  it('draws the growing patterns with wider outlines than the fading ones', () => {
    expect(patternStyle('intensifying-hot')!.widthPx).toBeGreaterThan(patternStyle('diminishing-hot')!.widthPx);
    expect(patternStyle('persistent-hot')!.widthPx).toBeGreaterThan(patternStyle('historical-hot')!.widthPx);
  });

  it('lists the patterns present in legend order with their cell counts', () => {
    const entries = legendEntries([
      cell('persistent-hot'),
      cell('new-cold'),
      cell('new-hot'),
      cell('new-hot'),
      cell('no-pattern'),
    ]);
    expect(entries).toEqual([
      { pattern: 'new-hot', cells: 2 },
      { pattern: 'new-cold', cells: 1 },
      { pattern: 'persistent-hot', cells: 1 },
    ]);
  });

  it('takes the period’s weeks as windows, within the API’s 3–52', () => {
    const day = 86_400_000;
    expect(emergingWindows(0, 91 * day)).toBe(13);
    expect(emergingWindows(0, 5 * day)).toBe(3);
    expect(emergingWindows(0, 800 * day)).toBe(52);
  });
});
