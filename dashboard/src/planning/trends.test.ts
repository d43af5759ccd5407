import type { Category } from '@matthan/server/contracts';
import { describe, expect, it } from 'vitest';
import { OTHER, trendChart } from './trends.js';

const cat = (code: string, color: string): [string, Category] => [
  code,
  { code, nameVi: code, nameEn: code, color, icon: 'x', requiresAfterPhoto: false },
];
const categories = new Map([cat('trash', '#111111'), cat('flooding', '#222222'), cat('lights', '#333333')]);

describe('monthly trend shaping', () => {
  it('makes a row for every month, zeros where nothing was reported', () => {
    const chart = trendChart(
      { months: ['2025-07', '2025-08', '2025-09'], counts: [{ month: '2025-08', category: 'trash', count: 4 }] },
      categories,
    );
    expect(chart.rows).toEqual([
      { month: '2025-07', trash: 0 },
      { month: '2025-08', trash: 4 },
      { month: '2025-09', trash: 0 },
    ]);
    expect(chart.series).toEqual([{ key: 'trash', category: 'trash', color: '#111111' }]);
    expect(chart.total).toBe(4);
  });

  it('keeps the top categories by period total and sums the rest as other', () => {
    const chart = trendChart(
      {
        months: ['2025-08', '2025-09'],
        counts: [
          { month: '2025-08', category: 'flooding', count: 1 },
          { month: '2025-08', category: 'lights', count: 2 },
          { month: '2025-08', category: 'trash', count: 5 },
          { month: '2025-09', category: 'flooding', count: 9 },
          { month: '2025-09', category: 'lights', count: 1 },
        ],
      },
      categories,
      2,
    );
    expect(chart.series.map((s) => s.key)).toEqual(['flooding', 'trash', OTHER]);
    expect(chart.rows).toEqual([
      { month: '2025-08', flooding: 1, trash: 5, [OTHER]: 2 },
      { month: '2025-09', flooding: 9, trash: 0, [OTHER]: 1 },
    ]);
    expect(chart.total).toBe(18);
  });

  it('orders tied categories by code, and colours an unknown one grey', () => {
    const chart = trendChart(
      {
        months: ['2025-08'],
        counts: [
          { month: '2025-08', category: 'zzz', count: 3 },
          { month: '2025-08', category: 'aaa', count: 3 },
        ],
      },
      categories,
    );
    expect(chart.series.map((s) => [s.key, s.color])).toEqual([
      ['aaa', '#7f7f7f'],
      ['zzz', '#7f7f7f'],
    ]);
  });
});
