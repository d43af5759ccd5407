import { describe, expect, it } from 'vitest';
import { axisLabelKey, SERIES, shortDate, trendRows } from './trend-chart.js';

describe('trend chart rows', () => {
  it('labels each bucket by its first day and keeps a missing share missing', () => {
    const rows = trendRows([
      { start: '2025-06-02', received: 3, processed: 1, processedOnTime: 1, onTimePercent: 100, becameOverdue: 1 },
      { start: '2025-06-09', received: 0, processed: 0, processedOnTime: 0, onTimePercent: null, becameOverdue: 0 },
    ]);
    expect(rows.map((r) => [r.label, r.received, r.onTimePercent])).toEqual([
      ['02/06', 3, 100],
      ['09/06', 0, null],
    ]);
    expect(shortDate('2025-12-31')).toBe('31/12');
    expect(axisLabelKey('week')).toBe('unitsAxisWeek');
  });

  it('tells every series apart by more than colour', () => {
    const styles = Object.values(SERIES);
    expect(new Set(styles.map((s) => s.color)).size).toBe(styles.length);
    expect(new Set(styles.map((s) => s.marker)).size).toBe(styles.length);
    // The two lines drawn together (received, processed) differ in dash too.
    expect(SERIES.received.dash).not.toBe(SERIES.processed.dash);
  });
});
